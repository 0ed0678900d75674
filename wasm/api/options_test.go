package api

import (
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"rolelens/engine/diag"
)

// The options reader gives what encoding/json would for every document a
// caller may send, and refuses what encoding/json refuses.
func TestOptionsReadAsEncodingJSON(t *testing.T) {
	for _, doc := range []string{
		`{}`,
		`{"lang":"de","packed":true,"asText":true}`,
		`{"user":"anna","record":"lead-1","role":"sales","first":60}`,
		`{"users":["a","b","<c>"],"lang":null,"packed":false}`,
		`{"users":null}`,
		`{"users":[]}`,
		`{"lang":"ru","unknown":{"deep":[1,2,{"x":null}]}}`,
		`{"lang":"d\u00e9\n\"x\""}`,
		`{"first":0}`,
		`{"first":-5}`,
	} {
		var want Options
		require.NoError(t, json.Unmarshal([]byte(doc), &want), doc)
		got, bad := options(doc)
		assert.Nil(t, bad, doc)
		assert.Equal(t, want, got, doc)
	}
	var wantGen GenerateOptions
	doc := `{"system":"vtiger","users":1000,"departments":20,"roles":5,"records":7,"assignments":9,"seed":18446744073709551615}`
	require.NoError(t, json.Unmarshal([]byte(doc), &wantGen))
	gotGen, bad := generateOptions(doc)
	assert.Nil(t, bad)
	assert.Equal(t, wantGen, gotGen)

	for _, doc := range []string{
		`5`, `[`, `"de"`, `[1]`, `{"lang":5}`, `{"lang":["de"]}`, `{"packed":"yes"}`, `{"packed":1}`,
		`{"first":"10"}`, `{"first":1.5}`, `{"users":"anna"}`, `{"users":[1]}`, `{"users":{"a":1}}`,
		strings.Repeat(" ", MaxOptionBytes+1),
	} {
		_, bad := options(doc)
		if assert.NotNil(t, bad, doc) {
			assert.Contains(t, string(bad), `"bad-request"`, doc)
		}
		if json.Valid([]byte(doc)) {
			var o Options
			assert.Error(t, json.Unmarshal([]byte(doc), &o), "encoding/json takes %s", doc)
		}
	}
	for _, doc := range []string{"", "null", "undefined"} {
		o, bad := options(doc)
		assert.Nil(t, bad)
		assert.Equal(t, Options{}, o)
	}
}

// appendString writes every string as encoding/json does.
func TestAppendStringMatchesEncodingJSON(t *testing.T) {
	cases := []string{"", "plain", `"quoted" \ back`, "<img src=x onerror=alert(1)>", "a&b", "Müller", "Ярослав",
		"tab\there\nline\r\b\f\x00\x1f\x7f", "\u2028\u2029", "bad \xff\xfe utf-8 \xe2\x82", "emoji 🙂", "\ufffd"}
	for c := 0; c < 256; c++ {
		cases = append(cases, string([]byte{byte(c)}), "x"+string([]byte{byte(c)})+"y")
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, rnd.IntN(12))
		for i := range b {
			b[i] = byte(rnd.IntN(256))
		}
		cases = append(cases, string(b))
	}
	for _, s := range cases {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(appendString(nil, s)), "%q", s)
	}
}

// The head of a result is what encoding/json writes for it.
func TestAppendCheckedMatchesEncodingJSON(t *testing.T) {
	d := diag.New("E108", diag.Range{Start: diag.Pos{Line: 2, Col: 9}, End: diag.Pos{Line: 2, Col: 16}}, "bitrx24")
	for _, c := range []checked{
		{OK: true, System: "bitrix24", Title: "Sales <team>", Diagnostics: []Diagnostic{}},
		{OK: false, Diagnostics: []Diagnostic{render1(d, "de")}},
		{OK: true, System: "vtiger"},
	} {
		want, err := json.Marshal(c)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(appendChecked(nil, c)))
	}
}
