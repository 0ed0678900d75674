package diff

import (
	"strings"

	"rolelens/engine/config"
)

// bitrix lists a bitrix24 user's changes: CRM cells (entity cells, then
// stage cells that did not change exactly as their entity cell), settings,
// telephony, tasks, disk and record checks.
func (c *comparer) bitrix(id string) []Change {
	var out []Change
	oa, na := c.old.CRM(id), c.new.CRM(id)
	for i, e := range c.entities {
		stages := c.stages[i]
		for act := config.Action(0); act < config.NumActions; act++ {
			aw := config.Actions[act]
			ent := level(config.CRMScale, KindCRM, e, aw, oa.Level(e, act, ""), na.Level(e, act, ""))
			var staged []Change
			for _, s := range stages {
				ch := level(config.CRMScale, KindCRM, e+"/"+s, aw, oa.Level(e, act, s), na.Level(e, act, s))
				if ch == nil {
					continue
				}
				if ent != nil && ch.Old == ent.Old && ch.New == ent.New {
					ent.Stages = append(ent.Stages, s)
					continue
				}
				ch.Reason = c.reason(id, config.Question{Kind: config.AskCRMCell, Entity: e, Action: aw, Stage: s})
				staged = append(staged, *ch)
			}
			if ent != nil {
				ent.Reason = c.reason(id, config.Question{Kind: config.AskCRMCell, Entity: e, Action: aw})
				out = append(out, *ent)
			}
			out = append(out, staged...)
		}
	}
	if ch := allow(KindSettings, "", "", oa.Settings, na.Settings); ch != nil {
		ch.Reason = c.reason(id, config.Question{Kind: config.AskCRMSettings})
		out = append(out, *ch)
	}
	for _, p := range config.TelephonyPermissions {
		s := config.TelephonyScale(p)
		o, _ := s.Parse(c.old.TelephonyLevel(id, p))
		n, _ := s.Parse(c.new.TelephonyLevel(id, p))
		if ch := level(s, KindTelephony, p, "", o, n); ch != nil {
			ch.Reason = c.reason(id, config.Question{Kind: config.AskTelephony, Permission: p})
			out = append(out, *ch)
		}
	}
	ot, nt := c.old.Tasks(id), c.new.Tasks(id)
	for _, t := range config.TaskToggles {
		if ch := allow(KindTasks, t, "", has(ot, t), has(nt, t)); ch != nil {
			ch.Reason = c.reason(id, config.Question{Kind: config.AskTasks, Toggle: t})
			out = append(out, *ch)
		}
	}
	for _, p := range c.paths {
		o, _ := config.DiskScale.Parse(c.old.DiskLevel(id, p))
		n, _ := config.DiskScale.Parse(c.new.DiskLevel(id, p))
		if ch := level(config.DiskScale, KindDisk, p, "", o, n); ch != nil {
			ch.Reason = c.reason(id, config.Question{Kind: config.AskDisk, Path: p})
			out = append(out, *ch)
		}
	}
	return append(out, c.records(id, config.Actions)...)
}

// folders lists the disk folders of either configuration, new first.
func (c *comparer) folders() []string {
	var a, b []string
	for _, f := range c.nc.Disk.Folders {
		a = append(a, f.Path)
	}
	for _, f := range c.oc.Disk.Folders {
		b = append(b, f.Path)
	}
	return union(a, b)
}

// vtiger lists a vtiger user's changes: per module and action whether it
// is possible at all and which records it reaches, then record checks.
func (c *comparer) vtiger(id string) []Change {
	var out []Change
	for _, m := range config.Modules {
		for _, act := range config.VtigerActions {
			oOK, oScope := c.old.ModuleScope(id, m, act)
			nOK, nScope := c.new.ModuleScope(id, m, act)
			q := config.Question{Kind: config.AskVtigerModule, Module: m, Action: act}
			if ch := allow(KindModule, m, act, oOK, nOK); ch != nil {
				ch.Reason = c.reason(id, q)
				out = append(out, *ch)
				continue
			}
			if nOK && !sameSet(oScope, nScope) {
				out = append(out, Change{Kind: KindScope, Item: m, Action: act, Old: strings.Join(oScope, ", "),
					New: strings.Join(nScope, ", "), Direction: scopeDirection(oScope, nScope)})
			}
		}
	}
	return append(out, c.records(id, config.VtigerActions)...)
}

// records compares every record check of both sides for one user.
func (c *comparer) records(id string, actions []string) []Change {
	var out []Change
	for _, r := range c.shared {
		for _, act := range actions {
			o, _ := c.old.RecordAllowed(id, r, act)
			n, _ := c.new.RecordAllowed(id, r, act)
			if ch := allow(KindRecord, r, act, o, n); ch != nil {
				ch.Reason = c.reason(id, config.Question{Kind: config.AskRecord, Record: r, Action: act})
				out = append(out, *ch)
			}
		}
	}
	return out
}
