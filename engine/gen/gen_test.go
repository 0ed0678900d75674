package gen_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"rolelens/engine"
	"rolelens/engine/config"
	"rolelens/engine/gen"
)

var sizes = []gen.Options{
	{Users: 1, Roles: 1, Records: 1},
	{Users: 2, Roles: 1, Records: 3, Assignments: 1},
	{Users: 3, Departments: 5, Roles: 2, Records: 2},
	{Users: 40, Departments: 40, Roles: 4, Records: 30, Assignments: 7},
	{Users: 300, Departments: 60, Roles: 25, Records: 200},
	{Users: 2000, Departments: 400, Roles: 150, Records: 500, Assignments: 9000},
}

// load generates and loads a configuration, failing on any diagnostic.
func load(t *testing.T, o gen.Options) (*engine.Document, []byte) {
	t.Helper()
	src := gen.Generate(o)
	doc := engine.Load(src)
	if !doc.OK() || len(doc.Diagnostics) > 0 {
		for _, d := range doc.Diagnostics {
			t.Errorf("%+v: %s %v", o, d.Code, d.Args)
		}
		t.Fatalf("%+v: generated configuration does not load cleanly", o)
	}
	return doc, src
}

func TestDeterministic(t *testing.T) {
	for _, sys := range gen.Systems {
		o := gen.Options{System: sys, Users: 500, Departments: 50, Roles: 20, Records: 300, Seed: 42}
		a, b := gen.Generate(o), gen.Generate(o)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: the same options gave different output", sys)
		}
		o.Seed = 43
		if bytes.Equal(a, gen.Generate(o)) {
			t.Errorf("%s: seeds 42 and 43 gave the same output", sys)
		}
	}
}

// TestStableAcrossPlatforms pins the output of two small organisations:
// PCG's sequence is specified, so every GOOS/GOARCH (wasm included) must
// print these exact bytes. A deliberate change to the generator updates
// the sums.
func TestStableAcrossPlatforms(t *testing.T) {
	want := map[string]string{
		"bitrix24": "882638ac0c653687c771c38945cfc5bf19b8b295e56f407cd881cef36564be13",
		"vtiger":   "33920285ad9f18f5565e66341f9e52a8e3625f6fa301633e9eb971fdbbf99ace",
	}
	for _, sys := range gen.Systems {
		sum := sha256.Sum256(gen.Generate(gen.Options{System: sys, Users: 60, Departments: 12, Roles: 6, Records: 40, Seed: 7}))
		if got := hex.EncodeToString(sum[:]); got != want[sys] {
			t.Errorf("%s: sha256 %s, want %s", sys, got, want[sys])
		}
	}
}

func TestValidAndTestsPass(t *testing.T) {
	for _, sys := range gen.Systems {
		for _, o := range sizes {
			for seed := range uint64(3) {
				o.System, o.Seed = sys, seed
				doc, _ := load(t, o)
				rep := doc.Test()
				if rep.Failed > 0 || rep.Passed == 0 {
					t.Errorf("%+v: %d tests passed, %d failed: %+v", o, rep.Passed, rep.Failed, rep.Results)
				}
			}
		}
	}
}

func TestCountsMet(t *testing.T) {
	for _, sys := range gen.Systems {
		for _, o := range sizes {
			o.System, o.Seed = sys, 9
			doc, _ := load(t, o)
			c := doc.Config
			check := func(what string, got, want int) {
				if want != 0 && got != want {
					t.Errorf("%s %+v: %d %s, want %d", sys, o, got, what, want)
				}
			}
			check("users", len(c.Users), o.Users)
			check("records", len(c.Records), o.Records)
			members := 0
			if sys == "vtiger" {
				check("roles", len(c.Roles), o.Roles)
				check("groups", len(c.Groups), o.Departments)
				for _, g := range c.Groups {
					members += len(g.Members)
				}
				check("group members", members, o.Assignments)
				continue
			}
			check("departments", len(c.Departments), o.Departments)
			check("CRM roles", len(c.CRM.Roles), o.Roles)
			for _, a := range c.CRM.Assignments {
				members += len(a.To)
			}
			check("assignment subjects", members, o.Assignments)
		}
	}
}

func TestDefaults(t *testing.T) {
	doc, _ := load(t, gen.Options{})
	c := doc.Config
	if c.System != config.Bitrix24 || len(c.Users) != 100 || len(c.Departments) != 10 || len(c.CRM.Roles) != 10 || len(c.Records) != 200 {
		t.Errorf("defaults: %s, %d users, %d departments, %d roles, %d records", c.System, len(c.Users), len(c.Departments), len(c.CRM.Roles), len(c.Records))
	}
	subjects := 0
	for _, a := range c.CRM.Assignments {
		subjects += len(a.To)
	}
	if subjects != 30 {
		t.Errorf("defaults: %d assignment subjects, want 3 per role", subjects)
	}
}

// TestShape checks what makes the portals realistic: trees at most 8
// deep, staff in 1 to 3 departments, extranet users in none, admins,
// stale and open records.
func TestShape(t *testing.T) {
	doc, _ := load(t, gen.Options{Users: 3000, Departments: 600, Roles: 40, Records: 2000, Seed: 5})
	c := doc.Config
	for _, d := range c.Departments {
		depth := 1
		for p := d.Parent; p != ""; p = c.Department(p).Parent {
			depth++
		}
		if depth > 8 {
			t.Errorf("department %s is %d levels deep", d.ID, depth)
		}
	}
	admins, extranet := 0, 0
	for _, u := range c.Users {
		n := len(u.Departments)
		switch {
		case u.Extranet:
			extranet++
			if n != 0 {
				t.Errorf("extranet user %s is in %d departments", u.ID, n)
			}
		case n < 1 || n > 3:
			t.Errorf("user %s is in %d departments", u.ID, n)
		}
		if u.Admin {
			admins++
		}
	}
	if admins == 0 || extranet == 0 {
		t.Errorf("%d admins, %d extranet users", admins, extranet)
	}
	rs := doc.Resolver()
	stale, open, explicitNone := 0, 0, 0
	for _, r := range c.Records {
		if rs.Stale(r) {
			stale++
		}
		if r.Open {
			open++
		}
	}
	for _, r := range c.CRM.Roles {
		for _, e := range r.Entities {
			for _, row := range e.Stages {
				for _, cell := range row.Actions {
					if cell.Set && cell.Level == config.LevelNone {
						explicitNone++
					}
				}
			}
		}
	}
	if stale == 0 || open == 0 || explicitNone == 0 {
		t.Errorf("%d stale records, %d open records, %d explicit none stage values", stale, open, explicitNone)
	}
	kinds := map[config.SubjectKind]int{}
	for _, a := range c.CRM.Assignments {
		for _, s := range a.To {
			kinds[s.Kind]++
		}
	}
	for k := config.SubUser; k <= config.SubEveryone; k++ {
		if kinds[k] == 0 {
			t.Errorf("no %s subject in the assignments", k)
		}
	}
}

// TestMatrixAgreesWithExplanations checks the resolver's fast paths (the
// CRM matrix, record checks) against the explaining path, cell by cell,
// on generated portals under both precedences.
func TestMatrixAgreesWithExplanations(t *testing.T) {
	for _, sys := range gen.Systems {
		for seed := range uint64(4) {
			src := string(gen.Generate(gen.Options{System: sys, Users: 80, Departments: 15, Roles: 12, Records: 60, Assignments: 60, Seed: seed}))
			if sys == "bitrix24" && seed%2 == 1 {
				src = strings.Replace(src, "\ncrm:\n", "\ncrm:\n  precedence: personal-first\n", 1)
			}
			doc := engine.Load([]byte(src))
			if !doc.OK() {
				t.Fatalf("%s seed %d: %v", sys, seed, doc.Diagnostics)
			}
			rs := doc.Resolver()
			c := doc.Config
			actions := config.Actions
			if sys == "vtiger" {
				actions = config.VtigerActions
			}
			for _, u := range rs.Users() {
				for _, r := range c.Records {
					for _, a := range actions {
						fast, err := rs.RecordAllowed(u.ID, r.ID, a)
						e, err2 := rs.Explain(u.ID, config.Question{Kind: config.AskRecord, Record: r.ID, Action: a})
						if err != nil || err2 != nil || (e.Answer == "allow") != fast {
							t.Fatalf("%s seed %d: %s %s %s: check %v, explanation %s (%v %v)", sys, seed, u.ID, r.ID, a, fast, e.Answer, err, err2)
						}
					}
				}
				if sys == "vtiger" {
					continue
				}
				crm := rs.CRM(u.ID)
				for _, ent := range c.AllEntities() {
					stages := append([]string{""}, c.Stages(ent)...)
					if !config.HasStages(ent) {
						stages = stages[:1]
					}
					for _, st := range stages {
						for ai, a := range actions {
							e, err := rs.Explain(u.ID, config.Question{Kind: config.AskCRMCell, Entity: ent, Action: a, Stage: st})
							got := config.CRMScale.Word(crm.Level(ent, config.Action(ai), st))
							if err != nil || e.Answer != got {
								t.Fatalf("%s seed %d: %s %s/%s/%s: matrix %s, explanation %s (%v)", sys, seed, u.ID, ent, a, st, got, e.Answer, err)
							}
						}
					}
				}
			}
		}
	}
}

func TestCheck(t *testing.T) {
	cases := []struct {
		o      gen.Options
		option string // "" when valid
		max    int
	}{
		{gen.Options{}, "", 0},
		{gen.Options{System: "vtiger", Users: config.MaxUsers, Departments: config.MaxItems}, "", 0},
		{gen.Options{Users: config.MaxUsers + 1}, "users", config.MaxUsers},
		{gen.Options{Users: -1}, "users", config.MaxUsers},
		{gen.Options{Departments: config.MaxDepartments + 1}, "departments", config.MaxDepartments},
		{gen.Options{System: "vtiger", Departments: config.MaxItems + 1}, "departments", config.MaxItems},
		{gen.Options{Roles: config.MaxItems + 1}, "roles", config.MaxItems},
		{gen.Options{Records: config.MaxItems + 1}, "records", config.MaxItems},
		{gen.Options{Assignments: config.MaxItems + 1}, "assignments", config.MaxItems},
		{gen.Options{System: "sap"}, "system", 0},
	}
	for _, c := range cases {
		err := c.o.Check()
		if c.option == "" {
			assert.NoError(t, err, "%+v", c.o)
			continue
		}
		var oe *gen.OptionError
		if assert.ErrorAs(t, err, &oe, "%+v", c.o) {
			assert.Equal(t, c.option, oe.Option)
			assert.Equal(t, c.max, oe.Max)
		}
	}
}
