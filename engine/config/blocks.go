package config

import (
	"bytes"
	"slices"

	"go.yaml.in/yaml/v3"

	"rolelens/engine/diag"
)

// A Cache keeps the parsed YAML of a text's top-level sections, so that
// parsing an edited text reads again only the sections that changed. A
// playground parses the whole text on every edit, and a 1,000-user
// organisation is most of it while an edit usually touches a role: YAML
// parsing was about half of the time of Parse (CPU profile of the 1k
// benchmark). The zero value is ready; a Cache is not safe for concurrent
// use.
//
// Only texts of the plain shape take this way: a mapping whose keys start
// their lines at column 0, with no anchor, alias, document marker or
// directive. Anything else, and any section that does not read cleanly on
// its own, is parsed whole as before, so that the result and the
// diagnostics are always those of a whole parse (FuzzCacheMatchesParse
// holds them equal).
type Cache struct {
	blocks map[string]*section
	reads  map[*yaml.Node]*sectionRead // what the last text's sections read as
}

// sectionRead is what reading one section gave: the model's fields it
// fills (in part) and its diagnostics, for the nodes of a section that is
// read again unchanged at the same place. Reading the 1,000 users of an
// organisation again after an edit of a role was most of the time of a
// cached parse (CPU profile of BenchmarkEdit).
type sectionRead struct {
	name      string
	system    System
	line, col int
	part      Config
	diags     diag.List
}

// memo is a reader's view of a Cache's section reads: the last text's,
// and this text's as they are read.
type memo struct {
	prev, next map[*yaml.Node]*sectionRead
}

// section reads the top-level section name, whose value is n, into cfg
// with read; take copies the fields read fills from one configuration to
// another. Through a Cache, the value nodes of a section that did not
// change are those of the last text, and when they are still at the same
// place, for the same system, what they read as last time is taken again.
// A section's reading depends on nothing but its nodes and the system.
func (r *reader) section(cfg *Config, name string, n *yaml.Node, read func(*Config, *yaml.Node), take func(dst, src *Config)) {
	if r.memo == nil || n == nil {
		read(cfg, n)
		return
	}
	if s := r.memo.prev[n]; s != nil && s.name == name && s.system == cfg.System && s.line == n.Line && s.col == n.Column {
		take(cfg, &s.part)
		r.diags = append(r.diags, s.diags...)
		r.memo.next[n] = s
		return
	}
	s := &sectionRead{name: name, system: cfg.System, line: n.Line, col: n.Column}
	s.part.System = cfg.System
	start := len(r.diags)
	read(&s.part, n)
	s.diags = slices.Clone(r.diags[start:])
	take(cfg, &s.part)
	r.memo.next[n] = s
}

// maxCachedBytes bounds the texts a Cache keeps: the nodes take about
// twenty times the text (46 MB for a 2.3 MB organisation of 10,000 users),
// and a larger text is parsed whole, keeping nothing.
const maxCachedBytes = 4 << 20

// section is one top-level key and its value, as parsed, with the line its
// nodes are numbered from.
type section struct {
	key, value *yaml.Node
	line       int
}

// document returns the root mapping of src assembled from its sections,
// parsing only those not seen in the previous text; ok is false when src
// is not of the plain shape and must be parsed whole.
func (c *Cache) document(src []byte) (root *yaml.Node, ok bool) {
	if len(src) > maxCachedBytes {
		c.blocks = nil
		return nil, false
	}
	if otherBreaks(src) {
		return nil, false
	}
	starts, lines, ok := splitSections(src)
	if !ok {
		return nil, false
	}
	prev := c.blocks
	next := make(map[string]*section, len(starts))
	root = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: lines[0], Column: 1,
		Content: make([]*yaml.Node, 0, 2*len(starts))}
	for i, start := range starts {
		end := len(src)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		text := string(src[start:end])
		s := next[text] // the same section twice: the nodes must not be shared
		if s != nil {
			return nil, false
		}
		if s = prev[text]; s != nil {
			if d := lines[i] - s.line; d != 0 {
				shift(s.key, d)
				shift(s.value, d)
				s.line = lines[i]
			}
		} else if s = parseSection(text, lines[i]); s == nil {
			return nil, false
		}
		next[text] = s
		root.Content = append(root.Content, s.key, s.value)
	}
	c.blocks = next
	return root, true
}

// parseSection parses one top-level section on its own, numbering its
// nodes from line; nil when it does not read as exactly one plain key and
// its value.
func parseSection(text string, line int) *section {
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		return nil
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil
	}
	m := doc.Content[0]
	if m.Kind != yaml.MappingNode || m.Tag != "!!map" || m.Anchor != "" || len(m.Content) != 2 {
		return nil
	}
	s := &section{key: m.Content[0], value: m.Content[1], line: line}
	if !plainTree(s.key) || !plainTree(s.value) {
		return nil
	}
	shift(s.key, line-1)
	shift(s.value, line-1)
	return s
}

// plainTree tells a tree without anchors and aliases: those may reach
// across sections, so a text with any is parsed whole.
func plainTree(n *yaml.Node) bool {
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		return false
	}
	for _, c := range n.Content {
		if !plainTree(c) {
			return false
		}
	}
	return true
}

// shift moves a tree d lines down (or up).
func shift(n *yaml.Node, d int) {
	n.Line += d
	for _, c := range n.Content {
		shift(c, d)
	}
}

// splitSections finds the top-level sections of src: the byte offset and
// 1-based line of each line that starts a key at column 0. Before the
// first, only blank and comment lines may come; after it, lines at column
// 0 may only be comments, block sequence entries ("- ", which YAML allows
// at the key's own indentation) or new keys. Anything else (document
// markers, directives, flow collections, quoted or complex keys, a byte
// order mark) means the text is parsed whole.
func splitSections(src []byte) (starts, lines []int, ok bool) {
	line := 0
	for at := 0; at < len(src); {
		line++
		end := at
		for end < len(src) && src[end] != '\n' {
			end++
		}
		l := src[at:end]
		at = end + 1
		if len(l) == 0 {
			continue
		}
		// Lines before the first section are parsed by no section: the
		// characters YAML refuses anywhere must be refused there too.
		if len(starts) == 0 && !printable(l) {
			return nil, nil, false
		}
		switch c := l[0]; {
		case c == '#':
			continue
		case c == ' ' || c == '\r':
			// Indented content belongs to the section above; before the
			// first one, only blank lines and comments may come.
			if len(starts) == 0 && !blankOrComment(l) {
				return nil, nil, false
			}
			continue
		case c == '-' && len(starts) > 0 && (len(l) == 1 || l[1] == ' ' || l[1] == '\r'):
			continue
		case isKeyLine(l):
			starts = append(starts, at-len(l)-1)
			lines = append(lines, line)
		default:
			return nil, nil, false
		}
	}
	return starts, lines, len(starts) > 0
}

func blankOrComment(l []byte) bool {
	for _, c := range l {
		switch c {
		case ' ', '\r':
		case '#':
			return true
		default:
			return false
		}
	}
	return true
}

// otherBreaks tells whether src has a line break of YAML's other than a
// newline (after an optional carriage return): a lone carriage return,
// U+0085, U+2028 or U+2029. A whole parse counts them as lines, the
// sections' line numbers do not.
func otherBreaks(src []byte) bool {
	return bytes.Count(src, []byte("\r")) != bytes.Count(src, []byte("\r\n")) ||
		bytes.Contains(src, []byte("\u0085")) || bytes.Contains(src, []byte("\u2028")) || bytes.Contains(src, []byte("\u2029"))
}

// printable tells whether a line holds only characters a YAML stream may:
// tab, carriage return, printable ASCII, U+0085, U+00A0 to U+D7FF, U+E000
// to U+FFFD and beyond U+FFFF. A byte order mark is left to a whole parse,
// which treats it specially.
func printable(l []byte) bool {
	for _, c := range string(l) {
		switch {
		case c == '\t' || c == '\r' || c >= 0x20 && c <= 0x7e, c == 0x85:
		case c >= 0xa0 && c <= 0xd7ff, c >= 0xe000 && c <= 0xfffd && c != 0xfeff, c >= 0x10000 && c <= 0x10ffff:
		default:
			return false
		}
	}
	return true
}

// isKeyLine tells a line that opens a plain key: letters, digits, '_' or
// '-', then ':' and a space or the end of the line.
func isKeyLine(l []byte) bool {
	i := 0
	for i < len(l) {
		c := l[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			break
		}
		i++
	}
	if i == 0 || l[0] == '-' || i >= len(l) || l[i] != ':' {
		return false
	}
	return i+1 == len(l) || l[i+1] == ' ' || l[i+1] == '\r'
}
