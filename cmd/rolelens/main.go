// Command rolelens checks, resolves, explains and tests role
// configurations of Bitrix24 and vtiger CRMs. It parses flags and prints;
// the work is done by package engine.
package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes: 0 ok, 1 findings or failed tests, 2 usage or invalid input.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

const usage = `rolelens: who can do what in Bitrix24 and vtiger CRMs, and why

usage:
  rolelens check FILE...                 report diagnostics
  rolelens access FILE [--user U]        effective-access matrix
  rolelens explain FILE --user U QUESTION
      QUESTION: --crm ENTITY/ACTION[/STAGE] | --crm settings
              | --record R --action A
              | --telephony PERMISSION [--of USER]
              | --tasks TOGGLE
              | --disk PATH [--action A]
              | --vtiger MODULE/ACTION
  rolelens test FILE...                  run the tests written in the files
  rolelens lint FILE                     find traps and conflicts
  rolelens diff OLD NEW                  what changes for whom between two files
  rolelens gen [--users N ...]           generate an organisation (benchmarks, demos)
  rolelens serve [--addr HOST:PORT]      serve the playground and docs (default 127.0.0.1:8080)
  rolelens version

Every command takes --json for machine-readable output.
Exit codes: 0 ok, 1 findings or failed tests, 2 usage or invalid input.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "check":
		return cmdCheck(rest, stdout, stderr)
	case "access":
		return cmdAccess(rest, stdout, stderr)
	case "explain":
		return cmdExplain(rest, stdout, stderr)
	case "test":
		return cmdTest(rest, stdout, stderr)
	case "lint":
		return cmdLint(rest, stdout, stderr)
	case "diff":
		return cmdDiff(rest, stdout, stderr)
	case "gen":
		return cmdGen(rest, stdout, stderr)
	case "serve":
		return cmdServe(rest, stdout, stderr)
	case "version", "--version":
		return cmdVersion(stdout)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "rolelens: unknown command %q\n\n%s", cmd, usage)
	return exitUsage
}
