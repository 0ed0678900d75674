package engine_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"rolelens/engine"
	"rolelens/internal/render"

	"rolelens/internal/golden"
)

// accessRuleFiles are the rule files whose matrices are pinned too.
var accessRuleFiles = []string{
	"bitrix-crm-steps.yaml",
	"bitrix-records-cumulative-true.yaml",
	"bitrix-telephony.yaml",
	"vtiger-steps.yaml",
}

// TestGoldenAccess renders the access matrix of every conformance file and
// of a few rule files, as text (NAME.golden, what `rolelens access` prints)
// and as JSON (NAME.json, what `rolelens access --json` prints).
func TestGoldenAccess(t *testing.T) {
	files := conformanceFiles(t)
	for _, f := range accessRuleFiles {
		files = append(files, filepath.Join("testdata", "rules", f))
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".yaml")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			doc := engine.Load(src)
			require.True(t, doc.OK(), "%v", doc.Diagnostics)
			a := doc.Access("")
			require.NotNil(t, a)

			var text bytes.Buffer
			render.Access(&text, a)
			golden.Check(t, filepath.Join("testdata", "access", name+".golden"), text.Bytes())

			var js bytes.Buffer
			enc := json.NewEncoder(&js)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			require.NoError(t, enc.Encode(a))
			golden.Check(t, filepath.Join("testdata", "access", name+".json"), js.Bytes())
		})
	}
}

// TestAccessOneUser checks that the matrix of one user is that user's row
// of the full matrix, and that an unknown user gives nil.
func TestAccessOneUser(t *testing.T) {
	for _, f := range conformanceFiles(t) {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		doc := engine.Load(src)
		all := doc.Access("")
		require.NotNil(t, all)
		for _, row := range all.Users {
			one := doc.Access(row.User)
			require.NotNil(t, one)
			require.Len(t, one.Users, 1)
			require.Equal(t, row, one.Users[0])
		}
		require.Nil(t, doc.Access("no-such-user"))
	}
}
