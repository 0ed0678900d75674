package diag

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSuggest(t *testing.T) {
	levels := []string{"none", "own", "department", "subdepartments", "open", "all"}
	cases := []struct {
		name  string
		word  string
		known []string
		want  []string
	}{
		{"one edit", "subdepartment", levels, []string{"subdepartments"}},
		{"two edits on a long word", "departmnet", levels, []string{"department"}},
		{"three edits is too far", "dpartmnet", levels, nil},
		{"case-insensitive", "ALL", levels, []string{"all"}},
		{"case-insensitive exact match first", "Lead", []string{"lead", "leads"}, []string{"lead", "leads"}},
		{"the same word is not suggested", "all", levels, nil},
		{"short words allow one edit", "WONN", []string{"WON", "NEW", "LOSE"}, []string{"WON"}},
		{"short words refuse two edits", "alx", []string{"a"}, nil},
		{"four runes allow one edit only", "opxx", []string{"open"}, nil},
		{"a swap of neighbours is one edit", "onw", levels, []string{"own"}},
		{"a swap on a four-rune word", "opne", []string{"open"}, []string{"open"}},
		{"a swap ranks before two edits", "departmnet", []string{"departmxnt", "department"}, []string{"department", "departmxnt"}},
		{"a swap of runes, not bytes", "отедл", []string{"отдел"}, []string{"отдел"}},
		{"two swaps are two edits", "nwo", []string{"own"}, nil},
		{"five runes allow two edits", "opnne", []string{"open"}, []string{"open"}},
		{"runes, not bytes, decide the limit", "отдл", []string{"отдел"}, []string{"отдел"}},
		{"four runes of two bytes each stay short", "ёжик", []string{"ёжики", "ёж"}, []string{"ёжики"}},
		{"at most three, nearest first", "abcdef", []string{"abcdxy", "abcdex", "abcdefg", "abcdeg", "abcxyz"}, []string{"abcdefg", "abcdeg", "abcdex"}},
		{"nearest before alphabetical", "abcdef", []string{"abcdxy", "abcdez"}, []string{"abcdez", "abcdxy"}},
		{"ties sorted by word", "lead", []string{"leat", "lean", "leaf"}, []string{"leaf", "lean", "leat"}},
		{"duplicates in the known list count once", "lea", []string{"lead", "lead"}, []string{"lead"}},
		{"empty word", "", levels, nil},
		{"no known words", "lead", nil, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := Suggest(c.word, c.known)
			if len(c.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, c.want, got)
		})
	}
}

func TestListSort(t *testing.T) {
	at := func(line, col int) Range {
		return Range{Start: Pos{Line: line, Col: col}, End: Pos{Line: line, Col: col + 1}}
	}
	d := func(code Code, r Range, args ...string) Diagnostic {
		return Diagnostic{Code: code, Severity: Error, Range: r, Args: args}
	}
	cases := []struct {
		name string
		in   List
		want List
	}{
		{"empty", List{}, List{}},
		{"by line", List{d("E101", at(3, 1)), d("E101", at(1, 1))}, List{d("E101", at(1, 1)), d("E101", at(3, 1))}},
		{"by column", List{d("E101", at(2, 9)), d("E101", at(2, 3))}, List{d("E101", at(2, 3)), d("E101", at(2, 9))}},
		{"by code at one place", List{d("E202", at(1, 1)), d("E101", at(1, 1))}, List{d("E101", at(1, 1)), d("E202", at(1, 1))}},
		{"exact duplicates dropped", List{d("E202", at(1, 1), "x"), d("E202", at(1, 1), "x")}, List{d("E202", at(1, 1), "x")}},
		{"other arguments kept", List{d("E202", at(1, 1), "x"), d("E202", at(1, 1), "y")}, List{d("E202", at(1, 1), "x"), d("E202", at(1, 1), "y")}},
		{"other ends kept, shorter first", List{d("E202", Range{Start: Pos{1, 1}, End: Pos{1, 5}}), d("E202", at(1, 1))}, List{d("E202", at(1, 1)), d("E202", Range{Start: Pos{1, 1}, End: Pos{1, 5}})}},
		{"arguments order equal positions and codes", List{d("E202", at(1, 1), "b"), d("E202", at(1, 1), "a")}, List{d("E202", at(1, 1), "a"), d("E202", at(1, 1), "b")}},
		{"duplicates apart after sorting by position", List{d("E202", at(1, 1), "x"), d("E202", at(1, 1), "y"), d("E202", at(1, 1), "x")}, List{d("E202", at(1, 1), "x"), d("E202", at(1, 1), "y")}},
		{"duplicates from aliases, out of order", List{d("E202", at(4, 2), "x"), d("E101", at(1, 1)), d("E202", at(4, 2), "x")}, List{d("E101", at(1, 1)), d("E202", at(4, 2), "x")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, c.in.Sort())
		})
	}
}

func TestPosLess(t *testing.T) {
	assert.True(t, Pos{1, 9}.Less(Pos{2, 1}))
	assert.True(t, Pos{2, 1}.Less(Pos{2, 2}))
	assert.False(t, Pos{2, 2}.Less(Pos{2, 2}))
	assert.False(t, Pos{3, 1}.Less(Pos{2, 5}))
}

func TestCodesTable(t *testing.T) {
	seen := map[Code]bool{}
	for _, info := range Codes() {
		assert.False(t, seen[info.Code], "code %s twice", info.Code)
		seen[info.Code] = true
		assert.Regexp(t, `^E\d{3}$`, string(info.Code))
		assert.NotEmpty(t, info.Message, info.Code)
		assert.NotEmpty(t, info.Name, info.Code)
		got, ok := Lookup(info.Code)
		assert.True(t, ok)
		assert.Equal(t, info, got)
	}
}

func TestFull(t *testing.T) {
	d := New("E208", Range{}, "WONN", "deal")
	d.Suggest = []string{"WON"}
	assert.Equal(t, `unknown stage "WONN" for "deal" (did you mean "WON"?)`, Full(d, "en"))
	d.Suggest = []string{"a", "b"}
	assert.Equal(t, `unknown stage "WONN" for "deal" (did you mean "a", "b"?)`, Full(d, "xx"))
}
