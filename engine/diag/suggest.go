package diag

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// Suggest returns up to three known words close to word, nearest first,
// compared case-insensitively: an edit distance of at most 2, or 1 for words
// of four runes or fewer. An exact case-insensitive match is the best
// suggestion (distance 0), so "Lead" suggests "lead".
func Suggest(word string, known []string) []string {
	if word == "" {
		return nil
	}
	max := 2
	wn := utf8.RuneCountInString(word)
	if wn <= 4 {
		max = 1
	}
	lw := strings.ToLower(word)
	type cand struct {
		s string
		d int
	}
	var cs []cand
	seen := map[string]bool{}
	for _, k := range known {
		if k == word || seen[k] {
			continue
		}
		// The length difference bounds the distance; skip hopeless words
		// cheaply, since id lists can be long.
		if abs(utf8.RuneCountInString(k)-wn) > max {
			continue
		}
		if d := levenshtein.ComputeDistance(lw, strings.ToLower(k)); d <= max {
			seen[k] = true
			cs = append(cs, cand{k, d})
		}
	}
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].s < cs[j].s
	})
	if len(cs) > 3 {
		cs = cs[:3]
	}
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.s
	}
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
