package resolve

import (
	"strings"

	"rolelens/engine/config"
)

// Telephony is SPEC 1.6: the highest level of a permission over the
// user's telephony roles; admins have the top of every scale.
func (rs *Resolver) telephony(u int, perm string, e *Explanation) config.Level {
	scale := config.TelephonyScale(perm)
	if rs.users[u].Admin {
		e.decide(RuleAdmin)
		return scale.Top()
	}
	ps := rs.telPairs[u]
	if len(ps) == 0 {
		e.decide(RuleNoRole)
		return config.LevelNone
	}
	e.decide(RuleHighest)
	roles := rs.telRoles
	best, winner := config.LevelNone, -1
	for i, p := range ps {
		role := roles[p.role]
		c := role.Perms[perm]
		if winner < 0 || c.Level > best {
			best, winner = c.Level, i
		}
		if e != nil {
			src := "role"
			if role.Builtin {
				src = "builtin"
			}
			at := c.At
			if !c.Set {
				at = role.At
			}
			if at.Start.Line == 0 {
				// A built-in role is written nowhere: its assignment is.
				at = rs.sources[p.src].subject.At
			}
			e.Candidates = append(e.Candidates, Candidate{Role: role.ID, RoleName: role.Name, Subject: rs.sources[p.src].subject.String(),
				Personal: p.personal, Source: src, Value: scale.Word(c.Level), At: at})
		}
	}
	if e != nil && winner >= 0 {
		e.Candidates[winner].Winner = true
	}
	return best
}

// telephonyOf is the check "u on calls of v" for a permission with the
// own/department/all scale.
func (rs *Resolver) telephonyOf(u, v int, perm string, e *Explanation) bool {
	level := rs.telephony(u, perm, e)
	if e != nil {
		e.Level = config.CallScale.Word(level)
		e.fact("of", rs.users[v].At, rs.users[v].ID)
	}
	var ok bool
	var rule Rule
	switch level {
	case config.LevelNone:
		ok, rule = false, RuleNoRole
		if e != nil && e.Rule != RuleNoRole {
			rule = e.Rule
		}
	case 1: // own
		ok, rule = u == v, RuleCallsOwn
	case 2: // department
		ok, rule = u == v || intersects(rs.userDepts[u], rs.userDepts[v]), RuleCallsDept
	default:
		ok, rule = true, RuleCallsAll
	}
	if e != nil {
		if e.Rule != RuleAdmin && rule != e.Rule {
			e.Rules = append(e.Rules, e.Rule)
			e.Rule = rule
		}
		if level == 2 {
			e.fact("departments", rs.users[u].At, rs.deptNames(rs.userDepts[u])...)
			e.fact("their-departments", rs.users[v].At, rs.deptNames(rs.userDepts[v])...)
		}
	}
	return ok
}

// task is SPEC 1.7: the union of the toggles of the user's roles.
func (rs *Resolver) task(u int, toggle string, e *Explanation) bool {
	if rs.users[u].Admin {
		e.decide(RuleAdmin)
		return true
	}
	ps := rs.taskPairs[u]
	if len(ps) == 0 {
		e.decide(RuleNoRole)
		return false
	}
	e.decide(RuleUnion)
	roles := rs.taskRoles
	ok := false
	for _, p := range ps {
		role := roles[p.role]
		has := false
		for _, t := range role.Allow {
			if t == toggle {
				has = true
			}
		}
		ok = ok || has
		if e != nil {
			src := "role"
			if role.Builtin {
				src = "builtin"
			}
			val := "deny"
			if has {
				val = "allow"
			}
			at := role.At
			if at.Start.Line == 0 {
				at = rs.sources[p.src].subject.At // a built-in role's assignment
			}
			e.Candidates = append(e.Candidates, Candidate{Role: role.ID, RoleName: role.Name, Subject: rs.sources[p.src].subject.String(),
				Personal: p.personal, Source: src, Value: val, At: at, Winner: has})
		}
	}
	return ok
}

// Tasks returns the toggles a user has, in the platform's order.
func (rs *Resolver) Tasks(userID string) []string {
	u, ok := rs.userIx[userID]
	if !ok {
		return nil
	}
	return append([]string(nil), rs.TasksAt(u)...)
}

// disk is SPEC 1.8: the owner of the folder or an ancestor and admins have
// full; otherwise the highest grant reaching the user on the folder or an
// ancestor.
func (rs *Resolver) disk(u int, path string, e *Explanation) config.Level {
	user := rs.users[u]
	if user.Admin {
		e.decide(RuleAdmin)
		return config.DiskScale.Top()
	}
	best, winner := config.LevelNone, -1
	e.decide(RuleGrant)
	for _, f := range rs.folderChain(path) {
		if f.Owner != "" && f.Owner == user.ID {
			if e != nil {
				e.Candidates = append(e.Candidates, Candidate{Subject: "user:" + f.Owner, Personal: true, Source: "owner", Stage: f.Path,
					Value: "full", At: f.OwnerAt, Winner: true})
			}
			e.decide(RuleOwner)
			return config.DiskScale.Top()
		}
		for _, g := range f.Grants {
			if !rs.contains(g.To, u) {
				continue
			}
			if g.Level > best || winner < 0 {
				best = g.Level
				if e != nil {
					winner = len(e.Candidates)
				} else {
					winner = 0
				}
			}
			if e != nil {
				e.Candidates = append(e.Candidates, Candidate{Subject: g.To.String(), Personal: g.To.Personal(), Source: "grant",
					Stage: f.Path, Value: config.DiskScale.Word(g.Level), At: g.At})
			}
		}
	}
	if e != nil && winner >= 0 {
		e.Candidates[winner].Winner = true
	}
	return best
}

// ancestors lists a path and its ancestors, nearest first: /a/b, /a, /.
func ancestors(path string) []string {
	out := []string{path}
	for path != "/" && path != "" {
		i := strings.LastIndexByte(path, '/')
		if i <= 0 {
			path = "/"
		} else {
			path = path[:i]
		}
		out = append(out, path)
	}
	return out
}

// TelephonyLevel returns a user's level of a telephony permission.
func (rs *Resolver) TelephonyLevel(userID, perm string) string {
	u, ok := rs.userIx[userID]
	s := config.TelephonyScale(perm)
	if !ok || s == nil || rs.cfg.System != config.Bitrix24 {
		return ""
	}
	// A permission with a scale is one of config.TelephonyPermissions.
	return s.Word(rs.TelephonyAt(u)[indexOf(config.TelephonyPermissions, perm)])
}

// DiskLevel returns a user's level on a folder.
func (rs *Resolver) DiskLevel(userID, path string) string {
	u, ok := rs.userIx[userID]
	if !ok || rs.cfg.System != config.Bitrix24 {
		return ""
	}
	return config.DiskScale.Word(rs.DiskLevels(path)[u])
}

// folderChain lists the defined folders on a path, nearest first, computed
// once per path: every user asks about the same few folders.
func (rs *Resolver) folderChain(path string) []*config.Folder {
	if c, ok := rs.chains[path]; ok {
		return c
	}
	var c []*config.Folder
	for _, p := range ancestors(path) {
		if f := rs.cfg.Folder(p); f != nil {
			c = append(c, f)
		}
	}
	if rs.chains == nil {
		rs.chains = map[string][]*config.Folder{}
	}
	rs.chains[path] = c
	return c
}
