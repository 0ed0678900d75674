package api

import (
	"rolelens/engine"
	"rolelens/engine/diff"
	"rolelens/engine/lint"
)

// Finding is a lint finding with its message and fix rendered in the
// caller's language (options.lang: en, de or ru; English otherwise).
type Finding struct {
	lint.Finding
	Message string `json:"message"`
	Fix     string `json:"fix,omitempty"`
}

type linted struct {
	checked
	Findings []Finding `json:"findings"`
	// Total counts every finding, Severities each severity's and Codes
	// each code's, the ones options.limit and options.code left out
	// included: a page lists the first findings of a kind and counts all.
	Total      int            `json:"total"`
	Severities map[string]int `json:"severities"`
	Codes      map[string]int `json:"codes"`
}

// Lint reports the traps of a valid configuration, as `rolelens lint`:
// {ok, diagnostics, findings, total, severities, codes}. An invalid one has
// no findings. With options.code, findings holds that code's only; with
// options.limit, the first ones in order.
func Lint(text, opts string) []byte { return lintDoc(loaded(text), opts) }

func lintDoc(doc source, opts string) []byte {
	o, bad := options(opts)
	if bad != nil {
		return bad
	}
	d := doc()
	all := d.Lint() // none for an invalid configuration
	r := linted{checked: header(d, o.Lang), Findings: []Finding{}, Total: len(all), Severities: map[string]int{}, Codes: map[string]int{}}
	for _, f := range all {
		r.Severities[string(f.Severity)]++
		r.Codes[string(f.Code)]++
		if (o.Code == "" || string(f.Code) == o.Code) && (o.Limit == 0 || len(r.Findings) < o.Limit) {
			r.Findings = append(r.Findings, Finding{f, lint.MessageIn(f, o.Lang), lint.FixTextIn(f, o.Lang)})
		}
	}
	return encode(r)
}

type diffed struct {
	OK  bool    `json:"ok"` // both configurations are valid and of one system
	Old checked `json:"old"`
	New checked `json:"new"`
	// Diff is null unless both are valid and of one system; problem says
	// why when both are valid.
	Diff    *diff.Report `json:"diff"`
	Problem string       `json:"problem,omitempty"`
}

// Diff lists what changes for whom from oldText to newText, as
// `rolelens diff`: {ok, old: {ok, diagnostics}, new: {...}, diff}.
func Diff(oldText, newText, opts string) []byte {
	// The cache holds one document: keep it for the new text, which the
	// playground edits, and load the old one beside it.
	return diffDocs(func() *engine.Document { return loadUncached(oldText) }, loaded(newText), opts)
}

func diffDocs(old, new source, opts string) []byte {
	o, bad := options(opts)
	if bad != nil {
		return bad
	}
	od, nd := old(), new()
	r := diffed{Old: header(od, o.Lang), New: header(nd, o.Lang)}
	if od.OK() && nd.OK() {
		rep, err := engine.Diff(od, nd)
		if err != nil {
			r.Problem = err.Error()
		} else {
			r.OK, r.Diff = true, rep
		}
	}
	return encode(r)
}
