package main

import (
	"fmt"
	"io"
)

// cmdGen is a placeholder until gen lands.
func cmdGen(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "rolelens: gen is not built yet")
	return exitUsage
}
