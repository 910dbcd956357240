// Package itertoolsmod implements Python's itertools module in Go.
//
// Every itertools type (count, chain, groupby, ...) is a distinct Python
// type whose instances are *iterObj values: a closure producing the next
// item plus an optional repr. Constructors are the types' New slots, so
// itertools.chain is a class (isinstance works) exactly as in CPython.
package itertoolsmod

import (
	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// iterObj is an instance of one of the itertools types.
type iterObj struct {
	typ  *py.Type
	next func(th *py.Thread) (py.Object, error) // (nil, nil) when exhausted
	repr func(th *py.Thread) (string, error)    // nil: the default repr
	// lengthHint is __length_hint__ (repeat only); nil when absent.
	lengthHint func() int
	done       bool
}

func (o *iterObj) Type() *py.Type { return o.typ }

// newIterType creates an itertools type whose constructor is mk.
func newIterType(name string, mk func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error)) *py.Type {
	t := py.NewType(name, "itertools", nil, py.FlagBaseType)
	t.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		o, err := mk(th, cls, args, kw)
		if err != nil {
			return nil, err
		}
		o.typ = t
		return o, nil
	}
	t.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	t.Slots.Next = iterNext
	t.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		it := o.(*iterObj)
		if it.repr != nil {
			s, err := it.repr(th)
			if err != nil {
				return nil, err
			}
			return py.NewStr(s), nil
		}
		return py.NewStr("<itertools." + it.typ.Name + " object at 0x" + hexID(o) + ">"), nil
	}
	types = append(types, t)
	return t
}

func iterNext(th *py.Thread, o py.Object) (py.Object, error) {
	it := o.(*iterObj)
	if it.done {
		return nil, nil
	}
	v, err := it.next(th)
	if err != nil {
		return nil, err
	}
	if v == nil {
		it.done = true
	}
	return v, nil
}

var types []*py.Type

func hexID(o py.Object) string {
	const digits = "0123456789abcdef"
	v := uint64(py.Id(o))
	if v == 0 {
		return "0"
	}
	var b []byte
	for v > 0 {
		b = append([]byte{digits[v&15]}, b...)
		v >>= 4
	}
	return string(b)
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "itertools", Body: func(th *py.Thread, m *py.Module) error {
		d := mu.New(m)
		for _, t := range types {
			d.Set(t.Name, t)
		}
		d.Func("tee", tee)
		return nil
	}})
}

// noKw rejects keyword arguments with CPython's wording for itertools.
func noKw(name string, kw *py.KwArgs) error {
	if kw.Len() > 0 {
		return py.NewError(py.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	return nil
}

// iters converts each argument to an iterator.
func iters(th *py.Thread, args []py.Object) ([]py.Object, error) {
	its := make([]py.Object, len(args))
	for i, a := range args {
		it, err := py.Iter(th, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return its, nil
}

func reprOf(th *py.Thread, o py.Object) (string, error) {
	s, err := py.Repr(th, o)
	if err != nil {
		return "", err
	}
	return s.String(), nil
}
