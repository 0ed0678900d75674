package main

import (
	"fmt"
	"io"
)

// cmdLint is a placeholder until lint lands.
func cmdLint(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "rolelens: lint is not built yet")
	return exitUsage
}
