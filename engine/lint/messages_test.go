package lint_test

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"rolelens/engine/diag"
	"rolelens/engine/lint"
)

var placeholder = regexp.MustCompile(`\{[0-9]\}`)

// placeholders returns the sorted placeholders of a format, repeats kept:
// a translation uses each exactly as often as the English format does.
func placeholders(format string) []string {
	ps := placeholder.FindAllString(format, -1)
	slices.Sort(ps)
	return ps
}

// TestCataloguesCoverEveryCode checks that German and Russian have a
// message and a fix for every code, with the placeholders of English.
func TestCataloguesCoverEveryCode(t *testing.T) {
	for _, lang := range []string{"de", "ru"} {
		for _, c := range lint.Codes() {
			msg, fix, ok := lint.Text(lang, c.Code)
			if !ok {
				t.Errorf("%s: no entry for %s", lang, c.Code)
				continue
			}
			for _, p := range []struct{ what, got, en string }{{"message", msg, c.Message}, {"fix", fix, c.Fix}} {
				if strings.TrimSpace(p.got) == "" {
					t.Errorf("%s %s: empty %s", lang, c.Code, p.what)
					continue
				}
				if got, want := placeholders(p.got), placeholders(p.en); !slices.Equal(got, want) {
					t.Errorf("%s %s %s: placeholders %v, English has %v: %q", lang, c.Code, p.what, got, want, p.got)
				}
				if p.got == p.en {
					t.Errorf("%s %s %s: not translated: %q", lang, c.Code, p.what, p.got)
				}
				if strings.Contains(p.got, `"`) {
					t.Errorf("%s %s %s: English quotation marks in %q", lang, c.Code, p.what, p.got)
				}
			}
		}
		for _, c := range lint.CatalogueCodes(lang) {
			if _, ok := lint.Lookup(c); !ok {
				t.Errorf("%s: entry for unknown code %s", lang, c)
			}
		}
	}
}

// TestCataloguesMatchLanguages keeps the lint catalogues in step with the
// languages of the diagnostics.
func TestCataloguesMatchLanguages(t *testing.T) {
	got := lint.CatalogueLanguages()
	slices.Sort(got)
	want := slices.Clone(diag.Languages[1:])
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("lint catalogues for %v, diag.Languages lists %v besides English", got, want)
	}
}

// TestEnglishPlaceholdersOnce checks that no placeholder repeats in an
// English message (a fix may repeat one, as L203's does).
func TestEnglishPlaceholdersOnce(t *testing.T) {
	for _, c := range lint.Codes() {
		ps := placeholders(c.Message)
		if len(slices.Compact(slices.Clone(ps))) != len(ps) {
			t.Errorf("%s: a placeholder repeats in %q", c.Code, c.Message)
		}
	}
}

func l101() lint.Finding {
	return lint.Finding{
		Code:    "L101",
		Args:    []string{"closer", "WON", "deal", "read", "none", "all"},
		FixArgs: []string{"closer", "deal", "WON", "read"},
	}
}

func TestMessageInEachLanguage(t *testing.T) {
	f := l101()
	for _, c := range []struct{ lang, msg, fix string }{
		{"en",
			"deal read at stage WON is none by the explicit row of closer, though other roles give all",
			"remove read from the deal WON row of closer, or set it to the level these users should have"},
		{"de",
			"die explizite Zeile von „closer“ senkt „read“ für „deal“ in Phase „WON“ auf „none“, obwohl andere Rollen „all“ gewähren",
			"entfernen Sie „read“ aus der Zeile „WON“ für „deal“ in „closer“ oder stellen Sie dort die Stufe ein, die diese Nutzer haben sollen"},
		{"ru",
			"явно заданная строка в «closer» снижает «read» для «deal» на стадии «WON» до «none», хотя другие роли дают «all»",
			"удалите «read» из строки «WON» для «deal» в «closer» или задайте в ней уровень, который должен быть у этих пользователей"},
	} {
		if got := lint.MessageIn(f, c.lang); got != c.msg {
			t.Errorf("%s message:\n got %q\nwant %q", c.lang, got, c.msg)
		}
		if got := lint.FixTextIn(f, c.lang); got != c.fix {
			t.Errorf("%s fix:\n got %q\nwant %q", c.lang, got, c.fix)
		}
	}
	g := lint.Finding{Code: "L203", Args: []string{"team", "leads"}, FixArgs: []string{"team", "leads"}}
	if got, want := lint.FixTextIn(g, "de"), "erstellen Sie für „leads“ eine Freigaberegel von „group:team“ an „group:team“ oder machen Sie die Gruppe zum Besitzer der Datensätze"; got != want {
		t.Errorf("de L203 fix:\n got %q\nwant %q", got, want)
	}
}

func TestMessageInFallsBackToEnglish(t *testing.T) {
	f := l101()
	en, enFix := lint.Message(f), lint.FixText(f)
	for _, lang := range []string{"fr", "", "EN", "de-AT", "RU"} {
		if got := lint.MessageIn(f, lang); got != en {
			t.Errorf("lang %q: message %q, want the English %q", lang, got, en)
		}
		if got := lint.FixTextIn(f, lang); got != enFix {
			t.Errorf("lang %q: fix %q, want the English %q", lang, got, enFix)
		}
	}
	restore := lint.WithoutText("de", "L101")
	gotMsg, gotFix := lint.MessageIn(f, "de"), lint.FixTextIn(f, "de")
	restore()
	if gotMsg != en || gotFix != enFix {
		t.Errorf("missing entry: got %q / %q, want the English %q / %q", gotMsg, gotFix, en, enFix)
	}
	if lint.MessageIn(f, "de") == en {
		t.Error("WithoutText did not restore the entry")
	}
	unknown := lint.Finding{Code: "L999", Args: []string{"x"}}
	for _, lang := range []string{"en", "de", "ru"} {
		if got := lint.MessageIn(unknown, lang); got != "L999" {
			t.Errorf("%s unknown code: message %q, want the code itself", lang, got)
		}
		if got := lint.FixTextIn(unknown, lang); got != "" {
			t.Errorf("%s unknown code: fix %q, want none", lang, got)
		}
	}
}

// TestEveryCodeRendersInEachLanguage renders the real findings of the
// code examples in every language: nothing is left unfilled or empty.
func TestEveryCodeRendersInEachLanguage(t *testing.T) {
	for _, c := range lint.Codes() {
		for _, f := range lintFile(t, filepath.Join("testdata", "codes", string(c.Code)+"-yes.yaml")) {
			for _, lang := range []string{"de", "ru"} {
				msg, fix := lint.MessageIn(f, lang), lint.FixTextIn(f, lang)
				if msg == lint.Message(f) || fix == lint.FixText(f) {
					t.Errorf("%s %s: rendered in English: %q / %q", f.Code, lang, msg, fix)
				}
				if strings.Contains(msg, "{") || strings.Contains(fix, "{") || strings.Contains(msg, "„“") || strings.Contains(msg, "«»") || strings.Contains(fix, "„“") || strings.Contains(fix, "«»") {
					t.Errorf("%s %s: unfilled placeholder: %q / %q", f.Code, lang, msg, fix)
				}
			}
		}
	}
}
