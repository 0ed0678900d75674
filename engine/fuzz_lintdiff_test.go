package engine_test

import (
	"errors"
	"os"
	"testing"
	"time"

	"rolelens/engine"
	"rolelens/engine/diff"
)

// lintDiffSeeds are the shared conformance cases and the rules test files.
func lintDiffSeeds(f *testing.F) [][]byte {
	f.Helper()
	var out [][]byte
	for _, p := range append(conformanceFiles(f), testdataFiles(f, "rules")...) {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, src)
	}
	return out
}

// within runs fn and fails the test when it takes longer than 10 s.
func within(t *testing.T, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s did not finish within 10s", what)
	}
}

// FuzzLint: linting a configuration that loads never panics and gives the
// same findings every time.
func FuzzLint(f *testing.F) {
	for _, src := range lintDiffSeeds(f) {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		within(t, "linting", func() {
			doc := engine.Load(src)
			if !doc.OK() {
				if doc.Lint() != nil {
					t.Errorf("Lint of an invalid configuration is not nil")
				}
				return
			}
			first := mustJSON(t, doc.Lint())
			if again := mustJSON(t, doc.Lint()); again != first {
				t.Errorf("Lint differs on the same document:\n%s\n%s", first, again)
			}
		})
	})
}

// FuzzDiff: comparing two configurations that load never panics, gives
// the same report every time, and a document compared with itself has no
// changes.
func FuzzDiff(f *testing.F) {
	seeds := lintDiffSeeds(f)
	for i, src := range seeds {
		f.Add(src, src)
		f.Add(src, seeds[(i+1)%len(seeds)])
	}
	f.Fuzz(func(t *testing.T, a, b []byte) {
		within(t, "comparing", func() {
			da, db := engine.Load(a), engine.Load(b)
			for _, d := range []*engine.Document{da, db} {
				if !d.OK() {
					continue
				}
				checkSelfDiff(t, d)
			}
			if !da.OK() || !db.OK() {
				if _, err := engine.Diff(da, db); !errors.Is(err, diff.ErrInvalid) {
					t.Errorf("Diff with an invalid configuration: err %v, want ErrInvalid", err)
				}
				return
			}
			r1, err1 := engine.Diff(da, db)
			r2, err2 := engine.Diff(da, db)
			if (err1 == nil) != (err2 == nil) {
				t.Fatalf("Diff errors differ between runs: %v, %v", err1, err2)
			}
			if err1 != nil {
				if !errors.Is(err1, diff.ErrSystems) || da.Config.System == db.Config.System {
					t.Fatalf("Diff of %s and %s: %v", da.Config.System, db.Config.System, err1)
				}
				return
			}
			j1 := mustJSON(t, r1)
			if j2 := mustJSON(t, r2); j2 != j1 {
				t.Errorf("Diff differs on the same documents:\n%s\n%s", j1, j2)
			}
		})
	})
}

// checkSelfDiff: a document compared with itself has no changes.
func checkSelfDiff(t *testing.T, d *engine.Document) {
	t.Helper()
	rep, err := engine.Diff(d, d)
	if err != nil {
		t.Fatalf("Diff of a document with itself: %v", err)
	}
	if len(rep.Users) != 0 || rep.Summary != (diff.Summary{}) {
		t.Fatalf("Diff of a document with itself is not empty:\n%s", mustJSON(t, rep))
	}
}
