package engine_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"rolelens/engine"
	"rolelens/engine/config"
	"rolelens/engine/gen"
	"rolelens/engine/testrun"
)

// Property tests over generated organisations: rules of SPEC 1.3 to 1.5
// and 2 that must hold for every configuration, checked on portals and
// companies of several sizes and seeds.

// propertyOrgs returns the generator options the properties run over.
// Under -race and wasm, and with -short, fewer and smaller ones.
func propertyOrgs(system string) []gen.Options {
	sizes := []gen.Options{
		{Users: 6, Departments: 2, Roles: 2, Records: 4, Assignments: 4},
		{Users: 25, Departments: 5, Roles: 5, Records: 20},
		{Users: 60, Departments: 9, Roles: 9, Records: 50},
		{Users: 150, Departments: 20, Roles: 16, Records: 100},
	}
	seeds := []uint64{1, 2, 3, 11, 2024}
	if testing.Short() || slowdown > 1 {
		sizes, seeds = sizes[:3], seeds[:2]
	}
	var out []gen.Options
	for _, s := range sizes {
		for _, seed := range seeds {
			o := s
			o.System, o.Seed = system, seed
			out = append(out, o)
		}
	}
	return out
}

func orgName(o gen.Options) string {
	return fmt.Sprintf("%s/users=%d/depts=%d/roles=%d/seed=%d", o.System, o.Users, o.Departments, o.Roles, o.Seed)
}

// loadOK loads src and fails the test with the first diagnostics when it
// is not valid.
func loadOK(t *testing.T, name string, src []byte) *engine.Document {
	t.Helper()
	doc := engine.Load(src)
	if !doc.OK() {
		n := min(len(doc.Diagnostics), 3)
		t.Fatalf("%s: configuration is not valid: %+v\n%s", name, doc.Diagnostics[:n], src)
	}
	return doc
}

// byUser indexes an access matrix by user id.
func byUser(a *engine.Access) map[string]*engine.UserAccess {
	m := make(map[string]*engine.UserAccess, len(a.Users))
	for i := range a.Users {
		m[a.Users[i].User] = &a.Users[i]
	}
	return m
}

// crmLevel is the rank of a CRM level word; -1 for an unknown word.
func crmLevel(w string) int {
	l, ok := config.CRMScale.Parse(w)
	if !ok {
		return -1
	}
	return int(l)
}

// ---- YAML node helpers -------------------------------------------------

func parseYAML(t *testing.T, src []byte) *yaml.Node {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		t.Fatalf("yaml: %v", err)
	}
	return &doc
}

func encodeYAML(t *testing.T, doc *yaml.Node) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		t.Fatalf("yaml encode: %v", err)
	}
	if err := enc.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// lookup follows mapping keys from the document node; nil when a key is
// missing.
func lookup(n *yaml.Node, keys ...string) *yaml.Node {
	if n != nil && n.Kind == yaml.DocumentNode && len(n.Content) > 0 {
		n = n.Content[0]
	}
	for _, k := range keys {
		if n == nil || n.Kind != yaml.MappingNode {
			return nil
		}
		var next *yaml.Node
		for i := 0; i+1 < len(n.Content); i += 2 {
			if n.Content[i].Value == k {
				next = n.Content[i+1]
			}
		}
		n = next
	}
	return n
}

// flowNode parses one YAML value written as text.
func flowNode(t *testing.T, text string) *yaml.Node {
	t.Helper()
	doc := parseYAML(t, []byte(text))
	return doc.Content[0]
}

// ---- (a) adding a role assignment never lowers a cell --------------------

// addedRole is a CRM role the test adds, with what it sets.
type addedRole struct {
	yaml     string
	subject  string
	settings bool
	entity   map[string][]int   // entity -> level per action, -1 when absent
	stage    map[[3]string]int  // (entity, stage, action) -> explicit level
	explicit map[[3]string]bool // (entity, stage, action) with a stage row value
}

// drawRole draws a role for a portal whose entities and stages come from
// its access matrix: random entity values, some stage rows.
func drawRole(r *rand.Rand, id string, a *engine.Access, subject string) addedRole {
	ar := addedRole{subject: subject, entity: map[string][]int{}, stage: map[[3]string]int{}, explicit: map[[3]string]bool{}}
	var perms []string
	stagesOf := map[string][]string{}
	for _, er := range a.Users[0].CRM {
		for _, s := range er.Stages {
			stagesOf[er.Entity] = append(stagesOf[er.Entity], s.Stage)
		}
	}
	for _, e := range a.Entities {
		if r.IntN(100) < 30 {
			continue
		}
		levels := make([]int, len(config.Actions))
		var cells []string
		for i, act := range config.Actions {
			levels[i] = -1
			if r.IntN(100) < 40 {
				continue
			}
			l := r.IntN(len(config.CRMScale.Words))
			if e == "webform" || e == "widget" {
				l = []int{0, len(config.CRMScale.Words) - 1}[r.IntN(2)]
			}
			levels[i] = l
			cells = append(cells, act+": "+config.CRMScale.Words[l])
		}
		ar.entity[e] = levels
		if ss := stagesOf[e]; len(ss) > 0 && r.IntN(100) < 60 {
			var rows []string
			for _, si := range distinctInts(r, len(ss), 1+r.IntN(min(3, len(ss)))) {
				var vals []string
				for i, act := range config.Actions {
					if r.IntN(100) < 60 {
						continue
					}
					l := r.IntN(len(config.CRMScale.Words))
					ar.stage[[3]string{e, ss[si], act}] = l
					ar.explicit[[3]string{e, ss[si], act}] = true
					vals = append(vals, config.Actions[i]+": "+config.CRMScale.Words[l])
				}
				if len(vals) > 0 {
					rows = append(rows, ss[si]+": {"+strings.Join(vals, ", ")+"}")
				}
			}
			if len(rows) > 0 {
				cells = append(cells, "stages: {"+strings.Join(rows, ", ")+"}")
			}
		}
		perms = append(perms, e+": {"+strings.Join(cells, ", ")+"}")
	}
	ar.settings = r.IntN(100) < 20
	ar.yaml = fmt.Sprintf("{id: %s, name: Added %s, settings: %t, permissions: {%s}}", id, id, ar.settings, strings.Join(perms, ", "))
	return ar
}

func distinctInts(r *rand.Rand, n, k int) []int {
	p := r.Perm(n)
	return p[:k]
}

// entityValue is what the added role gives (entity, action) without
// stages: an absent action or entity is none.
func (ar addedRole) entityValue(e string, act int) int {
	ls, ok := ar.entity[e]
	if !ok || ls[act] < 0 {
		return 0
	}
	return ls[act]
}

// withRole returns src with the role added to crm.roles and assigned to
// subject in crm.assignments.
func withRole(t *testing.T, src []byte, ar addedRole, id string) []byte {
	t.Helper()
	doc := parseYAML(t, src)
	roles := lookup(doc, "crm", "roles")
	assigns := lookup(doc, "crm", "assignments")
	if roles == nil || assigns == nil {
		t.Fatalf("generated portal without crm.roles or crm.assignments:\n%s", src)
	}
	roles.Content = append(roles.Content, flowNode(t, ar.yaml))
	assigns.Content = append(assigns.Content, flowNode(t, fmt.Sprintf("{role: %s, to: [%s]}", id, ar.subject)))
	return encodeYAML(t, doc)
}

func TestPropertyAddingRoleNeverLowers(t *testing.T) {
	raised := 0
	checkedLower := 0
	for _, o := range propertyOrgs("bitrix24") {
		name := orgName(o)
		src := gen.Generate(o)
		base := loadOK(t, name, src)
		if base.Config.CRM.PersonalFirst {
			t.Fatalf("%s: generated portal uses personal-first; the property is for maximum", name)
		}
		before := base.Access("")
		bu := byUser(before)
		r := rand.New(rand.NewPCG(o.Seed, 0xadd))
		for k := range 4 {
			id := fmt.Sprintf("prop-added-%d", k)
			var plain []string // users not admin, not extranet
			for _, u := range before.Users {
				if !u.Admin && !u.Extranet {
					plain = append(plain, u.User)
				}
			}
			target := plain[r.IntN(len(plain))]
			subject := []string{"user:" + target, "everyone", "heads", "group:g1", "department:company", "department-tree:company"}[k%6]
			if k == 3 {
				subject = []string{"heads", "group:g1", "department:company", "department-tree:company"}[r.IntN(4)]
			}
			ar := drawRole(r, id, before, subject)
			vsrc := withRole(t, src, ar, id)
			vname := fmt.Sprintf("%s + role %s to %s", name, id, subject)
			variant := loadOK(t, vname, vsrc)
			after := variant.Access("")
			au := byUser(after)
			if len(au) != len(bu) {
				t.Fatalf("%s: %d users before, %d after", vname, len(bu), len(au))
			}
			// reached: users the subject surely contains.
			reached := func(u *engine.UserAccess) bool {
				switch {
				case u.Admin || u.Extranet:
					return false
				case subject == "everyone":
					return true
				case strings.HasPrefix(subject, "user:"):
					return u.User == strings.TrimPrefix(subject, "user:")
				}
				return false
			}
			for _, ub := range before.Users {
				ua := au[ub.User]
				if ua == nil {
					t.Fatalf("%s: user %s missing after adding the role", vname, ub.User)
				}
				if ub.Settings && !ua.Settings {
					t.Fatalf("%s: user %s lost settings after adding role %s", vname, ub.User, ar.yaml)
				}
				if reached(ua) && ar.settings && !ua.Settings {
					t.Fatalf("%s: user %s is given %s with settings: true but settings is denied", vname, ub.User, id)
				}
				if len(ua.CRM) != len(ub.CRM) {
					t.Fatalf("%s: user %s has %d CRM rows before, %d after", vname, ub.User, len(ub.CRM), len(ua.CRM))
				}
				for i, eb := range ub.CRM {
					ea := ua.CRM[i]
					if ea.Entity != eb.Entity || len(ea.Stages) != len(eb.Stages) {
						t.Fatalf("%s: user %s: CRM row %d is %s with %d stages before, %s with %d after", vname, ub.User, i, eb.Entity, len(eb.Stages), ea.Entity, len(ea.Stages))
					}
					for act, actName := range config.Actions {
						lb, la := crmLevel(eb.Levels[act]), crmLevel(ea.Levels[act])
						if la < lb {
							t.Fatalf("counterexample: %s: user %s, %s %s went from %s to %s after adding\n  %s\n  assigned to %s",
								vname, ub.User, eb.Entity, actName, eb.Levels[act], ea.Levels[act], ar.yaml, subject)
						}
						if la > lb {
							raised++
						}
						if reached(ua) {
							checkedLower++
							if want := ar.entityValue(eb.Entity, act); la < want {
								t.Fatalf("counterexample: %s: user %s is given %s (%s %s: %s) but the level is %s",
									vname, ub.User, id, eb.Entity, actName, config.CRMScale.Words[want], ea.Levels[act])
							}
						}
						for j, sb := range eb.Stages {
							sa := ea.Stages[j]
							if sa.Stage != sb.Stage {
								t.Fatalf("%s: user %s: %s stage %d is %s before, %s after", vname, ub.User, eb.Entity, j, sb.Stage, sa.Stage)
							}
							key := [3]string{eb.Entity, sb.Stage, actName}
							lb, la := crmLevel(sb.Levels[act]), crmLevel(sa.Levels[act])
							if ar.explicit[key] {
								// Detailed beats inherited: the added stage
								// value may lower the cell, but it is a
								// candidate, so the cell is at least it.
								if reached(ua) {
									checkedLower++
									if want := ar.stage[key]; la < want {
										t.Fatalf("counterexample: %s: user %s is given %s with stage row %s %s %s: %s, but the level is %s",
											vname, ub.User, id, eb.Entity, sb.Stage, actName, config.CRMScale.Words[want], sa.Levels[act])
									}
								}
								continue
							}
							if la < lb {
								t.Fatalf("counterexample: %s: user %s, %s stage %s %s went from %s to %s after adding\n  %s\n  assigned to %s\n(the added role has no stage row for this cell)",
									vname, ub.User, eb.Entity, sb.Stage, actName, sb.Levels[act], sa.Levels[act], ar.yaml, subject)
							}
							if la > lb {
								raised++
							}
						}
					}
				}
			}
			checkAdmins(t, vname, variant, after)
			checkExtranet(t, vname, after)
		}
	}
	// The property must not hold vacuously: the added roles raise cells.
	if raised == 0 || checkedLower == 0 {
		t.Fatalf("no cell was raised (%d) or checked against the added role (%d): the variants do not exercise the property", raised, checkedLower)
	}
	t.Logf("%d cells raised, %d cells checked against the added role's values", raised, checkedLower)
}

// ---- (b) admins and (c) extranet users ----------------------------------

// checkAdmins: every admin has the top level of everything (SPEC 1.4
// step 1, 1.6, 1.7, 1.8). It returns the number of admins checked.
func checkAdmins(t *testing.T, name string, doc *engine.Document, a *engine.Access) int {
	t.Helper()
	top := config.CRMScale.Words[config.CRMScale.Top()]
	n := 0
	for _, u := range a.Users {
		if !u.Admin {
			continue
		}
		n++
		fail := func(format string, args ...any) {
			t.Helper()
			t.Fatalf("counterexample: %s: admin %s: %s", name, u.User, fmt.Sprintf(format, args...))
		}
		if u.NoRole || u.NoCRMAccess {
			fail("noRole=%t noCrmAccess=%t, want both false", u.NoRole, u.NoCRMAccess)
		}
		if len(u.CRM) != len(a.Entities) {
			fail("%d CRM rows, want one per entity (%d)", len(u.CRM), len(a.Entities))
		}
		for _, er := range u.CRM {
			for i, l := range er.Levels {
				if l != top {
					fail("CRM %s %s is %s, want %s", er.Entity, config.Actions[i], l, top)
				}
			}
			for _, sr := range er.Stages {
				for i, l := range sr.Levels {
					if l != top {
						fail("CRM %s stage %s %s is %s, want %s", er.Entity, sr.Stage, config.Actions[i], l, top)
					}
				}
			}
		}
		if !u.Settings {
			fail("CRM settings denied")
		}
		if len(u.Telephony) != len(config.TelephonyPermissions) {
			fail("%d telephony cells, want %d", len(u.Telephony), len(config.TelephonyPermissions))
		}
		for i, c := range u.Telephony {
			s := config.TelephonyScale(config.TelephonyPermissions[i])
			if c.Permission != config.TelephonyPermissions[i] || c.Level != s.Word(s.Top()) {
				fail("telephony %s is %s, want %s %s", c.Permission, c.Level, config.TelephonyPermissions[i], s.Word(s.Top()))
			}
		}
		got := slices.Clone(u.Tasks)
		want := slices.Clone(config.TaskToggles)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			fail("tasks %v, want every toggle %v", u.Tasks, config.TaskToggles)
		}
		if len(u.Disk) != len(doc.Config.Disk.Folders) {
			fail("%d disk cells, want %d", len(u.Disk), len(doc.Config.Disk.Folders))
		}
		for _, f := range u.Disk {
			if f.Level != "full" {
				fail("disk %s is %s, want full", f.Path, f.Level)
			}
		}
	}
	return n
}

// checkExtranet: extranet users have no CRM at all (SPEC 1.4 step 1). It
// returns the number of extranet users checked.
func checkExtranet(t *testing.T, name string, a *engine.Access) int {
	t.Helper()
	n := 0
	for _, u := range a.Users {
		if !u.Extranet {
			continue
		}
		n++
		fail := func(format string, args ...any) {
			t.Helper()
			t.Fatalf("counterexample: %s: extranet user %s: %s", name, u.User, fmt.Sprintf(format, args...))
		}
		if u.Admin {
			fail("marked admin")
		}
		if !u.NoCRMAccess {
			fail("noCrmAccess is false")
		}
		if u.Settings {
			fail("CRM settings allowed")
		}
		for _, er := range u.CRM {
			for i, l := range er.Levels {
				if l != "none" {
					fail("CRM %s %s is %s, want none", er.Entity, config.Actions[i], l)
				}
			}
			for _, sr := range er.Stages {
				for i, l := range sr.Levels {
					if l != "none" {
						fail("CRM %s stage %s %s is %s, want none", er.Entity, sr.Stage, config.Actions[i], l)
					}
				}
			}
		}
	}
	return n
}

// withEveryoneAll gives every user the highest CRM role, so that the
// extranet property is not met by users without roles only.
func withEveryoneAll(t *testing.T, src []byte) []byte {
	t.Helper()
	doc := parseYAML(t, src)
	roles := lookup(doc, "crm", "roles")
	assigns := lookup(doc, "crm", "assignments")
	var perms []string
	for _, e := range []string{"lead", "deal", "contact", "company", "quote", "invoice", "webform", "widget"} {
		perms = append(perms, e+": {read: all, add: all, update: all, delete: all, export: all, import: all}")
	}
	roles.Content = append(roles.Content, flowNode(t, "{id: prop-all, settings: true, permissions: {"+strings.Join(perms, ", ")+"}}"))
	var to []string
	for _, u := range lookup(doc, "org", "users").Content {
		to = append(to, "user:"+lookup(u, "id").Value)
	}
	assigns.Content = append(assigns.Content, flowNode(t, "{role: prop-all, to: [everyone, group:g1, "+strings.Join(to, ", ")+"]}"))
	return encodeYAML(t, doc)
}

func TestPropertyAdminsAndExtranet(t *testing.T) {
	admins, extranet := 0, 0
	for _, o := range propertyOrgs("bitrix24") {
		name := orgName(o)
		src := gen.Generate(o)
		for _, v := range []struct {
			name string
			src  []byte
		}{{name, src}, {name + " + role all to everyone", withEveryoneAll(t, src)}} {
			doc := loadOK(t, v.name, v.src)
			a := doc.Access("")
			admins += checkAdmins(t, v.name, doc, a)
			extranet += checkExtranet(t, v.name, a)
		}
	}
	if admins == 0 || extranet == 0 {
		t.Fatalf("checked %d admins and %d extranet users: the generated portals must have both", admins, extranet)
	}
	t.Logf("checked %d admin rows and %d extranet rows", admins, extranet)
}

// ---- (d) order of users, roles and assignments does not matter ----------

// shufflePaths are the lists whose order must not change any answer.
var shufflePaths = map[string][][]string{
	"bitrix24": {
		{"org", "users"}, {"crm", "roles"}, {"crm", "assignments"},
		{"telephony", "roles"}, {"telephony", "assignments"},
		{"tasks", "roles"}, {"tasks", "assignments"},
	},
	"vtiger": {{"org", "users"}, {"org", "roles"}, {"profiles"}},
}

// shuffled returns src with the lists of shufflePaths and every
// assignment's `to` list shuffled by r.
func shuffled(t *testing.T, src []byte, system string, r *rand.Rand) []byte {
	t.Helper()
	doc := parseYAML(t, src)
	moved := 0
	shuffle := func(seq *yaml.Node) {
		if seq == nil || seq.Kind != yaml.SequenceNode {
			return
		}
		orig := slices.Clone(seq.Content)
		r.Shuffle(len(seq.Content), func(i, j int) { seq.Content[i], seq.Content[j] = seq.Content[j], seq.Content[i] })
		if !slices.Equal(orig, seq.Content) {
			moved++
		}
	}
	for _, p := range shufflePaths[system] {
		seq := lookup(doc, p...)
		shuffle(seq)
		if seq != nil && p[len(p)-1] == "assignments" {
			for _, a := range seq.Content {
				shuffle(lookup(a, "to"))
			}
		}
	}
	if moved == 0 {
		t.Fatalf("shuffling moved nothing")
	}
	return encodeYAML(t, doc)
}

func TestPropertyOrderDoesNotMatter(t *testing.T) {
	for _, system := range gen.Systems {
		for _, o := range propertyOrgs(system) {
			name := orgName(o)
			src := gen.Generate(o)
			base := loadOK(t, name, src)
			want := byUser(base.Access(""))
			wantTests := base.Test()
			for k := range 3 {
				r := rand.New(rand.NewPCG(o.Seed, uint64(k)))
				ssrc := shuffled(t, src, system, r)
				sname := fmt.Sprintf("%s shuffled #%d", name, k)
				doc := loadOK(t, sname, ssrc)
				got := byUser(doc.Access(""))
				if len(got) != len(want) {
					t.Fatalf("%s: %d users, want %d", sname, len(got), len(want))
				}
				for _, u := range base.Access("").Users {
					w, g := mustJSON(t, want[u.User]), mustJSON(t, got[u.User])
					if w != g {
						t.Fatalf("counterexample: %s: access of user %s changes with the order of users, roles and assignments\n--- in file order\n%s\n--- shuffled\n%s\n--- shuffled file\n%s",
							sname, u.User, w, g, ssrc)
					}
				}
				gotTests := doc.Test()
				if gotTests.Passed != wantTests.Passed || gotTests.Failed != wantTests.Failed {
					t.Fatalf("%s: tests %d passed %d failed, in file order %d passed %d failed", sname, gotTests.Passed, gotTests.Failed, wantTests.Passed, wantTests.Failed)
				}
				for i := range wantTests.Results {
					if w, g := wantTests.Results[i].Got, gotTests.Results[i].Got; w != g {
						t.Fatalf("%s: test %d (%s %+v) answers %s, in file order %s", sname, i, wantTests.Results[i].User, wantTests.Results[i].Question, g, w)
					}
				}
			}
		}
	}
}

// ---- (e) JSON round trip -------------------------------------------------

// roundTrip marshals v, unmarshals it into a new value of the same type,
// and requires an equal value and the same JSON again.
func roundTrip[T any](t *testing.T, what string, v T) {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("%s: marshal: %v", what, err)
	}
	var back T
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatalf("%s: unmarshal: %v\n%s", what, err, b)
	}
	if !reflect.DeepEqual(v, back) {
		t.Fatalf("counterexample: %s: JSON round trip changes the value\n--- before\n%#v\n--- after\n%#v\n--- JSON\n%s", what, v, back, b)
	}
	b2, err := json.Marshal(back)
	if err != nil || !bytes.Equal(b, b2) {
		t.Fatalf("counterexample: %s: JSON differs after a round trip (%v)\n%s\n%s", what, err, b, b2)
	}
}

// withoutErrors clears Result.Error, which is not part of the JSON.
func withoutErrors(rep testrun.Report) testrun.Report {
	rep.Results = slices.Clone(rep.Results)
	for i := range rep.Results {
		rep.Results[i].Error = nil
	}
	return rep
}

func TestPropertyJSONRoundTrip(t *testing.T) {
	type input struct {
		name string
		src  []byte
	}
	var inputs []input
	for _, system := range gen.Systems {
		for _, o := range propertyOrgs(system)[:4] {
			src := gen.Generate(o)
			inputs = append(inputs, input{orgName(o), src})
			// One failing test, so that the report carries an explanation.
			failing := bytes.Replace(src, []byte("expect: allow}"), []byte("expect: deny}"), 1)
			inputs = append(inputs, input{orgName(o) + " with a failing test", failing})
		}
	}
	files := append(conformanceFiles(t), testdataFiles(t, "rules")...)
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, input{p, src})
	}
	explained, failures, kinds := 0, 0, map[config.QuestionKind]bool{}
	for _, in := range inputs {
		doc := engine.Load(in.src)
		if !doc.OK() {
			continue
		}
		a := doc.Access("")
		roundTrip(t, in.name+": Access", a)
		if len(a.Users) > 0 {
			one := doc.Access(a.Users[0].User)
			if !reflect.DeepEqual(one.Users, a.Users[:1]) {
				t.Fatalf("%s: Access(%s) differs from its row in Access(\"\")", in.name, a.Users[0].User)
			}
			roundTrip(t, in.name+": Access(one user)", one)
		}
		rep := doc.Test()
		if rep.Passed+rep.Failed != len(rep.Results) || len(rep.Results) != len(doc.Config.Tests) {
			t.Fatalf("%s: report counts %d passed + %d failed for %d results of %d tests", in.name, rep.Passed, rep.Failed, len(rep.Results), len(doc.Config.Tests))
		}
		for _, res := range rep.Results {
			if !res.Pass && res.Error == nil {
				failures++
				if res.Why == nil {
					t.Fatalf("%s: failing test %+v without an explanation", in.name, res.Question)
				}
			}
		}
		roundTrip(t, in.name+": Test report", withoutErrors(rep))
		for _, u := range firstUsers(doc.Config, 3) {
			for _, q := range questions(doc.Config) {
				e, err := doc.Explain(u, q)
				if err != nil {
					continue
				}
				if e.Answer == "" || e.User != u {
					t.Fatalf("%s: Explain(%s, %+v) answers %q for user %q", in.name, u, q, e.Answer, e.User)
				}
				explained++
				kinds[q.Kind] = true
				roundTrip(t, fmt.Sprintf("%s: Explain(%s, %+v)", in.name, u, q), e)
			}
		}
	}
	// Question kinds marshal as their words and come back.
	for k := config.AskCRMCell; k <= config.AskVtigerModule; k++ {
		b, err := json.Marshal(config.Question{Kind: k})
		if err != nil || !strings.Contains(string(b), `"kind":"`+k.String()+`"`) || k.String() == "" {
			t.Fatalf("question kind %d marshals as %s (%v), want the word %q", k, b, err, k.String())
		}
		roundTrip(t, "question kind "+k.String(), config.Question{Kind: k})
	}
	if explained == 0 || failures == 0 || len(kinds) < 5 {
		t.Fatalf("round trips too thin: %d explanations of %d question kinds, %d failing tests", explained, len(kinds), failures)
	}
	t.Logf("%d inputs, %d explanations over %d question kinds, %d failing tests with explanations", len(inputs), explained, len(kinds), failures)
}
