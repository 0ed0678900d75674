package docsite

import (
	"html"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"

	"github.com/hack-pad/hackpadfs"
)

var (
	hrefAttr = regexp.MustCompile(`\s(?:href|src)="([^"]*)"`)
	idAttr   = regexp.MustCompile(`\sid="([^"]*)"`)
)

// CheckLinks reads every HTML page of a built site and reports each
// internal link whose page or #anchor does not exist, and each page with a
// repeated id. Links that leave the docs root are allowed only to the
// playground at the site root ("../../" from a page of a language).
// External links (with a scheme) are not fetched.
func CheckLinks(site hackpadfs.FS) []Problem {
	ids := map[string]map[string]bool{}
	var problems []Problem
	pages := map[string][]byte{}
	_ = hackpadfs.WalkDir(site, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := hackpadfs.ReadFile(site, p)
		if err != nil {
			return err
		}
		pages[p] = data
		if strings.HasSuffix(p, ".html") {
			set := map[string]bool{}
			for _, m := range idAttr.FindAllSubmatch(data, -1) {
				id := html.UnescapeString(string(m[1]))
				if set[id] {
					problems = append(problems, Problem{File: p, Msg: "id \"" + id + "\" appears twice"})
				}
				set[id] = true
			}
			ids[p] = set
		}
		return nil
	})
	names := make([]string, 0, len(ids))
	for p := range ids {
		names = append(names, p)
	}
	sort.Strings(names)
	for _, p := range names {
		for _, m := range hrefAttr.FindAllSubmatch(pages[p], -1) {
			ref := html.UnescapeString(string(m[1]))
			if msg := checkLink(p, ref, pages, ids); msg != "" {
				problems = append(problems, Problem{File: p, Msg: msg})
			}
		}
	}
	return problems
}

func checkLink(page, ref string, pages map[string][]byte, ids map[string]map[string]bool) string {
	u, err := url.Parse(ref)
	if err != nil {
		return "bad link " + ref
	}
	if u.Scheme != "" || u.Host != "" {
		return ""
	}
	target := page
	if u.Path != "" {
		if strings.HasPrefix(u.Path, "/") {
			return "link " + ref + " is absolute; links inside the docs are relative"
		}
		target = path.Join(path.Dir(page), u.Path)
		if target == ".." {
			return "" // the playground, one level above the docs root
		}
		if strings.HasPrefix(target, "../") {
			return "link " + ref + " leaves the docs"
		}
		if strings.HasSuffix(u.Path, "/") || target == "." {
			target = path.Join(target, "index.html")
		}
		if _, ok := pages[target]; !ok {
			return "link " + ref + ": no such page"
		}
	}
	if u.Fragment != "" && ids[target] != nil && !ids[target][u.Fragment] {
		return "link " + ref + ": no anchor #" + u.Fragment + " in " + target
	}
	return ""
}
