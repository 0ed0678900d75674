package diag

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

var placeholder = regexp.MustCompile(`\{[0-9]\}`)

// placeholders returns the sorted placeholders of a format and whether
// none repeats.
func placeholders(format string) ([]string, bool) {
	ps := placeholder.FindAllString(format, -1)
	slices.Sort(ps)
	return ps, len(slices.Compact(slices.Clone(ps))) == len(ps)
}

func TestCataloguesCoverEveryCode(t *testing.T) {
	for lang, cat := range catalogues {
		for _, info := range table {
			m, ok := cat[info.Code]
			if !ok || strings.TrimSpace(m) == "" {
				t.Errorf("%s: no message for %s", lang, info.Code)
				continue
			}
			want, _ := placeholders(info.Message)
			got, once := placeholders(m)
			if !slices.Equal(got, want) || !once {
				t.Errorf("%s %s: placeholders %v, English has %v: %q", lang, info.Code, got, want, m)
			}
			if m == info.Message {
				t.Errorf("%s %s: not translated: %q", lang, info.Code, m)
			}
		}
		for c := range cat {
			if _, ok := byCode[c]; !ok {
				t.Errorf("%s: entry for unknown code %s", lang, c)
			}
		}
	}
}

func TestEnglishPlaceholdersOnce(t *testing.T) {
	for _, info := range table {
		if _, once := placeholders(info.Message); !once {
			t.Errorf("%s: a placeholder repeats in %q", info.Code, info.Message)
		}
	}
}

func TestCataloguesMatchLanguages(t *testing.T) {
	for _, l := range Languages[1:] {
		if _, ok := catalogues[l]; !ok {
			t.Errorf("language %s has no catalogue", l)
		}
	}
	if len(catalogues) != len(Languages)-1 {
		t.Errorf("catalogues for %d languages, Languages lists %d besides English", len(catalogues), len(Languages)-1)
	}
}

func TestMessageInEachLanguage(t *testing.T) {
	d := New("E101", Range{}, "rolez")
	d.Suggest = []string{"roles"}
	for _, c := range []struct{ lang, want string }{
		{"en", `unknown key "rolez" (did you mean "roles"?)`},
		{"de", "unbekannter Schlüssel „rolez“ (meinten Sie"},
		{"ru", "неизвестный ключ «rolez» (возможно, имелось в виду"},
	} {
		if got := Full(d, c.lang); !strings.Contains(got, c.want) {
			t.Errorf("%s: %q does not contain %q", c.lang, got, c.want)
		}
	}
	d = New("E105", Range{}, "own", "webform", "none, all")
	if got, want := Message(d, "de"), "Stufe „own“ ist für „webform“ nicht zulässig; zulässig: none, all"; got != want {
		t.Errorf("de: got %q, want %q", got, want)
	}
	if got, want := Message(d, "ru"), "уровень «own» недопустим для «webform»; допустимые: none, all"; got != want {
		t.Errorf("ru: got %q, want %q", got, want)
	}
}

func TestMessageFallsBackToEnglish(t *testing.T) {
	d := New("E202", Range{}, "bob")
	want := `unknown user "bob"`
	for _, lang := range []string{"fr", "", "EN", "de-AT"} {
		if got := Message(d, lang); got != want {
			t.Errorf("lang %q: got %q, want %q", lang, got, want)
		}
	}
	if got := Message(Diagnostic{Code: "E999"}, "de"); got != "E999" {
		t.Errorf("unknown code: got %q, want the code itself", got)
	}
}
