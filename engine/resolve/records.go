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
	user := rs.users[u]
	own := rec.Responsible == user.ID
	depts := rs.recordDepts[i]
	var ok bool
	var rule Rule
	switch level {
	case config.LevelNone:
		ok, rule = false, RuleRecordNone
	case config.LevelOwn:
		ok, rule = own, RuleRecordOwn
	case config.LevelDepartment:
		ok, rule = own || intersects(depts, rs.userDepts[u]), RuleRecordDept
	case config.LevelSubdepartments:
		ok, rule = own || rs.inReach(u, depts), RuleRecordSubdepts
	case config.LevelOpen:
		ok, rule = rec.Open || own || (rs.cfg.CRM.Cumulative && rs.inReach(u, depts)), RuleRecordOpen
	default:
		ok, rule = true, RuleRecordAll
	}
	if e != nil {
		// The level's rule (extranet, admin, no role) says more when it
		// already settled the answer.
		if e.Rule != RuleExtranet && e.Rule != RuleAdmin && e.Rule != RuleNoRole {
			e.Rules = append(e.Rules, e.Rule)
			e.Rule = rule
		}
		if !ok && (level == config.LevelDepartment || level == config.LevelSubdepartments) {
			if d := rs.headsOver(u, rec); d != "" {
				e.note("head-direct-link", d)
			}
		}
	}
	return ok
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

// headsOver returns a department u heads whose subtree holds the record's
// responsible: the platform opens such records through a direct link even
// where the lists do not show them (SPEC 1.5).
func (rs *Resolver) headsOver(u int, rec *config.Record) string {
	r, ok := rs.userIx[rec.Responsible]
	if !ok {
		return ""
	}
	for _, d := range rs.cfg.Departments {
		if d.Head != rs.users[u].ID {
			continue
		}
		di := rs.deptIx[d.ID]
		for _, x := range rs.userDepts[r] {
			if rs.subtree[di].has(x) {
				return d.ID
			}
		}
	}
	return ""
}

func intersects(a, b []int) bool {
	for _, x := range a {
		if hasInt(b, x) {
			return true
		}
	}
	return false
}
