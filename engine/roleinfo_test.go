package engine_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"rolelens/engine"
	"rolelens/engine/gen"
)

// TestRoleLevelsAreSingleRoleUsers holds a role's own levels (RoleInfo.CRM,
// the playground's "differs from role" baseline) to their meaning: a user
// holding that role alone, neither administrator nor extranet, has exactly
// those entity levels. Over the conformance files and generated portals.
func TestRoleLevelsAreSingleRoleUsers(t *testing.T) {
	texts := map[string][]byte{}
	for _, f := range conformanceFiles(t) {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		texts[f] = src
	}
	for _, seed := range []uint64{1, 2, 3} {
		texts["generated"+string(rune('0'+seed))] = gen.Generate(gen.Options{Users: 300, Seed: seed})
	}
	checked := 0
	for name, src := range texts {
		d := engine.Load(src)
		if !d.OK() || d.Config.System != "bitrix24" {
			continue
		}
		a := d.Access("")
		roles := map[string][]engine.EntityRow{}
		for _, r := range a.Roles {
			require.Len(t, r.CRM, len(a.Entities), "%s: role %s", name, r.ID)
			roles[r.ID] = r.CRM
		}
		rs := d.Resolver()
		for _, u := range a.Users {
			if u.Admin || u.Extranet {
				continue
			}
			distinct := map[string]bool{}
			for _, ref := range rs.Roles(u.User, "crm") {
				distinct[ref.Role] = true
			}
			if len(distinct) != 1 {
				continue
			}
			for role := range distinct {
				for i, er := range u.CRM {
					assert.Equal(t, roles[role][i].Entity, er.Entity, "%s: %s", name, u.User)
					assert.Equal(t, roles[role][i].Levels, er.Levels, "%s: %s holds only %s, %s", name, u.User, role, er.Entity)
				}
			}
			checked++
		}
	}
	assert.Greater(t, checked, 100, "users holding one role checked")
}
