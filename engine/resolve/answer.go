package resolve

import (
	"strings"

	"rolelens/engine/config"
	"rolelens/engine/diag"
)

// QuestionError says why a question cannot be answered; it carries a
// diagnostic code so callers render it like any other diagnostic.
type QuestionError struct {
	Code diag.Code
	Args []string
}

func (e *QuestionError) Error() string {
	return diag.Message(diag.Diagnostic{Code: e.Code, Args: e.Args}, "en")
}

func qerr(code diag.Code, args ...string) error { return &QuestionError{Code: code, Args: args} }

// Explain answers a question about a user and says why.
func (rs *Resolver) Explain(userID string, q Question) (*Explanation, error) {
	u, ok := rs.userIx[userID]
	if !ok {
		return nil, qerr("E202", userID)
	}
	if err := rs.check(q); err != nil {
		return nil, err
	}
	e := &Explanation{User: userID, Question: q}
	cfg := rs.cfg
	switch q.Kind {
	case config.AskCRMCell:
		act, _ := config.ActionIndex(q.Action)
		l := rs.cell(u, q.Entity, act, q.Stage, CellOptions{}, e)
		e.Answer = config.CRMScale.Word(l)
		if rs.crmOfUser(u).NoAccess {
			e.note("no-crm-access")
		}
	case config.AskCRMSettings:
		e.Answer = allowWord(rs.settings(u, e))
	case config.AskRecord:
		i := rs.recordIx[q.Record]
		if cfg.System == config.Vtiger {
			e.Answer = allowWord(rs.vtigerRecord(u, i, config.VAction(indexOf(config.VtigerActions, q.Action)), e))
		} else {
			act, _ := config.ActionIndex(q.Action)
			e.Answer = allowWord(rs.recordAllowed(u, i, act, e))
			if rs.crmOfUser(u).NoAccess {
				e.note("no-crm-access")
			}
		}
	case config.AskTelephony:
		e.Answer = config.TelephonyScale(q.Permission).Word(rs.telephony(u, q.Permission, e))
	case config.AskTelephonyOf:
		e.Answer = allowWord(rs.telephonyOf(u, rs.userIx[q.Of], q.Permission, e))
	case config.AskTasks:
		e.Answer = allowWord(rs.task(u, q.Toggle, e))
	case config.AskDisk:
		e.Answer = config.DiskScale.Word(rs.disk(u, q.Path, e))
	case config.AskDiskAction:
		l := rs.disk(u, q.Path, e)
		e.Level = config.DiskScale.Word(l)
		e.Answer = allowWord(l >= config.DiskActions[q.Action])
	case config.AskVtigerModule:
		allow, _ := rs.vtigerModule(u, q.Module, config.VAction(indexOf(config.VtigerActions, q.Action)), e)
		e.Answer = allowWord(allow)
	}
	for i := range e.Candidates {
		e.Candidates[i].SubjectName = rs.cfg.SubjectName(e.Candidates[i].Subject)
	}
	return e, nil
}

// check validates a question against the configuration, as the parser
// does for the tests block, for questions from the CLI or the API.
func (rs *Resolver) check(q Question) error {
	cfg := rs.cfg
	bitrixOnly := q.Kind != config.AskRecord && q.Kind != config.AskVtigerModule
	if (cfg.System == config.Vtiger && bitrixOnly) || (cfg.System == config.Bitrix24 && q.Kind == config.AskVtigerModule) {
		return qerr("E303", q.Kind.String(), string(cfg.System))
	}
	switch q.Kind {
	case config.AskCRMCell:
		if !knownEntity(cfg, q.Entity) {
			return qerr("E109", q.Entity)
		}
		if _, ok := config.ActionIndex(q.Action); !ok {
			return qerr("E110", q.Action, q.Entity, strings.Join(config.Actions, ", "))
		}
		if q.Stage != "" && !hasString(cfg.Stages(q.Entity), q.Stage) {
			return qerr("E208", q.Stage, q.Entity)
		}
	case config.AskCRMSettings:
	case config.AskRecord:
		if _, ok := rs.recordIx[q.Record]; !ok {
			return qerr("E207", q.Record)
		}
		words := config.Actions
		if cfg.System == config.Vtiger {
			words = config.VtigerActions
		}
		if !hasString(words, q.Action) {
			return qerr("E110", q.Action, "record", strings.Join(words, ", "))
		}
	case config.AskTelephony, config.AskTelephonyOf:
		s := config.TelephonyScale(q.Permission)
		if s == nil {
			return qerr("E113", q.Permission)
		}
		if q.Kind == config.AskTelephonyOf {
			if s != config.CallScale {
				return qerr("E304", q.Permission)
			}
			if _, ok := rs.userIx[q.Of]; !ok {
				return qerr("E202", q.Of)
			}
		}
	case config.AskTasks:
		if !hasString(config.TaskToggles, q.Toggle) {
			return qerr("E114", q.Toggle)
		}
	case config.AskDisk, config.AskDiskAction:
		if cfg.FolderOf(q.Path) == nil {
			return qerr("E213", q.Path)
		}
		if _, ok := config.DiskActions[q.Action]; q.Kind == config.AskDiskAction && !ok {
			return qerr("E110", q.Action, "disk", strings.Join(config.DiskActionWords, ", "))
		}
	case config.AskVtigerModule:
		if !hasString(config.Modules, q.Module) {
			return qerr("E112", q.Module)
		}
		if !hasString(config.VtigerActions, q.Action) {
			return qerr("E110", q.Action, q.Module, strings.Join(config.VtigerActions, ", "))
		}
	default:
		return qerr("E301", "0")
	}
	return nil
}

func knownEntity(cfg *config.Config, e string) bool { return hasString(cfg.AllEntities(), e) }

func allowWord(b bool) string {
	if b {
		return "allow"
	}
	return "deny"
}

func indexOf(ws []string, w string) int {
	for i, x := range ws {
		if x == w {
			return i
		}
	}
	return -1
}

func hasString(ws []string, w string) bool { return indexOf(ws, w) >= 0 }
