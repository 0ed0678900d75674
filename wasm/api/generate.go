package api

import (
	"rolelens/engine/config"
	"rolelens/engine/gen"
)

// GenerateOptions are the generator's settings (see gen.Options); zero
// values take the generator's defaults. The tags name the JSON keys, which
// generateOptions (options.go) reads.
type GenerateOptions struct {
	System      string `json:"system"`
	Users       int    `json:"users"`
	Departments int    `json:"departments"`
	Roles       int    `json:"roles"`
	Records     int    `json:"records"`
	Assignments int    `json:"assignments"`
	Seed        uint64 `json:"seed"`
}

// Generate writes a made-up organisation, as `rolelens gen` does:
// {"text": YAML}. Counts are bounded by the engine's own limits, so that
// the result can always be read back.
func Generate(opts string) []byte {
	o, bad := generateOptions(opts)
	if bad != nil {
		return bad
	}
	if o.System != "" && o.System != string(config.Bitrix24) && o.System != string(config.Vtiger) {
		return Fail("bad-request", "system must be bitrix24 or vtiger, not %q", o.System)
	}
	for _, n := range []struct {
		v, max int
		what   string
	}{{o.Users, config.MaxUsers, "users"}, {o.Departments, config.MaxDepartments, "departments"}, {o.Roles, config.MaxItems, "roles"},
		{o.Records, config.MaxItems, "records"}, {o.Assignments, config.MaxItems, "assignments"}} {
		if n.v < 0 || n.v > n.max {
			return Fail("bad-request", "%s must be between 0 and %d", n.what, n.max)
		}
	}
	text := gen.Generate(gen.Options{System: o.System, Users: o.Users, Departments: o.Departments, Roles: o.Roles,
		Records: o.Records, Assignments: o.Assignments, Seed: o.Seed})
	return encode(struct {
		Text string `json:"text"`
	}{string(text)})
}
