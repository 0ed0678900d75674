package config

import (
	"iter"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"rolelens/engine/diag"
)

// mapping is a checked YAML mapping: its values by key, keys in file order.
type mapping struct {
	node  *yaml.Node
	keys  []*yaml.Node
	vals  []*yaml.Node   // parallel to keys
	index map[string]int // for large mappings only: most have a few keys
}

// anyKeys is the shape of a mapping whose keys are data (entities, stages,
// modules), checked by the caller.
var anyKeys = &Shape{Dynamic: &Field{}}

// smallMapping is the most keys looked up by scanning rather than a map:
// a portal's users and records are thousands of small mappings.
const smallMapping = 8

// val returns the value of key as written, or nil.
func (m *mapping) val(key string) *yaml.Node {
	if m == nil {
		return nil
	}
	if m.index != nil {
		if i, ok := m.index[key]; ok {
			return m.vals[i]
		}
		return nil
	}
	for i, k := range m.keys {
		if k.Value == key {
			return m.vals[i]
		}
	}
	return nil
}

// get returns the value of key with aliases followed, or nil.
func (m *mapping) get(key string) *yaml.Node { return deref(m.val(key)) }

func (m *mapping) has(key string) bool { return m.val(key) != nil }

// keyRange is where a key is written, for diagnostics about the pair.
func (r *reader) keyRange(m *mapping, key string) diag.Range {
	for _, k := range m.keys {
		if k.Value == key {
			return r.rng(k)
		}
	}
	return r.rng(m.node)
}

// isNull reports an absent or empty value (`key:` or `key: null`).
func isNull(n *yaml.Node) bool {
	return n == nil || (n.Kind == yaml.ScalarNode && n.Tag == "!!null")
}

// mapping checks that n is a mapping with the keys of sh: unknown,
// duplicate and missing keys are reported. It returns nil when n is not a
// mapping at all. other names keys that belong elsewhere (the other
// system's sections) and get their own code.
func (r *reader) mapping(n *yaml.Node, sh *Shape, other map[string]string) *mapping {
	n = deref(n)
	if n == nil || isNull(n) {
		m := &mapping{node: n}
		if n != nil {
			r.missing(m, sh)
		}
		return m
	}
	if n.Kind != yaml.MappingNode {
		r.add("E006", r.rng(n), "a mapping", kindName(n))
		return nil
	}
	pairs := len(n.Content) / 2
	m := &mapping{node: n, keys: make([]*yaml.Node, 0, pairs), vals: make([]*yaml.Node, 0, pairs)}
	// Duplicates are found among every key written, known or not: in a
	// map for large mappings, by scanning the keys before i for small ones.
	var first map[string]*yaml.Node
	if pairs > smallMapping {
		first = make(map[string]*yaml.Node, pairs)
		m.index = make(map[string]int, pairs)
	}
	firstOf := func(i int, key string) (*yaml.Node, bool) {
		if first != nil {
			f, ok := first[key]
			return f, ok
		}
		for j := 0; j < i; j += 2 {
			if k := deref(n.Content[j]); k.Kind == yaml.ScalarNode && k.Value == key {
				return k, true
			}
		}
		return nil, false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := deref(n.Content[i]), n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			r.add("E006", r.rng(k), "a key", kindName(k))
			continue
		}
		key := k.Value
		if f, dup := firstOf(i, key); dup {
			d := r.add("E103", r.rng(k), key)
			d.Related = []diag.Related{{Range: r.rng(f), Label: "first"}}
			continue
		}
		if first != nil {
			first[key] = k
		}
		if sh != nil && sh.Dynamic == nil && sh.Field(key) == nil {
			if sys, ok := other[key]; ok {
				r.add("E119", r.rng(k), key, sys)
			} else {
				r.suggestAdd("E101", r.rng(k), key, sh.Keys(), key)
			}
			continue
		}
		if m.index != nil {
			m.index[key] = len(m.keys)
		}
		m.keys = append(m.keys, k)
		m.vals = append(m.vals, v)
	}
	r.missing(m, sh)
	return m
}

func (r *reader) missing(m *mapping, sh *Shape) {
	if sh == nil || m.node == nil {
		return
	}
	for _, f := range sh.Fields {
		if f.Required && m.val(f.Key) == nil {
			r.add("E102", r.rng(m.node), f.Key)
		}
	}
}

// list returns the items of a sequence; null is an empty list.
func (r *reader) list(n *yaml.Node, limit int, what string) []*yaml.Node {
	n = deref(n)
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		r.add("E006", r.rng(n), "a list", kindName(n))
		return nil
	}
	if len(n.Content) > limit {
		r.add("E005", r.rng(n), what, strconv.Itoa(limit))
		return n.Content[:limit]
	}
	return n.Content
}

// items reads a list of mappings of shape sh: each item's mapping with the
// range of the whole item. Items that are not mappings are reported and
// passed over.
func (r *reader) items(n *yaml.Node, limit int, what string, sh *Shape) iter.Seq2[*mapping, diag.Range] {
	return func(yield func(*mapping, diag.Range) bool) {
		for _, it := range r.list(n, limit, what) {
			if m := r.mapping(it, sh, nil); m != nil && !yield(m, r.rng(deref(it))) {
				return
			}
		}
	}
}

// named reads the id and the optional name of a listed thing.
func (r *reader) named(m *mapping) (id, name string) {
	id, _, _ = r.id(m.get("id"), "id")
	return id, r.optText(m, "name")
}

// optText reads an optional text; null is "".
func (r *reader) optText(m *mapping, key string) string {
	v := m.get(key)
	if isNull(v) {
		return ""
	}
	s, _ := r.text(v, key)
	return s
}

// optRef reads an optional reference to another thing (a parent, a head,
// an owner) and where it stands; null is no reference.
func (r *reader) optRef(m *mapping, key string) (string, diag.Range) {
	v := m.get(key)
	if isNull(v) {
		return "", diag.Range{}
	}
	s, _ := r.text(v, key)
	return s, r.rng(v)
}

// text returns a scalar's value; key names it in the diagnostic.
func (r *reader) text(n *yaml.Node, key string) (string, bool) {
	n = deref(n)
	if n == nil {
		return "", false
	}
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		r.add("E118", r.rng(n), key, kindName(n))
		return "", false
	}
	return n.Value, true
}

// flag returns a boolean value.
func (r *reader) flag(n *yaml.Node, key string, def bool) bool {
	n = deref(n)
	if isNull(n) {
		return def
	}
	if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
		r.add("E107", r.rng(n), key, kindName(n))
		return def
	}
	b, _ := strconv.ParseBool(strings.ToLower(n.Value))
	return b
}

// validID reports whether s is a usable id: a letter or digit first, then
// letters, digits, '-', '_', '.'. Stage ids may also hold ':' (the
// platform's own pipeline stages look like C1:NEW).
func validID(s string, stage bool) bool {
	if s == "" || utf8.RuneCountInString(s) > 200 {
		return false
	}
	for i, c := range s {
		switch {
		case unicode.IsLetter(c) || unicode.IsDigit(c):
		case i > 0 && (c == '-' || c == '_' || c == '.'):
		case i > 0 && stage && c == ':':
		default:
			return false
		}
	}
	return true
}

// id reads an id value.
func (r *reader) id(n *yaml.Node, key string) (string, diag.Range, bool) {
	s, ok := r.text(n, key)
	if !ok {
		return "", r.rng(deref(n)), false
	}
	rg := r.rng(deref(n))
	if !validID(s, false) {
		r.add("E116", rg, clip(s))
		return s, rg, false
	}
	return s, rg, true
}

// ref reads a reference to an id (checked later against the definitions).
func (r *reader) ref(n *yaml.Node, key string) Ref {
	s, ok := r.text(n, key)
	if !ok {
		return Ref{At: r.rng(deref(n))}
	}
	return Ref{ID: s, At: r.rng(deref(n))}
}

func (r *reader) refs(n *yaml.Node, key string) []Ref {
	var out []Ref
	for _, it := range r.list(n, MaxItems, key) {
		if ref := r.ref(it, key); ref.ID != "" {
			out = append(out, ref)
		}
	}
	return out
}

// word reads a value that must be one of words.
func (r *reader) word(n *yaml.Node, key string, words []string) (string, bool) {
	s, ok := r.text(n, key)
	if !ok {
		return "", false
	}
	if !contains(words, s) {
		r.suggestAdd("E106", r.rng(deref(n)), s, words, s, key, strings.Join(words, ", "))
		return s, false
	}
	return s, true
}

// sub is the range of part of a one-line scalar, from rune off, n runes.
func (r *reader) sub(n *yaml.Node, off, length int) diag.Range {
	col := n.Column
	if n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		col++
	}
	return diag.Range{Start: diag.Pos{Line: n.Line, Col: col + off}, End: diag.Pos{Line: n.Line, Col: col + off + length}}
}

// subject reads `kind:id` or a bare `heads`/`everyone`; kinds lists the
// kinds this place accepts.
func (r *reader) subject(n *yaml.Node, kinds []SubjectKind) (Subject, bool) {
	n = deref(n)
	s, ok := r.text(n, "subject")
	if !ok {
		return Subject{}, false
	}
	words := make([]string, len(kinds))
	for i, k := range kinds {
		words[i] = k.String()
	}
	kind, id, hasID := strings.Cut(s, ":")
	found := -1
	for i, w := range words {
		if w == kind {
			found = i
		}
	}
	if found < 0 {
		rg := r.sub(n, 0, utf8.RuneCountInString(kind))
		if !hasID {
			rg = r.rng(n)
		}
		r.suggestAdd("E111", rg, kind, words, kind, strings.Join(subjectForms(kinds), ", "))
		return Subject{}, false
	}
	k := kinds[found]
	bare := k == SubHeads || k == SubEveryone
	if bare != !hasID || (!bare && id == "") {
		r.suggestAdd("E111", r.rng(n), s, subjectForms(kinds), s, strings.Join(subjectForms(kinds), ", "))
		return Subject{}, false
	}
	at := r.rng(n)
	if !bare {
		at = r.sub(n, utf8.RuneCountInString(kind)+1, utf8.RuneCountInString(id))
	}
	return Subject{Kind: k, ID: id, At: at}, true
}

func subjectForms(kinds []SubjectKind) []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		if k == SubHeads || k == SubEveryone {
			out[i] = k.String()
		} else {
			out[i] = k.String() + ":ID"
		}
	}
	return out
}

var (
	bitrixSubjects = []SubjectKind{SubUser, SubDepartment, SubDepartmentTree, SubGroup, SubHeads, SubEveryone}
	vtigerSubjects = []SubjectKind{SubUser, SubRole, SubRoleTree, SubGroup}
)
