package resolve

import (
	"strings"

	"rolelens/engine/config"
)

// RecordAllowed is the fast record check (SPEC 1.5, or SPEC 2 for vtiger):
// may the user do the action on the record. Unknown ids give an error.
func (rs *Resolver) RecordAllowed(userID, recordID, action string) (bool, error) {
	u, ok := rs.userIx[userID]
	if !ok {
		return false, qerr("E202", userID)
	}
	i, ok := rs.recordIx[recordID]
	if !ok {
		return false, qerr("E207", recordID)
	}
	if rs.cfg.System == config.Vtiger {
		a := indexOf(config.VtigerActions, action)
		if a < 0 {
			return false, qerr("E110", action, "record", strings.Join(config.VtigerActions, ", "))
		}
		return rs.vtigerRecord(u, i, config.VAction(a), nil), nil
	}
	a, ok := config.ActionIndex(action)
	if !ok {
		return false, qerr("E110", action, "record", strings.Join(config.Actions, ", "))
	}
	return rs.recordAllowed(u, i, a, nil), nil
}

// HeadDirectLink is the department through which a head opens a record by
// a direct link although their lists do not show it for the action (SPEC
// 1.5), or "": what Explain notes as head-direct-link, without the
// explanation. Unknown users, records and actions, and vtiger, give "".
func (rs *Resolver) HeadDirectLink(userID, recordID, action string) string {
	u, ok := rs.userIx[userID]
	i, ok2 := rs.recordIx[recordID]
	a, ok3 := config.ActionIndex(action)
	if !ok || !ok2 || !ok3 || rs.cfg.System == config.Vtiger {
		return ""
	}
	rec := rs.cfg.Records[i]
	level := rs.crmOfUser(u).Level(rec.Entity, a, rec.Stage)
	listed, _ := rs.listed(u, rec, level, rs.recordDepts[i])
	return rs.headLink(u, rec, level, listed)
}

// RoleRef is one role reaching a user through one subject.
type RoleRef struct {
	Role       string             `json:"role"`
	Subject    config.Subject     `json:"-"`
	SubjectStr string             `json:"subject"`
	Personal   bool               `json:"personal,omitempty"`
	Assignment *config.Assignment `json:"-"`
}

// Roles lists the roles of a section ("crm", "telephony" or "tasks") that
// reach a user, one entry per (role, subject) pair, in assignment order.
func (rs *Resolver) Roles(userID, section string) []RoleRef {
	u, ok := rs.userIx[userID]
	if !ok || rs.cfg.System != config.Bitrix24 {
		return nil
	}
	var ps []pair
	var id func(int) string
	switch section {
	case "crm":
		ps, id = rs.crmPairs[u], func(i int) string { return rs.cfg.CRM.Roles[i].ID }
	case "telephony":
		ps, id = rs.telPairs[u], func(i int) string { return rs.telRoles[i].ID }
	case "tasks":
		ps, id = rs.taskPairs[u], func(i int) string { return rs.taskRoles[i].ID }
	default:
		return nil
	}
	out := make([]RoleRef, len(ps))
	for i, p := range ps {
		out[i] = RoleRef{Role: id(int(p.role)), Subject: rs.sources[p.src].subject, SubjectStr: rs.sources[p.src].subject.String(), Personal: p.personal, Assignment: rs.sources[p.src].via}
	}
	return out
}

// RoleUsers returns the ids of the users a role reaches, in file order:
// for bitrix24 a CRM role through any subject, for vtiger the users who
// hold the role.
func (rs *Resolver) RoleUsers(role string) []string {
	var out []string
	if rs.cfg.System == config.Vtiger {
		for _, user := range rs.users {
			if user.Role == role {
				out = append(out, user.ID)
			}
		}
		return out
	}
	ri := crmRoleIndex(rs.cfg, role)
	if ri < 0 {
		return nil
	}
	for u, ps := range rs.crmPairs {
		for _, p := range ps {
			if int(p.role) == ri {
				out = append(out, rs.users[u].ID)
				break
			}
		}
	}
	return out
}

// Members returns the ids of the users a subject contains, in file order.
func (rs *Resolver) Members(s config.Subject) []string {
	var out []string
	if rs.cfg.System == config.Vtiger {
		for u, user := range rs.users {
			if rs.vcontains(s, u) {
				out = append(out, user.ID)
			}
		}
		return out
	}
	for _, u := range rs.membersOf(s) {
		out = append(out, rs.users[u].ID)
	}
	return out
}
