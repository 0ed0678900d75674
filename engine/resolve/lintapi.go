package resolve

import "rolelens/engine/config"

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
	user := rs.users[u]
	if user.Extranet {
		return config.LevelNone
	}
	if user.Admin {
		return config.LevelAll
	}
	ps := rs.crmPairs[u]
	if len(ps) == 0 {
		return config.LevelNone
	}
	roles := rs.cfg.CRM.Roles
	explicitOf := func(p pair) config.Cell {
		if stage == "" || opt.Inherited || roles[p.role].ID == opt.SkipRow {
			return config.Cell{}
		}
		return stageCell(roles[p.role], entity, stage, act)
	}
	explicit := false
	for _, p := range ps {
		if explicitOf(p).Set {
			explicit = true
			break
		}
	}
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
	best := config.LevelNone
	for _, p := range ps {
		var c config.Cell
		if explicit {
			c = explicitOf(p)
			if !c.Set {
				continue // detailed beats inherited
			}
		} else {
			c = entityCell(roles[p.role], entity, act)
		}
		if personalOnly && !p.personal {
			continue
		}
		if c.Level > best {
			best = c.Level
		}
	}
	return best
}
