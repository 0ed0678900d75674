package resolve

import (
	"testing"

	"github.com/stretchr/testify/require"

	"rolelens/engine/config"
	"rolelens/engine/gen"
)

// The shared, per-index answers must equal the per-user ones the
// explanations use, for every user of generated organisations.
func TestMatrixAnswersEqualPerUser(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		src := gen.Generate(gen.Options{System: "bitrix24", Users: 300, Departments: 40, Roles: 12, Assignments: 600, Records: 10, Seed: seed})
		cfg, diags := config.Parse(src)
		require.Empty(t, diags)
		rs, fresh := New(cfg), New(cfg)
		for u := range rs.users {
			for i, p := range config.TelephonyPermissions {
				require.Equal(t, fresh.telephony(u, p, nil), rs.TelephonyAt(u)[i], "seed %d user %s %s", seed, rs.users[u].ID, p)
			}
			var want []string
			for _, tg := range config.TaskToggles {
				if fresh.task(u, tg, nil) {
					want = append(want, tg)
				}
			}
			require.Equal(t, want, rs.TasksAt(u), "seed %d user %s", seed, rs.users[u].ID)
			for _, f := range cfg.Disk.Folders {
				require.Equal(t, fresh.disk(u, f.Path, nil), rs.DiskLevels(f.Path)[u], "seed %d user %s %s", seed, rs.users[u].ID, f.Path)
			}
			crm := rs.CRMAt(u)
			for _, ea := range crm.Entities {
				for act := range config.NumActions {
					require.Equal(t, fresh.cell(u, ea.Entity, config.Action(act), "", CellOptions{}, nil), ea.Levels[act])
				}
				for _, sa := range ea.Stages {
					for act := range config.NumActions {
						require.Equal(t, fresh.cell(u, ea.Entity, config.Action(act), sa.Stage, CellOptions{}, nil), sa.Levels[act])
					}
				}
			}
		}
	}
}

func TestModuleScopesEqualPerUser(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		src := gen.Generate(gen.Options{System: "vtiger", Users: 300, Departments: 40, Roles: 12, Assignments: 600, Records: 10, Seed: seed})
		cfg, diags := config.Parse(src)
		require.Empty(t, diags)
		rs, fresh := New(cfg), New(cfg)
		for u, user := range rs.users {
			sc := rs.ModuleScopesAt(u)
			k := 0
			for _, m := range config.Modules {
				for _, a := range config.VtigerActions {
					allow, scope := fresh.ModuleScope(user.ID, m, a)
					require.Equal(t, Scope{allow, scope}, sc[k], "seed %d user %s %s %s", seed, user.ID, m, a)
					k++
				}
			}
		}
	}
}
