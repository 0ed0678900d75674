package resolve

import (
	"rolelens/engine/config"
)

// vtigerIndex holds the role hierarchy and group members, computed once.
type vtigerIndex struct {
	roleIx   map[string]int
	parent   []int    // -1 for a root
	above    []bitset // per role: itself and every ancestor
	groupIx  map[string]int
	groupIn  []bitset // per group: users, nested groups included
	groupSub []bitset // per group: itself and every group nested inside
	inGroup  bitset   // users in at least one group
	hasBelow []bool   // per role: some role lies below it
	profiles [][]*config.Profile

	views map[string]*viewIndex // by module, made on first use (PeersHidden)
}

// viewIndex is what PeersHidden needs of one module, for view: who owns
// records of it, and which owners each class of users sees.
type viewIndex struct {
	allowed bitset   // users who may view the module's records at all (steps 1 to 4)
	owning  bitset   // users owning records of the module
	class   []int32  // per user: a class, or -1 without the module or seeing all
	sees    []bitset // per class: the owners its users see (steps 5 and 8)
}

// groupIxOf is the index of a group, on a vtiger index that may be nil.
func (v *vtigerIndex) groupIxOf(id string) (int, bool) {
	if v == nil {
		return 0, false
	}
	g, ok := v.groupIx[id]
	return g, ok
}

func (v *vtigerIndex) viewIndexOf(rs *Resolver, module string) *viewIndex {
	if vi, ok := v.views[module]; ok {
		return vi
	}
	n := len(rs.users)
	vi := &viewIndex{allowed: newBitset(n), owning: newBitset(n), class: make([]int32, n)}
	for _, rec := range rs.cfg.Records {
		if rec.Module == module && rec.Owner.Kind == config.SubUser && rs.cfg.Record(rec.ID) == rec {
			if o, ok := rs.userIx[rec.Owner.ID]; ok {
				vi.owning.set(o)
			}
		}
	}
	// Step 8: the module's rules, whom each reaches and whose records it
	// shows (read and read-write both show them).
	var to, from []bitset
	for _, r := range rs.cfg.Sharing.Rules {
		if r.Module != module {
			continue
		}
		t, f := newBitset(n), newBitset(n)
		for u := range rs.users {
			if rs.vcontains(r.To, u) {
				t.set(u)
			}
			if rs.vcontains(r.From, u) {
				f.set(u)
			}
		}
		to, from = append(to, t), append(from, f)
	}
	classes := map[string]int32{}
	key := make([]byte, 0, 64)
	for u, user := range rs.users {
		allow, final := rs.vtigerModule(u, module, config.VView, nil)
		if allow {
			vi.allowed.set(u)
		}
		if !allow || final {
			vi.class[u] = -1
			continue
		}
		key = append(key[:0], user.Role...)
		key = append(key, 0)
		for i := range to {
			if to[i].has(u) {
				key = append(key, byte(i), byte(i>>8), byte(i>>16))
			}
		}
		c, ok := classes[string(key)]
		if !ok {
			c = int32(len(vi.sees))
			classes[string(key)] = c
			sees := newBitset(n)
			if ri, ok := v.roleIx[user.Role]; ok { // step 5: roles below
				for o, other := range rs.users {
					if oi, ok := v.roleIx[other.Role]; ok && oi != ri && v.above[oi].has(ri) {
						sees.set(o)
					}
				}
			}
			for i := range to {
				if to[i].has(u) {
					sees.or(from[i])
				}
			}
			vi.sees = append(vi.sees, sees)
		}
		vi.class[u] = c
	}
	if v.views == nil {
		v.views = map[string]*viewIndex{}
	}
	v.views[module] = vi
	return vi
}

func newVtigerIndex(rs *Resolver) *vtigerIndex {
	cfg := rs.cfg
	v := &vtigerIndex{roleIx: map[string]int{}, groupIx: map[string]int{}}
	for _, r := range cfg.Roles {
		if _, dup := v.roleIx[r.ID]; !dup {
			v.roleIx[r.ID] = len(v.roleIx)
			v.parent = append(v.parent, -1)
			var ps []*config.Profile
			for _, p := range r.Profiles {
				if pr := cfg.Profile(p.ID); pr != nil {
					ps = append(ps, pr)
				}
			}
			v.profiles = append(v.profiles, ps)
		}
	}
	n := len(v.roleIx)
	for _, r := range cfg.Roles {
		if p, ok := v.roleIx[r.Parent]; ok && cfg.VRole(r.ID) == r {
			v.parent[v.roleIx[r.ID]] = p
		}
	}
	v.above = make([]bitset, n)
	for i := 0; i < n; i++ {
		b := newBitset(n)
		for x, steps := i, 0; x >= 0 && steps <= n; x, steps = v.parent[x], steps+1 {
			b.set(x)
		}
		v.above[i] = b
	}
	for _, g := range cfg.Groups {
		if _, dup := v.groupIx[g.ID]; !dup {
			v.groupIx[g.ID] = len(v.groupIx)
		}
	}
	gn := len(v.groupIx)
	v.groupIn = make([]bitset, gn)
	v.groupSub = make([]bitset, gn)
	direct, nested := v.directMembers(rs)
	for _, g := range cfg.Groups {
		gi := v.groupIx[g.ID]
		if v.groupIn[gi] != nil {
			continue
		}
		users, subs := newBitset(len(rs.users)), newBitset(gn)
		stack := []int{gi}
		for len(stack) > 0 { // nested groups, cycle-safe through subs
			xi := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if subs.has(xi) {
				continue
			}
			subs.set(xi)
			users.or(direct[xi])
			stack = append(stack, nested[xi]...)
		}
		v.groupIn[gi], v.groupSub[gi] = users, subs
	}
	v.inGroup = newBitset(len(rs.users))
	for _, g := range v.groupIn {
		v.inGroup.or(g)
	}
	v.hasBelow = make([]bool, n)
	for r, p := range v.parent {
		if p >= 0 && p != r {
			v.hasBelow[p] = true
		}
	}
	return v
}

// directMembers returns, per group, the users its user:, role: and
// role-tree: members name, and the groups it names, each computed once
// from the users of every role rather than by testing every user.
func (v *vtigerIndex) directMembers(rs *Resolver) (direct []bitset, nested [][]int) {
	cfg := rs.cfg
	gn := len(v.groupIx)
	byRole := map[string][]int{} // users by the role they hold
	for u, user := range rs.users {
		byRole[user.Role] = append(byRole[user.Role], u)
	}
	treeUsers := func(t int, b bitset) { // users of role t and every role below it
		for id, r := range v.roleIx {
			if v.above[r].has(t) {
				for _, u := range byRole[id] {
					b.set(u)
				}
			}
		}
	}
	direct, nested = make([]bitset, gn), make([][]int, gn)
	for _, g := range cfg.Groups {
		gi := v.groupIx[g.ID]
		if direct[gi] != nil || cfg.Group(g.ID) != g {
			continue
		}
		b := newBitset(len(rs.users))
		for _, m := range g.Members {
			switch m.Kind {
			case config.SubGroup:
				if sg := cfg.Group(m.ID); sg != nil {
					nested[gi] = append(nested[gi], v.groupIx[sg.ID])
				}
			case config.SubUser:
				if u, ok := rs.userIx[m.ID]; ok {
					b.set(u)
				}
			case config.SubRole:
				for _, u := range byRole[m.ID] {
					b.set(u)
				}
			case config.SubRoleTree:
				if t, ok := v.roleIx[m.ID]; ok {
					treeUsers(t, b)
				}
			}
		}
		direct[gi] = b
	}
	for gi := range direct {
		if direct[gi] == nil {
			direct[gi] = newBitset(len(rs.users))
		}
	}
	return direct, nested
}

// userIn reports whether a user:, role: or role-tree: subject holds user.
func (v *vtigerIndex) userIn(s config.Subject, user *config.User) bool {
	switch s.Kind {
	case config.SubUser:
		return s.ID == user.ID
	case config.SubRole:
		return s.ID == user.Role
	case config.SubRoleTree:
		r, ok := v.roleIx[user.Role]
		t, ok2 := v.roleIx[s.ID]
		return ok && ok2 && v.above[r].has(t)
	}
	return false
}

// vcontains reports whether a vtiger subject contains user u.
func (rs *Resolver) vcontains(s config.Subject, u int) bool {
	if s.Kind == config.SubGroup {
		g, ok := rs.vt.groupIx[s.ID]
		return ok && rs.vt.groupIn[g].has(u)
	}
	return rs.vt.userIn(s, rs.users[u])
}

// below reports whether role a is strictly below role b.
func (v *vtigerIndex) below(a, b string) bool {
	ai, ok := v.roleIx[a]
	bi, ok2 := v.roleIx[b]
	return ok && ok2 && ai != bi && v.above[ai].has(bi)
}

// rolePath lists a role and its ancestors, top first.
func (v *vtigerIndex) rolePath(cfg *config.Config, role string) []string {
	var out []string
	for r, steps := cfg.VRole(role), 0; r != nil && steps <= len(v.parent); r, steps = cfg.VRole(r.Parent), steps+1 {
		out = append([]string{r.ID}, out...)
		if r.Parent == "" {
			break
		}
	}
	return out
}

// vtigerModule is SPEC 2 steps 1 to 4: may u do act on records of module at
// all. It returns the decision and whether it was final (steps 1 to 3
// decide; step 4 only for create).
func (rs *Resolver) vtigerModule(u int, module string, act config.VAction, e *Explanation) (allow, final bool) {
	user := rs.users[u]
	if user.Admin {
		e.decide(RuleVtigerStep1)
		return true, true
	}
	ri, ok := rs.vt.roleIx[user.Role]
	var profiles []*config.Profile
	if ok {
		profiles = rs.vt.profiles[ri]
	}
	if e != nil {
		e.fact("role", user.RoleAt, user.Role)
	}
	// Step 2: global privileges.
	for _, p := range profiles {
		if (act == config.VView && (p.ViewAll || p.EditAll)) || (act == config.VEdit && p.EditAll) {
			if e != nil {
				val := "view-all"
				if p.EditAll {
					val = "edit-all"
				}
				e.Candidates = append(e.Candidates, Candidate{Role: p.ID, RoleName: p.Name, Source: "profile", Value: val, At: p.At, Winner: true})
			}
			e.decide(RuleVtigerStep2)
			return true, true
		}
	}
	// Step 3: the profiles must list the module and allow the action.
	allowed := false
	for _, p := range profiles {
		mp := p.Modules[module]
		val := "module not listed"
		at := p.At
		if mp != nil {
			at = mp.At
			val = "deny"
			if mp.Allow[act] {
				val = "allow"
				allowed = true
			}
		}
		if e != nil {
			e.Candidates = append(e.Candidates, Candidate{Role: p.ID, RoleName: p.Name, Source: "profile", Value: val, At: at, Winner: val == "allow"})
		}
	}
	if !allowed {
		e.decide(RuleVtigerStep3)
		return false, true
	}
	// Step 4: create needs nothing more.
	e.decide(RuleVtigerStep4)
	if act == config.VCreate {
		return true, true
	}
	return true, false
}

// vtigerRecord is SPEC 2 steps 1 to 9 for record i.
func (rs *Resolver) vtigerRecord(u, i int, act config.VAction, e *Explanation) bool {
	rec := rs.cfg.Records[i]
	user := rs.users[u]
	if e != nil {
		e.fact("owner", rec.Owner.At, rec.Owner.String())
	}
	if allow, final := rs.vtigerModule(u, rec.Module, act, e); final {
		return allow
	}
	// Step 5: own records and those of users in roles below.
	if rec.Owner.Kind == config.SubUser {
		owner := rs.cfg.User(rec.Owner.ID)
		if e != nil && owner != nil {
			e.fact("owner-role-path", owner.RoleAt, rs.vt.rolePath(rs.cfg, owner.Role)...)
			e.fact("role-path", user.RoleAt, rs.vt.rolePath(rs.cfg, user.Role)...)
		}
		if owner != nil && (owner.ID == user.ID || rs.vt.below(owner.Role, user.Role)) {
			e.decide(RuleVtigerStep5)
			return true
		}
	} else if g, ok := rs.vt.groupIx[rec.Owner.ID]; ok && rs.vt.groupIn[g].has(u) {
		// Step 6: records owned by a group the user belongs to.
		e.decide(RuleVtigerStep6)
		return true
	}
	// Step 7: the organisation-wide default.
	def := rs.cfg.Sharing.Default(rec.Module)
	if e != nil {
		e.fact("default", rs.cfg.Sharing.DefaultsAt[rec.Module], def)
	}
	switch {
	case def == "public-read" && act == config.VView,
		def == "public-read-create-edit" && (act == config.VView || act == config.VEdit),
		def == "public-read-create-edit-delete":
		e.decide(RuleVtigerStep7)
		return true
	}
	// Step 8: sharing rules, only under private or public-read defaults.
	if (def == "private" || def == "public-read") && (act == config.VView || (act == config.VEdit)) {
		for _, rule := range rs.cfg.Sharing.Rules {
			if rule.Module != rec.Module || (act == config.VEdit && !rule.Write) || !rs.vcontains(rule.To, u) || !rs.ruleCoversOwner(rule.From, rec.Owner) {
				continue
			}
			if e != nil {
				val := "read"
				if rule.Write {
					val = "read-write"
				}
				e.Candidates = append(e.Candidates, Candidate{Subject: rule.To.String(), Source: "rule", Value: val, Stage: rule.From.String(), At: rule.At, Winner: true})
			}
			e.decide(RuleVtigerStep8)
			return true
		}
	}
	e.decide(RuleVtigerStep9)
	return false
}

// ruleCoversOwner is step 8's "from contains the owner".
func (rs *Resolver) ruleCoversOwner(from config.Subject, owner config.Subject) bool {
	if owner.Kind == config.SubGroup {
		if from.Kind != config.SubGroup {
			return false
		}
		f, ok := rs.vt.groupIx[from.ID]
		o, ok2 := rs.vt.groupIx[owner.ID]
		return ok && ok2 && rs.vt.groupSub[f].has(o)
	}
	u, ok := rs.userIx[owner.ID]
	return ok && rs.vcontains(from, u)
}

// ModuleScope says whether a user may do an action on a module's records
// at all (steps 1 to 4) and which records it reaches: "all (admin)", "all
// (view-all)", "all (edit-all)", or the sources "own", "subordinates",
// "groups", "default", "rule:FROM" in the order of the steps.
func (rs *Resolver) ModuleScope(userID, module, action string) (bool, []string) {
	u, ok := rs.userIx[userID]
	act := indexOf(config.VtigerActions, action)
	if !ok || rs.vt == nil || act < 0 {
		return false, nil
	}
	return rs.moduleScope(u, module, act)
}

func (rs *Resolver) moduleScope(u int, module string, act int) (bool, []string) {
	e := &Explanation{}
	allow, final := rs.vtigerModule(u, module, config.VAction(act), e)
	switch {
	case !allow:
		return false, []string{}
	case e.Rule == RuleVtigerStep1:
		return true, []string{"all (admin)"}
	case e.Rule == RuleVtigerStep2:
		return true, []string{"all (" + e.Candidates[len(e.Candidates)-1].Value + ")"}
	case final: // create
		return true, []string{"create"}
	}
	user := rs.users[u]
	scope := []string{"own"}
	if ri, ok := rs.vt.roleIx[user.Role]; ok && rs.vt.hasBelow[ri] {
		scope = append(scope, "subordinates")
	}
	if rs.vt.inGroup.has(u) {
		scope = append(scope, "groups")
	}
	def := rs.cfg.Sharing.Default(module)
	a := config.VAction(act)
	if (def == "public-read" && a == config.VView) || (def == "public-read-create-edit" && a != config.VDelete) || def == "public-read-create-edit-delete" {
		scope = append(scope, "default")
	}
	if (def == "private" || def == "public-read") && (a == config.VView || a == config.VEdit) {
		for _, rule := range rs.cfg.Sharing.Rules {
			if rule.Module == module && (a == config.VView || rule.Write) && rs.vcontains(rule.To, u) {
				scope = append(scope, "rule:"+rule.From.String())
			}
		}
	}
	return true, scope
}
