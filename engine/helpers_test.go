package engine_test

import (
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// repoRoot walks up from the working directory to the directory that holds
// go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("working directory: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory; run the tests inside the rolelens repository")
		}
		dir = parent
	}
}

// conformanceFiles returns ../shared/conformance/*.yaml relative to the
// repository root, and fails the test when the folder or its files are
// missing: the conformance cases are the contract, never optional.
func conformanceFiles(t testing.TB) []string {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "..", "shared", "conformance")
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Fatalf("conformance folder %s is missing: the shared/ checkout must sit beside the repository (%v)", dir, err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no *.yaml files in the conformance folder %s", dir)
	}
	sort.Strings(files)
	return files
}

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
