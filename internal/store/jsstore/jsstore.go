//go:build js && wasm

// Package jsstore exposes package store to JavaScript over IndexedDB
// (hackpadfs/indexeddb). The wasm main registers it on the object of
// functions it hands to rolelens.mjs:
//
//	jsstore.Register(ns)
//
// Every function returns a Promise of one JSON string: the result, or
// {"error": "..."}. IndexedDB is asynchronous, so each call runs in its
// own goroutine; blocking inside the JS callback would deadlock.
package jsstore

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"syscall/js"
	"time"

	"github.com/hack-pad/hackpadfs/indexeddb"

	"rolelens/internal/store"
)

// DBName is the IndexedDB database that holds the workspaces.
const DBName = "rolelens-workspaces"

var (
	once    sync.Once
	opened  *store.Store
	errOpen error
)

func open() (*store.Store, error) {
	once.Do(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		fsys, err := indexeddb.NewFS(ctx, DBName, indexeddb.Options{})
		if err != nil {
			errOpen = err
			return
		}
		opened = store.New(fsys)
	})
	return opened, errOpen
}

// Register adds the store functions to ns: storeList(), storeCreate(name,
// text), storeSave(id, text, checkpoint), storeLoad(id), storeHistory(id),
// storeVersion(id, version), storeRestore(id, version), storeRename(id,
// name), storeDelete(id).
func Register(ns js.Value) {
	def := func(name string, f func(s *store.Store, a []string) (any, error)) {
		ns.Set(name, js.FuncOf(func(this js.Value, args []js.Value) any {
			a := make([]string, 3)
			for i := 0; i < len(args) && i < len(a); i++ {
				switch args[i].Type() {
				case js.TypeString:
					a[i] = args[i].String()
				case js.TypeBoolean:
					if args[i].Bool() {
						a[i] = "1"
					}
				}
			}
			return promise(func() string {
				s, err := open()
				if err != nil {
					return fail(err)
				}
				v, err := f(s, a)
				if err != nil {
					return fail(err)
				}
				b, err := json.Marshal(v)
				if err != nil {
					return fail(err)
				}
				return string(b)
			})
		}))
	}
	type loaded struct {
		Workspace store.Workspace `json:"workspace"`
		Text      string          `json:"text"`
	}
	def("storeList", func(s *store.Store, a []string) (any, error) { return s.List() })
	def("storeCreate", func(s *store.Store, a []string) (any, error) { return s.Create(a[0], a[1]) })
	def("storeSave", func(s *store.Store, a []string) (any, error) { return s.Save(a[0], a[1], a[2] != "") })
	def("storeLoad", func(s *store.Store, a []string) (any, error) {
		w, text, err := s.Load(a[0])
		return loaded{w, text}, err
	})
	def("storeHistory", func(s *store.Store, a []string) (any, error) { return s.History(a[0]) })
	def("storeVersion", func(s *store.Store, a []string) (any, error) {
		text, err := s.Version(a[0], a[1])
		return map[string]string{"text": text}, err
	})
	def("storeRestore", func(s *store.Store, a []string) (any, error) {
		w, text, err := s.Restore(a[0], a[1])
		return loaded{w, text}, err
	})
	def("storeRename", func(s *store.Store, a []string) (any, error) { return s.Rename(a[0], a[1]) })
	def("storeDelete", func(s *store.Store, a []string) (any, error) {
		return map[string]bool{"deleted": true}, s.Delete(a[0])
	})
}

func fail(err error) string {
	code := "failed"
	if errors.Is(err, store.ErrNotFound) {
		code = "not-found"
	}
	b, _ := json.Marshal(map[string]map[string]string{"error": {"code": code, "message": err.Error()}})
	return string(b)
}

// promise runs f in a goroutine and returns a Promise of its result.
func promise(f func() string) js.Value {
	var executor js.Func
	executor = js.FuncOf(func(this js.Value, args []js.Value) any {
		resolve := args[0]
		go func() {
			defer executor.Release()
			var out string
			func() {
				defer func() {
					if r := recover(); r != nil {
						out = fail(errors.New("internal error in the store"))
					}
				}()
				out = f()
			}()
			resolve.Invoke(out)
		}()
		return nil
	})
	return js.Global().Get("Promise").New(executor)
}
