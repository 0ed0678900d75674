package engine_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"rolelens/engine"
	"rolelens/engine/config"
)

// TestTooLargeIsLoad: the document callers build for an input they
// measured as too large is the one Load gives for it.
func TestTooLargeIsLoad(t *testing.T) {
	n := config.MaxBytes + 1
	assert.Equal(t, engine.Load(make([]byte, n)), engine.TooLarge(n))
}
