package lint

// CatalogueLanguages lists the languages with a catalogue of findings.
func CatalogueLanguages() []string {
	var ls []string
	for l := range catalogues {
		ls = append(ls, l)
	}
	return ls
}

// Text returns lang's message and fix formats of c, and whether the
// catalogue has an entry for it.
func Text(lang string, c Code) (message, fix string, ok bool) {
	t, ok := catalogues[lang][c]
	return t.Message, t.Fix, ok
}

// CatalogueCodes lists the codes lang's catalogue has entries for.
func CatalogueCodes(lang string) []Code {
	var cs []Code
	for c := range catalogues[lang] {
		cs = append(cs, c)
	}
	return cs
}

// WithoutText removes c from lang's catalogue until the returned function
// puts it back (for the fallback test; not parallel-safe).
func WithoutText(lang string, c Code) (restore func()) {
	t, ok := catalogues[lang][c]
	delete(catalogues[lang], c)
	return func() {
		if ok {
			catalogues[lang][c] = t
		}
	}
}
