// Package diag holds the diagnostics every stage of rolelens reports: a
// stable code, a severity, a source range, message arguments and
// suggestions. Text is rendered from the code and the arguments by a
// catalogue per language (see message.go), never stored in the value, so
// the CLI, the playground and the docs all show the same data in their
// reader's language.
package diag

import (
	"fmt"
	"sort"
	"strings"
)

// Pos is a 1-based line and column; the column counts runes (characters),
// not bytes, as the YAML parser does.
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"col"`
}

// Less orders positions in reading order.
func (p Pos) Less(q Pos) bool {
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Range is the half-open span [Start, End) of a configuration element.
type Range struct {
	Start Pos `json:"start"`
	End   Pos `json:"end"`
}

// IsZero reports whether the range is unknown.
func (r Range) IsZero() bool { return r.Start.Line == 0 }

// Severity says whether a diagnostic makes a configuration unusable.
type Severity string

const (
	Error   Severity = "error"
	Warning Severity = "warning"
)

// Related points at another element that takes part in a diagnostic, such
// as the first definition of a duplicate id.
type Related struct {
	Range Range  `json:"range"`
	Label string `json:"label"` // a code of the catalogue's "related" labels
}

// Diagnostic is one finding about an input.
type Diagnostic struct {
	Code     Code      `json:"code"`
	Severity Severity  `json:"severity"`
	Range    Range     `json:"range"`
	Args     []string  `json:"args,omitempty"`
	Suggest  []string  `json:"suggest,omitempty"` // replacements for Range, nearest first
	Related  []Related `json:"related,omitempty"`
}

// List is the diagnostics of one input.
type List []Diagnostic

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool {
	for _, d := range l {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// Sort orders the list by position, then code, and drops exact duplicates
// (the same code, range and arguments), which alias expansion can produce.
func (l List) Sort() List {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.Range.Start != b.Range.Start {
			return a.Range.Start.Less(b.Range.Start)
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		if a.Range.End != b.Range.End {
			return a.Range.End.Less(b.Range.End)
		}
		return strings.Join(a.Args, "\x00") < strings.Join(b.Args, "\x00")
	})
	out := l[:0]
	for i, d := range l {
		if i > 0 && same(out[len(out)-1], d) {
			continue
		}
		out = append(out, d)
	}
	return out
}

func same(a, b Diagnostic) bool {
	if a.Code != b.Code || a.Range != b.Range || len(a.Args) != len(b.Args) {
		return false
	}
	for i := range a.Args {
		if a.Args[i] != b.Args[i] {
			return false
		}
	}
	return true
}
