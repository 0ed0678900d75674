// Package docsite builds the rolelens documentation: Markdown pages in
// English, German and Russian with front matter, live `rolelens` examples
// resolved by the engine, reference pages generated from the engine's own
// tables, translation status, navigation, search indexes, a sitemap and a
// link check. It reads from and writes to hackpadfs file systems: the OS in
// the build, memory in tests. cmd/docgen only parses flags and calls Build.
package docsite

import (
	"errors"
	"fmt"
	"io"
	"path"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/hack-pad/hackpadfs"
)

// Options configure a build.
type Options struct {
	// Languages lists the languages to build; the first is the source
	// language the others translate. Default: en, de, ru.
	Languages []string
	// BaseURL is the absolute URL of the docs root (ending in '/'), used
	// for hreflang alternates and the sitemap. Empty: relative links.
	BaseURL string
	// SourceName prefixes file names in problems, as the reader knows the
	// source directory (default "docs").
	SourceName string
}

// Translation statuses.
const (
	StatusSource   = "source"   // the English original
	StatusCurrent  = "current"  // translated from the current original
	StatusOutdated = "outdated" // translated from an older original
	StatusMissing  = "missing"  // not translated: the English page is shown
)

// PageInfo describes one built page.
type PageInfo struct {
	Lang, Key, Slug, Title string
	Order                  int
	Status                 string
	Examples               int
}

// CoverageRow is a page's translation status in every language.
type CoverageRow struct {
	Key, Slug string
	Status    map[string]string
}

// Result is what a build made.
type Result struct {
	Languages []string
	Pages     []PageInfo
	Coverage  []CoverageRow
	Files     []string
}

// BuildError lists every problem of a build, each at its file and line.
type BuildError struct{ Problems []Problem }

func (e *BuildError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// source is one Markdown file.
type source struct {
	lang, file string // file: path in the source fs, e.g. en/index.md
	fm         frontMatter
	body       []byte
	bodyLine   int
	hash       string // bodyHash(body)
}

// Build reads docs/<lang>/*.md from src and writes the site to out:
// <lang>/<slug>.html, <lang>/search.json, docs.css, docs.js, index.html and
// sitemap.xml. A broken example, a failing example test or a broken link
// makes it return a *BuildError; the files are written all the same so the
// problem can be looked at.
func Build(src, out hackpadfs.FS, opt Options) (*Result, error) {
	if len(opt.Languages) == 0 {
		opt.Languages = []string{"en", "de", "ru"}
	}
	if opt.SourceName == "" {
		opt.SourceName = "docs"
	}
	if opt.BaseURL != "" && !strings.HasSuffix(opt.BaseURL, "/") {
		opt.BaseURL += "/"
	}
	b := &builder{src: src, out: out, opt: opt, res: &Result{Languages: opt.Languages}}
	if err := b.load(); err != nil {
		return nil, err
	}
	if err := b.render(); err != nil {
		return b.res, err
	}
	b.problems = append(b.problems, CheckLinks(out)...)
	if len(b.problems) > 0 {
		return b.res, &BuildError{b.problems}
	}
	return b.res, nil
}

type builder struct {
	src, out hackpadfs.FS
	opt      Options
	res      *Result
	problems []Problem

	originals []*source                      // source-language pages by order
	trans     map[string]map[string]*source  // lang -> key -> translation
	pages     map[string]map[string]*pageOut // lang -> key -> page
}

func (b *builder) srcLang() string { return b.opt.Languages[0] }

func (b *builder) load() error {
	b.trans = map[string]map[string]*source{}
	var errs []error
	for i, lang := range b.opt.Languages {
		entries, err := hackpadfs.ReadDir(b.src, lang)
		if err != nil {
			if i == 0 {
				return fmt.Errorf("%s/%s: %w", b.opt.SourceName, lang, err)
			}
			continue // a language nobody has translated yet
		}
		byKey := map[string]*source{}
		for _, e := range entries {
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
				continue
			}
			file := lang + "/" + e.Name()
			data, err := hackpadfs.ReadFile(b.src, file)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			shown := b.opt.SourceName + "/" + file
			fm, body, line, err := splitFrontMatter(shown, data)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			s := &source{lang: lang, file: shown, fm: fm, body: body, bodyLine: line, hash: bodyHash(body)}
			if prev, ok := byKey[fm.Key]; ok {
				errs = append(errs, fmt.Errorf("%s:1: key %q is used by %s too", shown, fm.Key, prev.file))
				continue
			}
			byKey[fm.Key] = s
			if i == 0 {
				b.originals = append(b.originals, s)
			}
		}
		if i > 0 {
			b.trans[lang] = byKey
		} else {
			b.trans[lang] = nil
		}
	}
	orig := map[string]*source{}
	for _, s := range b.originals {
		orig[s.fm.Key] = s
	}
	for _, lang := range b.opt.Languages[1:] {
		for key, s := range b.trans[lang] {
			if orig[key] == nil {
				errs = append(errs, fmt.Errorf("%s:1: no %s page has key %q", s.file, b.srcLang(), key))
			}
			if s.fm.SourceHash == "" {
				errs = append(errs, fmt.Errorf("%s:1: a translation records source-hash (the original's is %s)", s.file, orig[key].hashOrEmpty()))
			}
		}
	}
	if !slices.ContainsFunc(b.originals, func(s *source) bool { return slugOf(s) == "index" }) {
		errs = append(errs, fmt.Errorf("%s/%s/index.md: missing: every language links to its start page", b.opt.SourceName, b.srcLang()))
	}
	sort.SliceStable(b.originals, func(i, j int) bool {
		a, c := b.originals[i], b.originals[j]
		if a.fm.Order != c.fm.Order {
			return a.fm.Order < c.fm.Order
		}
		return a.file < c.file
	})
	return errors.Join(errs...)
}

func (s *source) hashOrEmpty() string {
	if s == nil {
		return ""
	}
	return s.hash
}

// slugOf is a page's file name in every language: the original's name.
func slugOf(s *source) string { return strings.TrimSuffix(path.Base(s.file), ".md") }

// WriteCoverage prints the translation coverage table.
func (r *Result) WriteCoverage(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, "page")
	for _, l := range r.Languages {
		fmt.Fprint(tw, "\t", l)
	}
	fmt.Fprintln(tw)
	counts := map[string]int{}
	for _, row := range r.Coverage {
		fmt.Fprint(tw, row.Slug)
		for _, l := range r.Languages {
			st := row.Status[l]
			fmt.Fprint(tw, "\t", st)
			if st == StatusSource || st == StatusCurrent {
				counts[l]++
			}
		}
		fmt.Fprintln(tw)
	}
	fmt.Fprint(tw, "up to date")
	for _, l := range r.Languages {
		fmt.Fprintf(tw, "\t%d/%d", counts[l], len(r.Coverage))
	}
	fmt.Fprintln(tw)
	_ = tw.Flush()
}
