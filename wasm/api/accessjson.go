package api

import (
	"encoding/json"
	"strconv"

	"rolelens/engine"
)

// The access matrix is the one large result (about 3.6 KB per user), so it
// is written by hand rather than by reflection: under wasm this is several
// times faster. The output is byte for byte what encoding/json writes for
// engine.Access; TestAccessJSONMatchesEncodingJSON holds it to that, and
// TestAccessJSONKnowsEveryField fails when engine.Access gains a field.

func appendAccess(b []byte, a *engine.Access) []byte {
	if a == nil {
		return append(b, "null"...)
	}
	b = appendAccessHead(b, a)
	b = append(b, `,"users":`...)
	if a.Users == nil {
		return append(b, "null}"...)
	}
	b = append(b, '[')
	for i := range a.Users {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendUser(b, &a.Users[i])
	}
	return append(b, "]}"...)
}

// appendAccessHead opens the matrix with what it is about, up to the users.
func appendAccessHead(b []byte, a *engine.Access) []byte {
	b = append(b, `{"system":`...)
	b = appendString(b, a.System)
	if a.Title != "" {
		b = append(b, `,"title":`...)
		b = appendString(b, a.Title)
	}
	if len(a.Entities) > 0 {
		b = append(b, `,"entities":`...)
		b = appendStrings(b, a.Entities)
	}
	b = append(b, `,"actions":`...)
	b = appendStrings(b, a.Actions)
	if len(a.Modules) > 0 {
		b = append(b, `,"modules":`...)
		b = appendStrings(b, a.Modules)
	}
	b = appendRoles(b, a.Roles)
	return b
}

func appendUser(b []byte, u *engine.UserAccess) []byte {
	b = appendUserHead(b, u)
	return appendUserRows(b, u)
}

// appendUserHead opens a user's object with who they are.
func appendUserHead(b []byte, u *engine.UserAccess) []byte {
	b = append(b, `{"user":`...)
	b = appendString(b, u.User)
	if u.Name != "" {
		b = append(b, `,"name":`...)
		b = appendString(b, u.Name)
	}
	if len(u.Departments) > 0 {
		b = append(b, `,"departments":`...)
		b = appendStrings(b, u.Departments)
	}
	if u.Role != "" {
		b = append(b, `,"role":`...)
		b = appendString(b, u.Role)
	}
	b = appendFlag(b, `,"admin":true`, u.Admin)
	b = appendFlag(b, `,"extranet":true`, u.Extranet)
	b = appendFlag(b, `,"noRole":true`, u.NoRole)
	return appendFlag(b, `,"noCrmAccess":true`, u.NoCRMAccess)
}

// appendUserRows writes a user's rows and closes the object.
func appendUserRows(b []byte, u *engine.UserAccess) []byte {
	if len(u.CRM) > 0 {
		b = append(b, `,"crm":[`...)
		for i, e := range u.CRM {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"entity":`...)
			b = appendString(b, e.Entity)
			b = append(b, `,"levels":`...)
			b = appendStrings(b, e.Levels)
			if len(e.Stages) > 0 {
				b = append(b, `,"stages":[`...)
				for j, s := range e.Stages {
					if j > 0 {
						b = append(b, ',')
					}
					b = append(b, `{"stage":`...)
					b = appendString(b, s.Stage)
					b = append(b, `,"levels":`...)
					b = appendStrings(b, s.Levels)
					b = appendFlag(b, `,"differs":true`, s.Differs)
					b = append(b, '}')
				}
				b = append(b, ']')
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	b = appendFlag(b, `,"settings":true`, u.Settings)
	if len(u.Telephony) > 0 {
		b = append(b, `,"telephony":[`...)
		for i, p := range u.Telephony {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"permission":`...)
			b = appendString(b, p.Permission)
			b = append(b, `,"level":`...)
			b = appendString(b, p.Level)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if len(u.Tasks) > 0 {
		b = append(b, `,"tasks":`...)
		b = appendStrings(b, u.Tasks)
	}
	if len(u.Disk) > 0 {
		b = append(b, `,"disk":[`...)
		for i, f := range u.Disk {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"path":`...)
			b = appendString(b, f.Path)
			b = append(b, `,"level":`...)
			b = appendString(b, f.Level)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	if len(u.Vtiger) > 0 {
		b = append(b, `,"vtiger":`...)
		b = appendModuleRows(b, u.Vtiger)
	}
	return append(b, '}')
}

func appendModuleRows(b []byte, rows []engine.ModuleRow) []byte {
	b = append(b, '[')
	for i, m := range rows {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"module":`...)
		b = appendString(b, m.Module)
		b = append(b, `,"actions":`...)
		if m.Actions == nil {
			b = append(b, "null"...)
		} else {
			b = append(b, '[')
			for j, c := range m.Actions {
				if j > 0 {
					b = append(b, ',')
				}
				b = append(b, `{"action":`...)
				b = appendString(b, c.Action)
				b = append(b, `,"allow":`...)
				b = strconv.AppendBool(b, c.Allow)
				b = append(b, `,"scope":`...)
				b = appendStrings(b, c.Scope)
				b = append(b, '}')
			}
			b = append(b, ']')
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

func appendRoles(b []byte, roles []engine.RoleInfo) []byte {
	if len(roles) == 0 {
		return b
	}
	b = append(b, `,"roles":[`...)
	for i, r := range roles {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"id":`...)
		b = appendString(b, r.ID)
		if r.Name != "" {
			b = append(b, `,"name":`...)
			b = appendString(b, r.Name)
		}
		b = append(b, '}')
	}
	return append(b, ']')
}

func appendFlag(b []byte, field string, on bool) []byte {
	if on {
		b = append(b, field...)
	}
	return b
}

// appendStrings writes a list as encoding/json does: nil is null.
func appendStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, s)
	}
	return append(b, ']')
}

// appendString writes plain ASCII directly and leaves anything else
// (escapes, HTML characters, non-ASCII) to encoding/json.
func appendString(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			q, _ := json.Marshal(s)
			return append(b, q...)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}
