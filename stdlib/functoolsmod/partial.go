// Package functoolsmod implements Python's functools module in Go:
// partial, reduce, lru_cache/cache, wraps/update_wrapper, total_ordering,
// cached_property, singledispatch and cmp_to_key, with CPython 3.11's
// behaviour and messages.
package functoolsmod

import (
	"strings"
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// dictObj gives a Go-defined object an instance __dict__.
type dictObj struct {
	mu   sync.Mutex
	dict *py.Dict
}

// InstanceDict implements py.DictHolder.
func (d *dictObj) InstanceDict(create bool) *py.Dict {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.dict == nil && create {
		d.dict = py.NewDict()
	}
	return d.dict
}

// Partial is functools.partial(func, *args, **keywords).
type Partial struct {
	dictObj
	fn   py.Object
	args []py.Object
	kw   *py.Dict
}

// PartialType is functools.partial.
var PartialType = py.NewType("partial", "functools", nil, py.FlagBaseType)

// Type returns PartialType.
func (p *Partial) Type() *py.Type { return PartialType }

func newPartial(th *py.Thread, args []py.Object, kw *py.KwArgs) (*Partial, error) {
	if len(args) < 1 {
		return nil, py.NewError(py.TypeErrorType, "type 'partial' takes at least one argument")
	}
	fn := args[0]
	if !callable(fn) {
		return nil, py.NewError(py.TypeErrorType, "the first argument must be callable")
	}
	p := &Partial{fn: fn, kw: py.NewDict()}
	if inner, ok := fn.(*Partial); ok && inner.dict == nil {
		p.fn = inner.fn
		p.args = append(p.args, inner.args...)
		p.kw = inner.kw.Copy()
	}
	p.args = append(p.args, args[1:]...)
	for i := 0; i < kw.Len(); i++ {
		p.kw.SetStr(kw.Names[i], kw.Values[i])
	}
	return p, nil
}

func callable(o py.Object) bool {
	switch o.(type) {
	case *py.Function, *py.BuiltinFunction, *py.BoundMethod, *py.Type:
		return true
	}
	return o.Type().Slots.Call != nil
}

// call runs the partial with extra arguments.
func (p *Partial) call(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	all := make([]py.Object, 0, len(p.args)+len(args))
	all = append(all, p.args...)
	all = append(all, args...)
	var k *py.KwArgs
	if p.kw.Len() > 0 || kw.Len() > 0 {
		k = &py.KwArgs{}
		keys, vals := p.kw.Items()
		merged := map[string]int{}
		for i, key := range keys {
			s := key.(*py.Str)
			merged[s.String()] = len(k.Names)
			k.Names = append(k.Names, s)
			k.Values = append(k.Values, vals[i])
		}
		for i := 0; i < kw.Len(); i++ {
			if j, ok := merged[kw.Names[i].String()]; ok {
				k.Values[j] = kw.Values[i]
				continue
			}
			k.Names = append(k.Names, kw.Names[i])
			k.Values = append(k.Values, kw.Values[i])
		}
	}
	return py.Call(th, p.fn, all, k)
}

func (p *Partial) repr(th *py.Thread) (string, error) {
	var parts []string
	r, err := py.Repr(th, p.fn)
	if err != nil {
		return "", err
	}
	parts = append(parts, r.String())
	for _, a := range p.args {
		r, err := py.Repr(th, a)
		if err != nil {
			return "", err
		}
		parts = append(parts, r.String())
	}
	keys, vals := p.kw.Items()
	for i, k := range keys {
		r, err := py.Repr(th, vals[i])
		if err != nil {
			return "", err
		}
		ks, _ := py.StrOf(th, k)
		parts = append(parts, ks.String()+"="+r.String())
	}
	return "functools.partial(" + strings.Join(parts, ", ") + ")", nil
}

func init() {
	PartialType.Doc = "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"
	PartialType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return newPartial(th, args, kw)
	}
	PartialType.Slots.Call = func(th *py.Thread, o py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Unwrap(o).(*Partial).call(th, args, kw)
	}
	PartialType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		s, err := py.Unwrap(o).(*Partial).repr(th)
		if err != nil {
			return nil, err
		}
		if o.Type() != PartialType {
			s = o.Type().Name + strings.TrimPrefix(s, "functools.partial")
		}
		return py.NewStr(s), nil
	}
	py.DefGetter(PartialType, "func", func(th *py.Thread, self py.Object) (py.Object, error) { return self.(*Partial).fn, nil })
	py.DefGetter(PartialType, "args", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.NewTuple(append([]py.Object(nil), self.(*Partial).args...)), nil
	})
	py.DefGetter(PartialType, "keywords", func(th *py.Thread, self py.Object) (py.Object, error) { return self.(*Partial).kw, nil })
	py.DefGetSet(PartialType, "__dict__", func(th *py.Thread, self py.Object) (py.Object, error) {
		return self.(*Partial).InstanceDict(true), nil
	}, nil)
}

// reduce(function, iterable[, initial]).
func reduce(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.NoKw("reduce", kw); err != nil {
		return nil, err
	}
	if err := py.ArgRange("reduce", args, nil, 2, 3); err != nil {
		return nil, err
	}
	fn := args[0]
	var acc py.Object
	if len(args) == 3 {
		acc = args[2]
	}
	it, err := py.Iter(th, args[1])
	if err != nil {
		if e := py.AsException(err); e != nil && e.Type() == py.TypeErrorType {
			return nil, py.NewError(py.TypeErrorType, "reduce() arg 2 must support iteration")
		}
		return nil, err
	}
	for {
		v, err := py.Next(th, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			break
		}
		if acc == nil {
			acc = v
			continue
		}
		if acc, err = py.Call2(th, fn, acc, v); err != nil {
			return nil, err
		}
	}
	if acc == nil {
		return nil, py.NewError(py.TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}
