package docsite

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hack-pad/hackpadfs"
	"github.com/hack-pad/hackpadfs/mem"
	osfs "github.com/hack-pad/hackpadfs/os"

	"rolelens/engine/config"
	"rolelens/internal/golden"
)

// docsFS is the repository's docs directory.
func docsFS(tb testing.TB) hackpadfs.FS {
	tb.Helper()
	abs, err := filepath.Abs(filepath.Join("..", "..", "docs"))
	if err != nil {
		tb.Fatal(err)
	}
	fsys, err := osfs.NewFS().Sub(strings.TrimPrefix(filepath.ToSlash(abs), "/"))
	if err != nil {
		tb.Fatal(err)
	}
	return fsys
}

func memFS(tb testing.TB, files map[string]string) hackpadfs.FS {
	tb.Helper()
	fsys, err := mem.NewFS()
	if err != nil {
		tb.Fatal(err)
	}
	for name, data := range files {
		if err := hackpadfs.MkdirAll(fsys, pathDir(name), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := hackpadfs.WriteFullFile(fsys, name, []byte(data), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return fsys
}

func buildDocs(tb testing.TB) (*Result, hackpadfs.FS) {
	tb.Helper()
	out := memFS(tb, nil)
	res, err := Build(docsFS(tb), out, Options{})
	if err != nil {
		tb.Fatalf("building docs/: %v", err)
	}
	return res, out
}

func read(tb testing.TB, fsys hackpadfs.FS, name string) string {
	tb.Helper()
	data, err := hackpadfs.ReadFile(fsys, name)
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

// TestDocs builds the real site: every example valid and passing, every
// link and anchor resolving in every language.
func TestDocs(t *testing.T) {
	res, out := buildDocs(t)
	if len(res.Coverage) < 10 {
		t.Errorf("only %d pages", len(res.Coverage))
	}
	for _, row := range res.Coverage {
		if row.Status["en"] != StatusSource {
			t.Errorf("%s: en is %s", row.Slug, row.Status["en"])
		}
	}
	if p := CheckLinks(out); len(p) > 0 {
		t.Errorf("broken links: %v", p)
	}
	for _, name := range []string{"docs.css", "docs.js", "index.html", "sitemap.xml", "en/search.json", "de/search.json", "ru/search.json"} {
		if _, err := hackpadfs.Stat(out, name); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	examples := 0
	for _, p := range res.Pages {
		if p.Lang == "en" {
			examples += p.Examples
		}
	}
	if examples < 15 {
		t.Errorf("only %d live examples in the English pages", examples)
	}
	// No inline script or style anywhere: the pages work under a strict CSP.
	for _, f := range res.Files {
		if !strings.HasSuffix(f, ".html") {
			continue
		}
		s := read(t, out, f)
		for _, bad := range []string{"<script>", " style=", "<style", "javascript:", " onclick="} {
			if strings.Contains(s, bad) {
				t.Errorf("%s contains %q", f, bad)
			}
		}
	}
}

// TestGolden pins the HTML of representative pages: the translated index,
// an English page with examples, and a fallback page with its banner.
func TestGolden(t *testing.T) {
	_, out := buildDocs(t)
	for _, name := range []string{"en/index.html", "de/index.html", "ru/bitrix24-stages.html"} {
		got := read(t, out, name)
		golden.Check(t, filepath.Join("testdata", "golden", strings.ReplaceAll(name, "/", "_")), []byte(got))
	}
}

const page = "---\ntitle: T\norder: 1\nkey: k\n---\n"

const goodExample = "```rolelens\nrolelens: 1\nsystem: bitrix24\norg:\n  users: [{id: anna}]\ncrm:\n  roles:\n    - id: r\n      permissions:\n        lead: {read: own}\n  assignments:\n    - {role: r, to: [user:anna]}\ntests:\n  - {user: anna, crm: {entity: lead, action: read}, expect: own}\n```\n"

func problems(t *testing.T, err error) []Problem {
	t.Helper()
	var be *BuildError
	if !errors.As(err, &be) {
		t.Fatalf("want a *BuildError, got %v", err)
	}
	return be.Problems
}

// TestBrokenExample: a broken example fails the build at its file and line.
func TestBrokenExample(t *testing.T) {
	src := page + "\nText.\n\n```rolelens\nrolelens: 1\nsystem: bitrix24\ncrm:\n  roles:\n    - id: r\n      permissions:\n        lead: {read: departmnet}\n```\n"
	_, err := Build(memFS(t, map[string]string{"en/index.md": src}), memFS(t, nil), Options{})
	ps := problems(t, err)
	if len(ps) != 1 {
		t.Fatalf("want one problem, got %v", ps)
	}
	// front matter 5 lines, blank, Text., blank, fence at 9: the config's line 7 is file line 16.
	want := "docs/en/index.md:16:"
	if got := ps[0].String(); !strings.HasPrefix(got, want) || !strings.Contains(got, "E104") || !strings.Contains(got, `did you mean "department"`) {
		t.Errorf("got %q, want it to start with %q and name E104 with a suggestion", got, want)
	}
}

// TestFailingExampleTest: a test inside an example that fails breaks the build.
func TestFailingExampleTest(t *testing.T) {
	src := page + strings.Replace(goodExample, "expect: own}", "expect: all}", 1)
	_, err := Build(memFS(t, map[string]string{"en/index.md": src}), memFS(t, nil), Options{})
	ps := problems(t, err)
	if len(ps) != 1 || !strings.HasPrefix(ps[0].String(), "docs/en/index.md:19:5:") || !strings.Contains(ps[0].Msg, "expected all, found own") {
		t.Errorf("got %v", ps)
	}
}

// TestLinkChecker: links to missing pages and anchors are reported, in
// every language (the fallback pages too).
func TestLinkChecker(t *testing.T) {
	files := map[string]string{
		"en/index.md": "---\ntitle: Start\norder: 0\nkey: index\n---\n",
		"en/a.md":     page + "\n## Here {#here}\n\n[ok](b.html#there) [self](#here) [bad](c.html) [anchor](b.html#nowhere) [play](../../#v1=x)\n",
		"en/b.md":     "---\ntitle: B\norder: 2\nkey: b\n---\n\n## There {#there}\n",
	}
	_, err := Build(memFS(t, files), memFS(t, nil), Options{})
	var got []string
	for _, p := range problems(t, err) {
		got = append(got, p.String())
	}
	joined := strings.Join(got, "\n")
	for _, lang := range []string{"en", "de", "ru"} {
		for _, want := range []string{lang + "/a.html: link c.html: no such page", lang + "/a.html: link b.html#nowhere: no anchor #nowhere in " + lang + "/b.html"} {
			if !strings.Contains(joined, want) {
				t.Errorf("missing %q in\n%s", want, joined)
			}
		}
	}
	if len(got) != 6 {
		t.Errorf("want 6 problems, got\n%s", joined)
	}
}

// TestTranslationStatus: current, outdated and missing translations, the
// banners and the coverage table.
func TestTranslationStatus(t *testing.T) {
	body := "\nHello \"world\".\n"
	files := map[string]string{
		"en/index.md": "---\ntitle: Start\norder: 0\nkey: index\n---\n",
		"en/a.md":     page + body,
		"de/a.md":     "---\ntitle: TD\norder: 1\nkey: k\nsource-hash: " + bodyHash([]byte(body)) + "\n---\n\nHallo \"Welt\".\n",
		"ru/a.md":     "---\ntitle: TR\norder: 1\nkey: k\nsource-hash: 000000000000\n---\n\nПривет, \"мир\".\n",
		"en/b.md":     "---\ntitle: B\norder: 2\nkey: b\n---\n\nB.\n",
	}
	out := memFS(t, nil)
	res, err := Build(memFS(t, files), out, Options{BaseURL: "https://example.org/docs"})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	res.WriteCoverage(&buf)
	table := buf.String()
	for _, w := range []string{"current", "outdated", "missing", "up to date  3/3     1/3      0/3"} {
		if !strings.Contains(table, w) {
			t.Errorf("coverage table lacks %q:\n%s", w, table)
		}
	}
	de, ru, deB := read(t, out, "de/a.html"), read(t, out, "ru/a.html"), read(t, out, "de/b.html")
	if strings.Contains(de, `class="banner"`) || !strings.Contains(de, "„Welt“") {
		t.Errorf("current German page: banner or quotes wrong:\n%s", de)
	}
	if !strings.Contains(ru, `class="banner"`) || !strings.Contains(ru, "«мир»") || !strings.Contains(ru, `href="../en/a.html"`) {
		t.Errorf("outdated Russian page: banner, link or quotes wrong:\n%s", ru)
	}
	if !strings.Contains(deB, "noch nicht übersetzt") || !strings.Contains(deB, `<article lang="en">`) || !strings.Contains(deB, `name="robots" content="noindex"`) {
		t.Errorf("missing German page: banner, lang or noindex wrong:\n%s", deB)
	}
	for _, alt := range []string{`hreflang="en" href="https://example.org/docs/en/a.html"`, `hreflang="de" href="https://example.org/docs/de/a.html"`, `hreflang="x-default" href="https://example.org/docs/en/a.html"`} {
		if !strings.Contains(de, alt) {
			t.Errorf("German page lacks alternate %s", alt)
		}
	}
	sm := read(t, out, "sitemap.xml")
	if !strings.Contains(sm, "<loc>https://example.org/docs/ru/a.html</loc>") || strings.Contains(sm, "<loc>https://example.org/docs/de/b.html</loc>") {
		t.Errorf("sitemap: translations in, fallbacks out:\n%s", sm)
	}
}

func TestSlugify(t *testing.T) {
	for in, want := range map[string]string{
		"Levels, own to all":           "levels-own-to-all",
		"Übersicht der Rollen":         "übersicht-der-rollen",
		"Роли и права: «основы»":       "роли-и-права-основы",
		"  \"User may edit settings\"": "user-may-edit-settings",
		"E101 unknown-key":             "e101-unknown-key",
	} {
		if got := slugify(in); got != want {
			t.Errorf("slugify(%q) = %q, want %q", in, got, want)
		}
	}
	ids := newHeadingIDs()
	a, b := ids.Generate([]byte("Tests"), 0), ids.Generate([]byte("Tests"), 0)
	if string(a) != "tests" || string(b) != "tests-1" {
		t.Errorf("repeated headings: %s, %s", a, b)
	}
}

// TestPlaygroundFragment: the link decodes back to the configuration.
func TestPlaygroundFragment(t *testing.T) {
	cfg := "rolelens: 1\nsystem: bitrix24\ntitle: Prüfung «test»\n"
	frag := PlaygroundFragment([]byte(cfg))
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(frag, "v1="))
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(flate.NewReader(bytes.NewReader(raw)))
	if err != nil || string(got) != cfg {
		t.Errorf("round trip: %q, %v", got, err)
	}
}

// TestCodeExamples: each diagnostic example reports exactly its code.
func TestCodeExamples(t *testing.T) {
	for _, lang := range []string{"en", "de", "ru"} {
		if _, err := generated("codes", lang); err != nil {
			t.Fatal(err)
		}
	}
}

// BenchmarkBuild builds the whole site (every page in every language) into
// memory.
func BenchmarkBuild(b *testing.B) {
	src := docsFS(b)
	for b.Loop() {
		out := memFS(b, nil)
		if _, err := Build(src, out, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// Every description the reference pages show has a German and a Russian
// text, and a description changed in the engine shows up here until it is
// translated again.
func TestReferenceIsTranslated(t *testing.T) {
	texts := referenceTexts()
	if len(texts) < 100 {
		t.Fatalf("only %d reference texts found", len(texts))
	}
	keys := formatKeys()
	for _, lang := range []string{"de", "ru"} {
		var missing []string
		for _, s := range texts {
			if tr(lang, s) == s && !keys[s] {
				missing = append(missing, s)
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s: %d reference texts without a translation (add them to refstrings_%s.go):\n%s", lang, len(missing), lang, strings.Join(missing, "\n"))
		}
		known := map[string]bool{}
		for _, s := range texts {
			known[s] = true
		}
		for k := range refTexts[lang] {
			if !known[k] {
				t.Errorf("%s: refstrings_%s.go translates %q, which no page shows any more", lang, lang, k)
			}
		}
	}
}

// formatKeys are the keys of the format: a mapping named like its key
// (org, crm) keeps that name in every language.
func formatKeys() map[string]bool {
	keys := map[string]bool{}
	eachShape(func(s *config.Shape) {
		for _, f := range s.Fields {
			keys[f.Key] = true
		}
	})
	return keys
}

func TestUpperFirst(t *testing.T) {
	for in, want := range map[string]string{"": "", "user": "User", "отдел": "Отдел", "übung": "Übung", "`crm`": "`crm`"} {
		if got := upperFirst(in); got != want {
			t.Errorf("upperFirst(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLeadStatusRows: a lead's stage rows are headed "status", as Bitrix24
// calls them, a deal's "stage", in each language.
func TestLeadStatusRows(t *testing.T) {
	ex := "```rolelens\nrolelens: 1\nsystem: bitrix24\norg:\n  users: [{id: anna}]\ncrm:\n  roles:\n    - id: r\n      permissions:\n" +
		"        lead: {read: all, stages: {JUNK: {read: own}}}\n        deal: {read: all, stages: {WON: {read: own}}}\n  assignments:\n    - {role: r, to: [user:anna]}\n```\n"
	for lang, want := range map[string][2]string{"en": {"status JUNK", "stage WON"}, "de": {"Status JUNK", "Phase WON"}, "ru": {"статус JUNK", "стадия WON"}} {
		out := memFS(t, nil)
		files := map[string]string{"en/index.md": page + "\n" + ex}
		if lang != "en" {
			// A translation names the hash of the original it follows.
			files[lang+"/index.md"] = strings.Replace(page, "key: k\n", "key: k\nsource-hash: bdc4c60eb6dc\n", 1) + "\n" + ex
		}
		if _, err := Build(memFS(t, files), out, Options{}); err != nil {
			t.Fatal(err)
		}
		got := read(t, out, lang+"/index.html")
		for _, w := range want {
			if !strings.Contains(got, `<td class="stage">`+w+`</td>`) {
				t.Errorf("%s: no stage row headed %q", lang, w)
			}
		}
	}
}
