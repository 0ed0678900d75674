package diag

// Code is a diagnostic's stable identifier. Codes never change meaning once
// released: tools, tests and the docs key on them, not on the wording.
type Code string

// Info documents one code. Message is the English catalogue entry; {0},
// {1}, ... stand for the diagnostic's arguments in order.
type Info struct {
	Code     Code
	Severity Severity
	Name     string // a short slug, used as the docs anchor
	Message  string
	Doc      string // one sentence for the reference page
}

// The table of every diagnostic code. E0xx: input as a whole; E1xx: keys
// and value words; E2xx: ids and references; E3xx: the tests block.
var table = []Info{
	{"E001", Error, "yaml-syntax", "YAML syntax error: {0}", "The text is not valid YAML; the position is where the YAML parser gave up."},
	{"E002", Error, "input-too-large", "the configuration is {0} bytes; the limit is {1}", "Inputs over 16 MiB are refused before parsing."},
	{"E003", Error, "too-deep", "nesting deeper than {0} levels", "Mappings and lists nested more than 100 levels deep are refused."},
	{"E004", Error, "alias-budget", "YAML aliases expand to more than {0} nodes", "Anchors and aliases may repeat parts of a file, but their expansion is bounded so that a small file cannot blow up."},
	{"E005", Error, "too-many", "more than {1} {0}", "Counts are bounded: 100,000 users, 20,000 departments, and 100,000 of every other list."},
	{"E006", Error, "wrong-kind", "expected {0}, found {1}", "A value has the wrong shape, such as a list where a mapping belongs."},
	{"E007", Error, "version", "unsupported format version \"{0}\"; this rolelens reads version 1", "The key `rolelens` must be present and say 1."},
	{"E008", Error, "several-documents", "a configuration is one YAML document; found another one here", "Only one document per file; split configurations into files."},
	{"E009", Error, "empty", "the configuration is empty", "An empty file or an empty document is not a configuration."},
	{"E010", Error, "invalid-utf8", "the text is not valid UTF-8", "Configurations are UTF-8 text."},
	{"E011", Error, "value-too-long", "a value of {0} characters; the limit is {1}", "Ids, names and titles are at most 4,096 characters long: longer ones are refused, so that views stay usable."},

	{"E101", Error, "unknown-key", "unknown key \"{0}\"", "A key that the format does not define at this place."},
	{"E102", Error, "missing-key", "missing required key \"{0}\"", "A key that must be present at this place."},
	{"E103", Error, "duplicate-key", "key \"{0}\" appears twice", "A mapping repeats a key; YAML keeps only one of them, so this is an error."},
	{"E104", Error, "unknown-level", "unknown level \"{0}\"; levels here: {1}", "A level word that the permission does not know."},
	{"E105", Error, "level-not-allowed", "level \"{0}\" is not allowed for \"{1}\"; allowed: {2}", "A known level that this entity or permission does not take, such as `own` on `webform`."},
	{"E106", Error, "unknown-word", "unknown value \"{0}\" for \"{1}\"; expected one of: {2}", "A value word that the key does not take."},
	{"E107", Error, "not-boolean", "\"{0}\" must be true or false, found {1}", "A flag that is not a YAML boolean."},
	{"E108", Error, "unknown-system", "unknown system \"{0}\"; expected bitrix24 or vtiger", "The key `system` names the modelled platform."},
	{"E109", Error, "unknown-entity", "unknown CRM entity \"{0}\"", "Entities: lead, deal, deal@PIPELINE, contact, company, quote, invoice, webform, widget."},
	{"E110", Error, "unknown-action", "unknown action \"{0}\" for \"{1}\"; actions: {2}", "An action word that the entity, module or folder does not have."},
	{"E111", Error, "unknown-subject-kind", "unknown subject kind \"{0}\"; kinds: {1}", "A subject is user:ID, department:ID, department-tree:ID, group:ID, heads or everyone (vtiger: user:, role:, role-tree:, group:)."},
	{"E112", Error, "unknown-module", "unknown module \"{0}\"", "vtiger modules: leads, accounts, contacts, potentials, quotes, invoices, tickets, campaigns."},
	{"E113", Error, "unknown-permission", "unknown telephony permission \"{0}\"", "Telephony permissions: call-detail, call-record-listen, call-record-modify, user-settings, call, settings, lines, balance."},
	{"E114", Error, "unknown-toggle", "unknown tasks permission \"{0}\"", "A task toggle that the platform does not have."},
	{"E115", Error, "stages-not-allowed", "entity \"{0}\" has no stages", "Stage rows exist for lead, deal and deal@PIPELINE only."},
	{"E116", Error, "invalid-id", "invalid id \"{0}\": use letters, digits, '-', '_' and '.', starting with a letter or digit", "Ids are short words; names carry the free text."},
	{"E117", Error, "invalid-path", "invalid folder path \"{0}\": it starts with '/' and has no empty segment or trailing '/'", "Disk folder paths are absolute, like /Sales/Offers."},
	{"E118", Error, "not-string", "\"{0}\" must be text, found {1}", "A value that must be a plain string."},
	{"E119", Error, "wrong-system-section", "section \"{0}\" belongs to \"{1}\" configurations", "A section of the other platform's format, such as `profiles` under bitrix24."},

	{"E201", Error, "duplicate-id", "{0} \"{1}\" is defined twice", "Ids are unique within their kind."},
	{"E202", Error, "unknown-user", "unknown user \"{0}\"", "A reference to a user that is not defined under org.users."},
	{"E203", Error, "unknown-department", "unknown department \"{0}\"", "A reference to a department that is not defined under org.departments."},
	{"E204", Error, "unknown-group", "unknown group \"{0}\"", "A reference to a group that is not defined under org.groups."},
	{"E205", Error, "unknown-role", "unknown role \"{0}\"", "A reference to a role that is not defined (and, for telephony and tasks, is not built in)."},
	{"E206", Error, "unknown-profile", "unknown profile \"{0}\"", "A vtiger role lists a profile that is not defined."},
	{"E207", Error, "unknown-record", "unknown record \"{0}\"", "A test names a record that is not defined."},
	{"E208", Error, "unknown-stage", "unknown stage \"{0}\" for \"{1}\"", "A stage id that the entity's stage list or the pipeline does not have."},
	{"E209", Error, "unknown-pipeline", "unknown pipeline \"{0}\"", "deal@PIPELINE names a pipeline that is not defined under crm.pipelines."},
	{"E210", Error, "department-cycle", "department \"{0}\" is its own ancestor: {1}", "Department parents form a cycle."},
	{"E211", Error, "role-cycle", "role \"{0}\" is its own ancestor: {1}", "vtiger role parents form a cycle."},
	{"E212", Error, "group-cycle", "group \"{0}\" contains itself: {1}", "vtiger groups nest in a cycle."},
	{"E213", Error, "unknown-folder", "unknown disk folder \"{0}\"", "A test asks about a path that is neither a folder nor below one."},

	{"E301", Error, "test-question", "a test asks exactly one question; found {0}", "A test has one of crm, record, telephony, tasks, disk or vtiger."},
	{"E302", Error, "test-expect", "expect \"{0}\" does not answer this question; expected one of: {1}", "Level questions expect a level word; the others allow or deny."},
	{"E303", Error, "test-question-system", "question \"{0}\" does not exist in \"{1}\" configurations", "crm, telephony, tasks and disk belong to bitrix24; vtiger to vtiger."},
	{"E304", Error, "test-of-not-allowed", "permission \"{0}\" has no levels over other users' calls", "`of` is for call-detail, call-record-listen, call-record-modify and user-settings."},
}

var byCode = func() map[Code]*Info {
	m := make(map[Code]*Info, len(table))
	for i := range table {
		m[table[i].Code] = &table[i]
	}
	return m
}()

// Codes returns the table of every code, in order (for docs and tests).
func Codes() []Info { return append([]Info(nil), table...) }

// Lookup returns the documentation of a code.
func Lookup(c Code) (Info, bool) {
	i, ok := byCode[c]
	if !ok {
		return Info{}, false
	}
	return *i, true
}

// New makes a diagnostic with the severity its code has in the table.
func New(c Code, r Range, args ...string) Diagnostic {
	sev := Error
	if i, ok := byCode[c]; ok {
		sev = i.Severity
	}
	return Diagnostic{Code: c, Severity: sev, Range: r, Args: args}
}
