package config

import (
	"slices"
	"strings"
)

// The schema lists every key of the format. The reader checks keys against
// it and the docs generator prints the format reference from it, so the
// reference cannot drift from what the engine accepts.

// Field is one key of a mapping.
type Field struct {
	Key      string
	Required bool
	Type     string // for the reference: "text", "boolean", "list of X", ...
	Doc      string
	Shape    *Shape // the mapping below this key (or below each list item)
}

// Shape is a mapping of the format.
type Shape struct {
	Name    string
	Doc     string
	Fields  []Field
	Dynamic *Field // keys that are ids or words rather than fixed keys
}

// Field returns the field of a key.
func (s *Shape) Field(key string) *Field {
	for i := range s.Fields {
		if s.Fields[i].Key == key {
			return &s.Fields[i]
		}
	}
	return nil
}

// Keys lists the fixed keys, for did-you-mean.
func (s *Shape) Keys() []string {
	out := make([]string, len(s.Fields))
	for i, f := range s.Fields {
		out[i] = f.Key
	}
	return out
}

func actionFields(doc string) []Field {
	out := make([]Field, len(Actions))
	for i, a := range Actions {
		out[i] = Field{Key: a, Type: "level", Doc: doc}
	}
	return out
}

var (
	stageRowShape = &Shape{Name: "stage row", Doc: "Explicit levels for one stage; an action left out inherits the entity's value.",
		Fields: actionFields("Level of this action in this stage.")}
	entityShape = &Shape{Name: "entity permissions", Doc: "Levels of one entity in a role; an action left out is none.",
		Fields: append(actionFields("Level of this action for the entity."),
			Field{Key: "stages", Type: "mapping of stage id to stage row", Doc: "Per-stage rows (lead, deal and deal@PIPELINE only).",
				Shape: &Shape{Name: "stages", Dynamic: &Field{Key: "STAGE", Type: "stage row", Shape: stageRowShape}}})}
	subjectDoc      = "Subjects: user:ID, department:ID, department-tree:ID, group:ID, heads, everyone."
	assignmentShape = &Shape{Name: "assignment", Doc: "Gives a role to subjects.", Fields: []Field{
		{Key: "role", Required: true, Type: "role id", Doc: "The role given."},
		{Key: "to", Required: true, Type: "list of subjects", Doc: subjectDoc},
	}}
	questionCRM = &Shape{Name: "CRM question", Fields: []Field{
		{Key: "entity", Required: true, Type: "entity", Doc: "lead, deal, deal@PIPELINE, contact, ..."},
		{Key: "action", Required: true, Type: "action", Doc: "read, add, update, delete, export or import."},
		{Key: "stage", Type: "stage id", Doc: "Ask about one stage (lead, deal, deal@PIPELINE)."},
	}}
	questionTelephony = &Shape{Name: "telephony question", Fields: []Field{
		{Key: "permission", Required: true, Type: "telephony permission"},
		{Key: "of", Type: "user id", Doc: "Ask whether the user may act on this user's calls (allow/deny)."},
	}}
	questionDisk = &Shape{Name: "disk question", Fields: []Field{
		{Key: "path", Required: true, Type: "folder path"},
		{Key: "action", Type: "disk action", Doc: "read, add, edit, delete or share (allow/deny)."},
	}}
	questionVtiger = &Shape{Name: "vtiger question", Fields: []Field{
		{Key: "module", Required: true, Type: "module"},
		{Key: "action", Required: true, Type: "view, create, edit or delete"},
	}}
	testFields = []Field{
		{Key: "name", Type: "text", Doc: "What the test shows; printed on failure."},
		{Key: "user", Required: true, Type: "user id", Doc: "Whose access is asked about."},
		{Key: "expect", Required: true, Type: "level, allow or deny", Doc: "A level word for level questions, allow or deny for the others."},
		{Key: "crm", Type: "settings or CRM question", Doc: "A CRM cell's level, or `settings` (allow/deny).", Shape: questionCRM},
		{Key: "record", Type: "record id", Doc: "A record check; needs `action`."},
		{Key: "action", Type: "action", Doc: "The action of a record check."},
		{Key: "telephony", Type: "permission or telephony question", Doc: "A permission's level, or a check on another user's calls.", Shape: questionTelephony},
		{Key: "tasks", Type: "toggle", Doc: "A tasks permission (allow/deny)."},
		{Key: "disk", Type: "path or disk question", Doc: "A folder's level, or an action on it.", Shape: questionDisk},
		{Key: "vtiger", Type: "vtiger question", Doc: "May the user do the action on the module's records at all (steps 1 to 4).", Shape: questionVtiger},
	}
	testShape = &Shape{Name: "test", Doc: "One question about one user and its expected answer.", Fields: testFields}
	// questionShape is a test without its expectation, as explain is asked.
	questionShape = &Shape{Name: "question", Fields: slices.DeleteFunc(slices.Clone(testFields), func(f Field) bool { return f.Key == "expect" || f.Key == "name" })}

	// BitrixShape is the root of a bitrix24 configuration.
	BitrixShape = &Shape{Name: "bitrix24 configuration", Fields: []Field{
		{Key: "rolelens", Required: true, Type: "1", Doc: "Format version."},
		{Key: "system", Required: true, Type: "bitrix24 or vtiger", Doc: "The modelled platform."},
		{Key: "title", Type: "text", Doc: "Free text shown in views."},
		{Key: "org", Type: "mapping", Doc: "Departments, users and groups.", Shape: &Shape{Name: "org", Fields: []Field{
			{Key: "departments", Type: "list", Doc: "The department tree; a department without parent is a root.", Shape: &Shape{Name: "department", Fields: []Field{
				{Key: "id", Required: true, Type: "id"},
				{Key: "name", Type: "text"},
				{Key: "parent", Type: "department id"},
				{Key: "head", Type: "user id", Doc: "The head counts as a member of the department."},
			}}},
			{Key: "users", Type: "list", Shape: &Shape{Name: "user", Fields: []Field{
				{Key: "id", Required: true, Type: "id"},
				{Key: "name", Type: "text"},
				{Key: "departments", Type: "list of department ids", Doc: "A user may belong to several departments."},
				{Key: "admin", Type: "boolean", Doc: "Portal administrator: every right."},
				{Key: "extranet", Type: "boolean", Doc: "Extranet user: no CRM, not in `everyone`."},
			}}},
			{Key: "groups", Type: "list", Shape: &Shape{Name: "group", Fields: []Field{
				{Key: "id", Required: true, Type: "id"},
				{Key: "name", Type: "text"},
				{Key: "kind", Type: "workgroup or user-group"},
				{Key: "members", Type: "list of user ids"},
			}}},
		}}},
		{Key: "crm", Type: "mapping", Doc: "CRM roles and their assignments.", Shape: &Shape{Name: "crm", Fields: []Field{
			{Key: "precedence", Type: "maximum or personal-first", Doc: "How personal and group roles merge (default maximum, what the platform computes)."},
			{Key: "cumulative", Type: "boolean", Doc: "Default true: the open level also includes the subdepartments rule."},
			{Key: "pipelines", Type: "list", Doc: "Deal pipelines besides the default one.", Shape: &Shape{Name: "pipeline", Fields: []Field{
				{Key: "id", Required: true, Type: "id"},
				{Key: "name", Type: "text"},
				{Key: "stages", Required: true, Type: "list of stage ids"},
			}}},
			{Key: "stages", Type: "mapping", Doc: "Replaces the default stage lists.", Shape: &Shape{Name: "stage lists", Fields: []Field{
				{Key: "lead", Type: "list of stage ids"},
				{Key: "deal", Type: "list of stage ids"},
			}}},
			{Key: "roles", Type: "list", Shape: &Shape{Name: "CRM role", Fields: []Field{
				{Key: "id", Required: true, Type: "id"},
				{Key: "name", Type: "text"},
				{Key: "settings", Type: "boolean", Doc: "User may edit settings."},
				{Key: "permissions", Type: "mapping of entity to permissions", Shape: &Shape{Name: "permissions",
					Dynamic: &Field{Key: "ENTITY", Type: "entity permissions", Shape: entityShape}}},
			}}},
			{Key: "assignments", Type: "list", Shape: assignmentShape},
		}}},
		{Key: "records", Type: "list", Doc: "CRM records for record checks.", Shape: &Shape{Name: "CRM record", Fields: []Field{
			{Key: "id", Required: true, Type: "id"},
			{Key: "entity", Required: true, Type: "entity"},
			{Key: "responsible", Required: true, Type: "user id"},
			{Key: "stage", Type: "stage id"},
			{Key: "open", Type: "boolean", Doc: "Available to everyone."},
			{Key: "departments", Type: "list of department ids", Doc: "Departments the record was last saved under; default: the responsible's current ones."},
		}}},
		{Key: "telephony", Type: "mapping", Shape: &Shape{Name: "telephony", Fields: []Field{
			{Key: "roles", Type: "list", Shape: &Shape{Name: "telephony role", Fields: []Field{
				{Key: "id", Required: true, Type: "id"},
				{Key: "name", Type: "text"},
				{Key: "permissions", Type: "mapping", Shape: &Shape{Name: "telephony permissions", Fields: telephonyFields()}},
			}}},
			{Key: "assignments", Type: "list", Shape: assignmentShape},
		}}},
		{Key: "tasks", Type: "mapping", Shape: &Shape{Name: "tasks", Fields: []Field{
			{Key: "roles", Type: "list", Shape: &Shape{Name: "tasks role", Fields: []Field{
				{Key: "id", Required: true, Type: "id"},
				{Key: "name", Type: "text"},
				{Key: "allow", Type: "list of toggles"},
			}}},
			{Key: "assignments", Type: "list", Shape: assignmentShape},
		}}},
		{Key: "disk", Type: "mapping", Shape: &Shape{Name: "disk", Fields: []Field{
			{Key: "folders", Type: "list", Shape: &Shape{Name: "folder", Fields: []Field{
				{Key: "path", Required: true, Type: "folder path"},
				{Key: "owner", Type: "user id", Doc: "The owner has full access to the folder and below."},
				{Key: "grants", Type: "list", Shape: &Shape{Name: "grant", Fields: []Field{
					{Key: "to", Required: true, Type: "subject"},
					{Key: "level", Required: true, Type: "none, read, add, edit or full"},
				}}},
			}}},
		}}},
		{Key: "tests", Type: "list", Shape: testShape},
	}}

	// VtigerShape is the root of a vtiger configuration.
	VtigerShape = &Shape{Name: "vtiger configuration", Fields: []Field{
		{Key: "rolelens", Required: true, Type: "1", Doc: "Format version."},
		{Key: "system", Required: true, Type: "bitrix24 or vtiger", Doc: "The modelled platform."},
		{Key: "title", Type: "text"},
		{Key: "org", Type: "mapping", Shape: &Shape{Name: "org", Fields: []Field{
			{Key: "roles", Type: "list", Doc: "The role hierarchy.", Shape: &Shape{Name: "role", Fields: []Field{
				{Key: "id", Required: true, Type: "id"},
				{Key: "name", Type: "text"},
				{Key: "parent", Type: "role id"},
				{Key: "profiles", Type: "list of profile ids"},
			}}},
			{Key: "users", Type: "list", Shape: &Shape{Name: "user", Fields: []Field{
				{Key: "id", Required: true, Type: "id"},
				{Key: "name", Type: "text"},
				{Key: "role", Required: true, Type: "role id", Doc: "Exactly one role per user."},
				{Key: "admin", Type: "boolean", Doc: "Administrator: every action on every record."},
			}}},
			{Key: "groups", Type: "list", Shape: &Shape{Name: "group", Fields: []Field{
				{Key: "id", Required: true, Type: "id"},
				{Key: "name", Type: "text"},
				{Key: "members", Type: "list of subjects", Doc: "user:ID, role:ID, role-tree:ID, group:ID."},
			}}},
		}}},
		{Key: "profiles", Type: "list", Shape: &Shape{Name: "profile", Fields: []Field{
			{Key: "id", Required: true, Type: "id"},
			{Key: "name", Type: "text"},
			{Key: "view-all", Type: "boolean"},
			{Key: "edit-all", Type: "boolean"},
			{Key: "modules", Type: "mapping of module to actions", Doc: "A listed module is accessible.", Shape: &Shape{Name: "modules",
				Dynamic: &Field{Key: "MODULE", Type: "module permissions", Shape: &Shape{Name: "module permissions", Fields: []Field{
					{Key: "view", Type: "boolean"}, {Key: "create", Type: "boolean"}, {Key: "edit", Type: "boolean"}, {Key: "delete", Type: "boolean"},
				}}}}},
		}}},
		{Key: "sharing", Type: "mapping", Shape: &Shape{Name: "sharing", Fields: []Field{
			{Key: "defaults", Type: "mapping of module to default", Doc: "Organisation-wide defaults; a module without one is private.", Shape: &Shape{Name: "defaults",
				Dynamic: &Field{Key: "MODULE", Type: "private, public-read, public-read-create-edit or public-read-create-edit-delete"}}},
			{Key: "rules", Type: "list", Shape: &Shape{Name: "sharing rule", Fields: []Field{
				{Key: "module", Required: true, Type: "module"},
				{Key: "from", Required: true, Type: "subject", Doc: "Whose records are shared."},
				{Key: "to", Required: true, Type: "subject", Doc: "Who gets access."},
				{Key: "access", Required: true, Type: "read or read-write", Doc: "read: the shared records can be viewed; read-write: edited too."},
			}}},
		}}},
		{Key: "records", Type: "list", Shape: &Shape{Name: "vtiger record", Fields: []Field{
			{Key: "id", Required: true, Type: "id"},
			{Key: "module", Required: true, Type: "module"},
			{Key: "owner", Required: true, Type: "user id or group:ID"},
		}}},
		{Key: "tests", Type: "list", Shape: testShape},
	}}
)

func telephonyFields() []Field {
	out := make([]Field, len(TelephonyPermissions))
	for i, p := range TelephonyPermissions {
		out[i] = Field{Key: p, Type: "level", Doc: "Levels: " + strings.Join(TelephonyScale(p).Words, ", ") + "."}
	}
	return out
}
