package resolve

import (
	"testing"

	"rolelens/engine/config"
)

// TestBuiltinRolesPointAtTheirAssignment checks that a candidate from a
// built-in telephony or tasks role, which no line of the text defines,
// links to the subject of its assignment instead of to no line at all.
func TestBuiltinRolesPointAtTheirAssignment(t *testing.T) {
	src := `rolelens: 1
system: bitrix24
org:
  departments:
    - {id: sales, name: Sales, head: hanna}
  users:
    - {id: hanna, name: Hanna}
    - {id: anna, name: Anna, departments: [sales]}
telephony:
  assignments:
    - {role: department-head, to: [heads]}
    - {role: manager, to: [everyone]}
tasks:
  assignments:
    - {role: supervisor, to: [user:hanna]}
`
	cfg, diags := config.Parse([]byte(src))
	if diags.HasErrors() {
		t.Fatal(diags)
	}
	rs := New(cfg)
	cases := []struct {
		q    Question
		want map[string][2]int // role: line, column of its subject
	}{
		{Question{Kind: config.AskTelephony, Permission: "call-record-listen"}, map[string][2]int{"department-head": {11, 36}, "manager": {12, 28}}},
		{Question{Kind: config.AskTasks, Toggle: "view-department-tasks"}, map[string][2]int{"supervisor": {15, 36}}},
	}
	for _, c := range cases {
		e, err := rs.Explain("hanna", c.q)
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][2]int{}
		for _, cand := range e.Candidates {
			if cand.Source == "builtin" {
				got[cand.Role] = [2]int{cand.At.Start.Line, cand.At.Start.Col}
			}
		}
		for role, at := range c.want {
			if got[role] != at {
				t.Errorf("%v: built-in role %s points at %v, want line and column %v (all: %v)", c.q.Kind, role, got[role], at, got)
			}
		}
	}
}
