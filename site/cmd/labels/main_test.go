package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestCatalogues builds the catalogues from the UI strings: every language
// must have the same keys, and the engine's labels must come along.
func TestCatalogues(t *testing.T) {
	out := t.TempDir()
	if err := run(filepath.Join("..", "..", "src", "i18n"), out); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "de", "ru"} {
		b, err := os.ReadFile(filepath.Join(out, lang+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var c catalogue
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		if c.Labels["level.crm.own"] == "" || c.UI["tab.access"] == "" {
			t.Errorf("%s: labels or UI strings missing", lang)
		}
	}
}
