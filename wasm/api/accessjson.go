package api

import (
	"strconv"
	"strings"
	"unicode/utf8"

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
	b = appendArray(b, len(a.Users), func(b []byte, i int) []byte { return appendUser(b, &a.Users[i]) })
	return append(b, '}')
}

// appendArray writes a JSON array of n items, item i by one.
func appendArray(b []byte, n int, one func(b []byte, i int) []byte) []byte {
	b = append(b, '[')
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		b = one(b, i)
	}
	return append(b, ']')
}

// appendField writes `,"name":` and the string s.
func appendField(b []byte, name, s string) []byte {
	b = append(b, ',', '"')
	b = append(b, name...)
	b = append(b, '"', ':')
	return appendString(b, s)
}

// appendOptField writes the field only when s is not empty (omitempty).
func appendOptField(b []byte, name, s string) []byte {
	if s == "" {
		return b
	}
	return appendField(b, name, s)
}

// appendAccessHead opens the matrix with what it is about, up to the users.
func appendAccessHead(b []byte, a *engine.Access) []byte {
	b = append(b, `{"system":`...)
	b = appendString(b, a.System)
	b = appendOptField(b, "title", a.Title)
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
	b = appendOptField(b, "name", u.Name)
	if len(u.Departments) > 0 {
		b = append(b, `,"departments":`...)
		b = appendStrings(b, u.Departments)
	}
	b = appendOptField(b, "role", u.Role)
	b = appendFlag(b, `,"admin":true`, u.Admin)
	b = appendFlag(b, `,"extranet":true`, u.Extranet)
	b = appendFlag(b, `,"noRole":true`, u.NoRole)
	return appendFlag(b, `,"noCrmAccess":true`, u.NoCRMAccess)
}

// appendUserRows writes a user's rows and closes the object.
func appendUserRows(b []byte, u *engine.UserAccess) []byte {
	b = appendEntityRows(b, u.CRM)
	b = appendFlag(b, `,"settings":true`, u.Settings)
	if len(u.Telephony) > 0 {
		b = append(b, `,"telephony":`...)
		b = appendArray(b, len(u.Telephony), func(b []byte, i int) []byte {
			b = append(b, `{"permission":`...)
			b = appendString(b, u.Telephony[i].Permission)
			return append(appendField(b, "level", u.Telephony[i].Level), '}')
		})
	}
	if len(u.Tasks) > 0 {
		b = append(b, `,"tasks":`...)
		b = appendStrings(b, u.Tasks)
	}
	if len(u.Disk) > 0 {
		b = append(b, `,"disk":`...)
		b = appendArray(b, len(u.Disk), func(b []byte, i int) []byte {
			b = append(b, `{"path":`...)
			b = appendString(b, u.Disk[i].Path)
			return append(appendField(b, "level", u.Disk[i].Level), '}')
		})
	}
	if len(u.Vtiger) > 0 {
		b = append(b, `,"vtiger":`...)
		b = appendModuleRows(b, u.Vtiger)
	}
	return append(b, '}')
}

func appendModuleRows(b []byte, rows []engine.ModuleRow) []byte {
	return appendArray(b, len(rows), func(b []byte, i int) []byte {
		m := &rows[i]
		b = append(b, `{"module":`...)
		b = appendString(b, m.Module)
		b = append(b, `,"actions":`...)
		if m.Actions == nil {
			b = append(b, "null"...)
		} else {
			b = appendArray(b, len(m.Actions), func(b []byte, j int) []byte {
				c := &m.Actions[j]
				b = append(b, `{"action":`...)
				b = appendString(b, c.Action)
				b = append(b, `,"allow":`...)
				b = strconv.AppendBool(b, c.Allow)
				b = append(b, `,"scope":`...)
				return append(appendStrings(b, c.Scope), '}')
			})
		}
		return append(b, '}')
	})
}

// appendEntityRows writes a "crm" field of entity rows, if any.
func appendEntityRows(b []byte, rows []engine.EntityRow) []byte {
	if len(rows) == 0 {
		return b
	}
	b = append(b, `,"crm":`...)
	return appendArray(b, len(rows), func(b []byte, i int) []byte {
		e := &rows[i]
		b = append(b, `{"entity":`...)
		b = appendString(b, e.Entity)
		b = append(b, `,"levels":`...)
		b = appendStrings(b, e.Levels)
		if len(e.Stages) > 0 {
			b = append(b, `,"stages":`...)
			b = appendArray(b, len(e.Stages), func(b []byte, j int) []byte {
				s := &e.Stages[j]
				b = append(b, `{"stage":`...)
				b = appendString(b, s.Stage)
				b = append(b, `,"levels":`...)
				b = appendStrings(b, s.Levels)
				return append(appendFlag(b, `,"differs":true`, s.Differs), '}')
			})
		}
		return append(b, '}')
	})
}

func appendRoles(b []byte, roles []engine.RoleInfo) []byte {
	if len(roles) == 0 {
		return b
	}
	b = append(b, `,"roles":`...)
	return appendArray(b, len(roles), func(b []byte, i int) []byte {
		b = append(b, `{"id":`...)
		b = appendString(b, roles[i].ID)
		b = appendOptField(b, "name", roles[i].Name)
		return append(appendEntityRows(b, roles[i].CRM), '}')
	})
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
	return appendArray(b, len(ss), func(b []byte, i int) []byte { return appendString(b, ss[i]) })
}

// appendString writes s as encoding/json does: HTML characters, U+2028 and
// U+2029 escaped, invalid UTF-8 as U+FFFD. Written here rather than left to
// encoding/json for anything unusual: a name with an umlaut then does not
// compile the JSON encoder into a page's first call (see options.go), and
// TestAppendStringMatchesEncodingJSON holds the two equal.
func appendString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c, size := s[i], 1
		var esc [6]byte
		var repl []byte // what replaces s[i:i+size]
		if c < utf8.RuneSelf {
			switch {
			case c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&':
				i++
				continue
			case c == '"' || c == '\\':
				repl = append(esc[:0], '\\', c)
			case c == '\b' || c == '\f' || c == '\n' || c == '\r' || c == '\t':
				repl = append(esc[:0], '\\', "btnfr"[strings.IndexByte("\b\t\n\f\r", c)])
			default:
				repl = append(esc[:0], '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				repl = append(esc[:0], `\ufffd`...)
			case r == '\u2028' || r == '\u2029':
				repl = append(esc[:0], '\\', 'u', '2', '0', '2', hex[r&0xf])
			default:
				i += size
				continue
			}
		}
		b = append(b, s[start:i]...)
		b = append(b, repl...)
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendChecked writes the head every result shares, {"ok", "system",
// "title", "diagnostics"}, as encoding/json writes the checked struct.
// Diagnostics, when there are any, go through encoding/json: an invalid
// text is never a page's first call worth saving time on.
func appendChecked(b []byte, c checked) []byte {
	b = append(b, `{"ok":`...)
	b = strconv.AppendBool(b, c.OK)
	b = appendOptField(b, "system", c.System)
	b = appendOptField(b, "title", c.Title)
	b = append(b, `,"diagnostics":`...)
	switch {
	case c.Diagnostics == nil:
		b = append(b, "null"...)
	case len(c.Diagnostics) == 0:
		b = append(b, "[]"...)
	default:
		b = append(b, encode(c.Diagnostics)...)
	}
	return append(b, '}')
}
