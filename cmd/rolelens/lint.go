package main

import (
	"fmt"
	"io"

	"rolelens/engine/lint"
	"rolelens/internal/render"
)

// lintFinding is a finding with its text in the asked language, for --json.
type lintFinding struct {
	lint.Finding
	Message string `json:"message"`
	Fix     string `json:"fix,omitempty"`
}

// cmdLint reports the traps of one configuration. Exit 0: no findings;
// 1: findings; 2: usage or invalid input.
func cmdLint(args []string, stdout, stderr io.Writer) int {
	fs := flags("lint", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	lang := fs.String("lang", "en", "message language: en, de or ru")
	files, err := parse(fs, args)
	if err != nil || len(files) != 1 {
		fmt.Fprintln(stderr, "usage: rolelens lint [--json] [--lang en|de|ru] FILE")
		return exitUsage
	}
	doc, code := loadValidIn(files[0], stderr, *lang)
	if doc == nil {
		return code
	}
	findings := lint.Run(doc.Resolver())
	if *asJSON {
		out := make([]lintFinding, len(findings))
		for i, f := range findings {
			out[i] = lintFinding{f, lint.MessageIn(f, *lang), lint.FixTextIn(f, *lang)}
		}
		writeJSON(stdout, map[string]any{"file": files[0], "findings": out})
	} else {
		render.FindingsIn(stdout, files[0], findings, *lang)
		render.FindingsSummary(stdout, findings)
	}
	if len(findings) > 0 {
		return exitFindings
	}
	return exitOK
}
