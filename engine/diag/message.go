package diag

import (
	"fmt"
	"strings"
)

// Languages the catalogues cover; the first is the fallback.
var Languages = []string{"en", "de", "ru"}

// catalogues maps a language to its formats by code; English comes from the
// code table itself so it cannot drift from it.
var catalogues = map[string]map[Code]string{"de": messagesDE, "ru": messagesRU}

// suggestFormat renders the suggestion tail per language.
var suggestFormat = map[string]string{
	"en": "did you mean %s?",
	"de": "meinten Sie %s?",
	"ru": "возможно, имелось в виду %s?",
}

// Message renders the diagnostic's text in lang (en, de or ru), without the
// suggestions; unknown languages and missing entries fall back to English.
func Message(d Diagnostic, lang string) string {
	format := ""
	if c, ok := catalogues[lang]; ok {
		format = c[d.Code]
	}
	if format == "" {
		if i, ok := byCode[d.Code]; ok {
			format = i.Message
		} else {
			format = string(d.Code)
		}
	}
	return Fill(format, d.Args)
}

// SuggestText renders "did you mean ..." for the diagnostic's suggestions,
// or "" when it has none.
func SuggestText(d Diagnostic, lang string) string {
	if len(d.Suggest) == 0 {
		return ""
	}
	f, ok := suggestFormat[lang]
	if !ok {
		f = suggestFormat["en"]
	}
	open, close := `"`, `"`
	switch lang {
	case "de":
		open, close = "„", "“"
	case "ru":
		open, close = "«", "»"
	}
	q := make([]string, len(d.Suggest))
	for i, s := range d.Suggest {
		q[i] = open + s + close
	}
	return fmt.Sprintf(f, strings.Join(q, ", "))
}

// Full is the message followed by the suggestion in parentheses, as the CLI
// prints it.
func Full(d Diagnostic, lang string) string {
	m := Message(d, lang)
	if s := SuggestText(d, lang); s != "" {
		m += " (" + s + ")"
	}
	return m
}

// Fill replaces {0} to {9} in format by the arguments; a missing argument
// becomes empty. Every catalogue of the project (diagnostics, lint
// findings, labels) renders through it.
func Fill(format string, args []string) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c == '{' && i+2 < len(format) && format[i+2] == '}' && format[i+1] >= '0' && format[i+1] <= '9' {
			n := int(format[i+1] - '0')
			if n < len(args) {
				b.WriteString(args[n])
			}
			i += 2
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
