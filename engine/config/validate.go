package config

import (
	"sort"
	"strings"

	"rolelens/engine/diag"
)

// index holds the lookups built once per configuration.
type index struct {
	users       map[string]*User
	departments map[string]*Department
	groups      map[string]*Group
	crmRoles    map[string]*CRMRole
	pipelines   map[string]*Pipeline
	telRoles    map[string]*TelephonyRole
	taskRoles   map[string]*TaskRole
	records     map[string]*Record
	vroles      map[string]*VRole
	profiles    map[string]*Profile
	folders     map[string]*Folder
	userDepts   map[string][]string
}

// Lookups by id; nil when absent.
func (c *Config) User(id string) *User                   { return c.users[id] }
func (c *Config) Department(id string) *Department       { return c.departments[id] }
func (c *Config) Group(id string) *Group                 { return c.groups[id] }
func (c *Config) CRMRole(id string) *CRMRole             { return c.crmRoles[id] }
func (c *Config) Pipeline(id string) *Pipeline           { return c.pipelines[id] }
func (c *Config) TelephonyRole(id string) *TelephonyRole { return c.telRoles[id] }
func (c *Config) TaskRole(id string) *TaskRole           { return c.taskRoles[id] }
func (c *Config) Record(id string) *Record               { return c.records[id] }
func (c *Config) VRole(id string) *VRole                 { return c.vroles[id] }
func (c *Config) Profile(id string) *Profile             { return c.profiles[id] }
func (c *Config) Folder(path string) *Folder             { return c.folders[path] }

// SubjectName is the name the text gives the user, department, group or
// vtiger role a subject names ("department-tree:sales" is the department
// Sales), or "" when it gives none.
func (c *Config) SubjectName(subject string) string {
	kind, id, _ := strings.Cut(subject, ":")
	switch kind {
	case "user":
		if u := c.User(id); u != nil {
			return u.Name
		}
	case "department", "department-tree":
		if d := c.Department(id); d != nil {
			return d.Name
		}
	case "group":
		if g := c.Group(id); g != nil {
			return g.Name
		}
	case "role", "role-tree":
		if r := c.VRole(id); r != nil {
			return r.Name
		}
	}
	return ""
}

// UserDepartments returns the departments a user belongs to: those listed
// and those the user heads (SPEC 1.1), in file order without repeats.
func (c *Config) UserDepartments(id string) []string { return c.userDepts[id] }

// Stages returns the stage list of an entity, or nil for entities without
// stages (and unknown pipelines).
func (c *Config) Stages(entity string) []string {
	if p, ok := strings.CutPrefix(entity, "deal@"); ok {
		if pl := c.pipelines[p]; pl != nil {
			return pl.Stages
		}
		return nil
	}
	if s, ok := c.CRM.Stages[entity]; ok {
		return s
	}
	return DefaultStages[entity]
}

// AllEntities lists the entities of this configuration: the fixed ones with
// a deal@PIPELINE after deal for every pipeline.
func (c *Config) AllEntities() []string {
	out := make([]string, 0, len(Entities)+len(c.CRM.Pipelines))
	for _, e := range Entities {
		out = append(out, e)
		if e == "deal" {
			for _, p := range c.CRM.Pipelines {
				out = append(out, "deal@"+p.ID)
			}
		}
	}
	return out
}

// TelephonyRoles lists the defined roles and the built-in ones not replaced.
func (c *Config) TelephonyRoles() []*TelephonyRole {
	out := append([]*TelephonyRole(nil), c.Telephony.Roles...)
	for _, b := range builtinTelephony {
		if r := c.telRoles[b.id]; r != nil && r.Builtin {
			out = append(out, r)
		}
	}
	return out
}

// TaskRoles lists the defined tasks roles, then the built-ins they do not
// replace.
func (c *Config) TaskRoles() []*TaskRole {
	out := append([]*TaskRole(nil), c.Tasks.Roles...)
	for _, b := range builtinTasks {
		if r := c.taskRoles[b.id]; r != nil && r.Builtin {
			out = append(out, r)
		}
	}
	return out
}

// validator checks references once every id is known.
type validator struct {
	c        *Config
	r        *reader
	suggests int // did-you-mean over long id lists is bounded per file
}

func (c *Config) validate(r *reader) {
	v := &validator{c: c, r: r}
	v.buildIndex()
	if c.System == Bitrix24 {
		v.bitrix()
	} else {
		v.vtiger()
	}
	v.tests()
}

func (v *validator) unknown(code diag.Code, at diag.Range, id string, known func() []string) {
	d := v.r.add(code, at, id)
	if v.suggests < 200 {
		v.suggests++
		d.Suggest = diag.Suggest(id, known())
	}
}

func keys[T any](m map[string]T) func() []string {
	return func() []string {
		out := make([]string, 0, len(m))
		for k := range m {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
}

// register adds items to an index, reporting duplicate ids.
func register[T any](v *validator, kind string, items []T, id func(T) string, at func(T) diag.Range) map[string]T {
	m := make(map[string]T, len(items))
	for _, it := range items {
		k := id(it)
		if k == "" {
			continue
		}
		if first, dup := m[k]; dup {
			d := v.r.add("E201", at(it), kind, k)
			d.Related = []diag.Related{{Range: at(first), Label: "first"}}
			continue
		}
		m[k] = it
	}
	return m
}

func (v *validator) buildIndex() {
	c := v.c
	c.users = register(v, "user", c.Users, func(u *User) string { return u.ID }, func(u *User) diag.Range { return u.At })
	c.departments = register(v, "department", c.Departments, func(d *Department) string { return d.ID }, func(d *Department) diag.Range { return d.At })
	c.groups = register(v, "group", c.Groups, func(g *Group) string { return g.ID }, func(g *Group) diag.Range { return g.At })
	c.crmRoles = register(v, "CRM role", c.CRM.Roles, func(r *CRMRole) string { return r.ID }, func(r *CRMRole) diag.Range { return r.At })
	c.pipelines = register(v, "pipeline", c.CRM.Pipelines, func(p *Pipeline) string { return p.ID }, func(p *Pipeline) diag.Range { return p.At })
	c.telRoles = register(v, "telephony role", c.Telephony.Roles, func(r *TelephonyRole) string { return r.ID }, func(r *TelephonyRole) diag.Range { return r.At })
	for _, b := range builtinTelephonyRoles() {
		if c.telRoles[b.ID] == nil {
			c.telRoles[b.ID] = b
		}
	}
	c.taskRoles = register(v, "tasks role", c.Tasks.Roles, func(r *TaskRole) string { return r.ID }, func(r *TaskRole) diag.Range { return r.At })
	for _, b := range builtinTaskRoles() {
		if c.taskRoles[b.ID] == nil {
			c.taskRoles[b.ID] = b
		}
	}
	c.records = register(v, "record", c.Records, func(r *Record) string { return r.ID }, func(r *Record) diag.Range { return r.At })
	c.vroles = register(v, "role", c.Roles, func(r *VRole) string { return r.ID }, func(r *VRole) diag.Range { return r.At })
	c.profiles = register(v, "profile", c.Profiles, func(p *Profile) string { return p.ID }, func(p *Profile) diag.Range { return p.At })
	c.folders = register(v, "folder", c.Disk.Folders, func(f *Folder) string { return f.Path }, func(f *Folder) diag.Range { return f.At })

	c.userDepts = make(map[string][]string, len(c.Users))
	for _, u := range c.Users {
		for _, d := range u.Departments {
			if c.departments[d.ID] != nil && !contains(c.userDepts[u.ID], d.ID) {
				c.userDepts[u.ID] = append(c.userDepts[u.ID], d.ID)
			}
		}
	}
	for _, d := range c.Departments {
		if d.Head != "" && c.users[d.Head] != nil && !contains(c.userDepts[d.Head], d.ID) {
			c.userDepts[d.Head] = append(c.userDepts[d.Head], d.ID)
		}
	}
}

func (v *validator) user(id string, at diag.Range) {
	if id != "" && v.c.users[id] == nil {
		v.unknown("E202", at, id, keys(v.c.users))
	}
}

func (v *validator) department(id string, at diag.Range) {
	if id != "" && v.c.departments[id] == nil {
		v.unknown("E203", at, id, keys(v.c.departments))
	}
}

func (v *validator) vrole(id string, at diag.Range) {
	if id != "" && v.c.vroles[id] == nil {
		v.unknown("E205", at, id, keys(v.c.vroles))
	}
}

func (v *validator) subject(s Subject) {
	switch s.Kind {
	case SubUser:
		v.user(s.ID, s.At)
	case SubDepartment, SubDepartmentTree:
		v.department(s.ID, s.At)
	case SubGroup:
		if v.c.groups[s.ID] == nil {
			v.unknown("E204", s.At, s.ID, keys(v.c.groups))
		}
	case SubRole, SubRoleTree:
		v.vrole(s.ID, s.At)
	}
}

func (v *validator) bitrix() {
	c := v.c
	for _, d := range c.Departments {
		v.department(d.Parent, d.ParentAt)
		v.user(d.Head, d.HeadAt)
	}
	v.cycles("E210", len(c.Departments), func(i int) (string, string, diag.Range) {
		d := c.Departments[i]
		return d.ID, d.Parent, d.ParentAt
	})
	for _, u := range c.Users {
		for _, d := range u.Departments {
			v.department(d.ID, d.At)
		}
	}
	for _, g := range c.Groups {
		for _, m := range g.Members {
			v.user(m.ID, m.At)
		}
	}
	for _, role := range c.CRM.Roles {
		for _, ep := range role.Entities {
			if !v.entity(ep.Entity, ep.At) {
				continue
			}
			for _, row := range ep.Stages {
				v.stage(ep.Entity, row.Stage, row.At)
			}
		}
	}
	v.assignments(c.CRM.Assignments, func(id string) bool { return c.crmRoles[id] != nil }, keys(c.crmRoles))
	v.assignments(c.Telephony.Assignments, func(id string) bool { return c.telRoles[id] != nil }, keys(c.telRoles))
	v.assignments(c.Tasks.Assignments, func(id string) bool { return c.taskRoles[id] != nil }, keys(c.taskRoles))
	for _, rec := range c.Records {
		v.user(rec.Responsible, rec.At)
		if rec.Entity != "" && v.entity(rec.Entity, rec.At) && rec.Stage != "" {
			if !HasStages(rec.Entity) {
				v.r.add("E115", rec.StageAt, rec.Entity)
			} else {
				v.stage(rec.Entity, rec.Stage, rec.StageAt)
			}
		}
		for _, d := range rec.Departments {
			v.department(d.ID, d.At)
		}
	}
	for _, f := range c.Disk.Folders {
		v.user(f.Owner, f.OwnerAt)
		for _, g := range f.Grants {
			v.subject(g.To)
		}
	}
}

// entity checks that a deal@PIPELINE names a pipeline.
func (v *validator) entity(e string, at diag.Range) bool {
	if p, ok := strings.CutPrefix(e, "deal@"); ok && v.c.pipelines[p] == nil {
		v.unknown("E209", at, p, keys(v.c.pipelines))
		return false
	}
	return true
}

func (v *validator) stage(entity, stage string, at diag.Range) {
	stages := v.c.Stages(entity)
	if !contains(stages, stage) {
		d := v.r.add("E208", at, stage, entity)
		d.Suggest = diag.Suggest(stage, stages)
	}
}

func (v *validator) assignments(as []*Assignment, known func(string) bool, ids func() []string) {
	for _, a := range as {
		if a.Role != "" && !known(a.Role) {
			v.unknown("E205", a.RoleAt, a.Role, ids)
		}
		for _, s := range a.To {
			v.subject(s)
		}
	}
}

// cycles reports parent chains that come back to where they started, once
// per cycle, at its first member in file order.
func (v *validator) cycles(code diag.Code, n int, item func(i int) (id, parent string, at diag.Range)) {
	parent := make(map[string]string, n)
	for i := 0; i < n; i++ {
		id, p, _ := item(i)
		if _, dup := parent[id]; !dup {
			parent[id] = p
		}
	}
	state := make(map[string]int8, n) // 1: on the current chain, 2: done
	for i := 0; i < n; i++ {
		id, _, at := item(i)
		var chain []string
		cur := id
		for cur != "" && state[cur] == 0 {
			state[cur] = 1
			chain = append(chain, cur)
			cur = parent[cur]
		}
		if cur != "" && state[cur] == 1 {
			// cur starts the cycle; report it at the first item of the cycle in file order.
			k := 0
			for chain[k] != cur {
				k++
			}
			loop := append(append([]string(nil), chain[k:]...), cur)
			if loop[0] == id {
				v.r.add(code, at, id, strings.Join(loop, " → "))
			} else {
				// The cycle was entered from a chain; report at its member.
				for j := 0; j < n; j++ {
					if jid, _, jat := item(j); jid == cur {
						v.r.add(code, jat, cur, strings.Join(loop, " → "))
						break
					}
				}
			}
		}
		for _, x := range chain {
			state[x] = 2
		}
	}
}

func (v *validator) vtiger() {
	c := v.c
	for _, r := range c.Roles {
		v.vrole(r.Parent, r.ParentAt)
		for _, p := range r.Profiles {
			if c.profiles[p.ID] == nil {
				v.unknown("E206", p.At, p.ID, keys(c.profiles))
			}
		}
	}
	v.cycles("E211", len(c.Roles), func(i int) (string, string, diag.Range) {
		r := c.Roles[i]
		return r.ID, r.Parent, r.ParentAt
	})
	for _, u := range c.Users {
		v.vrole(u.Role, u.RoleAt)
	}
	for _, g := range c.Groups {
		for _, m := range g.Members {
			v.subject(m)
		}
	}
	v.groupCycles()
	for _, rule := range c.Sharing.Rules {
		v.subject(rule.From)
		v.subject(rule.To)
	}
	for _, rec := range c.Records {
		if rec.Owner.ID != "" {
			v.subject(rec.Owner)
		}
	}
}

// groupCycles reports vtiger groups that contain themselves through nesting.
func (v *validator) groupCycles() {
	c := v.c
	state := map[string]int8{}
	var path []string
	var visit func(g *Group)
	visit = func(g *Group) {
		state[g.ID] = 1
		path = append(path, g.ID)
		for _, m := range g.Members {
			if m.Kind != SubGroup {
				continue
			}
			sub := c.groups[m.ID]
			if sub == nil {
				continue
			}
			switch state[sub.ID] {
			case 0:
				visit(sub)
			case 1:
				k := 0
				for path[k] != sub.ID {
					k++
				}
				loop := append(append([]string(nil), path[k:]...), sub.ID)
				v.r.add("E212", m.At, sub.ID, strings.Join(loop, " → "))
			}
		}
		path = path[:len(path)-1]
		state[g.ID] = 2
	}
	for _, g := range c.Groups {
		if state[g.ID] == 0 && c.groups[g.ID] == g {
			visit(g)
		}
	}
}

func (v *validator) tests() {
	c := v.c
	for _, t := range c.Tests {
		v.user(t.User, t.UserAt)
		q := t.Question
		switch q.Kind {
		case AskCRMCell:
			if v.entity(q.Entity, t.EntityAt) && q.Stage != "" {
				v.stage(q.Entity, q.Stage, t.RefAt)
			}
		case AskRecord:
			if c.records[q.Record] == nil {
				v.unknown("E207", t.RefAt, q.Record, keys(c.records))
			}
		case AskTelephonyOf:
			v.user(q.Of, t.RefAt)
		case AskDisk, AskDiskAction:
			if c.FolderOf(q.Path) == nil {
				v.unknown("E213", t.RefAt, q.Path, keys(c.folders))
			}
		}
	}
}

// FolderOf returns the folder at path or the nearest defined ancestor.
func (c *Config) FolderOf(path string) *Folder {
	for p := path; ; {
		if f := c.folders[p]; f != nil {
			return f
		}
		if p == "/" || p == "" {
			return nil
		}
		i := strings.LastIndexByte(p, '/')
		if i <= 0 {
			p = "/"
		} else {
			p = p[:i]
		}
	}
}
