package docsite

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html/template"
	"strings"

	"github.com/hack-pad/hackpadfs"
	"github.com/yuin/goldmark"
)

var (
	//go:embed assets/page.html
	pageTemplate string
	//go:embed assets/docs.css
	docsCSS []byte
	//go:embed assets/docs.js
	docsJS []byte
	//go:embed assets/index.html
	rootIndexTemplate string

	pageTmpl = template.Must(template.New("page").Parse(pageTemplate))
	rootTmpl = template.Must(template.New("index").Parse(rootIndexTemplate))
)

// pageOut is one page of one language, ready for the template.
type pageOut struct {
	info     PageInfo
	content  *source // what is shown: the translation or the original
	conv     *converted
	descr    string
	indexing bool // false for pages that show another language's text
}

type link struct {
	Href, Text, Lang string
	Current          bool
}

type pageData struct {
	Lang, Title, Description, Slug string
	ContentLang                    string
	Index                          bool
	Alternates                     []link
	XDefault                       string
	Langs, Nav                     []link
	TOC                            []tocEntry
	Banner, Original, OriginalHref string
	Body                           template.HTML
	L                              func(string) string
}

func (b *builder) render() error {
	mds := map[string]goldmark.Markdown{}
	for _, l := range b.opt.Languages {
		mds[l] = newMarkdown(l)
	}
	b.pages = map[string]map[string]*pageOut{}
	cache := newExampleCache()
	defer func() { b.problems = append(b.problems, cache.problems...) }()
	coverage := make([]CoverageRow, len(b.originals))
	for i, o := range b.originals {
		coverage[i] = CoverageRow{Key: o.fm.Key, Slug: slugOf(o), Status: map[string]string{}}
	}
	for li, lang := range b.opt.Languages {
		b.pages[lang] = map[string]*pageOut{}
		for i, o := range b.originals {
			content, status := o, StatusSource
			if li > 0 {
				status = StatusMissing
				if t := b.trans[lang][o.fm.Key]; t != nil {
					content, status = t, StatusCurrent
					if t.fm.SourceHash != o.hash {
						status = StatusOutdated
					}
				}
			}
			coverage[i].Status[lang] = status
			body := content.body
			if g := o.fm.Generate; g != "" {
				gen, err := generated(g, lang)
				if err != nil {
					return fmt.Errorf("%s:1: %v", o.file, err)
				}
				body = append(append(append([]byte(nil), body...), '\n'), gen...)
			}
			pc := &pageCtx{file: content.file, lineBase: content.bodyLine - 1, lang: lang, site: cache}
			conv, err := convert(mds[content.lang], body, pc)
			if err != nil {
				return fmt.Errorf("%s: %v", content.file, err)
			}
			p := &pageOut{
				info: PageInfo{Lang: lang, Key: o.fm.Key, Slug: slugOf(o), Title: content.fm.Title, Order: o.fm.Order,
					Status: status, Examples: conv.Examples},
				content: content, conv: conv, descr: content.fm.Description, indexing: status != StatusMissing,
			}
			b.pages[lang][o.fm.Key] = p
			b.res.Pages = append(b.res.Pages, p.info)
		}
	}
	b.res.Coverage = coverage
	for _, lang := range b.opt.Languages {
		for _, o := range b.originals {
			if err := b.writePage(b.pages[lang][o.fm.Key]); err != nil {
				return err
			}
		}
		if err := b.writeSearch(lang); err != nil {
			return err
		}
	}
	var root bytes.Buffer
	var langs []link
	for _, l := range b.opt.Languages {
		langs = append(langs, link{Href: l + "/index.html", Text: languageNames[l], Lang: l})
	}
	if err := rootTmpl.Execute(&root, langs); err != nil {
		return err
	}
	for name, data := range map[string][]byte{"docs.css": docsCSS, "docs.js": docsJS, "index.html": root.Bytes(), "sitemap.xml": b.sitemap()} {
		if err := b.write(name, data); err != nil {
			return err
		}
	}
	return nil
}

func (b *builder) write(name string, data []byte) error {
	if dir := pathDir(name); dir != "" {
		if err := hackpadfs.MkdirAll(b.out, dir, 0o755); err != nil {
			return err
		}
	}
	if err := hackpadfs.WriteFullFile(b.out, name, data, 0o644); err != nil {
		return err
	}
	b.res.Files = append(b.res.Files, name)
	return nil
}

func pathDir(name string) string {
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		return name[:i]
	}
	return ""
}

// href is the address of a page of lang as seen from another page of the
// docs, or absolute when a base URL is known.
func (b *builder) href(lang, slug string, absolute bool) string {
	if absolute && b.opt.BaseURL != "" {
		return b.opt.BaseURL + lang + "/" + slug + ".html"
	}
	return "../" + lang + "/" + slug + ".html"
}

func (b *builder) writePage(p *pageOut) error {
	lang, slug := p.info.Lang, p.info.Slug
	d := pageData{
		Lang: lang, Title: p.info.Title, Description: p.descr, Slug: slug, Index: p.indexing,
		TOC: p.conv.TOC, Body: template.HTML(p.conv.HTML), // goldmark escapes text and drops raw HTML
		L: func(k string) string { return label(lang, k) },
	}
	if p.content.lang != lang {
		d.ContentLang = p.content.lang
	}
	for _, l := range b.opt.Languages {
		q := b.pages[l][p.info.Key]
		d.Langs = append(d.Langs, link{Href: b.href(l, slug, false), Text: languageNames[l], Lang: l, Current: l == lang})
		if q.indexing {
			d.Alternates = append(d.Alternates, link{Href: b.href(l, slug, true), Lang: l})
		}
	}
	d.XDefault = b.href(b.srcLang(), slug, true)
	for _, o := range b.originals {
		q := b.pages[lang][o.fm.Key]
		d.Nav = append(d.Nav, link{Href: q.info.Slug + ".html", Text: q.info.Title, Current: q == p})
	}
	switch p.info.Status {
	case StatusMissing:
		d.Banner = label(lang, "ui.missing")
	case StatusOutdated:
		d.Banner = label(lang, "ui.outdated")
	}
	if d.Banner != "" {
		d.Original, d.OriginalHref = label(lang, "ui.original"), b.href(b.srcLang(), slug, false)
	}
	var buf bytes.Buffer
	if err := pageTmpl.Execute(&buf, d); err != nil {
		return err
	}
	return b.write(lang+"/"+slug+".html", buf.Bytes())
}

// searchEntry is one page in a language's search index.
type searchEntry struct {
	URL      string     `json:"url"`
	Title    string     `json:"title"`
	Headings []tocEntry `json:"headings"`
	Text     string     `json:"text"`
}

func (b *builder) writeSearch(lang string) error {
	var idx []searchEntry
	for _, o := range b.originals {
		p := b.pages[lang][o.fm.Key]
		h := p.conv.TOC
		if h == nil {
			h = []tocEntry{}
		}
		idx = append(idx, searchEntry{URL: p.info.Slug + ".html", Title: p.info.Title, Headings: h, Text: strings.Join(strings.Fields(p.conv.Text), " ")})
	}
	data, err := json.Marshal(idx)
	if err != nil {
		return err
	}
	return b.write(lang+"/search.json", data)
}

// sitemap lists every page that is in its own language, with its
// translations as alternates.
func (b *builder) sitemap() []byte {
	type alt struct {
		XMLName  xml.Name `xml:"xhtml:link"`
		Rel      string   `xml:"rel,attr"`
		Hreflang string   `xml:"hreflang,attr"`
		Href     string   `xml:"href,attr"`
	}
	type url struct {
		Loc  string `xml:"loc"`
		Alts []alt
	}
	loc := func(lang, slug string) string { return b.opt.BaseURL + lang + "/" + slug + ".html" }
	var urls []url
	for _, lang := range b.opt.Languages {
		for _, o := range b.originals {
			p := b.pages[lang][o.fm.Key]
			if !p.indexing {
				continue
			}
			u := url{Loc: loc(lang, p.info.Slug)}
			for _, l := range b.opt.Languages {
				if b.pages[l][o.fm.Key].indexing {
					u.Alts = append(u.Alts, alt{Rel: "alternate", Hreflang: l, Href: loc(l, p.info.Slug)})
				}
			}
			u.Alts = append(u.Alts, alt{Rel: "alternate", Hreflang: "x-default", Href: loc(b.srcLang(), p.info.Slug)})
			urls = append(urls, u)
		}
	}
	var buf bytes.Buffer
	buf.WriteString(xml.Header)
	buf.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n")
	for _, u := range urls {
		data, _ := xml.MarshalIndent(struct {
			XMLName xml.Name `xml:"url"`
			url
		}{url: u}, "", "  ")
		buf.Write(data)
		buf.WriteByte('\n')
	}
	buf.WriteString("</urlset>\n")
	return buf.Bytes()
}
