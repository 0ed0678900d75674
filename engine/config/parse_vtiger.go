package config

import (
	"strings"

	"go.yaml.in/yaml/v3"

	"rolelens/engine/diag"
)

func (r *reader) vtiger(cfg *Config, m *mapping) {
	r.section(cfg, "org", m.get("org"), r.vtigerOrg, func(dst, src *Config) { dst.Roles, dst.Users, dst.Groups = src.Roles, src.Users, src.Groups })
	r.section(cfg, "profiles", m.get("profiles"), r.profiles, func(dst, src *Config) { dst.Profiles = src.Profiles })
	r.section(cfg, "sharing", m.get("sharing"), r.sharing, func(dst, src *Config) { dst.Sharing = src.Sharing })
	r.section(cfg, "records", m.get("records"), r.vtigerRecords, func(dst, src *Config) { dst.Records = src.Records })
}

func (r *reader) vtigerOrg(cfg *Config, n *yaml.Node) {
	orgSh := VtigerShape.Field("org").Shape
	if org := r.mapping(n, orgSh, nil); org != nil {
		for rm, at := range r.items(org.get("roles"), MaxItems, "roles", orgSh.Field("roles").Shape) {
			role := &VRole{At: at}
			role.ID, role.Name = r.named(rm)
			role.Parent, role.ParentAt = r.optRef(rm, "parent")
			role.Profiles = r.refs(rm.get("profiles"), "profiles")
			cfg.Roles = append(cfg.Roles, role)
		}
		for um, at := range r.items(org.get("users"), MaxUsers, "users", orgSh.Field("users").Shape) {
			u := &User{At: at}
			u.ID, u.Name = r.named(um)
			if v := um.get("role"); v != nil {
				u.Role, _ = r.text(v, "role")
				u.RoleAt = r.rng(v)
			}
			u.Admin = r.flag(um.get("admin"), "admin", false)
			u.AdminAt = r.rng(um.get("admin"))
			cfg.Users = append(cfg.Users, u)
		}
		for gm, at := range r.items(org.get("groups"), MaxItems, "groups", orgSh.Field("groups").Shape) {
			g := &Group{At: at}
			g.ID, g.Name = r.named(gm)
			g.Members = r.subjects(gm.get("members"), vtigerSubjects)
			cfg.Groups = append(cfg.Groups, g)
		}
	}
}

func (r *reader) profiles(cfg *Config, n *yaml.Node) {
	profSh := VtigerShape.Field("profiles").Shape
	for pm, at := range r.items(n, MaxItems, "profiles", profSh) {
		p := &Profile{At: at, Modules: map[string]*ModulePerms{}}
		p.ID, p.Name = r.named(pm)
		p.ViewAll = r.flag(pm.get("view-all"), "view-all", false)
		p.EditAll = r.flag(pm.get("edit-all"), "edit-all", false)
		modSh := profSh.Field("modules").Shape.Dynamic.Shape
		if mm := r.mapping(pm.get("modules"), anyKeys, nil); mm != nil {
			for _, key := range mm.keys {
				mod := key.Value
				if !contains(Modules, mod) {
					r.suggestAdd("E112", r.rng(key), mod, Modules, mod)
					continue
				}
				am := r.mapping(mm.get(mod), modSh, nil)
				if am == nil {
					continue
				}
				mp := &ModulePerms{At: r.rng(key)}
				for a, w := range VtigerActions {
					mp.Allow[a] = r.flag(am.get(w), w, false)
				}
				p.Modules[mod] = mp
			}
		}
		cfg.Profiles = append(cfg.Profiles, p)
	}
}

func (r *reader) sharing(cfg *Config, n *yaml.Node) {
	shSh := VtigerShape.Field("sharing").Shape
	cfg.Sharing.Defaults = map[string]string{}
	cfg.Sharing.DefaultsAt = map[string]diag.Range{}
	if sm := r.mapping(n, shSh, nil); sm != nil {
		if dm := r.mapping(sm.get("defaults"), anyKeys, nil); dm != nil {
			for _, key := range dm.keys {
				mod := key.Value
				if !contains(Modules, mod) {
					r.suggestAdd("E112", r.rng(key), mod, Modules, mod)
					continue
				}
				if w, ok := r.word(dm.get(mod), mod, moduleDefaults); ok {
					cfg.Sharing.Defaults[mod] = w
					cfg.Sharing.DefaultsAt[mod] = r.rng(dm.get(mod))
				}
			}
		}
		for rm, at := range r.items(sm.get("rules"), MaxItems, "rules", shSh.Field("rules").Shape) {
			rule := &SharingRule{At: at}
			ok := true
			if v := rm.get("module"); v != nil {
				rule.Module, ok = r.module(v)
			}
			var okF, okT, okA = true, true, true
			if v := rm.get("from"); v != nil {
				rule.From, okF = r.subject(v, vtigerSubjects)
			}
			if v := rm.get("to"); v != nil {
				rule.To, okT = r.subject(v, vtigerSubjects)
			}
			if v := rm.get("access"); v != nil {
				var a string
				a, okA = r.word(v, "access", sharingAccess)
				rule.Write = a == "read-write"
			}
			if ok && okF && okT && okA && rm.has("module") && rm.has("from") && rm.has("to") && rm.has("access") {
				cfg.Sharing.Rules = append(cfg.Sharing.Rules, rule)
			}
		}
	}
}

func (r *reader) vtigerRecords(cfg *Config, n *yaml.Node) {
	recSh := VtigerShape.Field("records").Shape
	for rm, at := range r.items(n, MaxItems, "records", recSh) {
		rec := &Record{At: at}
		rec.ID, _, _ = r.id(rm.get("id"), "id")
		if v := rm.get("module"); v != nil {
			rec.Module, _ = r.module(v)
		}
		if v := rm.get("owner"); v != nil {
			if s, ok := r.text(v, "owner"); ok {
				if g, isGroup := strings.CutPrefix(s, "group:"); isGroup {
					rec.Owner = Subject{Kind: SubGroup, ID: g, At: r.sub(deref(v), 6, len([]rune(g)))}
				} else {
					rec.Owner = Subject{Kind: SubUser, ID: strings.TrimPrefix(s, "user:"), At: r.rng(deref(v))}
				}
			}
		}
		cfg.Records = append(cfg.Records, rec)
	}
}

func (r *reader) module(v *yaml.Node) (string, bool) {
	s, ok := r.text(v, "module")
	if !ok {
		return "", false
	}
	if !contains(Modules, s) {
		r.suggestAdd("E112", r.rng(deref(v)), s, Modules, s)
		return "", false
	}
	return s, true
}
