// Package store keeps the playground's work: named workspaces, each with
// its current text and a history of versions to restore. It is plain Go
// over a hackpadfs file system, so the same code runs natively over
// hackpadfs/mem in tests and in the browser over hackpadfs/indexeddb (see
// jsstore), where nothing leaves the visitor's machine.
//
// Layout, one folder per workspace:
//
//	workspaces/<id>/meta.json        {"id", "name", "created", "updated"}
//	workspaces/<id>/current.yaml     the text as last typed
//	workspaces/<id>/history/<n>.yaml earlier versions, n growing with time
package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/hack-pad/hackpadfs"
)

// Limits of what one browser keeps.
const (
	MaxVersions  = 50               // history entries kept per workspace
	MaxTextBytes = 4 << 20          // one configuration
	VersionEvery = 60 * time.Second // typing adds a version at most this often
)

// ErrNotFound is returned for an unknown workspace or version.
var ErrNotFound = errors.New("store: not found")

// Workspace describes one saved configuration.
type Workspace struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Created  time.Time `json:"created"`
	Updated  time.Time `json:"updated"`
	Versions int       `json:"versions"`
}

// Version is one entry of a workspace's history.
type Version struct {
	ID    string    `json:"id"`
	Saved time.Time `json:"saved"`
	Bytes int       `json:"bytes"`
}

// Store is the set of workspaces in one file system. It is safe for
// concurrent use.
type Store struct {
	fs  hackpadfs.FS
	mu  sync.Mutex
	Now func() time.Time // the clock; tests replace it
}

// New returns a store over fsys, which must support MkdirAll, OpenFile
// (for writing) and Remove, as hackpadfs/mem and hackpadfs/indexeddb do.
func New(fsys hackpadfs.FS) *Store {
	return &Store{fs: fsys, Now: time.Now}
}

const root = "workspaces"

// validID accepts the ids the store itself makes and the playground
// chooses: lower-case letters, digits and dashes, at most 64.
func validID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, r := range id {
		if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
			return false
		}
	}
	return true
}

func dir(id string) string { return path.Join(root, id) }

// List returns every workspace, the most recently updated first.
func (s *Store) List() ([]Workspace, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	entries, err := hackpadfs.ReadDir(s.fs, root)
	if errors.Is(err, fs.ErrNotExist) {
		return []Workspace{}, nil
	}
	if err != nil {
		return nil, err
	}
	out := []Workspace{}
	for _, e := range entries {
		if !e.IsDir() || !validID(e.Name()) {
			continue
		}
		w, err := s.meta(e.Name())
		if err != nil {
			continue // a half-written workspace is skipped, not fatal
		}
		out = append(out, w)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Updated.After(out[j].Updated) })
	return out, nil
}

func (s *Store) meta(id string) (Workspace, error) {
	var w Workspace
	b, err := hackpadfs.ReadFile(s.fs, path.Join(dir(id), "meta.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return w, ErrNotFound
	}
	if err != nil {
		return w, err
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return w, err
	}
	w.ID = id
	vs, err := s.versions(id)
	if err != nil {
		return w, err
	}
	w.Versions = len(vs)
	return w, nil
}

func (s *Store) writeMeta(w Workspace) error {
	w.Versions = 0
	b, err := json.Marshal(w)
	if err != nil {
		return err
	}
	return hackpadfs.WriteFullFile(s.fs, path.Join(dir(w.ID), "meta.json"), b, 0o644)
}

// Create makes a new workspace named name holding text and returns it.
func (s *Store) Create(name, text string) (Workspace, error) {
	if len(text) > MaxTextBytes {
		return Workspace{}, fmt.Errorf("store: the text is %d bytes; the limit is %d", len(text), MaxTextBytes)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.Now()
	id := "w" + strconv.FormatInt(now.UnixMilli(), 36)
	for n := 1; ; n++ {
		if _, err := hackpadfs.Stat(s.fs, dir(id)); errors.Is(err, fs.ErrNotExist) {
			break
		}
		id = "w" + strconv.FormatInt(now.UnixMilli(), 36) + "-" + strconv.Itoa(n)
	}
	if err := hackpadfs.MkdirAll(s.fs, path.Join(dir(id), "history"), 0o755); err != nil {
		return Workspace{}, err
	}
	w := Workspace{ID: id, Name: cleanName(name), Created: now, Updated: now}
	if err := hackpadfs.WriteFullFile(s.fs, path.Join(dir(id), "current.yaml"), []byte(text), 0o644); err != nil {
		return Workspace{}, err
	}
	if err := s.addVersion(id, text, now); err != nil {
		return Workspace{}, err
	}
	if err := s.writeMeta(w); err != nil {
		return Workspace{}, err
	}
	w.Versions = 1
	return w, nil
}

func cleanName(name string) string {
	name = strings.TrimSpace(name)
	if name == "" {
		return "Untitled"
	}
	if r := []rune(name); len(r) > 80 {
		name = string(r[:80])
	}
	return name
}

// Save stores text as the workspace's current text. It also adds a
// version when checkpoint is set or the last version is older than
// VersionEvery and differs, so typing leaves a usable history without a
// version per keystroke.
func (s *Store) Save(id, text string, checkpoint bool) (Workspace, error) {
	if !validID(id) {
		return Workspace{}, ErrNotFound
	}
	if len(text) > MaxTextBytes {
		return Workspace{}, fmt.Errorf("store: the text is %d bytes; the limit is %d", len(text), MaxTextBytes)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	w, err := s.meta(id)
	if err != nil {
		return w, err
	}
	now := s.Now()
	if err := hackpadfs.WriteFullFile(s.fs, path.Join(dir(id), "current.yaml"), []byte(text), 0o644); err != nil {
		return w, err
	}
	vs, err := s.versions(id)
	if err != nil {
		return w, err
	}
	add := len(vs) == 0 || checkpoint || now.Sub(vs[0].Saved) >= VersionEvery
	if add && len(vs) > 0 {
		last, err := hackpadfs.ReadFile(s.fs, versionPath(id, vs[0].ID))
		if err == nil && string(last) == text {
			add = false
		}
	}
	if add {
		if err := s.addVersion(id, text, now); err != nil {
			return w, err
		}
	}
	w.Updated = now
	if err := s.writeMeta(w); err != nil {
		return w, err
	}
	return s.meta(id)
}

// Rename gives a workspace a new name.
func (s *Store) Rename(id, name string) (Workspace, error) {
	if !validID(id) {
		return Workspace{}, ErrNotFound
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	w, err := s.meta(id)
	if err != nil {
		return w, err
	}
	w.Name = cleanName(name)
	return w, s.writeMeta(w)
}

// Load returns a workspace and its current text.
func (s *Store) Load(id string) (Workspace, string, error) {
	if !validID(id) {
		return Workspace{}, "", ErrNotFound
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	w, err := s.meta(id)
	if err != nil {
		return w, "", err
	}
	b, err := hackpadfs.ReadFile(s.fs, path.Join(dir(id), "current.yaml"))
	if err != nil {
		return w, "", err
	}
	return w, string(b), nil
}

// History returns a workspace's versions, the newest first.
func (s *Store) History(id string) ([]Version, error) {
	if !validID(id) {
		return nil, ErrNotFound
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := s.meta(id); err != nil {
		return nil, err
	}
	return s.versions(id)
}

// Version returns the text of one version.
func (s *Store) Version(id, version string) (string, error) {
	if !validID(id) || !validVersion(version) {
		return "", ErrNotFound
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	b, err := hackpadfs.ReadFile(s.fs, versionPath(id, version))
	if errors.Is(err, fs.ErrNotExist) {
		return "", ErrNotFound
	}
	return string(b), err
}

// Restore makes a version the current text again. The text it replaces
// is kept as a version first, so restoring can itself be undone.
func (s *Store) Restore(id, version string) (Workspace, string, error) {
	text, err := s.Version(id, version)
	if err != nil {
		return Workspace{}, "", err
	}
	s.mu.Lock()
	cur, err := hackpadfs.ReadFile(s.fs, path.Join(dir(id), "current.yaml"))
	s.mu.Unlock()
	if err != nil {
		return Workspace{}, "", err
	}
	if _, err := s.Save(id, string(cur), true); err != nil {
		return Workspace{}, "", err
	}
	w, err := s.Save(id, text, true)
	return w, text, err
}

// Delete removes a workspace and its history.
func (s *Store) Delete(id string) error {
	if !validID(id) {
		return ErrNotFound
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, err := hackpadfs.Stat(s.fs, dir(id)); err != nil {
		return ErrNotFound
	}
	return hackpadfs.RemoveAll(s.fs, dir(id))
}

func versionPath(id, version string) string {
	return path.Join(dir(id), "history", version+".yaml")
}

func validVersion(v string) bool {
	_, err := strconv.ParseUint(v, 10, 63)
	return err == nil
}

// versions lists the history, newest first; the caller holds mu.
func (s *Store) versions(id string) ([]Version, error) {
	entries, err := hackpadfs.ReadDir(s.fs, path.Join(dir(id), "history"))
	if errors.Is(err, fs.ErrNotExist) {
		return []Version{}, nil
	}
	if err != nil {
		return nil, err
	}
	out := []Version{}
	for _, e := range entries {
		v, ok := strings.CutSuffix(e.Name(), ".yaml")
		if !ok || !validVersion(v) {
			continue
		}
		n, _ := strconv.ParseInt(v, 10, 64)
		size := 0
		if info, err := e.Info(); err == nil {
			size = int(info.Size())
		}
		out = append(out, Version{ID: v, Saved: time.UnixMilli(n), Bytes: size})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID > out[j].ID })
	return out, nil
}

// addVersion writes text as a new version and drops the oldest beyond
// MaxVersions; the caller holds mu.
func (s *Store) addVersion(id, text string, now time.Time) error {
	if err := hackpadfs.MkdirAll(s.fs, path.Join(dir(id), "history"), 0o755); err != nil {
		return err
	}
	vs, err := s.versions(id)
	if err != nil {
		return err
	}
	n := now.UnixMilli()
	if len(vs) > 0 {
		// Version ids grow strictly, whatever the clock does.
		if last, _ := strconv.ParseInt(vs[0].ID, 10, 64); n <= last {
			n = last + 1
		}
	}
	// Fixed width keeps the names in order as text, too.
	name := fmt.Sprintf("%015d", n)
	if err := hackpadfs.WriteFullFile(s.fs, versionPath(id, name), []byte(text), 0o644); err != nil {
		return err
	}
	for i := MaxVersions - 1; i < len(vs); i++ {
		if err := hackpadfs.Remove(s.fs, versionPath(id, vs[i].ID)); err != nil {
			return err
		}
	}
	return nil
}
