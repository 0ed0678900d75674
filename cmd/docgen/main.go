// Command docgen builds the rolelens documentation site: it parses flags
// and calls internal/docsite, which does the work.
//
//	docgen --src docs --out build/docs [--base-url https://example.org/docs/]
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/hack-pad/hackpadfs"
	osfs "github.com/hack-pad/hackpadfs/os"

	"rolelens/internal/docsite"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("docgen", flag.ContinueOnError)
	fl.SetOutput(stderr)
	src := fl.String("src", "docs", "directory of the Markdown sources (en/, de/, ru/)")
	out := fl.String("out", "build/docs", "directory to write the site to")
	base := fl.String("base-url", "", "absolute URL of the docs root, for hreflang links and the sitemap")
	quiet := fl.Bool("q", false, "do not print the coverage table")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	start := time.Now()
	srcFS, err := dirFS(*src, false)
	if err != nil {
		fmt.Fprintln(stderr, "docgen:", err)
		return 2
	}
	outFS, err := dirFS(*out, true)
	if err != nil {
		fmt.Fprintln(stderr, "docgen:", err)
		return 2
	}
	res, err := docsite.Build(srcFS, outFS, docsite.Options{BaseURL: *base, SourceName: filepath.ToSlash(filepath.Clean(*src))})
	if res != nil && !*quiet {
		res.WriteCoverage(stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	fmt.Fprintf(stdout, "docgen: %d pages in %d languages, %d files written to %s in %s\n",
		len(res.Pages), len(res.Languages), len(res.Files), *out, time.Since(start).Round(time.Millisecond))
	return 0
}

// dirFS opens a directory as a hackpadfs file system rooted there.
func dirFS(dir string, create bool) (hackpadfs.FS, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if create {
		if err := os.MkdirAll(abs, 0o755); err != nil {
			return nil, err
		}
	}
	fsys := osfs.NewFS()
	if vol := filepath.VolumeName(abs); vol != "" {
		v, err := fsys.SubVolume(vol)
		if err != nil {
			return nil, err
		}
		abs = abs[len(vol):]
		return hackpadfs.Sub(v, strings.TrimPrefix(filepath.ToSlash(abs), "/"))
	}
	return fsys.Sub(strings.TrimPrefix(filepath.ToSlash(abs), "/"))
}
