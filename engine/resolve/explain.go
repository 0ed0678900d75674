package resolve

import "rolelens/engine/diag"

// Rule names the rule that decided or dropped something. The ids are
// stable: views render them per language, tests and docs key on them.
type Rule string

const (
	RuleExtranet       Rule = "extranet"                 // SPEC 1.4 step 1
	RuleAdmin          Rule = "admin"                    // SPEC 1.4 step 1
	RuleNoRole         Rule = "no-role"                  // SPEC 1.4 step 2
	RuleDetailed       Rule = "detailed-beats-inherited" // SPEC 1.4 step 3
	RulePersonalFirst  Rule = "personal-first"           // SPEC 1.4 step 4
	RuleHighest        Rule = "highest-wins"             // SPEC 1.4 step 5
	RuleSettings       Rule = "settings-any-role"        // SPEC 1.4, settings
	RuleRecordOwn      Rule = "record-own"               // SPEC 1.5
	RuleRecordDept     Rule = "record-department"
	RuleRecordSubdepts Rule = "record-subdepartments"
	RuleRecordOpen     Rule = "record-open"
	RuleRecordAll      Rule = "record-all"
	RuleRecordNone     Rule = "record-none"
	RuleCallsOwn       Rule = "calls-own" // SPEC 1.6 checks of another user's calls
	RuleCallsDept      Rule = "calls-department"
	RuleCallsAll       Rule = "calls-all"
	RuleUnion          Rule = "union-of-roles" // SPEC 1.7
	RuleOwner          Rule = "folder-owner"   // SPEC 1.8
	RuleGrant          Rule = "highest-grant"
	RuleNotReached     Rule = "subject-not-reached" // a candidate whose subject misses the user
	RuleVtigerStep1    Rule = "vtiger-step-1"
	RuleVtigerStep2    Rule = "vtiger-step-2"
	RuleVtigerStep3    Rule = "vtiger-step-3"
	RuleVtigerStep4    Rule = "vtiger-step-4"
	RuleVtigerStep5    Rule = "vtiger-step-5"
	RuleVtigerStep6    Rule = "vtiger-step-6"
	RuleVtigerStep7    Rule = "vtiger-step-7"
	RuleVtigerStep8    Rule = "vtiger-step-8"
	RuleVtigerStep9    Rule = "vtiger-step-9"
)

// Candidate is one value that took part in a decision: a role's level, a
// grant, a profile. Dropped says which rule removed it; Winner marks the
// value the answer came from.
type Candidate struct {
	Role     string `json:"role,omitempty"`
	RoleName string `json:"roleName,omitempty"`
	Subject  string `json:"subject,omitempty"`
	// SubjectName is the name the text gives the subject's user,
	// department, group or vtiger role, when it gives one.
	SubjectName string     `json:"subjectName,omitempty"`
	Personal    bool       `json:"personal,omitempty"`
	Source      string     `json:"source"` // entity, stage, role, builtin, grant, owner, profile, rule
	Stage       string     `json:"stage,omitempty"`
	Value       string     `json:"value"`
	At          diag.Range `json:"at"`
	Dropped     Rule       `json:"dropped,omitempty"`
	Winner      bool       `json:"winner,omitempty"`
}

// Fact is something about a record or the organisation an answer used.
type Fact struct {
	Name  string     `json:"name"` // responsible, departments, saved-departments, stale, open, owner, role-path, ...
	Value []string   `json:"value"`
	At    diag.Range `json:"at,omitempty"`
}

// Note is a remark for the reader, rendered per language from its code.
type Note struct {
	Code string   `json:"code"` // no-crm-access, stale-record, head-direct-link, ...
	Args []string `json:"args,omitempty"`
}

// Explanation is the answer to one question and the path to it.
type Explanation struct {
	User       string      `json:"user"`
	Question   Question    `json:"question"`
	Answer     string      `json:"answer"`          // a level word, or allow/deny
	Level      string      `json:"level,omitempty"` // record and call checks: the level the check used
	Rule       Rule        `json:"rule"`            // the rule that decided
	Rules      []Rule      `json:"rules,omitempty"` // earlier rules on the way (a record check's level rule)
	Candidates []Candidate `json:"candidates,omitempty"`
	Facts      []Fact      `json:"facts,omitempty"`
	Notes      []Note      `json:"notes,omitempty"`
}

func (e *Explanation) note(code string, args ...string) {
	if e != nil {
		e.Notes = append(e.Notes, Note{Code: code, Args: args})
	}
}

func (e *Explanation) fact(name string, at diag.Range, value ...string) {
	if e != nil {
		e.Facts = append(e.Facts, Fact{Name: name, Value: value, At: at})
	}
}

func (e *Explanation) decide(r Rule) {
	if e != nil {
		e.Rule = r
	}
}
