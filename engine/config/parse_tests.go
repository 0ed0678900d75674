package config

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"rolelens/engine/diag"
)

var questionKeys = []string{"crm", "record", "telephony", "tasks", "disk", "vtiger"}

func (r *reader) tests(cfg *Config, n *yaml.Node) {
	for _, it := range r.list(n, MaxItems, "tests") {
		t, m, ok := r.test(cfg.System, it, testShape)
		if !ok {
			continue
		}
		if v := m.get("expect"); v != nil {
			w, ok := r.text(v, "expect")
			if !ok {
				continue
			}
			words := ExpectWords(t.Question)
			if !contains(words, w) {
				r.suggestAdd("E302", r.rng(v), w, words, w, strings.Join(words, ", "))
				continue
			}
			t.Expect = w
		}
		if t.User != "" && t.Expect != "" {
			cfg.Tests = append(cfg.Tests, t)
		}
	}
}

// test reads a test's name, user and question; the caller reads expect
// from the mapping it returns.
func (r *reader) test(sys System, it *yaml.Node, sh *Shape) (*Test, *mapping, bool) {
	m := r.mapping(it, sh, nil)
	if m == nil {
		return nil, nil, false
	}
	t := &Test{At: r.rng(deref(it))}
	t.Name = r.optText(m, "name")
	if v := m.get("user"); v != nil {
		t.User, _ = r.text(v, "user")
		t.UserAt = r.rng(v)
	}
	var asked []string
	for _, k := range questionKeys {
		if m.has(k) {
			asked = append(asked, k)
		}
	}
	if len(asked) != 1 {
		found := strconv.Itoa(len(asked))
		if len(asked) > 1 {
			found = strings.Join(asked, ", ")
		}
		r.add("E301", t.At, found)
		return nil, nil, false
	}
	if m.has("action") && asked[0] != "record" {
		r.add("E101", r.keyRange(m, "action"), "action")
		return nil, nil, false
	}
	q, ok := r.question(sys, asked[0], m, t)
	if !ok {
		return nil, nil, false
	}
	t.Question = q
	return t, m, true
}

// ParseQuestion reads one question shaped like a test without expect
// (SPEC 3), from YAML or JSON text, with the checks, codes and suggestions
// of a configuration's tests; positions are in src. The playground's
// explain calls ask their questions this way.
func ParseQuestion(src []byte, sys System) (user string, q Question, diags diag.List) {
	r := newReader(src)
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		return "", q, diag.List{syntaxError(err, r)}
	}
	if len(doc.Content) == 0 {
		return "", q, diag.List{diag.New("E009", diag.Range{Start: diag.Pos{Line: 1, Col: 1}, End: diag.Pos{Line: 1, Col: 1}})}
	}
	root := doc.Content[0]
	if !r.checkShape(root) {
		return "", q, r.diags
	}
	if deref(root).Kind != yaml.MappingNode { // null too: a question is never empty
		return "", q, diag.List{diag.New("E006", r.rng(root), "a mapping", kindName(deref(root)))}
	}
	t, _, ok := r.test(sys, root, questionShape)
	if ok && t.User == "" && len(r.diags) == 0 {
		r.add("E102", r.rng(root), "user")
	}
	if !ok || len(r.diags) > 0 {
		return "", q, r.diags
	}
	return t.User, t.Question, nil
}

// ExpectWords are the answers a question can have.
func ExpectWords(q Question) []string {
	switch q.Kind {
	case AskCRMCell:
		return CRMScale.Words
	case AskTelephony:
		if s := TelephonyScale(q.Permission); s != nil {
			return s.Words
		}
	case AskDisk:
		return DiskScale.Words
	}
	return yesNo
}

func (r *reader) question(sys System, key string, m *mapping, t *Test) (Question, bool) {
	v := m.get(key)
	owner := Bitrix24
	if key == "vtiger" {
		owner = Vtiger
	}
	if key != "record" && owner != sys {
		r.add("E303", r.keyRange(m, key), key, string(sys))
		return Question{}, false
	}
	scalar := v != nil && v.Kind == yaml.ScalarNode && v.Tag != "!!null"
	switch key {
	case "crm":
		if scalar {
			if v.Value != "settings" {
				r.suggestAdd("E106", r.rng(v), v.Value, []string{"settings"}, v.Value, "crm", "settings, {entity, action, stage}")
				return Question{}, false
			}
			return Question{Kind: AskCRMSettings}, true
		}
		qm := r.mapping(v, questionCRM, nil)
		if qm == nil || !qm.has("entity") || !qm.has("action") {
			return Question{}, false
		}
		q := Question{Kind: AskCRMCell}
		var ok bool
		if q.Entity, ok = r.text(qm.get("entity"), "entity"); !ok {
			return q, false
		}
		t.EntityAt = r.rng(qm.get("entity"))
		if !knownEntityForm(q.Entity) {
			r.suggestAdd("E109", r.rng(qm.get("entity")), q.Entity, Entities, q.Entity)
			return q, false
		}
		if q.Action, ok = r.actionWord(qm.get("action"), q.Entity, Actions); !ok {
			return q, false
		}
		if sv := qm.get("stage"); !isNull(sv) {
			t.RefAt = r.rng(sv)
			if q.Stage, ok = r.text(sv, "stage"); !ok {
				return q, false
			}
			if !HasStages(q.Entity) {
				r.add("E115", r.rng(sv), q.Entity)
				return q, false
			}
		}
		return q, true
	case "record":
		q := Question{Kind: AskRecord}
		var ok bool
		t.RefAt = r.rng(v)
		if q.Record, ok = r.text(v, "record"); !ok {
			return q, false
		}
		av := m.get("action")
		if av == nil {
			r.add("E102", r.rng(m.node), "action")
			return q, false
		}
		words := Actions
		if sys == Vtiger {
			words = VtigerActions
		}
		q.Action, ok = r.actionWord(av, "record", words)
		return q, ok
	case "telephony":
		q := Question{Kind: AskTelephony}
		pv := v
		if !scalar {
			qm := r.mapping(v, questionTelephony, nil)
			if qm == nil || !qm.has("permission") {
				return q, false
			}
			pv = qm.get("permission")
			if ov := qm.get("of"); !isNull(ov) {
				q.Kind = AskTelephonyOf
				q.Of, _ = r.text(ov, "of")
				t.RefAt = r.rng(ov)
			}
		}
		var ok bool
		if q.Permission, ok = r.text(pv, "permission"); !ok {
			return q, false
		}
		if !contains(TelephonyPermissions, q.Permission) {
			r.suggestAdd("E113", r.rng(pv), q.Permission, TelephonyPermissions, q.Permission)
			return q, false
		}
		if q.Kind == AskTelephonyOf && TelephonyScale(q.Permission) != CallScale {
			r.add("E304", r.rng(pv), q.Permission)
			return q, false
		}
		return q, true
	case "tasks":
		w, ok := r.text(v, "tasks")
		if !ok {
			return Question{}, false
		}
		if !contains(TaskToggles, w) {
			r.suggestAdd("E114", r.rng(v), w, TaskToggles, w)
			return Question{}, false
		}
		return Question{Kind: AskTasks, Toggle: w}, true
	case "disk":
		q := Question{Kind: AskDisk}
		pv := v
		if !scalar {
			qm := r.mapping(v, questionDisk, nil)
			if qm == nil || !qm.has("path") {
				return q, false
			}
			pv = qm.get("path")
			if av := qm.get("action"); !isNull(av) {
				q.Kind = AskDiskAction
				var ok bool
				if q.Action, ok = r.actionWord(av, "disk", DiskActionWords); !ok {
					return q, false
				}
			}
		}
		var ok bool
		t.RefAt = r.rng(pv)
		if q.Path, ok = r.text(pv, "path"); !ok {
			return q, false
		}
		if !validPath(q.Path) {
			r.add("E117", r.rng(pv), clip(q.Path))
			return q, false
		}
		return q, true
	case "vtiger":
		qm := r.mapping(v, questionVtiger, nil)
		if qm == nil || !qm.has("module") || !qm.has("action") {
			return Question{}, false
		}
		q := Question{Kind: AskVtigerModule}
		var ok bool
		if q.Module, ok = r.module(qm.get("module")); !ok {
			return q, false
		}
		q.Action, ok = r.actionWord(qm.get("action"), q.Module, VtigerActions)
		return q, ok
	}
	return Question{}, false
}

func (r *reader) actionWord(v *yaml.Node, of string, words []string) (string, bool) {
	w, ok := r.text(v, "action")
	if !ok {
		return "", false
	}
	if !contains(words, w) {
		r.suggestAdd("E110", r.rng(deref(v)), w, words, w, of, strings.Join(words, ", "))
		return "", false
	}
	return w, true
}
