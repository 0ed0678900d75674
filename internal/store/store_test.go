package store

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/hack-pad/hackpadfs/mem"
)

func newStore(t *testing.T) (*Store, *time.Time) {
	t.Helper()
	fsys, err := mem.NewFS()
	if err != nil {
		t.Fatal(err)
	}
	s := New(fsys)
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	s.Now = func() time.Time { return now }
	return s, &now
}

func TestCreateSaveLoad(t *testing.T) {
	s, now := newStore(t)
	w, err := s.Create("  Sales team ", "rolelens: 1\n")
	if err != nil {
		t.Fatal(err)
	}
	if w.Name != "Sales team" || w.Versions != 1 || !validID(w.ID) {
		t.Fatalf("created %+v", w)
	}
	*now = now.Add(time.Second)
	if w, err = s.Save(w.ID, "rolelens: 1\ntitle: x\n", false); err != nil {
		t.Fatal(err)
	}
	if w.Versions != 1 {
		t.Errorf("typing within a minute added a version: %d", w.Versions)
	}
	_, text, err := s.Load(w.ID)
	if err != nil || text != "rolelens: 1\ntitle: x\n" {
		t.Fatalf("load: %q, %v", text, err)
	}
	*now = now.Add(VersionEvery)
	if w, _ = s.Save(w.ID, "rolelens: 1\ntitle: y\n", false); w.Versions != 2 {
		t.Errorf("a minute later: %d versions, want 2", w.Versions)
	}
	if w, _ = s.Save(w.ID, "rolelens: 1\ntitle: y\n", true); w.Versions != 2 {
		t.Errorf("a checkpoint of unchanged text added a version: %d", w.Versions)
	}
	list, err := s.List()
	if err != nil || len(list) != 1 || list[0].ID != w.ID {
		t.Fatalf("list: %+v, %v", list, err)
	}
}

func TestHistoryRestore(t *testing.T) {
	s, now := newStore(t)
	w, _ := s.Create("a", "one")
	*now = now.Add(time.Second)
	s.Save(w.ID, "two", true)
	*now = now.Add(time.Second)
	s.Save(w.ID, "three", true)
	hist, err := s.History(w.ID)
	if err != nil || len(hist) != 3 {
		t.Fatalf("history: %+v, %v", hist, err)
	}
	oldest := hist[2]
	if text, _ := s.Version(w.ID, oldest.ID); text != "one" {
		t.Fatalf("oldest version %q", text)
	}
	*now = now.Add(time.Second)
	w, text, err := s.Restore(w.ID, oldest.ID)
	if err != nil || text != "one" {
		t.Fatalf("restore: %q, %v", text, err)
	}
	if _, cur, _ := s.Load(w.ID); cur != "one" {
		t.Errorf("current after restore %q", cur)
	}
	if hist, _ = s.History(w.ID); len(hist) != 4 {
		t.Errorf("restore should add the restored text as a version: %d", len(hist))
	}
}

func TestHistoryIsBounded(t *testing.T) {
	s, now := newStore(t)
	w, _ := s.Create("a", "0")
	for i := 1; i < MaxVersions+10; i++ {
		*now = now.Add(time.Millisecond)
		if _, err := s.Save(w.ID, strings.Repeat("x", i), true); err != nil {
			t.Fatal(err)
		}
	}
	hist, _ := s.History(w.ID)
	if len(hist) != MaxVersions {
		t.Fatalf("%d versions, want %d", len(hist), MaxVersions)
	}
	if text, _ := s.Version(w.ID, hist[0].ID); text != strings.Repeat("x", MaxVersions+9) {
		t.Errorf("newest version lost")
	}
}

func TestRenameDeleteAndBadIDs(t *testing.T) {
	s, now := newStore(t)
	a, _ := s.Create("a", "1")
	b, _ := s.Create("b", "2") // same clock: a distinct id all the same
	if a.ID == b.ID {
		t.Fatal("two workspaces share an id")
	}
	*now = now.Add(time.Second)
	if w, err := s.Rename(a.ID, "Renamed"); err != nil || w.Name != "Renamed" {
		t.Fatalf("rename %+v %v", w, err)
	}
	if err := s.Delete(b.ID); err != nil {
		t.Fatal(err)
	}
	if list, _ := s.List(); len(list) != 1 {
		t.Errorf("after delete: %+v", list)
	}
	for _, id := range []string{"", "../x", "A", "a/b", strings.Repeat("a", 65)} {
		if _, _, err := s.Load(id); !errors.Is(err, ErrNotFound) {
			t.Errorf("Load(%q) = %v", id, err)
		}
	}
	if _, err := s.Version(a.ID, "../../meta"); !errors.Is(err, ErrNotFound) {
		t.Errorf("bad version id accepted: %v", err)
	}
	if _, err := s.Create("big", strings.Repeat("x", MaxTextBytes+1)); err == nil {
		t.Error("an oversized text was stored")
	}
}
