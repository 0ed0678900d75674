package e2e

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"rolelens/engine/gen"
	"rolelens/internal/server"

	"rolelens/internal/testrepo"
)

var (
	enabled     = flag.Bool("e2e", false, "run the end-to-end tests (make test-e2e sets it)")
	screenshots = flag.Bool("screenshots", false, "write screenshots of the main views to site/screenshots")
	chromium    = flag.String("chromium", "/usr/bin/chromium", "the Chromium binary")
	perfWarn    = flag.Bool("perf-warn", false, "report time budgets that are exceeded without failing (loaded machines)")
	siteDir     = flag.String("site", "", "the built site to serve (default: build/site of the repository)")
)

// Shared by the tests: the server over build/site and one browser.
var (
	baseURL  string
	repoRoot string
	skipWhy  string
)

func TestMain(m *testing.M) {
	flag.Parse()
	code := func() int {
		if !*enabled {
			skipWhy = "end-to-end tests run with -e2e: make test-e2e (they need build/site and Chromium)"
			return m.Run()
		}
		root, err := testrepo.FindRoot()
		if err != nil {
			skipWhy = err.Error()
			return m.Run()
		}
		repoRoot = root
		site := filepath.Join(root, "build", "site")
		if *siteDir != "" {
			site = *siteDir
		}
		if _, err := os.Stat(filepath.Join(site, "index.html")); err != nil {
			skipWhy = "build/site is missing: run `make site` (make test builds it first)"
			return m.Run()
		}
		if _, err := os.Stat(*chromium); err != nil {
			skipWhy = *chromium + " is missing: run site/ensure-chromium.sh"
			return m.Run()
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			skipWhy = "cannot listen on 127.0.0.1: " + err.Error()
			return m.Run()
		}
		srv := &http.Server{Handler: server.New(os.DirFS(site)), ReadHeaderTimeout: 10 * time.Second}
		go srv.Serve(ln)
		defer srv.Close()
		baseURL = "http://" + ln.Addr().String() + "/"
		return m.Run()
	}()
	os.Exit(code)
}

// overBudget reports a time over its budget: an error, or with -perf-warn
// a logged warning, as timings on a machine shared with other work vary.
func overBudget(t *testing.T, format string, args ...any) {
	t.Helper()
	if *perfWarn {
		t.Logf("OVER BUDGET: "+format, args...)
		return
	}
	t.Errorf(format, args...)
}

// tab is one page in a browser context of its own (its own IndexedDB),
// bounded in time. It fails the test on a JavaScript dialog (alert), an
// uncaught exception or a Content-Security-Policy violation.
type tab struct {
	t   *testing.T
	ctx context.Context
	mu  sync.Mutex
	bad []string
}

func newTab(t *testing.T, timeout time.Duration) *tab {
	t.Helper()
	if skipWhy != "" {
		t.Skip(skipWhy)
	}
	// A browser of its own per test: a fresh profile, so IndexedDB starts
	// empty, and a timeout that ends the browser with the test.
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(*chromium),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 800),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("lang", "en-US"),
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancelTab := chromedp.NewContext(ctx)
	t.Cleanup(cancelTab)
	tb := &tab{t: t, ctx: ctx}
	// Start the browser, then watch for dialogs and uncaught exceptions.
	tb.run(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `window.__csp = []; document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI + " at " + e.sourceFile + ":" + e.lineNumber + ":" + e.columnNumber + " " + JSON.stringify(e.sample)));`,
		})
		if err != nil {
			return err
		}
		go func() {
			for ev, err := range chromedp.Events(ctx, page.JavascriptDialogOpening) {
				if err != nil {
					return
				}
				tb.fail("a JavaScript dialog opened: " + ev.Message)
				go chromedp.Run(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
					_, err := cdp.Call(ctx, tg, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
					return err
				}))
			}
		}()
		go func() {
			for ev, err := range chromedp.Events(ctx, runtime.ExceptionThrown) {
				if err != nil {
					return
				}
				d := ev.ExceptionDetails
				msg := d.Text
				if d.Exception != nil {
					msg += " " + d.Exception.Description
				}
				tb.fail(fmt.Sprintf("uncaught exception at %s:%d: %s", d.URL, d.LineNumber+1, msg))
			}
		}()
		return nil
	}))
	t.Cleanup(func() {
		csp, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`window.__csp || []`))
		if err == nil && len(csp) > 0 {
			t.Errorf("Content-Security-Policy violations: %v", csp)
		}
		tb.mu.Lock()
		defer tb.mu.Unlock()
		for _, b := range tb.bad {
			t.Error(b)
		}
	})
	return tb
}

func (tb *tab) fail(msg string) {
	tb.mu.Lock()
	tb.bad = append(tb.bad, msg)
	tb.mu.Unlock()
}

func (tb *tab) run(actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatal(err)
	}
}

// eval runs a script (awaiting a promise) and decodes its value into out.
func (tb *tab) eval(js string, out any) {
	tb.t.Helper()
	raw, err := chromedp.Run(tb.ctx, chromedp.Evaluate[json.RawMessage](js, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("%v\nin: %.300s", err, js)
	}
	if err := json.Unmarshal(raw, out); err != nil {
		tb.t.Fatalf("decoding %s: %v", raw, err)
	}
}

// waitFor polls a JavaScript condition until it is true.
func (tb *tab) waitFor(what, cond string, limit time.Duration) time.Duration {
	tb.t.Helper()
	start := time.Now()
	for {
		if ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool]("!!("+cond+")")); err == nil && ok {
			return time.Since(start)
		}
		if time.Since(start) > limit {
			status, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`(document.querySelector("#status")?.textContent || "") + " | " + (document.querySelector("#banner")?.textContent || "")`))
			tb.t.Fatalf("waiting for %s: not true after %v (status: %s)", what, limit, status)
		}
		time.Sleep(15 * time.Millisecond)
	}
}

// cellCSS selects a CRM matrix cell; cellJS finds it in the page.
func cellCSS(user, entity, action string) string {
	return fmt.Sprintf(`#view-access td.c[data-user=%q][data-entity=%q][data-action=%q]`, user, entity, action)
}

func cellJS(user, entity, action string) string {
	return "document.querySelector('" + cellCSS(user, entity, action) + "')"
}

func (tb *tab) level(user, entity, action string) string {
	var lv string
	tb.eval(`(`+cellJS(user, entity, action)+`)?.dataset.level || ""`, &lv)
	return lv
}

// shareFragment is the #v1= fragment of text: raw DEFLATE, base64url
// without padding, as any script may make it.
func shareFragment(t *testing.T, text string) string {
	var buf bytes.Buffer
	zw, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		t.Fatal(err)
	}
	zw.Write([]byte(text))
	zw.Close()
	return "#v1=" + base64.RawURLEncoding.EncodeToString(buf.Bytes())
}

// editText replaces the first occurrence of old after the marker with
// new, as typed keys: the selection covers old, then new is typed.
func (tb *tab) typeOver(after, old, typed string) {
	tb.t.Helper()
	var ok bool
	tb.eval(fmt.Sprintf(`(() => {
		const v = rolelens.editor.view, text = v.state.doc.toString();
		const at = text.indexOf(%q);
		if (at < 0) return false;
		const from = text.indexOf(%q, at + %d);
		if (from < 0) return false;
		v.focus();
		v.dispatch({selection: {anchor: from, head: from + %d}});
		return true;
	})()`, after, old, len([]rune(after)), len([]rune(old))), &ok)
	if !ok {
		var text string
		tb.eval(`rolelens.editor.text`, &text)
		tb.t.Fatalf("cannot find %q after %q in the editor:\n%s", old, after, text)
	}
	tb.run(chromedp.KeyEvent(typed))
}

// choose picks a value in a <select>, as a user's choice does: the value
// changes and the change event fires.
func (tb *tab) choose(css, value string) {
	tb.t.Helper()
	var ok bool
	tb.eval(fmt.Sprintf(`(() => { const s = document.querySelector(%q); s.value = %q; s.dispatchEvent(new Event("change")); return true; })()`, css, value), &ok)
}

func (tb *tab) open(fragment string) {
	tb.t.Helper()
	tb.run(chromedp.Navigate(baseURL + fragment))
	tb.waitFor("the first analysis", `document.body.dataset.analyzed`, 20*time.Second)
}

func TestTypoDiagnosticThenFix(t *testing.T) {
	tb := newTab(t, 90*time.Second)
	tb.open("")
	tb.waitFor("anna's lead update cell", cellJS("anna", "lead", "update"), 10*time.Second)
	if lv := tb.level("anna", "lead", "update"); lv != "own" {
		t.Fatalf("anna lead update = %q, want own", lv)
	}
	// Stage rows open under each user; a stage that differs is marked.
	tb.eval(`(() => { [...document.querySelectorAll("#view-access th.ent button.expand")].find(b => b.textContent.includes("Deals")).click(); return true; })()`, new(bool))
	// Hanna's WON row: the agent's explicit row beats her head role's "all".
	tb.waitFor("hanna's WON stage row, marked as differing", `document.querySelector('#view-access td.c.differs[data-user="hanna"][data-entity="deal"][data-stage="WON"][data-action="read"][data-level="own"]')`, 5*time.Second)
	// Its explanation: the roles, the stage row that drops the head role's
	// inherited value, then the pick among the rest (not the stage rule
	// twice).
	tb.run(chromedp.Click(chromedp.CSS(`#view-access td.c[data-user="hanna"][data-entity="deal"][data-stage="WON"][data-action="read"]`)))
	tb.waitFor("the stage cell's explanation", `document.querySelector("#drawer .steps")`, 5*time.Second)
	var steps struct {
		Headings []string
		Dropped  []string
		Reach    string
	}
	tb.eval(`({Headings: [...document.querySelectorAll("#drawer .steps > li > strong")].map((s) => s.textContent),
		Dropped: [...document.querySelectorAll("#drawer .steps > li:nth-child(2) li.dropped")].map((li) => li.textContent),
		Reach: document.querySelector("#drawer .steps > li").textContent})`, &steps)
	// Subjects by the names the text gives them.
	if !strings.Contains(steps.Reach, "subdepartments: Sales)") {
		t.Errorf("the roles that reach hanna: %q, want the department named Sales", steps.Reach)
	}
	if len(steps.Headings) != 3 || steps.Headings[1] != "an explicit stage row beats inherited values" || steps.Headings[2] != "the highest level of the roles wins" ||
		len(steps.Dropped) != 1 || !strings.Contains(steps.Dropped[0], "Head of sales") || !strings.Contains(steps.Dropped[0], "(dropped)") {
		t.Errorf("hanna's deal read at stage WON is explained in the steps %q, dropping %q", steps.Headings, steps.Dropped)
	}
	tb.run(chromedp.Click(chromedp.CSS("#drawer-close")))
	tb.eval(`(() => { [...document.querySelectorAll("#view-access th.ent button.expand")].find(b => b.textContent.includes("Deals")).click(); return true; })()`, new(bool))
	// The agent role's lead row: "update: own" becomes "update: onw".
	var line int
	tb.eval(`(() => { const d = rolelens.editor.view.state.doc; const at = d.toString().indexOf("lead: {read: department, add: own, update: own"); return d.lineAt(at).number; })()`, &line)
	if line == 0 {
		t.Fatal("the sales-team template changed: no agent lead row")
	}
	tb.typeOver("lead: {read: department, add: own, update: ", "own", "onw")
	tb.waitFor("the diagnostic in the problems list", `[...document.querySelectorAll("#problems li.error")].some(li => li.textContent.startsWith("`+fmt.Sprint(line)+`:") && li.textContent.includes('"onw"'))`, 5*time.Second)
	var problem string
	tb.eval(`document.querySelector("#problems li.error").textContent`, &problem)
	t.Logf("diagnostic: %s", problem)
	if !strings.Contains(problem, "onw") {
		t.Errorf("the diagnostic does not name the typo: %s", problem)
	}
	// Two letters swapped: the fix offered is the word meant.
	if !strings.Contains(problem, "Replace with “own”") {
		t.Errorf("no did-you-mean fix to own: %s", problem)
	}
	// Inline: the lint underline sits on the typo's line.
	tb.waitFor("the inline diagnostic", `(() => { const r = document.querySelector(".cm-lintRange-error"); if (!r) return false; const v = rolelens.editor.view; return v.state.doc.lineAt(v.posAtDOM(r)).number === `+fmt.Sprint(line)+`; })()`, 5*time.Second)
	// The status counts one error as one; the tests and lint of the last
	// valid text stay, marked as such, instead of "fix the errors first".
	tb.waitFor("the invalid text's tests and lint", `document.body.dataset.settled === String(rolelens.timing.edits)`, 5*time.Second)
	var invalid struct {
		Status        string
		Passed, Notes int
	}
	tb.eval(`({Status: document.querySelector("#status").textContent, Passed: document.querySelectorAll("#view-tests li.pass").length, Notes: document.querySelectorAll("#view-tests > .stale-note:not([hidden]), #view-lint > .stale-note:not([hidden])").length})`, &invalid)
	if !strings.HasPrefix(invalid.Status, "1 error:") || invalid.Passed == 0 || invalid.Notes != 2 {
		t.Errorf("with one error: status %q, %d passed tests shown, %d notes of the last valid results (want 1 error:, some, 2)", invalid.Status, invalid.Passed, invalid.Notes)
	}
	// A language switch meanwhile relabels the kept results too.
	tb.run(chromedp.Click(chromedp.CSS(`.langs button[data-lang="de"]`)))
	tb.waitFor("the kept results in German", `document.querySelector("#view-tests > .stale-note:not([hidden])")?.textContent.startsWith("Die Konfiguration hat Fehler") && [...document.querySelectorAll("#view-lint li")].some((li) => li.textContent.includes("hat keine CRM-Rolle")) && document.querySelector("#view-lint > .stale-note:not([hidden])") !== null`, 10*time.Second)
	tb.run(chromedp.Click(chromedp.CSS(`.langs button[data-lang="en"]`)))
	tb.waitFor("the kept results in English again", `[...document.querySelectorAll("#view-lint li")].some((li) => li.textContent.includes("has no CRM role"))`, 10*time.Second)
	// Fixed to "all": the matrix follows.
	tb.typeOver("lead: {read: department, add: own, update: ", "onw", "all")
	tb.waitFor("the matrix to show all", `(`+cellJS("anna", "lead", "update")+`)?.dataset.level === "all"`, 5*time.Second)
	tb.waitFor("no problems", `document.querySelector("#problem-count").textContent === "0"`, 5*time.Second)
	tb.waitFor("the current tests and lint, unmarked", `document.body.dataset.settled === String(rolelens.timing.edits) && !document.querySelector(".stale-note:not([hidden])")`, 5*time.Second)

	// A typo near a known word offers a did-you-mean fix; taking it fixes the text.
	tb.typeOver("lead: {read: ", "department", "departmnet")
	tb.waitFor("the did-you-mean fix", `document.querySelector("#problems li.error .fix")`, 5*time.Second)
	var fix string
	tb.eval(`document.querySelector("#problems li.error .fix").textContent`, &fix)
	if !strings.Contains(fix, "department") {
		t.Errorf("the fix offered: %q", fix)
	}
	tb.run(chromedp.Click(chromedp.CSS("#problems li.error .fix")))
	tb.waitFor("the fixed text", `rolelens.editor.text.includes("lead: {read: department, add: own, update: all")`, 5*time.Second)
	tb.waitFor("no problems after the fix", `document.querySelector("#problem-count").textContent === "0"`, 5*time.Second)
}

func TestShareLinkOpensQuickly(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	src, err := os.ReadFile(filepath.Join(repoRoot, "..", "shared", "conformance", "bitrix-sales-team.yaml"))
	if err != nil {
		t.Skipf("the shared conformance case is not beside the repository: %v", err)
	}
	frag := shareFragment(t, string(src))
	// In the page, note the moment the cell appears (no polling delay).
	tb.run(chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
			Source: `new MutationObserver((_, obs) => {
				const c = document.querySelector('` + cellCSS("anna", "lead", "update") + `');
				if (c && c.dataset.level === "own") { window.__annaOwnAt = performance.now(); obs.disconnect(); }
			}).observe(document, {subtree: true, childList: true, attributes: true});`,
		})
		return err
	}))
	// Warm the HTTP server and nothing else: a blank page of the origin.
	tb.run(chromedp.Navigate(baseURL + "favicon.svg"))
	// Then let the just-launched browser finish its own start-up.
	t.Logf("waited %v for the machine to be idle", settle(t, 8*time.Second).Round(time.Millisecond))
	start := time.Now()
	tb.run(chromedp.Navigate(baseURL + frag))
	cond := `(` + cellJS("anna", "lead", "update") + `)?.dataset.level === "own"`
	tb.waitFor("anna own for lead update", cond, 10*time.Second)
	wall := time.Since(start)
	var inPage float64
	tb.eval(`window.__annaOwnAt || -1`, &inPage)
	t.Logf("share link of bitrix-sales-team.yaml: anna/lead/update = own shown %.0f ms after navigation start (in the page); %v wall clock from the navigation command to the test seeing it", inPage, wall.Round(time.Millisecond))
	var parts struct {
		Main, Matrix, WasmMs float64
	}
	tb.eval(`rolelens.engine.call("init").then(i => ({
		Main: performance.getEntriesByName("rolelens:start")[0]?.startTime ?? 0,
		Matrix: performance.getEntriesByName("rolelens:first-matrix")[0]?.startTime ?? 0,
		WasmMs: i.loadMs }))`, &parts)
	t.Logf("in the page: main.js running at %.0f ms, engine loaded in the worker in %.0f ms, first matrix at %.0f ms", parts.Main, parts.WasmMs, parts.Matrix)
	var marks any
	tb.eval(`performance.getEntriesByType("mark").map(m => m.name + "@" + Math.round(m.startTime))`, &marks)
	t.Logf("marks: %v", marks)
	if inPage > 1500 || inPage < 0 {
		overBudget(t, "the link took %.0f ms, over 1.5 s", inPage)
	}
	var title string
	tb.eval(`document.querySelector("#workspaces").selectedOptions[0]?.textContent || ""`, &title)
	if !strings.Contains(title, "Sales team") {
		t.Errorf("the link's workspace is named %q", title)
	}
	var hash string
	tb.eval(`location.hash`, &hash)
	if hash != "" {
		t.Errorf("the fragment stays after opening: a reload would open it again")
	}
}

func TestReloadRestoresWork(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	tb.open("")
	tb.waitFor("the editor text", `rolelens.editor.text.includes("title:")`, 10*time.Second)
	tb.typeOver("title: ", "Sales", "Restored")
	tb.waitFor("the save", `document.body.dataset.saved && document.querySelector("#saved").textContent.length > 0 && rolelens.editor.text.includes("title: Restored") && !document.querySelector("#saved").textContent.includes("…")`, 10*time.Second)
	var kind string
	tb.eval(`document.body.dataset.store`, &kind)
	var hasStore bool
	tb.eval(`rolelens.engine.call("init").then(i => i.store)`, &hasStore)
	switch {
	case hasStore && kind != "indexeddb":
		t.Errorf("the engine has the IndexedDB store, but the page saved to %s", kind)
	case !hasStore:
		t.Logf("NOTE: this engine build has no store (internal/store/jsstore not registered in wasm/main.go): work was saved to %s", kind)
	default:
		t.Logf("saved work lives in IndexedDB (hackpadfs)")
	}
	tb.run(chromedp.Reload())
	tb.waitFor("the first analysis after reload", `document.body.dataset.analyzed`, 20*time.Second)
	var text string
	tb.eval(`rolelens.editor.text`, &text)
	if !strings.Contains(text, "title: Restored team") {
		t.Fatalf("after reload the editor holds:\n%.200s", text)
	}
	// A share link opened now does not replace the saved work.
	tb.run(chromedp.Navigate(baseURL + shareFragment(t, "rolelens: 1\nsystem: bitrix24\ntitle: From a link\n")))
	tb.waitFor("the linked text", `rolelens.editor.text.includes("From a link") && document.querySelectorAll("#workspaces option").length >= 2`, 10*time.Second)
	var names []string
	tb.eval(`[...document.querySelectorAll("#workspaces option")].map(o => o.textContent)`, &names)
	if len(names) != 2 {
		t.Fatalf("workspaces after opening a link: %q, want the saved one and the link's", names)
	}
	// The saved work is still there, unchanged.
	tb.eval(`(() => { const s = document.querySelector("#workspaces"); const o = [...s.options].find(o => !o.textContent.includes("From a link")); s.value = o.value; s.dispatchEvent(new Event("change")); return true; })()`, new(bool))
	tb.waitFor("the saved work", `rolelens.editor.text.includes("title: Restored team")`, 10*time.Second)
}

func TestLanguages(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	tb.open("")
	tb.waitFor("the matrix", cellJS("anna", "lead", "update"), 10*time.Second)
	for _, c := range []struct{ lang, tab, level, count string }{
		{"de", "Zugriff", "Persönlich", "10.000"},
		{"ru", "Доступ", "Свои", "10\u00a0000"},
		{"en", "Access", "Personal", "10,000"},
	} {
		tb.run(chromedp.Click(chromedp.CSS(`.langs button[data-lang="` + c.lang + `"]`)))
		tb.waitFor(c.lang+" labels", `document.documentElement.lang === "`+c.lang+`" && document.querySelector("#tab-access").textContent === "`+c.tab+`" && (`+cellJS("anna", "lead", "update")+`)?.title.endsWith(": `+c.level+`")`, 5*time.Second)
		// At 1280 x 800 the top bar stays one line in every language.
		var bar struct{ Height, Row float64 }
		tb.run(chromedp.EmulateViewport(1280, 800))
		tb.eval(`(() => { const b = document.querySelector("header.top"); return {Height: b.getBoundingClientRect().height, Row: document.querySelector("#share").getBoundingClientRect().height + 12}; })()`, &bar)
		if bar.Height > bar.Row+2 {
			t.Errorf("%s: the top bar wraps at 1280 px: %.0f px high, one row is %.0f", c.lang, bar.Height, bar.Row)
		}
		// Counts are written with the language's digit groups.
		tb.waitFor(c.lang+" digit groups", `[...document.querySelectorAll("#examples option")].some((o) => o.textContent.includes("`+c.count+`"))`, 5*time.Second)
		if *screenshots {
			// The matrix from its start (the last explanation scrolled it).
			tb.eval(`(() => { document.querySelector("#view-access .scroller").scrollTo(0, 0); return true; })()`, new(bool))
			shoot(tb, "matrix-"+c.lang, 1280, 800, nil)
			tb.run(chromedp.Click(chromedp.CSS(cellCSS("hanna", "deal", "read"))))
			tb.waitFor("the drawer", `!document.querySelector("#drawer").hidden && document.querySelector("#drawer-body").textContent.length > 20`, 5*time.Second)
			shoot(tb, "explain-"+c.lang, 1280, 800, nil)
			tb.run(chromedp.Click(chromedp.CSS("#drawer-close")))
		}
	}
	// Diagnostics are rendered in the reader's language.
	tb.run(chromedp.Click(chromedp.CSS(`.langs button[data-lang="de"]`)))
	tb.typeOver("lead: {read: department, add: own, update: ", "own", "onw")
	tb.waitFor("a German diagnostic", `document.documentElement.lang === "de" && document.querySelector("#problems li.error") !== null`, 5*time.Second)
	var de string
	tb.eval(`document.querySelector("#problems li.error .msg").textContent`, &de)
	t.Logf("German diagnostic: %s", de)
	tb.run(chromedp.Click(chromedp.CSS(`.langs button[data-lang="ru"]`)))
	tb.waitFor("a Russian diagnostic", `document.documentElement.lang === "ru" && document.querySelector("#problems li.error .msg")?.textContent !== `+fmt.Sprintf("%q", de), 5*time.Second)
	var ru string
	tb.eval(`document.querySelector("#problems li.error .msg").textContent`, &ru)
	t.Logf("Russian diagnostic: %s", ru)
	if !strings.ContainsAny(ru, "абвгдеёжзийклмнопрстуфхцчшщыьэюя") {
		t.Errorf("the diagnostic is not in Russian: %s", ru)
	}
}

func TestNamesRenderAsText(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	evil := `<img src=x onerror=alert(1)>`
	cfg := "rolelens: 1\nsystem: bitrix24\ntitle: \"" + evil + "\"\norg:\n  departments:\n    - {id: d, name: \"" + evil + "\"}\n  users:\n    - {id: u, name: \"" + evil + "\", departments: [d]}\ncrm:\n  roles:\n    - {id: r, name: \"" + evil + "\", permissions: {lead: {read: all}}}\n  assignments:\n    - {role: r, to: [user:u]}\n"
	tb.open(shareFragment(t, cfg))
	tb.waitFor("the user row", `document.querySelector("#view-access th.user .name")?.textContent === `+fmt.Sprintf("%q", evil), 10*time.Second)
	// Cells are written as escaped HTML: the name in a cell's tooltip
	// must come back as the same text.
	var inTitle bool
	tb.eval(`(`+cellJS("u", "lead", "read")+`).title.startsWith(`+fmt.Sprintf("%q", evil)+`)`, &inTitle)
	if !inTitle {
		t.Errorf("the cell's tooltip does not start with the name as text")
	}
	tb.run(chromedp.Click(chromedp.CSS(cellCSS("u", "lead", "read"))))
	tb.waitFor("the explanation", `document.querySelector("#drawer-body").textContent.includes(`+fmt.Sprintf("%q", evil)+`)`, 5*time.Second)
	var imgs int
	tb.eval(`document.querySelectorAll("img").length`, &imgs)
	if imgs != 0 {
		t.Errorf("%d <img> elements on the page: a name became markup", imgs)
	}
	time.Sleep(200 * time.Millisecond) // give a would-be onerror its chance
}

// bigConfig is a Bitrix24 organisation of n users in n/10 departments,
// with five roles over departments and trees.
func bigConfig(n int) string {
	var b strings.Builder
	b.WriteString("rolelens: 1\nsystem: bitrix24\ntitle: Large company\norg:\n  departments:\n    - {id: d0, name: Company}\n")
	deps := n / 10
	for i := 1; i < deps; i++ {
		fmt.Fprintf(&b, "    - {id: d%d, name: Department %d, parent: d%d}\n", i, i, (i-1)/4)
	}
	b.WriteString("  users:\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "    - {id: u%d, name: User %d, departments: [d%d]}\n", i, i, i%deps)
	}
	b.WriteString("crm:\n  roles:\n")
	levels := []string{"own", "department", "subdepartments", "open", "all"}
	for r := 0; r < 5; r++ {
		fmt.Fprintf(&b, "    - id: role%d\n      permissions:\n        lead: {read: %s, add: own, update: own}\n        deal:\n          read: %s\n          update: own\n          stages:\n            WON: {update: none}\n        contact: {read: %s}\n        company: {read: all}\n", r, levels[r], levels[(r+1)%5], levels[(r+2)%5])
	}
	b.WriteString("  assignments:\n")
	for r := 0; r < 5; r++ {
		fmt.Fprintf(&b, "    - {role: role%d, to: [department-tree:d%d, department:d%d]}\n", r, r, r+5)
	}
	return b.String()
}

func TestLargeConfigEditIsFast(t *testing.T) {
	tb := newTab(t, 120*time.Second)
	tb.open("")
	cfg := bigConfig(1000)
	var ok bool
	tb.eval(fmt.Sprintf(`(() => { rolelens.editor.setText(%q); return true; })()`, cfg), &ok)
	tb.waitFor("the 1000-user matrix", `document.querySelector("#status").textContent.includes("1000")`, 30*time.Second)
	// The worker warms the engine up when idle after start; a user who
	// pastes and edits meets it warm after a few seconds.
	tb.waitFor("the engine warmed up", `performance.getEntriesByName("rolelens:warm").length > 0`, 30*time.Second)
	// Each edit flips role0's lead read level; measured in the page from
	// the change to the matrix updated in the DOM, and to the next frame.
	// The table stays through the edits: each edit's whole matrix updates
	// it in place (a redraw cost 30 to 40 ms and as much of layout).
	tb.eval(`(() => { document.querySelector("#view-access table.matrix").kept = true; return true; })()`, new(bool))
	var times [][2]float64
	var details []string
	// The first edit comes as soon as the paste's analysis has settled,
	// the others on a page at rest: the previous analysis has settled, and
	// so has the browser, which optimises the code that just ran in the
	// background (0.5 to 0.7 s after the paste's lint, measured in a
	// trace). On two cores that work slowed the first edits to 130 to 210
	// ms; the first is reported, not held to the budget.
	for i := 0; i < 8; i++ {
		tb.waitFor("the page at rest", `document.body.dataset.settled === String(rolelens.timing.edits)`, 30*time.Second)
		if i > 0 {
			settle(t, 5*time.Second)
		}
		from, to := "read: own, add", "read: all, add"
		want := "all"
		if i%2 == 1 {
			from, to, want = to, from, "own"
		}
		var r [3]float64
		tb.eval(fmt.Sprintf(`new Promise((resolve) => {
			const v = rolelens.editor.view, text = v.state.doc.toString(), at = text.indexOf(%q);
			const t0 = performance.now();
			v.dispatch({changes: {from: at, to: at + %d, insert: %q}});
			const editor = performance.now() - t0;
			const check = () => {
				const c = document.querySelector('#view-access td.c[data-user="u0"][data-entity="lead"][data-action="read"]');
				if (c && c.dataset.level === %q) {
					const t1 = performance.now();
					requestAnimationFrame(() => resolve([t1 - t0, performance.now() - t0, editor]));
				} else setTimeout(check, 1);
			};
			check();
		})`, from, len(from), to, want), &r)
		times = append(times, [2]float64{r[0], r[1]})
		var d struct{ RowsMs, EngineRowsMs, PatchMs float64 }
		tb.eval(`rolelens.timing`, &d)
		details = append(details, fmt.Sprintf("editor %.0f, rows %.0f (engine %.0f, patch %.0f)", r[2], d.RowsMs, d.EngineRowsMs, d.PatchMs))
	}
	t.Logf("per edit, from the change (ms): %s", strings.Join(details, "; "))
	// The edits patched cells in place: the table reads as one drawn anew.
	tb.waitFor("the page at rest", `document.body.dataset.settled === String(rolelens.timing.edits)`, 30*time.Second)
	var kept bool
	tb.eval(`document.querySelector("#view-access table.matrix").kept === true`, &kept)
	if !kept {
		t.Error("an edit of a role's levels drew the matrix anew instead of updating it in place")
	}
	const cells = `[...document.querySelectorAll("#view-access tbody tr")].map((tr) => tr.className + "/" + [...tr.children].map((c) => [c.tagName, c.className, c.title, c.textContent, JSON.stringify(c.dataset), c.question ? JSON.stringify(c.question) : ""].join("|")).join("/"))`
	var patched, drawn []string
	tb.eval(cells, &patched)
	tb.eval(`(() => { rolelens.matrix.render(); return true; })()`, new(bool))
	tb.eval(cells, &drawn)
	if len(patched) < 10 || !slices.Equal(patched, drawn) {
		t.Errorf("the patched matrix (%d rows) differs from the one drawn anew (%d rows):\n%.600v\n%.600v", len(patched), len(drawn), patched, drawn)
	}
	var engineMs float64
	tb.eval(`rolelens.timing.engineMs`, &engineMs)
	worst := 0.0
	var list []string
	for _, r := range times[1:] {
		list = append(list, fmt.Sprintf("%.0f/%.0f", r[0], r[1]))
		worst = max(worst, r[0])
	}
	t.Logf("1000-user edit to matrix (DOM/next frame, ms): %s; right after the paste %.0f/%.0f; engine access %.0f ms", strings.Join(list, ", "), times[0][0], times[0][1], engineMs)
	if worst >= 100 {
		overBudget(t, "an edit took %.0f ms to reach the matrix, over 100 ms", worst)
	}
	if *screenshots {
		shoot(tb, "matrix-1000-users", 1280, 800, nil)
	}
}

func TestPhoneWidthAndViews(t *testing.T) {
	if !*screenshots {
		t.Skip("only with -screenshots")
	}
	tb := newTab(t, 60*time.Second)
	tb.open("")
	tb.waitFor("the matrix", cellJS("anna", "lead", "update"), 10*time.Second)
	tb.run(chromedp.Click(chromedp.CSS(`#tab-tests`)))
	shoot(tb, "tests-en", 1280, 800, nil)
	tb.run(chromedp.Click(chromedp.CSS(`#tab-lint`)))
	shoot(tb, "lint-en", 1280, 800, nil)
	tb.run(chromedp.Click(chromedp.CSS(`#tab-records`)))
	tb.waitFor("records", `document.querySelector("#view-records td.c")`, 5*time.Second)
	shoot(tb, "records-en", 1280, 800, nil)
	tb.run(chromedp.Click(chromedp.CSS(`#tab-access`)))
	tb.run(chromedp.EmulateViewport(390, 844))
	shoot(tb, "phone-editor-en", 390, 844, nil)
	tb.run(chromedp.Click(chromedp.CSS(`.phone-tabs button[data-pane="results"]`)))
	shoot(tb, "phone-matrix-en", 390, 844, nil)
	tb.run(chromedp.Click(chromedp.CSS(cellCSS("anna", "lead", "update"))))
	tb.waitFor("the drawer", `!document.querySelector("#drawer").hidden && document.querySelector("#drawer-body").textContent.length > 20`, 5*time.Second)
	shoot(tb, "phone-explain-en", 390, 844, nil)
	tb.run(chromedp.Click(chromedp.CSS("#drawer-close")))
	tb.run(chromedp.EmulateViewport(1280, 800))
	// An edit, compared with the version saved when the page opened.
	tb.typeOver("lead: {read: department, add: own, update: ", "own", "all")
	tb.run(chromedp.Click(chromedp.CSS(`#tab-diff`)))
	tb.waitFor("the diff", `document.querySelector("#view-diff .chg")`, 10*time.Second)
	shoot(tb, "diff-en", 1280, 800, nil)
}

// shoot saves a screenshot of the page at w x h.
func shoot(tb *tab, name string, w, h int64, _ []string) {
	tb.t.Helper()
	tb.run(chromedp.EmulateViewport(w, h), chromedp.Sleep(300*time.Millisecond))
	buf, err := chromedp.Run(tb.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.t.Fatal(err)
	}
	out := filepath.Join(repoRoot, "site", "screenshots", name+".png")
	if err := os.WriteFile(out, buf, 0o644); err != nil {
		tb.t.Fatal(err)
	}
	tb.t.Logf("screenshot %s", out)
}

// hostileInputs are written in the page (some are large) as JavaScript
// expressions, with the code each must be reported with.
var hostileInputs = []struct{ name, code, js string }{
	{"alias bomb", "E004", `"rolelens: 1\nsystem: bitrix24\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + Array.from({length: 9}, (_, i) => "a" + (i + 1) + ": &a" + (i + 1) + " [" + Array(10).fill("*a" + i).join(", ") + "]").join("\n") + "\n"`},
	{"deep nesting", "E003", `"rolelens: 1\nsystem: bitrix24\ntitle: " + "[".repeat(500) + "]".repeat(500) + "\n"`},
	{"million-character name", "E011", `"rolelens: 1\nsystem: bitrix24\norg:\n  users:\n    - {id: anna, name: " + "Ä".repeat(1000000) + "}\n"`},
	{"markup in ids", "E116", `"rolelens: 1\nsystem: bitrix24\norg:\n  users:\n    - {id: \"<img src=x onerror=alert(1)>\"}\n"`},
	{"cycles", "E211", `"rolelens: 1\nsystem: vtiger\norg:\n  roles:\n    - {id: a, parent: c}\n    - {id: b, parent: a}\n    - {id: c, parent: b}\n  groups:\n    - {id: g, members: [group:h]}\n    - {id: h, members: [group:g]}\n"`},
	{"control characters", "E001", `"rolelens: 1\nsystem: bitrix24\ntitle: \u0000\u0001\ufffe\n"`},
	{"100 MB", "E002", `"rolelens: 1\nsystem: bitrix24\n" + "# a line of padding, repeated until the text is far too large\n".repeat(1700000)`},
}

// TestHostileInputKeepsWork pastes each hostile input over a good
// configuration: each is reported with its code within a bounded time,
// the editor keeps exactly what was pasted, and the matrix keeps the last
// good result, marked stale.
func TestHostileInputKeepsWork(t *testing.T) {
	tb := newTab(t, 240*time.Second)
	tb.open("")
	tb.waitFor("the matrix", cellJS("anna", "lead", "update"), 10*time.Second)
	good := tb.level("anna", "lead", "update")
	var ok bool
	tb.eval(`(() => { window.__good = rolelens.editor.text; return true; })()`, &ok)
	for _, c := range hostileInputs {
		var size int
		tb.eval(fmt.Sprintf(`(() => { window.__hostile = %s; window.__t0 = performance.now(); rolelens.editor.setText(window.__hostile); return window.__hostile.length; })()`, c.js), &size)
		tb.waitFor(c.name+" reported as "+c.code, fmt.Sprintf(`[...document.querySelectorAll("#problems code")].some((e) => e.textContent === %q) && (window.__t1 ??= performance.now())`, c.code), 60*time.Second)
		var ms float64
		tb.eval(`(() => { const ms = window.__t1 - window.__t0; window.__t1 = undefined; return ms; })()`, &ms)
		var same bool
		tb.eval(`rolelens.editor.text === window.__hostile`, &same)
		if !same {
			t.Errorf("%s: the editor does not hold the pasted text any more", c.name)
		}
		if lv := tb.level("anna", "lead", "update"); lv != good {
			t.Errorf("%s: anna's lead update shows %q, want the last good %q", c.name, lv, good)
		}
		var stale bool
		tb.eval(`document.querySelector("#view-access").classList.contains("stale")`, &stale)
		if !stale {
			t.Errorf("%s: the last good matrix is not marked stale", c.name)
		}
		t.Logf("%s (%d characters): %s shown after %.0f ms", c.name, size, c.code, ms)
		if ms > 10_000 {
			t.Errorf("%s: the diagnostic took %.0f ms", c.name, ms)
		}
	}
	tb.eval(`(() => { rolelens.editor.setText(window.__good); return true; })()`, &ok)
	tb.waitFor("the good configuration again", `!document.querySelector("#view-access").classList.contains("stale") && document.querySelector("#problem-count").textContent === "0"`, 30*time.Second)
}

// TestTenThousandUsers pastes the 10,000-user organisation of the
// performance goals: the first rows must appear within 2 s, the page must
// keep answering while the engine works (no long main-thread task), and
// the matrix keeps only the rows on screen in the DOM.
func TestTenThousandUsers(t *testing.T) {
	tb := newTab(t, 240*time.Second)
	tb.open("")
	tb.waitFor("the matrix", cellJS("anna", "lead", "update"), 10*time.Second)
	// Let the worker warm up as it does in use, before the paste.
	tb.waitFor("the engine warmed up", `performance.getEntriesByName("rolelens:warm").length > 0`, 30*time.Second)
	src := gen.Generate(gen.Options{System: "bitrix24", Users: 10_000, Departments: 1_000, Roles: 300, Assignments: 30_000, Records: 10_000, Seed: 1})
	quoted, _ := json.Marshal(string(src))
	var ok bool
	tb.eval(`(() => { window.__big = `+string(quoted)+`; return true; })()`, &ok)
	// The paste comes once the browser's own start-up is over (see settle).
	t.Logf("waited %v for the machine to be idle", settle(t, 8*time.Second).Round(time.Millisecond))
	// The longest gap between timer ticks on the page's thread, from the
	// paste until the whole matrix is there.
	var r struct{ First, All, Gap float64 }
	tb.eval(`new Promise((resolve) => {
		const t0 = performance.now();
		let last = t0, gap = 0, first = 0;
		const tick = setInterval(() => { const n = performance.now(); gap = Math.max(gap, n - last); last = n; }, 5);
		rolelens.editor.setText(window.__big);
		rolelens.timing.setTextMs = performance.now() - t0;
		last = performance.now(); // the paste itself is not the engine's work
		const check = () => {
			const now = performance.now();
			if (!first && document.querySelector('#view-access td.c[data-user="u1"]')) first = now - t0;
			if (first && document.querySelector("#status").textContent.includes("10000")) {
				clearInterval(tick);
				resolve({ First: first, All: now - t0, Gap: gap });
			} else setTimeout(check, 5);
		};
		check();
	})`, &r)
	var timing map[string]any
	tb.eval(`rolelens.timing`, &timing)
	var marks []string
	tb.eval(`performance.getEntriesByType("mark").filter(m => m.name.startsWith("rolelens:")).slice(-6).map(m => m.name + "@" + Math.round(m.startTime))`, &marks)
	t.Logf("timing: %v; marks %v", timing, marks)
	var rows int
	tb.eval(`document.querySelectorAll("#view-access tbody tr").length`, &rows)
	t.Logf("10,000 users: first rows after %.0f ms, whole matrix after %.0f ms; longest main-thread gap %.0f ms; %d rows in the DOM", r.First, r.All, r.Gap, rows)
	if rows > 200 {
		t.Errorf("%d table rows in the DOM: the matrix is not windowed", rows)
	}
	if r.First > 2000 {
		overBudget(t, "the first rows of 10,000 users took %.0f ms, over 2 s", r.First)
	}
	if r.Gap > 200 {
		overBudget(t, "the page did not answer for %.0f ms while the engine worked", r.Gap)
	}
	// Scrolling far down draws the rows there.
	tb.eval(`(() => { const s = document.querySelector("#view-access .scroller"); s.scrollTop = 150000; s.dispatchEvent(new Event("scroll")); return true; })()`, &ok)
	tb.waitFor("rows far down", `document.querySelector('#view-access td.c[data-user="u5001"], #view-access td.c[data-user="u5000"], #view-access td.c[data-user="u5002"]')`, 5*time.Second)
	if *screenshots {
		shoot(tb, "matrix-10000-users", 1280, 800, nil)
	}
}

// TestRoleFilter narrows the matrix to the users a CRM role reaches,
// including those it reaches through a department tree or a group.
func TestRoleFilter(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	tb.open("")
	tb.waitFor("the matrix", cellJS("anna", "lead", "update"), 10*time.Second)
	users := func() []string {
		var ids []string
		tb.eval(`[...document.querySelectorAll("#view-access th.user")].map((th) => th.closest("tr").querySelector("td.c")?.dataset.user).filter(Boolean)`, &ids)
		return ids
	}
	all := users()
	tb.choose(`#view-access select.role-filter`, "agent")
	tb.waitFor("fewer rows", fmt.Sprintf(`document.querySelectorAll("#view-access tbody th.user").length < %d`, len(all)), 5*time.Second)
	agents := users()
	if !slices.Contains(agents, "anna") || slices.Contains(agents, "mia") {
		t.Errorf("role agent shows %v", agents)
	}
	tb.choose(`#view-access select.role-filter`, "")
	tb.waitFor("all rows again", fmt.Sprintf(`document.querySelectorAll("#view-access tbody th.user").length === %d`, len(all)), 5*time.Second)

	// Compared with the agent role: the agents who hold it alone read as
	// it does and drop out; the head differs, cell by cell.
	tb.choose(`#view-access select.compare`, "agent")
	tb.waitFor("the differing users", fmt.Sprintf(`document.querySelectorAll("#view-access tbody th.user").length < %d`, len(all)), 5*time.Second)
	differ := users()
	if slices.Contains(differ, "anna") || slices.Contains(differ, "bob") || !slices.Contains(differ, "hanna") {
		t.Errorf("users differing from role agent: %v", differ)
	}
	var marked struct {
		Cells  int
		Title  string
		Legend bool
	}
	tb.eval(`(() => {
		const cells = document.querySelectorAll('#view-access td.c.vsrole');
		const hanna = document.querySelector('#view-access td.c.vsrole[data-user="hanna"]');
		return {cells: cells.length, title: hanna?.title ?? "", legend: !!document.querySelector("#view-access .legend .sw.vsrole")};
	})()`, &marked)
	if marked.Cells == 0 || !strings.Contains(marked.Title, "Sales agent") || !marked.Legend {
		t.Errorf("cells differing from role agent: %+v", marked)
	}
	if *screenshots {
		shoot(tb, "compare-en", 1280, 800, nil)
	}
	tb.choose(`#view-access select.compare`, "")
	tb.waitFor("all rows again", fmt.Sprintf(`document.querySelectorAll("#view-access tbody th.user").length === %d && !document.querySelector("#view-access td.c.vsrole")`, len(all)), 5*time.Second)
}

// TestRecordsView picks a user and reads their answers on a record, then
// asks who may act on that record.
func TestRecordsView(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	tb.open("")
	tb.waitFor("the matrix", cellJS("anna", "lead", "update"), 10*time.Second)
	tb.run(chromedp.Click(chromedp.CSS(`#tab-records`)))
	tb.waitFor("records", `document.querySelector("#view-records td.c")`, 5*time.Second)
	var ok bool
	tb.choose(`#view-records select`, "anna")
	cell := func(user, record, action string) string {
		return fmt.Sprintf(`document.querySelector('#view-records td.c[data-user=%q][data-record=%q][data-action=%q]')`, user, record, action)
	}
	tb.waitFor("anna's records", cell("anna", "lead-bob", "read"), 5*time.Second)
	var got []string
	tb.eval(`["read", "update"].map((a) => document.querySelector('#view-records td.c[data-user="anna"][data-record="lead-bob"][data-action="' + a + '"]').textContent)`, &got)
	if !slices.Equal(got, []string{"✓", "—"}) {
		t.Errorf("anna on lead-bob (read, update): %v, want allow, deny", got)
	}
	// From the keyboard: one tab stop in the table, arrows between cells,
	// Enter explains.
	var stops int
	tb.eval(`document.querySelectorAll('#view-records td.c[tabindex="0"]').length`, &stops)
	if stops != 1 {
		t.Errorf("%d tab stops among the record cells, want 1", stops)
	}
	var first, moved string
	tb.eval(`(() => { const c = document.querySelector('#view-records td.c[tabindex="0"]'); c.focus(); return c.dataset.action; })()`, &first)
	tb.run(chromedp.KeyEvent(kb.ArrowRight))
	tb.eval(`document.activeElement.dataset.action ?? ""`, &moved)
	if moved == "" || moved == first {
		t.Errorf("ArrowRight from the %q cell focused %q", first, moved)
	}
	tb.run(chromedp.KeyEvent(kb.Enter))
	tb.waitFor("the record's explanation", `!document.querySelector("#drawer").hidden && document.querySelector("#drawer-body").textContent.length > 20`, 5*time.Second)
	tb.eval(`(() => { document.querySelectorAll("#view-records .seg button")[1].click(); return true; })()`, &ok)
	tb.waitFor("who may act on a record", `document.querySelector("#view-records .seg button[aria-checked=true]")?.textContent && document.querySelector('#view-records td.c[data-record]')`, 5*time.Second)
}

// TestMatrixKeyboard walks the matrix from the keyboard: one tab stop,
// arrows between cells of a column and of a row, Enter explains.
func TestMatrixKeyboard(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	tb.open("")
	tb.waitFor("the matrix", cellJS("anna", "lead", "update"), 10*time.Second)
	var stops int
	tb.eval(`document.querySelectorAll('#view-access td.c[tabindex="0"]').length`, &stops)
	if stops != 1 {
		t.Errorf("%d tab stops among the matrix cells, want 1", stops)
	}
	type at struct{ User, Entity, Action string }
	where := func() (a at) {
		tb.eval(`(() => { const d = document.activeElement.dataset; return {user: d.user ?? "", entity: d.entity ?? "", action: d.action ?? ""}; })()`, &a)
		return a
	}
	var ok bool
	tb.eval(`(() => { document.querySelector('#view-access td.c[tabindex="0"]').focus(); return true; })()`, &ok)
	start := where()
	tb.run(chromedp.KeyEvent(kb.ArrowDown))
	down := where()
	if down.User == start.User || down.Entity != start.Entity || down.Action != start.Action {
		t.Errorf("ArrowDown from %+v went to %+v, want the next user's same cell", start, down)
	}
	tb.run(chromedp.KeyEvent(kb.ArrowRight))
	if right := where(); right.User != down.User || right == down {
		t.Errorf("ArrowRight from %+v went to %+v, want the same user's next cell", down, right)
	}
	tb.run(chromedp.KeyEvent(kb.Enter))
	tb.waitFor("the cell's explanation", `!document.querySelector("#drawer").hidden && document.querySelector("#drawer-body").textContent.length > 20`, 5*time.Second)
}

// TestMatrixScrolls scrolls a 1,000-user matrix, whose table holds only
// the rows near the view: rows that stay on screen stay in the table, the
// rows there read as the same place drawn anew, and a focused cell keeps
// its focus while the view moves a little.
func TestMatrixScrolls(t *testing.T) {
	tb := newTab(t, 90*time.Second)
	tb.open("")
	var ok bool
	tb.eval(fmt.Sprintf(`(() => { rolelens.editor.setText(%q); return true; })()`, bigConfig(1000)), &ok)
	tb.waitFor("the 1000-user matrix", `document.querySelector("#status").textContent.includes("1000")`, 30*time.Second)
	const rows = `[...document.querySelectorAll("#view-access tbody tr")].map((tr) => tr.className + "/" + (tr.firstChild.style.height || "") + "/" + [...tr.children].map((c) => [c.tagName, c.className, c.title, c.textContent, JSON.stringify(c.dataset)].join("|")).join("/"))`
	// Steps of a row or three, then a jump, each after the page has drawn.
	var steps []float64
	tb.eval(`(async () => {
		const s = document.querySelector("#view-access .scroller");
		// The 13th row: 14 rows down, the table keeps six rows above the view.
		const kept = document.querySelectorAll("#view-access tbody tr:not(.pad)")[12];
		kept.marked = true;
		window.keptUser = kept.querySelector("td.c").dataset.user;
		const ms = [];
		for (const dy of [30, 90, 90, 30, 90, 90]) {
			await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
			const t0 = performance.now();
			s.scrollTop += dy;
			s.dispatchEvent(new Event("scroll"));
			ms.push(performance.now() - t0);
		}
		return ms;
	})()`, &steps)
	t.Logf("six scroll steps of 1 to 3 rows (ms of script, layout included): %.0f", steps)
	var state struct {
		Kept      bool
		Rows      int
		FirstUser string
	}
	tb.eval(`({Kept: !!document.querySelector('#view-access td.c[data-user="' + window.keptUser + '"]')?.closest("tr").marked,
		Rows: document.querySelectorAll("#view-access tbody tr:not(.pad)").length,
		FirstUser: document.querySelector("#view-access tbody tr:not(.pad) td.c")?.dataset.user ?? ""})`, &state)
	if !state.Kept {
		t.Error("a row that stayed on screen while scrolling was drawn anew")
	}
	if state.Rows < 10 || state.Rows > 60 {
		t.Errorf("%d rows in the table of 1,000 users, want the rows near the view only", state.Rows)
	}
	if state.FirstUser == "u0" {
		t.Error("the table still starts at the first user after scrolling down")
	}
	var scrolled, drawn []string
	tb.eval(rows, &scrolled)
	tb.eval(`(() => { rolelens.matrix.render(); return true; })()`, new(bool))
	tb.eval(rows, &drawn)
	if !slices.Equal(scrolled, drawn) {
		t.Errorf("the scrolled table (%d rows) differs from the one drawn anew there (%d rows):\n%.600v\n%.600v", len(scrolled), len(drawn), scrolled, drawn)
	}
	// A focused cell keeps its focus and its tab stop while its row stays.
	var focus struct {
		Same  bool
		Stops int
	}
	tb.eval(`(async () => {
		const s = document.querySelector("#view-access .scroller");
		const cells = [...document.querySelectorAll("#view-access tbody td.c")];
		const cell = cells[Math.floor(cells.length / 2)];
		cell.focus();
		s.scrollTop += 60;
		s.dispatchEvent(new Event("scroll"));
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		return {Same: document.activeElement === cell, Stops: document.querySelectorAll('#view-access td.c[tabindex="0"]').length};
	})()`, &focus)
	if !focus.Same || focus.Stops != 1 {
		t.Errorf("after a small scroll: focus kept %v, %d tab stops (want true, 1)", focus.Same, focus.Stops)
	}
}

// countOf reads a number the page wrote with its language's digit groups.
func countOf(s string) int {
	n, _ := strconv.Atoi(strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s))
	return n
}

// TestSlowLintWaitsForAPause edits a portal whose assignments overlap
// densely (1,000 users, 3,000 assignment subjects: about 160,000 lint
// findings, seconds of lint). Once its tests and lint have been slow, the
// next text's wait for a pause in typing; and an edit made while they run
// is not kept behind them (it waited 1.4 to 2.5 s when the lint ran in
// the engine's worker).
func TestSlowLintWaitsForAPause(t *testing.T) {
	tb := newTab(t, 180*time.Second)
	tb.open("")
	var ok bool
	tb.eval(`rolelens.engine.call("generate", {options: {system: "bitrix24", users: 1000, assignments: 3000, seed: 8}}).then((g) => { rolelens.editor.setText(g.text); return true; })`, &ok)
	tb.waitFor("the matrix", `document.querySelector("#status").textContent.includes("1000")`, 60*time.Second)
	tb.waitFor("the first lint", `document.body.dataset.settled === String(rolelens.timing.edits)`, 120*time.Second)
	var lint string
	tb.eval(`document.querySelector("#lint-count").textContent`, &lint)
	if countOf(lint) < 10_000 {
		t.Fatalf("the dense portal has %q lint findings; the test needs a slow lint", lint)
	}
	if !strings.Contains(lint, ",") {
		t.Errorf("the lint tab counts %q, without the digit groups of English", lint)
	}
	var ms []float64
	tb.eval(`(async () => {
		const v = rolelens.editor.view;
		const flip = (from, to) => { const at = v.state.doc.toString().indexOf(from); v.dispatch({changes: {from: at, to: at + from.length, insert: to}}); };
		const rows = async () => { const n = String(rolelens.timing.edits), t0 = performance.now(); while (document.body.dataset.rows !== n) await new Promise((r) => setTimeout(r, 5)); return performance.now() - t0; };
		const line = v.state.doc.toString().match(/- \{id: crm-1, .*?read: (\w+)/);
		const [was, now] = [line[0], line[0].replace(/read: \w+$/, line[1] === "all" ? "read: own" : "read: all")];
		const t0 = performance.now();
		flip(was, now);
		const first = await rows();
		// Its lint waits for a pause in typing; the next edit comes while
		// that lint runs.
		const started = () => performance.getEntriesByName("rolelens:extras-start").some((m) => m.startTime > t0);
		while (!started()) {
			if (performance.now() - t0 > 30000) return [first, -1, -1];
			await new Promise((r) => setTimeout(r, 5));
		}
		const paused = performance.now() - t0;
		await new Promise((r) => setTimeout(r, 100));
		flip(now, was);
		return [first, paused, await rows()];
	})()`, &ms)
	t.Logf("rows of an edit after %.0f ms; its lint began after %.0f ms; the rows of an edit during that lint after %.0f ms", ms[0], ms[1], ms[2])
	if ms[1] < 0 {
		t.Fatal("the lint of the edit did not begin within 30 s")
	}
	if ms[1] < 900 {
		t.Errorf("the lint of a slow text began %.0f ms after its edit, without a pause in typing", ms[1])
	}
	if ms[2] > 1000 {
		t.Errorf("an edit during the lint of the one before waited %.0f ms for its rows: behind that lint", ms[2])
	}
	tb.waitFor("lint after the pause", `document.body.dataset.settled === String(rolelens.timing.edits)`, 120*time.Second)
	// Its overlaps affect hundreds of users each: a finding names ten and
	// keeps the rest behind a disclosure, with their number.
	tb.run(chromedp.Click(chromedp.CSS("#tab-lint")))
	tb.waitFor("the lint findings", `document.querySelectorAll("#view-lint li").length > 0`, 30*time.Second)
	var users struct {
		Named, More, Rest int
		Widest            int
	}
	tb.eval(`(() => {
		const d = document.querySelector("#view-lint details.users");
		if (!d) return {Named: 0, More: 0, Rest: 0, Widest: 0};
		const summary = d.querySelector("summary").textContent;
		const rest = d.textContent.slice(summary.length);
		const widest = Math.max(...[...document.querySelectorAll("#view-lint li .muted")].map((x) => (x.tagName === "DETAILS" ? x.querySelector("summary").textContent : x.textContent).split(",").length));
		return {Named: summary.split(":")[1].split(" and ")[0].split(",").length, More: Number(summary.match(/and ([\d,]+) more/)[1].replace(/,/g, "")), Rest: rest.split(",").length, Widest: widest};
	})()`, &users)
	if users.Named != 10 || users.More < 1 || users.Rest != users.More || users.Widest > 10 {
		t.Errorf("a finding's users: %+v; want ten named, the rest counted and behind a disclosure", users)
	}
}

// TestGeneratedExample opens a generated organisation from the examples
// menu, as a newcomer trying the playground at scale would.
func TestGeneratedExample(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	tb.open("")
	tb.waitFor("the matrix", cellJS("anna", "lead", "update"), 10*time.Second)
	tb.choose(`#examples`, "gen:bitrix24:1000")
	tb.waitFor("1,000 generated users", `document.querySelector("#status").textContent.includes("1000") && document.querySelector('#view-access td.c[data-user="u1"]')`, 30*time.Second)
	var name string
	tb.eval(`document.querySelector("#workspaces").selectedOptions[0]?.textContent || ""`, &name)
	if !strings.Contains(name, "1,000") {
		t.Errorf("the new workspace is called %q", name)
	}
	// It has more lint findings than the page lists: the first 500, a note
	// with the total, and the tab and headings counting them all.
	tb.run(chromedp.Click(chromedp.CSS("#tab-lint")))
	tb.waitFor("the lint findings", `document.querySelectorAll("#view-lint li").length > 0`, 30*time.Second)
	var lint struct {
		Items       int
		Note, Count string
		Headings    []string
	}
	tb.eval(`({Items: document.querySelectorAll("#view-lint li").length,
		Note: document.querySelector("#view-lint p.muted")?.textContent ?? "",
		Count: document.querySelector("#lint-count").textContent,
		Headings: [...document.querySelectorAll("#view-lint h4")].map((h) => h.textContent)})`, &lint)
	total := countOf(lint.Count)
	if lint.Items != 500 || total <= 500 || lint.Note != "The first 500 of "+lint.Count+" findings; rolelens lint on the command line lists them all." {
		t.Errorf("lint of 1,000 generated users: %d items, note %q, tab count %q", lint.Items, lint.Note, lint.Count)
	}
	sum := 0
	for _, h := range lint.Headings {
		var n int
		if _, err := fmt.Sscanf(strings.ReplaceAll(h[strings.LastIndex(h, "(")+1:], ",", ""), "%d)", &n); err != nil {
			t.Errorf("heading %q has no count", h)
		}
		sum += n
	}
	if sum != total {
		t.Errorf("the severity headings %q count %d, the tab %d", lint.Headings, sum, total)
	}
	// One kind's findings: the kinds' buttons count every finding, and the
	// rarest kind lists its own, which the first 500 may not reach.
	var kinds []struct {
		Code string
		N    int
	}
	tb.eval(`[...document.querySelectorAll("#view-lint .kinds button")].slice(1).map((b) => ({Code: b.firstChild.textContent, N: Number(b.querySelector(".kind-n").textContent.replace(/\D/g, ""))}))`, &kinds)
	kindSum := 0
	rare := 0
	for i, k := range kinds {
		kindSum += k.N
		if k.N < kinds[rare].N {
			rare = i
		}
	}
	if len(kinds) < 2 || kindSum != total {
		t.Fatalf("kinds of findings %+v count %d, the tab %d", kinds, kindSum, total)
	}
	want := kinds[rare]
	tb.run(chromedp.Click(chromedp.CSS(fmt.Sprintf(`#view-lint .kinds button[title]:nth-child(%d)`, rare+2))))
	oneKind := fmt.Sprintf(`[...document.querySelectorAll("#view-lint li code")].every((c) => c.textContent === %q) && document.querySelectorAll("#view-lint li").length === %d`, want.Code, min(want.N, 500))
	tb.waitFor("one kind's findings", oneKind, 10*time.Second)
	// The kind stays picked through an edit.
	tb.eval(`(() => { const v = rolelens.editor.view; v.dispatch({changes: {from: v.state.doc.length, insert: "# edited\n"}}); return true; })()`, new(bool))
	tb.waitFor("the edit's findings", `document.body.dataset.settled === String(rolelens.timing.edits)`, 30*time.Second)
	tb.waitFor("the same kind after the edit", oneKind, 10*time.Second)
	tb.run(chromedp.Click(chromedp.CSS(`#view-lint .kinds button:first-child`)))
	tb.waitFor("all kinds again", `document.querySelectorAll("#view-lint li").length === 500`, 10*time.Second)
	// While the text has errors the tab keeps the last valid findings, and
	// picking a kind picks among them, still marked as such.
	tb.eval(`(() => { const v = rolelens.editor.view; v.dispatch({changes: {from: v.state.doc.length, insert: "bogus: [\n"}}); return true; })()`, new(bool))
	tb.waitFor("the invalid text's analysis", `document.body.dataset.settled === String(rolelens.timing.edits)`, 30*time.Second)
	tb.waitFor("the last valid findings, marked", `document.querySelector("#view-lint > .stale-note:not([hidden])") && document.querySelectorAll("#view-lint li").length === 500`, 10*time.Second)
	tb.run(chromedp.Click(chromedp.CSS(fmt.Sprintf(`#view-lint .kinds button[title]:nth-child(%d)`, rare+2))))
	tb.waitFor("one kind of the last valid findings, still marked", oneKind+` && document.querySelector("#view-lint > .stale-note:not([hidden])") !== null`, 10*time.Second)
}

// TestIdleLintWorkerStops shortens the time the tests-and-lint worker may
// stay idle, and checks that it stops (giving its memory back) and that
// the next edit's tests and lint still come, from a worker started anew.
func TestIdleLintWorkerStops(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	tb.open("")
	tb.waitFor("the first tests and lint", `document.body.dataset.settled === String(rolelens.timing.edits)`, 20*time.Second)
	var count string
	tb.eval(`document.querySelector("#tests-count").textContent`, &count)
	if count != "24/24" {
		t.Fatalf("the sales team's tests count %q", count)
	}
	stopped := `performance.getEntriesByName("rolelens:extras-stopped").length`
	tb.eval(`rolelens.engine.call("extrasIdle", {ms: 300})`, new(bool))
	tb.waitFor("the idle worker stopped", stopped+` === 1`, 10*time.Second)
	// A failing test appended: its result comes from the new worker.
	tb.eval(`(() => { const v = rolelens.editor.view; v.dispatch({changes: {from: v.state.doc.length, insert: "  - {user: anna, crm: {entity: lead, action: delete}, expect: all}\n"}}); return true; })()`, new(bool))
	tb.waitFor("the edit's tests", `document.body.dataset.settled === String(rolelens.timing.edits)`, 20*time.Second)
	tb.eval(`document.querySelector("#tests-count").textContent`, &count)
	if count != "24/25" {
		t.Errorf("after the edit the tests count %q, want 24/25", count)
	}
	// The failure says why in the page's language, with a link to the
	// deciding line.
	var why struct{ Text, Link string }
	tb.eval(`({Text: document.querySelector("#view-tests li.fail .why")?.textContent ?? "", Link: document.querySelector("#view-tests li.fail .why button.line")?.textContent ?? ""})`, &why)
	if !strings.Contains(why.Text, "the highest level of the roles wins; Sales agent (Departments and subdepartments: Sales)") || why.Link != "line 34" {
		t.Errorf("the failed test's reason: %+v", why)
	}
	// Picking one kind of finding asks the worker too (here called as the
	// page calls it): once it has stopped again, the call starts it.
	tb.waitFor("the worker stopped again", stopped+` === 2`, 10*time.Second)
	var lint struct {
		Findings []struct{ Code, Message string }
	}
	// The sales team's ceo and otto have no CRM role (L105).
	tb.eval(`rolelens.engine.call("lint", {text: rolelens.editor.text, lang: "de", code: "L105"})`, &lint)
	if len(lint.Findings) != 2 {
		t.Fatalf("lint of one kind from the restarted worker: %+v, want two L105", lint)
	}
	for _, f := range lint.Findings {
		if f.Code != "L105" || !strings.Contains(f.Message, "hat keine CRM-Rolle") {
			t.Errorf("a finding of the restarted worker: %+v, want L105 in German", f)
		}
	}
}

// TestSwitchingWorkspaces opens one workspace after another, as a user
// trying the examples does: each view follows the new text, and a text
// with errors never shows the workspace before it as its last valid state.
func TestSwitchingWorkspaces(t *testing.T) {
	tb := newTab(t, 90*time.Second)
	tb.open("")
	settled := `document.body.dataset.settled === String(rolelens.timing.edits)`
	tb.waitFor("the sales team's tests and lint", settled, 20*time.Second)
	// Lint findings, the gravest first: the sales team's warnings are on
	// later lines than its notes.
	var headings []string
	tb.eval(`[...document.querySelectorAll("#view-lint h4")].map((h) => h.textContent)`, &headings)
	if len(headings) != 2 || !strings.HasPrefix(headings[0], "Warnings") || !strings.HasPrefix(headings[1], "Notes") {
		t.Errorf("lint headings %q, want warnings before notes", headings)
	}
	// The users a finding affects, by name as in the matrix.
	var affected []string
	tb.eval(`[...document.querySelectorAll("#view-lint li .muted")].map((d) => d.textContent)`, &affected)
	if !slices.Contains(affected, "Users affected: Clara Chef") {
		t.Errorf("the lint findings' users: %q, want Clara Chef (ceo) by name", affected)
	}
	tb.run(chromedp.Click(chromedp.CSS("#tab-records")))
	rows := `document.querySelectorAll("#view-records table.records tbody tr").length`
	tb.waitFor("hanna's records", rows+` > 0`, 10*time.Second)
	// Another system: the records follow its users.
	tb.choose(`#examples`, "vtiger-team-a.yaml")
	tb.waitFor("Team A's records", `document.querySelector("#system").textContent === "vtiger" && `+rows+` > 0 && document.querySelector("#view-records select").value !== "hanna"`, 10*time.Second)
	// A telephony-only text opens on its own area.
	tb.run(chromedp.Click(chromedp.CSS("#tab-access")))
	tb.choose(`#examples`, "telephony-roles.yaml")
	area := `document.querySelector("#view-access .subtabs [aria-selected=true]")?.textContent`
	tb.waitFor("the telephony area", area+` === "Telephony"`, 10*time.Second)
	tb.choose(`#examples`, "tasks-defaults.yaml")
	tb.waitFor("the tasks area", area+` === "Tasks"`, 10*time.Second)
	// A new, empty workspace says what is missing.
	tb.run(chromedp.Click(chromedp.CSS("#new")))
	tb.waitFor("the empty matrix", `document.querySelector("#view-access td.empty")?.textContent === "No users yet: add them under org.users."`, 10*time.Second)
	// A workspace whose text has errors from the start: nothing of the
	// workspace before stands in for it.
	tb.choose(`#examples`, "sales-team.yaml")
	tb.waitFor("the sales team", cellJS("anna", "lead", "update")+` && `+settled, 10*time.Second)
	tb.run(chromedp.Click(chromedp.CSS("#new")))
	tb.waitFor("the new workspace", `rolelens.editor.text.startsWith("rolelens: 1") && !rolelens.editor.text.includes("title:") && `+settled, 10*time.Second)
	tb.eval(`(() => { const v = rolelens.editor.view; v.dispatch({changes: {from: v.state.doc.length, insert: "org: [\n"}}); return true; })()`, new(bool))
	tb.waitFor("the broken text's analysis", settled+` && document.querySelector("#problem-count").textContent !== "0"`, 10*time.Second)
	var got struct {
		Users, Stale  int
		Matrix, Tests string
	}
	tb.eval(`({Users: document.querySelectorAll("#view-access th.user").length,
		Stale: document.querySelectorAll(".stale-note:not([hidden])").length,
		Matrix: document.querySelector("#view-access .empty")?.textContent ?? "",
		Tests: document.querySelector("#tests-count").textContent})`, &got)
	if got.Users != 0 || got.Stale != 0 || got.Matrix != "Nothing to show until the configuration is valid." || got.Tests != "" {
		t.Errorf("a new workspace with errors shows %+v; want nothing of the sales team", got)
	}
	// The diff against pasted text follows the typing, without leaving
	// the text area, which keeps its height.
	tb.choose(`#examples`, "sales-team.yaml")
	tb.waitFor("the sales team", cellJS("anna", "lead", "update")+` && `+settled, 10*time.Second)
	tb.run(chromedp.Click(chromedp.CSS("#tab-diff")))
	tb.waitFor("the diff's sources", `document.querySelector("#view-diff select")`, 10*time.Second)
	tb.choose(`#view-diff select`, "paste")
	tb.waitFor("the text area", `document.querySelector("#view-diff textarea")`, 5*time.Second)
	src, err := os.ReadFile(filepath.Join(repoRoot, "site", "templates", "sales-team.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	older := strings.Replace(string(src), "- {id: mia, name: Mia Markt, departments: [marketing]}", "- {id: mia, name: Mia Markt, departments: [sales]}", 1)
	tb.run(chromedp.Focus(chromedp.CSS("#view-diff textarea")))
	tb.eval(fmt.Sprintf(`(() => { const a = document.querySelector("#view-diff textarea"); a.value = %q; a.dispatchEvent(new Event("input")); return true; })()`, older), new(bool))
	tb.waitFor("the diff of the pasted text", `document.querySelector("#view-diff .summary") && document.activeElement === document.querySelector("#view-diff textarea")`, 10*time.Second)
	var height float64
	tb.eval(`document.querySelector("#view-diff textarea").getBoundingClientRect().height`, &height)
	if height < 60 {
		t.Errorf("the text area is %.0f px high after the diff", height)
	}
	var mia bool
	tb.eval(`[...document.querySelectorAll("#view-diff .diff-user h4")].some((h) => h.textContent === "Mia Markt")`, &mia)
	if !mia {
		t.Error("the diff against the pasted text does not list Mia Markt, whose department it changes")
	}
}

// TestFocusStaysInView: what the user works on stays in sight when the
// layout around it changes. A typo that adds a problem grows the list
// below the editor, which shrinks the editor; a cell's explanation opens
// a drawer beside the matrix, which narrows it; closing the drawer gives
// the focus back to the cell clicked.
func TestFocusStaysInView(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	tb.open("")
	// The agent's lead row at the foot of the editor; a typo in it gives a
	// problem whose message takes two lines of the list.
	var ok bool
	tb.eval(`(() => { const v = rolelens.editor.view, at = v.state.doc.toString().indexOf("lead: {read: department, add: own, update: own"); v.dispatch({effects: v.constructor.scrollIntoView(at, {y: "end"})}); return true; })()`, &ok)
	tb.typeOver("lead: {read: department, add: own, update: ", "own", "onw")
	tb.waitFor("the problem", `document.querySelector("#problem-count").textContent === "1"`, 10*time.Second)
	visible := `(() => { const v = rolelens.editor.view, c = v.coordsAtPos(v.state.selection.main.head), box = v.scrollDOM.getBoundingClientRect(); return !!c && c.top >= box.top && c.bottom <= box.bottom; })()`
	tb.waitFor("the typed line in view after the problems list grew", visible, 5*time.Second)
	tb.typeOver("lead: {read: department, add: own, update: ", "onw", "own")
	tb.waitFor("no problems", `document.querySelector("#problem-count").textContent === "0"`, 10*time.Second)
	// Then explain a cell far to the right.
	cell := `#view-access td.c[data-user="hanna"][data-entity="contact"][data-action="update"]`
	tb.run(chromedp.ScrollIntoView(chromedp.CSS(cell)), chromedp.Click(chromedp.CSS(cell)))
	tb.waitFor("the explanation", `!document.querySelector("#drawer").hidden && document.querySelector("#drawer .answer")`, 10*time.Second)
	inView := `(() => { const c = document.querySelector('` + cell + `').getBoundingClientRect(), s = document.querySelector("#view-access .scroller").getBoundingClientRect(); return c.left >= s.left + 120 && c.right <= s.right && c.top >= s.top && c.bottom <= s.bottom; })()`
	tb.waitFor("the clicked cell in view beside the drawer", inView, 5*time.Second)
	tb.run(chromedp.KeyEvent(kb.Escape))
	tb.waitFor("the focus back on the clicked cell", `document.querySelector("#drawer").hidden && document.activeElement === document.querySelector('`+cell+`')`, 5*time.Second)
}

// TestPhoneLayout: at phone width one pane fills what the bars leave, the
// explanation stays above the footer, and the footer says whether the
// work is saved.
func TestPhoneLayout(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	tb.open("")
	tb.run(chromedp.EmulateViewport(390, 844))
	tb.waitFor("the saved state in the footer", `document.querySelector("#saved").checkVisibility() && document.querySelector("#saved").textContent.length > 0`, 10*time.Second)
	fits := func(css string) string {
		return `(() => { const e = document.querySelector("` + css + `").getBoundingClientRect(), f = document.querySelector("footer.status").getBoundingClientRect(); return e.height > 300 && e.bottom <= f.top + 1; })()`
	}
	tb.waitFor("the editor pane above the footer", fits("section.left"), 5*time.Second)
	tb.run(chromedp.Click(chromedp.CSS(`.phone-tabs button[data-pane="results"]`)))
	tb.waitFor("the results pane above the footer", fits("section.right"), 5*time.Second)
	tb.run(chromedp.Click(chromedp.CSS(cellCSS("anna", "lead", "update"))))
	tb.waitFor("the explanation", `!document.querySelector("#drawer").hidden && document.querySelector("#drawer .answer")`, 5*time.Second)
	tb.waitFor("the explanation above the footer", fits("#drawer"), 5*time.Second)
}

// TestLanguageFromTheDocs: the docs' links into the playground say the
// reader's language (?lang=), which wins over the browser's.
func TestLanguageFromTheDocs(t *testing.T) {
	tb := newTab(t, 60*time.Second)
	tb.run(chromedp.Navigate(baseURL + "?lang=ru" + shareFragment(t, "rolelens: 1\nsystem: bitrix24\ntitle: Из документации\norg:\n  users: [{id: anna, name: Анна}]\n")))
	tb.waitFor("the link's matrix in Russian", `document.documentElement.lang === "ru" && document.querySelector("#tab-access").textContent === "Доступ" && rolelens.editor?.text.includes("Из документации")`, 20*time.Second)
}
