package i18n

import (
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"rolelens/engine/config"
)

var placeholder = regexp.MustCompile(`\{[0-9]\}`)

func placeholders(s string) []string {
	ps := placeholder.FindAllString(s, -1)
	slices.Sort(ps)
	return ps
}

func TestEveryKeyInEveryLanguage(t *testing.T) {
	en := catalogues["en"]
	if len(catalogues) != len(Languages) {
		t.Fatalf("%d catalogues for %d languages", len(catalogues), len(Languages))
	}
	for _, lang := range Languages {
		c, ok := catalogues[lang]
		if !ok {
			t.Fatalf("no catalogue for %s", lang)
		}
		for k, v := range en {
			s, ok := c[k]
			switch {
			case !ok:
				t.Errorf("%s: missing %q", lang, k)
				continue
			case strings.TrimSpace(s) == "" || s != strings.TrimSpace(s):
				t.Errorf("%s %s: empty or padded label %q", lang, k, s)
			}
			want, got := placeholders(v), placeholders(s)
			if !slices.Equal(got, want) || len(slices.Compact(slices.Clone(got))) != len(got) {
				t.Errorf("%s %s: placeholders %v, English has %v each once", lang, k, got, want)
			}
		}
		for k := range c {
			if _, ok := en[k]; !ok {
				t.Errorf("%s: %q is not in the English catalogue", lang, k)
			}
		}
	}
}

// resolveSource parses the resolve package, whose rule constants, notes and
// facts the catalogues must cover.
func resolveSource(t *testing.T) []*ast.File {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "resolve", "*.go"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no resolve sources: %v", err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return files
}

func stringLit(e ast.Expr) (string, bool) {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(lit.Value)
	return s, err == nil
}

// TestEveryRuleHasASentence reads resolve's exported constants of type Rule
// and wants a rule.<id> label for each, and no label for a rule that is gone.
func TestEveryRuleHasASentence(t *testing.T) {
	rules := map[string]bool{}
	for _, f := range resolveSource(t) {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Rule" {
					continue
				}
				for i, n := range vs.Names {
					if !n.IsExported() || i >= len(vs.Values) {
						continue
					}
					if v, ok := stringLit(vs.Values[i]); ok {
						rules[v] = true
					}
				}
			}
		}
	}
	if len(rules) < 20 {
		t.Fatalf("found only %d Rule constants in resolve; has the declaration changed?", len(rules))
	}
	for r := range rules {
		if _, ok := labelsEN["rule."+r]; !ok {
			t.Errorf("rule %q has no %q label", r, "rule."+r)
		}
	}
	for k := range labelsEN {
		if r, ok := strings.CutPrefix(k, "rule."); ok && !rules[r] {
			t.Errorf("label %q names no resolve.Rule", k)
		}
	}
}

// TestEveryNoteAndFactHasALabel reads the codes resolve passes to its note
// and fact helpers.
func TestEveryNoteAndFactHasALabel(t *testing.T) {
	seen := map[string]int{}
	for _, f := range resolveSource(t) {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || len(call.Args) == 0 {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok || (sel.Sel.Name != "note" && sel.Sel.Name != "fact") {
				return true
			}
			if v, ok := stringLit(call.Args[0]); ok {
				key := sel.Sel.Name + "." + v
				seen[sel.Sel.Name]++
				if _, ok := labelsEN[key]; !ok {
					t.Errorf("resolve uses %s %q but %q has no label", sel.Sel.Name, v, key)
				}
			}
			return true
		})
	}
	if seen["note"] == 0 || seen["fact"] == 0 {
		t.Fatalf("found no note or fact calls in resolve: %v", seen)
	}
}

// TestEveryWordHasALabel checks the engine's word lists against the keys.
func TestEveryWordHasALabel(t *testing.T) {
	want := func(prefix string, words []string) {
		t.Helper()
		for _, w := range words {
			if _, ok := labelsEN[prefix+w]; !ok {
				t.Errorf("no label %q", prefix+w)
			}
		}
	}
	for _, s := range []*config.Scale{config.CRMScale, config.CallScale, config.OutgoingScale, config.AllowScale, config.DiskScale} {
		want("level."+s.Name+".", s.Words)
	}
	want("action.crm.", config.Actions)
	want("action.vtiger.", config.VtigerActions)
	want("action.disk.", config.DiskActionWords)
	want("entity.", config.Entities)
	want("entity.", []string{"deal@"})
	want("telephony.", config.TelephonyPermissions)
	for _, p := range config.TelephonyPermissions {
		want("level."+config.TelephonyScale(p).Name+".", config.TelephonyScale(p).Words)
	}
	want("tasks.", config.TaskToggles)
	want("vtiger.module.", config.Modules)
	for k := config.SubUser; k <= config.SubRoleTree; k++ {
		want("subject.", []string{k.String()})
	}
	// Words the config package keeps unexported (SPEC 1.6, 1.7, 2).
	want("tasksrole.", []string{"full-access", "supervisor", "employee"})
	want("telephonyrole.", []string{"administrator", "director", "department-head", "manager"})
	want("vtiger.default.", []string{"private", "public-read", "public-read-create-edit", "public-read-create-edit-delete"})
	want("vtiger.access.", []string{"read", "read-write"})
	want("answer.", []string{"allow", "deny"})
	want("scope.", []string{"own", "subordinates", "groups", "default", "rule", "create", "all-admin", "all-view-all", "all-edit-all"})
	want("", []string{"stage", "status", "pipeline", "settings", "admin", "extranet", "no-crm-access", "inherit", "open-record",
		"personal-role", "group-role", "detailed", "inherited", "vtiger.view-all", "vtiger.edit-all"})
}

// TestGlossaryLabels pins labels the glossary fixes.
func TestGlossaryLabels(t *testing.T) {
	for _, c := range []struct{ lang, key, want string }{
		{"en", "level.crm.none", "Access denied"},
		{"de", "level.crm.subdepartments", "Persönlich, Abteilung und Unterabteilungen"},
		{"ru", "level.crm.department", "Свои + своего отдела"},
		{"de", "entity.deal", "Aufträge"},
		{"ru", "pipeline", "Направление сделок"},
		{"de", "telephony.call-record-modify", "Anrufaufzeichnung: Aktualisierung"},
		{"ru", "tasks.view-department-tasks", "Просмотр всех задач своего отдела"},
		{"de", "vtiger.module.potentials", "Potentiale"},
		{"ru", "vtiger.module.accounts", "Контрагенты"},
		{"de", "subject.group.workgroup", "Soziales Netzwerk: Gruppen"},
		{"ru", "open-record", "Доступен для всех"},
	} {
		if got := Label(c.lang, c.key); got != c.want {
			t.Errorf("Label(%s, %s) = %q, want %q", c.lang, c.key, got, c.want)
		}
	}
}

func TestLabelFallbacks(t *testing.T) {
	if got := Label("fr", "entity.deal"); got != "Deals" {
		t.Errorf("unknown language: %q", got)
	}
	if got := Label("de", "no.such.key"); got != "no.such.key" {
		t.Errorf("unknown key: %q", got)
	}
	if got := Label("de", "entity.deal@wholesale"); got != "Aufträge: wholesale" {
		t.Errorf("pipeline pattern: %q", got)
	}
	if got := Label("ru", "entity.lead@x"); got != "entity.lead@x" {
		t.Errorf("unknown pattern: %q", got)
	}
	if got := Format("ru", "note.stale-record", "deal-3"); !strings.HasPrefix(got, "запись deal-3 сохранена") {
		t.Errorf("Format: %q", got)
	}
	if got := Format("en", "source.grant", "/Sales"); got != "grant on /Sales to " {
		t.Errorf("Format with a missing argument: %q", got)
	}
}

func TestCatalog(t *testing.T) {
	de := Catalog("de")
	de["entity.deal"] = "changed"
	if Label("de", "entity.deal") != "Aufträge" {
		t.Error("Catalog returned the catalogue itself, not a copy")
	}
	if got := Catalog("xx"); len(got) != len(labelsEN) || got["entity.deal"] != "Deals" {
		t.Error("unknown language should give the English catalogue")
	}
	b, err := json.Marshal(Catalog("ru"))
	if err != nil || !json.Valid(b) {
		t.Fatalf("catalogue is not JSON: %v", err)
	}
}

// TestSourceOrder keeps the three files in one key order, so a reviewer can
// read them side by side.
func TestSourceOrder(t *testing.T) {
	keyLine := regexp.MustCompile(`(?m)^\t"([^"]+)":`)
	var first []string
	for _, lang := range Languages {
		src, err := os.ReadFile(lang + ".go")
		if err != nil {
			t.Fatal(err)
		}
		var keys []string
		for _, m := range keyLine.FindAllStringSubmatch(string(src), -1) {
			keys = append(keys, m[1])
		}
		if first == nil {
			first = keys
			continue
		}
		if !slices.Equal(keys, first) {
			t.Errorf("%s.go lists its keys in another order than %s.go", lang, Languages[0])
		}
	}
}
