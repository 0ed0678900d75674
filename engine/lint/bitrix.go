package lint

import (
	"maps"
	"slices"
	"strings"

	"rolelens/engine/config"
	"rolelens/engine/diag"
	"rolelens/engine/resolve"
)

// crmUser is a user the CRM rules apply to, with the roles reaching them.
type crmUser struct {
	user *config.User
	refs []resolve.RoleRef
	sig  string
}

func (l *linter) bitrix() {
	var users []crmUser
	for _, u := range l.rs.Users() {
		refs := l.rs.Roles(u.ID, "crm")
		users = append(users, crmUser{u, refs, signature(refs)})
	}
	l.stageRowsLower(users)
	l.precedence(users)
	l.staleRecords()
	l.usersWithoutAccess(users)
	l.redundantRows(users)
	l.unassignedRoles()
	l.emptySubjects()
	l.treeOverlaps()
	l.headDirectLinks()
}

// resolved reports whether the CRM rules decide for the user at all:
// extranet users and admins are settled before any role counts.
func resolved(u *config.User) bool { return !u.Extranet && !u.Admin }

// stageRowsLower is L101: a user's stage level is below what inheritance
// alone would give; the roles whose explicit rows reach the user there
// caused it.
func (l *linter) stageRowsLower(users []crmUser) {
	type loss struct {
		entity, stage string
		act           config.Action
		roles         string
		level, inh    config.Level
	}
	bySig := map[string][]loss{}
	groups := map[loss][]string{}
	var keys []loss
	for _, cu := range users {
		if !resolved(cu.user) || len(cu.refs) == 0 {
			continue
		}
		losses, done := bySig[cu.sig]
		if !done {
			crm := l.rs.CRM(cu.user.ID)
			for _, e := range l.cfg.AllEntities() {
				if !config.HasStages(e) {
					continue
				}
				for _, s := range l.cfg.Stages(e) {
					for act := config.Action(0); act < config.NumActions; act++ {
						eff := crm.Level(e, act, s)
						inh := l.rs.CellWith(cu.user.ID, e, act, s, resolve.CellOptions{Inherited: true})
						if eff >= inh {
							continue
						}
						roles := explicitRoles(l.cfg, cu.refs, e, s, act)
						if inh <= ownEntityMax(l.cfg, roles, e, act) {
							continue // the row lowers its own role's value: intended, not a trap
						}
						losses = append(losses, loss{e, s, act, strings.Join(roles, "+"), eff, inh})
					}
				}
			}
			bySig[cu.sig] = losses
		}
		for _, k := range losses {
			if _, ok := groups[k]; !ok {
				keys = append(keys, k)
			}
			groups[k] = append(groups[k], cu.user.ID)
		}
	}
	for _, k := range keys {
		roles := strings.Split(k.roles, "+")
		var rng diag.Range
		var related []diag.Related
		for i, id := range roles {
			row := l.cfg.CRMRole(id).Entity(k.entity).Stage(k.stage)
			at := cellAt(row.Actions[k.act], row.At)
			if i == 0 {
				rng = at
			} else {
				related = append(related, diag.Related{Range: at, Label: LabelStageRow})
			}
		}
		act := config.Actions[k.act]
		f := newFinding("L101", rng, k.roles, k.stage, k.entity, act, config.CRMScale.Word(k.level), config.CRMScale.Word(k.inh))
		f.Related = related
		f.Users = l.sortUsers(groups[k])
		f.FixArgs = []string{k.roles, k.entity, k.stage, act}
		l.add(f)
	}
}

// explicitRoles lists, once each in assignment order, the roles reaching a
// user that have an explicit value for the stage and action.
func explicitRoles(cfg *config.Config, refs []resolve.RoleRef, entity, stage string, act config.Action) []string {
	var out []string
	for _, r := range refs {
		ep := cfg.CRMRole(r.Role).Entity(entity)
		if ep == nil {
			continue
		}
		if row := ep.Stage(stage); row != nil && row.Actions[act].Set && !hasString(out, r.Role) {
			out = append(out, r.Role)
		}
	}
	return out
}

// ownEntityMax is the highest entity value the given roles have themselves.
func ownEntityMax(cfg *config.Config, roles []string, entity string, act config.Action) config.Level {
	best := config.LevelNone
	for _, id := range roles {
		if ep := cfg.CRMRole(id).Entity(entity); ep != nil && ep.Actions[act].Level > best {
			best = ep.Actions[act].Level
		}
	}
	return best
}

// precedence is L102: cells where maximum and personal-first disagree.
// Stage cells that differ exactly as their entity cell are not repeated.
func (l *linter) precedence(users []crmUser) {
	type differs struct {
		cell   string
		act    config.Action
		mx, pf config.Level
	}
	// The cells depend on the roles and how they reach the user alone: worked
	// out once per signature (a portal of 10,000 users spent 19 s here).
	bySig := map[string][]differs{}
	for _, cu := range users {
		if !resolved(cu.user) {
			continue
		}
		var personal *resolve.RoleRef
		group := false
		for i := range cu.refs {
			if cu.refs[i].Personal {
				if personal == nil {
					personal = &cu.refs[i]
				}
			} else {
				group = true
			}
		}
		if personal == nil || !group {
			continue // one kind of assignment only: both rules agree
		}
		id := cu.user.ID
		emit := func(cell string, act config.Action, mx, pf config.Level) {
			f := newFinding("L102", personal.Subject.At, id, cell, config.Actions[act], config.CRMScale.Word(mx), config.CRMScale.Word(pf))
			if !l.cfg.CRM.PrecedenceAt.IsZero() {
				f.Related = append(f.Related, diag.Related{Range: l.cfg.CRM.PrecedenceAt, Label: LabelPrecedence})
			}
			for _, r := range cu.refs {
				if !r.Personal {
					f.Related = append(f.Related, diag.Related{Range: r.Subject.At, Label: LabelAssignment})
				}
			}
			f.Users = []string{id}
			f.FixArgs = []string{id, cell, config.Actions[act]}
			l.add(f)
		}
		cells, done := bySig[cu.sig]
		if !done {
			var entity differs // the entity's cell of the action last given
			l.rs.PrecedenceCells(id, func(e, stage string, act config.Action, mx, pf config.Level) {
				if stage == "" {
					entity = differs{e, act, mx, pf}
					if mx != pf {
						cells = append(cells, entity)
					}
				} else if mx != pf && (mx != entity.mx || pf != entity.pf) {
					cells = append(cells, differs{e + "/" + stage, act, mx, pf})
				}
			})
			bySig[cu.sig] = cells
		}
		for _, c := range cells {
			emit(c.cell, c.act, c.mx, c.pf)
		}
	}
}

// staleRecords is L103: records saved under other departments than their
// responsible's current ones. The users affected are those whose answer
// on the record would change once it is re-saved.
func (l *linter) staleRecords() {
	var stale []*config.Record
	for _, rec := range l.cfg.Records {
		if l.cfg.Record(rec.ID) == rec && l.rs.Stale(rec) {
			stale = append(stale, rec)
		}
	}
	if len(stale) == 0 {
		return
	}
	for _, rec := range stale {
		users := l.rs.ResaveChanges(rec.ID)
		cur := orNone(strings.Join(l.cfg.UserDepartments(rec.Responsible), ", "))
		f := newFinding("L103", rec.DepartmentsAt, rec.ID, joinRefs(rec.Departments), rec.Responsible, cur)
		f.Related = []diag.Related{{Range: rec.At, Label: LabelRecord}}
		f.Users = users
		f.FixArgs = []string{rec.ID}
		l.add(f)
	}
}

// usersWithoutAccess is L104 (roles but no read anywhere), L105 (no role)
// and L106 (extranet users given roles).
func (l *linter) usersWithoutAccess(users []crmUser) {
	for _, cu := range users {
		u := cu.user
		switch {
		case u.Extranet:
			for _, r := range cu.refs {
				f := newFinding("L106", r.Subject.At, u.ID, r.Role, r.Subject.String())
				f.Related = []diag.Related{{Range: u.At, Label: "user"}}
				f.Users = []string{u.ID}
				f.FixArgs = []string{u.ID, r.Role}
				l.add(f)
			}
		case u.Admin:
		case len(cu.refs) == 0:
			if len(l.cfg.CRM.Roles) > 0 {
				f := newFinding("L105", u.At, u.ID)
				f.Users = []string{u.ID}
				f.FixArgs = []string{u.ID}
				l.add(f)
			}
		case l.rs.CRM(u.ID).NoAccess:
			f := newFinding("L104", u.At, u.ID)
			for _, r := range cu.refs {
				f.Related = append(f.Related, diag.Related{Range: r.Subject.At, Label: LabelAssignment})
			}
			f.Users = []string{u.ID}
			f.FixArgs = []string{u.ID}
			l.add(f)
		}
	}
}

// redundantRows is L107: stage values that equal what inheritance gives
// every user the role reaches, and whose removal changes nobody's level.
// Rows of roles nobody holds are left to L108.
func (l *linter) redundantRows(users []crmUser) {
	type cell struct {
		role, entity, stage string
		act                 config.Action
	}
	reached := map[string]bool{}
	useful := map[cell]bool{}
	seen := map[string]bool{}
	for _, cu := range users {
		if !resolved(cu.user) || seen[cu.sig] {
			for _, r := range cu.refs {
				reached[r.Role] = true
			}
			continue
		}
		seen[cu.sig] = true
		crm := l.rs.CRM(cu.user.ID)
		done := map[string]bool{}
		for _, r := range cu.refs {
			reached[r.Role] = true
			if done[r.Role] {
				continue
			}
			done[r.Role] = true
			for _, ep := range l.cfg.CRMRole(r.Role).Entities {
				for _, row := range ep.Stages {
					for act := config.Action(0); act < config.NumActions; act++ {
						k := cell{r.Role, ep.Entity, row.Stage, act}
						if !row.Actions[act].Set || useful[k] {
							continue
						}
						inherited := l.rs.CellWith(cu.user.ID, ep.Entity, act, row.Stage, resolve.CellOptions{Inherited: true})
						without := l.rs.CellWith(cu.user.ID, ep.Entity, act, row.Stage, resolve.CellOptions{SkipRow: r.Role})
						if row.Actions[act].Level != inherited || without != crm.Level(ep.Entity, act, row.Stage) {
							useful[k] = true
						}
					}
				}
			}
		}
	}
	for _, role := range l.cfg.CRM.Roles {
		if !reached[role.ID] || l.cfg.CRMRole(role.ID) != role {
			continue
		}
		for _, ep := range role.Entities {
			for _, row := range ep.Stages {
				var acts []string
				for act := config.Action(0); act < config.NumActions; act++ {
					if row.Actions[act].Set && !useful[cell{role.ID, ep.Entity, row.Stage, act}] {
						acts = append(acts, config.Actions[act])
					}
				}
				if len(acts) > 0 {
					f := newFinding("L107", row.At, role.ID, row.Stage, strings.Join(acts, ", "), ep.Entity)
					f.FixArgs = f.Args
					l.add(f)
				}
			}
		}
	}
}

// unassignedRoles is L108: defined roles no assignment names.
func (l *linter) unassignedRoles() {
	named := func(as []*config.Assignment) map[string]bool {
		m := map[string]bool{}
		for _, a := range as {
			m[a.Role] = true
		}
		return m
	}
	crm := named(l.cfg.CRM.Assignments)
	for _, r := range l.cfg.CRM.Roles {
		if !crm[r.ID] {
			l.add(unassigned("crm", r.ID, r.At))
		}
	}
	tel := named(l.cfg.Telephony.Assignments)
	for _, r := range l.cfg.Telephony.Roles {
		if !tel[r.ID] && !r.Builtin {
			l.add(unassigned("telephony", r.ID, r.At))
		}
	}
	tasks := named(l.cfg.Tasks.Assignments)
	for _, r := range l.cfg.Tasks.Roles {
		if !tasks[r.ID] && !r.Builtin {
			l.add(unassigned("tasks", r.ID, r.At))
		}
	}
}

func unassigned(section, id string, at diag.Range) Finding {
	f := newFinding("L108", at, section, id)
	f.FixArgs = f.Args
	return f
}

// emptySubjects is L109: departments, trees and groups without members.
func (l *linter) emptySubjects() {
	sections := []struct {
		name string
		as   []*config.Assignment
	}{{"crm", l.cfg.CRM.Assignments}, {"telephony", l.cfg.Telephony.Assignments}, {"tasks", l.cfg.Tasks.Assignments}}
	for _, sec := range sections {
		for _, a := range sec.as {
			for _, s := range a.To {
				if s.Kind == config.SubUser || s.Kind == config.SubEveryone {
					continue
				}
				if len(l.rs.Members(s)) == 0 {
					f := newFinding("L109", s.At, s.String(), sec.name, a.Role)
					f.FixArgs = []string{s.String()}
					l.add(f)
				}
			}
		}
	}
}

// treeOverlaps is L110: a department-tree assignment reaching users that
// another assignment of a different role reaches too.
//
// The pairs that share users are found through the users: each user lists
// the assignments that reach them. Comparing every pair of assignments
// instead took 91 s for a generated organisation of 10,000 users.
func (l *linter) treeOverlaps() {
	type occ struct {
		a       *config.Assignment
		s       config.Subject
		members []string // the resolved users the subject reaches
	}
	var occs []occ
	reaching := map[string][]int{} // user -> the occurrences reaching them, ascending
	for _, a := range l.cfg.CRM.Assignments {
		for _, s := range a.To {
			k := len(occs)
			var members []string
			for _, id := range l.rs.Members(s) {
				if u := l.cfg.User(id); u != nil && resolved(u) {
					if r := reaching[id]; len(r) > 0 && r[len(r)-1] == k {
						continue // listed twice
					}
					members = append(members, id)
					reaching[id] = append(reaching[id], k)
				}
			}
			occs = append(occs, occ{a, s, members})
		}
	}
	for i, x := range occs {
		if x.s.Kind != config.SubDepartmentTree {
			continue
		}
		both := map[int][]string{}
		for _, id := range x.members {
			for _, j := range reaching[id] {
				y := occs[j]
				if j == i || x.a.Role == y.a.Role || (y.s.Kind == config.SubDepartmentTree && j < i) {
					continue // the same role, or the pair reported from the other side
				}
				both[j] = append(both[j], id)
			}
		}
		for _, j := range slices.Sorted(maps.Keys(both)) {
			y := occs[j]
			f := newFinding("L110", x.s.At, x.s.String(), x.a.Role, y.s.String(), y.a.Role)
			f.Related = []diag.Related{{Range: y.s.At, Label: LabelAssignment}}
			f.Users = l.sortUsers(both[j])
			f.FixArgs = []string{x.a.Role}
			l.add(f)
		}
	}
}

// headDirectLinks is L111: heads who can open records through a direct
// link that their lists do not show (SPEC 1.5).
func (l *linter) headDirectLinks() {
	heads := map[string]bool{}
	for _, d := range l.cfg.Departments {
		if u := l.cfg.User(d.Head); u != nil && resolved(u) {
			heads[d.Head] = true
		}
	}
	// Only the heads over a record's responsible can open it by a link.
	for _, rec := range l.cfg.Records {
		if l.cfg.Record(rec.ID) != rec {
			continue
		}
		for _, h := range l.rs.RecordHeads(rec.ID) {
			if !heads[h] {
				continue
			}
			if dept := l.rs.HeadDirectLink(h, rec.ID, "read"); dept != "" {
				f := newFinding("L111", rec.At, h, dept, rec.ID)
				if d := l.cfg.Department(dept); d != nil {
					f.Related = []diag.Related{{Range: d.At, Label: LabelDepartment}}
				}
				f.Users = []string{h}
				f.FixArgs = []string{h}
				l.add(f)
			}
		}
	}
}

func hasString(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
