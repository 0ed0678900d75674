package gen

import (
	"math/rand/v2"
	"strings"

	"rolelens/engine/config"
)

// bitrix is a generated bitrix24 portal: the organisation is drawn first,
// then every section is drawn and written in file order.
type bitrix struct {
	o Options
	r *rand.Rand

	deptID, deptName []string
	depth            []int
	parent           []int // -1 for the root
	head             []int // user index, -1 for none
	members          [][]int
	tops             []int // the departments right below the root

	userName  []string
	userDepts [][]int
	admin     []bool
	extranet  []bool
	staff     []int // users in departments, not extranet
	adminUser int   // -1 when there is none
	extUser   int   // -1 when there is none

	groups        [][]int
	pipelines     []pipeline
	firstRecordID string
}

type pipeline struct {
	id, name string
	stages   []string
}

// maxDepth is the deepest department level; the root is level 1.
const maxDepth = 8

var areas = []string{"Sales", "Marketing", "Support", "Finance", "Production", "Logistics", "IT", "HR", "Legal",
	"Purchasing", "Research", "Quality", "Service", "Projects"}

var teamWords = []string{"North", "South", "East", "West", "Key accounts", "Online", "Retail", "Partners", "Field", "Desk"}

var allPipelines = []pipeline{
	{"wholesale", "Wholesale", []string{"NEW", "OFFER", "CONTRACT", "WON", "LOSE"}},
	{"partners", "Partners", []string{"NEW", "QUALIFIED", "PILOT", "WON", "LOSE"}},
	{"export", "Export", []string{"NEW", "CUSTOMS", "SHIPPED", "WON", "LOSE"}},
}

var defaultStages = map[string][]string{
	"lead": {"NEW", "IN_PROCESS", "PROCESSED", "JUNK", "CONVERTED"},
	"deal": {"NEW", "PREPARATION", "PREPAYMENT_INVOICE", "EXECUTING", "FINAL_INVOICE", "WON", "LOSE", "APOLOGY"},
}

// archetype is a kind of CRM role with its usual read level.
type archetype struct {
	name     string
	read     int
	readOnly bool
	settings int // percent of roles of this kind that may edit settings
}

var archetypes = []archetype{
	{"Sales agent", 2, false, 0},
	{"Sales manager", 3, false, 5},
	{"Head of sales", 5, false, 30},
	{"Support", 1, false, 0},
	{"Marketing", 4, false, 5},
	{"Accountant", 2, false, 0},
	{"Observer", 5, true, 0},
}

func newBitrix(o Options, r *rand.Rand) *bitrix {
	b := &bitrix{o: o, r: r, adminUser: -1, extUser: -1}
	b.departments()
	b.users()
	b.heads()
	ng := max(1, o.Departments/5)
	for range ng {
		size := min(o.Users, 3+r.IntN(20))
		b.groups = append(b.groups, distinct(r, o.Users, size))
	}
	b.pipelines = allPipelines[:min(len(allPipelines), 1+o.Roles/150)]
	return b
}

// departments draws a tree of at most maxDepth levels below one root.
func (b *bitrix) departments() {
	n, r := b.o.Departments, b.r
	b.deptID, b.deptName = make([]string, n), make([]string, n)
	b.depth, b.parent = make([]int, n), make([]int, n)
	area := make([]int, n)
	b.deptID[0], b.deptName[0], b.depth[0], b.parent[0] = "company", "Company", 1, -1
	open := []int{0} // departments that may still get children
	for i := 1; i < n; i++ {
		// Departments near the top get children more often, as in real
		// portals: draw twice and keep the shallower one.
		p := open[r.IntN(len(open))]
		if q := open[r.IntN(len(open))]; b.depth[q] < b.depth[p] {
			p = q
		}
		b.parent[i], b.depth[i] = p, b.depth[p]+1
		if p == 0 {
			k := len(b.tops)
			area[i] = k % len(areas)
			b.deptName[i] = areas[area[i]]
			if k >= len(areas) {
				b.deptName[i] += " " + itoa(k/len(areas)+1)
			}
			b.tops = append(b.tops, i)
		} else {
			area[i] = area[p]
			b.deptName[i] = areas[area[i]] + " " + teamWords[r.IntN(len(teamWords))] + " " + itoa(i)
		}
		b.deptID[i] = strings.ToLower(areas[area[i]]) + "-" + itoa(i)
		if b.depth[i] < maxDepth {
			open = append(open, i)
		}
	}
}

// users draws flags and departments: one department for most, two or
// three for some; every department gets a member while users last.
func (b *bitrix) users() {
	n, r := b.o.Users, b.r
	b.userName = make([]string, n)
	b.userDepts = make([][]int, n)
	b.admin, b.extranet = make([]bool, n), make([]bool, n)
	b.members = make([][]int, b.o.Departments)
	for u := range n {
		b.userName[u] = personName(r)
	}
	if n >= 2 {
		b.adminUser = 1
		b.admin[1] = true
	}
	if n >= 3 {
		b.extUser = n - 1
		b.extranet[n-1] = true
	}
	for u := 2; u < n-1; u++ {
		switch {
		case chance(r, 2):
			b.extranet[u] = true
		case r.IntN(200) == 0:
			b.admin[u] = true
		}
	}
	for u := range n {
		if !b.extranet[u] {
			b.staff = append(b.staff, u)
		}
	}
	join := func(u, d int) {
		for _, x := range b.userDepts[u] {
			if x == d {
				return
			}
		}
		b.userDepts[u] = append(b.userDepts[u], d)
		b.members[d] = append(b.members[d], u)
	}
	join(0, 0) // the first user is the CEO, in the root department
	perm := r.Perm(b.o.Departments)
	for j, u := range b.staff[1:] {
		if j < len(perm) {
			join(u, perm[j])
		} else {
			join(u, r.IntN(b.o.Departments))
		}
	}
	for _, u := range b.staff[1:] {
		switch pick(r, 80, 15, 5) {
		case 2:
			join(u, r.IntN(b.o.Departments))
			fallthrough
		case 1:
			join(u, r.IntN(b.o.Departments))
		}
	}
}

// heads gives most departments a head from their members; the CEO heads
// the root.
func (b *bitrix) heads() {
	b.head = make([]int, b.o.Departments)
	for d := range b.head {
		b.head[d] = -1
		if d == 0 {
			b.head[d] = 0
		} else if m := b.members[d]; len(m) > 0 && chance(b.r, 90) {
			b.head[d] = m[b.r.IntN(len(m))]
		}
	}
}

func userID(u int) string { return "u" + itoa(u+1) }

func groupID(g int) string { return "g" + itoa(g+1) }

func (b *bitrix) write(w *writer) {
	w.line("# Generated by rolelens gen: a bitrix24 portal with ", itoa(b.o.Users), " users, seed ", utoa(b.o.Seed), ".")
	w.line("rolelens: 1")
	w.line("system: bitrix24")
	w.line("title: Generated portal with ", itoa(b.o.Users), " users (seed ", utoa(b.o.Seed), ")")
	b.writeOrg(w)
	b.writeCRM(w)
	b.writeRecords(w)
	b.writeTelephony(w)
	b.writeTasks(w)
	b.writeDisk(w)
	b.writeTests(w)
}

func (b *bitrix) writeOrg(w *writer) {
	w.line("org:")
	w.line("  departments:")
	for d, id := range b.deptID {
		s := "    - {id: " + id + ", name: " + b.deptName[d]
		if p := b.parent[d]; p >= 0 {
			s += ", parent: " + b.deptID[p]
		}
		if h := b.head[d]; h >= 0 {
			s += ", head: " + userID(h)
		}
		w.line(s, "}")
	}
	w.line("  users:")
	for u, name := range b.userName {
		s := "    - {id: " + userID(u) + ", name: " + name
		if ds := b.userDepts[u]; len(ds) > 0 {
			ids := make([]string, len(ds))
			for i, d := range ds {
				ids[i] = b.deptID[d]
			}
			s += ", departments: " + flow(ids)
		}
		if b.admin[u] {
			s += ", admin: true"
		}
		if b.extranet[u] {
			s += ", extranet: true"
		}
		w.line(s, "}")
	}
	w.line("  groups:")
	for g, ms := range b.groups {
		kind, name := "workgroup", "Project "+itoa(g+1)
		if g%5 == 4 {
			kind, name = "user-group", "Circle "+itoa(g+1)
		}
		ids := make([]string, len(ms))
		for i, u := range ms {
			ids[i] = userID(u)
		}
		w.line("    - {id: ", groupID(g), ", name: ", name, ", kind: ", kind, ", members: ", flow(ids), "}")
	}
}

// entities lists the CRM entities of the portal in the platform's order.
func (b *bitrix) entities() []string {
	out := []string{"lead", "deal"}
	for _, p := range b.pipelines {
		out = append(out, "deal@"+p.id)
	}
	return append(out, "contact", "company", "quote", "invoice", "webform", "widget")
}

func (b *bitrix) stages(entity string) []string {
	if p, ok := strings.CutPrefix(entity, "deal@"); ok {
		for _, pl := range b.pipelines {
			if pl.id == p {
				return pl.stages
			}
		}
	}
	return defaultStages[entity]
}

func (b *bitrix) writeCRM(w *writer) {
	w.line("crm:")
	w.line("  pipelines:")
	for _, p := range b.pipelines {
		w.line("    - {id: ", p.id, ", name: ", p.name, ", stages: ", flow(p.stages), "}")
	}
	w.line("  roles:")
	for i := range b.o.Roles {
		w.line(b.role(i))
	}
	w.line("  assignments:")
	per, extra := b.o.Assignments/b.o.Roles, b.o.Assignments%b.o.Roles
	for i := range b.o.Roles {
		k := per
		if i < extra {
			k++
		}
		subjects := b.subjects(i, k)
		for len(subjects) > 0 { // long lists are split as administrators would
			n := min(len(subjects), 20)
			w.line("    - {role: ", roleID(i), ", to: ", flow(subjects[:n]), "}")
			subjects = subjects[n:]
		}
	}
}

func roleID(i int) string { return "crm-" + itoa(i+1) }

// role writes one CRM role on one line.
func (b *bitrix) role(i int) string {
	r := b.r
	a := archetypes[r.IntN(len(archetypes))]
	var s strings.Builder
	s.WriteString("    - {id: " + roleID(i) + ", name: " + a.name + " " + itoa(i+1))
	if chance(r, a.settings) {
		s.WriteString(", settings: true")
	}
	s.WriteString(", permissions: {")
	first := true
	for _, e := range b.entities() {
		if (e == "quote" || e == "invoice") && chance(r, 30) || (e == "webform" || e == "widget") && chance(r, 70) {
			continue
		}
		if !first {
			s.WriteString(", ")
		}
		first = false
		s.WriteString(e + ": {")
		s.WriteString(b.entityLevels(a, e))
		if st := b.stages(e); len(st) > 0 && chance(r, 35) {
			s.WriteString(", stages: {")
			for j, x := range distinct(r, len(st), 1+r.IntN(2)) {
				if j > 0 {
					s.WriteString(", ")
				}
				s.WriteString(st[x] + ": {" + b.stageRow() + "}")
			}
			s.WriteString("}")
		}
		s.WriteString("}")
	}
	s.WriteString("}}")
	return s.String()
}

// entityLevels draws an entity row around the archetype's read level:
// writing needs no more than reading, deleting no more than writing.
func (b *bitrix) entityLevels(a archetype, e string) string {
	r := b.r
	var lv [6]int
	if e == "webform" || e == "widget" {
		for j := range lv {
			if chance(r, 50) {
				lv[j] = 5
			}
		}
	} else {
		read := min(5, max(0, a.read+r.IntN(3)-1))
		lv[0] = read
		if !a.readOnly {
			lv[1] = min(read, 1+r.IntN(3))
			lv[2] = max(0, read-r.IntN(2))
			lv[3] = r.IntN(lv[2] + 1)
			if chance(r, 30) {
				lv[5] = lv[1]
			}
		}
		if chance(r, 60) {
			lv[4] = read
		}
	}
	var parts []string
	for j, l := range lv {
		// A none is left out mostly, and sometimes written, as in exports.
		if l > 0 || chance(r, 25) {
			parts = append(parts, config.Actions[j]+": "+config.CRMScale.Words[l])
		}
	}
	if len(parts) == 0 {
		parts = append(parts, "read: none")
	}
	return strings.Join(parts, ", ")
}

// stageRow draws a stage row: closed stages, read-only stages, wider stages.
func (b *bitrix) stageRow() string {
	switch pick(b.r, 4, 3, 2, 1) {
	case 0:
		return "update: none, delete: none"
	case 1:
		return "update: " + config.CRMScale.Words[b.r.IntN(2)]
	case 2:
		return "read: " + config.CRMScale.Words[2+b.r.IntN(4)]
	}
	return "read: none, update: none, delete: none, export: none"
}

// subjects draws k subjects for role i's assignments. A few roles go to
// everyone or to the heads (the first two always do); the others to users,
// departments, department trees and groups, as portals grow them.
func (b *bitrix) subjects(i, k int) []string {
	r := b.r
	out := make([]string, 0, k)
	seen := make(map[string]bool, k)
	for j, s := range []struct {
		subject string
		percent int
	}{{"everyone", 3}, {"heads", 5}} {
		if len(out) < k && (i == j || chance(r, s.percent)) {
			out = append(out, s.subject)
			seen[s.subject] = true
		}
	}
	for len(out) < k {
		var s string
		for try := 0; try < 4; try++ {
			switch pick(r, 47, 26, 16, 11) {
			case 0:
				s = "user:" + userID(b.staff[r.IntN(len(b.staff))])
			case 1:
				s = "department:" + b.deptID[r.IntN(len(b.deptID))]
			case 2:
				s = "department-tree:" + b.deptID[r.IntN(len(b.deptID))]
			default:
				s = "group:" + groupID(r.IntN(len(b.groups)))
			}
			if !seen[s] {
				break
			}
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

func (b *bitrix) writeRecords(w *writer) {
	r := b.r
	ents := b.entities()
	w.line("records:")
	for i := range b.o.Records {
		var e string
		switch pick(r, 35, 30, 10, 10, 8, 4, 3) {
		case 0:
			e = "lead"
		case 1:
			e = "deal"
		case 2:
			e = ents[2+r.IntN(len(b.pipelines))]
		case 3:
			e = "contact"
		case 4:
			e = "company"
		case 5:
			e = "quote"
		default:
			e = "invoice"
		}
		kind, _, _ := strings.Cut(e, "@")
		u := b.staff[r.IntN(len(b.staff))]
		id := kind + "-" + itoa(i+1)
		if i == 0 {
			b.firstRecordID = id
		}
		s := "  - {id: " + id + ", entity: " + e + ", responsible: " + userID(u)
		if st := b.stages(e); len(st) > 0 && chance(r, 95) {
			s += ", stage: " + st[r.IntN(len(st))]
		}
		if chance(r, 8) {
			s += ", open: true"
		}
		if chance(r, 4) { // stale: saved under a department the responsible left
			d := r.IntN(len(b.deptID))
			mine := false
			for _, x := range b.userDepts[u] {
				mine = mine || x == d
			}
			if !mine {
				s += ", departments: [" + b.deptID[d] + "]"
			}
		}
		w.line(s, "}")
	}
}

func (b *bitrix) someStaff(n int) []string {
	var out []string
	for _, x := range distinct(b.r, len(b.staff), min(n, len(b.staff))) {
		out = append(out, "user:"+userID(b.staff[x]))
	}
	return out
}

func (b *bitrix) someTrees(n int) []string {
	if len(b.tops) == 0 {
		return []string{"department-tree:" + b.deptID[0]}
	}
	var out []string
	for _, x := range distinct(b.r, len(b.tops), min(n, len(b.tops))) {
		out = append(out, "department-tree:"+b.deptID[b.tops[x]])
	}
	return out
}

func (b *bitrix) writeTelephony(w *writer) {
	w.line("telephony:")
	w.line("  roles:")
	w.line("    - {id: verifier, name: Call quality, permissions: {call-detail: all, call-record-listen: all, call: crm-clients}}")
	w.line("    - {id: call-center, name: Call center, permissions: {call-detail: department, call-record-listen: own, call: clients-and-employees, lines: allow}}")
	w.line("  assignments:")
	w.line("    - {role: director, to: [user:", userID(0), "]}")
	w.line("    - {role: department-head, to: [heads]}")
	w.line("    - {role: manager, to: [everyone]}")
	w.line("    - {role: verifier, to: ", flow(b.someStaff(3)), "}")
	w.line("    - {role: call-center, to: ", flow(b.someTrees(2)), "}")
}

func (b *bitrix) writeTasks(w *writer) {
	w.line("tasks:")
	w.line("  roles:")
	w.line("    - {id: project-lead, name: Project lead, allow: [view-subdepartment-tasks, edit-department-tasks, manage-templates]}")
	w.line("    - {id: auditor, name: Auditor, allow: [view-all-tasks]}")
	w.line("  assignments:")
	w.line("    - {role: supervisor, to: [heads]}")
	w.line("    - {role: employee, to: [everyone]}")
	w.line("    - {role: full-access, to: [user:", userID(0), "]}")
	w.line("    - {role: project-lead, to: ", flow(b.someTrees(3)), "}")
	w.line("    - {role: auditor, to: ", flow(b.someStaff(2)), "}")
}

// writeDisk writes a company folder, one folder per top department (at
// most 20) with two subfolders each, and a shared folder.
func (b *bitrix) writeDisk(w *writer) {
	r := b.r
	w.line("disk:")
	w.line("  folders:")
	w.line("    - {path: /Company, owner: ", userID(0), ", grants: [{to: everyone, level: read}]}")
	for _, d := range b.tops[:min(len(b.tops), 20)] {
		path := "/Company/" + strings.ReplaceAll(b.deptName[d], " ", "-")
		s := "    - {path: " + path
		if h := b.head[d]; h >= 0 {
			s += ", owner: " + userID(h)
		}
		w.line(s, ", grants: [{to: department-tree:", b.deptID[d], ", level: add}]}")
		w.line("    - {path: ", path, "/Offers, grants: [{to: ", b.someStaff(1)[0], ", level: edit}, {to: group:", groupID(r.IntN(len(b.groups))), ", level: read}]}")
		w.line("    - {path: ", path, "/Contracts, grants: [{to: department:", b.deptID[d], ", level: edit}, {to: heads, level: full}]}")
	}
	w.line("    - {path: /Shared, grants: [{to: group:", groupID(r.IntN(len(b.groups))), ", level: edit}, {to: everyone, level: read}]}")
}

// writeTests states what the generator knows for sure: admins get
// everything, extranet users get no CRM, owners get full disk access.
func (b *bitrix) writeTests(w *writer) {
	w.line("tests:")
	ceo := userID(0)
	w.line("  - {name: the owner of a folder has full access, user: ", ceo, ", disk: /Company, expect: full}")
	w.line("  - {name: the director listens to every recording, user: ", ceo, ", telephony: call-record-listen, expect: all}")
	w.line("  - {user: ", ceo, ", tasks: manage-templates, expect: allow}")
	rec := b.firstRecord()
	if b.adminUser >= 0 {
		a := userID(b.adminUser)
		w.line("  - {name: administrators get every CRM right, user: ", a, ", crm: {entity: deal, action: delete}, expect: all}")
		w.line("  - {user: ", a, ", crm: {entity: deal, action: update, stage: WON}, expect: all}")
		w.line("  - {user: ", a, ", crm: settings, expect: allow}")
		w.line("  - {user: ", a, ", record: ", rec, ", action: update, expect: allow}")
		w.line("  - {user: ", a, ", telephony: balance, expect: allow}")
		w.line("  - {user: ", a, ", tasks: edit-permissions, expect: allow}")
		w.line("  - {user: ", a, ", disk: {path: /Shared, action: share}, expect: allow}")
	}
	if b.extUser >= 0 {
		x := userID(b.extUser)
		w.line("  - {name: extranet users have no CRM, user: ", x, ", crm: {entity: lead, action: read}, expect: none}")
		w.line("  - {user: ", x, ", crm: {entity: deal, action: read, stage: NEW}, expect: none}")
		w.line("  - {user: ", x, ", crm: settings, expect: deny}")
		w.line("  - {user: ", x, ", record: ", rec, ", action: read, expect: deny}")
		w.line("  - {name: extranet users are not everyone, user: ", x, ", telephony: call, expect: none}")
		w.line("  - {user: ", x, ", tasks: view-all-tasks, expect: deny}")
	}
}

// firstRecord is the id of the first record, as writeRecords made it.
func (b *bitrix) firstRecord() string { return b.firstRecordID }
