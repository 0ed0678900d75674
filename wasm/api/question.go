package api

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"

	"rolelens/engine/config"
	"rolelens/engine/resolve"
)

// Question reads the question of an explain call. It takes the shape of a
// test in a configuration (SPEC 3) without expect:
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
//
// Words are checked by the resolver; this only reads the shape.
func Question(src []byte) (string, config.Question, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(src, &m); err != nil || m == nil {
		return "", config.Question{}, wrong("a question object", kindOf(src))
	}
	var user string
	if err := str(m, "user", &user); err != nil {
		return "", config.Question{}, err
	}
	if user == "" {
		return "", config.Question{}, &resolve.QuestionError{Code: "E102", Args: []string{"user"}}
	}
	if _, ok := m["kind"]; ok {
		var q config.Question
		if err := json.Unmarshal(src, &q); err != nil {
			return "", q, wrong("a question with a known kind", err.Error())
		}
		return user, q, nil
	}
	var asked []string
	for _, k := range []string{"crm", "record", "telephony", "tasks", "disk", "vtiger"} {
		if _, ok := m[k]; ok {
			asked = append(asked, k)
		}
	}
	if len(asked) != 1 {
		found := strconv.Itoa(len(asked))
		if len(asked) > 1 {
			found = strings.Join(asked, ", ")
		}
		return "", config.Question{}, &resolve.QuestionError{Code: "E301", Args: []string{found}}
	}
	q, err := shape(asked[0], m)
	return user, q, err
}

// shape reads the one question key of a test-shaped question.
func shape(key string, m map[string]json.RawMessage) (config.Question, error) {
	v := m[key]
	var word string
	scalar := str(m, key, &word) == nil
	var sub map[string]json.RawMessage
	if !scalar {
		if err := json.Unmarshal(v, &sub); err != nil || sub == nil {
			return config.Question{}, wrong("text or a mapping for "+key, kindOf(v))
		}
	}
	q := config.Question{}
	var err error
	get := func(from map[string]json.RawMessage, k string, dst *string) {
		if err == nil {
			err = str(from, k, dst)
		}
	}
	switch key {
	case "crm":
		if scalar {
			if word != "settings" {
				return q, &resolve.QuestionError{Code: "E106", Args: []string{word, "crm", "settings, {entity, action, stage}"}}
			}
			q.Kind = config.AskCRMSettings
			break
		}
		q.Kind = config.AskCRMCell
		get(sub, "entity", &q.Entity)
		get(sub, "action", &q.Action)
		get(sub, "stage", &q.Stage)
	case "record":
		if !scalar {
			return q, wrong("a record id", kindOf(v))
		}
		q.Kind, q.Record = config.AskRecord, word
		get(m, "action", &q.Action)
	case "telephony":
		q.Kind, q.Permission = config.AskTelephony, word
		if !scalar {
			get(sub, "permission", &q.Permission)
			get(sub, "of", &q.Of)
			if q.Of != "" {
				q.Kind = config.AskTelephonyOf
			}
		}
	case "tasks":
		if !scalar {
			return q, wrong("a tasks toggle", kindOf(v))
		}
		q.Kind, q.Toggle = config.AskTasks, word
	case "disk":
		q.Kind, q.Path = config.AskDisk, word
		if !scalar {
			get(sub, "path", &q.Path)
			get(sub, "action", &q.Action)
			if q.Action != "" {
				q.Kind = config.AskDiskAction
			}
		}
	case "vtiger":
		if scalar {
			return q, wrong("{module, action}", "text")
		}
		q.Kind = config.AskVtigerModule
		get(sub, "module", &q.Module)
		get(sub, "action", &q.Action)
	}
	if _, ok := m["action"]; ok && err == nil && key != "record" {
		err = &resolve.QuestionError{Code: "E101", Args: []string{"action"}}
	}
	if err == nil {
		err = need(q)
	}
	return q, err
}

// need reports the first required word a question lacks.
func need(q config.Question) error {
	missing := ""
	switch {
	case q.Kind == config.AskCRMCell && q.Entity == "":
		missing = "entity"
	case q.Kind == config.AskTelephony && q.Permission == "":
		missing = "permission"
	case (q.Kind == config.AskDisk || q.Kind == config.AskDiskAction) && q.Path == "":
		missing = "path"
	case q.Kind == config.AskVtigerModule && q.Module == "":
		missing = "module"
	case q.Kind != config.AskCRMSettings && q.Kind != config.AskTelephony && q.Kind != config.AskTelephonyOf &&
		q.Kind != config.AskTasks && q.Kind != config.AskDisk && q.Action == "":
		missing = "action"
	}
	if missing != "" {
		return &resolve.QuestionError{Code: "E102", Args: []string{missing}}
	}
	return nil
}

// str reads an optional text value; a missing key or null leaves dst alone.
func str(m map[string]json.RawMessage, k string, dst *string) error {
	v, ok := m[k]
	if !ok || string(v) == "null" {
		return nil
	}
	if err := json.Unmarshal(v, dst); err != nil {
		return wrong("text for "+k, kindOf(v))
	}
	return nil
}

func wrong(want, found string) error {
	return &resolve.QuestionError{Code: "E006", Args: []string{want, found}}
}

// kindOf names the JSON kind of a value, for messages.
func kindOf(v []byte) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "nothing"
	}
	switch v[0] {
	case '{':
		return "a mapping"
	case '[':
		return "a list"
	case '"':
		return "text"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}
