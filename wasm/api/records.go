package api

import (
	"rolelens/engine/config"
	"rolelens/engine/resolve"
)

// MaxRecordRows bounds the rows of one records answer: the page shows a
// table, and 10,000 rows of it help nobody (total says how many there are).
const MaxRecordRows = 1000

// RecordInfo is a record as the records view lists it.
type RecordInfo struct {
	ID          string `json:"id"`
	Entity      string `json:"entity,omitempty"` // bitrix24 entity or vtiger module
	Responsible string `json:"responsible,omitempty"`
	Stage       string `json:"stage,omitempty"`
	Stale       bool   `json:"stale,omitempty"`
}

// UserInfo is a user as the records view offers them.
type UserInfo struct {
	User string `json:"user"`
	Name string `json:"name,omitempty"`
	// Useful marks users whose answers are worth showing first: not
	// admins, extranet users or users without CRM access.
	Useful bool `json:"useful"`
}

// RecordRow is one row of answers, one per action: a record's for the
// asked user, or a user's for the asked record.
type RecordRow struct {
	RecordInfo
	User    string   `json:"user,omitempty"`
	Name    string   `json:"name,omitempty"`
	Answers []string `json:"answers"` // "allow" or "deny"
}

type recordsResult struct {
	checked
	Actions       []string     `json:"actions"`
	Records       []RecordInfo `json:"records"`
	Users         []UserInfo   `json:"users"`
	Rows          []RecordRow  `json:"rows"`
	Total         int          `json:"total"` // rows before MaxRecordRows cut
	QuestionError *Diagnostic  `json:"questionError,omitempty"`
}

// Records answers the records view: with options.user, which records the
// user may read, update and delete (view, edit, delete in vtiger); with
// options.record, who may. Every answer is the fast record check that
// explain details.
func Records(text, opts string) []byte { return recordsDoc(loaded(text), opts) }

func recordsDoc(doc source, opts string) []byte {
	o, bad := options(opts)
	if bad != nil {
		return bad
	}
	d := doc()
	r := recordsResult{checked: header(d, o.Lang), Records: []RecordInfo{}, Users: []UserInfo{}, Rows: []RecordRow{}}
	if !d.OK() {
		return encode(r)
	}
	rs := d.Resolver()
	cfg := d.Config
	r.Actions = []string{"read", "update", "delete"}
	if cfg.System == config.Vtiger {
		r.Actions = []string{"view", "edit", "delete"}
	}
	for _, rec := range cfg.Records {
		r.Records = append(r.Records, recordInfo(rs, rec))
	}
	for i, u := range rs.Users() {
		useful := !u.Admin && !u.Extranet
		if crm := rs.CRMAt(i); crm != nil && crm.NoAccess {
			useful = false
		}
		r.Users = append(r.Users, UserInfo{User: u.ID, Name: u.Name, Useful: useful})
	}
	answers := func(user, record string) ([]string, error) {
		out := make([]string, len(r.Actions))
		for k, a := range r.Actions {
			ok, err := rs.RecordAllowed(user, record, a)
			if err != nil {
				return nil, err
			}
			out[k] = "deny"
			if ok {
				out[k] = "allow"
			}
		}
		return out, nil
	}
	// add answers one (user, record) pair into a row; rows stop at
	// MaxRecordRows, the total counts on.
	var err error
	add := func(user, record string, row RecordRow) bool {
		row.Answers, err = answers(user, record)
		if err != nil {
			return false
		}
		r.Total++
		if len(r.Rows) < MaxRecordRows {
			r.Rows = append(r.Rows, row)
		}
		return true
	}
	switch {
	case o.User != "":
		for k, rec := range cfg.Records {
			if !add(o.User, rec.ID, RecordRow{RecordInfo: r.Records[k]}) {
				break
			}
		}
	case o.Record != "":
		for _, u := range r.Users {
			if !add(u.User, o.Record, RecordRow{User: u.User, Name: u.Name}) {
				break
			}
		}
	}
	if err != nil {
		r.Rows, r.Total = []RecordRow{}, 0
		r.QuestionError = questionDiagnostic(err, o.Lang)
	}
	return encode(r)
}

func recordInfo(rs *resolve.Resolver, rec *config.Record) RecordInfo {
	if rs.Config().System == config.Vtiger {
		owner := rec.Owner.ID
		if rec.Owner.Kind == config.SubGroup {
			owner = rec.Owner.String()
		}
		return RecordInfo{ID: rec.ID, Entity: rec.Module, Responsible: owner}
	}
	return RecordInfo{ID: rec.ID, Entity: rec.Entity, Responsible: rec.Responsible, Stage: rec.Stage, Stale: rs.Stale(rec)}
}
