// Package testrun runs the tests written inside a configuration (SPEC 3).
package testrun

import (
	"rolelens/engine/config"
	"rolelens/engine/diag"
	"rolelens/engine/resolve"
)

// Result is the outcome of one test.
type Result struct {
	Name     string               `json:"name,omitempty"`
	User     string               `json:"user"`
	Question config.Question      `json:"question"`
	At       diag.Range           `json:"at"`
	Expect   string               `json:"expect"`
	Got      string               `json:"got"`
	Pass     bool                 `json:"pass"`
	Why      *resolve.Explanation `json:"why,omitempty"` // failures only
	Error    error                `json:"-"`             // the question could not be answered
}

// Report is the outcome of every test of one configuration.
type Report struct {
	Passed  int      `json:"passed"`
	Failed  int      `json:"failed"`
	Results []Result `json:"results"`
}

// Run answers each test with the resolver. A test whose question cannot be
// answered fails with Got empty.
func Run(cfg *config.Config, rs *resolve.Resolver) Report {
	var rep Report
	for _, t := range cfg.Tests {
		res := Result{Name: t.Name, User: t.User, Question: t.Question, At: t.At, Expect: t.Expect}
		e, err := rs.Explain(t.User, t.Question)
		res.Error = err
		if err == nil {
			res.Got = e.Answer
			res.Pass = e.Answer == t.Expect
			if !res.Pass {
				res.Why = e
			}
		}
		if res.Pass {
			rep.Passed++
		} else {
			rep.Failed++
		}
		rep.Results = append(rep.Results, res)
	}
	return rep
}
