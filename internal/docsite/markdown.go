package docsite

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// quotes are each language's typographic quotes: double open, double
// close, single open, single close.
var quotes = map[string][4]string{
	"en": {"“", "”", "‘", "’"},
	"de": {"„", "“", "‚", "‘"},
	"ru": {"«", "»", "„", "“"},
}

// newMarkdown returns the converter of one language: tables, explicit
// heading ids ({#id}), the language's quotes and rolelens examples.
func newMarkdown(lang string) goldmark.Markdown {
	q, ok := quotes[lang]
	if !ok {
		q = quotes["en"]
	}
	return goldmark.New(
		goldmark.WithExtensions(
			extension.NewTable(extension.WithTableCellAlignMethod(extension.TableCellAlignNone)),
			extension.Strikethrough,
			extension.NewTypographer(extension.WithTypographicSubstitutions(map[extension.TypographicPunctuation]string{
				extension.LeftDoubleQuote:  q[0],
				extension.RightDoubleQuote: q[1],
				extension.LeftSingleQuote:  q[2],
				extension.RightSingleQuote: q[3],
				extension.Apostrophe:       "’",
				extension.EnDash:           "–",
				extension.EmDash:           "—",
				extension.Ellipsis:         "…",
				extension.LeftAngleQuote:   "«",
				extension.RightAngleQuote:  "»",
			})),
			exampleExtension{},
		),
		goldmark.WithParserOptions(parser.WithAutoHeadingID(), parser.WithAttribute()),
	)
}

// headingIDs makes heading anchors that stay readable in every language:
// lower-case letters and digits of any script are kept, spaces become '-',
// punctuation goes. Repeated anchors get -1, -2, ...
type headingIDs struct{ seen map[string]bool }

func newHeadingIDs() *headingIDs { return &headingIDs{seen: map[string]bool{}} }

func (h *headingIDs) Generate(value []byte, _ ast.NodeKind) []byte {
	id := slugify(string(value))
	if id == "" {
		id = "section"
	}
	base := id
	for i := 1; h.seen[id]; i++ {
		id = base + "-" + strconv.Itoa(i)
	}
	h.seen[id] = true
	return []byte(id)
}

func (h *headingIDs) Put(value []byte) { h.seen[string(value)] = true }

// slugify turns heading text into an anchor: "Levels, own to all" ->
// "levels-own-to-all", "Übersicht der Rollen" -> "übersicht-der-rollen",
// "Роли и права" -> "роли-и-права".
func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case unicode.IsSpace(r) || r == '-' || r == '_':
			dash = true
		}
	}
	return b.String()
}

// tocEntry is a heading of a page, for its table of contents and the
// search index.
type tocEntry struct {
	Level int    `json:"-"`
	ID    string `json:"id"`
	Text  string `json:"text"`
}

// converted is one page's Markdown turned into HTML, with what the
// templates and the search index need.
type converted struct {
	HTML     []byte
	TOC      []tocEntry
	Text     string // plain text, for search
	Examples int
}

func convert(md goldmark.Markdown, body []byte, p *pageCtx) (*converted, error) {
	ctx := parser.NewContext(parser.WithIDs(newHeadingIDs()))
	ctx.Set(pageKey, p)
	doc := md.Parser().Parse(text.NewReader(body), parser.WithContext(ctx))
	out := &converted{Examples: p.examples}
	var plain strings.Builder
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading:
			id, _ := n.AttributeString("id")
			idb, _ := id.([]byte)
			t := nodeText(n, body)
			if n.Level >= 2 && n.Level <= 3 {
				out.TOC = append(out.TOC, tocEntry{Level: n.Level, ID: string(idb), Text: t})
			}
			plain.WriteString(t)
			plain.WriteByte(' ')
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *east.TableCell:
			plain.WriteString(nodeText(n, body))
			plain.WriteByte(' ')
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	out.Text = plain.String()
	var buf bytes.Buffer
	if err := md.Renderer().Render(&buf, body, doc); err != nil {
		return nil, err
	}
	out.HTML = buf.Bytes()
	return out, nil
}

// nodeText is the text of an inline tree, as a reader sees it.
func nodeText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(c.Value)
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}
