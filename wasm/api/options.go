package api

import (
	"strconv"

	"go.yaml.in/yaml/v3"
)

// Options documents are JSON objects, read here with the YAML parser that
// every configuration goes through anyway (JSON is YAML). A page's first
// call then runs no JSON decoder: the browser compiles wasm functions on
// their first call, and encoding/json's reflection was a fifth of the code
// a share link's first matrix compiled (measured in Chromium: the first
// call took 40 ms less without it).

// optionReader reads the fields of one options object; the first wrong
// value is the error.
type optionReader struct {
	bad []byte
}

func (r *optionReader) fail(key, want string) {
	if r.bad == nil {
		r.bad = Fail("bad-request", "option %q must be %s", key, want)
	}
}

// isNull tells a JSON null, which leaves a field as it is (encoding/json
// does the same).
func isNull(v *yaml.Node) bool { return v.Kind == yaml.ScalarNode && v.Tag == "!!null" }

func (r *optionReader) str(key string, v *yaml.Node, dst *string) {
	switch {
	case isNull(v):
	case v.Kind == yaml.ScalarNode && v.Tag == "!!str":
		*dst = v.Value
	default:
		r.fail(key, "a string")
	}
}

func (r *optionReader) bool(key string, v *yaml.Node, dst *bool) {
	switch {
	case isNull(v):
	case v.Kind == yaml.ScalarNode && v.Tag == "!!bool" && (v.Value == "true" || v.Value == "false"):
		*dst = v.Value == "true"
	default:
		r.fail(key, "true or false")
	}
}

func (r *optionReader) int(key string, v *yaml.Node, dst *int) {
	if isNull(v) {
		return
	}
	n, err := strconv.Atoi(v.Value)
	if v.Kind != yaml.ScalarNode || v.Tag != "!!int" || err != nil {
		r.fail(key, "a whole number")
		return
	}
	*dst = n
}

func (r *optionReader) uint64(key string, v *yaml.Node, dst *uint64) {
	if isNull(v) {
		return
	}
	n, err := strconv.ParseUint(v.Value, 10, 64)
	if v.Kind != yaml.ScalarNode || v.Tag != "!!int" || err != nil {
		r.fail(key, "a whole number from 0")
		return
	}
	*dst = n
}

func (r *optionReader) strs(key string, v *yaml.Node, dst *[]string) {
	if isNull(v) {
		*dst = nil
		return
	}
	if v.Kind != yaml.SequenceNode {
		r.fail(key, "a list of strings")
		return
	}
	out := make([]string, 0, len(v.Content))
	for _, e := range v.Content {
		if e.Kind != yaml.ScalarNode || e.Tag != "!!str" {
			r.fail(key, "a list of strings")
			return
		}
		out = append(out, e.Value)
	}
	*dst = out
}

// readOptions reads an options document ("" means defaults), handing each
// key and value to field; unknown keys are for field to ignore, so that
// newer callers work with older modules.
func readOptions(s string, field func(r *optionReader, key string, v *yaml.Node)) []byte {
	if s == "" || s == "null" || s == "undefined" {
		return nil
	}
	if len(s) > MaxOptionBytes {
		return Fail("bad-request", "options are %d bytes; the limit is %d", len(s), MaxOptionBytes)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(s), &doc); err != nil {
		return Fail("bad-request", "options are not a JSON object: %v", err)
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return Fail("bad-request", "options are not a JSON object")
	}
	m := doc.Content[0]
	r := &optionReader{}
	for i := 0; i+1 < len(m.Content) && r.bad == nil; i += 2 {
		k := m.Content[i]
		if k.Kind != yaml.ScalarNode {
			return Fail("bad-request", "options are not a JSON object")
		}
		field(r, k.Value, m.Content[i+1])
	}
	return r.bad
}

// options reads the options every call accepts.
func options(s string) (Options, []byte) {
	var o Options
	bad := readOptions(s, func(r *optionReader, key string, v *yaml.Node) {
		switch key {
		case "lang":
			r.str(key, v, &o.Lang)
		case "user":
			r.str(key, v, &o.User)
		case "record":
			r.str(key, v, &o.Record)
		case "users":
			r.strs(key, v, &o.Users)
		case "first":
			r.int(key, v, &o.First)
		case "limit":
			if r.int(key, v, &o.Limit); o.Limit < 0 {
				r.fail(key, "a whole number from 0")
			}
		case "code":
			r.str(key, v, &o.Code)
		case "role":
			r.str(key, v, &o.Role)
		case "packed":
			r.bool(key, v, &o.Packed)
		}
	})
	return o, bad
}

// generateOptions reads the generator's options.
func generateOptions(s string) (GenerateOptions, []byte) {
	var o GenerateOptions
	bad := readOptions(s, func(r *optionReader, key string, v *yaml.Node) {
		switch key {
		case "system":
			r.str(key, v, &o.System)
		case "users":
			r.int(key, v, &o.Users)
		case "departments":
			r.int(key, v, &o.Departments)
		case "roles":
			r.int(key, v, &o.Roles)
		case "records":
			r.int(key, v, &o.Records)
		case "assignments":
			r.int(key, v, &o.Assignments)
		case "seed":
			r.uint64(key, v, &o.Seed)
		}
	})
	return o, bad
}
