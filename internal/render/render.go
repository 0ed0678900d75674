// Package render turns engine results into text for people: diagnostics
// as file:line:col lines, matrices as aligned tables, explanations as
// numbered steps. The engine never formats text; views do.
package render

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"rolelens/engine/diag"
	"rolelens/engine/testrun"
)

// Diagnostics prints one line per diagnostic: file:line:col: CODE: message.
func Diagnostics(w io.Writer, file string, l diag.List, lang string) {
	for _, d := range l {
		sev := ""
		if d.Severity == diag.Warning {
			sev = "warning: "
		}
		fmt.Fprintf(w, "%s:%d:%d: %s%s: %s\n", file, d.Range.Start.Line, d.Range.Start.Col, sev, d.Code, diag.Full(d, lang))
	}
}

// TestFailures prints one line per failed test: where it is, what was
// expected and found, and the rule that decided.
func TestFailures(w io.Writer, file string, rep testrun.Report) {
	for _, r := range rep.Results {
		if r.Pass {
			continue
		}
		name := ""
		if r.Name != "" {
			name = " (" + r.Name + ")"
		}
		switch {
		case r.Error != nil:
			fmt.Fprintf(w, "%s:%d:%d: FAIL%s: %s\n", file, r.At.Start.Line, r.At.Start.Col, name, r.Error)
		default:
			fmt.Fprintf(w, "%s:%d:%d: FAIL%s: %s %s: expected %s, found %s (%s)\n", file, r.At.Start.Line, r.At.Start.Col, name,
				r.User, Question(r.Question), r.Expect, r.Got, Reason(r.Why))
		}
	}
}

// Table prints rows as aligned columns; the first row is the header.
func Table(w io.Writer, rows [][]string) {
	if len(rows) == 0 {
		return
	}
	width := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, c := range r {
			if n := runeLen(c); i < len(width) && n > width[i] {
				width[i] = n
			}
		}
	}
	for _, r := range rows {
		var b strings.Builder
		for i, c := range r {
			if i > 0 {
				b.WriteString("  ")
			}
			b.WriteString(c)
			if i < len(r)-1 {
				b.WriteString(strings.Repeat(" ", width[i]-runeLen(c)))
			}
		}
		fmt.Fprintln(w, strings.TrimRight(b.String(), " "))
	}
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
