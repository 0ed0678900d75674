package lint

import "rolelens/engine/diag"

// Code is a finding's stable identifier. Codes never change meaning once
// released; tools, tests and the docs key on them, not on the wording.
type Code string

// Severity says how much a finding matters: a warning is probably a
// mistake, info is worth knowing.
type Severity string

const (
	Warning Severity = "warning"
	Info    Severity = "info"
)

// CodeInfo documents one code. Message and Fix are English formats: {0},
// {1}, ... stand for the finding's Args (Message) and FixArgs (Fix); the
// German and Russian ones are in messages_de.go and messages_ru.go.
type CodeInfo struct {
	Code     Code     `json:"code"`
	Severity Severity `json:"severity"`
	Name     string   `json:"name"` // a short slug, used as the docs anchor
	Message  string   `json:"message"`
	Doc      string   `json:"doc"` // one sentence for the reference page
	Fix      string   `json:"fix"`
}

// The table of every finding code. L1xx: bitrix24; L2xx: vtiger.
var table = []CodeInfo{
	{"L101", Warning, "stage-row-lowers",
		"{2} {3} at stage {1} is {4} by the explicit row of {0}, though other roles give {5}",
		"An explicit stage row (`none` included) replaces the entity values of every other role of the user for that stage, so it can take away what another role gives.",
		"remove {3} from the {1} {2} row of {0}, or set it to the level these users should have"},
	{"L102", Warning, "precedence-differs",
		"{0}: {1} {2} is {3} under precedence maximum and {4} under personal-first",
		"The platform takes the highest level (maximum) while one of its help pages says personal roles replace group roles (personal-first); the two disagree for this user.",
		"make the personal role of {0} give {1} {2} the level you intend, or remove the personal assignment"},
	{"L103", Warning, "stale-record",
		"record {0} was saved under {1}, but its responsible {2} is now in {3}",
		"Record checks use the departments a record was saved under; after a move they differ from the responsible's current ones.",
		"re-save record {0}, or mark it open if everyone should see it"},
	{"L104", Warning, "no-crm-access",
		"{0} has CRM roles but read is none on every entity: no CRM access at all",
		"A user whose roles give no read level on any entity cannot open the CRM at all.",
		"give {0} a role that reads at least one entity, or remove their roles"},
	{"L105", Info, "no-role",
		"{0} has no CRM role",
		"A user without any CRM role has no CRM access; often a department was left out of the assignments.",
		"assign a CRM role to {0} or to one of their departments"},
	{"L106", Warning, "extranet-role",
		"{0} is an extranet user; role {1} given through {2} has no effect",
		"Extranet users have no CRM, so roles assigned to them do nothing.",
		"remove {0} from the assignment of {1}"},
	{"L107", Info, "redundant-stage-row",
		"the {3} {1} row of role {0} repeats what inheritance gives for {2}",
		"A stage row that changes nobody's level only makes the rights slower to compute and harder to read.",
		"remove {2} from the {3} {1} row of role {0}"},
	{"L108", Info, "role-unassigned",
		"{0} role {1} is never assigned",
		"A role that no assignment names gives nothing to anyone.",
		"assign role {1} or delete it"},
	{"L109", Warning, "empty-subject",
		"{0} in the {1} assignment of role {2} reaches nobody",
		"An assignment or grant to a department or group without members gives nothing.",
		"add members to {0}, or remove it from the assignment"},
	{"L110", Warning, "tree-overlap",
		"{0} (role {1}) overlaps {2} (role {3})",
		"A `department-tree` assignment that also reaches users of another assignment makes them hold both roles; the help pages advise one assignment per user and department.",
		"assign {0} to single departments, or give the overlapping users one role that says what they need"},
	{"L111", Info, "head-direct-link",
		"{0} heads {1} and can open record {2} through a direct link, though it is not in their lists",
		"A department head at level department or subdepartments can open records of his whole subtree through a direct link, which lists do not show.",
		"raise the read level of {0} to subdepartments if that is intended, or accept that direct links open more than lists show"},

	{"L201", Warning, "rule-ineffective",
		"the {2} rule on {0} cannot take effect: the module default is {1}",
		"Sharing rules take effect only while the module default is private or public-read, and a read rule adds nothing to public-read.",
		"remove the rule, or set the default of {0} to private"},
	{"L202", Info, "global-privilege",
		"profile {0} has {1}: its users see every record of {2} despite the private default",
		"The global privileges view-all and edit-all skip the sharing defaults, so a private default does not limit users of such a profile.",
		"clear {1} on profile {0} if its users should only see what sharing gives them"},
	{"L203", Info, "peers-hidden",
		"members of group {0} cannot see each other's {1} records",
		"Users in the same group, who are peers or in roles beside each other, do not see each other's records under a private default, though the group suggests they work together.",
		"add a sharing rule for {1} from group:{0} to group:{0}, or let the group own the records"},
	{"L204", Warning, "group-owner-no-module",
		"record {0} is owned by group {1}, but members lack the {2} module",
		"A group's records are visible to its members only if their profiles list the module.",
		"add the {2} module to the profiles of these members, or take them out of group {1}"},
}

var byCode = func() map[Code]*CodeInfo {
	m := make(map[Code]*CodeInfo, len(table))
	for i := range table {
		m[table[i].Code] = &table[i]
	}
	return m
}()

// Codes returns the table of every code, in order (for docs and tests).
func Codes() []CodeInfo { return append([]CodeInfo(nil), table...) }

// Lookup returns the documentation of a code.
func Lookup(c Code) (CodeInfo, bool) {
	i, ok := byCode[c]
	if !ok {
		return CodeInfo{}, false
	}
	return *i, true
}

// text is one code's message and fix in a language other than English,
// with the placeholders of the English formats.
type text struct {
	Message string
	Fix     string
}

// catalogues maps a language to its texts by code; English comes from the
// code table itself so it cannot drift from it. The languages are those of
// diag.Languages.
var catalogues = map[string]map[Code]text{"de": messagesDE, "ru": messagesRU}

// Message renders a finding's English message.
func Message(f Finding) string {
	if i, ok := byCode[f.Code]; ok {
		return diag.Fill(i.Message, f.Args)
	}
	return string(f.Code)
}

// FixText renders a finding's English fix.
func FixText(f Finding) string {
	if i, ok := byCode[f.Code]; ok {
		return diag.Fill(i.Fix, f.FixArgs)
	}
	return ""
}

// MessageIn renders a finding's message in lang (en, de or ru); unknown
// languages and missing entries fall back to English.
func MessageIn(f Finding, lang string) string {
	if t := catalogues[lang][f.Code]; t.Message != "" {
		return diag.Fill(t.Message, f.Args)
	}
	return Message(f)
}

// FixTextIn renders a finding's fix in lang (en, de or ru); unknown
// languages and missing entries fall back to English.
func FixTextIn(f Finding, lang string) string {
	if t := catalogues[lang][f.Code]; t.Fix != "" {
		return diag.Fill(t.Fix, f.FixArgs)
	}
	return FixText(f)
}
