package resolve

import (
	"rolelens/engine/config"
)

// recordAllowed is SPEC 1.5: may user u do act on record i, as the user's
// lists show it. With e non-nil the level's path and the record facts are
// recorded.
func (rs *Resolver) recordAllowed(u, i int, act config.Action, e *Explanation) bool {
	rec := rs.cfg.Records[i]
	var level config.Level
	if e == nil {
		level = rs.crmOfUser(u).Level(rec.Entity, act, rec.Stage)
	} else {
		level = rs.cell(u, rec.Entity, act, rec.Stage, CellOptions{}, e)
		e.Level = config.CRMScale.Word(level)
		rs.recordFacts(rec, i, e)
	}
	ok, rule := rs.listed(u, rec, level, rs.recordDepts[i])
	if e != nil {
		// The level's rule (extranet, admin, no role) says more when it
		// already settled the answer.
		if e.Rule != RuleExtranet && e.Rule != RuleAdmin && e.Rule != RuleNoRole {
			e.Rules = append(e.Rules, e.Rule)
			e.Rule = rule
		}
		if d := rs.headLink(u, rec, level, ok); d != "" {
			e.note("head-direct-link", d)
		}
	}
	return ok
}

// listed is SPEC 1.5's answer at a level for a record saved under depts.
// The departments count only through intersects and inReach, which
// ResaveChanges relies on.
func (rs *Resolver) listed(u int, rec *config.Record, level config.Level, depts []int) (bool, Rule) {
	own := rec.Responsible == rs.users[u].ID
	switch level {
	case config.LevelNone:
		return false, RuleRecordNone
	case config.LevelOwn:
		return own, RuleRecordOwn
	case config.LevelDepartment:
		return own || intersects(depts, rs.userDepts[u]), RuleRecordDept
	case config.LevelSubdepartments:
		return own || rs.inReach(u, depts), RuleRecordSubdepts
	case config.LevelOpen:
		return rec.Open || own || (rs.cfg.CRM.Cumulative && rs.inReach(u, depts)), RuleRecordOpen
	default:
		return true, RuleRecordAll
	}
}

func (rs *Resolver) recordFacts(rec *config.Record, i int, e *Explanation) {
	e.fact("responsible", rec.At, rec.Responsible)
	if rec.Stage != "" {
		e.fact("stage", rec.StageAt, rec.Stage)
	}
	e.fact("departments", rec.DepartmentsAt, rs.deptNames(rs.recordDepts[i])...)
	if rs.Stale(rec) {
		cur := []int(nil)
		if r, ok := rs.userIx[rec.Responsible]; ok {
			cur = rs.userDepts[r]
		}
		e.fact("current-departments", rec.At, rs.deptNames(cur)...)
		e.fact("stale", rec.DepartmentsAt, "true")
		e.note("stale-record", rec.ID)
	}
	if rec.Open {
		e.fact("open", rec.At, "true")
	}
}

// inReach reports whether any of depts lies in the subtree of one of the
// user's departments.
func (rs *Resolver) inReach(u int, depts []int) bool {
	if len(depts) == 0 || len(rs.userDepts[u]) == 0 {
		return false
	}
	r := rs.reach(u)
	for _, d := range depts {
		if r.has(d) {
			return true
		}
	}
	return false
}

// headLink is the department through which user u, its head, opens a
// record by a direct link although the lists at the user's level do not
// show it (SPEC 1.5), or "".
func (rs *Resolver) headLink(u int, rec *config.Record, level config.Level, listed bool) string {
	if listed || (level != config.LevelDepartment && level != config.LevelSubdepartments) {
		return ""
	}
	r, ok := rs.userIx[rec.Responsible]
	if !ok {
		return ""
	}
	return rs.headsOver(u, r)
}

// headsOver returns a department u heads whose subtree holds user r (a
// record's responsible), or "": the platform opens such records through a
// direct link even where the lists do not show them (SPEC 1.5).
func (rs *Resolver) headsOver(u, r int) string {
	for _, d := range rs.headed()[u] {
		for _, x := range rs.userDepts[r] {
			if rs.subtree[d.ix].has(x) {
				return d.id
			}
		}
	}
	return ""
}

// headed lists, per user, the departments they head in file order (their
// index and id); made on first use (the linter asks for every head and
// record).
func (rs *Resolver) headed() [][]headedDept {
	if rs.headedBy == nil {
		rs.headedBy = make([][]headedDept, len(rs.users))
		for _, d := range rs.cfg.Departments {
			if u, ok := rs.userIx[d.Head]; ok {
				rs.headedBy[u] = append(rs.headedBy[u], headedDept{rs.deptIx[d.ID], d.ID})
			}
		}
		for u, ds := range rs.headedBy {
			if len(ds) > 0 {
				rs.headUsers = append(rs.headUsers, u)
			}
		}
	}
	return rs.headedBy
}

type headedDept struct {
	ix int
	id string
}

func intersects(a, b []int) bool {
	for _, x := range a {
		if hasInt(b, x) {
			return true
		}
	}
	return false
}
