// Package templates holds the playground's examples: YAML configurations
// with tests, listed in index.json. The test here keeps every example
// valid and its tests passing.
package templates
