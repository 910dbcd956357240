//go:build go1.24

package weakrefmod

import (
	"runtime"
	"weak"

	py "github.com/pygo-dev/pygo/runtime"
)

// makeHandle creates a weak handle to o, registering cleanup to run
// (on another goroutine) once o is collected.
func makeHandle(o py.Object, cleanup func()) (*handle, error) {
	h := &handle{typ: o.Type(), id: py.Id(o)}
	add := func() {}
	switch v := o.(type) {
	case *py.Instance:
		w := weak.Make(v)
		h.get = func() py.Object {
			if p := w.Value(); p != nil {
				return p
			}
			return nil
		}
		if cleanup != nil {
			add = func() { runtime.AddCleanup(v, func(f func()) { f() }, cleanup) }
		}
	case *py.Function:
		w := weak.Make(v)
		h.get = func() py.Object {
			if p := w.Value(); p != nil {
				return p
			}
			return nil
		}
		if cleanup != nil {
			add = func() { runtime.AddCleanup(v, func(f func()) { f() }, cleanup) }
		}
	case *py.Type:
		w := weak.Make(v)
		h.get = func() py.Object {
			if p := w.Value(); p != nil {
				return p
			}
			return nil
		}
		if cleanup != nil {
			add = func() { runtime.AddCleanup(v, func(f func()) { f() }, cleanup) }
		}
	case *py.BoundMethod:
		w := weak.Make(v)
		h.get = func() py.Object {
			if p := w.Value(); p != nil {
				return p
			}
			return nil
		}
		if cleanup != nil {
			add = func() { runtime.AddCleanup(v, func(f func()) { f() }, cleanup) }
		}
	case *py.Set:
		w := weak.Make(v)
		h.get = func() py.Object {
			if p := w.Value(); p != nil {
				return p
			}
			return nil
		}
		if cleanup != nil {
			add = func() { runtime.AddCleanup(v, func(f func()) { f() }, cleanup) }
		}
	case *py.FrozenSet:
		w := weak.Make(v)
		h.get = func() py.Object {
			if p := w.Value(); p != nil {
				return p
			}
			return nil
		}
		if cleanup != nil {
			add = func() { runtime.AddCleanup(v, func(f func()) { f() }, cleanup) }
		}
	case *py.Module:
		w := weak.Make(v)
		h.get = func() py.Object {
			if p := w.Value(); p != nil {
				return p
			}
			return nil
		}
		if cleanup != nil {
			add = func() { runtime.AddCleanup(v, func(f func()) { f() }, cleanup) }
		}
	case *py.Generator:
		w := weak.Make(v)
		h.get = func() py.Object {
			if p := w.Value(); p != nil {
				return p
			}
			return nil
		}
		if cleanup != nil {
			add = func() { runtime.AddCleanup(v, func(f func()) { f() }, cleanup) }
		}
	default:
		return nil, py.NewError(py.TypeErrorType, "cannot create weak reference to '%s' object", o.Type().Name)
	}
	add()
	return h, nil
}

type sentinel struct{ _ [16]byte }

// waitCallbacks waits (briefly) until the cleanups queued by the last
// collection have run: a sentinel's own cleanup is queued after them.
func waitCallbacks() {
	done := make(chan struct{})
	s := &sentinel{}
	runtime.AddCleanup(s, func(c chan struct{}) { close(c) }, done)
	s = nil
	runtime.GC()
	select {
	case <-done:
	case <-timeAfter():
	}
	// let callbacks started by the cleanup goroutine finish
	for i := 0; i < 3; i++ {
		callbacksMu.Lock()
		n := callbacksRunning
		callbacksMu.Unlock()
		if n == 0 {
			break
		}
		sleepShort()
	}
}
