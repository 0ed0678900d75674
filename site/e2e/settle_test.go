package e2e

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// settle waits until the machine's processors are nearly idle, for at
// most limit, and says how long it waited. A timing taken right after the
// browser is launched measures the browser's own start-up as much as the
// page: a fresh headless Chromium spends 3 to 4 s of processor time in its
// first 3.5 s (its browser and first renderer processes, read from /proc
// on a two-core machine), which took a share link from about 0.85 s to 1.4
// to 1.75 s. A user opening a link has a browser that is already running.
func settle(t *testing.T, limit time.Duration) time.Duration {
	t.Helper()
	start := time.Now()
	const window = 200 * time.Millisecond
	prevBusy, prevAll, ok := cpuTicks()
	if !ok {
		// No /proc/stat (not Linux): a fixed pause that covers the start-up.
		time.Sleep(min(limit, 3*time.Second))
		return time.Since(start)
	}
	quiet := 0
	for time.Since(start) < limit {
		time.Sleep(window)
		busy, all, _ := cpuTicks()
		if all > prevAll && float64(busy-prevBusy)/float64(all-prevAll) < 0.2 {
			// Two quiet windows in a row: one can fall between bursts.
			if quiet++; quiet == 2 {
				return time.Since(start)
			}
		} else {
			quiet = 0
		}
		prevBusy, prevAll = busy, all
	}
	t.Logf("the machine stayed busy for %v; measuring anyway", limit)
	return time.Since(start)
}

// cpuTicks reads the busy and total processor time of all processors
// from /proc/stat (Linux).
func cpuTicks() (busy, all uint64, ok bool) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, 0, false
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	if len(f) < 5 || f[0] != "cpu" {
		return 0, 0, false
	}
	for i, s := range f[1:] {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return 0, 0, false
		}
		all += n
		// Fields 4 and 5 are idle and iowait.
		if i != 3 && i != 4 {
			busy += n
		}
	}
	return busy, all, true
}
