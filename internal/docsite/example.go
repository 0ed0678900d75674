package docsite

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"fmt"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"rolelens/engine"
	"rolelens/engine/testrun"
)

// A fenced block marked `rolelens` is a configuration. The extension loads
// it with the engine, runs its tests, and replaces the block by the
// configuration, its effective-access table and a playground link. Any
// diagnostic or failing test is a build problem at the file's line.
//
// The info string may narrow the table: ```rolelens users=anna,bob entities=lead,deal

// kindExample is the AST node kind of a resolved example.
var kindExample = ast.NewNodeKind("RolelensExample")

type exampleNode struct {
	ast.BaseBlock
	html []byte
}

func (n *exampleNode) Kind() ast.NodeKind { return kindExample }

func (n *exampleNode) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// pageKey carries the page being converted through goldmark's parser
// context, so the transformer knows the file, its line offset and where to
// report problems.
var pageKey = parser.NewContextKey()

type pageCtx struct {
	file     string // as shown in problems, e.g. docs/en/recipes.md
	lineBase int    // file line of the body's first line, minus one
	lang     string // the reader's language: labels of the tables
	site     *exampleCache
	examples int
}

// exampleCache resolves each example once per build, though every language
// shows it, and reports each problem once.
type exampleCache struct {
	docs     map[string]*loadedExample
	problems []Problem
	seen     map[Problem]bool
}

type loadedExample struct {
	doc      *engine.Document
	rep      testrun.Report
	fragment string // the playground link's fragment
}

func newExampleCache() *exampleCache {
	return &exampleCache{docs: map[string]*loadedExample{}, seen: map[Problem]bool{}}
}

func (c *exampleCache) report(p Problem) {
	if !c.seen[p] {
		c.seen[p] = true
		c.problems = append(c.problems, p)
	}
}

func (c *exampleCache) load(cfg []byte) *loadedExample {
	if e, ok := c.docs[string(cfg)]; ok {
		return e
	}
	e := &loadedExample{doc: engine.Load(cfg), fragment: PlaygroundFragment(cfg)}
	if e.doc.OK() {
		e.rep = e.doc.Test()
	}
	c.docs[string(cfg)] = e
	return e
}

type exampleExtension struct{}

func (exampleExtension) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(exampleTransformer{}, 100)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(exampleRenderer{}, 100)))
}

type exampleTransformer struct{}

func (exampleTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	p, _ := pc.Get(pageKey).(*pageCtx)
	if p == nil {
		return
	}
	src := reader.Source()
	var blocks []*ast.FencedCodeBlock
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if fc, ok := n.(*ast.FencedCodeBlock); ok && entering && string(fc.Language(src)) == "rolelens" {
			blocks = append(blocks, fc)
		}
		return ast.WalkContinue, nil
	})
	for _, fc := range blocks {
		var cfg bytes.Buffer
		lines := fc.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			cfg.Write(seg.Value(src))
		}
		// The fence is the line before the first content line.
		first := 1
		if lines.Len() > 0 {
			first = 1 + bytes.Count(src[:lines.At(0).Start], []byte("\n"))
		}
		info := ""
		if fc.Info != nil {
			info = string(fc.Info.Segment.Value(src))
		}
		p.examples++
		out := renderExample(cfg.Bytes(), info, p, p.lineBase+first)
		n := &exampleNode{html: out}
		fc.Parent().ReplaceChild(fc.Parent(), fc, n)
	}
}

type exampleRenderer struct{}

func (exampleRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindExample, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			_, _ = w.Write(n.(*exampleNode).html)
		}
		return ast.WalkSkipChildren, nil
	})
}

// Problem is a build error at a place in a source file.
type Problem struct {
	File string
	Line int
	Col  int
	Msg  string
}

func (p Problem) String() string {
	if p.Line == 0 {
		return p.File + ": " + p.Msg
	}
	if p.Col > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
}

// PlaygroundFragment is the share format the playground reads: "v1="
// followed by base64url without padding of the raw DEFLATE of the text.
func PlaygroundFragment(cfg []byte) string {
	var b bytes.Buffer
	w, _ := flate.NewWriter(&b, flate.BestCompression)
	_, _ = w.Write(cfg)
	_ = w.Close()
	return "v1=" + base64.RawURLEncoding.EncodeToString(b.Bytes())
}
