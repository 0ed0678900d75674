//go:build js && !race

package engine_test

// Under wasm in Node the engine runs about three to five times slower.
const slowdown = 8
