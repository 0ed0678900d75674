package config

import (
	"bytes"
	"sort"
	"strconv"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"rolelens/engine/diag"
)

// Limits bound what a configuration may hold, so that hostile input gets a
// diagnostic instead of a hang or a crash.
const (
	MaxBytes       = 16 << 20
	MaxDepth       = 100
	MaxAliasNodes  = 1_000_000 // nodes added by alias expansion
	MaxUsers       = 100_000
	MaxDepartments = 20_000
	MaxItems       = 100_000 // any other list
	MaxValueChars  = 4096    // any scalar: ids, names, titles
)

// reader turns yaml nodes into model values and diagnostics.
type reader struct {
	src       []byte
	lineStart []int  // byte offset of each line, 0-based index
	wide      []bool // wide[i]: line i+1 holds a byte outside ASCII
	diags     diag.List
	ends      map[*yaml.Node]diag.Pos
	runeMarks map[int]*runeMarks // long lines: rune-to-byte checkpoints
	memo      *memo              // sections read for a Cache; nil without one
}

func newReader(src []byte) *reader {
	r := &reader{src: src, lineStart: []int{0}, ends: map[*yaml.Node]diag.Pos{}}
	// Which lines are all ASCII, found in the same pass: on those a rune
	// column is a byte offset, and most lines of most configurations are.
	// Counting runes up to every scalar's column was a fifth of the time
	// of loading an edited 1,000-user text.
	var high byte
	for i, b := range src {
		high |= b
		if b == '\n' {
			r.lineStart = append(r.lineStart, i+1)
			r.wide = append(r.wide, high >= utf8.RuneSelf)
			high = 0
		}
	}
	r.wide = append(r.wide, high >= utf8.RuneSelf)
	return r
}

func (r *reader) add(code diag.Code, rg diag.Range, args ...string) *diag.Diagnostic {
	r.diags = append(r.diags, diag.New(code, rg, args...))
	return &r.diags[len(r.diags)-1]
}

// suggestAdd reports code at rg and attaches suggestions for word.
func (r *reader) suggestAdd(code diag.Code, rg diag.Range, word string, known []string, args ...string) {
	d := r.add(code, rg, args...)
	d.Suggest = diag.Suggest(word, known)
}

// deref follows aliases to the node they stand for.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	return n
}

// rng is the range of a node: scalars end after their source text,
// collections after their last descendant.
func (r *reader) rng(n *yaml.Node) diag.Range {
	if n == nil {
		return diag.Range{}
	}
	start := diag.Pos{Line: n.Line, Col: n.Column}
	return diag.Range{Start: start, End: r.end(n)}
}

func (r *reader) end(n *yaml.Node) diag.Pos {
	if n.Kind == yaml.ScalarNode {
		return r.scalarEnd(n)
	}
	if e, ok := r.ends[n]; ok {
		return e
	}
	var e diag.Pos
	switch n.Kind {
	case yaml.ScalarNode, yaml.AliasNode:
		e = r.scalarEnd(n)
	default:
		e = diag.Pos{Line: n.Line, Col: n.Column + 1}
		if len(n.Content) > 0 {
			if last := r.end(n.Content[len(n.Content)-1]); e.Less(last) {
				e = last
			}
		}
		if n.Style&yaml.FlowStyle != 0 {
			e = r.closeBracket(e)
		}
	}
	r.ends[n] = e
	return e
}

// scalarEnd finds where a scalar's source text ends on its first line.
func (r *reader) scalarEnd(n *yaml.Node) diag.Pos {
	line := r.line(n.Line)
	off := r.runeOffset(n.Line, line, n.Column-1)
	if off < 0 || off >= len(line) {
		return diag.Pos{Line: n.Line, Col: n.Column + 1}
	}
	rest := line[off:]
	var k int // bytes of the token on this line
	switch {
	case n.Kind == yaml.AliasNode || rest[0] == '*' || rest[0] == '&':
		k = tokenLen(rest, 1)
	case rest[0] == '"':
		k = len(rest)
		for i := 1; i < len(rest); i++ {
			if rest[i] == '\\' {
				i++
			} else if rest[i] == '"' {
				k = i + 1
				break
			}
		}
	case rest[0] == '\'':
		k = len(rest)
		for i := 1; i < len(rest); i++ {
			if rest[i] == '\'' {
				if i+1 < len(rest) && rest[i+1] == '\'' {
					i++
					continue
				}
				k = i + 1
				break
			}
		}
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		k = 1
	default:
		k = len(n.Value)
		if !bytes.HasPrefix(rest, []byte(n.Value)) {
			k = tokenLen(rest, 0)
		}
	}
	if k == 0 {
		k = 1
	}
	return diag.Pos{Line: n.Line, Col: n.Column + utf8.RuneCount(rest[:min(k, len(rest))])}
}

// tokenLen measures a plain token: up to a flow indicator, ": " or a comment.
func tokenLen(b []byte, from int) int {
	i := from
	for i < len(b) {
		c := b[i]
		if c == ',' || c == ']' || c == '}' || c == '\r' || (c == ' ' && (i+1 >= len(b) || b[i+1] == '#')) {
			break
		}
		if c == ':' && (i+1 >= len(b) || b[i+1] == ' ') {
			break
		}
		i++
	}
	for i > from && b[i-1] == ' ' {
		i--
	}
	return i
}

// closeBracket moves past the closing bracket of a flow collection.
func (r *reader) closeBracket(e diag.Pos) diag.Pos {
	for ln := e.Line; ln <= len(r.lineStart) && ln < e.Line+50; ln++ {
		line := r.line(ln)
		start := 0
		if ln == e.Line {
			start = r.runeOffset(ln, line, e.Col-1)
			if start < 0 {
				return e
			}
		}
		for i := start; i < len(line); i++ {
			switch line[i] {
			case ' ', '\t', ',', '\r':
				continue
			case '}', ']':
				return diag.Pos{Line: ln, Col: r.runeCount(ln, line, i) + 2}
			}
			return e
		}
	}
	return e
}

func (r *reader) line(n int) []byte {
	if n < 1 || n > len(r.lineStart) {
		return nil
	}
	s := r.lineStart[n-1]
	e := len(r.src)
	if n < len(r.lineStart) {
		e = r.lineStart[n] - 1
	}
	return r.src[s:e]
}

// ascii tells whether line n (1-based) is all ASCII.
func (r *reader) ascii(n int) bool { return n >= 1 && n <= len(r.wide) && !r.wide[n-1] }

// runeMarks indexes one long line that is not all ASCII: every markStep
// runes, the byte offset, so that positions on a single huge line (a whole
// file written as one flow collection) cost O(markStep) each instead of
// O(line length).
type runeMarks struct {
	marks []int // marks[k] is the byte offset of rune k*markStep
}

const (
	markStep    = 256
	longLineLen = 1024
)

func (r *reader) marks(n int, line []byte) *runeMarks {
	if m, ok := r.runeMarks[n]; ok {
		return m
	}
	m := &runeMarks{}
	k := 0
	for off := 0; off < len(line); k++ {
		if k%markStep == 0 {
			m.marks = append(m.marks, off)
		}
		_, sz := utf8.DecodeRune(line[off:])
		off += sz
	}
	if k%markStep == 0 {
		m.marks = append(m.marks, len(line))
	}
	if r.runeMarks == nil {
		r.runeMarks = map[int]*runeMarks{}
	}
	r.runeMarks[n] = m
	return m
}

// runeOffset returns the byte offset of rune index i in line n, or -1.
func (r *reader) runeOffset(n int, line []byte, i int) int {
	if i >= 0 && r.ascii(n) {
		if i > len(line) {
			return -1
		}
		return i
	}
	if len(line) < longLineLen || i < 0 {
		return runeOffset(line, i)
	}
	m := r.marks(n, line)
	k := i / markStep
	if k >= len(m.marks) {
		k = len(m.marks) - 1
	}
	off := runeOffset(line[m.marks[k]:], i-k*markStep)
	if off < 0 {
		return -1
	}
	return m.marks[k] + off
}

// runeCount returns the number of runes in line[:off] of line n.
func (r *reader) runeCount(n int, line []byte, off int) int {
	if r.ascii(n) {
		return off
	}
	if len(line) < longLineLen {
		return utf8.RuneCount(line[:off])
	}
	m := r.marks(n, line)
	k := sort.SearchInts(m.marks, off+1) - 1
	return k*markStep + utf8.RuneCount(line[m.marks[k]:off])
}

// runeOffset returns the byte offset of rune index i in b, or -1.
func runeOffset(b []byte, i int) int {
	off := 0
	for k := 0; k < i; k++ {
		if off >= len(b) {
			return -1
		}
		if b[off] < utf8.RuneSelf { // most configurations are mostly ASCII
			off++
			continue
		}
		_, sz := utf8.DecodeRune(b[off:])
		off += sz
	}
	return off
}

// kindName names a node's shape for "expected X, found Y".
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "nothing"
		}
		return "a " + tagName(n.Tag) + " (" + strconv.Quote(clip(n.Value)) + ")"
	}
	return "something else"
}

func tagName(t string) string {
	switch t {
	case "!!bool":
		return "boolean"
	case "!!int", "!!float":
		return "number"
	}
	return "text"
}

func clip(s string) string {
	if utf8.RuneCountInString(s) > 40 {
		return string([]rune(s)[:40]) + "…"
	}
	return s
}

// checkShape walks the document once, with aliases expanded, to bound depth
// and expansion before anything else looks at it. Sizes are memoized per
// node, so the walk is linear in the file even for alias bombs.
func (r *reader) checkShape(root *yaml.Node) bool {
	size := map[*yaml.Node]int{}
	height := map[*yaml.Node]int{}
	var measure func(n *yaml.Node, guard int) (int, int)
	measure = func(n *yaml.Node, guard int) (int, int) {
		if s, ok := size[n]; ok {
			return s, height[n]
		}
		if guard > 10_000 { // recursive alias chains are not valid YAML; never loop
			return MaxAliasNodes * 2, MaxDepth * 2
		}
		s, h := 1, 0
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			s, h = measure(n.Alias, guard+1)
		} else {
			for _, c := range n.Content {
				cs, ch := measure(c, guard+1)
				s += cs
				if ch > h {
					h = ch
				}
				if s > 1<<40 {
					s = 1 << 40
				}
			}
			if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode {
				h++
			}
		}
		size[n], height[n] = s, h
		return s, h
	}
	// Plain node count without alias expansion, and the first too-deep node.
	plain := 0
	var deepAt, longAt *yaml.Node
	longN := 0
	var walk func(n *yaml.Node, depth int)
	walk = func(n *yaml.Node, depth int) {
		plain++
		if longAt == nil && len(n.Value) > MaxValueChars {
			if c := utf8.RuneCountInString(n.Value); c > MaxValueChars {
				longAt, longN = n, c
			}
		}
		if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode {
			depth++
		}
		if deepAt != nil {
			return
		}
		if depth > MaxDepth {
			deepAt = n
			return
		}
		if n.Kind == yaml.AliasNode && n.Alias != nil {
			if _, h := measure(n.Alias, 0); depth+h > MaxDepth {
				deepAt = n
			}
			return
		}
		for _, c := range n.Content {
			walk(c, depth)
		}
	}
	walk(root, 0)
	if deepAt != nil {
		r.add("E003", r.rng(deepAt), strconv.Itoa(MaxDepth))
		return false
	}
	if longAt != nil {
		r.add("E011", r.rng(longAt), strconv.Itoa(longN), strconv.Itoa(MaxValueChars))
		return false
	}
	if len(size) == 0 {
		return true // no alias: nothing expands
	}
	if total, _ := measure(root, 0); total-plain > MaxAliasNodes {
		r.add("E004", r.rng(firstAlias(root)), strconv.Itoa(MaxAliasNodes))
		return false
	}
	return true
}

// firstAlias returns the first alias in reading order, or n itself when
// there is none.
func firstAlias(n *yaml.Node) *yaml.Node {
	if a := findAlias(n); a != nil {
		return a
	}
	return n
}

func findAlias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode {
		return n
	}
	for _, c := range n.Content {
		if a := findAlias(c); a != nil {
			return a
		}
	}
	return nil
}
