package engine_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"rolelens/engine"
	"rolelens/engine/config"
)

// FuzzResolve: a configuration that loads resolves without panicking, and
// gives the same matrix and test results every time.
func FuzzResolve(f *testing.F) {
	files := conformanceFiles(f)
	for _, dir := range []string{"rules", "diagnostics"} {
		m, _ := filepath.Glob(filepath.Join("testdata", dir, "*.yaml"))
		files = append(files, m...)
	}
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		done := make(chan struct{})
		go func() {
			defer close(done)
			checkResolve(t, src)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("loading and resolving did not finish within 10s")
		}
	})
}

// checkResolve loads src and, when it is valid, resolves it twice.
func checkResolve(t *testing.T, src []byte) {
	doc := engine.Load(src)
	if !doc.OK() {
		return
	}
	access := mustJSON(t, doc.Access(""))
	tests := mustJSON(t, doc.Test())
	again := engine.Load(src)
	if got := mustJSON(t, again.Access("")); got != access {
		t.Errorf("Access differs between runs:\n%s\n%s", access, got)
	}
	if got := mustJSON(t, again.Test()); got != tests {
		t.Errorf("Test differs between runs:\n%s\n%s", tests, got)
	}
	if got := mustJSON(t, doc.Access("")); got != access {
		t.Errorf("Access differs on the same document:\n%s\n%s", access, got)
	}
	for _, u := range firstUsers(doc.Config, 3) {
		for _, q := range questions(doc.Config) {
			e1, err1 := doc.Explain(u, q)
			e2, err2 := again.Explain(u, q)
			if (err1 == nil) != (err2 == nil) || mustJSON(t, e1) != mustJSON(t, e2) {
				t.Errorf("Explain(%s, %+v) differs between runs", u, q)
				return
			}
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Errorf("JSON: %v", err)
	}
	return string(b)
}

func firstUsers(cfg *config.Config, n int) []string {
	var out []string
	for _, u := range cfg.Users {
		if len(out) == n {
			break
		}
		out = append(out, u.ID)
	}
	return append(out, "no-such-user")
}

// questions asks a little of everything the configuration has.
func questions(cfg *config.Config) []config.Question {
	qs := []config.Question{
		{Kind: config.AskCRMCell, Entity: "deal", Action: "read", Stage: "NEW"},
		{Kind: config.AskCRMCell, Entity: "lead", Action: "update"},
		{Kind: config.AskCRMSettings},
		{Kind: config.AskTelephony, Permission: "call"},
		{Kind: config.AskTasks, Toggle: "view-all-tasks"},
		{Kind: config.AskVtigerModule, Module: "leads", Action: "edit"},
		{Kind: config.AskDisk, Path: "/"},
		{},
	}
	for i, r := range cfg.Records {
		if i == 3 {
			break
		}
		qs = append(qs, config.Question{Kind: config.AskRecord, Record: r.ID, Action: "read"},
			config.Question{Kind: config.AskRecord, Record: r.ID, Action: "edit"})
	}
	for i, f := range cfg.Disk.Folders {
		if i == 2 {
			break
		}
		qs = append(qs, config.Question{Kind: config.AskDisk, Path: f.Path},
			config.Question{Kind: config.AskDiskAction, Path: f.Path + "/x", Action: "share"})
	}
	for _, u := range cfg.Users {
		qs = append(qs, config.Question{Kind: config.AskTelephonyOf, Permission: "call-detail", Of: u.ID})
		break
	}
	for _, t := range cfg.Tests {
		qs = append(qs, t.Question)
	}
	return qs
}
