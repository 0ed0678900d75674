package config

import "strings"

// System names the modelled platform.
type System string

const (
	Bitrix24 System = "bitrix24"
	Vtiger   System = "vtiger"
)

// Level is a position on one of the level scales below; 0 is always the
// lowest ("none"), so comparing levels of one scale is comparing ints.
type Level int8

// Scale is an ordered list of level words, lowest first.
type Scale struct {
	Name  string
	Words []string
}

// Parse returns the level of a word on the scale.
func (s *Scale) Parse(w string) (Level, bool) {
	for i, x := range s.Words {
		if x == w {
			return Level(i), true
		}
	}
	return 0, false
}

// Word returns the word of a level.
func (s *Scale) Word(l Level) string {
	if int(l) < 0 || int(l) >= len(s.Words) {
		return "?"
	}
	return s.Words[l]
}

// Top is the highest level of the scale.
func (s *Scale) Top() Level { return Level(len(s.Words) - 1) }

// The CRM levels (SPEC 1.3).
const (
	LevelNone Level = iota
	LevelOwn
	LevelDepartment
	LevelSubdepartments
	LevelOpen
	LevelAll
)

var (
	CRMScale       = &Scale{"crm", []string{"none", "own", "department", "subdepartments", "open", "all"}}
	CallScale      = &Scale{"calls", []string{"none", "own", "department", "all"}}
	OutgoingScale  = &Scale{"outgoing", []string{"none", "crm-clients", "clients-and-employees", "any"}}
	AllowScale     = &Scale{"allow", []string{"none", "allow"}}
	DiskScale      = &Scale{"disk", []string{"none", "read", "add", "edit", "full"}}
	onlyNoneAll    = []string{"none", "all"}
	yesNo          = []string{"allow", "deny"}
	precedences    = []string{"maximum", "personal-first"}
	groupKinds     = []string{"workgroup", "user-group"}
	sharingAccess  = []string{"read", "read-write"}
	moduleDefaults = []string{"private", "public-read", "public-read-create-edit", "public-read-create-edit-delete"}
)

// Action is a CRM action, an index into Actions.
type Action int8

// Actions are the CRM actions in the platform's column order.
var Actions = []string{"read", "add", "update", "delete", "export", "import"}

// NumActions is the number of CRM actions.
const NumActions = 6

// ActionIndex returns the action of a word.
func ActionIndex(w string) (Action, bool) {
	for i, a := range Actions {
		if a == w {
			return Action(i), true
		}
	}
	return 0, false
}

// Entities are the CRM entities; deal@PIPELINE adds one per pipeline.
var Entities = []string{"lead", "deal", "contact", "company", "quote", "invoice", "webform", "widget"}

// DefaultStages are the platform's stage lists where crm.stages is absent.
var DefaultStages = map[string][]string{
	"lead": {"NEW", "IN_PROCESS", "PROCESSED", "JUNK", "CONVERTED"},
	"deal": {"NEW", "PREPARATION", "PREPAYMENT_INVOICE", "EXECUTING", "FINAL_INVOICE", "WON", "LOSE", "APOLOGY"},
}

// EntityLevels returns the level words an entity accepts: webform and
// widget are either closed or open to all.
func EntityLevels(entity string) []string {
	if entity == "webform" || entity == "widget" {
		return onlyNoneAll
	}
	return CRMScale.Words
}

// HasStages reports whether an entity has stage rows.
func HasStages(entity string) bool {
	return entity == "lead" || entity == "deal" || strings.HasPrefix(entity, "deal@")
}

// Telephony permissions (SPEC 1.6) and the scale of each.
var TelephonyPermissions = []string{"call-detail", "call-record-listen", "call-record-modify", "user-settings", "call", "settings", "lines", "balance"}

// TelephonyScale returns the scale of a telephony permission.
func TelephonyScale(perm string) *Scale {
	switch perm {
	case "call-detail", "call-record-listen", "call-record-modify", "user-settings":
		return CallScale
	case "call":
		return OutgoingScale
	case "settings", "lines", "balance":
		return AllowScale
	}
	return nil
}

// TaskToggles are the tasks permissions (SPEC 1.7).
var TaskToggles = []string{"view-department-tasks", "view-subdepartment-tasks", "view-all-tasks", "edit-department-tasks", "edit-all-tasks", "delete-tasks", "assign-outside-department", "manage-templates", "manage-automation", "edit-permissions"}

// DiskActions and the level each needs (SPEC 1.8).
var DiskActions = map[string]Level{"read": 1, "add": 2, "edit": 3, "delete": 4, "share": 4}

// DiskActionWords lists DiskActions in a stable order.
var DiskActionWords = []string{"read", "add", "edit", "delete", "share"}

// vtiger modules and actions (SPEC 2).
var (
	Modules       = []string{"leads", "accounts", "contacts", "potentials", "quotes", "invoices", "tickets", "campaigns"}
	VtigerActions = []string{"view", "create", "edit", "delete"}
)

// VAction is a vtiger action, an index into VtigerActions.
type VAction int8

const (
	VView VAction = iota
	VCreate
	VEdit
	VDelete
)

func indexOf(words []string, w string) int {
	for i, x := range words {
		if x == w {
			return i
		}
	}
	return -1
}

func contains(words []string, w string) bool { return indexOf(words, w) >= 0 }
