// Package server serves the playground and the docs from a file system
// (the files embedded in the binary, or a build folder in tests). It has
// no logic of its own beyond HTTP: the engine runs in the browser.
//
// What it does: MIME types that browsers insist on (application/wasm for
// streaming compilation, text/javascript for modules and workers),
// precompressed .br/.gz variants chosen by Accept-Encoding (gzip on the
// fly otherwise), a strict Content-Security-Policy, no dot files, no path
// escaping the root, and the playground's index.html for app paths.
package server

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// NoncePlaceholder is replaced, in every HTML file served, by a fresh
// nonce that the page's script hands to CodeMirror (EditorView.cspNonce).
const NoncePlaceholder = "__CSP_NONCE__"

// CSP returns the Content-Security-Policy sent with every response.
//
// Scripts: only files of this origin; 'wasm-unsafe-eval' lets the worker
// compile the engine and nothing else (no eval, no inline script).
//
// Styles: CodeMirror builds its theme at run time and mounts it as a
// <style> element in the document head (style-mod uses constructed
// sheets only inside shadow roots). 'self' alone would block it. Instead
// of 'unsafe-inline', each HTML response carries a one-time nonce: the
// page reads it from <meta name="csp-nonce"> and gives it to
// EditorView.cspNonce, so only the editor's own style elements apply and
// an injected <style> or style="" attribute does not. Style changes made
// through the CSSOM (element.style.top = ...), which CodeMirror uses for
// positioning, are not governed by CSP.
func CSP(nonce string) string {
	style := "style-src 'self'"
	if nonce != "" {
		style += " 'nonce-" + nonce + "'"
	}
	return "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " + style +
		"; img-src 'self' data:; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}

var mimeTypes = map[string]string{
	".html":  "text/html; charset=utf-8",
	".css":   "text/css; charset=utf-8",
	".js":    "text/javascript; charset=utf-8",
	".mjs":   "text/javascript; charset=utf-8",
	".json":  "application/json",
	".wasm":  "application/wasm",
	".svg":   "image/svg+xml",
	".png":   "image/png",
	".ico":   "image/x-icon",
	".txt":   "text/plain; charset=utf-8",
	".yaml":  "text/yaml; charset=utf-8",
	".yml":   "text/yaml; charset=utf-8",
	".map":   "application/json",
	".woff2": "font/woff2",
	".xml":   "application/xml",
}

// compressible types are gzipped on the fly when no precompressed file
// exists and the client accepts gzip.
func compressible(ext string) bool {
	switch ext {
	case ".html", ".css", ".js", ".mjs", ".json", ".wasm", ".svg", ".txt", ".yaml", ".yml", ".map", ".xml":
		return true
	}
	return false
}

// Handler serves files from one file system.
type Handler struct {
	files fs.FS
	mu    sync.Mutex
	cache map[string]*entry // read files, keyed by name
}

type entry struct {
	mod  time.Time
	size int64
	data []byte
	etag string
	gz   []byte // gzipped on the fly, when compressible and no .gz exists
}

// New returns a handler serving files: the playground at the root
// (index.html), docs under docs/.
func New(files fs.FS) *Handler {
	h := &Handler{files: files, cache: map[string]*entry{}}
	go h.warm()
	return h
}

// warm reads and hashes the engine's wasm and its compressed copies ahead
// of the first visit, which otherwise waits for them (measured with
// `rolelens serve`: the first request for the wasm answered after 43 to
// 111 ms, now after 2 to 3 ms).
func (h *Handler) warm() {
	names, _ := fs.Glob(h.files, "*.wasm*")
	for _, name := range names {
		_, _ = h.load(name)
	}
}

// ServeHTTP implements http.Handler.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Referrer-Policy", "no-referrer")
	hdr.Set("Cross-Origin-Opener-Policy", "same-origin")
	hdr.Set("Content-Security-Policy", CSP(""))
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hdr.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name, ok := cleanName(r.URL.Path)
	if !ok {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	name, status := h.resolve(name)
	switch status {
	case http.StatusNotFound:
		if name == "index.html" {
			h.placeholder(w)
			return
		}
		http.NotFound(w, r)
		return
	case http.StatusMovedPermanently:
		http.Redirect(w, r, "/"+name, http.StatusMovedPermanently)
		return
	}
	h.serveFile(w, r, name)
}

// cleanName turns a URL path into a file name under the root, refusing
// anything that could leave it or reach a dot file.
func cleanName(p string) (string, bool) {
	if strings.ContainsAny(p, "\\\x00") {
		return "", false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." {
			return "", false
		}
	}
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if strings.HasSuffix(p, "/") && name != "" {
		name += "/"
	}
	for _, seg := range strings.Split(strings.TrimSuffix(name, "/"), "/") {
		if strings.HasPrefix(seg, ".") {
			return "", false
		}
	}
	return name, true
}

// resolve maps a cleaned name to the file to serve: folders to their
// index.html, unknown app paths to the playground's index.html.
func (h *Handler) resolve(name string) (string, int) {
	if name == "" {
		name = "index.html"
	}
	if strings.HasSuffix(name, "/") {
		dir := strings.TrimSuffix(name, "/")
		if isFile(h.files, dir+"/index.html") {
			return dir + "/index.html", http.StatusOK
		}
		if dir == "docs" && isFile(h.files, "docs/en/index.html") {
			return "docs/en/", http.StatusMovedPermanently
		}
		return name, http.StatusNotFound
	}
	if isFile(h.files, name) {
		return name, http.StatusOK
	}
	if st, err := fs.Stat(h.files, name); err == nil && st.IsDir() {
		return name + "/", http.StatusMovedPermanently
	}
	// An app path (no extension, not in the docs) is the playground's.
	if path.Ext(name) == "" && !strings.HasPrefix(name, "docs/") {
		return "index.html", statusOf(isFile(h.files, "index.html"))
	}
	return name, http.StatusNotFound
}

func statusOf(found bool) int {
	if found {
		return http.StatusOK
	}
	return http.StatusNotFound
}

func isFile(files fs.FS, name string) bool {
	st, err := fs.Stat(files, name)
	return err == nil && st.Mode().IsRegular()
}

func (h *Handler) serveFile(w http.ResponseWriter, r *http.Request, name string) {
	e, err := h.load(name)
	if err != nil {
		http.Error(w, "cannot read file", http.StatusInternalServerError)
		return
	}
	ext := path.Ext(name)
	hdr := w.Header()
	if ct, ok := mimeTypes[ext]; ok {
		hdr.Set("Content-Type", ct)
	} else {
		hdr.Set("Content-Type", "application/octet-stream")
	}
	// Files are not content-hashed: revalidate every time, cheaply by ETag.
	hdr.Set("Cache-Control", "no-cache")
	if compressible(ext) {
		hdr.Add("Vary", "Accept-Encoding")
	}
	data := e.data
	if ext == ".html" {
		// A fresh nonce per page; no ETag, as the body changes each time.
		nonce := newNonce()
		hdr.Set("Content-Security-Policy", CSP(nonce))
		data = bytes.ReplaceAll(data, []byte(NoncePlaceholder), []byte(nonce))
		if accepts(r, "gzip") {
			hdr.Set("Content-Encoding", "gzip")
			data = gzipBytes(data)
		}
		hdr.Set("Content-Length", strconv.Itoa(len(data)))
		w.WriteHeader(http.StatusOK)
		if r.Method != http.MethodHead {
			_, _ = w.Write(data)
		}
		return
	}
	etag := e.etag
	body := data
	switch enc, pre := h.encoding(r, name, ext); enc {
	case "br", "gzip":
		hdr.Set("Content-Encoding", enc)
		etag = strings.TrimSuffix(etag, `"`) + "-" + enc + `"`
		body = pre
	}
	hdr.Set("ETag", etag)
	http.ServeContent(w, r, "", e.mod, bytes.NewReader(body))
}

// encoding picks the response's encoding: a precompressed .br or .gz
// file when the client takes it, else gzip made here for compressible
// types, else none.
func (h *Handler) encoding(r *http.Request, name, ext string) (string, []byte) {
	if !compressible(ext) || r.Header.Get("Range") != "" {
		return "", nil
	}
	for _, c := range []struct{ enc, suffix string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !accepts(r, c.enc) || !isFile(h.files, name+c.suffix) {
			continue
		}
		if pre, err := h.load(name + c.suffix); err == nil {
			return c.enc, pre.data
		}
	}
	if !accepts(r, "gzip") {
		return "", nil
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	e := h.cache[name]
	if e.gz == nil {
		e.gz = gzipBytes(e.data)
	}
	return "gzip", e.gz
}

// load reads a file once and keeps it, re-reading when it changed (a
// build folder in development).
func (h *Handler) load(name string) (*entry, error) {
	st, err := fs.Stat(h.files, name)
	if err != nil {
		return nil, err
	}
	h.mu.Lock()
	e := h.cache[name]
	h.mu.Unlock()
	if e != nil && e.mod.Equal(st.ModTime()) && e.size == st.Size() {
		return e, nil
	}
	data, err := fs.ReadFile(h.files, name)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	e = &entry{mod: st.ModTime(), size: st.Size(), data: data, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
	h.mu.Lock()
	h.cache[name] = e
	h.mu.Unlock()
	return e, nil
}

// accepts reports whether Accept-Encoding lists enc with a non-zero q.
func accepts(r *http.Request, enc string) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		fields := strings.Split(part, ";")
		if !strings.EqualFold(strings.TrimSpace(fields[0]), enc) {
			continue
		}
		for _, p := range fields[1:] {
			p = strings.TrimSpace(p)
			if q, ok := strings.CutPrefix(p, "q="); ok {
				if v, err := strconv.ParseFloat(q, 64); err == nil && v == 0 {
					return false
				}
			}
		}
		return true
	}
	return false
}

func gzipBytes(data []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	_, _ = zw.Write(data)
	_ = zw.Close()
	return buf.Bytes()
}

func newNonce() string {
	b := make([]byte, 18)
	if _, err := rand.Read(b); err != nil {
		panic(errors.New("server: no randomness for the CSP nonce"))
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

const placeholderPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>rolelens</title></head>
<body><h1>rolelens</h1>
<p>This binary was built without the playground. Run <code>make build</code>
(or <code>make serve</code>) to build the site and the docs, then start
<code>build/rolelens serve</code> again.</p></body></html>
`

// placeholder answers when the file system holds no site at all.
func (h *Handler) placeholder(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte(placeholderPage))
}
