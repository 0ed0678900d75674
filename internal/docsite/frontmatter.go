package docsite

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"go.yaml.in/yaml/v3"
)

// frontMatter is the YAML block between two "---" lines at the top of a
// page.
type frontMatter struct {
	Title       string `yaml:"title"`
	Description string `yaml:"description"`
	Order       int    `yaml:"order"`
	Key         string `yaml:"key"`         // translation key, shared by every language of a page
	SourceHash  string `yaml:"source-hash"` // translations: the hash of the English body they follow
	Generate    string `yaml:"generate"`    // "format" or "codes": a body appended from the engine's tables
}

// splitFrontMatter returns the front matter, the body and the 1-based line
// of the file at which the body starts.
func splitFrontMatter(file string, src []byte) (frontMatter, []byte, int, error) {
	var fm frontMatter
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	if !bytes.HasPrefix(src, []byte("---\n")) {
		return fm, nil, 0, fmt.Errorf("%s:1: a page starts with front matter (a line \"---\")", file)
	}
	rest := src[4:]
	end := bytes.Index(rest, []byte("\n---\n"))
	if end < 0 {
		return fm, nil, 0, fmt.Errorf("%s:1: front matter is not closed by a line \"---\"", file)
	}
	dec := yaml.NewDecoder(bytes.NewReader(rest[:end+1]))
	dec.KnownFields(true)
	if err := dec.Decode(&fm); err != nil {
		return fm, nil, 0, fmt.Errorf("%s: front matter: %v", file, err)
	}
	body := rest[end+5:]
	line := 1 + bytes.Count(src[:len(src)-len(body)], []byte("\n"))
	if fm.Title == "" || fm.Key == "" {
		return fm, nil, 0, fmt.Errorf("%s:1: front matter needs title and key", file)
	}
	return fm, body, line, nil
}

// bodyHash is what a translation records as source-hash: the first 12 hex
// digits of the SHA-256 of the English page's body.
func bodyHash(body []byte) string {
	h := sha256.Sum256(body)
	return hex.EncodeToString(h[:])[:12]
}
