package resolve

import (
	"math/bits"
	"slices"

	"rolelens/engine/config"
)

// CellOptions change how CellWith evaluates a CRM cell, so that the linter
// can ask "what would this user have if ...": without stage rows, without
// one role's stage row, or under the other precedence.
type CellOptions struct {
	// Inherited ignores every stage row: the level inheritance alone gives.
	Inherited bool
	// SkipRow, when set, ignores the stage value of the named role.
	SkipRow string
	// Precedence overrides the configuration's: "maximum" or
	// "personal-first"; "" keeps the configured one.
	Precedence string
}

// CellWith is SPEC 1.4 for one cell, evaluated with the options. With zero
// options it equals CRM(user).Level(entity, act, stage). Unknown users and
// vtiger configurations give none.
func (rs *Resolver) CellWith(userID, entity string, act config.Action, stage string, opt CellOptions) config.Level {
	u, ok := rs.userIx[userID]
	if !ok || rs.cfg.System != config.Bitrix24 {
		return config.LevelNone
	}
	return rs.cell(u, entity, act, stage, opt, nil)
}

// PrecedenceCells calls f with user's level of every CRM cell under
// precedence maximum and under personal-first, in the table's order: each
// entity by action, an entity's cell followed by its stages' cells of the
// same action (stage "" for the entity's own). Both come from one OR of
// the user's role masks, as the matrix does; asking CellWith twice a cell
// took most of the time of lint on large portals (L102). Users the rules
// cannot part (extranet users, administrators, users without a role),
// unknown ones and vtiger configurations give no calls.
func (rs *Resolver) PrecedenceCells(userID string, f func(entity, stage string, act config.Action, mx, pf config.Level)) {
	u, ok := rs.userIx[userID]
	if !ok || rs.cfg.System != config.Bitrix24 {
		return
	}
	if user := rs.users[u]; user.Extranet || user.Admin || len(rs.crmPairs[u]) == 0 {
		return
	}
	t := rs.crmTable()
	all := make([]uint64, t.words)
	personal := make([]uint64, t.words)
	for _, p := range rs.crmPairs[u] {
		orMasks(all, t.masks[p.role])
		if p.personal {
			orMasks(personal, t.masks[p.role])
		}
	}
	at := func(c int) (config.Level, config.Level) {
		shift := uint(c&3) * 16
		a, p := uint16(all[c>>2]>>shift), uint16(personal[c>>2]>>shift)
		return decideCell(a, p, false), decideCell(a, p, true)
	}
	for i, e := range t.entities {
		for act := 0; act < config.NumActions; act++ {
			mx, pf := at(t.first[i] + act)
			f(e, "", config.Action(act), mx, pf)
			for j, s := range t.stages[i] {
				mx, pf := at(t.first[i] + (j+1)*config.NumActions + act)
				f(e, s, config.Action(act), mx, pf)
			}
		}
	}
}

// ResaveChanges lists the users whose answer on a record, for some action,
// changes once the record is saved again under its responsible's current
// departments (L103), in file order. Vtiger records and unknown ones give
// none.
func (rs *Resolver) ResaveChanges(recordID string) []string {
	i, ok := rs.recordIx[recordID]
	if !ok || rs.cfg.System == config.Vtiger {
		return nil
	}
	rec := rs.cfg.Records[i]
	saved := rs.recordDepts[i]
	var cur []int
	if r, ok := rs.userIx[rec.Responsible]; ok {
		cur = rs.userDepts[r]
	}
	var out []string
	for u := range rs.users {
		// listed reads the departments only through these two tests: a
		// user whom neither set reaches answers the same after a re-save.
		if !intersects(saved, rs.userDepts[u]) && !intersects(cur, rs.userDepts[u]) && !rs.inReach(u, saved) && !rs.inReach(u, cur) {
			continue
		}
		crm := rs.crmOfUser(u)
		for act := range config.NumActions {
			level := crm.Level(rec.Entity, config.Action(act), rec.Stage)
			before, _ := rs.listed(u, rec, level, saved)
			after, _ := rs.listed(u, rec, level, cur)
			if before != after {
				out = append(out, rs.users[u].ID)
				break
			}
		}
	}
	return out
}

// RecordHeads lists the users heading a department whose tree holds a
// record's responsible, in file order: the only users for whom
// HeadDirectLink can name a department, so that a caller need not ask
// every head about every record.
func (rs *Resolver) RecordHeads(recordID string) []string {
	i, ok := rs.recordIx[recordID]
	if !ok {
		return nil
	}
	r, ok := rs.userIx[rs.cfg.Records[i].Responsible]
	if !ok {
		return nil
	}
	rs.headed() // fills headUsers
	var out []string
	for _, u := range rs.headUsers {
		if rs.headsOver(u, r) != "" {
			out = append(out, rs.users[u].ID)
		}
	}
	return out
}

// PeersHidden lists the members of a vtiger group (nested groups
// included) who may view a module's records at all (SPEC 2 steps 1 to 4)
// but not every record of it that another member owns (L203), in file
// order.
//
// It decides SPEC 2 steps 5 to 9 for view by classes of users rather than
// record by record: a user sees an owner's records when the owner is the
// user, in a role below, or covered by a rule of the module that reaches
// the user, or when the default is not private; users of one role reached
// by the same rules see the same owners. TestPeersHidden holds it to
// RecordAllowed.
func (rs *Resolver) PeersHidden(group, module string) []string {
	g, ok := rs.vt.groupIxOf(group)
	if !ok || rs.cfg.Sharing.Default(module) != "private" {
		return nil // step 7: any other default shows every record to view
	}
	in := rs.vt.groupIn[g]
	vi := rs.vt.viewIndexOf(rs, module)
	owners := slices.Clone(in)
	empty := true
	for w := range owners {
		owners[w] &= vi.owning[w]
		empty = empty && owners[w] == 0
	}
	if empty {
		return nil
	}
	// Per class, the owners it does not see: how many (0, 1, or 2 for
	// more) and the one; counted once per class in this group.
	type unseen struct{ n, one int }
	counted := map[int32]unseen{}
	var out []string
	in.each(func(u int) {
		c := vi.class[u]
		if c < 0 {
			return // without the module, or seeing every record
		}
		un, ok := counted[c]
		if !ok {
			un.one = -1
			sees := vi.sees[c]
			for w := range owners {
				for left := owners[w] &^ sees[w]; left != 0 && un.n < 2; left &= left - 1 {
					un.n++
					un.one = w*64 + bits.TrailingZeros64(left)
				}
			}
			counted[c] = un
		}
		if un.n > 1 || (un.n == 1 && un.one != u) {
			out = append(out, rs.users[u].ID)
		}
	})
	return out
}

// WithoutModule lists the members of a vtiger group (nested groups
// included) who may not view a module's records at all (SPEC 2 steps 1 to
// 4), in file order.
func (rs *Resolver) WithoutModule(group, module string) []string {
	g, ok := rs.vt.groupIxOf(group)
	if !ok {
		return nil
	}
	allowed := rs.vt.viewIndexOf(rs, module).allowed
	var out []string
	rs.vt.groupIn[g].each(func(u int) {
		if !allowed.has(u) {
			out = append(out, rs.users[u].ID)
		}
	})
	return out
}
