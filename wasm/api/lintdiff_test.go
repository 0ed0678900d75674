package api

import (
	"testing"

	"rolelens/engine/lint"
)

// TestLintLanguage checks that lint renders message and fix in the
// language of the options, and in English without one or for an unknown one.
func TestLintLanguage(t *testing.T) {
	text := conformance(t)["bitrix-conflicts.yaml"]
	findings := func(opts string) []any {
		t.Helper()
		r := decode(t, Lint(text, opts))
		fs, _ := r["findings"].([]any)
		if r["ok"] != true || len(fs) == 0 {
			t.Fatalf("lint %s: no findings: %v", opts, r)
		}
		return fs
	}
	en := findings("")
	for _, c := range []struct{ opts, lang string }{
		{`{"lang":"de"}`, "de"},
		{`{"lang":"ru"}`, "ru"},
		{`{"lang":"en"}`, "en"},
		{`{"lang":"fr"}`, "en"},
	} {
		fs := findings(c.opts)
		if len(fs) != len(en) {
			t.Fatalf("%s: %d findings, %d in English", c.opts, len(fs), len(en))
		}
		for i, x := range fs {
			f := x.(map[string]any)
			lf := lint.Finding{Code: lint.Code(f["code"].(string)), Args: strs(f["args"]), FixArgs: strs(f["fixArgs"])}
			if want := lint.MessageIn(lf, c.lang); f["message"] != want {
				t.Errorf("%s %s: message %q, want %q", c.opts, lf.Code, f["message"], want)
			}
			fix, _ := f["fix"].(string)
			if want := lint.FixTextIn(lf, c.lang); fix != want {
				t.Errorf("%s %s: fix %q, want %q", c.opts, lf.Code, fix, want)
			}
			e := en[i].(map[string]any)
			if translated := f["message"] != e["message"]; translated != (c.lang != "en") {
				t.Errorf("%s %s: message %q beside English %q", c.opts, lf.Code, f["message"], e["message"])
			}
		}
	}
}

func strs(v any) []string {
	xs, _ := v.([]any)
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i], _ = x.(string)
	}
	return out
}
