package api

import (
	"strconv"

	"rolelens/engine"
	"rolelens/engine/config"
)

// The packed matrix is the same result as engine.Access for large
// organisations: 10,000 users make about 100 MB of plain JSON, which a page
// cannot parse and copy between threads in time. Packed, every user is a
// few hundred characters:
//
//	"access": {system, title, entities, actions, modules,
//	  "layout": {
//	    "crm":   [{"entity": "lead", "stages": ["NEW", ...]}, ...],
//	    "crmWords": ["none", "own", ...],
//	    "telephony": [{"permission": "call", "words": ["none", "allow"]}, ...],
//	    "tasks": ["view-department-tasks", ...],
//	    "disk": ["/Sales", ...], "diskWords": ["none", "read", ...],
//	    "vtiger": [[ModuleRow, ...], ...]},
//	  "users": [{user, name, departments, role, admin, extranet, noRole,
//	    noCrmAccess, settings, "c": "012...", "t": "01...", "k": "0110...",
//	    "d": "40...", "v": 3}]}
//
// "c" has one digit per CRM cell, entity by entity: the entity's actions,
// then each stage's actions, in the order of layout.crm and actions, each
// digit an index into crmWords. "t" has a digit per telephony permission
// into its words, "k" a 0 or 1 per tasks toggle, "d" a digit per folder
// into diskWords. "v" indexes layout.vtiger, the distinct vtiger rows.
// wasm/packed.mjs unpacks it; the Node tests check that unpacking gives
// the plain result.

func appendPackedAccess(b []byte, a *engine.Access) []byte {
	b = appendAccessHead(b, a)
	var first *engine.UserAccess
	if len(a.Users) > 0 {
		first = &a.Users[0]
	}
	// Distinct vtiger rows: users with the same answers share one slice.
	vrows := map[*engine.ModuleRow]int{}
	var vlist [][]engine.ModuleRow
	for i := range a.Users {
		if v := a.Users[i].Vtiger; len(v) > 0 {
			if _, ok := vrows[&v[0]]; !ok {
				vrows[&v[0]] = len(vlist)
				vlist = append(vlist, v)
			}
		}
	}
	// The layout is the first user's: every user has the same rows.
	var crm []engine.EntityRow
	var tel []engine.PermissionCell
	var disk []engine.FolderCell
	if first != nil {
		crm, tel, disk = first.CRM, first.Telephony, first.Disk
	}
	b = append(b, `,"packed":true,"layout":{"crm":`...)
	b = appendArray(b, len(crm), func(b []byte, i int) []byte {
		b = append(b, `{"entity":`...)
		b = appendString(b, crm[i].Entity)
		b = append(b, `,"stages":`...)
		stages := crm[i].Stages
		b = appendArray(b, len(stages), func(b []byte, j int) []byte { return appendString(b, stages[j].Stage) })
		return append(b, '}')
	})
	b = append(b, `,"crmWords":`...)
	b = appendStrings(b, config.CRMScale.Words)
	b = append(b, `,"telephony":`...)
	b = appendArray(b, len(tel), func(b []byte, i int) []byte {
		b = append(b, `{"permission":`...)
		b = appendString(b, tel[i].Permission)
		b = append(b, `,"words":`...)
		return append(appendStrings(b, telephonyScale(tel[i].Permission).Words), '}')
	})
	b = append(b, `,"tasks":`...)
	b = appendStrings(b, config.TaskToggles)
	b = append(b, `,"disk":`...)
	b = appendArray(b, len(disk), func(b []byte, i int) []byte { return appendString(b, disk[i].Path) })
	b = append(b, `,"diskWords":`...)
	b = appendStrings(b, config.DiskScale.Words)
	b = append(b, `,"vtiger":`...)
	b = appendArray(b, len(vlist), func(b []byte, i int) []byte { return appendModuleRows(b, vlist[i]) })
	b = append(b, `},"users":`...)
	// A user's CRM digits are the same for every user sharing the rows.
	digits := map[*engine.EntityRow]string{}
	b = appendArray(b, len(a.Users), func(b []byte, i int) []byte {
		u := &a.Users[i]
		b = appendUserHead(b, u)
		b = appendFlag(b, `,"settings":true`, u.Settings)
		if len(u.CRM) > 0 {
			d, ok := digits[&u.CRM[0]]
			if !ok {
				var buf []byte
				for _, e := range u.CRM {
					buf = appendDigits(buf, config.CRMScale, e.Levels)
					for _, s := range e.Stages {
						buf = appendDigits(buf, config.CRMScale, s.Levels)
					}
				}
				d = string(buf)
				digits[&u.CRM[0]] = d
			}
			b = append(b, `,"c":"`...)
			b = append(b, d...)
			b = append(b, '"')
		}
		if len(u.Telephony) > 0 {
			b = append(b, `,"t":"`...)
			for _, p := range u.Telephony {
				b = appendDigit(b, telephonyScale(p.Permission), p.Level)
			}
			b = append(b, '"')
		}
		if a.System == string(config.Bitrix24) {
			b = append(b, `,"k":"`...)
			for _, t := range config.TaskToggles {
				c := byte('0')
				for _, x := range u.Tasks {
					if x == t {
						c = '1'
					}
				}
				b = append(b, c)
			}
			b = append(b, '"')
		}
		if len(u.Disk) > 0 {
			b = append(b, `,"d":"`...)
			for _, f := range u.Disk {
				b = appendDigit(b, config.DiskScale, f.Level)
			}
			b = append(b, '"')
		}
		if len(u.Vtiger) > 0 {
			b = append(b, `,"v":`...)
			b = strconv.AppendInt(b, int64(vrows[&u.Vtiger[0]]), 10)
		}
		return append(b, '}')
	})
	return append(b, '}')
}

// telephonyScale is the scale of a permission; unknown ones (there are
// none in a valid result) read as an empty scale.
func telephonyScale(perm string) *config.Scale {
	if s := config.TelephonyScale(perm); s != nil {
		return s
	}
	return &config.Scale{}
}

// appendDigit writes a level word as its position on the scale (scales
// have at most six words; an unknown word, never in a valid result, is 0).
func appendDigit(b []byte, s *config.Scale, word string) []byte {
	l, _ := s.Parse(word)
	return append(b, byte('0'+l))
}

func appendDigits(b []byte, s *config.Scale, words []string) []byte {
	for _, w := range words {
		b = appendDigit(b, s, w)
	}
	return b
}
