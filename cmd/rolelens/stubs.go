package main

import (
	"fmt"
	"io"
)

// Placeholders until lint, diff and gen land in their own files.

func cmdLint(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "rolelens: lint is not built yet")
	return exitUsage
}

func cmdDiff(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "rolelens: diff is not built yet")
	return exitUsage
}

func cmdGen(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "rolelens: gen is not built yet")
	return exitUsage
}
