//go:build !race && !js

package engine_test

const slowdown = 1
