package config

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"rolelens/engine/diag"
)

// Parse reads a configuration. It reports every diagnostic of the file at
// once, sorted by position. The returned Config is nil only when the text
// could not be read as a configuration at all; otherwise it holds what
// could be read, and is fit for resolution only when the list has no
// errors.
func Parse(src []byte) (*Config, diag.List) { return parse(src, nil) }

// Parse reads a configuration as the package's Parse does, parsing again
// only the top-level sections that changed since the text c last read.
func (c *Cache) Parse(src []byte) (*Config, diag.List) { return parse(src, c) }

func parse(src []byte, c *Cache) (cfg *Config, diags diag.List) {
	defer func() {
		// A parser bug must not take the caller down: report it as a
		// syntax error at the top of the file.
		if p := recover(); p != nil {
			if c != nil {
				c.reads = nil
			}
			cfg = nil
			diags = append(diags, diag.New("E001", diag.Range{Start: diag.Pos{Line: 1, Col: 1}, End: diag.Pos{Line: 1, Col: 2}}, "internal error while reading the file")).Sort()
		}
	}()
	top := diag.Range{Start: diag.Pos{Line: 1, Col: 1}, End: diag.Pos{Line: 1, Col: 2}}
	if len(src) > MaxBytes {
		return nil, diag.List{TooLarge(len(src))}
	}
	if !utf8.Valid(src) {
		return nil, diag.List{diag.New("E010", badUTF8(src))}
	}
	r := newReader(src)
	var root *yaml.Node
	if c != nil {
		root, _ = c.document(src)
		if root != nil {
			r.memo = &memo{prev: c.reads, next: map[*yaml.Node]*sectionRead{}}
		}
		c.reads = nil // until this text is read
	}
	if root == nil {
		dec := yaml.NewDecoder(bytes.NewReader(src))
		var doc yaml.Node
		if err := dec.Decode(&doc); err != nil {
			if errors.Is(err, io.EOF) {
				return nil, diag.List{diag.New("E009", top)}
			}
			return nil, diag.List{syntaxError(err, r)}
		}
		var next yaml.Node
		if err := dec.Decode(&next); err == nil {
			r.add("E008", r.rng(&next))
		} else if !errors.Is(err, io.EOF) {
			r.diags = append(r.diags, syntaxError(err, r))
		}
		root = &doc
		if root.Kind == yaml.DocumentNode && len(root.Content) > 0 {
			root = root.Content[0]
		}
	}
	if isNull(root) {
		return nil, append(r.diags, diag.New("E009", top)).Sort()
	}
	if !r.checkShape(root) {
		return nil, r.diags.Sort()
	}
	cfg = r.config(root)
	if r.memo != nil {
		c.reads = r.memo.next
	}
	if cfg != nil {
		cfg.validate(r)
	}
	return cfg, r.diags.Sort()
}

// TooLarge is the diagnostic of an input of n bytes, over MaxBytes; callers
// that measure a text before reading it give the same one.
func TooLarge(n int) diag.Diagnostic {
	top := diag.Range{Start: diag.Pos{Line: 1, Col: 1}, End: diag.Pos{Line: 1, Col: 2}}
	return diag.New("E002", top, strconv.Itoa(n), strconv.Itoa(MaxBytes))
}

// syntaxError turns the YAML parser's "yaml: line N: message" into a
// diagnostic on line N. (Read without a regexp: compiling one at start-up
// is time the browser spends before the first answer.)
func syntaxError(err error, r *reader) diag.Diagnostic {
	msg := err.Error()
	line := 1
	if rest, ok := strings.CutPrefix(msg, "yaml: line "); ok {
		if num, text, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil {
				line, msg = n, text
				// The library counts lines from 0 in its parser's errors
				// (from 1 in its scanner's): an unclosed "[" on line 4 was
				// reported on line 3.
				if parserProblems[msg] {
					line++
				}
			}
		}
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	if line > len(r.lineStart) {
		line = len(r.lineStart)
	}
	width := utf8.RuneCount(r.line(line))
	return diag.New("E001", diag.Range{Start: diag.Pos{Line: line, Col: 1}, End: diag.Pos{Line: line, Col: width + 1}}, msg)
}

// parserProblems are the messages of go.yaml.in/yaml/v3's parser, as
// opposed to its scanner's; its error values do not tell them apart.
var parserProblems = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"did not find expected key":              true,
	"did not find expected node content":     true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

func badUTF8(src []byte) diag.Range {
	line, col := 1, 1
	for i := 0; i < len(src); {
		c, sz := utf8.DecodeRune(src[i:])
		if c == utf8.RuneError && sz <= 1 {
			break
		}
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += sz
	}
	return diag.Range{Start: diag.Pos{Line: line, Col: col}, End: diag.Pos{Line: line, Col: col + 1}}
}

// sectionOwners names, per system, the root keys of the other system.
var sectionOwners = map[System]map[string]string{
	Bitrix24: {"profiles": "vtiger", "sharing": "vtiger"},
	Vtiger:   {"crm": "bitrix24", "telephony": "bitrix24", "tasks": "bitrix24", "disk": "bitrix24"},
}

func (r *reader) config(root *yaml.Node) *Config {
	root = deref(root)
	if root.Kind != yaml.MappingNode {
		r.add("E006", r.rng(root), "a mapping", kindName(root))
		return nil
	}
	// The system decides the shape, so read it first.
	probe := r.mapping(root, anyKeys, nil)
	cfg := &Config{}
	if v := probe.get("rolelens"); v == nil {
		r.add("E102", diag.Range{Start: diag.Pos{Line: root.Line, Col: root.Column}, End: diag.Pos{Line: root.Line, Col: root.Column + 1}}, "rolelens")
	} else if v.Kind != yaml.ScalarNode || v.Value != "1" {
		r.add("E007", r.rng(v), clip(v.Value))
	} else {
		cfg.Version = 1
	}
	sv := probe.get("system")
	if sv == nil {
		r.add("E102", diag.Range{Start: diag.Pos{Line: root.Line, Col: root.Column}, End: diag.Pos{Line: root.Line, Col: root.Column + 1}}, "system")
		return nil
	}
	s, ok := r.text(sv, "system")
	if !ok {
		return nil
	}
	var sh *Shape
	switch System(s) {
	case Bitrix24:
		sh = BitrixShape
	case Vtiger:
		sh = VtigerShape
	default:
		r.suggestAdd("E108", r.rng(sv), s, []string{"bitrix24", "vtiger"}, s)
		return nil
	}
	// The probe reported duplicate keys already; drop them from this pass.
	n := len(r.diags)
	m := r.mapping(root, sh, sectionOwners[System(s)])
	r.diags = dropDuplicates(r.diags, n)
	cfg.System = System(s)
	cfg.Title = r.optText(m, "title")
	if cfg.System == Bitrix24 {
		r.bitrix(cfg, m)
	} else {
		r.vtiger(cfg, m)
	}
	r.section(cfg, "tests", m.get("tests"), r.tests, func(dst, src *Config) { dst.Tests = src.Tests })
	return cfg
}

// dropDuplicates removes the E103 reports added since n, and the E102 of a
// missing "rolelens" (the second pass over the root mapping repeats what
// the first reported).
func dropDuplicates(l diag.List, n int) diag.List {
	out := l[:n]
	for _, d := range l[n:] {
		if d.Code == "E103" || (d.Code == "E102" && len(d.Args) == 1 && d.Args[0] == "rolelens") {
			continue
		}
		out = append(out, d)
	}
	return out
}

func (r *reader) bitrix(cfg *Config, m *mapping) {
	r.section(cfg, "org", m.get("org"), r.bitrixOrg, func(dst, src *Config) {
		dst.Departments, dst.Users, dst.Groups = src.Departments, src.Users, src.Groups
	})
	r.section(cfg, "crm", m.get("crm"), r.crm, func(dst, src *Config) { dst.CRM = src.CRM })
	r.section(cfg, "records", m.get("records"), r.bitrixRecords, func(dst, src *Config) { dst.Records = src.Records })
	r.section(cfg, "telephony", m.get("telephony"), r.telephony, func(dst, src *Config) { dst.Telephony = src.Telephony })
	r.section(cfg, "tasks", m.get("tasks"), r.tasks, func(dst, src *Config) { dst.Tasks = src.Tasks })
	r.section(cfg, "disk", m.get("disk"), r.disk, func(dst, src *Config) { dst.Disk = src.Disk })
}

func (r *reader) bitrixOrg(cfg *Config, n *yaml.Node) {
	org := r.mapping(n, BitrixShape.Field("org").Shape, nil)
	orgShape := BitrixShape.Field("org").Shape
	if org != nil {
		for dm, at := range r.items(org.get("departments"), MaxDepartments, "departments", orgShape.Field("departments").Shape) {
			d := &Department{At: at}
			d.ID, d.Name = r.named(dm)
			d.Parent, d.ParentAt = r.optRef(dm, "parent")
			d.Head, d.HeadAt = r.optRef(dm, "head")
			cfg.Departments = append(cfg.Departments, d)
		}
		for um, at := range r.items(org.get("users"), MaxUsers, "users", orgShape.Field("users").Shape) {
			u := &User{At: at}
			u.ID, u.Name = r.named(um)
			u.Departments = r.refs(um.get("departments"), "departments")
			u.Admin = r.flag(um.get("admin"), "admin", false)
			u.AdminAt = r.rng(um.get("admin"))
			u.Extranet = r.flag(um.get("extranet"), "extranet", false)
			u.ExtranetAt = r.rng(um.get("extranet"))
			cfg.Users = append(cfg.Users, u)
		}
		for gm, at := range r.items(org.get("groups"), MaxItems, "groups", orgShape.Field("groups").Shape) {
			g := &Group{At: at, Kind: "workgroup"}
			g.ID, g.Name = r.named(gm)
			if v := gm.get("kind"); !isNull(v) {
				g.Kind, _ = r.word(v, "kind", groupKinds)
			}
			for _, ref := range r.refs(gm.get("members"), "members") {
				g.Members = append(g.Members, Subject{Kind: SubUser, ID: ref.ID, At: ref.At})
			}
			cfg.Groups = append(cfg.Groups, g)
		}
	}
}

func (r *reader) crm(cfg *Config, n *yaml.Node) {
	sh := BitrixShape.Field("crm").Shape
	m := r.mapping(n, sh, nil)
	c := &cfg.CRM
	c.Cumulative = true
	c.Stages = map[string][]string{}
	if m == nil {
		return
	}
	if v := m.get("precedence"); !isNull(v) {
		p, _ := r.word(v, "precedence", precedences)
		c.PersonalFirst = p == "personal-first"
		c.PrecedenceAt = r.rng(v)
	}
	c.Cumulative = r.flag(m.get("cumulative"), "cumulative", true)
	for pm, at := range r.items(m.get("pipelines"), MaxItems, "pipelines", sh.Field("pipelines").Shape) {
		p := &Pipeline{At: at}
		p.ID, p.Name = r.named(pm)
		p.Stages = r.stageList(pm.get("stages"))
		c.Pipelines = append(c.Pipelines, p)
	}
	if sm := r.mapping(m.get("stages"), sh.Field("stages").Shape, nil); sm != nil {
		for _, key := range sm.keys {
			e := key.Value
			c.Stages[e] = r.stageList(sm.get(e))
		}
	}
	for rm, at := range r.items(m.get("roles"), MaxItems, "roles", sh.Field("roles").Shape) {
		role := &CRMRole{At: at, byEntity: map[string]*EntityPerms{}}
		role.ID, role.Name = r.named(rm)
		role.Settings = r.flag(rm.get("settings"), "settings", false)
		role.SettingsAt = r.rng(rm.get("settings"))
		pm := r.mapping(rm.get("permissions"), anyKeys, nil)
		if pm != nil {
			for _, key := range pm.keys {
				e := key.Value
				ep := r.entityPerms(e, key, pm.get(e))
				if ep != nil {
					role.Entities = append(role.Entities, ep)
					role.byEntity[e] = ep
				}
			}
		}
		c.Roles = append(c.Roles, role)
	}
	c.Assignments = r.assignments(m.get("assignments"), bitrixSubjects)
}

func (r *reader) stageList(n *yaml.Node) []string {
	var out []string
	for _, it := range r.list(n, MaxItems, "stages") {
		s, ok := r.text(it, "stage")
		if !ok {
			continue
		}
		if !validID(s, true) {
			r.add("E116", r.rng(deref(it)), clip(s))
			continue
		}
		out = append(out, s)
	}
	return out
}

// entityPerms reads one entity of a role. Whether the entity exists (a
// pipeline, say) is checked in validate, once every pipeline is known.
func (r *reader) entityPerms(entity string, key, n *yaml.Node) *EntityPerms {
	if !knownEntityForm(entity) {
		r.suggestAdd("E109", r.rng(key), entity, Entities, entity)
		return nil
	}
	m := r.mapping(n, entityShape, nil)
	if m == nil {
		return nil
	}
	ep := &EntityPerms{Entity: entity, At: r.rng(key), byStage: map[string]*StageRow{}}
	r.actions(&ep.Actions, m, entity)
	if m.has("stages") {
		if !HasStages(entity) {
			r.add("E115", r.keyRange(m, "stages"), entity)
			return ep
		}
		sm := r.mapping(m.get("stages"), anyKeys, nil)
		if sm != nil {
			for _, key := range sm.keys {
				s := key.Value
				rowm := r.mapping(sm.get(s), stageRowShape, nil)
				if rowm == nil {
					continue
				}
				row := &StageRow{Stage: s, At: r.rng(key)}
				r.actions(&row.Actions, rowm, entity)
				ep.Stages = append(ep.Stages, row)
				ep.byStage[s] = row
			}
		}
	}
	return ep
}

func knownEntityForm(e string) bool {
	if p, ok := strings.CutPrefix(e, "deal@"); ok {
		return p != ""
	}
	return contains(Entities, e)
}

func (r *reader) actions(cells *[NumActions]Cell, m *mapping, entity string) {
	allowed := EntityLevels(entity)
	for i, a := range Actions {
		v := m.get(a)
		if v == nil {
			continue
		}
		if isNull(v) {
			r.add("E104", r.rng(v), "", strings.Join(allowed, ", "))
			continue
		}
		w, ok := r.text(v, a)
		if !ok {
			continue
		}
		l, known := CRMScale.Parse(w)
		switch {
		case !known:
			r.suggestAdd("E104", r.rng(v), w, allowed, w, strings.Join(allowed, ", "))
		case !contains(allowed, w):
			r.add("E105", r.rng(v), w, entity, strings.Join(allowed, ", "))
		default:
			cells[i] = Cell{Set: true, Level: l, At: r.rng(v)}
		}
	}
}

func (r *reader) assignments(n *yaml.Node, kinds []SubjectKind) []*Assignment {
	var out []*Assignment
	for am, at := range r.items(n, MaxItems, "assignments", assignmentShape) {
		a := &Assignment{At: at}
		if v := am.get("role"); v != nil {
			a.Role, _ = r.text(v, "role")
			a.RoleAt = r.rng(v)
		}
		a.To = r.subjects(am.get("to"), kinds)
		out = append(out, a)
	}
	return out
}

func (r *reader) subjects(n *yaml.Node, kinds []SubjectKind) []Subject {
	var out []Subject
	for _, it := range r.list(n, MaxItems, "subjects") {
		if s, ok := r.subject(it, kinds); ok {
			out = append(out, s)
		}
	}
	return out
}

func (r *reader) bitrixRecords(cfg *Config, n *yaml.Node) {
	sh := BitrixShape.Field("records").Shape
	for m, at := range r.items(n, MaxItems, "records", sh) {
		rec := &Record{At: at}
		rec.ID, _, _ = r.id(m.get("id"), "id")
		if v := m.get("entity"); v != nil {
			if e, ok := r.text(v, "entity"); ok {
				if knownEntityForm(e) {
					rec.Entity = e
				} else {
					r.suggestAdd("E109", r.rng(v), e, Entities, e)
				}
			}
		}
		if v := m.get("responsible"); v != nil {
			rec.Responsible, _ = r.text(v, "responsible")
		}
		rec.Stage, rec.StageAt = r.optRef(m, "stage")
		rec.Open = r.flag(m.get("open"), "open", false)
		if m.has("departments") {
			rec.Departments = r.refs(m.get("departments"), "departments")
			if rec.Departments == nil {
				rec.Departments = []Ref{}
			}
			rec.DepartmentsAt = r.rng(m.get("departments"))
		}
		cfg.Records = append(cfg.Records, rec)
	}
}

func (r *reader) telephony(cfg *Config, n *yaml.Node) {
	sh := BitrixShape.Field("telephony").Shape
	m := r.mapping(n, sh, nil)
	if m == nil {
		return
	}
	roleSh := sh.Field("roles").Shape
	for rm, at := range r.items(m.get("roles"), MaxItems, "roles", roleSh) {
		role := &TelephonyRole{At: at, Perms: map[string]Cell{}}
		role.ID, role.Name = r.named(rm)
		if pm := r.mapping(rm.get("permissions"), roleSh.Field("permissions").Shape, nil); pm != nil {
			for _, key := range pm.keys {
				p := key.Value
				v := pm.get(p)
				scale := TelephonyScale(p)
				w, ok := r.text(v, p)
				if !ok {
					continue
				}
				l, known := scale.Parse(w)
				if !known {
					if _, other := anyTelephonyLevel(w); other {
						r.add("E105", r.rng(v), w, p, strings.Join(scale.Words, ", "))
					} else {
						r.suggestAdd("E104", r.rng(v), w, scale.Words, w, strings.Join(scale.Words, ", "))
					}
					continue
				}
				role.Perms[p] = Cell{Set: true, Level: l, At: r.rng(v)}
			}
		}
		cfg.Telephony.Roles = append(cfg.Telephony.Roles, role)
	}
	cfg.Telephony.Assignments = r.assignments(m.get("assignments"), bitrixSubjects)
}

// anyTelephonyLevel reports whether w is a level of some telephony scale.
func anyTelephonyLevel(w string) (*Scale, bool) {
	for _, s := range []*Scale{CallScale, OutgoingScale, AllowScale} {
		if _, ok := s.Parse(w); ok {
			return s, true
		}
	}
	return nil, false
}

func (r *reader) tasks(cfg *Config, n *yaml.Node) {
	sh := BitrixShape.Field("tasks").Shape
	m := r.mapping(n, sh, nil)
	if m == nil {
		return
	}
	for rm, at := range r.items(m.get("roles"), MaxItems, "roles", sh.Field("roles").Shape) {
		role := &TaskRole{At: at}
		role.ID, role.Name = r.named(rm)
		for _, v := range r.list(rm.get("allow"), MaxItems, "allow") {
			w, ok := r.text(v, "allow")
			if !ok {
				continue
			}
			if !contains(TaskToggles, w) {
				r.suggestAdd("E114", r.rng(deref(v)), w, TaskToggles, w)
				continue
			}
			role.Allow = append(role.Allow, w)
		}
		cfg.Tasks.Roles = append(cfg.Tasks.Roles, role)
	}
	cfg.Tasks.Assignments = r.assignments(m.get("assignments"), bitrixSubjects)
}

func (r *reader) disk(cfg *Config, n *yaml.Node) {
	sh := BitrixShape.Field("disk").Shape
	m := r.mapping(n, sh, nil)
	if m == nil {
		return
	}
	fsh := sh.Field("folders").Shape
	for fm, at := range r.items(m.get("folders"), MaxItems, "folders", fsh) {
		f := &Folder{At: at}
		if v := fm.get("path"); v != nil {
			if p, ok := r.text(v, "path"); ok {
				if !validPath(p) {
					r.add("E117", r.rng(v), clip(p))
				} else {
					f.Path = p
				}
			}
		}
		f.Owner, f.OwnerAt = r.optRef(fm, "owner")
		for gm, at := range r.items(fm.get("grants"), MaxItems, "grants", fsh.Field("grants").Shape) {
			gr := Grant{At: at}
			s, okS := Subject{}, false
			if v := gm.get("to"); v != nil {
				s, okS = r.subject(v, bitrixSubjects)
			}
			okL := false
			if v := gm.get("level"); v != nil {
				if w, ok := r.text(v, "level"); ok {
					if gr.Level, okL = DiskScale.Parse(w); !okL {
						r.suggestAdd("E104", r.rng(v), w, DiskScale.Words, w, strings.Join(DiskScale.Words, ", "))
					}
				}
			}
			if okS && okL {
				gr.To = s
				f.Grants = append(f.Grants, gr)
			}
		}
		cfg.Disk.Folders = append(cfg.Disk.Folders, f)
	}
}

// validPath accepts "/" and absolute paths without empty segments.
func validPath(p string) bool {
	if p == "/" {
		return true
	}
	if !strings.HasPrefix(p, "/") || strings.HasSuffix(p, "/") || utf8.RuneCountInString(p) > 1000 {
		return false
	}
	for _, seg := range strings.Split(p[1:], "/") {
		if seg == "" || seg == "." || seg == ".." {
			return false
		}
	}
	return true
}
