// Package engine is the one entry point the CLI, the wasm module and the
// docs generator call: load a configuration, then ask it for diagnostics,
// the access matrix, explanations and test results. The stages behind it
// live in their own packages: config (text to model), resolve (model to
// access), testrun (the tests block), diag (diagnostics and messages).
package engine

import (
	"rolelens/engine/config"
	"rolelens/engine/diag"
	"rolelens/engine/resolve"
	"rolelens/engine/testrun"
)

// Version is the engine's version, shown by the CLI and the playground.
const Version = "0.1.0"

// Document is one loaded configuration.
type Document struct {
	Config      *config.Config
	Diagnostics diag.List
	rs          *resolve.Resolver
}

// Load parses and validates a configuration; it never panics on input.
func Load(src []byte) *Document { return document(config.Parse(src)) }

// TooLarge is what Load answers for an input of n bytes over
// config.MaxBytes, for callers that measure an input before reading it
// whole (a file's size, a string's length in the browser).
func TooLarge(n int) *Document { return document(nil, diag.List{config.TooLarge(n)}) }

// A Loader loads texts that follow one another, as a playground's edits
// do: it parses again only the top-level sections that changed since the
// last text (see config.Cache), with the same result as Load. The zero
// value is ready; a Loader is not safe for concurrent use.
type Loader struct {
	cache config.Cache
}

// Load parses and validates a configuration, as the package's Load does.
func (l *Loader) Load(src []byte) *Document { return document(l.cache.Parse(src)) }

func document(cfg *config.Config, diags diag.List) *Document {
	if diags == nil {
		diags = diag.List{}
	}
	return &Document{Config: cfg, Diagnostics: diags}
}

// OK reports whether the configuration can be resolved: it was read and
// has no errors.
func (d *Document) OK() bool { return d.Config != nil && !d.Diagnostics.HasErrors() }

// Resolver returns the resolver of a valid configuration, built on first use.
func (d *Document) Resolver() *resolve.Resolver {
	if !d.OK() {
		return nil
	}
	if d.rs == nil {
		d.rs = resolve.New(d.Config)
	}
	return d.rs
}

// Test runs the configuration's tests; an invalid configuration runs none.
func (d *Document) Test() testrun.Report {
	if !d.OK() {
		return testrun.Report{Results: []testrun.Result{}}
	}
	return testrun.Run(d.Config, d.Resolver())
}

// Explain answers one question about a user, with the reasons.
func (d *Document) Explain(user string, q config.Question) (*resolve.Explanation, error) {
	if !d.OK() {
		return nil, &resolve.QuestionError{Code: "E009"}
	}
	return d.Resolver().Explain(user, q)
}
