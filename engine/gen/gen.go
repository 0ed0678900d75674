// Package gen generates realistic configurations of any size, for
// benchmarks, demos and fuzzing seeds. The output is YAML text that
// engine.Load accepts without diagnostics, written item by item in flow
// style. The same options give byte-identical output on every platform:
// randomness comes from math/rand/v2's PCG, whose sequence is specified,
// and nothing depends on map order or float formatting.
package gen

import (
	"math/rand/v2"
	"strconv"
	"strings"
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

// Generate returns a configuration as YAML text.
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

// withDefaults fills the zero counts.
func (o Options) withDefaults() Options {
	if o.System == "" {
		o.System = "bitrix24"
	}
	if o.Users <= 0 {
		o.Users = 100
	}
	if o.Departments <= 0 {
		if o.System == "vtiger" {
			o.Departments = max(1, o.Users/20)
		} else {
			o.Departments = max(1, o.Users/10)
		}
	}
	if o.Roles <= 0 {
		o.Roles = 10
	}
	if o.Records <= 0 {
		o.Records = 2 * o.Users
	}
	if o.Assignments <= 0 {
		if o.System == "vtiger" {
			o.Assignments = 5 * o.Departments
		} else {
			o.Assignments = 3 * o.Roles
		}
	}
	return o
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
