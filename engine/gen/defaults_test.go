package gen

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"rolelens/engine/config"
)

// TestDefaultsWithinLimits: the defaults that grow with other counts
// (records per user, subjects per role) stay within a configuration's
// limits, so that the largest organisation asked for still loads.
func TestDefaultsWithinLimits(t *testing.T) {
	o := Options{Users: config.MaxUsers, Roles: config.MaxItems}
	require.NoError(t, o.Check())
	d := o.withDefaults()
	assert.Equal(t, config.MaxItems, d.Records, "2 records per user, bounded")
	assert.Equal(t, config.MaxItems, d.Assignments, "3 subjects per role, bounded")
	assert.Equal(t, config.MaxUsers/10, d.Departments)
	assert.NoError(t, d.Check())

	v := Options{System: "vtiger", Users: 1000}.withDefaults()
	assert.Equal(t, 50, v.Departments, "a group per 20 users")
	assert.Equal(t, 250, v.Assignments, "5 members per group")
}
