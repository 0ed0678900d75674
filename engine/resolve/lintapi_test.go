package resolve

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"rolelens/engine/config"
	"rolelens/engine/gen"

	"rolelens/internal/testrepo"
)

// bitrixConformance parses the shared bitrix24 conformance files.
func bitrixConformance(t *testing.T) []*config.Config {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(testrepo.Shared(t), "conformance", "bitrix-*.yaml"))
	var cfgs []*config.Config
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cfg, diags := config.Parse(src)
		if diags.HasErrors() {
			t.Fatalf("%s: %v", f, diags)
		}
		cfgs = append(cfgs, cfg)
	}
	return cfgs
}

// TestCellWithMatchesCell checks that CellWith with zero options, and with
// the precedence flipped, agrees with the resolver's own cells.
func TestCellWithMatchesCell(t *testing.T) {
	cfgs := bitrixConformance(t)
	if len(cfgs) == 0 {
		t.Skip("no conformance files")
	}
	for _, cfg := range cfgs {
		flipped := *cfg
		flipped.CRM.PersonalFirst = !cfg.CRM.PersonalFirst
		other := "personal-first"
		if cfg.CRM.PersonalFirst {
			other = "maximum"
		}
		rs, rf := New(cfg), New(&flipped)
		for _, u := range rs.Users() {
			a, b := rs.CRM(u.ID), rf.CRM(u.ID)
			for _, e := range cfg.AllEntities() {
				stages := append([]string{""}, cfg.Stages(e)...)
				for _, s := range stages {
					for act := config.Action(0); act < config.NumActions; act++ {
						if got, want := rs.CellWith(u.ID, e, act, s, CellOptions{}), a.Level(e, act, s); got != want {
							t.Errorf("%s: %s %s/%s/%d: CellWith %d, cell %d", cfg.Title, u.ID, e, s, act, got, want)
						}
						if got, want := rs.CellWith(u.ID, e, act, s, CellOptions{Precedence: other}), b.Level(e, act, s); got != want {
							t.Errorf("%s: %s %s/%s/%d under %s: CellWith %d, cell %d", cfg.Title, u.ID, e, s, act, other, got, want)
						}
					}
				}
			}
		}
	}
}

// TestPrecedenceCellsMatchCellWith checks PrecedenceCells against CellWith
// under both precedence rules, cell by cell and in the table's order, for
// every user of the conformance files and of generated portals.
func TestPrecedenceCellsMatchCellWith(t *testing.T) {
	cfgs := bitrixConformance(t)
	for seed := uint64(1); seed <= 3; seed++ {
		cfg, diags := config.Parse(gen.Generate(gen.Options{Users: 150, Seed: seed}))
		if diags.HasErrors() {
			t.Fatalf("generated portal %d: %v", seed, diags)
		}
		cfgs = append(cfgs, cfg)
	}
	parted := 0
	for _, cfg := range cfgs {
		rs := New(cfg)
		for _, u := range rs.Users() {
			var got, want []string
			rs.PrecedenceCells(u.ID, func(e, s string, act config.Action, mx, pf config.Level) {
				got = append(got, fmt.Sprint(e, "/", s, "/", act, ":", mx, ",", pf))
			})
			if len(got) == 0 {
				continue // users the rules cannot part give none
			}
			for _, e := range cfg.AllEntities() {
				var stages []string
				if config.HasStages(e) {
					stages = cfg.Stages(e)
				}
				for act := config.Action(0); act < config.NumActions; act++ {
					for _, s := range append([]string{""}, stages...) {
						mx := rs.CellWith(u.ID, e, act, s, CellOptions{Precedence: "maximum"})
						pf := rs.CellWith(u.ID, e, act, s, CellOptions{Precedence: "personal-first"})
						want = append(want, fmt.Sprint(e, "/", s, "/", act, ":", mx, ",", pf))
						if mx != pf {
							parted++
						}
					}
				}
			}
			if !slices.Equal(got, want) {
				t.Fatalf("%s: %s: PrecedenceCells\n%v\nCellWith\n%v", cfg.Title, u.ID, got, want)
			}
		}
	}
	if parted == 0 {
		t.Error("no cell where the two rules part: the test proves nothing")
	}
}

// TestHeadDirectLinkMatchesExplain checks HeadDirectLink against the note
// Explain makes, for every user, record and action of generated portals.
func TestHeadDirectLinkMatchesExplain(t *testing.T) {
	links := 0
	for seed := uint64(1); seed <= 4; seed++ {
		cfg := generated(t, gen.Options{Users: 60, Departments: 12, Records: 80, Seed: seed})
		rs := New(cfg)
		for _, u := range cfg.Users {
			for _, rec := range cfg.Records {
				for _, act := range config.Actions {
					e, err := rs.Explain(u.ID, config.Question{Kind: config.AskRecord, Record: rec.ID, Action: act})
					if err != nil {
						t.Fatal(err)
					}
					want := ""
					for _, n := range e.Notes {
						if n.Code == "head-direct-link" {
							want = n.Args[0]
						}
					}
					if got := rs.HeadDirectLink(u.ID, rec.ID, act); got != want {
						t.Fatalf("seed %d: %s %s %s: HeadDirectLink %q, Explain notes %q", seed, u.ID, rec.ID, act, got, want)
					}
					if want != "" {
						links++
					}
				}
			}
		}
	}
	if links == 0 {
		t.Fatal("no head-direct-link in the generated portals: the test checks nothing")
	}
	t.Logf("%d direct links agree", links)
}

// TestResaveChangesMatchesResolving checks ResaveChanges against its
// definition: the answers of a resolver over the re-saved configuration.
func TestResaveChangesMatchesResolving(t *testing.T) {
	changed := 0
	for seed := uint64(1); seed <= 6; seed++ {
		cfg := generated(t, gen.Options{Users: 80, Departments: 12, Records: 120, Seed: seed})
		for _, cumulative := range []bool{false, true} {
			c := *cfg
			c.CRM.Cumulative = cumulative
			rs := New(&c)
			resaved := c
			resaved.Records = make([]*config.Record, len(c.Records))
			for i, rec := range c.Records {
				r := *rec
				r.Departments = nil
				resaved.Records[i] = &r
			}
			after := New(&resaved)
			for _, rec := range c.Records {
				var want []string
				for _, u := range c.Users {
					for _, act := range config.Actions {
						a, _ := rs.RecordAllowed(u.ID, rec.ID, act)
						b, _ := after.RecordAllowed(u.ID, rec.ID, act)
						if a != b {
							want = append(want, u.ID)
							break
						}
					}
				}
				if got := rs.ResaveChanges(rec.ID); !slices.Equal(got, want) {
					t.Fatalf("seed %d, cumulative %v, %s: ResaveChanges %v, resolving %v", seed, cumulative, rec.ID, got, want)
				}
				changed += len(want)
			}
		}
	}
	if changed == 0 {
		t.Fatal("no answer changes on a re-save in the generated portals: the test checks nothing")
	}
	t.Logf("%d changed answers agree", changed)
}

// TestPeersHidden checks PeersHidden against RecordAllowed, record by
// record, for every group of generated companies and every module, under
// their own defaults and with every default private.
func TestPeersHidden(t *testing.T) {
	hidden := 0
	for seed := uint64(1); seed <= 5; seed++ {
		cfg := generated(t, gen.Options{System: "vtiger", Users: 70, Records: 200, Assignments: 80, Seed: seed})
		private := *cfg
		private.Sharing.Defaults = map[string]string{}
		for _, m := range config.Modules {
			private.Sharing.Defaults[m] = "private"
		}
		for _, c := range []*config.Config{cfg, &private} {
			rs := New(c)
			for _, g := range c.Groups {
				members := rs.Members(config.Subject{Kind: config.SubGroup, ID: g.ID})
				for _, module := range config.Modules {
					var owners, want []string
					for _, rec := range c.Records {
						if rec.Module == module && rec.Owner.Kind == config.SubUser && slices.Contains(members, rec.Owner.ID) && !slices.Contains(owners, rec.Owner.ID) {
							owners = append(owners, rec.Owner.ID)
						}
					}
					for _, m := range members {
						if can, _ := rs.ModuleScope(m, module, "view"); !can {
							continue
						}
						for _, rec := range c.Records {
							if rec.Module != module || rec.Owner.Kind != config.SubUser || rec.Owner.ID == m || !slices.Contains(owners, rec.Owner.ID) {
								continue
							}
							if ok, _ := rs.RecordAllowed(m, rec.ID, "view"); !ok {
								want = append(want, m)
								break
							}
						}
					}
					if got := rs.PeersHidden(g.ID, module); !slices.Equal(got, want) {
						t.Fatalf("seed %d, group %s, %s: PeersHidden %v, RecordAllowed %v", seed, g.ID, module, got, want)
					}
					hidden += len(want)
				}
			}
		}
	}
	if hidden == 0 {
		t.Fatal("nobody is hidden in the generated companies: the test checks nothing")
	}
	t.Logf("%d hidden members agree", hidden)
}

// generated parses a generated configuration, failing the test on errors.
func generated(t *testing.T, o gen.Options) *config.Config {
	t.Helper()
	cfg, diags := config.Parse(gen.Generate(o))
	if diags.HasErrors() {
		t.Fatalf("seed %d: %v", o.Seed, diags)
	}
	return cfg
}
