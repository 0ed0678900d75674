package api

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

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

// TestLintLimit checks that options.limit keeps the first findings in
// order and that total and severities count them all.
func TestLintLimit(t *testing.T) {
	text := conformance(t)["bitrix-conflicts.yaml"]
	all := decode(t, Lint(text, ""))
	fs := all["findings"].([]any)
	if len(fs) < 2 {
		t.Fatalf("bitrix-conflicts.yaml has %d findings; the test needs two", len(fs))
	}
	sev := map[string]float64{}
	for _, f := range fs {
		sev[f.(map[string]any)["severity"].(string)]++
	}
	for _, limit := range []int{0, 1, len(fs) - 1, len(fs), len(fs) + 5} {
		r := decode(t, Lint(text, fmt.Sprintf(`{"limit":%d}`, limit)))
		got := r["findings"].([]any)
		want := fs
		if limit > 0 && limit < len(fs) {
			want = fs[:limit]
		}
		assert.Equal(t, want, got, "limit %d", limit)
		assert.Equal(t, float64(len(fs)), r["total"], "limit %d", limit)
		gotSev := map[string]float64{}
		for k, v := range r["severities"].(map[string]any) {
			gotSev[k] = v.(float64)
		}
		assert.Equal(t, sev, gotSev, "limit %d", limit)
	}
	// One code: its findings only, in order, the counts unchanged.
	codes := map[string]float64{}
	for _, f := range fs {
		codes[f.(map[string]any)["code"].(string)]++
	}
	assert.GreaterOrEqual(t, len(codes), 2, "the test needs two codes")
	for code, n := range codes {
		r := decode(t, Lint(text, fmt.Sprintf(`{"code":%q,"limit":1}`, code)))
		got := r["findings"].([]any)
		if assert.Len(t, got, 1, code) {
			for _, f := range fs {
				if f.(map[string]any)["code"] == code {
					assert.Equal(t, f, got[0], "the first %s", code)
					break
				}
			}
		}
		assert.Equal(t, n, r["codes"].(map[string]any)[code], code)
		assert.Equal(t, float64(len(fs)), r["total"], code)
		all := decode(t, Lint(text, fmt.Sprintf(`{"code":%q}`, code)))
		assert.Len(t, all["findings"], int(n), code)
	}
	assert.Empty(t, decode(t, Lint(text, `{"code":"L999"}`))["findings"])
	assert.Contains(t, string(Lint(text, `{"limit":-1}`)), `"bad-request"`)
	assert.Contains(t, string(Lint(text, `{"limit":"ten"}`)), `"bad-request"`)
}
