package engine

import (
	"rolelens/engine/diff"
	"rolelens/engine/lint"
)

// Lint finds the traps of a valid configuration; nil when it is invalid.
func (d *Document) Lint() []lint.Finding {
	rs := d.Resolver()
	if rs == nil {
		return nil
	}
	return lint.Run(rs)
}

// Diff compares two valid configurations of the same system: per user,
// every answer that changes.
func Diff(old, new *Document) (*diff.Report, error) {
	if !old.OK() || !new.OK() {
		return nil, diff.ErrInvalid
	}
	return diff.Compare(old.Resolver(), new.Resolver())
}
