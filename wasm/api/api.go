// Package api is the engine's JSON face for the wasm module: every function
// takes text and options and returns one JSON document, so that the
// syscall/js layer in package main only moves strings across the boundary.
// It is plain Go, tested and benchmarked natively and under wasm alike.
//
// Every result is an object. Configuration problems are diagnostics inside
// it ("ok": false); only a call the engine cannot serve at all (malformed
// options, an internal panic, a missing feature) gives {"error": {...}}.
package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"

	"rolelens/engine"
	"rolelens/engine/diag"
	"rolelens/engine/resolve"
	"rolelens/engine/testrun"
	"rolelens/internal/render"
)

// MaxOptionBytes bounds the options and question documents; they are small
// by nature, so anything larger is a mistake or an attack.
const MaxOptionBytes = 64 << 10

// Options are the settings every call accepts; unknown keys are ignored so
// that newer callers work with older modules. The tags name the JSON keys,
// which options (options.go) reads.
type Options struct {
	Lang   string `json:"lang"`   // en (default), de or ru: the language of messages
	User   string `json:"user"`   // access: only this user; records: this user's records
	Record string `json:"record"` // records: who may act on this record

	// Users limits access to these users, in file order, leaving out
	// names that are not users; the playground asks for the rows on
	// screen first, in one call.
	Users []string `json:"users"`

	// First limits access to the first users in file order: the
	// playground shows them while a large organisation resolves.
	First int `json:"first"`

	// Role limits access to the users a role reaches: a CRM role
	// (bitrix24) through any subject, or the holders of a vtiger role.
	Role string `json:"role"`

	// Limit keeps the first findings of lint (0: all); the rest are
	// counted. A generated portal of 10,000 users has 35,000 findings,
	// which no page lists usefully and which took seconds to encode.
	Limit int `json:"limit"`
	// Code keeps lint's findings to one code (such as "L110"), the limit
	// applying to those; total, severities and codes still count all.
	Code string `json:"code"`

	// Packed asks access for the packed matrix (see packed.go), a few
	// hundred bytes per user instead of several kilobytes.
	Packed bool `json:"packed"`
}

// Diagnostic is a diag.Diagnostic with its text rendered in the caller's
// language.
type Diagnostic struct {
	diag.Diagnostic
	Message string `json:"message"`
	Hint    string `json:"hint,omitempty"` // "did you mean ...", when there are suggestions
}

// Failure is the answer to a call that could not be served.
type Failure struct {
	Error Problem `json:"error"`
}

// Problem says why a call failed: code is "panic", "bad-request" or
// "unavailable".
type Problem struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Fail builds the JSON of a failed call.
func Fail(code, format string, args ...any) []byte {
	return encode(Failure{Problem{code, fmt.Sprintf(format, args...)}})
}

// Guard runs f and turns a panic into a "panic" failure, so that no input
// can stop the module.
func Guard(f func() []byte) (out []byte) {
	defer func() {
		if r := recover(); r != nil {
			forget()
			out = Fail("panic", "internal error: %v", r)
		}
	}()
	return f()
}

// TooLarge answers method (check, access, explain, test, lint, records or
// diff) when its text argument arg (0-based) has n bytes, over the engine's
// size limit, exactly as the method answers the engine's own E002: callers
// measure texts before copying them into Go. args are the other arguments
// (the oversized one is not read).
func TooLarge(method string, arg, n int, args []string) []byte {
	big := engine.TooLarge(n)
	doc := func(i int) source {
		if i == arg {
			return func() *engine.Document { return big }
		}
		return loaded(args[i])
	}
	switch method {
	case "check":
		return checkDoc(doc(0), args[1])
	case "access":
		return accessDoc(doc(0), args[1])
	case "explain":
		return explainDoc(doc(0), args[1], args[2])
	case "test":
		return testDoc(doc(0), args[1])
	case "lint":
		return lintDoc(doc(0), args[1])
	case "records":
		return recordsDoc(doc(0), args[1])
	case "diff":
		old := doc(0)
		if arg != 0 {
			old = func() *engine.Document { return loadUncached(args[0]) }
		}
		return diffDocs(old, doc(1), args[2])
	}
	return Fail("bad-request", "%s takes no configuration", method)
}

func encode(v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		b, _ = json.Marshal(Failure{Problem{"panic", "cannot encode the result: " + err.Error()}})
	}
	return b
}

// The last document loaded: the playground asks check, access, tests and
// lint of the same text on every keystroke, so it is parsed once.
var last lastDoc

type lastDoc struct {
	text string
	doc  *engine.Document
}

// A source gives a call its document when it needs it: the text loaded
// (and kept, see load), or for a text over the size limit, which is never
// copied into Go, the document of that one diagnostic (see TooLarge).
type source func() *engine.Document

func loaded(text string) source { return func() *engine.Document { return load(text) } }

func load(text string) *engine.Document {
	if last.doc != nil && last.text == text {
		return last.doc
	}
	d := loader.Load([]byte(text))
	last.text, last.doc = text, d
	return d
}

// loader parses again only the sections an edit changed (engine.Loader).
var loader engine.Loader

func loadUncached(text string) *engine.Document {
	if last.doc != nil && last.text == text {
		return last.doc
	}
	return engine.Load([]byte(text))
}

// forget drops the cached document, which a panic may have left half built.
func forget() { last.text, last.doc, loader = "", nil, engine.Loader{} }

func diagnostics(l diag.List, lang string) []Diagnostic {
	out := make([]Diagnostic, len(l))
	for i, d := range l {
		out[i] = render1(d, lang)
	}
	return out
}

func render1(d diag.Diagnostic, lang string) Diagnostic {
	return Diagnostic{Diagnostic: d, Message: diag.Message(d, lang), Hint: diag.SuggestText(d, lang)}
}

// questionDiagnostic renders why a question cannot be answered.
func questionDiagnostic(err error, lang string) *Diagnostic {
	if p, ok := errors.AsType[*questionProblem](err); ok {
		d := render1(p.d, lang)
		d.Range = diag.Range{} // a position in the question, not in the configuration
		return &d
	}
	var qe *resolve.QuestionError
	if !errors.As(err, &qe) {
		qe = &resolve.QuestionError{Code: "E006", Args: []string{"a question", err.Error()}}
	}
	d := render1(diag.Diagnostic{Code: qe.Code, Severity: diag.Error, Args: qe.Args}, lang)
	return &d
}

type checked struct {
	OK          bool         `json:"ok"`
	System      string       `json:"system,omitempty"`
	Title       string       `json:"title,omitempty"`
	Diagnostics []Diagnostic `json:"diagnostics"`
}

func header(d *engine.Document, lang string) checked {
	c := checked{OK: d.OK(), Diagnostics: diagnostics(d.Diagnostics, lang)}
	if d.Config != nil {
		c.System, c.Title = string(d.Config.System), d.Config.Title
	}
	return c
}

// Check validates a configuration: {ok, system, title, diagnostics}.
func Check(text, opts string) []byte { return checkDoc(loaded(text), opts) }

func checkDoc(doc source, opts string) []byte {
	o, bad := options(opts)
	if bad != nil {
		return bad
	}
	return encode(header(doc(), o.Lang))
}

type accessResult struct {
	checked
	Access        *engine.Access `json:"access"`
	QuestionError *Diagnostic    `json:"questionError,omitempty"`
}

// Access resolves the matrix of every user, or of options.user:
// {ok, diagnostics, access}. An unknown user gives access null and a
// questionError.
func Access(text, opts string) []byte { return accessDoc(loaded(text), opts) }

func accessDoc(doc source, opts string) []byte {
	o, bad := options(opts)
	if bad != nil {
		return bad
	}
	d := doc()
	r := accessResult{checked: header(d, o.Lang)}
	if !d.OK() {
		return encode(r)
	}
	var a *engine.Access
	switch {
	case o.Role != "" && o.User == "":
		a = d.AccessOfRole(o.Role)
	case o.Users != nil && o.User == "":
		a = d.AccessOf(o.Users)
	case o.First > 0 && o.User == "":
		users := d.Resolver().Users()
		users = users[:min(o.First, len(users))]
		ids := make([]string, len(users))
		for i, u := range users {
			ids[i] = u.ID
		}
		a = d.AccessOf(ids)
	default:
		a = d.Access(o.User)
	}
	if a == nil {
		r.QuestionError = questionDiagnostic(&resolve.QuestionError{Code: "E202", Args: []string{o.User}}, o.Lang)
		return encode(r)
	}
	// The head, then the matrix, both by hand: {...,"access":M}.
	head := appendChecked(nil, r.checked)
	perUser := 4096 // plain: about 3.6 KB a user; packed: about 320 bytes
	if o.Packed {
		perUser = 512
	}
	out := make([]byte, 0, len(head)+perUser*len(a.Users)+1024)
	out = append(out, head[:len(head)-1]...)
	out = append(out, `,"access":`...)
	if o.Packed {
		out = appendPackedAccess(out, a)
	} else {
		out = appendAccess(out, a)
	}
	return append(out, '}')
}

type explained struct {
	checked
	Explanation   *resolve.Explanation `json:"explanation"`
	QuestionError *Diagnostic          `json:"questionError,omitempty"`
}

// Explain answers one question with its reasons: {ok, diagnostics,
// explanation}. The question is the JSON of a test (see Question); one that
// cannot be answered gives explanation null and a questionError.
func Explain(text, question, opts string) []byte { return explainDoc(loaded(text), question, opts) }

func explainDoc(doc source, question, opts string) []byte {
	o, bad := options(opts)
	if bad != nil {
		return bad
	}
	d := doc()
	r := explained{checked: header(d, o.Lang)}
	if !d.OK() {
		return encode(r)
	}
	if len(question) > MaxOptionBytes {
		return Fail("bad-request", "the question is %d bytes; the limit is %d", len(question), MaxOptionBytes)
	}
	user, q, err := Question([]byte(question), d.Config.System)
	if err == nil {
		r.Explanation, err = d.Explain(user, q)
	}
	if err != nil {
		r.Explanation, r.QuestionError = nil, questionDiagnostic(err, o.Lang)
	}
	return encode(r)
}

// TestResult is a testrun.Result with the error rendered and, for failures,
// the one-line reason the CLI prints.
type TestResult struct {
	testrun.Result
	Error  *Diagnostic `json:"error,omitempty"`
	Reason string      `json:"reason,omitempty"`
}

type tested struct {
	checked
	Passed  int          `json:"passed"`
	Failed  int          `json:"failed"`
	Results []TestResult `json:"results"`
}

// Test runs the configuration's tests as `rolelens test` does:
// {ok, diagnostics, passed, failed, results}. An invalid configuration runs
// no test and counts as one failure.
func Test(text, opts string) []byte { return testDoc(loaded(text), opts) }

func testDoc(doc source, opts string) []byte {
	o, bad := options(opts)
	if bad != nil {
		return bad
	}
	d := doc()
	r := tested{checked: header(d, o.Lang), Results: []TestResult{}}
	if !d.OK() {
		r.Failed = 1
		return encode(r)
	}
	rep := d.Test()
	r.Passed, r.Failed = rep.Passed, rep.Failed
	for _, res := range rep.Results {
		tr := TestResult{Result: res}
		if res.Error != nil {
			tr.Error = questionDiagnostic(res.Error, o.Lang)
		} else if !res.Pass && res.Why != nil {
			tr.Reason = render.Reason(res.Why)
		}
		r.Results = append(r.Results, tr)
	}
	return encode(r)
}

type versioned struct {
	Engine string `json:"engine"`
	Format int    `json:"format"`
	Go     string `json:"go"`
}

// Version names the engine, the configuration format and the Go release
// that built the module.
func Version() []byte {
	return encode(versioned{engine.Version, 1, runtime.Version()})
}
