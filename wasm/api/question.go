package api

import (
	"bytes"
	"encoding/json"

	"rolelens/engine/config"
	"rolelens/engine/diag"
	"rolelens/engine/resolve"
)

// Question reads the question of an explain call. It takes the shape of a
// test in a configuration (SPEC 3) without expect, read by the same code
// as the configuration's tests, with their codes and suggestions:
//
//	{"user": "anna", "crm": {"entity": "deal", "action": "update", "stage": "WON"}}
//	{"user": "anna", "crm": "settings"}
//	{"user": "anna", "record": "lead-17", "action": "update"}
//	{"user": "anna", "telephony": "call"}  or  {"telephony": {"permission": "call-detail", "of": "bob"}}
//	{"user": "anna", "tasks": "view-all-tasks"}
//	{"user": "anna", "disk": "/Sales"}  or  {"disk": {"path": "/Sales", "action": "delete"}}
//	{"user": "person1", "vtiger": {"module": "leads", "action": "create"}}
//
// or the engine's own config.Question with "kind" (as test results carry it):
//
//	{"user": "anna", "kind": "crm", "entity": "deal", "action": "update"}
func Question(src []byte, sys config.System) (string, config.Question, error) {
	var probe struct {
		Kind any `json:"kind"`
	}
	if t := bytes.TrimSpace(src); len(t) > 0 && t[0] == '{' && json.Unmarshal(t, &probe) == nil && probe.Kind != nil {
		var q struct {
			User string `json:"user"`
			config.Question
		}
		if err := json.Unmarshal(src, &q); err != nil {
			return "", q.Question, &resolve.QuestionError{Code: "E006", Args: []string{"a question with a known kind", err.Error()}}
		}
		if q.User == "" {
			return "", q.Question, &resolve.QuestionError{Code: "E102", Args: []string{"user"}}
		}
		return q.User, q.Question, nil
	}
	if !json.Valid(src) { // the API's questions are JSON, whatever YAML would accept
		return "", config.Question{}, &resolve.QuestionError{Code: "E006", Args: []string{"a question object", "text that is not JSON"}}
	}
	user, q, diags := config.ParseQuestion(src, sys)
	if len(diags) > 0 {
		return "", q, &questionProblem{diags[0]}
	}
	return user, q, nil
}

// questionProblem is why a question could not be read, with the reader's
// suggestions.
type questionProblem struct{ d diag.Diagnostic }

func (p *questionProblem) Error() string { return diag.Message(p.d, "en") }
