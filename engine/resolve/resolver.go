// Package resolve computes effective access from a parsed configuration,
// as SPEC.md says, and explains every answer. Work that does not depend on
// the question (department subtrees, subject members, each user's roles)
// is done once in New; CRM matrices are shared by every user with the same
// roles (see crm.go).
package resolve

import (
	"slices"
	"sort"

	"rolelens/engine/config"
)

// Question is what can be asked; see config.Question.
type Question = config.Question

// Resolver answers questions about one configuration. It is safe for
// concurrent use once built, except for the lazily filled caches, which are
// guarded by the callers' single goroutine in the CLI and wasm; use one
// Resolver per goroutine otherwise.
type Resolver struct {
	cfg *config.Config

	userIx  map[string]int
	users   []*config.User
	deptIx  map[string]int
	subtree []bitset // per department: itself and every descendant

	userDepts   [][]int        // per user: departments (listed and headed)
	userReach   []bitset       // per user: the union of subtree(d) over userDepts
	deptMembers [][]int        // per department: users
	heads       bitset         // users who head a department
	headedBy    [][]headedDept // per user: the departments they head, made by headed
	headUsers   []int          // the users heading a department, ascending, made by headed

	sources   []source                    // subjects of the pairs, one per (assignment, subject)
	chains    map[string][]*config.Folder // disk: defined folders on a path, nearest first
	crmPairs  [][]pair                    // per user: CRM roles reaching them
	telPairs  [][]pair
	taskPairs [][]pair

	crmCache map[string]*CRMAccess // by signature of crmPairs
	crmOf    []*CRMAccess          // per user, filled lazily
	crmTab   *crmTable             // every role's cells, built on first use
	seen     []uint32              // per CRM role: the stamp of the last user that OR-ed it
	stamp    uint32
	keyIDs   []uint32 // scratch of setKey
	keyBuf   []byte
	scratch  []uint64 // computeCRM's masks

	telCache   map[string][]config.Level // by roleSetKey
	taskCache  map[string][]string       // by roleSetKey
	diskTab    map[string][]config.Level // by folder path: per user
	memberMemo map[subjectKey][]int      // by subject
	scopeCache map[string][]Scope        // by vtigerKey

	recordDepts [][]int // per record index: saved or current departments
	recordIx    map[string]int
	telRoles    []*config.TelephonyRole // defined, then built-ins not replaced
	taskRoles   []*config.TaskRole

	vt *vtigerIndex
}

// pair is one (role, subject) pair reaching a user.
// It is kept small and free of pointers: large portals have millions of
// pairs, and the subject and assignment live once in Resolver.sources.
type pair struct {
	role     int32 // index into the section's roles
	src      int32 // index into Resolver.sources
	personal bool  // the subject is user:ID
}

// source is the subject of a pair and the assignment that named it.
type source struct {
	subject config.Subject
	via     *config.Assignment
}

// New prepares a resolver. The configuration must be free of errors.
func New(cfg *config.Config) *Resolver {
	rs := &Resolver{cfg: cfg, userIx: make(map[string]int, len(cfg.Users)), crmCache: map[string]*CRMAccess{}}
	for _, u := range cfg.Users {
		if _, dup := rs.userIx[u.ID]; !dup {
			rs.userIx[u.ID] = len(rs.users)
			rs.users = append(rs.users, u)
		}
	}
	rs.crmOf = make([]*CRMAccess, len(rs.users))
	rs.recordIx = make(map[string]int, len(cfg.Records))
	for i, rec := range cfg.Records {
		if _, dup := rs.recordIx[rec.ID]; !dup {
			rs.recordIx[rec.ID] = i
		}
	}
	if cfg.System == config.Vtiger {
		rs.vt = newVtigerIndex(rs)
		return rs
	}
	rs.buildDepartments()
	rs.crmPairs = rs.pairs(cfg.CRM.Assignments, func(id string) int { return crmRoleIndex(cfg, id) })
	rs.telRoles = cfg.TelephonyRoles()
	rs.taskRoles = cfg.TaskRoles()
	rs.telPairs = rs.pairs(cfg.Telephony.Assignments, func(id string) int {
		return slices.IndexFunc(rs.telRoles, func(r *config.TelephonyRole) bool { return r.ID == id })
	})
	rs.taskPairs = rs.pairs(cfg.Tasks.Assignments, func(id string) int {
		return slices.IndexFunc(rs.taskRoles, func(r *config.TaskRole) bool { return r.ID == id })
	})
	rs.recordDepts = make([][]int, len(cfg.Records))
	for i, rec := range cfg.Records {
		rs.recordDepts[i] = rs.savedDepartments(rec)
	}
	return rs
}

// Config returns the configuration the resolver answers about.
func (rs *Resolver) Config() *config.Config { return rs.cfg }

// Users returns the users in file order.
func (rs *Resolver) Users() []*config.User { return rs.users }

func crmRoleIndex(cfg *config.Config, id string) int {
	return slices.IndexFunc(cfg.CRM.Roles, func(r *config.CRMRole) bool { return r.ID == id })
}

func (rs *Resolver) buildDepartments() {
	cfg := rs.cfg
	rs.deptIx = make(map[string]int, len(cfg.Departments))
	for _, d := range cfg.Departments {
		if _, dup := rs.deptIx[d.ID]; !dup {
			rs.deptIx[d.ID] = len(rs.deptIx)
		}
	}
	n := len(rs.deptIx)
	children := make([][]int, n)
	for _, d := range cfg.Departments {
		if p, ok := rs.deptIx[d.Parent]; ok && d.Parent != "" && cfg.Department(d.ID) == d {
			children[p] = append(children[p], rs.deptIx[d.ID])
		}
	}
	rs.subtree = make([]bitset, n)
	for d := 0; d < n; d++ {
		b := newBitset(n)
		stack := []int{d}
		for len(stack) > 0 { // iterative: trees can be deep, and validated configs have no cycles
			x := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if b.has(x) {
				continue
			}
			b.set(x)
			stack = append(stack, children[x]...)
		}
		rs.subtree[d] = b
	}
	rs.userDepts = make([][]int, len(rs.users))
	rs.userReach = make([]bitset, len(rs.users)) // filled lazily by reach: 100,000 users x 20,000 departments would not fit
	rs.deptMembers = make([][]int, n)
	rs.heads = newBitset(len(rs.users))
	for u, user := range rs.users {
		for _, id := range cfg.UserDepartments(user.ID) {
			d := rs.deptIx[id]
			rs.userDepts[u] = append(rs.userDepts[u], d)
			rs.deptMembers[d] = append(rs.deptMembers[d], u)
		}
	}
	for _, d := range cfg.Departments {
		if u, ok := rs.userIx[d.Head]; ok {
			rs.heads.set(u)
		}
	}
}

// reach is the union of subtree(d) over the user's departments.
func (rs *Resolver) reach(u int) bitset {
	if rs.userReach[u] == nil {
		b := newBitset(len(rs.deptIx))
		for _, d := range rs.userDepts[u] {
			b.or(rs.subtree[d])
		}
		rs.userReach[u] = b
	}
	return rs.userReach[u]
}

// members returns the users a bitrix24 subject contains, sorted.
func (rs *Resolver) members(s config.Subject) []int {
	var out []int
	switch s.Kind {
	case config.SubUser:
		if u, ok := rs.userIx[s.ID]; ok {
			out = []int{u}
		}
	case config.SubDepartment:
		if d, ok := rs.deptIx[s.ID]; ok {
			out = append(out, rs.deptMembers[d]...)
		}
	case config.SubDepartmentTree:
		if d, ok := rs.deptIx[s.ID]; ok {
			seen := newBitset(len(rs.users))
			rs.subtree[d].each(func(x int) {
				for _, u := range rs.deptMembers[x] {
					if !seen.has(u) {
						seen.set(u)
						out = append(out, u)
					}
				}
			})
		}
	case config.SubGroup:
		if g := rs.cfg.Group(s.ID); g != nil {
			for _, m := range g.Members {
				if u, ok := rs.userIx[m.ID]; ok {
					out = append(out, u)
				}
			}
		}
	case config.SubHeads:
		rs.heads.each(func(u int) { out = append(out, u) })
	case config.SubEveryone:
		for u, user := range rs.users {
			if !user.Extranet {
				out = append(out, u)
			}
		}
	}
	sort.Ints(out)
	return out
}

// contains reports whether a bitrix24 subject contains user u.
func (rs *Resolver) contains(s config.Subject, u int) bool {
	user := rs.users[u]
	switch s.Kind {
	case config.SubUser:
		return s.ID == user.ID
	case config.SubDepartment:
		d, ok := rs.deptIx[s.ID]
		return ok && hasInt(rs.userDepts[u], d)
	case config.SubDepartmentTree:
		d, ok := rs.deptIx[s.ID]
		if !ok {
			return false
		}
		for _, x := range rs.userDepts[u] {
			if rs.subtree[d].has(x) {
				return true
			}
		}
		return false
	case config.SubGroup:
		if g := rs.cfg.Group(s.ID); g != nil {
			for _, m := range g.Members {
				if m.ID == user.ID {
					return true
				}
			}
		}
		return false
	case config.SubHeads:
		return rs.heads.has(u)
	case config.SubEveryone:
		return !user.Extranet
	}
	return false
}

// pairs lists, per user, the (role, subject) pairs of the assignments that
// reach them: members of every subject are computed once per subject.
func (rs *Resolver) pairs(as []*config.Assignment, roleIndex func(string) int) [][]pair {
	out := make([][]pair, len(rs.users))
	// First count each user's pairs, then fill one backing array: large
	// portals have millions of pairs, and growing per-user slices would
	// copy them over and over.
	count := make([]int, len(rs.users))
	var lists [][]int // members, per subject of a known role, in order
	ris := make([]int, len(as))
	for j, a := range as {
		ris[j] = roleIndex(a.Role)
		if ris[j] < 0 {
			continue
		}
		for _, s := range a.To {
			m := rs.membersOf(s)
			lists = append(lists, m)
			for _, u := range m {
				count[u]++
			}
		}
	}
	total := 0
	for _, n := range count {
		total += n
	}
	rs.sources = slices.Grow(rs.sources, len(lists))
	backing := make([]pair, total)
	for u, n := range count {
		if n > 0 {
			out[u], backing = backing[:0:n], backing[n:]
		}
	}
	k := 0
	for j, a := range as {
		ri := ris[j]
		if ri < 0 {
			continue
		}
		for _, s := range a.To {
			src := int32(len(rs.sources))
			rs.sources = append(rs.sources, source{subject: s, via: a})
			for _, u := range lists[k] {
				out[u] = append(out[u], pair{role: int32(ri), src: src, personal: s.Personal()})
			}
			k++
		}
	}
	return out
}

// savedDepartments is the record's departments as the checks see them.
func (rs *Resolver) savedDepartments(rec *config.Record) []int {
	var out []int
	if rec.Departments != nil {
		for _, r := range rec.Departments {
			if d, ok := rs.deptIx[r.ID]; ok {
				out = append(out, d)
			}
		}
		return out
	}
	if u, ok := rs.userIx[rec.Responsible]; ok {
		return append(out, rs.userDepts[u]...)
	}
	return nil
}

// Stale reports whether a record's saved departments differ from its
// responsible's current ones (SPEC 1.5).
func (rs *Resolver) Stale(rec *config.Record) bool {
	if rec.Departments == nil {
		return false
	}
	saved := rs.savedDepartments(rec)
	cur := []int(nil)
	if u, ok := rs.userIx[rec.Responsible]; ok {
		cur = rs.userDepts[u]
	}
	return !sameSet(saved, cur)
}

func (rs *Resolver) deptNames(ds []int) []string {
	ids := make([]string, 0, len(ds))
	for id, i := range rs.deptIx {
		if hasInt(ds, i) {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	return ids
}

func sameSet(a, b []int) bool {
	for _, x := range a {
		if !hasInt(b, x) {
			return false
		}
	}
	for _, x := range b {
		if !hasInt(a, x) {
			return false
		}
	}
	return true
}

func hasInt(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
