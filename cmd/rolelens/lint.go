package main

import (
	"fmt"
	"io"

	"rolelens/engine/lint"
	"rolelens/internal/render"
)

// lintFinding is a finding with its English text, for --json.
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
	files, err := parse(fs, args)
	if err != nil || len(files) != 1 {
		fmt.Fprintln(stderr, "usage: rolelens lint [--json] FILE")
		return exitUsage
	}
	doc, code := loadValid(files[0], stderr)
	if doc == nil {
		return code
	}
	findings := lint.Run(doc.Resolver())
	if *asJSON {
		out := make([]lintFinding, len(findings))
		for i, f := range findings {
			out[i] = lintFinding{f, lint.Message(f), lint.FixText(f)}
		}
		writeJSON(stdout, map[string]any{"file": files[0], "findings": out})
	} else {
		render.Findings(stdout, files[0], findings)
		render.FindingsSummary(stdout, findings)
	}
	if len(findings) > 0 {
		return exitFindings
	}
	return exitOK
}
