//go:build js && wasm

// Command wasm is the rolelens engine as a WebAssembly module for browsers,
// Web Workers and Node. It registers one object of functions on globalThis,
// under the name given as its first argument (default "__rolelens"), and
// then waits for calls forever. rolelens.mjs is its only intended caller.
//
// Every function takes strings and returns one JSON string (see package
// api); nothing is thrown across the boundary and every call recovers from
// panics, so the Go program never exits while the page lives.
package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"syscall/js"

	"rolelens/engine/config"
	"rolelens/internal/store/jsstore"
	"rolelens/wasm/api"
)

// The engine allocates about 10 MB to parse and resolve 1,000 users and
// keeps little of it. Under wasm the collector runs on the one thread the
// caller waits on, so for ordinary texts it runs less often than by
// default. For large texts that costs more than it saves: a heap five
// times the live data keeps growing the wasm memory and clearing fresh
// pages (measured in Node, 10,000 users: 5.3 s at 400 against 3.9 s at
// 150 for four calls; 1,000 users: 82 ms at 400 against 91 to 105 ms at
// 150). The memory limit keeps the (never shrinking) wasm memory bounded.
const (
	gcPercent      = 400
	gcPercentLarge = 150
	largeText      = 1 << 20 // UTF-16 code units
	memoryLimit    = 768 << 20
)

func main() {
	debug.SetGCPercent(gcPercent)
	debug.SetMemoryLimit(memoryLimit)
	name := "__rolelens"
	if len(os.Args) > 1 && os.Args[1] != "" {
		name = os.Args[1]
	}
	ns := js.Global().Get("Object").New()
	for method, f := range map[string]func(a []string) []byte{
		"check":    func(a []string) []byte { return api.Check(a[0], a[1]) },
		"access":   func(a []string) []byte { return api.Access(a[0], a[1]) },
		"explain":  func(a []string) []byte { return api.Explain(a[0], a[1], a[2]) },
		"test":     func(a []string) []byte { return api.Test(a[0], a[1]) },
		"lint":     func(a []string) []byte { return api.Lint(a[0], a[1]) },
		"diff":     func(a []string) []byte { return api.Diff(a[0], a[1], a[2]) },
		"records":  func(a []string) []byte { return api.Records(a[0], a[1]) },
		"generate": func(a []string) []byte { return api.Generate(a[0]) },
		"warm":     func(a []string) []byte { return api.Warm(a[0]) },
		"version":  func(a []string) []byte { return api.Version() },
		// collect runs the garbage collector now: the playground calls it
		// when idle, so that a collection does not land in the next edit.
		"collect": func(a []string) []byte { runtime.GC(); return []byte(`{"ok":true}`) },
		// A test hook: proves that a panic leaves the module answering.
		"_panicForTest": func(a []string) []byte { panic("forced by _panicForTest") },
		// A test hook: a Go program that dies anyway, as a fatal runtime
		// error would end it; rolelens.mjs starts a new one.
		"_exitForTest": func(a []string) []byte { os.Exit(3); return nil },
	} {
		ns.Set(method, export(method, f))
	}
	jsstore.Register(ns) // saved work in IndexedDB, used by the playground
	js.Global().Set(name, ns)
	select {}
}

// texts are the arguments of each method that are configurations, whose
// size is checked before they are copied into Go memory.
var texts = map[string]int{"check": 1, "access": 1, "explain": 1, "test": 1, "lint": 1, "diff": 2, "records": 1}

var stringObject = js.Global().Get("String")

// export wraps f as a JS function of up to three string arguments
// (undefined and null read as "") that returns a JSON string.
func export(method string, f func([]string) []byte) js.Func {
	return js.FuncOf(func(this js.Value, args []js.Value) (result any) {
		defer func() {
			if r := recover(); r != nil {
				result = string(api.Fail("panic", "internal error: %v", r))
			}
		}()
		a := make([]string, 3)
		large := false
		over, overN := -1, 0
		for i := 0; i < len(args) && i < len(a); i++ {
			v := args[i]
			if v.Type() != js.TypeString {
				if v.IsUndefined() || v.IsNull() {
					continue
				}
				return string(api.Fail("bad-request", "argument %d of %s must be a string, not %s", i+1, method, v.Type()))
			}
			// A UTF-16 length over the limit means more UTF-8 bytes too;
			// a String object tells the length without copying the text.
			if i < texts[method] {
				n := stringObject.New(v).Length()
				if n > config.MaxBytes {
					over, overN = i, n // not copied: answered below
					continue
				}
				large = large || n > largeText
			}
			a[i] = v.String()
		}
		if over >= 0 {
			return string(api.Guard(func() []byte { return api.TooLarge(method, over, overN, a) }))
		}
		if large {
			debug.SetGCPercent(gcPercentLarge)
			defer debug.SetGCPercent(gcPercent)
		}
		return string(api.Guard(func() []byte { return f(a) }))
	})
}
