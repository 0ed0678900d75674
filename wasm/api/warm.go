package api

import (
	"strconv"

	"rolelens/engine"
	"rolelens/engine/gen"
)

// warmIterations and warmKinds shape the warm-up: each iteration makes the
// usual calls of one edit (kinds) on one of two made-up organisations.
const (
	warmIterations = 16
	warmKinds      = 6
)

// warming is the warm-up's own state, kept apart from the caller's.
var warming struct {
	orgs   [2]string
	last   lastDoc
	loader engine.Loader
}

// Warm runs the warm-up's step numbered stepNumber (0, 1, ...): the calls
// of an edit (the rows on screen, the packed matrix, records, tests, lint,
// an explanation) on made-up organisations of both systems, one call a
// step, so that a browser compiles and optimises the engine's code before
// the user's edits need it (see the worker's warmUp). It answers {"done": true} after the last step.
//
// The caller's caches stay as they were: the last document and the
// sections the loader keeps are the user's text's, so an edit after the
// warm-up parses only what it changed (measured: the first 1,000-user edit
// after a warm-up took 81 ms in the engine while the warm-up evicted them,
// against about 20 ms for the edits after it).
func Warm(stepNumber string) []byte {
	step, err := strconv.Atoi(stepNumber)
	if err != nil {
		return Fail("bad-request", "warm takes a step number, not %q", stepNumber)
	}
	if step < 0 || step >= warmIterations*warmKinds {
		return []byte(`{"done":true}`)
	}
	if warming.orgs[0] == "" {
		warming.orgs[0] = string(gen.Generate(gen.Options{Users: 120, Seed: 7}))
		warming.orgs[1] = string(gen.Generate(gen.Options{System: "vtiger", Users: 80, Seed: 7}))
	}
	userLast, userLoader := last, loader
	last, loader = warming.last, warming.loader
	defer func() {
		warming.last, warming.loader = last, loader
		last, loader = userLast, userLoader
	}()
	i, kind := step/warmKinds, step%warmKinds
	// A new text each iteration, the two organisations in turn, so that
	// each is parsed whole, as a pasted text is.
	text := warming.orgs[i%2] + "# warm-up " + strconv.Itoa(i) + "\n"
	switch kind {
	case 0:
		return Access(text, `{"users":["u1","u2"]}`)
	case 1:
		return Access(text, `{"packed":true}`)
	case 2:
		return Records(text, `{"user":"u3"}`)
	case 3:
		return Test(text, "")
	case 4:
		return Lint(text, "")
	default:
		if i%2 == 1 {
			return Explain(text, `{"user":"u4","kind":"vtiger","module":"leads","action":"view"}`, "")
		}
		return Explain(text, `{"user":"u4","kind":"crm","entity":"deal","action":"update"}`, "")
	}
}
