package render

import (
	"fmt"
	"io"
	"strings"

	"rolelens/engine/lint"
)

// FindingsIn prints lint findings, one block each: where, severity, code
// and name, the message, then the users affected and the suggested fix, in
// lang (en, de or ru).
func FindingsIn(w io.Writer, file string, fs []lint.Finding, lang string) {
	for _, f := range fs {
		fmt.Fprintf(w, "%s:%d:%d: %s %s %s: %s\n", file, f.Range.Start.Line, f.Range.Start.Col, f.Severity, f.Code, f.Name, lint.MessageIn(f, lang))
		if len(f.Users) > 0 {
			fmt.Fprintf(w, "    users: %s\n", strings.Join(f.Users, ", "))
		}
		for _, r := range f.Related {
			fmt.Fprintf(w, "    see %s at %d:%d\n", r.Label, r.Range.Start.Line, r.Range.Start.Col)
		}
		if fix := lint.FixTextIn(f, lang); fix != "" {
			fmt.Fprintf(w, "    fix: %s\n", fix)
		}
	}
}

// FindingsSummary prints the closing line: how many findings of each
// severity.
func FindingsSummary(w io.Writer, fs []lint.Finding) {
	warn, info := 0, 0
	for _, f := range fs {
		if f.Severity == lint.Warning {
			warn++
		} else {
			info++
		}
	}
	fmt.Fprintf(w, "%d %s, %d info\n", warn, plural(warn, "warning", "warnings"), info)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
