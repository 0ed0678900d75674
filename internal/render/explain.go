package render

import (
	"fmt"
	"io"
	"strings"

	"rolelens/engine/config"
	"rolelens/engine/i18n"
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

// RuleText returns the English sentence of a rule, from the label
// catalogue the other views translate.
func RuleText(r resolve.Rule) string {
	if t := i18n.Label("en", "rule."+string(r)); t != "rule."+string(r) {
		return t
	}
	return string(r)
}

// noteText returns the English sentence of a note, or its code.
func noteText(n resolve.Note) string {
	key := "note." + n.Code
	if i18n.Label("en", key) == key {
		return n.Code
	}
	return i18n.Format("en", key, n.Args...)
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
		fmt.Fprintf(w, "note: %s\n", noteText(n))
	}
}
