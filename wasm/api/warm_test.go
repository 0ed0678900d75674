package api

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every warm-up step is a real answer on a valid organisation, the steps
// end with done, and the caller's cached text survives them all.
func TestWarmLeavesTheCallersText(t *testing.T) {
	text := conformance(t)["bitrix-sales-team.yaml"]
	Access(text, "")
	doc := last.doc
	require.NotNil(t, doc)
	for step := 0; ; step++ {
		out := Warm(strconv.Itoa(step))
		var r map[string]any
		require.NoError(t, json.Unmarshal(out, &r), "step %d", step)
		if r["done"] == true {
			assert.Equal(t, warmIterations*warmKinds, step)
			break
		}
		require.Equal(t, true, r["ok"], "step %d: %s", step, out)
		require.Nil(t, r["error"], "step %d", step)
	}
	assert.Equal(t, text, last.text)
	assert.Same(t, doc, last.doc, "the caller's document was parsed again")
	assert.Equal(t, `{"done":true}`, string(Warm("-1")))
	assert.Contains(t, string(Warm("x")), `"bad-request"`)
}
