package diff_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"rolelens/engine"
	"rolelens/engine/diff"
	"rolelens/internal/render"

	"rolelens/internal/golden"

	"rolelens/internal/testrepo"
)

// root is the directory holding go.mod.
func root(t *testing.T) string { return testrepo.Root(t) }

func load(t *testing.T, path string) *engine.Document {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc := engine.Load(src)
	if !doc.OK() {
		t.Fatalf("%s is invalid: %v", path, doc.Diagnostics)
	}
	return doc
}

func compare(t *testing.T, oldPath, newPath string) *diff.Report {
	t.Helper()
	rep, err := diff.Compare(load(t, oldPath).Resolver(), load(t, newPath).Resolver())
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func conflicts(t *testing.T) string {
	return filepath.Join(root(t), "..", "shared", "conformance", "bitrix-conflicts.yaml")
}

// TestConflicts is the acceptance case: removing the assistant's
// PREPARATION row opens PREPARATION deals to lena, petr and karl, takes
// nothing from anyone, and leaves jana blocked by the no-deals row.
func TestConflicts(t *testing.T) {
	rep := compare(t, conflicts(t), filepath.Join("testdata", "conflicts-new.yaml"))
	gained := map[string]bool{}
	for _, u := range rep.Users {
		if u.User == "jana" {
			t.Errorf("jana changes: %+v", u.Changes)
		}
		for _, c := range u.Changes {
			if c.Direction != diff.Gained {
				t.Errorf("%s: %+v is not a gain", u.User, c)
			}
			if c.Kind == diff.KindCRM && c.Item == "deal/PREPARATION" && c.Action == "read" && c.Old == "none" && c.New == "all" {
				gained[u.User] = true
			}
		}
	}
	for _, u := range []string{"lena", "petr", "karl"} {
		if !gained[u] {
			t.Errorf("%s does not gain read on PREPARATION deals", u)
		}
	}
	if s := rep.Summary; s.Users != 3 || s.Gained != 3 || s.Lost != 0 || s.RecordsLost != 0 {
		t.Errorf("summary %+v", s)
	}
}

// TestSame checks that a file compared with itself has no changes.
func TestSame(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(root(t), "..", "shared", "conformance", "*.yaml"))
	for _, f := range files {
		if rep := compare(t, f, f); len(rep.Users) != 0 {
			t.Errorf("%s against itself: %+v", filepath.Base(f), rep.Users)
		}
	}
}

// TestSystems refuses to compare a bitrix24 with a vtiger configuration.
func TestSystems(t *testing.T) {
	a := load(t, filepath.Join("testdata", "bitrix-old.yaml"))
	b := load(t, filepath.Join("testdata", "vtiger-old.yaml"))
	if _, err := diff.Compare(a.Resolver(), b.Resolver()); !errors.Is(err, diff.ErrSystems) {
		t.Errorf("got %v, want ErrSystems", err)
	}
}

// TestGolden renders each pair as text and JSON and compares with
// testdata/golden; -update rewrites the goldens.
func TestGolden(t *testing.T) {
	pairs := []struct{ name, old, new string }{
		{"conflicts", conflicts(t), filepath.Join("testdata", "conflicts-new.yaml")},
		{"conflicts-reverse", filepath.Join("testdata", "conflicts-new.yaml"), conflicts(t)},
		{"bitrix", filepath.Join("testdata", "bitrix-old.yaml"), filepath.Join("testdata", "bitrix-new.yaml")},
		{"vtiger", filepath.Join("testdata", "vtiger-old.yaml"), filepath.Join("testdata", "vtiger-new.yaml")},
	}
	for _, p := range pairs {
		t.Run(p.name, func(t *testing.T) {
			rep := compare(t, p.old, p.new)
			var b bytes.Buffer
			render.Diff(&b, rep)
			golden.Check(t, filepath.Join("testdata", "golden", p.name+".txt"), b.Bytes())
			j, err := json.MarshalIndent(rep, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "golden", p.name+".json"), append(j, '\n'))
		})
	}
}
