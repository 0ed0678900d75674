package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"
)

func site() fstest.MapFS {
	return fstest.MapFS{
		"index.html":           {Data: []byte(`<meta name="csp-nonce" content="` + NoncePlaceholder + `"><p>app</p>`)},
		"main.js":              {Data: []byte(strings.Repeat("console.log(1);\n", 50))},
		"rolelens.wasm":        {Data: []byte("\x00asm-plain")},
		"rolelens.wasm.br":     {Data: []byte("brotli-bytes")},
		"rolelens.wasm.gz":     {Data: []byte("gzip-bytes")},
		"rolelens.mjs":         {Data: []byte("export const x = 1;")},
		"i18n/en.json":         {Data: []byte(`{"a":"b"}`)},
		"style.css":            {Data: []byte("body{}")},
		".keep":                {Data: []byte("")},
		"docs/en/index.html":   {Data: []byte("<h1>docs</h1>")},
		"docs/en/levels.html":  {Data: []byte("<h1>levels</h1>")},
		"templates/sales.yaml": {Data: []byte("rolelens: 1\n")},
	}
}

func get(t *testing.T, h http.Handler, target string, hdr map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestMIMETypes(t *testing.T) {
	h := New(site())
	for target, want := range map[string]string{
		"/":                     "text/html; charset=utf-8",
		"/main.js":              "text/javascript; charset=utf-8",
		"/rolelens.mjs":         "text/javascript; charset=utf-8",
		"/rolelens.wasm":        "application/wasm",
		"/i18n/en.json":         "application/json",
		"/style.css":            "text/css; charset=utf-8",
		"/templates/sales.yaml": "text/yaml; charset=utf-8",
	} {
		res := get(t, h, target, nil)
		if res.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", target, res.StatusCode)
		}
		if got := res.Header.Get("Content-Type"); got != want {
			t.Errorf("%s: Content-Type %q, want %q", target, got, want)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no nosniff", target)
		}
	}
}

func TestCSP(t *testing.T) {
	h := New(site())
	res := get(t, h, "/", nil)
	csp := res.Header.Get("Content-Security-Policy")
	for _, part := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "worker-src 'self'"} {
		if !strings.Contains(csp, part) {
			t.Errorf("CSP %q lacks %q", csp, part)
		}
	}
	if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "'unsafe-eval'") {
		t.Errorf("CSP allows inline code: %q", csp)
	}
	page := body(t, res)
	if strings.Contains(page, NoncePlaceholder) {
		t.Fatal("the nonce placeholder was not replaced")
	}
	i := strings.Index(csp, "'nonce-")
	if i < 0 {
		t.Fatalf("no nonce in the page's CSP: %q", csp)
	}
	nonce := csp[i+len("'nonce-"):]
	nonce = nonce[:strings.IndexByte(nonce, '\'')]
	if !strings.Contains(page, `content="`+nonce+`"`) {
		t.Errorf("the page does not carry the header's nonce %q: %s", nonce, page)
	}
	again := get(t, h, "/", nil).Header.Get("Content-Security-Policy")
	if again == csp {
		t.Error("two responses share one nonce")
	}
	if js := get(t, h, "/main.js", nil).Header.Get("Content-Security-Policy"); js == "" || strings.Contains(js, "nonce") {
		t.Errorf("script CSP %q", js)
	}
}

func TestCompression(t *testing.T) {
	h := New(site())
	cases := []struct {
		accept, enc, body string
	}{
		{"gzip, deflate, br", "br", "brotli-bytes"},
		{"gzip", "gzip", "gzip-bytes"},
		{"br;q=0, gzip", "gzip", "gzip-bytes"},
		{"", "", "\x00asm-plain"},
		{"identity", "", "\x00asm-plain"},
	}
	for _, c := range cases {
		res := get(t, h, "/rolelens.wasm", map[string]string{"Accept-Encoding": c.accept})
		if got := res.Header.Get("Content-Encoding"); got != c.enc {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", c.accept, got, c.enc)
		}
		if got := body(t, res); got != c.body {
			t.Errorf("Accept-Encoding %q: body %q, want %q", c.accept, got, c.body)
		}
		if res.Header.Get("Content-Type") != "application/wasm" {
			t.Errorf("Accept-Encoding %q: type %q", c.accept, res.Header.Get("Content-Type"))
		}
		if !strings.Contains(res.Header.Get("Vary"), "Accept-Encoding") {
			t.Errorf("no Vary header")
		}
	}
	// No precompressed file: gzip made on the fly.
	res := get(t, h, "/main.js", map[string]string{"Accept-Encoding": "gzip"})
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("main.js not gzipped: %v", res.Header)
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	plain, _ := io.ReadAll(zr)
	if !bytes.Equal(plain, site()["main.js"].Data) {
		t.Error("gzip on the fly changed the content")
	}
}

func TestETag(t *testing.T) {
	h := New(site())
	res := get(t, h, "/style.css", nil)
	etag := res.Header.Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	res = get(t, h, "/style.css", map[string]string{"If-None-Match": etag})
	if res.StatusCode != http.StatusNotModified {
		t.Errorf("revalidation: status %d", res.StatusCode)
	}
}

func TestPathsRefused(t *testing.T) {
	h := New(site())
	for _, target := range []string{"/../etc/passwd", "/docs/../../x", "/a/%2e%2e/b", "/.keep", "/x%5c..%5cy", "/docs/.git/config"} {
		res := get(t, h, target, nil)
		if res.StatusCode != http.StatusBadRequest && res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d, want 400 or 404", target, res.StatusCode)
		}
	}
	req := httptest.NewRequest(http.MethodPost, "/", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d", rec.Code)
	}
}

func TestSPAAndDocs(t *testing.T) {
	h := New(site())
	res := get(t, h, "/workspace/sales", nil)
	if res.StatusCode != http.StatusOK || !strings.Contains(body(t, res), "<p>app</p>") {
		t.Errorf("app path: status %d", res.StatusCode)
	}
	if res := get(t, h, "/missing.js", nil); res.StatusCode != http.StatusNotFound {
		t.Errorf("missing file: status %d", res.StatusCode)
	}
	if res := get(t, h, "/docs/en/levels.html", nil); res.StatusCode != http.StatusOK || body(t, res) != "<h1>levels</h1>" {
		t.Errorf("docs page: status %d", res.StatusCode)
	}
	if res := get(t, h, "/docs/en/", nil); res.StatusCode != http.StatusOK {
		t.Errorf("docs folder: status %d", res.StatusCode)
	}
	if res := get(t, h, "/docs/", nil); res.StatusCode != http.StatusMovedPermanently || res.Header.Get("Location") != "/docs/en/" {
		t.Errorf("docs root: status %d to %q", res.StatusCode, res.Header.Get("Location"))
	}
	if res := get(t, h, "/docs/nothing", nil); res.StatusCode != http.StatusNotFound {
		t.Errorf("missing docs page: status %d", res.StatusCode)
	}
}

func TestEmptySite(t *testing.T) {
	h := New(fstest.MapFS{".keep": {}})
	res := get(t, h, "/", nil)
	if res.StatusCode != http.StatusOK || !strings.Contains(body(t, res), "make build") {
		t.Errorf("empty site: status %d", res.StatusCode)
	}
}
