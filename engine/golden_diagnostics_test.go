package engine_test

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"rolelens/engine"
	"rolelens/engine/config"
	"rolelens/engine/diag"
	"rolelens/internal/render"

	"rolelens/internal/golden"
)

// hostile inputs are generated rather than stored: they are large, and
// their point is their shape. Each still has a golden file of its lines.
var hostile = map[string]func() []byte{
	"hostile-too-large": func() []byte {
		b := bytes.Repeat([]byte("# padding line of a configuration that is far too large\n"), config.MaxBytes/56+2)
		return append([]byte("rolelens: 1\nsystem: bitrix24\n"), b...)
	},
	"hostile-too-deep": func() []byte {
		return []byte("rolelens: 1\nsystem: bitrix24\ntitle: " + strings.Repeat("[", 150) + strings.Repeat("]", 150) + "\n")
	},
	"hostile-too-deep-block": func() []byte {
		var b strings.Builder
		b.WriteString("rolelens: 1\nsystem: bitrix24\norg:\n")
		for i := 0; i < 120; i++ {
			b.WriteString(strings.Repeat(" ", 2*i+2) + "k:\n")
		}
		return []byte(b.String())
	},
	"hostile-alias-bomb": func() []byte {
		var b strings.Builder
		b.WriteString("rolelens: 1\nsystem: bitrix24\n")
		b.WriteString("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n")
		for i := 1; i < 10; i++ {
			b.WriteString("a" + itoa(i) + ": &a" + itoa(i) + " [")
			for j := 0; j < 10; j++ {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteString("*a" + itoa(i-1))
			}
			b.WriteString("]\n")
		}
		return []byte(b.String())
	},
	"hostile-too-many": func() []byte {
		var b strings.Builder
		b.WriteString("rolelens: 1\nsystem: bitrix24\norg:\n  departments: [")
		for i := 0; i <= config.MaxDepartments; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("{id: d" + itoa(i) + "}")
		}
		b.WriteString("]\n")
		return []byte(b.String())
	},
	"hostile-one-long-line": func() []byte {
		// Every user on one line, with names that are not ASCII: positions
		// on a huge line must stay cheap.
		var b strings.Builder
		b.WriteString("rolelens: 1\nsystem: bitrix24\norg: {users: [")
		for i := 0; i < 20_000; i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("{id: u" + itoa(i) + ", name: Пользователь}")
		}
		b.WriteString("], departmnets: []}\n")
		return []byte(b.String())
	},
	"hostile-100-mb": func() []byte {
		b := bytes.Repeat([]byte("    - {id: u, name: User}\n"), 100<<20/26)
		return append([]byte("rolelens: 1\nsystem: bitrix24\norg:\n  users:\n"), b...)
	},
	"hostile-long-name": func() []byte {
		return []byte("rolelens: 1\nsystem: bitrix24\norg:\n  users:\n    - {id: anna, name: " + strings.Repeat("Ä", 1_000_000) + "}\n")
	},
	"hostile-markup-ids": func() []byte {
		return []byte("rolelens: 1\nsystem: bitrix24\norg:\n  users:\n    - {id: \"<img src=x onerror=alert(1)>\", departments: [\"<script>\"]}\n")
	},
	"hostile-cycles": func() []byte {
		return []byte(`rolelens: 1
system: vtiger
org:
  roles:
    - {id: a, parent: c}
    - {id: b, parent: a}
    - {id: c, parent: b}
  users:
    - {id: u, role: a}
  groups:
    - {id: g, members: [group:h]}
    - {id: h, members: [group:g, role-tree:a]}
`)
	},
	"hostile-department-cycle": func() []byte {
		return []byte(`rolelens: 1
system: bitrix24
org:
  departments:
    - {id: a, parent: b}
    - {id: b, parent: c}
    - {id: c, parent: a}
  users:
    - {id: u, departments: [a]}
crm:
  assignments:
    - {role: x, to: [department-tree:a]}
`)
	},
	"hostile-binary": func() []byte {
		return []byte("rolelens: 1\nsystem: bitrix24\ntitle: \x00\x01\xfe\xff\n")
	},
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + itoa(i%10)
}

// diagnosticCases returns every case name with its input: the files under
// testdata/diagnostics and the generated hostile inputs.
func diagnosticCases(t *testing.T) map[string][]byte {
	t.Helper()
	cases := map[string][]byte{}
	for _, f := range testdataFiles(t, "diagnostics") {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		cases[strings.TrimSuffix(filepath.Base(f), ".yaml")] = src
	}
	for name, gen := range hostile {
		cases[name] = gen()
	}
	return cases
}

func sortedNames(m map[string][]byte) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// TestGoldenDiagnostics renders each case's diagnostics as `check` prints
// them and compares them with NAME.golden. Every input yields its
// diagnostics quickly, hostile ones included.
func TestGoldenDiagnostics(t *testing.T) {
	cases := diagnosticCases(t)
	for _, name := range sortedNames(cases) {
		src := cases[name]
		t.Run(name, func(t *testing.T) {
			start := time.Now()
			doc := engine.Load(src)
			if d, limit := time.Since(start), 2*time.Second*slowdown; d > limit {
				t.Errorf("loading took %v; the limit is %v", d, limit)
			}
			require.NotEmpty(t, doc.Diagnostics, "a diagnostics case must yield diagnostics")
			var b bytes.Buffer
			render.Diagnostics(&b, name+".yaml", doc.Diagnostics, "en")
			golden.Check(t, filepath.Join("testdata", "diagnostics", name+".golden"), b.Bytes())
		})
	}
}

// TestGoldenDiagnosticsCoverCodes checks that the goldens, together, show
// every code of the table: each code can be triggered and is pinned.
func TestGoldenDiagnosticsCoverCodes(t *testing.T) {
	seen := map[diag.Code]bool{}
	cases := diagnosticCases(t)
	for _, name := range sortedNames(cases) {
		for _, d := range engine.Load(cases[name]).Diagnostics {
			seen[d.Code] = true
		}
	}
	// Codes only a question asked outside the tests block can raise (the
	// CLI's explain, the wasm API) are checked in TestQuestionErrors.
	for _, c := range questionOnlyCodes {
		seen[c] = true
	}
	var missing, unknown []string
	for _, info := range diag.Codes() {
		if !seen[info.Code] {
			missing = append(missing, string(info.Code))
		}
		delete(seen, info.Code)
	}
	for c := range seen {
		unknown = append(unknown, string(c))
	}
	assert.Empty(t, missing, "codes no golden shows")
	assert.Empty(t, unknown, "codes outside the table")
}

// questionOnlyCodes are empty: every code is reachable from a file. Keep
// the hook for codes that only a question from outside can raise.
var questionOnlyCodes []diag.Code

// TestTypoSuggestions pins the three typo cases of the issue: exactly one
// diagnostic each, at the right place, with the right suggestion.
func TestTypoSuggestions(t *testing.T) {
	cases := []struct {
		file    string
		code    diag.Code
		at      diag.Pos
		suggest string
	}{
		{"typo-subject-kind.yaml", "E111", diag.Pos{Line: 10, Col: 26}, "department"},
		{"typo-level.yaml", "E104", diag.Pos{Line: 7, Col: 22}, "subdepartments"},
		{"typo-stage.yaml", "E208", diag.Pos{Line: 10, Col: 13}, "WON"},
	}
	for _, c := range cases {
		src, err := os.ReadFile(filepath.Join("testdata", "diagnostics", c.file))
		require.NoError(t, err)
		doc := engine.Load(src)
		require.Len(t, doc.Diagnostics, 1, "%s: %v", c.file, doc.Diagnostics)
		d := doc.Diagnostics[0]
		assert.Equal(t, c.code, d.Code, c.file)
		assert.Equal(t, c.at, d.Range.Start, c.file)
		require.NotEmpty(t, d.Suggest, c.file)
		assert.Equal(t, c.suggest, d.Suggest[0], c.file)
	}
}
