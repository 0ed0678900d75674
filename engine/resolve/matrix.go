package resolve

import (
	"encoding/binary"

	"rolelens/engine/config"
)

// The matrix asks every question for every user. These methods answer by
// user index (the position in Users) and share work: users with the same
// telephony or tasks roles share one answer, and a folder's levels are
// computed for every user at once from the grants' members.

// CRMAt is CRM for the user at index u of Users.
func (rs *Resolver) CRMAt(u int) *CRMAccess {
	if u < 0 || u >= len(rs.users) || rs.cfg.System != config.Bitrix24 {
		return nil
	}
	return rs.crmOfUser(u)
}

// TelephonyAt returns the levels of config.TelephonyPermissions, in that
// order, for the user at index u. The slice is shared: do not modify it.
func (rs *Resolver) TelephonyAt(u int) []config.Level {
	if u < 0 || u >= len(rs.users) || rs.cfg.System != config.Bitrix24 {
		return nil
	}
	key := rs.roleSetKey(u, rs.telPairs[u])
	if lv, ok := rs.telCache[string(key)]; ok {
		return lv
	}
	lv := make([]config.Level, len(config.TelephonyPermissions))
	for i, p := range config.TelephonyPermissions {
		lv[i] = rs.telephony(u, p, nil)
	}
	if rs.telCache == nil {
		rs.telCache = map[string][]config.Level{}
	}
	rs.telCache[string(key)] = lv
	return lv
}

// TasksAt is Tasks for the user at index u. The slice is shared: do not
// modify it.
func (rs *Resolver) TasksAt(u int) []string {
	if u < 0 || u >= len(rs.users) || rs.cfg.System != config.Bitrix24 {
		return nil
	}
	key := rs.roleSetKey(u, rs.taskPairs[u])
	if ts, ok := rs.taskCache[string(key)]; ok {
		return ts
	}
	var ts []string
	for _, t := range config.TaskToggles {
		if rs.task(u, t, nil) {
			ts = append(ts, t)
		}
	}
	if rs.taskCache == nil {
		rs.taskCache = map[string][]string{}
	}
	rs.taskCache[string(key)] = ts
	return ts
}

// roleSetKey identifies what telephony and tasks answers depend on: the
// admin flag and the set of roles. See setKey for its use.
func (rs *Resolver) roleSetKey(u int, ps []pair) []byte {
	if rs.users[u].Admin {
		return []byte("a")
	}
	return rs.setKey('r', ps, func(p pair) uint32 { return uint32(p.role) })
}

// DiskLevels returns every user's level on a folder, indexed like Users,
// computed once per path (SPEC 1.8). The slice is shared: do not modify
// it.
func (rs *Resolver) DiskLevels(path string) []config.Level {
	if rs.cfg.System != config.Bitrix24 {
		return nil
	}
	if lv, ok := rs.diskTab[path]; ok {
		return lv
	}
	lv := make([]config.Level, len(rs.users))
	top := config.DiskScale.Top()
	owned := newBitset(len(rs.users))
	for _, f := range rs.folderChain(path) {
		if u, ok := rs.userIx[f.Owner]; ok && f.Owner != "" {
			owned.set(u)
		}
		for _, g := range f.Grants {
			for _, u := range rs.membersOf(g.To) {
				lv[u] = max(lv[u], g.Level)
			}
		}
	}
	for u, user := range rs.users {
		if user.Admin || owned.has(u) {
			lv[u] = top
		}
	}
	if rs.diskTab == nil {
		rs.diskTab = map[string][]config.Level{}
	}
	rs.diskTab[path] = lv
	return lv
}

// membersOf is members, computed once per subject.
func (rs *Resolver) membersOf(s config.Subject) []int {
	key := subjectKey{s.Kind, s.ID}
	if m, ok := rs.memberMemo[key]; ok {
		return m
	}
	m := rs.members(s)
	if rs.memberMemo == nil {
		rs.memberMemo = map[subjectKey][]int{}
	}
	rs.memberMemo[key] = m
	return m
}

// subjectKey is a subject without its position.
type subjectKey struct {
	kind config.SubjectKind
	id   string
}

// Scope is a ModuleScope answer.
type Scope struct {
	Allow bool
	Scope []string
}

// ModuleScopesAt returns ModuleScope for the user at index u, for every
// module of config.Modules and each action of config.VtigerActions,
// module by module. Users with the same role, admin flag, group
// membership and sharing rules share the slice: do not modify it.
func (rs *Resolver) ModuleScopesAt(u int) []Scope {
	if u < 0 || u >= len(rs.users) || rs.vt == nil {
		return nil
	}
	key := rs.vtigerKey(u)
	if sc, ok := rs.scopeCache[string(key)]; ok {
		return sc
	}
	sc := make([]Scope, 0, len(config.Modules)*len(config.VtigerActions))
	for _, m := range config.Modules {
		for a := range config.VtigerActions {
			allow, scope := rs.moduleScope(u, m, a)
			sc = append(sc, Scope{allow, scope})
		}
	}
	if rs.scopeCache == nil {
		rs.scopeCache = map[string][]Scope{}
	}
	rs.scopeCache[string(key)] = sc
	return sc
}

// vtigerKey identifies what ModuleScope depends on besides the question:
// the admin flag, the role, membership of any group and the sharing rules
// whose receivers contain the user.
func (rs *Resolver) vtigerKey(u int) []byte {
	user := rs.users[u]
	if user.Admin {
		return append(rs.keyBuf[:0], 'a')
	}
	b := append(rs.keyBuf[:0], 'r')
	ri, ok := rs.vt.roleIx[user.Role]
	if !ok {
		ri = -1
	}
	b = binary.LittleEndian.AppendUint32(b, uint32(ri))
	if rs.vt.inGroup.has(u) {
		b = append(b, 'g')
	}
	for i, rule := range rs.cfg.Sharing.Rules {
		if rs.vcontains(rule.To, u) {
			b = binary.LittleEndian.AppendUint32(b, uint32(i))
		}
	}
	rs.keyBuf = b
	return b
}
