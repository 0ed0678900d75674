// Package gen generates realistic configurations of any size, for
// benchmarks, demos and fuzzing seeds. The output is YAML text that
// engine.Load accepts without diagnostics, written item by item in flow
// style. The same options give byte-identical output on every platform:
// randomness comes from math/rand/v2's PCG, whose sequence is specified,
// and nothing depends on map order or float formatting.
package gen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"rolelens/engine/config"
)

// Options says what to generate. A count left at zero takes its default.
type Options struct {
	// System is "bitrix24" (the default) or "vtiger".
	System string
	// Users is the number of users (default 100).
	Users int
	// Departments is the number of departments of a bitrix24 portal
	// (default one per 10 users); vtiger has none, and there it is the
	// number of groups (default one per 20 users).
	Departments int
	// Roles is the number of CRM roles (bitrix24) or of roles in the
	// hierarchy (vtiger); default 10.
	Roles int
	// Records is the number of CRM records (default 2 per user).
	Records int
	// Assignments is, for bitrix24, the number of subjects over all CRM
	// assignments (default 3 per role); for vtiger, the number of group
	// members over all groups (default 5 per group).
	Assignments int
	// Seed selects the organisation; every seed is valid.
	Seed uint64
}

// Systems are the values Options.System takes.
var Systems = []string{"bitrix24", "vtiger"}

// An OptionError is an option that Generate refuses: an unknown system,
// or a count outside the lists' limits of a configuration, whose text
// could then not be read back.
type OptionError struct {
	Option string // "system", "users", "departments", "roles", "records" or "assignments"
	Max    int    // the largest count allowed (not for "system")
	System string // the system asked for (for "system")
}

func (e *OptionError) Error() string {
	if e.Option == "system" {
		return fmt.Sprintf("unknown system %q; expected bitrix24 or vtiger", e.System)
	}
	return fmt.Sprintf("%s must be between 0 and %d", e.Option, e.Max)
}

// Check reports the first option that Generate would not honour, as an
// *OptionError; zero counts take their defaults and are always valid.
// The CLI and the wasm API ask it, so that both accept the same options.
func (o Options) Check() error {
	if o.System != "" && !slices.Contains(Systems, o.System) {
		return &OptionError{Option: "system", System: o.System}
	}
	// vtiger has group members where bitrix24 has assignment subjects:
	// spread over lists of at most MaxItems, the total bounded by it too.
	for _, c := range []struct {
		name   string
		n, max int
	}{
		{"users", o.Users, config.MaxUsers},
		{"departments", o.Departments, departmentLimit(o.System)},
		{"roles", o.Roles, config.MaxItems},
		{"records", o.Records, config.MaxItems},
		{"assignments", o.Assignments, config.MaxItems},
	} {
		if c.n < 0 || c.n > c.max {
			return &OptionError{Option: c.name, Max: c.max}
		}
	}
	return nil
}

// Generate returns a configuration as YAML text. Options that Check
// refuses are brought within the limits.
func Generate(o Options) []byte {
	o = o.withDefaults()
	// Two PCG words from one seed; the constant only decorrelates them.
	r := rand.New(rand.NewPCG(o.Seed, o.Seed^0x9e3779b97f4a7c15))
	w := &writer{}
	if o.System == "vtiger" {
		newVtiger(o, r).write(w)
	} else {
		newBitrix(o, r).write(w)
	}
	return []byte(w.String())
}

// withDefaults fills the zero counts, and brings every count within the
// limits Check states: defaults too (2 records per user of 100,000 users
// would be 200,000 records, over a configuration's limit).
func (o Options) withDefaults() Options {
	if !slices.Contains(Systems, o.System) {
		o.System = "bitrix24"
	}
	o.Users = within(o.Users, 100, config.MaxUsers)
	o.Roles = within(o.Roles, 10, config.MaxItems)
	o.Records = within(o.Records, 2*o.Users, config.MaxItems)
	if o.System == "vtiger" {
		o.Departments = within(o.Departments, max(1, o.Users/20), departmentLimit(o.System))
		o.Assignments = within(o.Assignments, 5*o.Departments, config.MaxItems)
	} else {
		o.Departments = within(o.Departments, max(1, o.Users/10), departmentLimit(o.System))
		o.Assignments = within(o.Assignments, 3*o.Roles, config.MaxItems)
	}
	return o
}

// departmentLimit is the most departments of a bitrix24 portal, or groups
// of a vtiger CRM (Options.Departments), that a configuration holds.
func departmentLimit(system string) int {
	if system == "vtiger" {
		return config.MaxItems
	}
	return config.MaxDepartments
}

// within is n, or def when n is not positive, bounded by limit.
func within(n, def, limit int) int {
	if n <= 0 {
		n = def
	}
	return min(n, limit)
}

// writer builds the text. Values written by it are ids, words and names
// made by this package, all safe as plain YAML scalars in flow style.
type writer struct{ strings.Builder }

func (w *writer) line(parts ...string) {
	for _, p := range parts {
		w.WriteString(p)
	}
	w.WriteByte('\n')
}

// flow returns items as a flow list, "[a, b, c]".
func flow(items []string) string {
	return "[" + strings.Join(items, ", ") + "]"
}

func itoa(i int) string { return strconv.Itoa(i) }

func utoa(i uint64) string { return strconv.FormatUint(i, 10) }

// pick returns an index drawn with the given weights.
func pick(r *rand.Rand, weights ...int) int {
	total := 0
	for _, x := range weights {
		total += x
	}
	n := r.IntN(total)
	for i, x := range weights {
		if n < x {
			return i
		}
		n -= x
	}
	return len(weights) - 1
}

// chance is true with probability percent/100.
func chance(r *rand.Rand, percent int) bool { return r.IntN(100) < percent }

// distinct draws k distinct indices below n (k <= n), in drawing order.
func distinct(r *rand.Rand, n, k int) []int {
	out := make([]int, 0, k)
	for len(out) < k {
		x := r.IntN(n)
		dup := false
		for _, y := range out {
			dup = dup || y == x
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}

var firstNames = []string{"Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hans", "Ida", "Jonas",
	"Katrin", "Lukas", "Maria", "Nils", "Olga", "Paul", "Rita", "Sven", "Tanja", "Uwe", "Vera", "Wim", "Yulia", "Zoe",
	"Alexei", "Boris", "Daria", "Irina", "Maxim", "Natalia", "Pavel", "Sofia"}

var lastNames = []string{"Berg", "Fischer", "Hoffmann", "Ivanova", "Klein", "Lange", "Meyer", "Novak", "Orlov",
	"Petrova", "Richter", "Schmidt", "Smirnov", "Sokolova", "Vogel", "Wagner", "Weber", "Zimmermann"}

func personName(r *rand.Rand) string {
	return firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
}
