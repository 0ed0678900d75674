package resolve

import (
	"os"
	"path/filepath"
	"testing"

	"rolelens/engine/config"

	"rolelens/internal/testrepo"
)

// TestCellWithMatchesCell checks that CellWith with zero options, and with
// the precedence flipped, agrees with the resolver's own cells.
func TestCellWithMatchesCell(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(testrepo.Shared(t), "conformance", "bitrix-*.yaml"))
	if len(files) == 0 {
		t.Skip("no conformance files")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cfg, diags := config.Parse(src)
		if diags.HasErrors() {
			t.Fatalf("%s: %v", f, diags)
		}
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
							t.Errorf("%s: %s %s/%s/%d: CellWith %d, cell %d", filepath.Base(f), u.ID, e, s, act, got, want)
						}
						if got, want := rs.CellWith(u.ID, e, act, s, CellOptions{Precedence: other}), b.Level(e, act, s); got != want {
							t.Errorf("%s: %s %s/%s/%d under %s: CellWith %d, cell %d", filepath.Base(f), u.ID, e, s, act, other, got, want)
						}
					}
				}
			}
		}
	}
}
