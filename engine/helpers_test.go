package engine_test

import (
	"path/filepath"
	"sort"
	"testing"

	"rolelens/internal/testrepo"
)

// repoRoot is the directory holding go.mod.
func repoRoot(t testing.TB) string { return testrepo.Root(t) }

// conformanceFiles returns ../shared/conformance/*.yaml and fails the test
// when they are missing.
func conformanceFiles(t testing.TB) []string { return testrepo.Conformance(t) }

// testdataFiles lists engine/testdata/DIR/*.yaml.
func testdataFiles(t testing.TB, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", dir, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no files in testdata/%s", dir)
	}
	sort.Strings(files)
	return files
}
