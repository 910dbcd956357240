// Package pyutil holds helpers shared by the Go-native standard modules
// json, re, collections, io, datetime, dataclasses and friends: a
// recursion guard for container reprs, Go iterators exposed to Python,
// keyword-argument construction and small conversions.
package pyutil

import (
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
)

type reprKey struct{}

// ReprEnter marks o as being repr'd on th; it returns false when o is
// already being repr'd (a recursive container), as Py_ReprEnter does.
func ReprEnter(th *py.Thread, o py.Object) bool {
	if th == nil {
		return true
	}
	if th.Data == nil {
		th.Data = map[any]any{}
	}
	m, _ := th.Data[reprKey{}].(map[py.Object]bool)
	if m == nil {
		m = map[py.Object]bool{}
		th.Data[reprKey{}] = m
	}
	if m[o] {
		return false
	}
	m[o] = true
	return true
}

// ReprLeave undoes a successful ReprEnter.
func ReprLeave(th *py.Thread, o py.Object) {
	if th == nil || th.Data == nil {
		return
	}
	if m, _ := th.Data[reprKey{}].(map[py.Object]bool); m != nil {
		delete(m, o)
	}
}

// IterType is the type of the iterators returned by NewIter.
var IterType = py.NewType("iterator", "builtins", nil, 0)

// Iter is a Python iterator driven by a Go function that returns the next
// item, or (nil, nil) when exhausted.
type Iter struct {
	typ  *py.Type
	next func(th *py.Thread) (py.Object, error)
	done bool
}

// Type returns the iterator's type.
func (it *Iter) Type() *py.Type { return it.typ }

// NewIter returns an iterator of type t (IterType when nil) over next.
func NewIter(t *py.Type, next func(th *py.Thread) (py.Object, error)) *Iter {
	if t == nil {
		t = IterType
	}
	return &Iter{typ: t, next: next}
}

// NewIterType returns a type for NewIter iterators with a name of its
// own (deque_iterator, ...).
func NewIterType(name, module string) *py.Type {
	t := py.NewType(name, module, nil, 0)
	InitIterType(t)
	return t
}

// InitIterType sets the iteration slots of a NewIter iterator type.
func InitIterType(t *py.Type) {
	t.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	t.Slots.Next = func(th *py.Thread, o py.Object) (py.Object, error) {
		it := o.(*Iter)
		if it.done {
			return nil, nil
		}
		v, err := it.next(th)
		if v == nil && err == nil {
			it.done = true
		}
		return v, err
	}
}

func init() { InitIterType(IterType) }

// SliceIter returns an iterator over a snapshot of items.
func SliceIter(t *py.Type, items []py.Object) *Iter {
	i := 0
	return NewIter(t, func(th *py.Thread) (py.Object, error) {
		if i >= len(items) {
			return nil, nil
		}
		i++
		return items[i-1], nil
	})
}

// Kw builds keyword arguments from name, value pairs.
func Kw(pairs ...any) *py.KwArgs {
	if len(pairs) == 0 {
		return nil
	}
	kw := &py.KwArgs{}
	for i := 0; i+1 < len(pairs); i += 2 {
		kw.Names = append(kw.Names, py.Intern(pairs[i].(string)))
		kw.Values = append(kw.Values, pairs[i+1].(py.Object))
	}
	return kw
}

// KwDict returns the keyword arguments as a new dict.
func KwDict(kw *py.KwArgs) *py.Dict {
	d := py.NewDict()
	for i := 0; i < kw.Len(); i++ {
		d.SetStr(kw.Names[i], kw.Values[i])
	}
	return d
}

// ReprStr returns repr(o) as a Go string.
func ReprStr(th *py.Thread, o py.Object) (string, error) {
	s, err := py.Repr(th, o)
	if err != nil {
		return "", err
	}
	return s.String(), nil
}

// StrStr returns str(o) as a Go string.
func StrStr(th *py.Thread, o py.Object) (string, error) {
	s, err := py.StrOf(th, o)
	if err != nil {
		return "", err
	}
	return s.String(), nil
}

// JoinReprs returns the reprs of items joined by sep.
func JoinReprs(th *py.Thread, items []py.Object, sep string) (string, error) {
	var b strings.Builder
	for i, it := range items {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := ReprStr(th, it)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

// Str returns a Python str.
func Str(s string) py.Object { return py.NewStr(s) }

// OrNone returns o, or None when o is nil.
func OrNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// Attr returns getattr(o, name).
func Attr(th *py.Thread, o py.Object, name string) (py.Object, error) {
	return py.GetAttr(th, o, py.Intern(name))
}

// AttrOpt returns getattr(o, name, nil).
func AttrOpt(th *py.Thread, o py.Object, name string) (py.Object, error) {
	return py.GetAttrOpt(th, o, py.Intern(name))
}

// TypeName returns type(o).__name__.
func TypeName(o py.Object) string { return o.Type().Name }

// SetAttrs stores name, value pairs on a type's dict.
func SetAttrs(t *py.Type, pairs ...any) {
	for i := 0; i+1 < len(pairs); i += 2 {
		t.Dict.SetStr(py.Intern(pairs[i].(string)), pairs[i+1].(py.Object))
	}
}

// Func makes a Go function callable from Python with a Python signature
// (positional-or-keyword names, trailing defaults), reported as module.name.
func Func(module, name string, names []string, defaults []py.Object, body func(th *py.Thread, args []py.Object) (py.Object, error)) *py.Function {
	f := py.NewGoFunction(name, names, defaults, body)
	f.Module = module
	return f
}

// Builtin makes a built-in function of module mod.
func Builtin(mod, name string, fn func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error)) *py.BuiltinFunction {
	return &py.BuiltinFunction{Name: name, QualName: name, Module: mod,
		Fn: func(th *py.Thread, _ py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return fn(th, args, kw)
		}}
}

// IsStr reports whether o is a str (or subclass).
func IsStr(o py.Object) bool {
	_, ok := py.Unwrap(o).(*py.Str)
	return ok
}

// StrListObj makes a list of str.
func StrListObj(ss ...string) *py.List {
	items := make([]py.Object, len(ss))
	for i, s := range ss {
		items[i] = py.NewStr(s)
	}
	return py.NewList(items)
}
