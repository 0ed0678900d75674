package lint_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/stretchr/testify/require"

	"rolelens/engine"
	"rolelens/engine/config"
	"rolelens/engine/gen"
	"rolelens/engine/lint"
	"rolelens/engine/resolve"
)

// The record findings of vtiger (L203, L204) are checked here against
// their definitions, record by record, on generated organisations: the
// linter takes one record per owner and module, which holds only while
// no rule of SPEC 2 reads another fact of a record.
func TestRecordFindingsMatchDefinitions(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		text := gen.Generate(gen.Options{System: "vtiger", Users: 60 + int(seed)*10, Records: 150, Assignments: 120, Seed: seed})
		doc := engine.Load(text)
		require.True(t, doc.OK(), "seed %d: %v", seed, doc.Diagnostics)
		rs := doc.Resolver()
		got := map[string][]string{}
		for _, f := range lint.Run(rs) {
			if f.Code == "L203" || f.Code == "L204" {
				got[fmt.Sprint(f.Code, f.Args)] = f.Users
			}
		}
		want := recordFindings(t, rs)
		require.Equal(t, want, got, "seed %d", seed)
		var l203 int
		for k := range want {
			if k[:4] == "L203" {
				l203++
			}
		}
		t.Logf("seed %d: %d findings, %d of them L203", seed, len(want), l203)
	}
}

// recordFindings is L203 and L204 by their definitions: every record,
// every member.
func recordFindings(t *testing.T, rs *resolve.Resolver) map[string][]string {
	cfg := rs.Config()
	order := map[string]int{}
	for i, u := range rs.Users() {
		order[u.ID] = i
	}
	inOrder := func(ids []string) []string {
		out := []string{}
		for _, id := range ids {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
		slices.SortStableFunc(out, func(a, b string) int { return order[a] - order[b] })
		return out
	}
	out := map[string][]string{}
	for _, g := range cfg.Groups {
		members := rs.Members(config.Subject{Kind: config.SubGroup, ID: g.ID})
		for _, module := range config.Modules {
			var hidden []string
			for _, rec := range cfg.Records {
				if rec.Module != module || rec.Owner.Kind != config.SubUser || !slices.Contains(members, rec.Owner.ID) {
					continue
				}
				for _, m := range members {
					if m == rec.Owner.ID {
						continue
					}
					if can, _ := rs.ModuleScope(m, module, "view"); !can {
						continue
					}
					ok, err := rs.RecordAllowed(m, rec.ID, "view")
					require.NoError(t, err)
					if !ok {
						hidden = append(hidden, m)
					}
				}
			}
			if len(hidden) > 0 {
				out[fmt.Sprint("L203", []string{g.ID, module})] = inOrder(hidden)
			}
		}
	}
	for _, rec := range cfg.Records {
		if rec.Owner.Kind != config.SubGroup {
			continue
		}
		var lacking []string
		for _, m := range rs.Members(rec.Owner) {
			if can, _ := rs.ModuleScope(m, rec.Module, "view"); !can {
				lacking = append(lacking, m)
			}
		}
		if len(lacking) > 0 {
			out[fmt.Sprint("L204", []string{rec.ID, rec.Owner.ID, rec.Module})] = lacking
		}
	}
	return out
}

// L110 is checked against its definition, every pair of assignments (as
// sets: Run orders the findings by position).
func TestTreeOverlapsMatchDefinition(t *testing.T) {
	for seed := uint64(1); seed <= 6; seed++ {
		text := gen.Generate(gen.Options{Users: 80 + int(seed)*10, Departments: 12, Roles: 8, Assignments: 40, Seed: seed})
		doc := engine.Load(text)
		require.True(t, doc.OK(), "seed %d: %v", seed, doc.Diagnostics)
		rs := doc.Resolver()
		var got []string
		for _, f := range lint.Run(rs) {
			if f.Code == "L110" {
				got = append(got, fmt.Sprint(f.Args, f.Users))
			}
		}
		want := treeOverlaps(rs)
		slices.Sort(want)
		slices.Sort(got)
		require.Equal(t, want, got, "seed %d", seed)
		t.Logf("seed %d: %d overlaps", seed, len(want))
	}
}

// treeOverlaps is L110 by its definition: every pair of assignments.
func treeOverlaps(rs *resolve.Resolver) []string {
	cfg := rs.Config()
	order := map[string]int{}
	for i, u := range rs.Users() {
		order[u.ID] = i
	}
	type occ struct {
		role    string
		s       config.Subject
		members []string
	}
	var occs []occ
	for _, a := range cfg.CRM.Assignments {
		for _, s := range a.To {
			var m []string
			for _, id := range rs.Members(s) {
				if u := cfg.User(id); u != nil && !u.Extranet && !u.Admin && !slices.Contains(m, id) {
					m = append(m, id)
				}
			}
			occs = append(occs, occ{a.Role, s, m})
		}
	}
	var out []string
	for i, x := range occs {
		for j, y := range occs {
			if i == j || x.role == y.role || x.s.Kind != config.SubDepartmentTree || (y.s.Kind == config.SubDepartmentTree && j < i) {
				continue
			}
			var both []string
			for _, id := range x.members {
				if slices.Contains(y.members, id) {
					both = append(both, id)
				}
			}
			if len(both) > 0 {
				slices.SortFunc(both, func(a, b string) int { return order[a] - order[b] })
				out = append(out, fmt.Sprint([]string{x.s.String(), x.role, y.s.String(), y.role}, both))
			}
		}
	}
	return out
}
