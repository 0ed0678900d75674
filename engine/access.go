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
	Roles    []RoleInfo   `json:"roles,omitempty"`    // CRM roles (bitrix24) or roles (vtiger), for filters
	Users    []UserAccess `json:"users"`
}

// RoleInfo names a role. CRM is, for a bitrix24 role, its own level of
// each entity and action as written (an action left out is none): what a
// user holding only this role has, stage rows aside. Views compare users
// with it ("only differences from role X").
type RoleInfo struct {
	ID   string      `json:"id"`
	Name string      `json:"name,omitempty"`
	CRM  []EntityRow `json:"crm,omitempty"`
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
	if user == "" {
		return d.access(nil)
	}
	a := d.access(func(id string) bool { return id == user })
	if a != nil && len(a.Users) == 0 {
		return nil
	}
	return a
}

// AccessOf computes the rows of the named users only, in file order; names
// that are not users are left out. It returns nil for an invalid
// configuration. The playground asks it for the rows on screen first.
func (d *Document) AccessOf(users []string) *Access {
	want := make(map[string]bool, len(users))
	for _, u := range users {
		want[u] = true
	}
	return d.access(func(id string) bool { return want[id] })
}

// AccessOfRole computes the rows of the users a role reaches (see
// resolve.Resolver.RoleUsers). It returns nil for an invalid configuration.
func (d *Document) AccessOfRole(role string) *Access {
	rs := d.Resolver()
	if rs == nil {
		return nil
	}
	return d.AccessOf(rs.RoleUsers(role))
}

// access builds the matrix of the users keep accepts, or of all when keep
// is nil.
func (d *Document) access(keep func(string) bool) *Access {
	rs := d.Resolver()
	if rs == nil {
		return nil
	}
	cfg := d.Config
	a := &Access{System: string(cfg.System), Title: cfg.Title, Users: []UserAccess{}}
	if cfg.System == config.Vtiger {
		a.Actions, a.Modules = config.VtigerActions, config.Modules
		for _, r := range cfg.Roles {
			a.Roles = append(a.Roles, RoleInfo{ID: r.ID, Name: r.Name})
		}
	} else {
		a.Actions, a.Entities = config.Actions, cfg.AllEntities()
		for _, r := range cfg.CRM.Roles {
			a.Roles = append(a.Roles, RoleInfo{r.ID, r.Name, roleRows(r, a.Entities)})
		}
	}
	// Rows are built from shared parts: users with the same roles share
	// one CRMAccess and its rows in words, the same telephony levels share
	// one list of cells, and equal disk rows are built once, so a large
	// portal builds each distinct part once.
	var rb *rowBuilder
	if cfg.System != config.Vtiger {
		rb = newRowBuilder(rs)
	}
	vrows := map[*resolve.Scope][]ModuleRow{}
	for i, u := range rs.Users() {
		if keep != nil && !keep(u.ID) {
			continue
		}
		if cfg.System == config.Vtiger {
			a.Users = append(a.Users, vtigerRow(rs, i, u, vrows))
		} else {
			a.Users = append(a.Users, rb.row(i, u))
		}
	}
	return a
}

// rowBuilder builds bitrix24 rows from parts shared between users.
type rowBuilder struct {
	rs      *resolve.Resolver
	folders []*config.Folder
	disk    [][]config.Level // per folder: per user

	crm   map[*resolve.CRMAccess][]EntityRow
	tel   map[*config.Level][]PermissionCell // by the shared levels' first element
	diskR map[string][]FolderCell            // by the levels as bytes
	words map[uint32][]string                // by the levels, 4 bits each
	key   []byte
}

func newRowBuilder(rs *resolve.Resolver) *rowBuilder {
	rb := &rowBuilder{rs: rs, folders: rs.Config().Disk.Folders,
		crm: map[*resolve.CRMAccess][]EntityRow{}, tel: map[*config.Level][]PermissionCell{},
		diskR: map[string][]FolderCell{}, words: map[uint32][]string{}}
	for _, f := range rb.folders {
		rb.disk = append(rb.disk, rs.DiskLevels(f.Path))
	}
	return rb
}

func (rb *rowBuilder) row(i int, u *config.User) UserAccess {
	rs := rb.rs
	crm := rs.CRMAt(i)
	row := UserAccess{User: u.ID, Name: u.Name, Departments: rs.Config().UserDepartments(u.ID), Admin: u.Admin, Extranet: u.Extranet,
		NoRole: crm.NoRole && !u.Admin, NoCRMAccess: crm.NoAccess, Settings: crm.Settings}
	row.CRM = rb.crmRows(crm)
	row.Telephony = rb.telephony(rs.TelephonyAt(i))
	row.Tasks = rs.TasksAt(i)
	row.Disk = rb.diskRow(i)
	return row
}

func (rb *rowBuilder) crmRows(crm *resolve.CRMAccess) []EntityRow {
	if rows, ok := rb.crm[crm]; ok {
		return rows
	}
	rows := make([]EntityRow, 0, len(crm.Entities))
	for _, ea := range crm.Entities {
		er := EntityRow{Entity: ea.Entity, Levels: rb.levelWords(ea.Levels)}
		if len(ea.Stages) > 0 {
			er.Stages = make([]StageRow, len(ea.Stages))
			for j, sa := range ea.Stages {
				er.Stages[j] = StageRow{Stage: sa.Stage, Levels: rb.levelWords(sa.Levels), Differs: sa.Levels != ea.Levels}
			}
		}
		rows = append(rows, er)
	}
	rb.crm[crm] = rows
	return rows
}

// levelWords is a row of CRM levels in words; equal rows share one slice.
func (rb *rowBuilder) levelWords(ls [config.NumActions]config.Level) []string {
	var key uint32
	for _, l := range ls {
		key = key<<4 | uint32(l&15)
	}
	if w, ok := rb.words[key]; ok {
		return w
	}
	w := words(config.CRMScale, ls[:])
	rb.words[key] = w
	return w
}

func (rb *rowBuilder) telephony(lv []config.Level) []PermissionCell {
	if len(lv) == 0 {
		return nil
	}
	if cells, ok := rb.tel[&lv[0]]; ok {
		return cells
	}
	cells := make([]PermissionCell, len(lv))
	for k, p := range config.TelephonyPermissions {
		cells[k] = PermissionCell{p, config.TelephonyScale(p).Word(lv[k])}
	}
	rb.tel[&lv[0]] = cells
	return cells
}

func (rb *rowBuilder) diskRow(i int) []FolderCell {
	if len(rb.folders) == 0 {
		return nil
	}
	rb.key = rb.key[:0]
	for _, lv := range rb.disk {
		rb.key = append(rb.key, byte(lv[i]))
	}
	if cells, ok := rb.diskR[string(rb.key)]; ok {
		return cells
	}
	cells := make([]FolderCell, len(rb.folders))
	for k, f := range rb.folders {
		cells[k] = FolderCell{f.Path, config.DiskScale.Word(rb.disk[k][i])}
	}
	rb.diskR[string(rb.key)] = cells
	return cells
}

// vtigerRow builds a vtiger row; users whose answers are shared share
// the module rows too.
func vtigerRow(rs *resolve.Resolver, i int, u *config.User, rows map[*resolve.Scope][]ModuleRow) UserAccess {
	row := UserAccess{User: u.ID, Name: u.Name, Role: u.Role, Admin: u.Admin}
	sc := rs.ModuleScopesAt(i)
	if len(sc) == 0 {
		return row
	}
	if mr, ok := rows[&sc[0]]; ok {
		row.Vtiger = mr
		return row
	}
	k := 0
	for _, m := range config.Modules {
		mr := ModuleRow{Module: m, Actions: make([]ModuleCell, 0, len(config.VtigerActions))}
		for _, act := range config.VtigerActions {
			mr.Actions = append(mr.Actions, ModuleCell{Action: act, Allow: sc[k].Allow, Scope: sc[k].Scope})
			k++
		}
		row.Vtiger = append(row.Vtiger, mr)
	}
	rows[&sc[0]] = row.Vtiger
	return row
}

// roleRows are a CRM role's own levels by entity, in the matrix's order.
func roleRows(r *config.CRMRole, entities []string) []EntityRow {
	rows := make([]EntityRow, len(entities))
	for i, e := range entities {
		var ls [config.NumActions]config.Level
		if ep := r.Entity(e); ep != nil {
			for act, c := range ep.Actions {
				ls[act] = c.Level
			}
		}
		rows[i] = EntityRow{Entity: e, Levels: words(config.CRMScale, ls[:])}
	}
	return rows
}

func words(s *config.Scale, ls []config.Level) []string {
	out := make([]string, len(ls))
	for i, l := range ls {
		out[i] = s.Word(l)
	}
	return out
}
