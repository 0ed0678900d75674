package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"rolelens/engine/config"
	"rolelens/internal/testrepo"
)

// conformanceFiles returns ../shared/conformance/*.yaml and fails the test
// when they are missing.
func conformanceFiles(t *testing.T) []string { return testrepo.Conformance(t) }

func runCLI(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

func TestConformanceThroughCLI(t *testing.T) {
	code, out, errOut := runCLI(append([]string{"test"}, conformanceFiles(t)...)...)
	assert.Equal(t, 0, code, "stdout:\n%s\nstderr:\n%s", out, errOut)
	assert.Equal(t, "68 passed, 0 failed", lastLine(out))
}

// write puts a configuration into a temporary file and returns its path.
func write(t *testing.T, name, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(p, []byte(text), 0o644))
	return p
}

const validConfig = `rolelens: 1
system: bitrix24
org:
  users:
    - {id: anna}
crm:
  roles:
    - {id: reader, permissions: {lead: {read: all}}}
  assignments:
    - {role: reader, to: [user:anna]}
tests:
  - {user: anna, crm: {entity: lead, action: read}, expect: all}
`

const failingConfig = `rolelens: 1
system: bitrix24
org:
  users:
    - {id: anna}
tests:
  - {user: anna, crm: {entity: lead, action: read}, expect: all}
`

const typoConfig = `rolelens: 1
system: bitrix24
crm:
  roles:
    - id: agent
      permissions:
        deal:
          stages:
            WONN: {read: none}
`

func TestExitCodes(t *testing.T) {
	valid := write(t, "valid.yaml", validConfig)
	failing := write(t, "failing.yaml", failingConfig)
	invalid := write(t, "invalid.yaml", typoConfig)
	missing := filepath.Join(t.TempDir(), "missing.yaml")
	cases := []struct {
		name string
		args []string
		code int
	}{
		{"no arguments", nil, 2},
		{"unknown command", []string{"frobnicate"}, 2},
		{"help", []string{"help"}, 0},
		{"version", []string{"version"}, 0},
		{"check valid", []string{"check", valid}, 0},
		{"check json", []string{"check", "--json", valid}, 0},
		{"check invalid", []string{"check", invalid}, 2},
		{"check valid and invalid", []string{"check", valid, invalid}, 2},
		{"check without files", []string{"check"}, 2},
		{"check missing file", []string{"check", missing}, 2},
		{"check unknown flag", []string{"check", "--frob", valid}, 2},
		{"test passing", []string{"test", valid}, 0},
		{"test failing", []string{"test", failing}, 1},
		{"test passing and failing", []string{"test", valid, failing}, 1},
		// An invalid file counts as failed (SPEC 3) and, being invalid
		// input, makes `test` exit 2.
		{"test invalid", []string{"test", invalid}, 2},
		{"test invalid and failing", []string{"test", failing, invalid}, 2},
		{"test without files", []string{"test"}, 2},
		{"test missing file", []string{"test", missing}, 2},
		{"access", []string{"access", valid}, 0},
		{"access one user", []string{"access", valid, "--user", "anna"}, 0},
		{"access unknown user", []string{"access", valid, "--user", "bob"}, 2},
		{"access invalid", []string{"access", invalid}, 2},
		{"access two files", []string{"access", valid, valid}, 2},
		{"explain", []string{"explain", valid, "--user", "anna", "--crm", "lead/read"}, 0},
		{"explain settings", []string{"explain", valid, "--user", "anna", "--crm", "settings"}, 0},
		{"explain without question", []string{"explain", valid, "--user", "anna"}, 2},
		{"explain two questions", []string{"explain", valid, "--user", "anna", "--crm", "settings", "--tasks", "delete-tasks"}, 2},
		{"explain unknown user", []string{"explain", valid, "--user", "bob", "--crm", "lead/read"}, 2},
		{"explain unknown entity", []string{"explain", valid, "--user", "anna", "--crm", "leads/read"}, 2},
		{"explain without user", []string{"explain", valid, "--crm", "lead/read"}, 2},
		// The generator's limits are gen.Options.Check's, as in the wasm API.
		{"gen", []string{"gen", "--users", "20"}, 0},
		{"gen unknown system", []string{"gen", "--system", "sap"}, 2},
		{"gen too many users", []string{"gen", "--users", "100001"}, 2},
		{"gen too many assignments", []string{"gen", "--assignments", "100001"}, 2},
		{"gen vtiger groups over departments' limit", []string{"gen", "--system", "vtiger", "--users", "20", "--departments", "20001"}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runCLI(c.args...)
			assert.Equal(t, c.code, code, "stdout:\n%s\nstderr:\n%s", out, errOut)
		})
	}
}

func TestTestOutput(t *testing.T) {
	failing := write(t, "failing.yaml", failingConfig)
	code, out, _ := runCLI("test", failing)
	require.Equal(t, 1, code)
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	require.Len(t, lines, 2, out)
	assert.True(t, strings.HasPrefix(lines[0], failing+":7:5: FAIL"), lines[0])
	assert.Contains(t, lines[0], "expected all, found none")
	assert.Equal(t, "0 passed, 1 failed", lines[1])
}

var checkLine = regexp.MustCompile(`^(.+):(\d+):(\d+): (?:warning: )?(E\d{3}): (.+?)(?: \(did you mean (.+)\?\))?$`)

func TestCheckOutputFormat(t *testing.T) {
	invalid := write(t, "typo.yaml", typoConfig)
	code, out, _ := runCLI("check", invalid)
	require.Equal(t, 2, code)
	assert.Equal(t, invalid+`:9:13: E208: unknown stage "WONN" for "deal" (did you mean "WON"?)`+"\n", out)
	m := checkLine.FindStringSubmatch(strings.TrimSpace(out))
	require.NotNil(t, m, out)
	assert.Equal(t, []string{invalid, "9", "13", "E208", `unknown stage "WONN" for "deal"`, `"WON"`}, m[1:])

	// A valid file prints nothing.
	code, out, _ = runCLI("check", write(t, "valid.yaml", validConfig))
	assert.Equal(t, 0, code)
	assert.Empty(t, out)
}

// TestTooLargeFileSize: a file over the size limit is refused with its
// own size, although only the limit and a byte of it are read.
func TestTooLargeFileSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.yaml")
	f, err := os.Create(path)
	require.NoError(t, err)
	size := int64(config.MaxBytes) + 12345
	require.NoError(t, f.Truncate(size)) // sparse: no disk written
	require.NoError(t, f.Close())
	code, out, _ := runCLI("check", path)
	assert.Equal(t, 2, code)
	assert.Contains(t, out, fmt.Sprintf("E002: the configuration is %d bytes; the limit is %d", size, config.MaxBytes))
}
