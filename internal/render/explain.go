package render

import (
	"fmt"
	"io"
	"strings"

	"rolelens/engine/config"
	"rolelens/engine/resolve"
)

// Question renders a question the way tests write it.
func Question(q config.Question) string {
	switch q.Kind {
	case config.AskCRMCell:
		s := "crm " + q.Entity + "/" + q.Action
		if q.Stage != "" {
			s += "/" + q.Stage
		}
		return s
	case config.AskCRMSettings:
		return "crm settings"
	case config.AskRecord:
		return q.Action + " record " + q.Record
	case config.AskTelephony:
		return "telephony " + q.Permission
	case config.AskTelephonyOf:
		return "telephony " + q.Permission + " of " + q.Of
	case config.AskTasks:
		return "tasks " + q.Toggle
	case config.AskDisk:
		return "disk " + q.Path
	case config.AskDiskAction:
		return q.Action + " on disk " + q.Path
	case config.AskVtigerModule:
		return "vtiger " + q.Module + "/" + q.Action
	}
	return "?"
}

// ruleText says in a few words what each rule means.
var ruleText = map[resolve.Rule]string{
	resolve.RuleExtranet:       "extranet users have no CRM",
	resolve.RuleAdmin:          "administrators have every right",
	resolve.RuleNoRole:         "no role reaches the user",
	resolve.RuleDetailed:       "an explicit stage row beats inherited values",
	resolve.RulePersonalFirst:  "personal-first: personal roles replace group roles",
	resolve.RuleHighest:        "the highest level of the roles wins",
	resolve.RuleSettings:       "settings are allowed when any role allows them",
	resolve.RuleRecordOwn:      "level own: only records the user is responsible for",
	resolve.RuleRecordDept:     "level department: own records and records of the user's departments",
	resolve.RuleRecordSubdepts: "level subdepartments: own records and records of the user's departments and their subdepartments",
	resolve.RuleRecordOpen:     "level open: open records, own records and (cumulative) the subdepartments rule",
	resolve.RuleRecordAll:      "level all: every record",
	resolve.RuleRecordNone:     "level none: no record",
	resolve.RuleCallsOwn:       "level own: only the user's own calls",
	resolve.RuleCallsDept:      "level department: calls of users sharing a department",
	resolve.RuleCallsAll:       "level all: every call",
	resolve.RuleUnion:          "a user has the union of the toggles of their roles",
	resolve.RuleOwner:          "the folder's owner has full access",
	resolve.RuleGrant:          "the highest grant on the folder or an ancestor wins",
	resolve.RuleVtigerStep1:    "step 1: administrators may do everything",
	resolve.RuleVtigerStep2:    "step 2: a global privilege of the profile (view all / edit all)",
	resolve.RuleVtigerStep3:    "step 3: no profile of the role allows this action on the module",
	resolve.RuleVtigerStep4:    "step 4: the profile allows it, and creating needs nothing more",
	resolve.RuleVtigerStep5:    "step 5: the owner is the user or in a role below",
	resolve.RuleVtigerStep6:    "step 6: the owner is a group the user belongs to",
	resolve.RuleVtigerStep7:    "step 7: the module's organisation-wide default",
	resolve.RuleVtigerStep8:    "step 8: a sharing rule",
	resolve.RuleVtigerStep9:    "step 9: nothing grants access",
}

// RuleText returns the English sentence of a rule.
func RuleText(r resolve.Rule) string {
	if t, ok := ruleText[r]; ok {
		return t
	}
	return string(r)
}

var noteText = map[string]string{
	"no-crm-access":    "the user's read level is none on every entity: no CRM access at all",
	"stale-record":     "record %s was saved under other departments than its responsible's current ones; re-saving it fixes that",
	"head-direct-link": "as head of %s the user can still open this record through a direct link, though it is not in their lists",
}

// Reason is a one-line reason for an answer.
func Reason(e *resolve.Explanation) string {
	if e == nil {
		return ""
	}
	s := RuleText(e.Rule)
	for _, c := range e.Candidates {
		if c.Winner {
			s += "; from " + candidate(c)
			break
		}
	}
	return s
}

func candidate(c resolve.Candidate) string {
	var parts []string
	switch c.Source {
	case "grant":
		parts = append(parts, "grant on "+c.Stage+" to "+c.Subject)
	case "owner":
		parts = append(parts, "owner of "+c.Stage)
	case "profile":
		parts = append(parts, "profile "+c.Role)
	case "rule":
		parts = append(parts, "sharing rule from "+c.Stage+" to "+c.Subject)
	default:
		label := "role " + c.Role
		if c.Source == "builtin" {
			label = "built-in role " + c.Role
		}
		if c.Subject != "" {
			label += " via " + c.Subject
		}
		if c.Source == "stage" {
			label += ", stage " + c.Stage + " row"
		}
		parts = append(parts, label)
	}
	s := strings.Join(parts, "")
	s += ": " + c.Value
	if c.At.Start.Line > 0 {
		s += fmt.Sprintf(" (line %d)", c.At.Start.Line)
	}
	return s
}

// Explanation prints an explanation as the answer and its path.
func Explanation(w io.Writer, e *resolve.Explanation) {
	fmt.Fprintf(w, "%s · %s: %s\n", e.User, Question(e.Question), e.Answer)
	if e.Level != "" {
		fmt.Fprintf(w, "level used: %s\n", e.Level)
	}
	for _, r := range e.Rules {
		fmt.Fprintf(w, "  level by: %s\n", RuleText(r))
	}
	fmt.Fprintf(w, "decided by: %s\n", RuleText(e.Rule))
	if len(e.Candidates) > 0 {
		fmt.Fprintln(w, "candidates:")
		for _, c := range e.Candidates {
			mark := " "
			switch {
			case c.Winner:
				mark = "*"
			case c.Dropped != "":
				mark = "-"
			}
			line := fmt.Sprintf("  %s %s", mark, candidate(c))
			if c.Dropped != "" {
				line += " — dropped: " + RuleText(c.Dropped)
			}
			fmt.Fprintln(w, line)
		}
	}
	if len(e.Facts) > 0 {
		fmt.Fprintln(w, "facts:")
		for _, f := range e.Facts {
			v := strings.Join(f.Value, ", ")
			if v == "" {
				v = "(none)"
			}
			fmt.Fprintf(w, "  %s: %s\n", f.Name, v)
		}
	}
	for _, n := range e.Notes {
		t, ok := noteText[n.Code]
		if !ok {
			t = n.Code
		}
		args := make([]any, len(n.Args))
		for i, a := range n.Args {
			args[i] = a
		}
		if strings.Contains(t, "%") {
			t = fmt.Sprintf(t, args...)
		}
		fmt.Fprintf(w, "note: %s\n", t)
	}
}
