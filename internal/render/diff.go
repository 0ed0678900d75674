package render

import (
	"fmt"
	"io"
	"strings"

	"rolelens/engine/diff"
	"rolelens/engine/resolve"
)

// Diff prints the changes grouped per user, one aligned line each (user,
// what, old -> new, direction, reason), then the summary line. The user is
// repeated on every line so that the output can be filtered with grep.
func Diff(w io.Writer, r *diff.Report) {
	var rows [][]string
	for _, u := range r.Users {
		for _, ch := range u.Changes {
			rows = append(rows, []string{u.User, ChangeItem(ch), ch.Old + " -> " + ch.New, string(ch.Direction), changeReason(ch)})
		}
	}
	if len(rows) > 0 {
		Table(w, rows)
	}
	fmt.Fprintln(w, DiffSummary(r.Summary))
}

// ChangeItem names what changed: "deal/PREPARATION read", "settings",
// "telephony call", "record deal-3 update", "leads view scope".
func ChangeItem(ch diff.Change) string {
	switch ch.Kind {
	case diff.KindUser:
		return "user"
	case diff.KindCRM:
		return ch.Item + " " + ch.Action
	case diff.KindSettings:
		return "crm settings"
	case diff.KindTelephony:
		return "telephony " + ch.Item
	case diff.KindTasks:
		return "tasks " + ch.Item
	case diff.KindDisk:
		return "disk " + ch.Item
	case diff.KindRecord:
		return "record " + ch.Item + " " + ch.Action
	case diff.KindModule:
		return ch.Item + " " + ch.Action
	case diff.KindScope:
		return ch.Item + " " + ch.Action + " scope"
	}
	return ch.Item
}

func changeReason(ch diff.Change) string {
	var parts []string
	if ch.Reason != nil {
		e := &resolve.Explanation{Rule: ch.Reason.Rule}
		if ch.Reason.Winner != nil {
			e.Candidates = []resolve.Candidate{*ch.Reason.Winner}
		}
		parts = append(parts, Reason(e))
	}
	if n := len(ch.Stages); n > 0 {
		parts = append(parts, fmt.Sprintf("also %d %s: %s", n, plural(n, "stage", "stages"), strings.Join(ch.Stages, ", ")))
	}
	if len(parts) == 0 {
		return ""
	}
	return "(" + strings.Join(parts, "; ") + ")"
}

// DiffSummary is the closing line: users affected, gained, lost, and the
// other kinds of change where there are any.
func DiffSummary(s diff.Summary) string {
	line := fmt.Sprintf("%d %s affected, %d %s gained, %d lost", s.Users, plural(s.Users, "user", "users"), s.Gained, plural(s.Gained, "cell", "cells"), s.Lost)
	if s.RecordsGained+s.RecordsLost > 0 {
		line += fmt.Sprintf("; record checks: %d gained, %d lost", s.RecordsGained, s.RecordsLost)
	}
	if s.Changed > 0 {
		line += fmt.Sprintf(", %d changed", s.Changed)
	}
	if s.Added > 0 {
		line += fmt.Sprintf(", %d %s added", s.Added, plural(s.Added, "user", "users"))
	}
	if s.Removed > 0 {
		line += fmt.Sprintf(", %d %s removed", s.Removed, plural(s.Removed, "user", "users"))
	}
	return line
}
