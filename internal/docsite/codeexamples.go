package docsite

// diagExamples are the smallest configurations that make rolelens report
// each diagnostic code. The codes page shows each with what rolelens
// reports for it, and the tests check that each really reports its code.
// Codes whose trigger is a size limit have none (see noExample).
const bx = "rolelens: 1\nsystem: bitrix24\n"
const vt = "rolelens: 1\nsystem: vtiger\n"

var diagExamples = map[string]string{
	"E001": bx + "title: [Sales\n",
	"E003": bx + "title: " + nested(101) + "\n",
	"E004": bx + "org:\n  users: &a [{id: u1}, {id: u2}]\n  groups:\n    - &b {id: g1, members: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]}\n" +
		"    - &c {id: g2, members: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]}\n    - &d {id: g3, members: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]}\n" +
		"    - &e {id: g4, members: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]}\n    - &f {id: g5, members: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]}\n" +
		"    - {id: g6, members: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]}\n",
	"E006": bx + "org:\n  users: {id: anna}\n",
	"E007": "rolelens: 2\nsystem: bitrix24\n",
	"E008": bx + "---\n" + bx,
	"E009": "# nothing here yet\n",
	"E010": bx + "title: Caf\xe9\n",
	"E101": bx + "titel: Sales team\n",
	"E102": "rolelens: 1\ntitle: Sales team\n",
	"E103": bx + "title: Sales\ntitle: Support\n",
	"E104": bx + "crm:\n  roles:\n    - id: agent\n      permissions:\n        lead: {read: departmnet}\n",
	"E105": bx + "crm:\n  roles:\n    - id: agent\n      permissions:\n        webform: {read: own}\n",
	"E106": bx + "crm:\n  precedence: personal\n",
	"E107": bx + "org:\n  users:\n    - {id: eve, admin: yes please}\n",
	"E108": "rolelens: 1\nsystem: bitrix\n",
	"E109": bx + "crm:\n  roles:\n    - id: agent\n      permissions:\n        leads: {read: own}\n",
	"E110": bx + "org:\n  users: [{id: anna}]\ntests:\n  - {user: anna, crm: {entity: lead, action: view}, expect: none}\n",
	"E111": bx + "org:\n  users: [{id: anna}]\ncrm:\n  roles: [{id: agent}]\n  assignments:\n    - {role: agent, to: [person:anna]}\n",
	"E112": vt + "sharing:\n  defaults: {lead: private}\n",
	"E113": bx + "org:\n  users: [{id: anna}]\ntests:\n  - {user: anna, telephony: call-records, expect: all}\n",
	"E114": bx + "tasks:\n  roles:\n    - {id: boss, allow: [view-every-task]}\n",
	"E115": bx + "crm:\n  roles:\n    - id: agent\n      permissions:\n        contact:\n          read: own\n          stages:\n            NEW: {read: none}\n",
	"E116": bx + "org:\n  users:\n    - {id: anna berg}\n",
	"E117": bx + "disk:\n  folders:\n    - {path: Sales/}\n",
	"E118": bx + "title: [Sales, Support]\n",
	"E119": bx + "profiles:\n  - {id: sales}\n",
	"E201": bx + "org:\n  users:\n    - {id: anna}\n    - {id: anna}\n",
	"E202": bx + "org:\n  departments:\n    - {id: sales, head: hanna}\n",
	"E203": bx + "org:\n  users:\n    - {id: anna, departments: [sales]}\n",
	"E204": bx + "org:\n  users: [{id: anna}]\ncrm:\n  roles: [{id: agent}]\n  assignments:\n    - {role: agent, to: [group:partners]}\n",
	"E205": bx + "org:\n  users: [{id: anna}]\ncrm:\n  assignments:\n    - {role: agent, to: [user:anna]}\n",
	"E206": vt + "org:\n  roles:\n    - {id: rep, profiles: [sales]}\n",
	"E207": bx + "org:\n  users: [{id: anna}]\ntests:\n  - {user: anna, record: lead-1, action: read, expect: allow}\n",
	"E208": bx + "crm:\n  roles:\n    - id: agent\n      permissions:\n        deal:\n          read: own\n          stages:\n            WIN: {read: none}\n",
	"E209": bx + "crm:\n  roles:\n    - id: agent\n      permissions:\n        deal@wholesale: {read: own}\n",
	"E210": bx + "org:\n  departments:\n    - {id: sales, parent: north}\n    - {id: north, parent: sales}\n",
	"E211": vt + "org:\n  roles:\n    - {id: manager, parent: rep}\n    - {id: rep, parent: manager}\n",
	"E212": vt + "org:\n  roles: [{id: rep}]\n  groups:\n    - {id: a, members: [group:b]}\n    - {id: b, members: [group:a]}\n",
	"E213": bx + "org:\n  users: [{id: anna}]\ntests:\n  - {user: anna, disk: /Offers, expect: read}\n",
	"E301": bx + "org:\n  users: [{id: anna}]\ntests:\n  - {user: anna, tasks: view-all-tasks, telephony: call, expect: allow}\n",
	"E302": bx + "org:\n  users: [{id: anna}]\ntests:\n  - {user: anna, crm: {entity: lead, action: read}, expect: allow}\n",
	"E303": bx + "org:\n  users: [{id: anna}]\ntests:\n  - {user: anna, vtiger: {module: leads, action: view}, expect: allow}\n",
	"E304": bx + "org:\n  users: [{id: anna}, {id: bob}]\ntests:\n  - {user: anna, telephony: {permission: call, of: bob}, expect: allow}\n",
}

// noExample lists codes whose trigger is a size limit: an example would be
// megabytes long.
var noExample = map[string]bool{"E002": true, "E005": true, "E011": true}

func nested(n int) string {
	b := make([]byte, 0, 2*n)
	for i := 0; i < n; i++ {
		b = append(b, '[')
	}
	for i := 0; i < n; i++ {
		b = append(b, ']')
	}
	return string(b)
}
