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
	return rs.cell(u, entity, act, stage, opt, nil)
}
