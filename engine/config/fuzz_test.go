package config_test

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"rolelens/engine/config"
	"rolelens/engine/diag"

	"rolelens/internal/testrepo"
)

// seedFiles returns the conformance files and every configuration under
// engine/testdata, found from the repository root.
func seedFiles(t testing.TB) []string {
	t.Helper()
	dir := testrepo.Root(t)
	var files []string
	for _, pattern := range []string{
		filepath.Join(dir, "..", "shared", "conformance", "*.yaml"),
		filepath.Join(dir, "engine", "testdata", "*", "*.yaml"),
	} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no seed files found")
	}
	return files
}

// internalError is the argument Parse gives E001 when it recovered from a
// panic of its own.
const internalError = "internal error while reading the file"

// FuzzParse: no input makes Parse panic or hang, and parsing is
// deterministic.
func FuzzParse(f *testing.F) {
	for _, p := range seedFiles(f) {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Add([]byte(""))
	f.Add([]byte("a: &a [*a]"))
	f.Add([]byte("rolelens: 1\nsystem: bitrix24\n---\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		first := parseWithin(t, src)
		second := parseWithin(t, src)
		if !reflect.DeepEqual(first, second) {
			t.Fatalf("two parses differ:\n%v\n%v", first, second)
		}
		for _, d := range first {
			if d.Code == "E001" && len(d.Args) > 0 && d.Args[0] == internalError {
				t.Fatalf("the parser panicked on this input")
			}
			if d.Range.Start.Line < 1 || d.Range.Start.Col < 1 {
				t.Fatalf("diagnostic without a position: %+v", d)
			}
			if _, ok := diag.Lookup(d.Code); !ok {
				t.Fatalf("diagnostic with a code outside the table: %+v", d)
			}
		}
	})
}

// parseWithin parses src and fails the test when it takes too long.
func parseWithin(t *testing.T, src []byte) diag.List {
	t.Helper()
	done := make(chan diag.List, 1)
	go func() {
		_, l := config.Parse(src)
		done <- l
	}()
	select {
	case l := <-done:
		return l
	case <-time.After(10 * time.Second):
		t.Fatalf("Parse did not return within 10s")
		return nil
	}
}

// FuzzQuestion: no question makes ParseQuestion panic, and every problem
// is a diagnostic from the table; a question it accepts names a user.
func FuzzQuestion(f *testing.F) {
	for _, q := range []string{
		`{"user": "anna", "crm": {"entity": "deal", "action": "update", "stage": "WON"}}`,
		`{user: anna, crm: settings}`, `{user: anna, record: lead-1, action: read}`,
		`{user: anna, telephony: {permission: call-detail, of: bob}}`, `{user: anna, tasks: view-all-tasks}`,
		`{user: anna, disk: {path: /Sales, action: delete}}`, `{user: p, vtiger: {module: leads, action: view}}`,
		`null`, `[1]`, `{user: [`, `a: &a [*a]`,
	} {
		f.Add([]byte(q), false)
		f.Add([]byte(q), true)
	}
	f.Fuzz(func(t *testing.T, src []byte, vtiger bool) {
		sys := config.Bitrix24
		if vtiger {
			sys = config.Vtiger
		}
		user, _, diags := config.ParseQuestion(src, sys)
		if len(diags) == 0 && user == "" {
			t.Fatalf("accepted a question without a user: %q", src)
		}
		for _, d := range diags {
			if _, ok := diag.Lookup(d.Code); !ok {
				t.Fatalf("diagnostic with a code outside the table: %+v", d)
			}
		}
	})
}
