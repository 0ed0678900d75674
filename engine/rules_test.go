package engine_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rolelens/engine"
	"rolelens/internal/render"
)

// TestRules runs every configuration under testdata/rules: each pins rules
// of SPEC.md with its own tests block, so adding a case is adding text.
func TestRules(t *testing.T) {
	for _, f := range testdataFiles(t, "rules") {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".yaml"), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := engine.Load(src)
			if !doc.OK() {
				var b strings.Builder
				render.Diagnostics(&b, name, doc.Diagnostics, "en")
				t.Fatalf("diagnostics:\n%s", b.String())
			}
			rep := doc.Test()
			if len(rep.Results) == 0 {
				t.Fatal("the file has no tests")
			}
			if rep.Failed > 0 {
				var b strings.Builder
				render.TestFailures(&b, name, rep)
				t.Errorf("%d of %d tests failed:\n%s", rep.Failed, len(rep.Results), b.String())
			}
		})
	}
}
