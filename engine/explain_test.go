package engine_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"rolelens/engine"
	"rolelens/engine/config"
	"rolelens/engine/resolve"
)

func loadRule(t *testing.T, name string) *engine.Document {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata", "rules", name))
	require.NoError(t, err)
	doc := engine.Load(src)
	require.True(t, doc.OK(), "%s: %v", name, doc.Diagnostics)
	return doc
}

// TestExplainRules pins the rule that decides, where the answer alone
// cannot tell (SPEC 4): which step of 1.4 or of vtiger's list decided.
func TestExplainRules(t *testing.T) {
	crmCell := func(e, a, s string) config.Question {
		return config.Question{Kind: config.AskCRMCell, Entity: e, Action: a, Stage: s}
	}
	record := func(r, a string) config.Question {
		return config.Question{Kind: config.AskRecord, Record: r, Action: a}
	}
	cases := []struct {
		file, user string
		q          config.Question
		answer     string
		rule       resolve.Rule
	}{
		{"bitrix-crm-steps.yaml", "ext", crmCell("lead", "read", ""), "none", resolve.RuleExtranet},
		{"bitrix-crm-steps.yaml", "admin", crmCell("deal", "read", "NEW"), "all", resolve.RuleAdmin},
		{"bitrix-crm-steps.yaml", "norole", crmCell("lead", "read", ""), "none", resolve.RuleNoRole},
		{"bitrix-crm-steps.yaml", "mix", crmCell("deal", "read", "NEW"), "none", resolve.RuleDetailed},
		{"bitrix-crm-steps.yaml", "mix", crmCell("deal", "read", "WON"), "all", resolve.RuleHighest},
		{"bitrix-precedence-personal-first.yaml", "olga", crmCell("contact", "read", ""), "own", resolve.RulePersonalFirst},
		{"bitrix-precedence-maximum.yaml", "olga", crmCell("contact", "read", ""), "all", resolve.RuleHighest},
		// Rules cannot take effect under public-read-create-edit: the
		// default decides (step 7), not the rule (step 8).
		{"vtiger-sharing.yaml", "ag1", record("pot-rep1", "edit"), "allow", resolve.RuleVtigerStep7},
		{"vtiger-sharing.yaml", "ag1", record("acc-rep1", "edit"), "allow", resolve.RuleVtigerStep8},
		{"vtiger-sharing.yaml", "ag1", record("acc-rep1", "view"), "allow", resolve.RuleVtigerStep7},
		{"vtiger-steps.yaml", "admin", record("camp-r1", "delete"), "allow", resolve.RuleVtigerStep1},
		{"vtiger-steps.yaml", "ea", record("lead-r1", "edit"), "allow", resolve.RuleVtigerStep2},
		{"vtiger-steps.yaml", "nm", record("lead-r1", "view"), "deny", resolve.RuleVtigerStep3},
		{"vtiger-steps.yaml", "r1", record("lead-r1b", "create"), "allow", resolve.RuleVtigerStep4},
		{"vtiger-steps.yaml", "ma", record("lead-r1", "edit"), "allow", resolve.RuleVtigerStep5},
		{"vtiger-steps.yaml", "r2", record("lead-inner", "view"), "allow", resolve.RuleVtigerStep6},
		{"vtiger-steps.yaml", "r1b", record("lead-r1", "edit"), "deny", resolve.RuleVtigerStep9},
	}
	docs := map[string]*engine.Document{}
	for _, c := range cases {
		doc := docs[c.file]
		if doc == nil {
			doc = loadRule(t, c.file)
			docs[c.file] = doc
		}
		e, err := doc.Explain(c.user, c.q)
		require.NoError(t, err, "%s %s %+v", c.file, c.user, c.q)
		assert.Equal(t, c.answer, e.Answer, "%s %s %+v", c.file, c.user, c.q)
		assert.Equal(t, c.rule, e.Rule, "%s %s %+v", c.file, c.user, c.q)
	}
}

// TestExplainNotes checks the remarks SPEC 1.4 and 1.5 ask for: no CRM
// access at all, stale records, and a head's direct-link reach.
func TestExplainNotes(t *testing.T) {
	doc := loadRule(t, "bitrix-records-cumulative-true.yaml")
	notes := func(user string, q config.Question) []string {
		e, err := doc.Explain(user, q)
		require.NoError(t, err)
		var out []string
		for _, n := range e.Notes {
			out = append(out, n.Code)
		}
		return out
	}
	assert.Contains(t, notes("sam", config.Question{Kind: config.AskRecord, Record: "l-stale", Action: "read"}), "stale-record")
	assert.Contains(t, notes("anna", config.Question{Kind: config.AskRecord, Record: "l-bob", Action: "read"}), "head-direct-link")
	assert.NotContains(t, notes("sd", config.Question{Kind: config.AskRecord, Record: "l-current", Action: "read"}), "stale-record")
	a := doc.Access("nina")
	require.NotNil(t, a)
	assert.True(t, a.Users[0].NoCRMAccess, "read is none on every entity")
}
