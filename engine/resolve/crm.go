package resolve

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strconv"

	"rolelens/engine/config"
)

// CRMAccess is one user's effective CRM rights (SPEC 1.4). Users with the
// same roles share one value.
type CRMAccess struct {
	Admin    bool           `json:"admin,omitempty"`
	Extranet bool           `json:"extranet,omitempty"`
	NoRole   bool           `json:"noRole,omitempty"`
	NoAccess bool           `json:"noAccess,omitempty"` // read is none on every entity and stage
	Settings bool           `json:"settings"`
	Entities []EntityAccess `json:"entities"`
}

// EntityAccess is an entity's levels by action, and per stage.
type EntityAccess struct {
	Entity string                          `json:"entity"`
	Levels [config.NumActions]config.Level `json:"levels"`
	Stages []StageAccess                   `json:"stages,omitempty"`
}

// StageAccess is a stage's levels by action.
type StageAccess struct {
	Stage  string                          `json:"stage"`
	Levels [config.NumActions]config.Level `json:"levels"`
}

// Level returns the level of an action, at a stage when stage is not "".
func (a *CRMAccess) Level(entity string, act config.Action, stage string) config.Level {
	for i := range a.Entities {
		ea := &a.Entities[i]
		if ea.Entity != entity {
			continue
		}
		if stage != "" {
			for j := range ea.Stages {
				if ea.Stages[j].Stage == stage {
					return ea.Stages[j].Levels[act]
				}
			}
		}
		return ea.Levels[act]
	}
	return config.LevelNone
}

// CRM returns a user's effective CRM rights, computed once per distinct
// set of roles.
func (rs *Resolver) CRM(userID string) *CRMAccess {
	u, ok := rs.userIx[userID]
	if !ok || rs.cfg.System != config.Bitrix24 {
		return nil
	}
	return rs.crmOfUser(u)
}

func (rs *Resolver) crmOfUser(u int) *CRMAccess {
	if a := rs.crmOf[u]; a != nil {
		return a
	}
	key := rs.signature(u) // valid until the next signature: computeCRM makes none
	a, ok := rs.crmCache[string(key)]
	if !ok {
		a = rs.computeCRM(u)
		rs.crmCache[string(key)] = a
	}
	rs.crmOf[u] = a
	return a
}

// signature identifies what CRM resolution depends on: the flags and the
// set of roles, with the personal mark only where precedence reads it.
func (rs *Resolver) signature(u int) []byte {
	user := rs.users[u]
	ps := rs.crmPairs[u]
	// NoRole is the user's own fact even where the levels are fixed: two
	// extranet users (or admins) share a value only when both have roles
	// or both have none.
	switch {
	case user.Extranet && len(ps) == 0:
		return []byte("x0")
	case user.Extranet:
		return []byte("x")
	case user.Admin && len(ps) == 0:
		return []byte("a0")
	case user.Admin:
		return []byte("a")
	}
	personalFirst := rs.cfg.CRM.PersonalFirst
	return rs.setKey('r', ps, func(p pair) uint32 {
		k := uint32(p.role) * 2
		if personalFirst && p.personal {
			k++
		}
		return k
	})
}

// setKey is a map key for the set of ids of the pairs: the tag, then each
// distinct id as four bytes in order. It reuses one buffer, so callers
// index maps with string(key), which neither allocates on lookup nor keeps
// the buffer on insert.
func (rs *Resolver) setKey(tag byte, ps []pair, id func(pair) uint32) []byte {
	ids := rs.keyIDs[:0]
	for _, p := range ps {
		ids = append(ids, id(p))
	}
	slices.Sort(ids)
	ids = slices.Compact(ids)
	b := append(rs.keyBuf[:0], tag)
	for _, x := range ids {
		b = binary.LittleEndian.AppendUint32(b, x)
	}
	rs.keyIDs, rs.keyBuf = ids, b
	return b
}

// computeCRM is SPEC 1.4 for every cell of a user at once. It gives the
// answers of cell, which explains one cell, from the role table: a user's
// candidates for a cell are the OR of their roles' masks.
func (rs *Resolver) computeCRM(u int) *CRMAccess {
	user := rs.users[u]
	cfg := rs.cfg
	a := &CRMAccess{Admin: user.Admin && !user.Extranet, Extranet: user.Extranet, NoRole: len(rs.crmPairs[u]) == 0}
	t := rs.crmTable()
	if len(rs.scratch) < 2*t.words {
		rs.scratch = make([]uint64, 2*t.words)
	}
	all := rs.scratch[:2*t.words]
	clear(all)
	personal := all[t.words:]
	all = all[:t.words]
	personalFirst := cfg.CRM.PersonalFirst
	var fixed config.Level
	switch {
	case user.Extranet: // step 1
		fixed = config.LevelNone
	case user.Admin:
		fixed = config.LevelAll
	case len(rs.crmPairs[u]) == 0: // step 2
		fixed = config.LevelNone
	default:
		fixed = -1
		// A role reaching the user through several subjects adds nothing
		// the second time: OR each distinct role (and, with personal-first,
		// each distinct personal role) once.
		rs.stamp += 2
		for _, p := range rs.crmPairs[u] {
			if rs.seen[p.role] < rs.stamp-1 {
				rs.seen[p.role] = rs.stamp - 1
				orMasks(all, t.masks[p.role])
			}
			if personalFirst && p.personal && rs.seen[p.role] != rs.stamp {
				rs.seen[p.role] = rs.stamp
				orMasks(personal, t.masks[p.role])
			}
		}
	}
	level := func(c int) config.Level {
		if fixed >= 0 {
			return fixed
		}
		shift := uint(c&3) * 16
		return decideCell(uint16(all[c>>2]>>shift), uint16(personal[c>>2]>>shift), personalFirst)
	}
	a.Entities = make([]EntityAccess, len(t.entities))
	stages := make([]StageAccess, t.stageRows)
	anyRead := false
	for i, e := range t.entities {
		ea := EntityAccess{Entity: e}
		c := t.first[i]
		for act := 0; act < config.NumActions; act++ {
			ea.Levels[act] = level(c + act)
		}
		anyRead = anyRead || ea.Levels[0] > config.LevelNone
		if ss := t.stages[i]; len(ss) > 0 {
			ea.Stages, stages = stages[:len(ss):len(ss)], stages[len(ss):]
			for j, s := range ss {
				sa := &ea.Stages[j]
				sa.Stage = s
				c := t.first[i] + (j+1)*config.NumActions
				for act := 0; act < config.NumActions; act++ {
					sa.Levels[act] = level(c + act)
				}
				anyRead = anyRead || sa.Levels[0] > config.LevelNone
			}
		}
		a.Entities[i] = ea
	}
	a.NoAccess = !anyRead
	a.Settings = rs.settings(u, nil)
	return a
}

// crmTable lays out every CRM cell of the configuration, entity by entity:
// the entity's row, then a row per stage, NumActions cells each. A role's
// mask of a cell has bit L set for its entity value L and, on a stage row
// where the role has an explicit stage value S, bit 8+S.
type crmTable struct {
	entities  []string
	stages    [][]string // per entity; nil without stages
	first     []int      // per entity: its first cell
	cells     int
	words     int // cells packed four to a uint64
	stageRows int
	masks     [][]uint64 // per role: cell c in bits 16*(c%4) of word c/4
}

func (rs *Resolver) crmTable() *crmTable {
	if rs.crmTab != nil {
		return rs.crmTab
	}
	cfg := rs.cfg
	t := &crmTable{entities: cfg.AllEntities()}
	for _, e := range t.entities {
		var ss []string
		if config.HasStages(e) {
			ss = cfg.Stages(e)
		}
		t.stages = append(t.stages, ss)
		t.first = append(t.first, t.cells)
		t.cells += (1 + len(ss)) * config.NumActions
		t.stageRows += len(ss)
	}
	t.words = (t.cells + 3) / 4
	t.masks = make([][]uint64, len(cfg.CRM.Roles))
	rs.seen = make([]uint32, len(cfg.CRM.Roles))
	m := make([]uint16, t.cells)
	for r, role := range cfg.CRM.Roles {
		for i, e := range t.entities {
			for act := 0; act < config.NumActions; act++ {
				entity := uint16(1) << entityCell(role, e, config.Action(act)).Level
				m[t.first[i]+act] = entity
				for j, s := range t.stages[i] {
					bits := entity
					if c := stageCell(role, e, s, config.Action(act)); c.Set {
						bits |= 1 << (8 + c.Level)
					}
					m[t.first[i]+(j+1)*config.NumActions+act] = bits
				}
			}
		}
		packed := make([]uint64, t.words)
		for c, x := range m {
			packed[c/4] |= uint64(x) << (uint(c%4) * 16)
		}
		t.masks[r] = packed
	}
	rs.crmTab = t
	return t
}

func orMasks(dst, src []uint64) {
	src = src[:len(dst)]
	for i, x := range src {
		dst[i] |= x
	}
}

// decideCell is steps 3 to 5 of SPEC 1.4 over a cell's OR of masks: all
// roles, and with personal-first the personal ones.
func decideCell(all, personal uint16, personalFirst bool) config.Level {
	if explicit := all >> 8; explicit != 0 { // step 3: detailed beats inherited
		if personalFirst && personal>>8 != 0 { // step 4
			return highest(personal >> 8)
		}
		return highest(explicit)
	}
	if personalFirst && personal != 0 {
		return highest(personal & 0xff)
	}
	return highest(all & 0xff) // step 5
}

// highest is the highest level of a set of level bits.
func highest(set uint16) config.Level { return config.Level(bits.Len16(set) - 1) }

// cell is SPEC 1.4: the effective level of one cell for user u, under the
// options (the zero value: as configured). With e non-nil it records every
// candidate and the rule that decided.
func (rs *Resolver) cell(u int, entity string, act config.Action, stage string, opt CellOptions, e *Explanation) config.Level {
	user := rs.users[u]
	if user.Extranet { // step 1
		e.decide(RuleExtranet)
		return config.LevelNone
	}
	if user.Admin {
		e.decide(RuleAdmin)
		return config.LevelAll
	}
	ps := rs.crmPairs[u]
	if len(ps) == 0 { // step 2
		e.decide(RuleNoRole)
		return config.LevelNone
	}
	roles := rs.cfg.CRM.Roles
	// explicitOf is a candidate's stage value, unless the options ignore it.
	explicitOf := func(p pair) config.Cell {
		if stage == "" || opt.Inherited || roles[p.role].ID == opt.SkipRow {
			return config.Cell{}
		}
		return stageCell(roles[p.role], entity, stage, act)
	}
	// Step 3: detailed beats inherited.
	explicit := false
	for _, p := range ps {
		if explicitOf(p).Set {
			explicit = true
			break
		}
	}
	// Step 4: personal-first keeps only personal candidates, if any.
	personalFirst := rs.cfg.CRM.PersonalFirst
	switch opt.Precedence {
	case "maximum":
		personalFirst = false
	case "personal-first":
		personalFirst = true
	}
	personalOnly := false
	if personalFirst {
		for _, p := range ps {
			if p.personal && (!explicit || explicitOf(p).Set) {
				personalOnly = true
				break
			}
		}
	}
	// Step 5: the highest remaining candidate.
	best := config.LevelNone
	winner := -1
	for i, p := range ps {
		role := roles[p.role]
		var c config.Cell
		source := "entity"
		if explicit {
			c = explicitOf(p)
			source = "stage"
		}
		dropped := Rule("")
		if explicit && !c.Set {
			dropped = RuleDetailed
			c = entityCell(role, entity, act)
			source = "entity"
		} else if !explicit {
			c = entityCell(role, entity, act)
		}
		if dropped == "" && personalOnly && !p.personal {
			dropped = RulePersonalFirst
		}
		if dropped == "" && (winner < 0 || c.Level > best) {
			best, winner = c.Level, i
		}
		if e != nil {
			cd := Candidate{Role: role.ID, RoleName: role.Name, Subject: rs.sources[p.src].subject.String(), Personal: p.personal,
				Source: source, Value: config.CRMScale.Word(c.Level), At: c.At, Dropped: dropped}
			if source == "stage" {
				cd.Stage = stage
			}
			if !c.Set {
				cd.At = role.At
			}
			e.Candidates = append(e.Candidates, cd)
		}
	}
	if e != nil {
		for i := range e.Candidates {
			e.Candidates[i].Winner = i == winner
		}
		switch {
		case personalOnly && anyDropped(e, RulePersonalFirst):
			e.decide(RulePersonalFirst)
		case explicit:
			e.decide(RuleDetailed)
		default:
			e.decide(RuleHighest)
		}
	}
	return best
}

func anyDropped(e *Explanation, r Rule) bool {
	for _, c := range e.Candidates {
		if c.Dropped == r {
			return true
		}
	}
	return false
}

// entityCell is a role's value for (entity, action); absent means none.
func entityCell(r *config.CRMRole, entity string, act config.Action) config.Cell {
	if ep := r.Entity(entity); ep != nil {
		return ep.Actions[act]
	}
	return config.Cell{}
}

// stageCell is a role's explicit stage value, if it has one.
func stageCell(r *config.CRMRole, entity, stage string, act config.Action) config.Cell {
	if ep := r.Entity(entity); ep != nil {
		if row := ep.Stage(stage); row != nil {
			return row.Actions[act]
		}
	}
	return config.Cell{}
}

// settings is "user may edit settings": any role with settings, or admin.
func (rs *Resolver) settings(u int, e *Explanation) bool {
	user := rs.users[u]
	if user.Extranet {
		e.decide(RuleExtranet)
		return false
	}
	if user.Admin {
		e.decide(RuleAdmin)
		return true
	}
	if len(rs.crmPairs[u]) == 0 {
		e.decide(RuleNoRole)
		return false
	}
	e.decide(RuleSettings)
	allowed := false
	for _, p := range rs.crmPairs[u] {
		role := rs.cfg.CRM.Roles[p.role]
		if role.Settings {
			allowed = true
		}
		if e != nil {
			e.Candidates = append(e.Candidates, Candidate{Role: role.ID, RoleName: role.Name, Subject: rs.sources[p.src].subject.String(),
				Personal: p.personal, Source: "role", Value: strconv.FormatBool(role.Settings), At: role.SettingsAt, Winner: role.Settings})
		}
	}
	return allowed
}
