package main

import (
	"fmt"
	"io"
)

// cmdDiff is a placeholder until diff lands.
func cmdDiff(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "rolelens: diff is not built yet")
	return exitUsage
}
