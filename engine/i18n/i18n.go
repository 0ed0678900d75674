// Package i18n holds the labels every view of rolelens shows, in English,
// German and Russian: level, action, entity and permission names in the
// platforms' own words (see GLOSSARY.md), the sentences that explain each
// resolution rule, and the words of explanations. It is data with one
// lookup; the CLI, the wasm module and the site read the same catalogues.
//
// Keys are stable and dotted:
//
//	level.<scale>.<word>      scales crm, calls, outgoing, allow, disk
//	action.<area>.<word>      areas crm, vtiger, disk
//	entity.<entity>           entity.deal@ is a pattern: {0} = the pipeline
//	telephony.<permission>    tasks.<toggle>
//	tasksrole.<id>            telephonyrole.<id> (built-in roles)
//	vtiger.module.<module>    vtiger.default.<default>, vtiger.view-all, ...
//	subject.<kind>            user, department, department-tree, group, ...
//	rule.<rule id>            a sentence per resolve.Rule
//	note.<code>               a sentence per resolve.Note code
//	fact.<name>               a label per resolve.Fact name
//	scope.<source>            the records a vtiger module action reaches
//	explain.*, source.*       the words of an explanation's layout
//
// and single words for things and flags (stage, status, pipeline, settings,
// admin, extranet, inherit, open-record, personal-role, ...). {0}, {1}
// stand for arguments, as in the diagnostics catalogue.
package i18n

import (
	"maps"
	"strings"

	"rolelens/engine/diag"
)

// Languages the catalogues cover; the first is the fallback.
var Languages = []string{"en", "de", "ru"}

var catalogues = map[string]map[string]string{
	"en": labelsEN,
	"de": labelsDE,
	"ru": labelsRU,
}

// Label returns the label of key in lang. A key missing in lang, or an
// unknown language, falls back to English, and an unknown key to the key
// itself, so a view never shows an empty cell.
//
// A key with an "@" whose pattern is known, such as "entity.deal@wholesale"
// with the pattern "entity.deal@", is the pattern filled with what follows
// the "@": "Deals: wholesale".
func Label(lang, key string) string {
	if s, ok := lookup(lang, key); ok {
		return s
	}
	if i := strings.IndexByte(key, '@'); i >= 0 {
		if s, ok := lookup(lang, key[:i+1]); ok {
			return diag.Fill(s, []string{key[i+1:]})
		}
	}
	return key
}

// Format returns the label of key in lang with {0}, {1}, ... replaced by
// args in order.
func Format(lang, key string, args ...string) string {
	return diag.Fill(Label(lang, key), args)
}

// Catalog returns a copy of every label of lang, for shipping as JSON; an
// unknown language gives the English catalogue.
func Catalog(lang string) map[string]string {
	c, ok := catalogues[lang]
	if !ok {
		c = catalogues[Languages[0]]
	}
	return maps.Clone(c)
}

func lookup(lang, key string) (string, bool) {
	if s, ok := catalogues[lang][key]; ok {
		return s, true
	}
	s, ok := catalogues[Languages[0]][key]
	return s, ok
}
