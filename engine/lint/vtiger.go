package lint

import (
	"slices"
	"strings"

	"rolelens/engine/config"
	"rolelens/engine/diag"
)

func (l *linter) vtiger() {
	l.ineffectiveRules()
	l.globalPrivileges()
	l.peersHidden()
	l.groupOwnersWithoutModule()
}

// ineffectiveRules is L201: rules only work under private or public-read
// defaults, and a read rule adds nothing to public-read (SPEC 2 step 8).
func (l *linter) ineffectiveRules() {
	for _, r := range l.cfg.Sharing.Rules {
		def := l.cfg.Sharing.Default(r.Module)
		if def == "private" || (def == "public-read" && r.Write) {
			continue
		}
		access := "read"
		if r.Write {
			access = "read-write"
		}
		f := newFinding("L201", r.At, r.Module, def, access)
		if at := l.cfg.Sharing.DefaultsAt[r.Module]; !at.IsZero() {
			f.Related = []diag.Related{{Range: at, Label: LabelDefault}}
		}
		f.Users = l.nonAdmins(l.rs.Members(r.To))
		f.FixArgs = []string{r.Module}
		l.add(f)
	}
}

// globalPrivileges is L202: view-all and edit-all profiles held by users
// while a module is private. Modules count when their default is written
// as private or when records of them exist.
func (l *linter) globalPrivileges() {
	var private []string
	for _, m := range config.Modules {
		if l.cfg.Sharing.Default(m) != "private" {
			continue
		}
		_, written := l.cfg.Sharing.Defaults[m]
		if written || l.hasRecords(m) {
			private = append(private, m)
		}
	}
	if len(private) == 0 {
		return
	}
	for _, p := range l.cfg.Profiles {
		if !p.ViewAll && !p.EditAll {
			continue
		}
		var users []string
		for _, u := range l.rs.Users() {
			if u.Admin {
				continue
			}
			if r := l.cfg.VRole(u.Role); r != nil {
				for _, ref := range r.Profiles {
					if ref.ID == p.ID {
						users = append(users, u.ID)
						break
					}
				}
			}
		}
		if len(users) == 0 {
			continue
		}
		priv := "view-all"
		if p.EditAll {
			priv = "edit-all"
		}
		f := newFinding("L202", p.At, p.ID, priv, strings.Join(private, ", "))
		f.Users = users
		f.FixArgs = []string{p.ID, priv}
		l.add(f)
	}
}

func (l *linter) hasRecords(module string) bool {
	for _, r := range l.cfg.Records {
		if r.Module == module {
			return true
		}
	}
	return false
}

// peersHidden is L203: members of a group who have the module but cannot
// view records another member owns. Resolver.PeersHidden decides it by
// classes of members; record by record it took 80 s for a generated
// vtiger organisation of 1,000 users (BenchmarkLint).
func (l *linter) peersHidden() {
	for _, g := range l.cfg.Groups {
		if l.cfg.Group(g.ID) != g {
			continue
		}
		for _, module := range config.Modules {
			if hidden := l.rs.PeersHidden(g.ID, module); len(hidden) > 0 {
				f := newFinding("L203", g.At, g.ID, module)
				f.Users = hidden
				f.FixArgs = f.Args
				l.add(f)
			}
		}
	}
}

// groupOwnersWithoutModule is L204: group-owned records whose group has
// members without the module.
func (l *linter) groupOwnersWithoutModule() {
	type groupModule struct{ group, module string }
	lackingOf := map[groupModule][]string{} // the same for every record of a group and module
	for _, rec := range l.cfg.Records {
		if rec.Owner.Kind != config.SubGroup || l.cfg.Record(rec.ID) != rec {
			continue
		}
		k := groupModule{rec.Owner.ID, rec.Module}
		lacking, ok := lackingOf[k]
		if !ok {
			lacking = l.rs.WithoutModule(rec.Owner.ID, rec.Module)
			lackingOf[k] = lacking
		}
		if len(lacking) == 0 {
			continue
		}
		f := newFinding("L204", rec.Owner.At, rec.ID, rec.Owner.ID, rec.Module)
		if g := l.cfg.Group(rec.Owner.ID); g != nil {
			f.Related = []diag.Related{{Range: g.At, Label: LabelSubject}}
		}
		f.Users = slices.Clone(lacking)
		f.FixArgs = []string{rec.ID, rec.Owner.ID, rec.Module}
		l.add(f)
	}
}

// nonAdmins drops administrators, whom nothing limits anyway.
func (l *linter) nonAdmins(ids []string) []string {
	var out []string
	for _, id := range ids {
		if u := l.cfg.User(id); u != nil && !u.Admin {
			out = append(out, id)
		}
	}
	return out
}
