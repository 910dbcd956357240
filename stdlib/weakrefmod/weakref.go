// Package weakrefmod provides Python's weakref module (and a minimal gc
// module) for Pygo: ref (and ReferenceType), proxy, WeakValueDictionary,
// WeakKeyDictionary, WeakSet, finalize, getweakrefcount, getweakrefs.
//
// Limits, from building on Go's garbage collector (weak.Pointer and
// runtime.AddCleanup) instead of reference counting:
//   - A referent dies when Go's collector finds it unreachable, not at
//     the moment its last reference goes away: `del x; r()` may still
//     return the object until a collection has run. gc.collect() runs
//     the Go collector (twice, so cleanups run) and makes the state
//     observable as in CPython.
//   - Callbacks of refs and finalize() run after such a collection, on a
//     separate Python thread, not synchronously inside `del`.
//   - Objects referenced only by a local variable that is not used again
//     may be collected before the function returns (Go's liveness);
//     objects once bound to a module global can stay alive after the
//     global is deleted (the runtime's global-lookup caches hold them).
//   - Weak references can be made to instances of classes, functions,
//     methods, classes, sets, frozensets, modules and generators, like
//     CPython; int, str, tuple, list and dict raise TypeError as there.
package weakrefmod

import (
	"runtime"
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// handle is a weak pointer to a Python object of one of the supported
// Go representations.
type handle struct {
	get   func() py.Object
	typ   *py.Type
	id    int64
	hash  int64
	hashd bool
}

// Ref is weakref.ref.
type Ref struct {
	h        *handle
	callback py.Object
	typ      *py.Type
}

// RefType is weakref.ref (weakref.ReferenceType).
var RefType = py.NewType("ReferenceType", "weakref", nil, py.FlagBaseType)

// Type returns the ref's type.
func (r *Ref) Type() *py.Type {
	if r.typ != nil {
		return r.typ
	}
	return RefType
}

var (
	countsMu sync.Mutex
	counts   = map[int64]int{}
)

// callbackThread runs callbacks from cleanup goroutines.
func runCallback(fn py.Object, arg py.Object) {
	callbacksMu.Lock()
	callbacksRunning++
	callbacksMu.Unlock()
	defer func() {
		callbacksMu.Lock()
		callbacksRunning--
		callbacksMu.Unlock()
	}()
	th := py.NewThread()
	if _, err := py.Call1(th, fn, arg); err != nil {
		if e := py.AsException(err); e != nil {
			py.WriteTo(th, py.SysModule.Dict.GetStr(py.Intern("stderr")), "Exception ignored in: "+pyutil.TypeName(fn)+"\n"+py.FormatExceptionOnly(th, e)+"\n")
		}
	}
}

// NewRef makes a weak reference to o with an optional callback.
func NewRef(o, callback py.Object) (*Ref, error) {
	r := &Ref{callback: callback}
	var cleanup func()
	id := py.Id(o)
	if callback != nil && callback != py.None {
		cleanup = func() { runCallback(callback, r) }
	}
	h, err := makeHandle(o, func() {
		countsMu.Lock()
		counts[id]--
		if counts[id] <= 0 {
			delete(counts, id)
		}
		countsMu.Unlock()
		if cleanup != nil {
			cleanup()
		}
	})
	if err != nil {
		return nil, err
	}
	countsMu.Lock()
	counts[id]++
	countsMu.Unlock()
	r.h = h
	return r, nil
}

func refOf(o py.Object) *Ref {
	r, _ := py.Unwrap(o).(*Ref)
	return r
}

func init() {
	t := RefType
	t.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.ArgRange("__new__", args, nil, 1, 2); err != nil {
			return nil, err
		}
		var cb py.Object
		if len(args) == 2 {
			cb = args[1]
		}
		r, err := NewRef(args[0], cb)
		if err != nil {
			return nil, err
		}
		if cls != RefType {
			r.typ = cls
			if cls.Flags&py.FlagHeapType != 0 {
				in := py.NewInstance(cls)
				in.Base = r
				return in, nil
			}
		}
		return r, nil
	}
	t.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error { return nil }
	t.Slots.Call = func(th *py.Thread, o py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.NoArgs("weakref", args, kw); err != nil {
			return nil, err
		}
		if v := refOf(o).h.get(); v != nil {
			return v, nil
		}
		return py.None, nil
	}
	t.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		r := refOf(o)
		v := r.h.get()
		if v == nil {
			return py.NewStr("<weakref at " + hexID(o) + "; dead>"), nil
		}
		return py.NewStr("<weakref at " + hexID(o) + "; to '" + typeQual(v.Type()) + "' at " + hexID(v) + ">"), nil
	}
	t.Slots.Hash = func(th *py.Thread, o py.Object) (int64, error) {
		r := refOf(o)
		if r.h.hashd {
			return r.h.hash, nil
		}
		v := r.h.get()
		if v == nil {
			return 0, py.NewError(py.TypeErrorType, "weak object has gone away")
		}
		h, err := py.Hash(th, v)
		if err != nil {
			return 0, err
		}
		r.h.hash, r.h.hashd = h, true
		return h, nil
	}
	t.Slots.Compare = func(th *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
		ra, rb := refOf(a), refOf(b)
		if ra == nil || rb == nil || (op != py.OpEQ && op != py.OpNE) {
			return py.NotImplemented, nil
		}
		va, vb := ra.h.get(), rb.h.get()
		if va == nil || vb == nil {
			return py.Bool((ra == rb) == (op == py.OpEQ)), nil
		}
		return py.Compare(th, op, va, vb)
	}
	py.DefGetter(t, "__callback__", func(th *py.Thread, self py.Object) (py.Object, error) {
		return pyutil.OrNone(refOf(self).callback), nil
	})
	py.DefClassMethod(t, "__class_getitem__", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewGenericAlias(cls, args[0]), nil
	})
	initProxy()
	py.RegisterModule(&py.ModuleDef{Name: "weakref", Doc: "Support for weak references and weak dictionaries.", Body: body})
	py.RegisterModule(&py.ModuleDef{Name: "_weakref", Body: func(th *py.Thread, m *py.Module) error {
		m.Dict.SetStr(py.Intern("ref"), RefType)
		m.Dict.SetStr(py.Intern("ReferenceType"), RefType)
		return nil
	}})
	py.RegisterModule(&py.ModuleDef{Name: "gc", Doc: "This module provides access to the garbage collector (Go's, in Pygo).", Body: gcBody})
}

func typeQual(t *py.Type) string {
	if t.Module == "builtins" || t.Module == "" {
		return t.QualName
	}
	return t.Module + "." + t.QualName
}

func hexID(o py.Object) string {
	s, _ := pyutil.ReprStr(nil, py.Int(py.Id(o)))
	n := py.Id(o)
	const digits = "0123456789abcdef"
	if n == 0 {
		return "0x0"
	}
	var b []byte
	for u := uint64(n); u > 0; u >>= 4 {
		b = append([]byte{digits[u&15]}, b...)
	}
	_ = s
	return "0x" + string(b)
}

func gcBody(th *py.Thread, m *py.Module) error {
	set := func(n string, v py.Object) { m.Dict.SetStr(py.Intern(n), v) }
	enabled := true
	fn := func(name string, params []string, defaults []py.Object, b func(th *py.Thread, a []py.Object) (py.Object, error)) {
		set(name, pyutil.Func("gc", name, params, defaults, b))
	}
	fn("collect", []string{"generation"}, []py.Object{py.Int(2)}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		Collect()
		return py.Int(0), nil
	})
	fn("enable", nil, nil, func(th *py.Thread, a []py.Object) (py.Object, error) { enabled = true; return py.None, nil })
	fn("disable", nil, nil, func(th *py.Thread, a []py.Object) (py.Object, error) { enabled = false; return py.None, nil })
	fn("isenabled", nil, nil, func(th *py.Thread, a []py.Object) (py.Object, error) { return py.Bool(enabled), nil })
	fn("get_count", nil, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return py.NewTuple([]py.Object{py.Int(0), py.Int(0), py.Int(0)}), nil
	})
	fn("get_threshold", nil, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return py.NewTuple([]py.Object{py.Int(700), py.Int(10), py.Int(10)}), nil
	})
	set("garbage", py.NewList(nil))
	set("callbacks", py.NewList(nil))
	return nil
}

// pending counts cleanups queued by collections, so Collect can wait for them.
var cleanupWG sync.WaitGroup

// Collect runs Go's collector so that dead referents are cleared and
// their cleanups (ref callbacks, finalizers) have run.
func Collect() {
	for i := 0; i < 3; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	waitCallbacks()
}

var (
	callbacksMu      sync.Mutex
	callbacksRunning int
)
