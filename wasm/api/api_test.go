package api

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"rolelens/engine"
	"rolelens/engine/gen"
)

// conformance returns the shared cases, beside the repository.
func conformance(t testing.TB) map[string]string {
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "shared", "conformance", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no shared conformance files beside the repository (%v)", err)
	}
	out := map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = string(b)
	}
	return out
}

func decode(t testing.TB, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("not a JSON object: %v: %s", err, b)
	}
	return m
}

func TestConformanceThroughTest(t *testing.T) {
	passed, failed := 0.0, 0.0
	for name, text := range conformance(t) {
		r := decode(t, Test(text, ""))
		if r["ok"] != true {
			t.Errorf("%s: not ok: %v", name, r["diagnostics"])
		}
		passed += r["passed"].(float64)
		failed += r["failed"].(float64)
	}
	if passed != 68 || failed != 0 {
		t.Errorf("got %v passed, %v failed; want 68 passed, 0 failed", passed, failed)
	}
}

func TestInvalidConfigurationIsDiagnostics(t *testing.T) {
	for _, text := range []string{"", "rolelens: 1\nsystem: bitrx24\n", "{", "\x00\xff", "rolelens: [1"} {
		r := decode(t, Test(text, `{"lang":"de"}`))
		if r["ok"] != false || r["failed"] != 1.0 || r["passed"] != 0.0 {
			t.Errorf("%q: %v", text, r)
		}
		ds := r["diagnostics"].([]any)
		if len(ds) == 0 || ds[0].(map[string]any)["message"] == "" {
			t.Errorf("%q: no rendered diagnostic: %v", text, ds)
		}
	}
	r := decode(t, Check("rolelens: 1\nsystem: bitrx24\n", `{"lang":"ru"}`))
	d := r["diagnostics"].([]any)[0].(map[string]any)
	if d["code"] != "E108" || !strings.Contains(d["hint"].(string), "bitrix24") || !strings.Contains(d["message"].(string), "bitrx24") {
		t.Errorf("diagnostic: %v", d)
	}
}

func TestBadRequests(t *testing.T) {
	for _, opts := range []string{"5", "[", `"de"`, strings.Repeat(" ", MaxOptionBytes+1)} {
		r := decode(t, Check("rolelens: 1", opts))
		if e, _ := r["error"].(map[string]any); e == nil || e["code"] != "bad-request" {
			t.Errorf("options %.10q: %v", opts, r)
		}
	}
}

// A text the caller measured as too large, never copied into Go, gets the
// very answer each method gives for the engine's own E002, in the
// caller's language.
func TestTooLargeAnswersAsTheMethod(t *testing.T) {
	huge := strings.Repeat("#", 16<<20+1)
	small := conformance(t)["bitrix-sales-team.yaml"]
	opts := `{"lang":"de","user":"anna"}`
	for _, c := range []struct {
		method string
		arg    int
		args   []string
		want   []byte
	}{
		{"check", 0, []string{"", opts}, Check(huge, opts)},
		{"access", 0, []string{"", opts}, Access(huge, opts)},
		{"explain", 0, []string{"", `{"user":"anna","crm":"settings"}`, opts}, Explain(huge, `{"user":"anna","crm":"settings"}`, opts)},
		{"test", 0, []string{"", opts}, Test(huge, opts)},
		{"lint", 0, []string{"", opts}, Lint(huge, opts)},
		{"records", 0, []string{"", opts}, Records(huge, opts)},
		{"diff", 1, []string{small, "", opts}, Diff(small, huge, opts)},
		{"diff", 0, []string{"", small, opts}, Diff(huge, small, opts)},
	} {
		got := TooLarge(c.method, c.arg, len(huge), append(c.args, "", "")[:3])
		if string(got) != string(c.want) {
			t.Errorf("%s: TooLarge gives\n%s\nthe method gives\n%s", c.method, got, c.want)
		}
		if !strings.Contains(string(got), `"E002"`) || !strings.Contains(string(got), "erlaubt") {
			t.Errorf("%s: no German E002: %s", c.method, got)
		}
	}
}

func TestGuardRecovers(t *testing.T) {
	r := decode(t, Guard(func() []byte { panic("boom") }))
	if e, _ := r["error"].(map[string]any); e == nil || e["code"] != "panic" {
		t.Fatalf("%v", r)
	}
	if r := decode(t, Version()); r["engine"] == "" {
		t.Fatalf("%v", r)
	}
}

func TestExplainQuestionShapes(t *testing.T) {
	text := conformance(t)["bitrix-sales-team.yaml"]
	for q, want := range map[string]string{
		`{"user":"anna","crm":{"entity":"deal","action":"read","stage":"WON"}}`:      "own",
		`{"user":"anna","kind":"crm","entity":"deal","action":"read","stage":"WON"}`: "own",
		`{"user":"anna","record":"lead-bob","action":"update"}`:                      "deny",
		`{"user":"hanna","crm":"settings"}`:                                          "allow",
		`{"user":"eve","telephony":"call"}`:                                          "any",
		`{"user":"anna","tasks":"view-all-tasks"}`:                                   "deny",
	} {
		r := decode(t, Explain(text, q, ""))
		e, _ := r["explanation"].(map[string]any)
		if e == nil || e["answer"] != want {
			t.Errorf("%s: got %v, want %s", q, r, want)
		}
	}
	for q, code := range map[string]string{
		`{"user":"nobody","crm":"settings"}`:                          "E202",
		`{"user":"anna"}`:                                             "E301",
		`{"user":"anna","crm":"settings","tasks":"x"}`:                "E301",
		`{"crm":"settings"}`:                                          "E102",
		`{"user":"anna","crm":"setings"}`:                             "E106",
		`{"user":"anna","crm":{"action":"read"}}`:                     "E102",
		`{"user":"anna","record":"lead-bob"}`:                         "E102",
		`{"user":"anna","tasks":"view-all-tasks","action":1}`:         "E101",
		`{"user":"anna","record":"lead-x","action":"read"}`:           "E207",
		`{"user":"anna","vtiger":{"module":"leads","action":"view"}}`: "E303",
		`{"user":"anna","kind":"nonsense"}`:                           "E006",
		`[1]`:                                                         "E006",
		`{"user":5,"crm":"settings"}`:                                 "E202", // YAML reads 5 as the id "5", as in tests
		`{"user":"anna","crm":{"entity":"lead","action":"reed"}}`:     "E110",
	} {
		r := decode(t, Explain(text, q, ""))
		e, _ := r["questionError"].(map[string]any)
		if r["explanation"] != nil || e == nil || e["code"] != code {
			t.Errorf("%s: got %v, want %s", q, r, code)
		}
	}
}

// Questions are read like a configuration's tests, with their did-you-mean.
func TestExplainQuestionSuggests(t *testing.T) {
	text := conformance(t)["bitrix-sales-team.yaml"]
	r := decode(t, Explain(text, `{"user":"anna","crm":{"entity":"lead","action":"reed"}}`, `{"lang":"de"}`))
	e, _ := r["questionError"].(map[string]any)
	if e == nil || e["code"] != "E110" || !strings.Contains(e["hint"].(string), "read") {
		t.Errorf("misspelt action: %v", r)
	}
}

func TestAccessLintDiff(t *testing.T) {
	text := conformance(t)["bitrix-sales-team.yaml"]
	r := decode(t, Access(text, `{"user":"anna"}`))
	if users := r["access"].(map[string]any)["users"].([]any); len(users) != 1 {
		t.Errorf("access for anna: %d users", len(users))
	}
	if r := decode(t, Access(text, `{"user":"nobody"}`)); r["access"] != nil || r["questionError"] == nil {
		t.Errorf("unknown user: %v", r)
	}
	// The users a role reaches: agents through the sales tree and the
	// partners group, not the head's marketing people.
	r = decode(t, Access(text, `{"role":"agent"}`))
	var agents []string
	for _, u := range r["access"].(map[string]any)["users"].([]any) {
		agents = append(agents, u.(map[string]any)["user"].(string))
	}
	if !slices.Contains(agents, "anna") || !slices.Contains(agents, "max") || slices.Contains(agents, "mia") {
		t.Errorf("users of role agent: %v", agents)
	}
	// The first users in file order.
	r = decode(t, Access(text, `{"first":2}`))
	if users := r["access"].(map[string]any)["users"].([]any); len(users) != 2 || users[0].(map[string]any)["user"] != "ceo" {
		t.Errorf("first 2 users: %v", users)
	}
	// Several users in one call, in file order, unknown names left out.
	r = decode(t, Access(text, `{"users":["nora","nobody","anna"]}`))
	var ids []string
	for _, u := range r["access"].(map[string]any)["users"].([]any) {
		ids = append(ids, u.(map[string]any)["user"].(string))
	}
	if want := []string{"anna", "nora"}; !slices.Equal(ids, want) {
		t.Errorf("access for [nora nobody anna]: %v, want %v", ids, want)
	}
	if r := decode(t, Lint(text, "")); r["ok"] != true || r["findings"] == nil {
		t.Errorf("lint: %v", r)
	}
	changed := strings.Replace(text, "lead: {read: department, add: own", "lead: {read: all, add: own", 1)
	r = decode(t, Diff(text, changed, ""))
	if d, _ := r["diff"].(map[string]any); r["ok"] != true || d == nil || len(d["users"].([]any)) == 0 {
		t.Errorf("diff: %v", r)
	}
	r = decode(t, Diff(text, conformance(t)["vtiger-small-company.yaml"], ""))
	if r["ok"] != false || r["problem"] == "" {
		t.Errorf("diff across systems: %v", r)
	}
}

func TestGenerate(t *testing.T) {
	r := decode(t, Generate(`{"users": 40, "seed": 3}`))
	text, _ := r["text"].(string)
	if a := decode(t, Access(text, `{"packed": true}`)); a["ok"] != true || len(a["access"].(map[string]any)["users"].([]any)) != 40 {
		t.Errorf("generated text does not resolve to 40 users: %v", a["diagnostics"])
	}
	if again := decode(t, Generate(`{"users": 40, "seed": 3}`)); again["text"] != text {
		t.Error("the same seed gave another organisation")
	}
	for _, bad := range []string{`{"users": -1}`, `{"users": 100001}`, `{"assignments": 100001}`, `{"system": "sap"}`, `[`} {
		if e := decode(t, Generate(bad))["error"]; e == nil {
			t.Errorf("%s: no error", bad)
		}
	}
	// vtiger's groups are bounded as lists, not as departments: the CLI
	// accepts the same (gen.Options.Check).
	if r := decode(t, Generate(`{"system": "vtiger", "users": 20, "departments": 20001}`)); r["error"] != nil {
		t.Errorf("vtiger with 20,001 groups refused: %v", r["error"])
	}
}

func TestGeneratedOrganisation(t *testing.T) {
	text := string(gen.Generate(gen.Options{Users: 1000}))
	r := decode(t, Access(text, ""))
	if r["ok"] != true || len(r["access"].(map[string]any)["users"].([]any)) != 1000 {
		t.Fatalf("generated 1,000 users: ok=%v %v", r["ok"], r["diagnostics"])
	}
}

// BenchmarkAccess is what the playground does per keystroke: load a text
// it has not seen, resolve every user and encode the matrix as JSON. The
// Node benchmark (wasm/test/bench.mjs) runs the same organisation.
func BenchmarkAccess(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		text := string(gen.Generate(gen.Options{Users: n, Seed: 1}))
		b.Run("users="+strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				forget()
				if out := Access(text, ""); len(out) < n {
					b.Fatal("short result")
				}
			}
		})
	}
}

func TestAccessJSONMatchesEncodingJSON(t *testing.T) {
	texts := conformance(t)
	texts["generated-bitrix24"] = string(gen.Generate(gen.Options{Users: 200, Seed: 7}))
	texts["generated-vtiger"] = string(gen.Generate(gen.Options{System: "vtiger", Users: 200, Seed: 7}))
	texts["escapes"] = "rolelens: 1\nsystem: bitrix24\ntitle: \"<Ä & \\\"q\\\" \\u2028>\"\norg:\n  users:\n    - {id: a, name: \"Zoë <b>\\tx\"}\n"
	for name, text := range texts {
		d := load(text)
		if !d.OK() {
			t.Fatalf("%s: %v", name, d.Diagnostics)
		}
		for _, user := range []string{"", d.Config.Users[0].ID} {
			a := d.Access(user)
			want, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			if got := appendAccess(nil, a); string(got) != string(want) {
				t.Errorf("%s (user %q): hand-written JSON differs from encoding/json\n got %.300s\nwant %.300s", name, user, got, want)
			}
		}
	}
	var a *engine.Access
	if got := appendAccess(nil, a); string(got) != "null" {
		t.Errorf("nil access: %s", got)
	}
	if got := appendAccess(nil, &engine.Access{Users: []engine.UserAccess{{Vtiger: []engine.ModuleRow{{Module: "m"}}}}}); !json.Valid(got) {
		t.Errorf("not JSON: %s", got)
	}
}

// TestAccessJSONKnowsEveryField fails when a type of the matrix gains a
// field, which appendAccess must then learn.
func TestAccessJSONKnowsEveryField(t *testing.T) {
	for v, n := range map[reflect.Type]int{
		reflect.TypeFor[engine.Access](): 7, reflect.TypeFor[engine.UserAccess](): 14,
		reflect.TypeFor[engine.RoleInfo]():  3,
		reflect.TypeFor[engine.EntityRow](): 3, reflect.TypeFor[engine.StageRow](): 3,
		reflect.TypeFor[engine.PermissionCell](): 2, reflect.TypeFor[engine.FolderCell](): 2,
		reflect.TypeFor[engine.ModuleRow](): 2, reflect.TypeFor[engine.ModuleCell](): 3,
	} {
		if got := v.NumField(); got != n {
			t.Errorf("%v has %d fields; appendAccess writes %d", v, got, n)
		}
	}
}
