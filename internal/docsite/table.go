package docsite

import (
	"bytes"
	"cmp"
	"fmt"
	"html"
	"slices"
	"strings"

	"rolelens/engine"
	"rolelens/engine/config"
	"rolelens/engine/diag"
	"rolelens/engine/i18n"
)

// exampleOptions narrow what an example's table shows.
type exampleOptions struct {
	users, entities, show []string
}

func parseInfo(info string) exampleOptions {
	var o exampleOptions
	for _, f := range strings.Fields(info)[1:] {
		k, v, ok := strings.Cut(f, "=")
		if !ok {
			continue
		}
		list := strings.Split(v, ",")
		switch k {
		case "users":
			o.users = list
		case "entities":
			o.entities = list
		case "show":
			o.show = list
		}
	}
	return o
}

func (o exampleOptions) wantUser(id string) bool {
	return o.users == nil || slices.Contains(o.users, id)
}

func (o exampleOptions) wantSection(s string, def bool) bool {
	if o.show == nil {
		return def
	}
	return slices.Contains(o.show, s)
}

// renderExample validates one configuration, runs its tests and returns
// its HTML. line is the file line of the configuration's first line.
func renderExample(cfg []byte, info string, p *pageCtx, line int) []byte {
	fail := func(l, c int, msg string) {
		p.site.report(Problem{File: p.file, Line: line + l - 1, Col: c, Msg: msg})
	}
	ex := p.site.load(cfg)
	doc := ex.doc
	for _, d := range doc.Diagnostics {
		fail(d.Range.Start.Line, d.Range.Start.Col, fmt.Sprintf("example: %s: %s", d.Code, diag.Full(d, "en")))
	}
	var b bytes.Buffer
	b.WriteString(`<figure class="example"><div class="example-src"><pre><code class="language-yaml">`)
	b.WriteString(html.EscapeString(string(cfg)))
	b.WriteString(`</code></pre></div><figcaption class="example-out">`)
	if doc.OK() {
		rep := ex.rep
		for _, r := range rep.Results {
			if r.Pass {
				continue
			}
			msg := fmt.Sprintf("example: test failed: expected %s, found %s", r.Expect, r.Got)
			if r.Error != nil {
				msg = fmt.Sprintf("example: test failed: %v", r.Error)
			}
			if r.Name != "" {
				msg += " (" + r.Name + ")"
			}
			fail(r.At.Start.Line, r.At.Start.Col, msg)
		}
		if rep.Passed > 0 {
			fmt.Fprintf(&b, `<p class="example-tests">%s</p>`, html.EscapeString(fmt.Sprintf(label(p.lang, "ui.tests"), rep.Passed)))
		}
		writeAccess(&b, doc, parseInfo(info), p.lang)
	}
	// The playground opens in the page's language (its ?lang=).
	fmt.Fprintf(&b, `<p class="example-link"><a class="playground" href="../../?lang=%s#%s">%s</a></p>`,
		p.lang, ex.fragment, html.EscapeString(label(p.lang, "ui.open")))
	b.WriteString(`</figcaption></figure>`)
	return b.Bytes()
}

// writeAccess writes the effective-access tables of a valid configuration.
func writeAccess(b *bytes.Buffer, doc *engine.Document, o exampleOptions, lang string) {
	a := doc.Access("")
	if a == nil {
		return
	}
	cfg := doc.Config
	var users []engine.UserAccess
	for _, u := range a.Users {
		if o.wantUser(u.User) {
			users = append(users, u)
		}
	}
	if cfg.System == config.Vtiger {
		writeVtiger(b, cfg, users, lang)
		return
	}
	if o.wantSection("crm", len(cfg.CRM.Roles) > 0 || len(cfg.CRM.Assignments) > 0) {
		writeCRM(b, cfg, users, usedEntities(cfg, o), lang)
	}
	if o.wantSection("telephony", len(cfg.Telephony.Assignments) > 0) {
		writeTelephony(b, cfg, users, lang)
	}
	if o.wantSection("tasks", len(cfg.Tasks.Assignments) > 0) {
		writeTasks(b, cfg, users, lang)
	}
	if o.wantSection("disk", len(cfg.Disk.Folders) > 0) {
		writeDisk(b, cfg, users, lang)
	}
}

// usedEntities are the entities some role writes down, in the platform's
// order; the others are none for everyone but admins.
func usedEntities(cfg *config.Config, o exampleOptions) []string {
	if o.entities != nil {
		return o.entities
	}
	var out []string
	for _, e := range cfg.AllEntities() {
		for _, r := range cfg.CRM.Roles {
			if r.Entity(e) != nil {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

func userCell(b *bytes.Buffer, cfg *config.Config, u engine.UserAccess, rowspan int, lang string) {
	name := u.Name
	if name == "" {
		name = u.User
	}
	if rowspan > 1 {
		fmt.Fprintf(b, `<th scope="row" rowspan="%d">`, rowspan)
	} else {
		b.WriteString(`<th scope="row">`)
	}
	b.WriteString(html.EscapeString(name))
	if u.Role != "" {
		// A vtiger role, by its name when the configuration gives one.
		role := cmp.Or(cfg.SubjectName("role:"+u.Role), u.Role)
		fmt.Fprintf(b, ` <span class="sub">%s</span>`, html.EscapeString(role))
	}
	if u.Settings && !u.Admin {
		fmt.Fprintf(b, ` <span class="badge">%s</span>`, html.EscapeString(label(lang, "ui.settings")))
	}
	b.WriteString(`</th>`)
}

func levelCell(b *bytes.Buffer, scale, word, lang string) {
	fmt.Fprintf(b, `<td class="lv lv-%s">%s</td>`, html.EscapeString(word), html.EscapeString(label(lang, "level."+scale+"."+word)))
}

func caption(b *bytes.Buffer, key, lang string) {
	fmt.Fprintf(b, `<div class="table-wrap"><table class="access"><caption>%s</caption>`, html.EscapeString(label(lang, key)))
}

// entityLabel names an entity; a pipeline's deals ("deal@wholesale") by
// the name the configuration gives the pipeline.
func entityLabel(cfg *config.Config, e, lang string) string {
	if id, ok := strings.CutPrefix(e, "deal@"); ok {
		if p := cfg.Pipeline(id); p != nil && p.Name != "" {
			return label(lang, "entity.deal@"+p.Name)
		}
	}
	return label(lang, "entity."+e)
}

func writeCRM(b *bytes.Buffer, cfg *config.Config, users []engine.UserAccess, entities []string, lang string) {
	caption(b, "ui.crm", lang)
	fmt.Fprintf(b, `<thead><tr><th scope="col">%s</th><th scope="col">%s</th>`, label(lang, "ui.user"), label(lang, "ui.entity"))
	for _, act := range config.Actions {
		fmt.Fprintf(b, `<th scope="col">%s</th>`, html.EscapeString(label(lang, "action.crm."+act)))
	}
	b.WriteString(`</tr></thead><tbody>`)
	span := 2 + len(config.Actions)
	for _, u := range users {
		note := ""
		switch {
		case u.Extranet:
			note = "ui.extranet"
		case u.Admin:
			note = "ui.admin"
		case u.NoRole:
			note = "ui.norole"
		case u.NoCRMAccess:
			note = "ui.noaccess"
		}
		if note != "" || len(entities) == 0 {
			b.WriteString(`<tr>`)
			userCell(b, cfg, u, 1, lang)
			fmt.Fprintf(b, `<td class="note" colspan="%d">%s</td></tr>`, span-1, html.EscapeString(label(lang, note)))
			continue
		}
		type row struct {
			head   string
			levels []string
			stage  bool
		}
		var rows []row
		for _, e := range entities {
			for _, er := range u.CRM {
				if er.Entity != e {
					continue
				}
				rows = append(rows, row{entityLabel(cfg, e, lang), er.Levels, false})
				// Bitrix24 calls a lead's stages statuses (GLOSSARY).
				stage := "ui.stage"
				if e == "lead" {
					stage = "ui.status"
				}
				for _, st := range er.Stages {
					if st.Differs {
						rows = append(rows, row{label(lang, stage) + " " + st.Stage, st.Levels, true})
					}
				}
			}
		}
		for i, r := range rows {
			b.WriteString(`<tr>`)
			if i == 0 {
				userCell(b, cfg, u, len(rows), lang)
			}
			if r.stage {
				fmt.Fprintf(b, `<td class="stage">%s</td>`, html.EscapeString(r.head))
			} else {
				fmt.Fprintf(b, `<td>%s</td>`, html.EscapeString(r.head))
			}
			for _, l := range r.levels {
				levelCell(b, "crm", l, lang)
			}
			b.WriteString(`</tr>`)
		}
	}
	b.WriteString(`</tbody></table></div>`)
}

func writeTelephony(b *bytes.Buffer, cfg *config.Config, users []engine.UserAccess, lang string) {
	caption(b, "ui.telephony", lang)
	fmt.Fprintf(b, `<thead><tr><th scope="col">%s</th>`, label(lang, "ui.user"))
	for _, p := range config.TelephonyPermissions {
		fmt.Fprintf(b, `<th scope="col">%s</th>`, html.EscapeString(label(lang, "telephony."+p)))
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, u := range users {
		b.WriteString(`<tr>`)
		userCell(b, cfg, u, 1, lang)
		for _, c := range u.Telephony {
			levelCell(b, config.TelephonyScale(c.Permission).Name, c.Level, lang)
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table></div>`)
}

func writeTasks(b *bytes.Buffer, cfg *config.Config, users []engine.UserAccess, lang string) {
	caption(b, "ui.tasks", lang)
	fmt.Fprintf(b, `<thead><tr><th scope="col">%s</th><th scope="col">%s</th></tr></thead><tbody>`, label(lang, "ui.user"), label(lang, "ui.tasks"))
	for _, u := range users {
		b.WriteString(`<tr>`)
		userCell(b, cfg, u, 1, lang)
		if len(u.Tasks) == 0 {
			fmt.Fprintf(b, `<td class="lv lv-none">%s</td></tr>`, html.EscapeString(label(lang, "ui.notasks")))
			continue
		}
		b.WriteString(`<td><ul class="toggles">`)
		for _, t := range u.Tasks {
			fmt.Fprintf(b, `<li>%s</li>`, html.EscapeString(label(lang, "tasks."+t)))
		}
		b.WriteString(`</ul></td></tr>`)
	}
	b.WriteString(`</tbody></table></div>`)
}

func writeDisk(b *bytes.Buffer, cfg *config.Config, users []engine.UserAccess, lang string) {
	if len(users) == 0 {
		return
	}
	caption(b, "ui.disk", lang)
	fmt.Fprintf(b, `<thead><tr><th scope="col">%s</th>`, label(lang, "ui.user"))
	for _, f := range users[0].Disk {
		fmt.Fprintf(b, `<th scope="col"><code>%s</code></th>`, html.EscapeString(f.Path))
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, u := range users {
		b.WriteString(`<tr>`)
		userCell(b, cfg, u, 1, lang)
		for _, f := range u.Disk {
			levelCell(b, "disk", f.Level, lang)
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table></div>`)
}

// usedModules are the modules some profile lists or the defaults name.
func usedModules(cfg *config.Config) []string {
	var out []string
	for _, m := range config.Modules {
		used := false
		for _, p := range cfg.Profiles {
			if p.Modules[m] != nil {
				used = true
			}
		}
		if _, ok := cfg.Sharing.Defaults[m]; ok {
			used = true
		}
		if used {
			out = append(out, m)
		}
	}
	return out
}

// scopeText names the records a vtiger action reaches: the resolver's
// sources "own", "subordinates", "groups", "default", "rule:FROM" and
// "all (admin)", "all (view-all)", "all (edit-all)".
func scopeText(cfg *config.Config, scope []string, lang string) string {
	out := make([]string, len(scope))
	for i, s := range scope {
		switch {
		case strings.HasPrefix(s, "rule:"):
			out[i] = i18n.Format(lang, "scope.rule", subjectText(cfg, strings.TrimPrefix(s, "rule:"), lang))
		case strings.HasPrefix(s, "all ("):
			out[i] = label(lang, "scope.all-"+strings.TrimSuffix(strings.TrimPrefix(s, "all ("), ")"))
		default:
			out[i] = label(lang, "scope."+s)
		}
	}
	return strings.Join(out, "; ")
}

// subjectText names a subject as the playground does: "role:north" is
// "Roles: Sales North", by the name the configuration gives it.
func subjectText(cfg *config.Config, subject, lang string) string {
	kind, id, ok := strings.Cut(subject, ":")
	if !ok {
		return label(lang, "subject."+subject)
	}
	return label(lang, "subject."+kind) + ": " + cmp.Or(cfg.SubjectName(subject), id)
}

func writeVtiger(b *bytes.Buffer, cfg *config.Config, users []engine.UserAccess, lang string) {
	modules := usedModules(cfg)
	caption(b, "ui.records", lang)
	fmt.Fprintf(b, `<thead><tr><th scope="col">%s</th><th scope="col">%s</th>`, label(lang, "ui.user"), label(lang, "ui.module"))
	for _, act := range config.VtigerActions {
		fmt.Fprintf(b, `<th scope="col">%s</th>`, html.EscapeString(label(lang, "action.vtiger."+act)))
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, u := range users {
		var rows []engine.ModuleRow
		for _, mr := range u.Vtiger {
			if slices.Contains(modules, mr.Module) {
				rows = append(rows, mr)
			}
		}
		for i, mr := range rows {
			b.WriteString(`<tr>`)
			if i == 0 {
				userCell(b, cfg, u, len(rows), lang)
			}
			fmt.Fprintf(b, `<td>%s</td>`, html.EscapeString(label(lang, "vtiger.module."+mr.Module)))
			for _, c := range mr.Actions {
				if !c.Allow {
					fmt.Fprintf(b, `<td class="lv lv-none">%s</td>`, html.EscapeString(label(lang, "level.crm.none")))
					continue
				}
				fmt.Fprintf(b, `<td class="lv lv-allow">%s</td>`, html.EscapeString(scopeText(cfg, c.Scope, lang)))
			}
			b.WriteString(`</tr>`)
		}
	}
	b.WriteString(`</tbody></table></div>`)
}
