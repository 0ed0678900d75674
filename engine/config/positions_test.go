package config

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestLinePositions checks the reader's rune/byte conversion (the ASCII
// lines' shortcut, the checkpoints of long lines) against the plain scan,
// on one text of short and long, ASCII and non-ASCII lines.
func TestLinePositions(t *testing.T) {
	lines := []string{
		"rolelens: 1",
		"    - {id: anna, name: Anna Schmidt, departments: [sales]}",
		"    - {id: olga, name: Ольга Петрова, departments: [vertrieb]}",
		"",
		strings.Repeat("abc, ", 700),
		strings.Repeat("ab, Пользователь, ", 300),
		strings.Repeat("x", markStep*8),
		strings.Repeat("ё", markStep*8),
		strings.Repeat("ё", markStep*8+3),
		"title: Überblick\r",
		"last line without a newline: ä",
	}
	src := []byte(strings.Join(lines, "\n"))
	r := newReader(src)
	for n, line := range lines {
		b := r.line(n + 1)
		if string(b) != line {
			t.Fatalf("line %d reads %q", n+1, b)
		}
		runes := utf8.RuneCount(b)
		step := 1
		if len(b) >= longLineLen {
			step = 7
		}
		for i := 0; i <= runes+2; i += step {
			if got, want := r.runeOffset(n+1, b, i), runeOffset(b, i); got != want {
				t.Fatalf("line %d: runeOffset(%d) = %d, want %d", n+1, i, got, want)
			}
		}
		for off := 0; off <= len(b); off++ {
			if off < len(b) && !utf8.RuneStart(b[off]) {
				continue
			}
			if got, want := r.runeCount(n+1, b, off), utf8.RuneCount(b[:off]); got != want {
				t.Fatalf("line %d: runeCount(%d) = %d, want %d", n+1, off, got, want)
			}
		}
	}
	if r.ascii(0) || r.ascii(len(lines)+1) || !r.ascii(1) || r.ascii(3) || r.ascii(len(lines)) {
		t.Error("ascii() misreads the lines")
	}
}
