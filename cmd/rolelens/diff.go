package main

import (
	"fmt"
	"io"

	"rolelens/engine/diff"
	"rolelens/internal/render"
)

// cmdDiff lists what changes for whom between two configurations. Exit 0:
// no changes; 1: changes; 2: usage or invalid input.
func cmdDiff(args []string, stdout, stderr io.Writer) int {
	fs := flags("diff", stderr)
	asJSON := fs.Bool("json", false, "print JSON")
	files, err := parse(fs, args)
	if err != nil || len(files) != 2 {
		fmt.Fprintln(stderr, "usage: rolelens diff [--json] OLD NEW")
		return exitUsage
	}
	old, code := loadValid(files[0], stderr)
	if old == nil {
		return code
	}
	new, code := loadValid(files[1], stderr)
	if new == nil {
		return code
	}
	rep, err := diff.Compare(old.Resolver(), new.Resolver())
	if err != nil {
		fmt.Fprintf(stderr, "rolelens: %v: %s is %s, %s is %s\n", err, files[0], old.Config.System, files[1], new.Config.System)
		return exitUsage
	}
	if *asJSON {
		writeJSON(stdout, rep)
	} else {
		render.Diff(stdout, rep)
	}
	if len(rep.Users) > 0 {
		return exitFindings
	}
	return exitOK
}
