package config

import (
	"testing"

	"github.com/stretchr/testify/require"
)

// ParseQuestion reads questions as tests are read: the same words are
// checked, with suggestions, and positions point into the question.
func TestParseQuestion(t *testing.T) {
	user, q, diags := ParseQuestion([]byte(`{user: anna, crm: {entity: deal, action: update, stage: WON}}`), Bitrix24)
	require.Empty(t, diags)
	require.Equal(t, "anna", user)
	require.Equal(t, Question{Kind: AskCRMCell, Entity: "deal", Action: "update", Stage: "WON"}, q)

	_, _, diags = ParseQuestion([]byte("user: anna\ncrm: {entity: lead, action: reed}\n"), Bitrix24)
	require.Len(t, diags, 1)
	require.Equal(t, "E110", string(diags[0].Code))
	require.Equal(t, []string{"read"}, diags[0].Suggest)
	require.Equal(t, 2, diags[0].Range.Start.Line)

	for src, code := range map[string]string{
		`{user: anna, vtiger: {module: leads, action: view}}`: "E303",
		`{user: anna}`:                      "E301",
		`{crm: settings}`:                   "E102",
		`null`:                              "E006",
		`[1, 2]`:                            "E006",
		`{user: anna, crm: settings, x: 1}`: "E101",
		`{user: [`:                          "E001",
	} {
		_, _, diags := ParseQuestion([]byte(src), Bitrix24)
		require.NotEmpty(t, diags, src)
		require.Equal(t, code, string(diags[0].Code), src)
	}
}
