package engine_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"rolelens/engine"
)

// The shared conformance cases are the contract between the engine, the
// playground and the docs: every file is valid and every test passes.
const conformanceTests = 68

func TestConformance(t *testing.T) {
	passed, failed := 0, 0
	for _, f := range conformanceFiles(t) {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		doc := engine.Load(src)
		if !doc.OK() {
			t.Errorf("%s is not valid: %v", filepath.Base(f), doc.Diagnostics)
			continue
		}
		rep := doc.Test()
		for _, r := range rep.Results {
			if !r.Pass {
				t.Errorf("%s:%d:%d: %s: expected %s, found %s (%v)", filepath.Base(f), r.At.Start.Line, r.At.Start.Col, r.User, r.Expect, r.Got, r.Error)
			}
		}
		passed += rep.Passed
		failed += rep.Failed
	}
	require.Equal(t, conformanceTests, passed, "passed tests")
	require.Equal(t, 0, failed, "failed tests")
}
