// Package lint finds the traps administrators fall into again and again:
// explicit stage rows that take rights away, the two precedence rules
// disagreeing, stale records, users without access, roles and subjects
// that do nothing, and vtiger sharing settings that cannot work. Findings
// are data (a code of the table in codes.go, a range, arguments, the users
// affected); callers render them.
package lint

import (
	"slices"
	"sort"
	"strings"

	"rolelens/engine/config"
	"rolelens/engine/diag"
	"rolelens/engine/resolve"
)

// Finding is one lint result.
type Finding struct {
	Code     Code           `json:"code"`
	Severity Severity       `json:"severity"`
	Name     string         `json:"name"`
	Range    diag.Range     `json:"range"`
	Related  []diag.Related `json:"related,omitempty"`
	Args     []string       `json:"args"`
	Users    []string       `json:"users,omitempty"` // the users affected, in file order
	FixArgs  []string       `json:"fixArgs,omitempty"`
}

// Related labels.
const (
	LabelStageRow   = "stage-row"
	LabelAssignment = "assignment"
	LabelPrecedence = "precedence"
	LabelDefault    = "default"
	LabelDepartment = "department"
	LabelSubject    = "subject"
	LabelRecord     = "record"
)

func newFinding(c Code, r diag.Range, args ...string) Finding {
	i := byCode[c]
	return Finding{Code: c, Severity: i.Severity, Name: i.Name, Range: r, Args: args}
}

// Run lints the configuration a resolver answers about. The configuration
// must be valid; it is not changed.
func Run(rs *resolve.Resolver) []Finding {
	if rs == nil {
		return nil
	}
	l := &linter{rs: rs, cfg: rs.Config()}
	if l.cfg.System == config.Vtiger {
		l.vtiger()
	} else {
		l.bitrix()
	}
	// By position, code and arguments; an index is sorted rather than the
	// findings, which are large (a portal of 10,000 users has tens of
	// thousands).
	order := make([]int, len(l.out))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		a, b := l.out[i], l.out[j]
		if a.Range.Start != b.Range.Start {
			if a.Range.Start.Less(b.Range.Start) {
				return -1
			}
			return 1
		}
		if a.Code != b.Code {
			return strings.Compare(string(a.Code), string(b.Code))
		}
		return slices.Compare(a.Args, b.Args)
	})
	sorted := make([]Finding, len(order))
	for k, i := range order {
		sorted[k] = *l.out[i]
	}
	return sorted
}

type linter struct {
	rs  *resolve.Resolver
	cfg *config.Config
	out []*Finding // pointers: growing a list of large findings copied them all

	order map[string]int // user id -> file position
}

func (l *linter) add(f Finding) { l.out = append(l.out, &f) }

// sortUsers orders user ids as the file lists them, without repeats.
func (l *linter) sortUsers(ids []string) []string {
	if l.order == nil {
		l.order = map[string]int{}
		for i, u := range l.rs.Users() {
			l.order[u.ID] = i
		}
	}
	// Most lists are made in file order already: then they only need
	// checking (with a map of thousands of ids, the sort cost seconds under
	// wasm).
	inOrder := true
	for i := 1; i < len(ids) && inOrder; i++ {
		inOrder = l.order[ids[i-1]] < l.order[ids[i]]
	}
	if inOrder {
		return slices.Clone(ids)
	}
	seen := map[string]bool{}
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return l.order[out[i]] < l.order[out[j]] })
	return out
}

// signature identifies what a user's CRM cells depend on: the roles and
// whether each reached them personally. Users with the same signature get
// the same findings, so the work is done once per signature.
func signature(refs []resolve.RoleRef) string {
	keys := make([]string, 0, len(refs))
	for _, r := range refs {
		k := r.Role
		if r.Personal {
			k += "+p"
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ",")
}

func joinRefs(rs []config.Ref) string {
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return orNone(strings.Join(ids, ", "))
}

func orNone(s string) string {
	if s == "" {
		return "no department"
	}
	return s
}

func cellAt(c config.Cell, fallback diag.Range) diag.Range {
	if c.At.IsZero() {
		return fallback
	}
	return c.At
}
