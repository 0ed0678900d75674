//go:build !js

package engine_test

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/require"

	"rolelens/engine"
	"rolelens/engine/gen"
)

// Everything the 10,000-user organisation of the goals needs, parse,
// resolve and the matrix in words, allocates less than 200 MB in total.
// The heap therefore never grows by more than that during the work,
// whatever the collector does, which is a bound a peak sample could miss.
func TestMemoryOf10kUsers(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and resolves 10,000 users")
	}
	src := gen.Generate(gen.Options{System: "bitrix24", Users: 10_000, Departments: 1_000, Roles: 300, Assignments: 30_000, Records: 10_000, Seed: 1})
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	doc := engine.Load(src)
	require.True(t, doc.OK())
	a := doc.Access("")
	require.Len(t, a.Users, 10_000)
	runtime.ReadMemStats(&after)
	total := float64(after.TotalAlloc-before.TotalAlloc) / (1 << 20)
	runtime.GC()
	runtime.ReadMemStats(&after)
	live := float64(after.HeapAlloc) / (1 << 20)
	t.Logf("10,000 users: %.0f MB allocated in all, %.0f MB live with the matrix", total, live)
	require.Less(t, total, 200.0, "MB allocated by parse and resolve")
	runtime.KeepAlive(a)
}
