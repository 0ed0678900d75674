package templates

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"rolelens/engine"
)

type entry struct {
	File  string            `json:"file"`
	Title map[string]string `json:"title"`
}

func TestTemplatesPass(t *testing.T) {
	b, err := os.ReadFile("index.json")
	if err != nil {
		t.Fatal(err)
	}
	var list []entry
	if err := json.Unmarshal(b, &list); err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, e := range list {
		listed[e.File] = true
		for _, lang := range []string{"en", "de", "ru"} {
			if e.Title[lang] == "" {
				t.Errorf("%s: no %s title", e.File, lang)
			}
		}
		src, err := os.ReadFile(e.File)
		if err != nil {
			t.Error(err)
			continue
		}
		doc := engine.Load(src)
		if !doc.OK() {
			t.Errorf("%s: invalid: %v", e.File, doc.Diagnostics)
			continue
		}
		rep := doc.Test()
		if rep.Failed > 0 || rep.Passed == 0 {
			for _, r := range rep.Results {
				if !r.Pass {
					t.Errorf("%s:%s: %s expected %s, got %s", e.File, r.At.Start, r.User, r.Expect, r.Got)
				}
			}
			if rep.Passed == 0 {
				t.Errorf("%s: no tests", e.File)
			}
		}
	}
	files, _ := filepath.Glob("*.yaml")
	for _, f := range files {
		if !listed[f] {
			t.Errorf("%s is not listed in index.json", f)
		}
	}
}
