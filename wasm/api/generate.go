package api

import "rolelens/engine/gen"

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
// {"text": YAML}. It accepts what the CLI accepts (gen.Options.Check):
// counts within the lists' limits of a configuration.
func Generate(opts string) []byte {
	o, bad := generateOptions(opts)
	if bad != nil {
		return bad
	}
	g := gen.Options{System: o.System, Users: o.Users, Departments: o.Departments, Roles: o.Roles,
		Records: o.Records, Assignments: o.Assignments, Seed: o.Seed}
	if err := g.Check(); err != nil {
		return Fail("bad-request", "%v", err)
	}
	text := gen.Generate(g)
	return encode(struct {
		Text string `json:"text"`
	}{string(text)})
}
