package main

import (
	"errors"
	"fmt"
	"io"

	"rolelens/engine/gen"
)

const genUsage = "usage: rolelens gen [--system bitrix24|vtiger] [--users N] [--departments N] [--roles N] [--records N] [--assignments N] [--seed S]"

// cmdGen writes a generated organisation to stdout.
func cmdGen(args []string, stdout, stderr io.Writer) int {
	fs := flags("gen", stderr)
	system := fs.String("system", "bitrix24", "bitrix24 or vtiger")
	users := fs.Int("users", 100, "number of users")
	depts := fs.Int("departments", 0, "bitrix24: departments (default users/10); vtiger: groups (default users/20)")
	roles := fs.Int("roles", 10, "CRM roles (bitrix24) or roles of the hierarchy (vtiger)")
	records := fs.Int("records", 0, "records (default 2 per user)")
	assign := fs.Int("assignments", 0, "bitrix24: subjects over all CRM assignments (default 3 per role); vtiger: group members (default 5 per group)")
	seed := fs.Uint64("seed", 1, "seed; the same flags and seed give the same file")
	rest, err := parse(fs, args)
	if err != nil || len(rest) != 0 {
		fmt.Fprintln(stderr, genUsage)
		return exitUsage
	}
	o := gen.Options{System: *system, Users: *users, Departments: *depts, Roles: *roles,
		Records: *records, Assignments: *assign, Seed: *seed}
	if err := o.Check(); err != nil {
		var oe *gen.OptionError
		if errors.As(err, &oe) && oe.Option != "system" {
			fmt.Fprintf(stderr, "rolelens: --%v\n", err) // the flag is named as the option
		} else {
			fmt.Fprintf(stderr, "rolelens: %v\n", err)
		}
		return exitUsage
	}
	if *users == 0 || *roles == 0 {
		fmt.Fprintln(stderr, "rolelens: --users and --roles must be at least 1")
		return exitUsage
	}
	out := gen.Generate(o)
	if _, err := stdout.Write(out); err != nil {
		fmt.Fprintf(stderr, "rolelens: %v\n", err)
		return exitUsage
	}
	return exitOK
}
