package engine_test

import (
	"bytes"
	"runtime"
	"sync"
	"testing"

	"rolelens/engine"
	"rolelens/engine/config"
	"rolelens/engine/diag"
	"rolelens/engine/gen"
	"rolelens/engine/resolve"
)

// benchOrg is one generated organisation the benchmarks run on. The
// large one is the size the performance goals name: 10,000 users, 1,000
// departments, 300 roles and 30,000 assignments.
type benchOrg struct {
	name string
	opts gen.Options
}

var benchOrgs = []benchOrg{
	{"bitrix24-1k", gen.Options{System: "bitrix24", Users: 1_000, Departments: 100, Roles: 30, Assignments: 3_000, Records: 1_000, Seed: 1}},
	{"bitrix24-10k", gen.Options{System: "bitrix24", Users: 10_000, Departments: 1_000, Roles: 300, Assignments: 30_000, Records: 10_000, Seed: 1}},
	{"vtiger-1k", gen.Options{System: "vtiger", Users: 1_000, Departments: 100, Roles: 30, Assignments: 3_000, Records: 1_000, Seed: 1}},
	{"vtiger-10k", gen.Options{System: "vtiger", Users: 10_000, Departments: 1_000, Roles: 300, Assignments: 30_000, Records: 10_000, Seed: 1}},
}

// benchData holds what a size needs, made once per process so that every
// benchmark's setup stays short.
type benchData struct {
	src []byte
	cfg *config.Config
}

var benchCache sync.Map // name -> *benchData

func loadBench(b *testing.B, o benchOrg) *benchData {
	b.Helper()
	if d, ok := benchCache.Load(o.name); ok {
		return d.(*benchData)
	}
	src := gen.Generate(o.opts)
	cfg, diags := config.Parse(src)
	if cfg == nil || len(diags) > 0 {
		b.Fatalf("%s: generated configuration has %d diagnostics: %v", o.name, len(diags), diags)
	}
	d := &benchData{src: src, cfg: cfg}
	benchCache.Store(o.name, d)
	return d
}

// BenchmarkParse measures engine.Load: YAML to a validated model.
func BenchmarkParse(b *testing.B) {
	for _, o := range benchOrgs {
		b.Run(o.name, func(b *testing.B) {
			d := loadBench(b, o)
			b.SetBytes(int64(len(d.src)))
			b.ReportAllocs()
			for b.Loop() {
				if doc := engine.Load(d.src); !doc.OK() {
					b.Fatal("invalid")
				}
			}
		})
	}
}

// BenchmarkEdit measures what a playground's edit costs the parser: a
// text whose last section changed, loaded whole ("load") and through a
// Loader that read the text before ("loader"), which parses again only
// the changed section. Each iteration alternates two versions, so that
// every load is of a text changed since the last.
func BenchmarkEdit(b *testing.B) {
	for _, o := range benchOrgs {
		d := loadBench(b, o)
		versions := [][]byte{append(bytes.Clone(d.src), "# edit 1\n"...), append(bytes.Clone(d.src), "# edit 2\n"...)}
		b.Run(o.name+"/load", func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if doc := engine.Load(versions[i%2]); !doc.OK() {
					b.Fatal("invalid")
				}
				i++
			}
		})
		b.Run(o.name+"/loader", func(b *testing.B) {
			b.ReportAllocs()
			var l engine.Loader
			i := 0
			for b.Loop() {
				if doc := l.Load(versions[i%2]); !doc.OK() {
					b.Fatal("invalid")
				}
				i++
			}
		})
	}
}

// BenchmarkResolveAll measures the full access matrix from a parsed
// configuration: "new" is resolve.New alone, "matrix" is a fresh document
// over the parsed configuration and Access("") for every user, which
// builds the resolver, every CRM matrix and the rows in words; "answers"
// is resolve.New and the same questions without the rows.
func BenchmarkResolveAll(b *testing.B) {
	for _, o := range benchOrgs {
		b.Run(o.name+"/new", func(b *testing.B) {
			d := loadBench(b, o)
			b.ReportAllocs()
			for b.Loop() {
				if resolve.New(d.cfg) == nil {
					b.Fatal("no resolver")
				}
			}
		})
		b.Run(o.name+"/answers", func(b *testing.B) {
			d := loadBench(b, o)
			b.ReportAllocs()
			for b.Loop() {
				allAnswers(resolve.New(d.cfg))
			}
		})
		b.Run(o.name+"/matrix", func(b *testing.B) {
			d := loadBench(b, o)
			b.ReportAllocs()
			var a *engine.Access
			for b.Loop() {
				doc := &engine.Document{Config: d.cfg, Diagnostics: diag.List{}}
				a = doc.Access("")
				if a == nil || len(a.Users) != o.opts.Users {
					b.Fatal("incomplete matrix")
				}
			}
			// The heap that stays alive with one matrix and its model.
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "live-MB")
			runtime.KeepAlive(a)
		})
	}
}

// allAnswers asks a resolver what Access asks for every user, without
// building the rows in words, to tell the resolver's share of the matrix.
func allAnswers(rs *resolve.Resolver) {
	cfg := rs.Config()
	for u := range rs.Users() {
		if cfg.System == config.Vtiger {
			rs.ModuleScopesAt(u)
			continue
		}
		rs.CRMAt(u)
		rs.TelephonyAt(u)
		rs.TasksAt(u)
	}
	for _, f := range cfg.Disk.Folders {
		rs.DiskLevels(f.Path)
	}
}

// BenchmarkRecordChecks measures Resolver.RecordAllowed on a built
// resolver whose per-user caches are warm, cycling through users, records
// and actions.
func BenchmarkRecordChecks(b *testing.B) {
	for _, o := range benchOrgs {
		b.Run(o.name, func(b *testing.B) {
			d := loadBench(b, o)
			rs := resolve.New(d.cfg)
			actions := config.Actions
			if d.cfg.System == config.Vtiger {
				actions = config.VtigerActions
			}
			type check struct{ user, record, action string }
			users, recs := rs.Users(), d.cfg.Records
			checks := make([]check, 4096)
			for i := range checks {
				// Strides prime to the sizes spread the checks over the organisation.
				checks[i] = check{users[(i*7919)%len(users)].ID, recs[(i*104729)%len(recs)].ID, actions[i%len(actions)]}
			}
			for _, c := range checks { // warm the caches, as a long-lived resolver is
				if _, err := rs.RecordAllowed(c.user, c.record, c.action); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportAllocs()
			b.ResetTimer()
			allowed := 0
			for i := 0; i < b.N; i++ {
				c := checks[i%len(checks)]
				if ok, _ := rs.RecordAllowed(c.user, c.record, c.action); ok {
					allowed++
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "checks/s")
			b.ReportMetric(0, "ns/op")
			_ = allowed
		})
	}
}

// BenchmarkLint measures the lint of a parsed configuration, resolver
// included: what the playground runs after each edit's matrix.
func BenchmarkLint(b *testing.B) {
	for _, o := range benchOrgs {
		b.Run(o.name, func(b *testing.B) {
			d := loadBench(b, o)
			b.ReportAllocs()
			for b.Loop() {
				doc := &engine.Document{Config: d.cfg, Diagnostics: diag.List{}}
				doc.Lint()
			}
		})
	}
}
