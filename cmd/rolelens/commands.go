package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"rolelens/engine"
	"rolelens/engine/config"
	"rolelens/engine/diag"
	"rolelens/engine/resolve"
	"rolelens/engine/testrun"
	"rolelens/internal/render"
)

// flags makes a flag set that reports errors instead of exiting. Flags
// may come before or after the file names.
func flags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parse accepts flags mixed with positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

func writeJSON(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// load reads and loads one file; a read error is a usage error.
func load(file string, stderr io.Writer) (*engine.Document, bool) {
	src, size, err := readLimited(file)
	if err != nil {
		fmt.Fprintf(stderr, "rolelens: %v\n", err)
		return nil, false
	}
	if size > config.MaxBytes {
		// The engine would count only what was read (the limit and a byte).
		return engine.TooLarge(int(size)), true
	}
	return engine.Load(src), true
}

// readLimited reads a file, stopping just past the engine's size limit so
// that a huge file costs no more than the limit; size is the file's whole
// size when it is over the limit.
func readLimited(file string) (src []byte, size int64, err error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	src, err = io.ReadAll(io.LimitReader(f, config.MaxBytes+1))
	size = int64(len(src))
	if err == nil && size > config.MaxBytes {
		if fi, serr := f.Stat(); serr == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
	}
	return src, size, err
}

type fileDiagnostics struct {
	File        string    `json:"file"`
	Diagnostics diag.List `json:"diagnostics"`
}

func cmdCheck(args []string, stdout, stderr io.Writer) int {
	fs := flags("check", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	lang := fs.String("lang", "en", "message language: en, de or ru")
	files, err := parse(fs, args)
	if err != nil || len(files) == 0 {
		fmt.Fprintln(stderr, "usage: rolelens check [--json] [--lang en|de|ru] FILE...")
		return exitUsage
	}
	code := exitOK
	var out []fileDiagnostics
	for _, f := range files {
		doc, ok := load(f, stderr)
		if !ok {
			return exitUsage
		}
		if !doc.OK() {
			code = exitUsage
		} else if len(doc.Diagnostics) > 0 && code == exitOK {
			code = exitFindings
		}
		if *asJSON {
			out = append(out, fileDiagnostics{f, doc.Diagnostics})
		} else {
			render.Diagnostics(stdout, f, doc.Diagnostics, *lang)
		}
	}
	if *asJSON {
		writeJSON(stdout, out)
	}
	return code
}

// loadValid loads one file and prints its diagnostics when it has errors.
func loadValid(file string, stderr io.Writer) (*engine.Document, int) {
	return loadValidIn(file, stderr, "en")
}

// loadValidIn is loadValid with diagnostics in lang.
func loadValidIn(file string, stderr io.Writer, lang string) (*engine.Document, int) {
	doc, ok := load(file, stderr)
	if !ok {
		return nil, exitUsage
	}
	if !doc.OK() {
		render.Diagnostics(stderr, file, doc.Diagnostics, lang)
		return nil, exitUsage
	}
	return doc, exitOK
}

func cmdAccess(args []string, stdout, stderr io.Writer) int {
	fs := flags("access", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	user := fs.String("user", "", "only this user")
	files, err := parse(fs, args)
	if err != nil || len(files) != 1 {
		fmt.Fprintln(stderr, "usage: rolelens access [--json] [--user U] FILE")
		return exitUsage
	}
	doc, code := loadValid(files[0], stderr)
	if doc == nil {
		return code
	}
	a := doc.Access(*user)
	if a == nil {
		fmt.Fprintf(stderr, "rolelens: unknown user %q\n", *user)
		return exitUsage
	}
	if *asJSON {
		writeJSON(stdout, a)
	} else {
		render.Access(stdout, a)
	}
	return exitOK
}

func cmdExplain(args []string, stdout, stderr io.Writer) int {
	fs := flags("explain", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	user := fs.String("user", "", "the user asked about")
	crm := fs.String("crm", "", "ENTITY/ACTION[/STAGE] or settings")
	record := fs.String("record", "", "record id (with --action)")
	action := fs.String("action", "", "action of a record or disk check")
	tel := fs.String("telephony", "", "telephony permission")
	of := fs.String("of", "", "with --telephony: whose calls")
	tasks := fs.String("tasks", "", "tasks toggle")
	disk := fs.String("disk", "", "folder path")
	vt := fs.String("vtiger", "", "MODULE/ACTION")
	files, err := parse(fs, args)
	if err != nil || len(files) != 1 || *user == "" {
		fmt.Fprintln(stderr, "usage: rolelens explain FILE --user U (--crm E/A[/S] | --crm settings | --record R --action A | --telephony P [--of U] | --tasks T | --disk PATH [--action A] | --vtiger M/A) [--json]")
		return exitUsage
	}
	q, qerr := question(*crm, *record, *action, *tel, *of, *tasks, *disk, *vt)
	if qerr != nil {
		fmt.Fprintf(stderr, "rolelens: %v\n", qerr)
		return exitUsage
	}
	doc, code := loadValid(files[0], stderr)
	if doc == nil {
		return code
	}
	e, err := doc.Explain(*user, q)
	if err != nil {
		var qe *resolve.QuestionError
		if errors.As(err, &qe) {
			d := diag.Diagnostic{Code: qe.Code, Args: qe.Args}
			fmt.Fprintf(stderr, "rolelens: %s: %s\n", qe.Code, diag.Message(d, "en"))
		} else {
			fmt.Fprintf(stderr, "rolelens: %v\n", err)
		}
		return exitUsage
	}
	if *asJSON {
		writeJSON(stdout, e)
	} else {
		render.Explanation(stdout, e)
	}
	return exitOK
}

// question builds the one question the flags ask.
func question(crm, record, action, tel, of, tasks, disk, vt string) (config.Question, error) {
	n := 0
	for _, s := range []string{crm, record, tel, tasks, disk, vt} {
		if s != "" {
			n++
		}
	}
	if n != 1 {
		return config.Question{}, fmt.Errorf("ask exactly one question: --crm, --record, --telephony, --tasks, --disk or --vtiger")
	}
	switch {
	case crm == "settings":
		return config.Question{Kind: config.AskCRMSettings}, nil
	case crm != "":
		p := strings.Split(crm, "/")
		if len(p) < 2 || len(p) > 3 {
			return config.Question{}, fmt.Errorf("--crm takes ENTITY/ACTION[/STAGE] or settings")
		}
		q := config.Question{Kind: config.AskCRMCell, Entity: p[0], Action: p[1]}
		if len(p) == 3 {
			q.Stage = p[2]
		}
		return q, nil
	case record != "":
		if action == "" {
			return config.Question{}, fmt.Errorf("--record needs --action")
		}
		return config.Question{Kind: config.AskRecord, Record: record, Action: action}, nil
	case tel != "":
		if of != "" {
			return config.Question{Kind: config.AskTelephonyOf, Permission: tel, Of: of}, nil
		}
		return config.Question{Kind: config.AskTelephony, Permission: tel}, nil
	case tasks != "":
		return config.Question{Kind: config.AskTasks, Toggle: tasks}, nil
	case disk != "":
		if action != "" {
			return config.Question{Kind: config.AskDiskAction, Path: disk, Action: action}, nil
		}
		return config.Question{Kind: config.AskDisk, Path: disk}, nil
	default:
		m, a, ok := strings.Cut(vt, "/")
		if !ok {
			return config.Question{}, fmt.Errorf("--vtiger takes MODULE/ACTION")
		}
		return config.Question{Kind: config.AskVtigerModule, Module: m, Action: a}, nil
	}
}

type fileReport struct {
	File        string         `json:"file"`
	Diagnostics diag.List      `json:"diagnostics,omitempty"`
	Report      testrun.Report `json:"report"`
}

func cmdTest(args []string, stdout, stderr io.Writer) int {
	fs := flags("test", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	files, err := parse(fs, args)
	if err != nil || len(files) == 0 {
		fmt.Fprintln(stderr, "usage: rolelens test [--json] FILE...")
		return exitUsage
	}
	passed, failed := 0, 0
	invalid := false
	var out []fileReport
	for _, f := range files {
		doc, ok := load(f, stderr)
		if !ok {
			return exitUsage
		}
		fr := fileReport{File: f}
		if !doc.OK() {
			// An invalid file counts as failed and shows its diagnostics.
			invalid = true
			failed++
			fr.Diagnostics = doc.Diagnostics
			if !*asJSON {
				render.Diagnostics(stdout, f, doc.Diagnostics, "en")
			}
		} else {
			fr.Report = doc.Test()
			passed += fr.Report.Passed
			failed += fr.Report.Failed
			if !*asJSON {
				render.TestFailures(stdout, f, fr.Report)
			}
		}
		out = append(out, fr)
	}
	if *asJSON {
		writeJSON(stdout, map[string]any{"passed": passed, "failed": failed, "files": out})
	} else {
		fmt.Fprintf(stdout, "%d passed, %d failed\n", passed, failed)
	}
	switch {
	case invalid: // invalid input outranks failed tests
		return exitUsage
	case failed > 0:
		return exitFindings
	}
	return exitOK
}

func cmdVersion(stdout io.Writer) int {
	fmt.Fprintf(stdout, "rolelens %s\n", engine.Version)
	return exitOK
}
