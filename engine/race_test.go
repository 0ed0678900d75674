//go:build race

package engine_test

// The race detector slows everything down about tenfold.
const slowdown = 10
