package render

import (
	"fmt"
	"io"
	"strings"

	"rolelens/engine"
)

// short glyphs of the CRM levels, for dense matrices.
var glyph = map[string]string{"none": "-", "own": "O", "department": "D", "subdepartments": "S", "open": "P", "all": "A"}

// Access prints the matrix: per user, CRM entities by action with stages
// that differ, settings, telephony, tasks and disk (bitrix24), or modules
// by action with the scope (vtiger).
func Access(w io.Writer, a *engine.Access) {
	if a.Title != "" {
		fmt.Fprintf(w, "%s (%s)\n\n", a.Title, a.System)
	}
	if a.System == "vtiger" {
		vtiger(w, a)
		return
	}
	fmt.Fprintln(w, "levels: - none, O own, D department, S subdepartments, P open, A all; columns R A U D E I = read add update delete export import")
	header := []string{"user"}
	for _, e := range a.Entities {
		header = append(header, e)
	}
	header = append(header, "settings")
	rows := [][]string{header}
	for _, u := range a.Users {
		row := []string{u.User + flags(u)}
		for _, e := range u.CRM {
			var b strings.Builder
			for _, l := range e.Levels {
				b.WriteString(glyph[l])
			}
			row = append(row, b.String())
		}
		row = append(row, yes(u.Settings))
		rows = append(rows, row)
	}
	Table(w, rows)
	var stageLines []string
	for _, u := range a.Users {
		for _, e := range u.CRM {
			for _, s := range e.Stages {
				if s.Differs {
					stageLines = append(stageLines, fmt.Sprintf("  %s  %s/%s  %s", u.User, e.Entity, s.Stage, strings.Join(s.Levels, " ")))
				}
			}
		}
	}
	if len(stageLines) > 0 {
		fmt.Fprintln(w, "\nstages that differ from their entity (read add update delete export import):")
		for _, l := range stageLines {
			fmt.Fprintln(w, l)
		}
	}
	fmt.Fprintln(w, "\ntelephony:")
	rows = [][]string{{"user"}}
	if len(a.Users) > 0 {
		for _, p := range a.Users[0].Telephony {
			rows[0] = append(rows[0], p.Permission)
		}
	}
	for _, u := range a.Users {
		row := []string{u.User}
		for _, p := range u.Telephony {
			row = append(row, p.Level)
		}
		rows = append(rows, row)
	}
	Table(w, rows)
	fmt.Fprintln(w, "\ntasks:")
	for _, u := range a.Users {
		t := strings.Join(u.Tasks, ", ")
		if t == "" {
			t = "-"
		}
		fmt.Fprintf(w, "  %s: %s\n", u.User, t)
	}
	if len(a.Users) > 0 && len(a.Users[0].Disk) > 0 {
		fmt.Fprintln(w, "\ndisk:")
		rows = [][]string{{"user"}}
		for _, f := range a.Users[0].Disk {
			rows[0] = append(rows[0], f.Path)
		}
		for _, u := range a.Users {
			row := []string{u.User}
			for _, f := range u.Disk {
				row = append(row, f.Level)
			}
			rows = append(rows, row)
		}
		Table(w, rows)
	}
}

func flags(u engine.UserAccess) string {
	var f []string
	if u.Admin {
		f = append(f, "admin")
	}
	if u.Extranet {
		f = append(f, "extranet")
	}
	if u.NoCRMAccess && !u.Extranet {
		f = append(f, "no CRM access")
	}
	if len(f) == 0 {
		return ""
	}
	return " (" + strings.Join(f, ", ") + ")"
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

func vtiger(w io.Writer, a *engine.Access) {
	for _, u := range a.Users {
		role := u.Role
		if u.Admin {
			role += ", admin"
		}
		fmt.Fprintf(w, "%s (%s)\n", u.User, role)
		rows := [][]string{{"  module"}}
		rows[0] = append(rows[0], a.Actions...)
		for _, m := range u.Vtiger {
			row := []string{"  " + m.Module}
			for _, c := range m.Actions {
				s := "-"
				if c.Allow {
					s = strings.Join(c.Scope, "+")
				}
				row = append(row, s)
			}
			rows = append(rows, row)
		}
		Table(w, rows)
	}
}
