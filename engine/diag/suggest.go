package diag

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
)

// Suggest returns up to three known words close to word, nearest first,
// compared case-insensitively: an edit distance of at most 2, or 1 for words
// of four runes or fewer. Two neighbouring runes swapped count as one edit,
// as they are one slip of the fingers ("onw" suggests "own"). An exact
// case-insensitive match is the best suggestion (distance 0), so "Lead"
// suggests "lead".
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
		lk := strings.ToLower(k)
		d := levenshtein.ComputeDistance(lw, lk)
		if d == 2 && swapped(lw, lk) {
			d = 1
		}
		if d <= max {
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

// swapped reports whether b is a with two neighbouring runes swapped.
// Levenshtein distance counts that as two edits; the library has no
// distance with transpositions.
func swapped(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if i+1 >= len(ra) || ra[i] != rb[i+1] || ra[i+1] != rb[i] {
		return false
	}
	return string(ra[i+2:]) == string(rb[i+2:])
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
