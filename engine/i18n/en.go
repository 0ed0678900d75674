package i18n

// labelsEN is the English catalogue. Keys and their order are the same in
// every language; see i18n.go for the key scheme.
var labelsEN = map[string]string{
	// CRM levels (SPEC 1.3), lowest first
	"level.crm.none":           "Access denied",
	"level.crm.own":            "Personal",
	"level.crm.department":     "Personal and department",
	"level.crm.subdepartments": "Personal, department and subdepartments",
	"level.crm.open":           "All open",
	"level.crm.all":            "All",

	// Telephony levels over calls (SPEC 1.6)
	"level.calls.none":       "Access denied",
	"level.calls.own":        "Own calls",
	"level.calls.department": "Own and department calls",
	"level.calls.all":        "Any calls",

	// Outgoing call levels
	"level.outgoing.none":                  "Access denied",
	"level.outgoing.crm-clients":           "CRM clients only",
	"level.outgoing.clients-and-employees": "CRM clients and employees",
	"level.outgoing.any":                   "Any number",

	// Telephony settings, lines and balance
	"level.allow.none":  "Access denied",
	"level.allow.allow": "Allowed",

	// Disk levels (SPEC 1.8)
	"level.disk.none": "Access denied",
	"level.disk.read": "Read",
	"level.disk.add":  "Add",
	"level.disk.edit": "Edit",
	"level.disk.full": "Full access",

	// Answers of allow/deny questions
	"answer.allow": "Allowed",
	"answer.deny":  "Denied",

	// CRM actions
	"action.crm.read":   "Read",
	"action.crm.add":    "Add",
	"action.crm.update": "Edit",
	"action.crm.delete": "Delete",
	"action.crm.export": "Export",
	"action.crm.import": "Import",

	// vtiger actions
	"action.vtiger.view":   "View",
	"action.vtiger.create": "Create",
	"action.vtiger.edit":   "Edit",
	"action.vtiger.delete": "Delete",

	// Disk actions
	"action.disk.read":   "Read",
	"action.disk.add":    "Add",
	"action.disk.edit":   "Edit",
	"action.disk.delete": "Delete",
	"action.disk.share":  "Share",

	// CRM entities; entity.deal@ is the pattern for a pipeline's deals, {0} = the pipeline
	"entity.lead":    "Leads",
	"entity.deal":    "Deals",
	"entity.deal@":   "Deals: {0}",
	"entity.contact": "Contacts",
	"entity.company": "Companies",
	"entity.quote":   "Quotes",
	"entity.invoice": "Invoices",
	"entity.webform": "CRM forms",
	"entity.widget":  "Website widget",

	// Stage rows: stage for deals, status for leads
	"stage":    "Stage",
	"status":   "Status",
	"pipeline": "Pipeline",

	// Telephony permissions
	"telephony.call-detail":        "Call statistics",
	"telephony.call-record-listen": "Call recording: listen",
	"telephony.call-record-modify": "Call recording: modify",
	"telephony.user-settings":      "User settings",
	"telephony.call":               "Outgoing call",
	"telephony.settings":           "Telephony settings",
	"telephony.lines":              "Manage numbers",
	"telephony.balance":            "Manage balance",

	// Tasks toggles (SPEC 1.7)
	"tasks.view-department-tasks":     "View all tasks of the department",
	"tasks.view-subdepartment-tasks":  "View all tasks of the subdepartments",
	"tasks.view-all-tasks":            "View all tasks",
	"tasks.edit-department-tasks":     "Edit all tasks of the department",
	"tasks.edit-all-tasks":            "Edit all tasks",
	"tasks.delete-tasks":              "Delete tasks",
	"tasks.assign-outside-department": "Assign tasks to employees of other departments",
	"tasks.manage-templates":          "Manage task templates",
	"tasks.manage-automation":         "Manage automation rules",
	"tasks.edit-permissions":          "Edit access permissions",

	// Built-in tasks roles
	"tasksrole.full-access": "Full access",
	"tasksrole.supervisor":  "Supervisor",
	"tasksrole.employee":    "Employee",

	// Built-in telephony roles
	"telephonyrole.administrator":   "Administrator",
	"telephonyrole.director":        "Director",
	"telephonyrole.department-head": "Department head",
	"telephonyrole.manager":         "Manager",

	// vtiger modules
	"vtiger.module.leads":      "Leads",
	"vtiger.module.accounts":   "Organizations",
	"vtiger.module.contacts":   "Contacts",
	"vtiger.module.potentials": "Opportunities",
	"vtiger.module.quotes":     "Quotes",
	"vtiger.module.invoices":   "Invoices",
	"vtiger.module.tickets":    "Tickets",
	"vtiger.module.campaigns":  "Campaigns",

	// vtiger organisation-wide defaults, global privileges and sharing
	"vtiger.default.private":                        "Private",
	"vtiger.default.public-read":                    "Public: read only",
	"vtiger.default.public-read-create-edit":        "Public: read, create/edit",
	"vtiger.default.public-read-create-edit-delete": "Public: read, create/edit, delete",
	"vtiger.view-all":                               "View all",
	"vtiger.edit-all":                               "Edit all",
	"vtiger.global-privileges":                      "Global privileges",
	"vtiger.sharing":                                "Sharing access",
	"vtiger.sharing-rule":                           "Sharing rule",
	"vtiger.access.read":                            "Read only",
	"vtiger.access.read-write":                      "Read and write",
	"vtiger.recalculate":                            "Recalculate",
	"vtiger.group.users":                            "Group of users",
	"vtiger.group.roles":                            "Group of roles",
	"vtiger.group.role-tree":                        "Group of roles and subordinates",

	// Subjects: who a role, grant or rule is given to
	"subject.user":             "Users",
	"subject.department":       "Departments",
	"subject.department-tree":  "Departments and subdepartments",
	"subject.group":            "Groups",
	"subject.group.user-group": "User groups",
	"subject.group.workgroup":  "Workgroups and projects",
	"subject.heads":            "Department heads",
	"subject.everyone":         "All employees",
	"subject.role":             "Roles",
	"subject.role-tree":        "Roles and subordinates",

	// Things and flags
	"role":          "Role",
	"assignment":    "Access permission",
	"profile":       "Profile",
	"group":         "Group",
	"settings":      "User may edit settings",
	"admin":         "Administrator",
	"extranet":      "Extranet user",
	"no-crm-access": "No CRM access",
	"inherit":       "Inherit",
	"open-record":   "Available to everyone",
	"personal-role": "Personal role",
	"group-role":    "Group role",
	"detailed":      "Detailed permissions",
	"inherited":     "Inherited permissions",

	// Rules that decide or drop a candidate (resolve.Rule); the English is what the CLI prints
	"rule.extranet":                 "extranet users have no CRM",
	"rule.admin":                    "administrators have every right",
	"rule.no-role":                  "no role reaches the user",
	"rule.detailed-beats-inherited": "an explicit stage row beats inherited values",
	"rule.personal-first":           "personal-first: personal roles replace group roles",
	"rule.highest-wins":             "the highest level of the roles wins",
	"rule.settings-any-role":        "settings are allowed when any role allows them",
	"rule.record-own":               "level own: only records the user is responsible for",
	"rule.record-department":        "level department: own records and records of the user's departments",
	"rule.record-subdepartments":    "level subdepartments: own records and records of the user's departments and their subdepartments",
	"rule.record-open":              "level open: open records, own records and (cumulative) the subdepartments rule",
	"rule.record-all":               "level all: every record",
	"rule.record-none":              "level none: no record",
	"rule.calls-own":                "level own: only the user's own calls",
	"rule.calls-department":         "level department: calls of users sharing a department",
	"rule.calls-all":                "level all: every call",
	"rule.union-of-roles":           "a user has the union of the toggles of their roles",
	"rule.folder-owner":             "the folder's owner has full access",
	"rule.highest-grant":            "the highest grant on the folder or an ancestor wins",
	"rule.subject-not-reached":      "the assignment does not reach the user",
	"rule.vtiger-step-1":            "step 1: administrators may do everything",
	"rule.vtiger-step-2":            "step 2: a global privilege of the profile (view all / edit all)",
	"rule.vtiger-step-3":            "step 3: no profile of the role allows this action on the module",
	"rule.vtiger-step-4":            "step 4: a profile of the role allows this action on the module; creating needs nothing more",
	"rule.vtiger-step-5":            "step 5: the owner is the user or in a role below",
	"rule.vtiger-step-6":            "step 6: the owner is a group the user belongs to",
	"rule.vtiger-step-7":            "step 7: the module's organisation-wide default",
	"rule.vtiger-step-8":            "step 8: a sharing rule",
	"rule.vtiger-step-9":            "step 9: nothing grants access",

	// Notes for the reader (resolve.Note); {0} as in the note's arguments
	"note.no-crm-access":    "the user's read level is none on every entity: no CRM access at all",
	"note.stale-record":     "record {0} was saved under other departments than its responsible's current ones; re-saving it fixes that",
	"note.head-direct-link": "as head of {0} the user can still open this record through a direct link, though it is not in their lists",

	// Facts an explanation used (resolve.Fact names)
	"fact.responsible":         "Responsible person",
	"fact.stage":               "Stage",
	"fact.departments":         "Departments",
	"fact.current-departments": "Responsible person's current departments",
	"fact.stale":               "Departments out of date",
	"fact.open":                "Available to everyone",
	"fact.owner":               "Owner",
	"fact.owner-role-path":     "Owner's role hierarchy",
	"fact.role-path":           "User's role hierarchy",
	"fact.role":                "Role",
	"fact.default":             "Sharing access",
	"fact.of":                  "Calls of",
	"fact.their-departments":   "Other user's departments",

	// Explanation layout; {0}, {1} are ids, paths and values
	"explain.level-used": "level used",
	"explain.level-by":   "level by",
	"explain.decided-by": "decided by",
	"explain.candidates": "candidates",
	"explain.facts":      "facts",
	"explain.note":       "note",
	"explain.dropped":    "dropped",
	"explain.from":       "from",
	"explain.none":       "(none)",
	"explain.line":       "line {0}",
	"source.role":        "role {0}",
	"source.builtin":     "built-in role {0}",
	"source.via":         "via {0}",
	"source.stage-row":   "stage {0} row",
	"source.grant":       "grant on {0} to {1}",
	"source.owner":       "owner of {0}",
	"source.profile":     "profile {0}",
	"source.rule":        "sharing rule from {0} to {1}",

	// vtiger scope: which records a module action reaches
	"scope.own":          "Own records",
	"scope.subordinates": "Records of subordinates",
	"scope.groups":       "Records of own groups",
	"scope.default":      "By sharing access",
	"scope.rule":         "Sharing rule from {0}",
	"scope.create":       "New records",
	"scope.all-admin":    "All (administrator)",
	"scope.all-view-all": "All (View all)",
	"scope.all-edit-all": "All (Edit all)",
}
