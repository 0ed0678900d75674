// Package testrepo finds the repository and the shared conformance cases
// for tests in any package, wherever `go test` runs them from.
package testrepo

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"
)

// FindRoot walks up from the working directory to the directory holding
// go.mod.
func FindRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the working directory; run the tests inside the rolelens repository")
		}
		dir = parent
	}
}

// Root is FindRoot for tests: it fails the test when there is no root.
func Root(t testing.TB) string {
	t.Helper()
	dir, err := FindRoot()
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// Shared is the shared/ checkout beside the repository.
func Shared(t testing.TB) string {
	return filepath.Join(Root(t), "..", "shared")
}

// Conformance returns ../shared/conformance/*.yaml, sorted, and fails the
// test when the folder or its files are missing: the conformance cases are
// the contract, never optional.
func Conformance(t testing.TB) []string {
	t.Helper()
	dir := filepath.Join(Shared(t), "conformance")
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
