package docsite

import (
	"rolelens/engine/config"
	"rolelens/engine/diag"
	"rolelens/engine/lint"
)

// refTexts are the reference pages' descriptions in German and Russian,
// keyed by the English text of the engine's tables (refstrings_de.go,
// refstrings_ru.go). Keyed by the English itself, so that a description
// changed in the engine has no translation until it is translated again:
// TestReferenceIsTranslated lists what is missing.
var refTexts = map[string]map[string]string{}

// tr gives an engine description in lang, or the English when there is
// no translation.
func tr(lang, english string) string {
	if t, ok := refTexts[lang][english]; ok && t != "" {
		return t
	}
	return english
}

// referenceTexts lists every English description the reference pages show:
// the names and descriptions of the format's mappings and fields, and the
// descriptions of every diagnostic and lint code.
func referenceTexts() []string {
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	eachShape(func(s *config.Shape) {
		add(s.Name)
		add(s.Doc)
		for _, f := range s.Fields {
			add(f.Doc)
		}
		if s.Dynamic != nil {
			add(s.Dynamic.Doc)
		}
	})
	for _, c := range diag.Codes() {
		add(c.Doc)
	}
	for _, c := range lint.Codes() {
		add(c.Doc)
	}
	return out
}

// eachShape calls f once for every mapping of both formats, depth first.
func eachShape(f func(*config.Shape)) {
	visited := map[*config.Shape]bool{}
	var walk func(s *config.Shape)
	walk = func(s *config.Shape) {
		if s == nil || visited[s] {
			return
		}
		visited[s] = true
		f(s)
		for _, fd := range s.Fields {
			walk(fd.Shape)
		}
		if s.Dynamic != nil {
			walk(s.Dynamic.Shape)
		}
	}
	walk(config.BitrixShape)
	walk(config.VtigerShape)
}
