// Command labels writes the playground's catalogues: for each language,
// one JSON file holding the engine's labels (package engine/i18n: levels,
// actions, entities, rules, notes, facts in the platforms' words) and the
// UI's own strings (site/src/i18n/<lang>.json), so the site shows exactly
// the words the CLI and the docs use.
//
//	go run ./site/cmd/labels -ui site/src/i18n -out build/site/i18n
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"rolelens/engine/i18n"
)

type catalogue struct {
	Lang   string            `json:"lang"`
	Labels map[string]string `json:"labels"`
	UI     map[string]string `json:"ui"`
}

func main() {
	ui := flag.String("ui", "site/src/i18n", "folder of the UI strings, <lang>.json")
	out := flag.String("out", "build/site/i18n", "folder to write <lang>.json into")
	flag.Parse()
	if err := run(*ui, *out); err != nil {
		fmt.Fprintln(os.Stderr, "labels:", err)
		os.Exit(1)
	}
}

func run(uiDir, outDir string) error {
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	var base map[string]string
	for _, lang := range i18n.Languages {
		strs, err := readUI(filepath.Join(uiDir, lang+".json"))
		if err != nil {
			return err
		}
		if base == nil {
			base = strs
		}
		for k := range base {
			if _, ok := strs[k]; !ok && !isPluralForm(k, base) {
				return fmt.Errorf("%s.json lacks %q", lang, k)
			}
		}
		for k := range strs {
			if _, ok := base[k]; !ok && !isPluralForm(k, base) {
				return fmt.Errorf("%s.json has %q, which %s.json lacks", lang, k, i18n.Languages[0])
			}
		}
		b, err := json.Marshal(catalogue{Lang: lang, Labels: i18n.Catalog(lang), UI: strs})
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(outDir, lang+".json"), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func readUI(file string) (map[string]string, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %v", file, err)
	}
	return m, nil
}

// isPluralForm reports a string for a count of one, or of a few (key.one,
// key.few): a language has those of its own where the base string (key,
// in every language) reads wrong for such counts.
func isPluralForm(key string, base map[string]string) bool {
	for _, form := range []string{".one", ".few"} {
		if k, ok := strings.CutSuffix(key, form); ok {
			_, has := base[k]
			return has
		}
	}
	return false
}
