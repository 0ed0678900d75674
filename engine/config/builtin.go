package config

// Built-in telephony roles (SPEC 1.6): assignable without being defined; a
// role defined with the same id replaces one.
var builtinTelephony = []struct {
	id, name string
	perms    map[string]string
}{
	{"administrator", "Administrator", map[string]string{"call-detail": "all", "call-record-listen": "all", "call": "any", "user-settings": "all", "settings": "allow", "lines": "allow"}},
	{"director", "Director", map[string]string{"call-detail": "all", "call-record-listen": "all", "call": "any"}},
	{"department-head", "Department head", map[string]string{"call-detail": "department", "call-record-listen": "department", "call": "any"}},
	{"manager", "Manager", map[string]string{"call-detail": "own", "call-record-listen": "own", "call": "any"}},
}

// Built-in tasks roles (SPEC 1.7).
var builtinTasks = []struct {
	id, name string
	allow    []string
}{
	{"full-access", "Full access", TaskToggles[:len(TaskToggles)-1]}, // every toggle but edit-permissions
	{"supervisor", "Supervisor", []string{"view-department-tasks", "view-subdepartment-tasks", "edit-department-tasks"}},
	{"employee", "Employee", nil},
}

func builtinTelephonyRoles() []*TelephonyRole {
	out := make([]*TelephonyRole, len(builtinTelephony))
	for i, b := range builtinTelephony {
		r := &TelephonyRole{ID: b.id, Name: b.name, Builtin: true, Perms: map[string]Cell{}}
		for p, w := range b.perms {
			l, _ := TelephonyScale(p).Parse(w)
			r.Perms[p] = Cell{Set: true, Level: l}
		}
		out[i] = r
	}
	return out
}

func builtinTaskRoles() []*TaskRole {
	out := make([]*TaskRole, len(builtinTasks))
	for i, b := range builtinTasks {
		out[i] = &TaskRole{ID: b.id, Name: b.name, Builtin: true, Allow: append([]string(nil), b.allow...)}
	}
	return out
}
