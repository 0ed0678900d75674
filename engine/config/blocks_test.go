package config_test

import (
	"bytes"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"rolelens/engine/config"
	"rolelens/engine/gen"
)

// sameAsParse parses src through c and checks the configuration and the
// diagnostics against a whole parse of src.
func sameAsParse(t *testing.T, c *config.Cache, src []byte) {
	t.Helper()
	wantCfg, wantDiags := config.Parse(src)
	gotCfg, gotDiags := c.Parse(src)
	require.Equal(t, wantDiags, gotDiags, "diagnostics of:\n%s", src)
	require.Equal(t, wantCfg, gotCfg, "configuration of:\n%s", src)
}

// edit changes src at a random line: a character replaced, a line
// inserted or removed, lines swapped: the edits a person makes.
func edit(rnd *rand.Rand, src []byte) []byte {
	lines := bytes.SplitAfter(src, []byte("\n"))
	i := rnd.IntN(len(lines))
	switch rnd.IntN(5) {
	case 0: // a character replaced
		if l := lines[i]; len(l) > 1 {
			l = bytes.Clone(l)
			l[rnd.IntN(len(l)-1)] = "ab: -#&*\n{}[]'\"x1"[rnd.IntN(17)]
			lines[i] = l
		}
	case 1: // a copy of another line inserted
		lines = append(lines[:i], append([][]byte{bytes.Clone(lines[rnd.IntN(len(lines))])}, lines[i:]...)...)
	case 2: // a line removed
		lines = append(lines[:i], lines[i+1:]...)
	case 3: // two lines swapped
		j := rnd.IntN(len(lines))
		lines[i], lines[j] = lines[j], lines[i]
	case 4: // a comment or blank line added
		lines = append(lines[:i], append([][]byte{[]byte("# note\n"), []byte("\n")}, lines[i:]...)...)
	}
	return bytes.Join(lines, nil)
}

// A cache gives what a whole parse gives, for every shipped configuration
// and for a chain of edits of each, valid and broken alike.
func TestCacheMatchesParse(t *testing.T) {
	files := seedFiles(t)
	rnd := rand.New(rand.NewPCG(7, 11))
	for _, p := range files {
		src, err := os.ReadFile(p)
		require.NoError(t, err)
		c := &config.Cache{}
		sameAsParse(t, c, src)
		cur := src
		for range 40 {
			cur = edit(rnd, cur)
			sameAsParse(t, c, cur)
			if rnd.IntN(8) == 0 {
				cur = src // and back to the original, from the cache
				sameAsParse(t, c, cur)
			}
		}
	}
}

// The cache takes the shapes it is for and leaves the others to a whole
// parse, with the same answer either way.
func TestCacheShapes(t *testing.T) {
	for _, src := range []string{
		"rolelens: 1\nsystem: bitrix24\n",
		"# a note\n\nrolelens: 1\nsystem: bitrix24\ntests:\n- user: anna\n  crm: settings\n  expect: none\n",
		"rolelens: 1\nsystem: bitrix24\nsystem: vtiger\n",        // a duplicate key
		"rolelens: 1\nsystem: bitrix24\nsystem: bitrix24\n",      // the same section twice
		"rolelens: 1\norg: &o {}\ncrm: *o\n",                     // anchors reach across sections
		"rolelens: 1\nsystem: bitrix24\n---\nrolelens: 1\n",      // two documents
		"  rolelens: 1\n  system: bitrix24\n",                    // an indented root
		"rolelens: 1\ntitle: \"two\nlines\"\nsystem: bitrix24\n", // a quoted scalar across a line at column 0
		"{rolelens: 1, system: bitrix24}\n",
		"- rolelens: 1\n",
		"rolelens: 1\nsystem: [bitrix24\n]\n",
		"rolelens: 1\n\tsystem: bitrix24\n",
		"\ufeffrolelens: 1\nsystem: bitrix24\n",
		"#\f\nrolelens: 1\nsystem: bitrix24\n",                   // a control character before the first section
		"# \u00a0 é \U0001F600\nrolelens: 1\nsystem: bitrix24\n", // characters YAML takes there
		"# \u0080\nrolelens: 1\nsystem: bitrix24\n",
		"# \ufeff\nrolelens: 1\nsystem: bitrix24\n",
		// Line breaks of YAML's other than a newline: the sections after them
		// are on other lines than a count of newlines says.
		"rolelens: 1\nsystem: bitrix24\norg:\n  users: []\r  departments: []\ncrm: {foo: 1}\n",
		"rolelens: 1\nsystem: bitrix24\ntitle: \"a\rb\"\ncrm: {foo: 1}\n",
		"# a\u0085b\nrolelens: 1\nsystem: bitrix24\n",
		"rolelens: 1\nsystem: bitrix24\ntitle: \"a\u0085b\"\ncrm: {foo: 1}\n",
		"rolelens: 1\nsystem: bitrix24\ntitle: \"a\u2028b\"\ncrm: {foo: 1}\n",
		"rolelens: 1\nsystem: bitrix24\ntitle: \"a\u2029b\"\ncrm: {foo: 1}\n",
		"rolelens: 1\r\nsystem: bitrix24\r\n",
		"rolelens: 1\nsystem: bitrix24", // no final newline
		"",
		"# only a comment\n",
	} {
		sameAsParse(t, &config.Cache{}, []byte(src))
	}
}

// Moving a section keeps its diagnostics where the section now is.
func TestCacheMovesPositions(t *testing.T) {
	c := &config.Cache{}
	base := "rolelens: 1\nsystem: bitrix24\norg:\n  users:\n    - {id: anna, departments: [nowhere]}\n"
	_, d1 := c.Parse([]byte(base))
	require.NotEmpty(t, d1)
	moved := "# a\n# b\n" + base
	_, d2 := c.Parse([]byte(moved))
	require.Len(t, d2, len(d1))
	assert.Equal(t, d1[0].Range.Start.Line+2, d2[0].Range.Start.Line)
	sameAsParse(t, c, []byte(base))
}

// A section read again unchanged is taken from the last read only for the
// same system and place: the same org under another system reads
// differently (role is a vtiger user's key), and a section that moved
// reads with its new positions.
func TestCacheReadsSections(t *testing.T) {
	org := "org:\n  users:\n    - {id: anna, role: boss, departments: [sales]}\n"
	tests := "tests:\n  - {user: anna, crm: settings, expect: none}\n"
	c := &config.Cache{}
	for _, src := range []string{
		"rolelens: 1\nsystem: bitrix24\n" + org + tests,
		"rolelens: 1\nsystem: vtiger\n" + org + tests,
		"rolelens: 1\nsystem: bitrix24\n" + org + tests,
		"rolelens: 1\nsystem: bitrix24\ntitle: moved\n" + org + tests,
		"rolelens: 1\nsystem: bitrix24\ntitle: moved\n" + tests + org,
		"rolelens: 1\nsystem: bitrix24\ntitle: moved\n" + tests + org + "crm: {}\n",
	} {
		sameAsParse(t, c, []byte(src))
	}
}

// A generated organisation, edited in one role many times over, parses
// the same through the cache as whole.
func TestCacheOnGeneratedOrganisation(t *testing.T) {
	src := gen.Generate(gen.Options{Users: 300, Seed: 3})
	c := &config.Cache{}
	rnd := rand.New(rand.NewPCG(3, 5))
	cur := src
	for range 30 {
		cur = edit(rnd, cur)
		sameAsParse(t, c, cur)
	}
}

// FuzzCacheMatchesParse: for any text and any edit of it, parsing through
// a cache gives what a whole parse gives.
func FuzzCacheMatchesParse(f *testing.F) {
	for _, p := range seedFiles(f) {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src, uint64(1))
	}
	f.Add([]byte("rolelens: 1\norg: &o {}\ncrm: *o\n"), uint64(2))
	f.Fuzz(func(t *testing.T, src []byte, seed uint64) {
		if len(src) > 64<<10 {
			return
		}
		c := &config.Cache{}
		sameAsParse(t, c, src)
		rnd := rand.New(rand.NewPCG(seed, 1))
		cur := src
		for range 3 {
			if len(cur) == 0 {
				return
			}
			cur = edit(rnd, cur)
			sameAsParse(t, c, cur)
		}
	})
}
