package assets

import (
	"io/fs"
	"testing"
)

func TestFSHasPlaceholder(t *testing.T) {
	if _, err := fs.Stat(FS(), ".keep"); err != nil {
		t.Fatalf("the committed placeholder is missing: %v", err)
	}
	// Empty depends on whether the build filled dist; it must not panic.
	_ = Empty()
}
