package lint_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rolelens/engine"
	"rolelens/engine/lint"
	"rolelens/internal/render"

	"rolelens/internal/golden"

	"rolelens/internal/testrepo"
)

// root is the directory holding go.mod.
func root(t *testing.T) string { return testrepo.Root(t) }

func conformance(t *testing.T) string {
	return filepath.Join(root(t), "..", "shared", "conformance")
}

func lintFile(t *testing.T, path string) []lint.Finding {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := engine.Load(src)
	if !doc.OK() {
		t.Fatalf("%s is invalid: %v", path, doc.Diagnostics)
	}
	return lint.Run(doc.Resolver())
}

func hasCode(fs []lint.Finding, c lint.Code) bool {
	for _, f := range fs {
		if f.Code == c {
			return true
		}
	}
	return false
}

// TestCodeTable checks that codes, names and texts are complete and unique.
func TestCodeTable(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range lint.Codes() {
		if seen[string(c.Code)] || seen[c.Name] {
			t.Errorf("%s %s: code or name repeated", c.Code, c.Name)
		}
		seen[string(c.Code)], seen[c.Name] = true, true
		if c.Severity != lint.Warning && c.Severity != lint.Info {
			t.Errorf("%s: severity %q", c.Code, c.Severity)
		}
		if c.Message == "" || c.Doc == "" || c.Fix == "" {
			t.Errorf("%s: message, doc and fix are required", c.Code)
		}
		if got, ok := lint.Lookup(c.Code); !ok || got != c {
			t.Errorf("%s: Lookup disagrees with Codes", c.Code)
		}
	}
}

// TestEveryCode runs, for every code, a configuration that triggers it and
// one that does not.
func TestEveryCode(t *testing.T) {
	for _, c := range lint.Codes() {
		t.Run(string(c.Code), func(t *testing.T) {
			yes := lintFile(t, filepath.Join("testdata", "codes", string(c.Code)+"-yes.yaml"))
			if !hasCode(yes, c.Code) {
				t.Errorf("%s-yes.yaml: %s not reported", c.Code, c.Code)
			}
			for _, f := range yes {
				if f.Code == c.Code && (f.Range.IsZero() || len(f.Args) == 0) {
					t.Errorf("%s: finding without range or arguments: %+v", c.Code, f)
				}
				if strings.Contains(lint.Message(f), "{") || strings.Contains(lint.FixText(f), "{") {
					t.Errorf("%s: unfilled placeholder: %q / %q", f.Code, lint.Message(f), lint.FixText(f))
				}
			}
			no := lintFile(t, filepath.Join("testdata", "codes", string(c.Code)+"-no.yaml"))
			if hasCode(no, c.Code) {
				t.Errorf("%s-no.yaml: %s reported", c.Code, c.Code)
			}
		})
	}
}

// TestConflicts is the acceptance case.
func TestConflicts(t *testing.T) {
	fs := lintFile(t, filepath.Join(conformance(t), "bitrix-conflicts.yaml"))
	found := false
	for _, f := range fs {
		if f.Code == "L101" && f.Args[0] == "assistant" && f.Args[1] == "PREPARATION" {
			found = true
			if strings.Join(f.Users, ",") != "petr,lena,karl" {
				t.Errorf("PREPARATION trap names %v, want petr, lena, karl", f.Users)
			}
		}
	}
	if !found {
		t.Error("no L101 finding for the assistant's PREPARATION row")
	}
	found = false
	for _, f := range fs {
		if f.Code == "L102" && strings.Join(f.Args, " ") == "lena deal read all own" {
			found = true
		}
	}
	if !found {
		t.Error("no L102 finding for lena's deal read (all under maximum, own under personal-first)")
	}
}

// TestGolden renders the findings of every test configuration and
// conformance case and compares them with testdata/golden; -update
// rewrites the goldens.
func TestGolden(t *testing.T) {
	type input struct{ name, path string }
	var ins []input
	files, _ := filepath.Glob(filepath.Join("testdata", "codes", "*.yaml"))
	for _, f := range files {
		ins = append(ins, input{strings.TrimSuffix(filepath.Base(f), ".yaml"), f})
	}
	cases, _ := filepath.Glob(filepath.Join(conformance(t), "*.yaml"))
	for _, f := range cases {
		ins = append(ins, input{"conformance-" + strings.TrimSuffix(filepath.Base(f), ".yaml"), f})
	}
	for _, in := range ins {
		t.Run(in.name, func(t *testing.T) {
			fs := lintFile(t, in.path)
			var b bytes.Buffer
			render.FindingsIn(&b, filepath.Base(in.path), fs, "en")
			render.FindingsSummary(&b, fs)
			golden.Check(t, filepath.Join("testdata", "golden", in.name+".txt"), b.Bytes())
			if in.name == "conformance-bitrix-conflicts" {
				j, err := json.MarshalIndent(fs, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				golden.Check(t, filepath.Join("testdata", "golden", in.name+".json"), append(j, '\n'))
			}
		})
	}
}
