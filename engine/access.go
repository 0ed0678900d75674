package engine

import (
	"rolelens/engine/config"
	"rolelens/engine/resolve"
)

// Access is the effective-access matrix of a configuration, in words, as
// views show it.
type Access struct {
	System   string       `json:"system"`
	Title    string       `json:"title,omitempty"`
	Entities []string     `json:"entities,omitempty"` // bitrix24: CRM entities, columns
	Actions  []string     `json:"actions"`            // CRM actions (bitrix24) or module actions (vtiger)
	Modules  []string     `json:"modules,omitempty"`  // vtiger
	Users    []UserAccess `json:"users"`
}

// UserAccess is one row of the matrix.
type UserAccess struct {
	User        string   `json:"user"`
	Name        string   `json:"name,omitempty"`
	Departments []string `json:"departments,omitempty"`
	Role        string   `json:"role,omitempty"` // vtiger
	Admin       bool     `json:"admin,omitempty"`
	Extranet    bool     `json:"extranet,omitempty"`
	NoRole      bool     `json:"noRole,omitempty"`
	NoCRMAccess bool     `json:"noCrmAccess,omitempty"` // read is none everywhere

	CRM       []EntityRow      `json:"crm,omitempty"`
	Settings  bool             `json:"settings,omitempty"`
	Telephony []PermissionCell `json:"telephony,omitempty"`
	Tasks     []string         `json:"tasks,omitempty"`
	Disk      []FolderCell     `json:"disk,omitempty"`
	Vtiger    []ModuleRow      `json:"vtiger,omitempty"`
}

// EntityRow is one entity's levels by action, and its stages.
type EntityRow struct {
	Entity string     `json:"entity"`
	Levels []string   `json:"levels"`
	Stages []StageRow `json:"stages,omitempty"`
}

// StageRow is a stage's levels; Differs marks stages whose levels are not
// those of the entity.
type StageRow struct {
	Stage   string   `json:"stage"`
	Levels  []string `json:"levels"`
	Differs bool     `json:"differs,omitempty"`
}

// PermissionCell is a telephony permission's level.
type PermissionCell struct {
	Permission string `json:"permission"`
	Level      string `json:"level"`
}

// FolderCell is a disk folder's level.
type FolderCell struct {
	Path  string `json:"path"`
	Level string `json:"level"`
}

// ModuleRow is a vtiger module's actions for one user.
type ModuleRow struct {
	Module  string       `json:"module"`
	Actions []ModuleCell `json:"actions"`
}

// ModuleCell says whether an action is possible on a module's records and
// which records it reaches: scope lists the sources, such as "all (admin)",
// "own", "subordinates", "groups", "default", "rule".
type ModuleCell struct {
	Action string   `json:"action"`
	Allow  bool     `json:"allow"`
	Scope  []string `json:"scope"`
}

// Access computes the matrix for every user, or for one when user is not
// "". It returns nil for an invalid configuration or an unknown user.
func (d *Document) Access(user string) *Access {
	rs := d.Resolver()
	if rs == nil {
		return nil
	}
	cfg := d.Config
	a := &Access{System: string(cfg.System), Title: cfg.Title, Users: []UserAccess{}}
	if cfg.System == config.Vtiger {
		a.Actions, a.Modules = config.VtigerActions, config.Modules
	} else {
		a.Actions, a.Entities = config.Actions, cfg.AllEntities()
	}
	// Users with the same roles share one CRMAccess; their rows share the
	// words too, so a large portal builds each distinct row once.
	rows := map[*resolve.CRMAccess][]EntityRow{}
	for _, u := range rs.Users() {
		if user != "" && u.ID != user {
			continue
		}
		if cfg.System == config.Vtiger {
			a.Users = append(a.Users, vtigerRow(rs, u))
		} else {
			a.Users = append(a.Users, bitrixRow(rs, u, rows))
		}
	}
	if user != "" && len(a.Users) == 0 {
		return nil
	}
	return a
}

func bitrixRow(rs *resolve.Resolver, u *config.User, rows map[*resolve.CRMAccess][]EntityRow) UserAccess {
	cfg := rs.Config()
	crm := rs.CRM(u.ID)
	row := UserAccess{User: u.ID, Name: u.Name, Departments: cfg.UserDepartments(u.ID), Admin: u.Admin, Extranet: u.Extranet,
		NoRole: crm.NoRole && !u.Admin, NoCRMAccess: crm.NoAccess, Settings: crm.Settings}
	if cached, ok := rows[crm]; ok {
		row.CRM = cached
	} else {
		for _, ea := range crm.Entities {
			er := EntityRow{Entity: ea.Entity, Levels: words(config.CRMScale, ea.Levels[:])}
			for _, sa := range ea.Stages {
				er.Stages = append(er.Stages, StageRow{Stage: sa.Stage, Levels: words(config.CRMScale, sa.Levels[:]), Differs: sa.Levels != ea.Levels})
			}
			row.CRM = append(row.CRM, er)
		}
		rows[crm] = row.CRM
	}
	for _, p := range config.TelephonyPermissions {
		row.Telephony = append(row.Telephony, PermissionCell{p, rs.TelephonyLevel(u.ID, p)})
	}
	row.Tasks = rs.Tasks(u.ID)
	for _, f := range cfg.Disk.Folders {
		row.Disk = append(row.Disk, FolderCell{f.Path, rs.DiskLevel(u.ID, f.Path)})
	}
	return row
}

func vtigerRow(rs *resolve.Resolver, u *config.User) UserAccess {
	row := UserAccess{User: u.ID, Name: u.Name, Role: u.Role, Admin: u.Admin}
	for _, m := range config.Modules {
		mr := ModuleRow{Module: m}
		for _, act := range config.VtigerActions {
			allow, scope := rs.ModuleScope(u.ID, m, act)
			mr.Actions = append(mr.Actions, ModuleCell{Action: act, Allow: allow, Scope: scope})
		}
		row.Vtiger = append(row.Vtiger, mr)
	}
	return row
}

func words(s *config.Scale, ls []config.Level) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = s.Word(l)
	}
	return out
}
