// Package diff compares two configurations user by user: every CRM cell,
// the settings flag, telephony permissions, task toggles, disk folders,
// record checks and vtiger module permissions that change, each as gained
// or lost with the old and new answer and the reason for the new one. It
// answers "what happens when I press Save (or Recalculate)".
package diff

import (
	"errors"
	"sort"
	"strings"

	"rolelens/engine/config"
	"rolelens/engine/resolve"
)

// Direction says which way an answer moved.
type Direction string

const (
	Gained  Direction = "gained"  // a higher level, allow instead of deny, more records
	Lost    Direction = "lost"    // the opposite
	Changed Direction = "changed" // neither wider nor narrower (vtiger scopes)
	Added   Direction = "added"   // the user exists only in the new configuration
	Removed Direction = "removed" // the user exists only in the old one
)

// Kind says what a change is about.
type Kind string

const (
	KindUser      Kind = "user"
	KindCRM       Kind = "crm"       // Item: ENTITY or ENTITY/STAGE, Action
	KindSettings  Kind = "settings"  // crm settings
	KindTelephony Kind = "telephony" // Item: permission
	KindTasks     Kind = "tasks"     // Item: toggle
	KindDisk      Kind = "disk"      // Item: folder path
	KindRecord    Kind = "record"    // Item: record id, Action
	KindModule    Kind = "module"    // vtiger; Item: module, Action
	KindScope     Kind = "scope"     // vtiger; Item: module, Action; Old/New: scope sources
)

// Reason is why the new answer is what it is: the rule that decided and
// the value it came from. Renderers phrase it.
type Reason struct {
	Rule   resolve.Rule       `json:"rule"`
	Winner *resolve.Candidate `json:"winner,omitempty"`
	Notes  []resolve.Note     `json:"notes,omitempty"`
}

// Change is one answer that differs.
type Change struct {
	Kind      Kind      `json:"kind"`
	Item      string    `json:"item,omitempty"`
	Action    string    `json:"action,omitempty"`
	Old       string    `json:"old"`
	New       string    `json:"new"`
	Direction Direction `json:"direction"`
	// Stages lists the stages whose cells changed exactly as this entity
	// cell did; they are folded into it rather than repeated.
	Stages []string `json:"stages,omitempty"`
	Reason *Reason  `json:"reason,omitempty"`
}

// UserChanges is every change of one user.
type UserChanges struct {
	User    string   `json:"user"`
	Changes []Change `json:"changes"`
}

// Summary counts the changes: cells are every answer but record checks,
// which are counted apart.
type Summary struct {
	Users         int `json:"users"` // users affected
	Gained        int `json:"gained"`
	Lost          int `json:"lost"`
	Changed       int `json:"changed"`
	RecordsGained int `json:"recordsGained"`
	RecordsLost   int `json:"recordsLost"`
	Added         int `json:"added"`
	Removed       int `json:"removed"`
}

// Report is the difference between two configurations.
type Report struct {
	System  string        `json:"system"`
	Users   []UserChanges `json:"users"`
	Summary Summary       `json:"summary"`
}

// ErrSystems is returned when the configurations model different platforms.
var ErrSystems = errors.New("the configurations model different systems")

// ErrInvalid is returned when a configuration has errors.
var ErrInvalid = errors.New("a configuration has errors; fix them before comparing")

// Compare lists what changes from old to new. Both configurations must be
// valid; users are listed in the new file's order, then removed users.
func Compare(old, new *resolve.Resolver) (*Report, error) {
	oc, nc := old.Config(), new.Config()
	if oc.System != nc.System {
		return nil, ErrSystems
	}
	rep := &Report{System: string(nc.System), Users: []UserChanges{}}
	c := &comparer{old: old, new: new, oc: oc, nc: nc}
	c.entities = union(nc.AllEntities(), oc.AllEntities())
	for _, e := range c.entities {
		c.stages = append(c.stages, union(nc.Stages(e), oc.Stages(e)))
	}
	c.paths = c.folders()
	c.shared = c.recordIDs()
	var ids []string
	inNew := map[string]bool{}
	for _, u := range new.Users() {
		ids = append(ids, u.ID)
		inNew[u.ID] = true
	}
	for _, u := range old.Users() {
		if !inNew[u.ID] {
			ids = append(ids, u.ID)
		}
	}
	for _, id := range ids {
		var ch []Change
		switch {
		case oc.User(id) == nil:
			ch = []Change{{Kind: KindUser, Old: "absent", New: "present", Direction: Added}}
		case nc.User(id) == nil:
			ch = []Change{{Kind: KindUser, Old: "present", New: "absent", Direction: Removed}}
		case nc.System == config.Vtiger:
			ch = c.vtiger(id)
		default:
			ch = c.bitrix(id)
		}
		if len(ch) == 0 {
			continue
		}
		rep.Users = append(rep.Users, UserChanges{User: id, Changes: ch})
		rep.Summary.Users++
		for _, x := range ch {
			switch {
			case x.Kind == KindRecord && x.Direction == Gained:
				rep.Summary.RecordsGained++
			case x.Kind == KindRecord && x.Direction == Lost:
				rep.Summary.RecordsLost++
			}
			switch x.Direction {
			case Gained:
				if x.Kind != KindRecord {
					rep.Summary.Gained++
				}
			case Lost:
				if x.Kind != KindRecord {
					rep.Summary.Lost++
				}
			case Changed:
				rep.Summary.Changed++
			case Added:
				rep.Summary.Added++
			case Removed:
				rep.Summary.Removed++
			}
		}
	}
	return rep, nil
}

type comparer struct {
	old, new *resolve.Resolver
	oc, nc   *config.Config

	// What every user is compared on, the same for all users: made once.
	entities []string   // bitrix24: CRM entities of either side
	stages   [][]string // per entity: its stages on either side
	paths    []string   // bitrix24: disk folders of either side
	shared   []string   // records on both sides
}

// reason explains the new answer; questions the new side cannot answer
// (an entity or folder that no longer exists) have no reason.
func (c *comparer) reason(user string, q config.Question) *Reason {
	e, err := c.new.Explain(user, q)
	if err != nil {
		return nil
	}
	r := &Reason{Rule: e.Rule, Notes: e.Notes}
	for i := len(e.Candidates) - 1; i >= 0; i-- { // the last winner decided
		if e.Candidates[i].Winner {
			w := e.Candidates[i]
			r.Winner = &w
			break
		}
	}
	return r
}

// level makes a change between two levels of a scale, or nil.
func level(s *config.Scale, k Kind, item, action string, o, n config.Level) *Change {
	if o == n {
		return nil
	}
	d := Gained
	if n < o {
		d = Lost
	}
	return &Change{Kind: k, Item: item, Action: action, Old: s.Word(o), New: s.Word(n), Direction: d}
}

// allow makes a change between two allow/deny answers, or nil.
func allow(k Kind, item, action string, o, n bool) *Change {
	if o == n {
		return nil
	}
	ch := &Change{Kind: k, Item: item, Action: action, Old: word(o), New: word(n), Direction: Gained}
	if o {
		ch.Direction = Lost
	}
	return ch
}

func word(b bool) string {
	if b {
		return "allow"
	}
	return "deny"
}

// union lists a and then the words of b that a lacks.
func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, x := range b {
		if !has(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func has(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// recordIDs lists the ids of records present in both configurations, in
// the new file's order.
func (c *comparer) recordIDs() []string {
	var out []string
	for _, r := range c.nc.Records {
		if c.oc.Record(r.ID) != nil && c.nc.Record(r.ID) == r {
			out = append(out, r.ID)
		}
	}
	return out
}

// scopeDirection compares two scope lists: a superset is gained, a subset
// lost, anything else changed.
func scopeDirection(o, n []string) Direction {
	sub := func(a, b []string) bool {
		for _, x := range a {
			if !has(b, x) {
				return false
			}
		}
		return true
	}
	switch {
	case sub(o, n):
		return Gained
	case sub(n, o):
		return Lost
	}
	return Changed
}

func sameSet(a, b []string) bool {
	x, y := append([]string(nil), a...), append([]string(nil), b...)
	sort.Strings(x)
	sort.Strings(y)
	return strings.Join(x, "\x00") == strings.Join(y, "\x00")
}
