package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLintDiffExitCodes checks the exit codes of lint and diff: 0 nothing
// found, 1 findings or changes, 2 usage or invalid input.
func TestLintDiffExitCodes(t *testing.T) {
	conf := filepath.Join("..", "..", "..", "shared", "conformance")
	conflicts := filepath.Join(conf, "bitrix-conflicts.yaml")
	changed := filepath.Join("..", "..", "engine", "diff", "testdata", "conflicts-new.yaml")
	clean := filepath.Join("..", "..", "engine", "lint", "testdata", "codes", "L101-no.yaml")
	bad := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(bad, []byte("rolelens: 1\nsystem: nope\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"lint", conflicts}, exitFindings, "L101"},
		{[]string{"lint", "--json", conflicts}, exitFindings, `"code": "L102"`},
		{[]string{"lint", clean}, exitOK, "0 warnings, 0 info"},
		{[]string{"lint", "--lang", "ru", conflicts}, exitFindings, "явно заданная строка в «no-deals»"},
		{[]string{"lint", "--lang", "de", "--json", conflicts}, exitFindings, "die explizite Zeile von „no-deals“"},
		{[]string{"lint", bad}, exitUsage, ""},
		{[]string{"lint"}, exitUsage, ""},
		{[]string{"diff", conflicts, changed}, exitFindings, "3 users affected, 3 cells gained, 0 lost"},
		{[]string{"diff", "--json", conflicts, changed}, exitFindings, `"direction": "gained"`},
		{[]string{"diff", conflicts, conflicts}, exitOK, "0 users affected"},
		{[]string{"diff", conflicts, bad}, exitUsage, ""},
		{[]string{"diff", conflicts, filepath.Join(conf, "vtiger-small-company.yaml")}, exitUsage, ""},
	}
	for _, c := range cases {
		var out, errb bytes.Buffer
		if got := run(c.args, &out, &errb); got != c.code {
			t.Errorf("%v: exit %d, want %d (stderr %s)", c.args, got, c.code, errb.String())
		}
		if !strings.Contains(out.String(), c.out) {
			t.Errorf("%v: output lacks %q:\n%s", c.args, c.out, out.String())
		}
	}
}
