package config

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLongLinePositions checks the checkpointed rune/byte conversion of
// long lines against the plain scan, for ASCII and non-ASCII lines.
func TestLongLinePositions(t *testing.T) {
	lines := []string{
		strings.Repeat("abc, ", 700),
		strings.Repeat("ab, Пользователь, ", 300),
		strings.Repeat("x", markStep*8),
		strings.Repeat("ё", markStep*8),
		strings.Repeat("ё", markStep*8+3),
	}
	for n, line := range lines {
		b := []byte(line)
		if len(b) < longLineLen {
			t.Fatalf("line %d is too short to test the index", n)
		}
		r := newReader(b)
		runes := utf8.RuneCount(b)
		for i := 0; i <= runes+2; i += 7 {
			if got, want := r.runeOffset(n+1, b, i), runeOffset(b, i); got != want {
				t.Fatalf("line %d: runeOffset(%d) = %d, want %d", n, i, got, want)
			}
		}
		for off := 0; off <= len(b); off++ {
			if !utf8.RuneStart(b[min(off, len(b)-1)]) && off < len(b) {
				continue
			}
			if got, want := r.runeCount(n+1, b, off), utf8.RuneCount(b[:off]); got != want {
				t.Fatalf("line %d: runeCount(%d) = %d, want %d", n, off, got, want)
			}
		}
	}
}
