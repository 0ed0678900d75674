// Package assets holds the built playground and docs, embedded in the
// rolelens binary for `rolelens serve`. The folder dist/ is committed
// with only a placeholder, so a fresh clone vets, tests and builds; the
// build fills it (see fill.sh) from build/site and build/docs before the
// CLI is compiled.
package assets

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// FS returns the embedded files: the playground at the root, the docs
// under docs/.
func FS() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // "dist" is a valid, embedded path
	}
	return sub
}

// Empty reports whether the binary was built without the site.
func Empty() bool {
	_, err := fs.Stat(FS(), "index.html")
	return err != nil
}
