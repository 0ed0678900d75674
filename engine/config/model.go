package config

import (
	"fmt"

	"rolelens/engine/diag"
)

// Config is one parsed configuration. Fields of the other system stay
// empty. Every element keeps the range it was read from, so explanations,
// lint findings and the editor can point at it.
type Config struct {
	Version int
	System  System
	Title   string

	Users  []*User
	Groups []*Group

	// bitrix24
	Departments []*Department
	CRM         CRM
	Telephony   Telephony
	Tasks       Tasks
	Disk        Disk

	// vtiger
	Roles    []*VRole
	Profiles []*Profile
	Sharing  Sharing

	Records []*Record
	Tests   []*Test

	index
}

// Department is a node of the bitrix24 department tree.
type Department struct {
	ID, Name, Parent, Head string
	At, ParentAt, HeadAt   diag.Range
}

// User is a person of either platform. Departments, Extranet: bitrix24;
// Role: vtiger.
type User struct {
	ID, Name     string
	Departments  []Ref
	Admin        bool
	Extranet     bool
	Role         string
	At, RoleAt   diag.Range
	AdminAt      diag.Range
	ExtranetAt   diag.Range
	departmentIx []int // resolved: listed and headed departments
}

// Ref is a reference to an id with the range it was written at.
type Ref struct {
	ID string
	At diag.Range
}

// Group is a bitrix24 workgroup or user group (members are users), or a
// vtiger group (members are subjects, groups may nest).
type Group struct {
	ID, Name, Kind string
	Members        []Subject
	At             diag.Range
}

// SubjectKind says how a subject picks its users.
type SubjectKind int8

const (
	SubUser           SubjectKind = iota // user:ID
	SubDepartment                        // department:ID
	SubDepartmentTree                    // department-tree:ID
	SubGroup                             // group:ID
	SubHeads                             // heads
	SubEveryone                          // everyone
	SubRole                              // role:ID (vtiger)
	SubRoleTree                          // role-tree:ID (vtiger)
)

var subjectWords = []string{"user", "department", "department-tree", "group", "heads", "everyone", "role", "role-tree"}

func (k SubjectKind) String() string { return subjectWords[k] }

// Subject is who an assignment, grant, group or rule names.
type Subject struct {
	Kind SubjectKind
	ID   string
	At   diag.Range
}

func (s Subject) String() string {
	if s.Kind == SubHeads || s.Kind == SubEveryone {
		return s.Kind.String()
	}
	return s.Kind.String() + ":" + s.ID
}

// Personal reports whether the subject is a personal (user:) assignment.
func (s Subject) Personal() bool { return s.Kind == SubUser }

// CRM is the bitrix24 CRM section.
type CRM struct {
	PersonalFirst bool // precedence: personal-first
	Cumulative    bool // open includes the subdepartments rule
	Pipelines     []*Pipeline
	Stages        map[string][]string // lead, deal: replaced default lists
	Roles         []*CRMRole
	Assignments   []*Assignment
	PrecedenceAt  diag.Range
}

// Pipeline is a deal pipeline besides the default one.
type Pipeline struct {
	ID, Name string
	Stages   []string
	At       diag.Range
}

// CRMRole is a role of the CRM rights.
type CRMRole struct {
	ID, Name   string
	Settings   bool
	Entities   []*EntityPerms // in file order
	At         diag.Range
	SettingsAt diag.Range
	byEntity   map[string]*EntityPerms
}

// Entity returns the permissions a role lists for an entity, or nil.
func (r *CRMRole) Entity(e string) *EntityPerms { return r.byEntity[e] }

// Cell is one written level; Set is false where the file says nothing.
type Cell struct {
	Set   bool
	Level Level
	At    diag.Range
}

// EntityPerms is an entity's row of a role and its stage rows.
type EntityPerms struct {
	Entity  string
	Actions [NumActions]Cell
	Stages  []*StageRow // in file order
	At      diag.Range
	byStage map[string]*StageRow
}

// Stage returns the stage row of a stage, or nil.
func (e *EntityPerms) Stage(s string) *StageRow { return e.byStage[s] }

// StageRow is an explicit per-stage row; unset actions inherit.
type StageRow struct {
	Stage   string
	Actions [NumActions]Cell
	At      diag.Range
}

// Assignment gives a role to subjects.
type Assignment struct {
	Role   string
	RoleAt diag.Range
	To     []Subject
	At     diag.Range
}

// Record is a CRM record (bitrix24) or a module record (vtiger).
type Record struct {
	ID string
	// bitrix24
	Entity      string
	Responsible string
	Stage       string
	Open        bool
	Departments []Ref // as written; nil when absent
	// vtiger
	Module string
	Owner  Subject // SubUser or SubGroup

	At, StageAt, DepartmentsAt diag.Range
}

// Telephony is the bitrix24 telephony section.
type Telephony struct {
	Roles       []*TelephonyRole
	Assignments []*Assignment
}

// TelephonyRole maps permissions to levels on their scales.
type TelephonyRole struct {
	ID, Name string
	Builtin  bool
	Perms    map[string]Cell
	At       diag.Range
}

// Tasks is the bitrix24 tasks section.
type Tasks struct {
	Roles       []*TaskRole
	Assignments []*Assignment
}

// TaskRole is a set of task toggles.
type TaskRole struct {
	ID, Name string
	Builtin  bool
	Allow    []string
	At       diag.Range
}

// Disk is the bitrix24 disk section.
type Disk struct {
	Folders []*Folder
}

// Folder is a disk folder with its grants.
type Folder struct {
	Path    string
	Owner   string
	OwnerAt diag.Range
	Grants  []Grant
	At      diag.Range
}

// Grant gives a disk level to a subject.
type Grant struct {
	To    Subject
	Level Level
	At    diag.Range
}

// VRole is a vtiger role in the hierarchy.
type VRole struct {
	ID, Name, Parent string
	Profiles         []Ref
	At, ParentAt     diag.Range
}

// Profile is a vtiger profile.
type Profile struct {
	ID, Name         string
	ViewAll, EditAll bool
	Modules          map[string]*ModulePerms
	At               diag.Range
}

// ModulePerms is what a profile allows on a listed module.
type ModulePerms struct {
	Allow [4]bool // by VAction
	At    diag.Range
}

// Sharing is vtiger's organisation-wide defaults and sharing rules.
type Sharing struct {
	Defaults   map[string]string
	DefaultsAt map[string]diag.Range
	Rules      []*SharingRule
}

// Default returns a module's organisation-wide default.
func (s *Sharing) Default(module string) string {
	if d, ok := s.Defaults[module]; ok {
		return d
	}
	return "private"
}

// SharingRule opens the records of one subject to another.
type SharingRule struct {
	Module   string
	From, To Subject
	Write    bool // read-write
	At       diag.Range
}

// QuestionKind says what a question asks.
type QuestionKind int8

const (
	AskCRMCell      QuestionKind = iota + 1 // crm: {entity, action, stage}: a level
	AskCRMSettings                          // crm: settings: allow/deny
	AskRecord                               // record + action: allow/deny
	AskTelephony                            // telephony: PERM: a level
	AskTelephonyOf                          // telephony: {permission, of}: allow/deny
	AskTasks                                // tasks: TOGGLE: allow/deny
	AskDisk                                 // disk: PATH: a level
	AskDiskAction                           // disk: {path, action}: allow/deny
	AskVtigerModule                         // vtiger: {module, action}: allow/deny
)

// Question is one thing that can be asked about a user; tests, the CLI's
// explain and the wasm API share it.
type Question struct {
	Kind       QuestionKind `json:"kind"`
	Entity     string       `json:"entity,omitempty"`     // AskCRMCell
	Action     string       `json:"action,omitempty"`     // AskCRMCell, AskRecord, AskDiskAction, AskVtigerModule
	Stage      string       `json:"stage,omitempty"`      // AskCRMCell, optional
	Record     string       `json:"record,omitempty"`     // AskRecord
	Permission string       `json:"permission,omitempty"` // AskTelephony(Of)
	Of         string       `json:"of,omitempty"`         // AskTelephonyOf
	Toggle     string       `json:"toggle,omitempty"`     // AskTasks
	Path       string       `json:"path,omitempty"`       // AskDisk(Action)
	Module     string       `json:"module,omitempty"`     // AskVtigerModule
}

var questionKindWords = []string{"", "crm", "crm-settings", "record", "telephony", "telephony-of", "tasks", "disk", "disk-action", "vtiger"}

func (k QuestionKind) String() string {
	if int(k) < len(questionKindWords) && k >= 0 {
		return questionKindWords[k]
	}
	return ""
}

// MarshalText writes the kind as its word, for JSON.
func (k QuestionKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a kind word.
func (k *QuestionKind) UnmarshalText(b []byte) error {
	i := indexOf(questionKindWords, string(b))
	if i <= 0 {
		return fmt.Errorf("unknown question kind %q", b)
	}
	*k = QuestionKind(i)
	return nil
}

// Test is one entry of the tests block.
type Test struct {
	Name     string
	User     string
	Question Question
	Expect   string
	At       diag.Range
	UserAt   diag.Range
	EntityAt diag.Range // crm questions: the entity
	RefAt    diag.Range // the stage, record, `of` user or path asked about
}
