package docsite

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"rolelens/engine"
	"rolelens/engine/config"
	"rolelens/engine/diag"
	"rolelens/engine/lint"
)

// generated returns the Markdown body a page asks for with `generate:` in
// its front matter, in the page's language. The reference pages are made
// from the engine's own tables, so they cannot drift from what it does;
// their descriptions are translated by tr (refstrings.go).
func generated(kind, lang string) ([]byte, error) {
	var b strings.Builder
	switch kind {
	case "format":
		writeShape(&b, lang, "bitrix24", label(lang, "ref.bitrix"), config.BitrixShape)
		writeShape(&b, lang, "vtiger", label(lang, "ref.vtiger"), config.VtigerShape)
	case "codes":
		if err := writeDiagCodes(&b, lang); err != nil {
			return nil, err
		}
		writeLintCodes(&b, lang)
	default:
		return nil, fmt.Errorf("unknown generate %q; known: format, codes", kind)
	}
	return []byte(b.String()), nil
}

// cell escapes text for a Markdown table cell.
func cell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	return strings.ReplaceAll(s, "\n", " ")
}

// shapeEntry is one mapping of the format with its path.
type shapeEntry struct {
	path, id string
	shape    *config.Shape
}

// writeShape prints one table per mapping of a configuration, depth first,
// each under a heading with a stable anchor (the same in every language):
// <system>-<path>, such as bitrix24-crm-roles.
func writeShape(b *strings.Builder, lang, system, title string, root *config.Shape) {
	fmt.Fprintf(b, "## %s {#%s}\n\n", title, system)
	var entries []shapeEntry
	var walk func(path string, s *config.Shape)
	walk = func(path string, s *config.Shape) {
		id := system
		if path != "" {
			id += "-" + anchorOfPath(path)
		}
		entries = append(entries, shapeEntry{path, id, s})
		for _, f := range s.Fields {
			if f.Shape != nil {
				walk(childPath(path, f), f.Shape)
			}
		}
		if s.Dynamic != nil && s.Dynamic.Shape != nil {
			walk(childPath(path, *s.Dynamic), s.Dynamic.Shape)
		}
	}
	walk("", root)
	for _, e := range entries {
		if e.path != "" {
			fmt.Fprintf(b, "### `%s` {#%s}\n\n", e.path, e.id)
		}
		doc := tr(lang, e.shape.Name)
		if e.shape.Doc != "" {
			doc += ": " + tr(lang, e.shape.Doc)
		}
		fmt.Fprintf(b, "%s\n\n", upperFirst(doc))
		fmt.Fprintf(b, "| %s | %s | %s | %s |\n|---|---|---|---|\n", label(lang, "ref.key"), label(lang, "ref.type"), label(lang, "ref.required"), label(lang, "ref.doc"))
		row := func(f config.Field, dynamic bool) {
			key := "`" + f.Key + "`"
			if dynamic {
				key = "*" + f.Key + "* (" + label(lang, "ref.anykey") + ")"
			}
			if f.Shape != nil {
				key = "[" + key + "](#" + system + "-" + anchorOfPath(childPath(e.path, f)) + ")"
			}
			req := ""
			if f.Required {
				req = label(lang, "ref.yes")
			}
			fmt.Fprintf(b, "| %s | %s | %s | %s |\n", key, cell(f.Type), req, cell(tr(lang, f.Doc)))
		}
		for _, f := range e.shape.Fields {
			row(f, false)
		}
		if e.shape.Dynamic != nil {
			row(*e.shape.Dynamic, true)
		}
		b.WriteString("\n")
	}
}

// childPath is the path of the mapping below a field: list items get [].
func childPath(path string, f config.Field) string {
	p := f.Key
	if path != "" {
		p = path + "." + f.Key
	}
	if strings.HasPrefix(f.Type, "list") {
		p += "[]"
	}
	return p
}

func anchorOfPath(path string) string {
	r := strings.NewReplacer("[]", "", ".", "-")
	return strings.ToLower(r.Replace(path))
}

// upperFirst capitalises the first letter, whatever its script.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// messageTemplate is a code's message in lang with its placeholders.
func messageTemplate(c diag.Code, lang string) string {
	return diag.Message(diag.Diagnostic{Code: c, Args: []string{"{0}", "{1}", "{2}", "{3}"}}, lang)
}

// writeDiagCodes documents every diagnostic code with an example and what
// rolelens reports for it. Each code's anchor is its name, as diag.Info says.
func writeDiagCodes(b *strings.Builder, lang string) error {
	fmt.Fprintf(b, "## %s {#diagnostics}\n\n", label(lang, "ref.diag"))
	for _, c := range diag.Codes() {
		fmt.Fprintf(b, "### %s %s {#%s}\n\n", c.Code, c.Name, c.Name)
		fmt.Fprintf(b, "%s · `%s`\n\n%s\n\n", label(lang, "ref."+string(c.Severity)), messageTemplate(c.Code, lang), tr(lang, c.Doc))
		src, ok := diagExamples[string(c.Code)]
		if !ok {
			if !noExample[string(c.Code)] {
				return fmt.Errorf("diagnostic %s has no example in internal/docsite/codeexamples.go", c.Code)
			}
			fmt.Fprintf(b, "%s\n\n", label(lang, "ref.noexample"))
			continue
		}
		d := engine.Load([]byte(src))
		found := false
		var out strings.Builder
		for _, x := range d.Diagnostics {
			found = found || x.Code == c.Code
			fmt.Fprintf(&out, "%d:%d: %s: %s\n", x.Range.Start.Line, x.Range.Start.Col, x.Code, diag.Full(x, lang))
		}
		if !found {
			return fmt.Errorf("the example of %s does not report it; it reports:\n%s", c.Code, out.String())
		}
		fmt.Fprintf(b, "%s\n\n%s\n%s\n\n", label(lang, "ref.example"), fence("yaml", showable(src)), label(lang, "ref.reports"))
		fmt.Fprintf(b, "%s\n\n", fence("text", out.String()))
	}
	return nil
}

// lintTemplates are a lint code's message and fix in lang with their
// placeholders.
func lintTemplates(c lint.Code, lang string) (message, fix string) {
	ps := []string{"{0}", "{1}", "{2}", "{3}", "{4}", "{5}", "{6}", "{7}", "{8}", "{9}"}
	f := lint.Finding{Code: c, Args: ps, FixArgs: ps}
	return lint.MessageIn(f, lang), lint.FixTextIn(f, lang)
}

// writeLintCodes documents every lint finding code of engine/lint, with the
// message and fix in the page's language.
func writeLintCodes(b *strings.Builder, lang string) {
	fmt.Fprintf(b, "## %s {#lint}\n\n", label(lang, "ref.lint"))
	for _, c := range lint.Codes() {
		message, fix := lintTemplates(c.Code, lang)
		fmt.Fprintf(b, "### %s %s {#%s}\n\n", c.Code, c.Name, c.Name)
		fmt.Fprintf(b, "%s · `%s`\n\n%s\n\n", label(lang, "ref."+string(c.Severity)), cell(message), tr(lang, c.Doc))
		if fix != "" {
			fmt.Fprintf(b, "%s: `%s`\n\n", label(lang, "ref.fix"), fix)
		}
	}
}

// fence wraps text in a fenced block long enough not to be closed by it.
func fence(info, text string) string {
	f := "```"
	for strings.Contains(text, f) {
		f += "`"
	}
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	return f + info + "\n" + text + f
}

// showable replaces bytes that are not UTF-8 by \xNN, so an example of
// invalid input can be shown.
func showable(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			fmt.Fprintf(&b, `\x%02x`, s[i])
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
