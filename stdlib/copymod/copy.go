// Package copymod implements Python's copy module in Go: copy, deepcopy
// (with a memo dict and the __copy__/__deepcopy__ hooks) and copy.Error.
//
// Instances of Python classes are copied as CPython's default
// __reduce_ex__ protocol does: a new instance of the same class is made
// without calling __init__, and its __dict__ (and __slots__ values) are
// copied, or the result of __getstate__ handed to __setstate__ when the
// class defines them.
package copymod

import (
	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "copy", Body: copyBody})
}

var errorClass *py.Type

func copyBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	ns := py.NewDict()
	ns.SetStr(py.NewStr("__module__"), py.NewStr("copy"))
	cls, err := py.TypeNew(th, py.TypeType, "Error", []py.Object{py.ExceptionType}, ns, nil)
	if err != nil {
		return err
	}
	errorClass = cls
	d.Set("Error", cls)
	d.Set("error", cls)
	d.Func("copy", copyFn)
	d.Func("deepcopy", deepcopyFn)
	return nil
}

// isAtomic reports whether copying o returns o itself.
func isAtomic(o py.Object) bool {
	switch o.(type) {
	case *py.NoneType, py.Int, *py.BigInt, py.Bool, py.Float, py.Complex, *py.Str, *py.Bytes,
		*py.Type, *py.Function, *py.BuiltinFunction, *py.Range, *py.EllipsisType,
		*py.NotImplementedType, *py.FrozenSet, *py.Property, *py.Slice:
		return true
	}
	return false
}

func copyFn(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("copy", args, kw, []string{"x"}, 1)
	if err != nil {
		return nil, err
	}
	x := a[0]
	if isAtomic(x) {
		return x, nil
	}
	switch v := x.(type) {
	case *py.Tuple:
		return x, nil
	case *py.List:
		return py.NewList(v.Items()), nil
	case *py.Dict:
		return v.Copy(), nil
	case *py.Set:
		return py.NewSetFromIter(th, v)
	case *py.ByteArray:
		return py.NewByteArray(v.Snapshot()), nil
	}
	if x.Type().Lookup(py.Intern("__copy__")) != nil {
		return py.CallMethod0(th, x, py.Intern("__copy__"))
	}
	return reconstruct(th, x, nil)
}

// memo is deepcopy's memo: id(x) -> copy, kept in a Python dict so that
// __deepcopy__ methods receive it.
type memo struct {
	d *py.Dict
}

func (m *memo) get(th *py.Thread, x py.Object) (py.Object, error) {
	return m.d.Get(th, py.Int(py.Id(x)))
}

func (m *memo) put(th *py.Thread, x, y py.Object) error {
	if err := m.d.SetItem(th, py.Int(py.Id(x)), y); err != nil {
		return err
	}
	// Keep x alive (CPython's memo[id(memo)] list) so ids stay unique.
	key := py.Int(py.Id(m.d))
	keep, err := m.d.Get(th, key)
	if err != nil {
		return err
	}
	if keep == nil {
		keep = py.NewList(nil)
		if err := m.d.SetItem(th, key, keep); err != nil {
			return err
		}
	}
	if l, ok := keep.(*py.List); ok {
		l.Append(x)
	}
	return nil
}

func deepcopyFn(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("deepcopy", args, kw, []string{"x", "memo", "_nil"}, 1)
	if err != nil {
		return nil, err
	}
	m := &memo{}
	if a[1] != nil && a[1] != py.None {
		d, ok := a[1].(*py.Dict)
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "memo must be a dict")
		}
		m.d = d
	} else {
		m.d = py.NewDict()
	}
	return deepcopy(th, a[0], m)
}

func deepcopy(th *py.Thread, x py.Object, m *memo) (py.Object, error) {
	if isAtomic(x) {
		return x, nil
	}
	if y, err := m.get(th, x); err != nil || y != nil {
		return y, err
	}
	var y py.Object
	switch v := x.(type) {
	case *py.List:
		l := py.NewList(nil)
		if err := m.put(th, x, l); err != nil {
			return nil, err
		}
		for _, it := range v.Items() {
			c, err := deepcopy(th, it, m)
			if err != nil {
				return nil, err
			}
			l.Append(c)
		}
		return l, nil
	case *py.Tuple:
		items := make([]py.Object, len(v.Items))
		same := true
		for i, it := range v.Items {
			c, err := deepcopy(th, it, m)
			if err != nil {
				return nil, err
			}
			items[i] = c
			same = same && py.Is(c, it)
		}
		// A recursive tuple may have been copied meanwhile.
		if y, err := m.get(th, x); err != nil || y != nil {
			return y, err
		}
		if same {
			y = x
		} else {
			y = py.NewTuple(items)
		}
	case *py.Dict:
		d := py.NewDict()
		if err := m.put(th, x, d); err != nil {
			return nil, err
		}
		keys, vals := v.Items()
		for i, k := range keys {
			ck, err := deepcopy(th, k, m)
			if err != nil {
				return nil, err
			}
			cv, err := deepcopy(th, vals[i], m)
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(th, ck, cv); err != nil {
				return nil, err
			}
		}
		return d, nil
	case *py.Set:
		s := py.NewSet()
		if err := m.put(th, x, s); err != nil {
			return nil, err
		}
		for _, it := range v.Items() {
			c, err := deepcopy(th, it, m)
			if err != nil {
				return nil, err
			}
			if err := s.Add(th, c); err != nil {
				return nil, err
			}
		}
		return s, nil
	case *py.ByteArray:
		y = py.NewByteArray(v.Snapshot())
	case *py.BoundMethod:
		self, err := deepcopy(th, v.Self, m)
		if err != nil {
			return nil, err
		}
		y = &py.BoundMethod{Func: v.Func, Self: self}
	default:
		if x.Type().Lookup(py.Intern("__deepcopy__")) != nil {
			r, err := py.CallMethod1(th, x, py.Intern("__deepcopy__"), m.d)
			if err != nil {
				return nil, err
			}
			y = r
		} else {
			r, err := reconstruct(th, x, m)
			if err != nil {
				return nil, err
			}
			return r, nil
		}
	}
	if !py.Is(x, y) {
		if err := m.put(th, x, y); err != nil {
			return nil, err
		}
	}
	return y, nil
}

// reconstruct copies an instance of a Python class (deeply when m is
// not nil): a new instance without __init__, then its state.
func reconstruct(th *py.Thread, x py.Object, m *memo) (py.Object, error) {
	in, ok := x.(*py.Instance)
	if !ok {
		if e, isExc := x.(*py.BaseException); isExc {
			return copyException(th, e, m)
		}
		// Other built-in objects are treated as immutable.
		return x, nil
	}
	t := in.Type()
	var base py.Object
	if in.Base != nil {
		var err error
		if m != nil {
			base, err = deepcopy(th, in.Base, m)
		} else {
			base, err = copyFn(th, []py.Object{in.Base}, nil)
		}
		if err != nil {
			return nil, err
		}
	}
	y := py.NewInstance(t)
	y.Base = base
	if m != nil {
		if err := m.put(th, x, y); err != nil {
			return nil, err
		}
	}
	// State: __getstate__ if the class overrides it, else __dict__ (and
	// __slots__ values).
	var state py.Object
	if gs := t.Lookup(py.Intern("__getstate__")); gs != nil && py.ObjectType.Dict.GetStr(py.Intern("__getstate__")) != gs {
		s, err := py.CallMethod0(th, x, py.Intern("__getstate__"))
		if err != nil {
			return nil, err
		}
		state = s
	} else if in.Dict != nil && in.Dict.Len() > 0 {
		state = in.Dict
	}
	if state != nil && m != nil {
		s, err := deepcopy(th, state, m)
		if err != nil {
			return nil, err
		}
		state = s
	}
	if state != nil {
		if t.Lookup(py.Intern("__setstate__")) != nil {
			if _, err := py.CallMethod1(th, y, py.Intern("__setstate__"), state); err != nil {
				return nil, err
			}
		} else if d, ok := state.(*py.Dict); ok && y.Dict != nil {
			keys, vals := d.Items()
			for i, k := range keys {
				if err := y.Dict.SetItem(th, k, vals[i]); err != nil {
					return nil, err
				}
			}
		}
	}
	for i, v := range in.SlotValues {
		if v == nil || i >= len(y.SlotValues) {
			continue
		}
		if m != nil {
			c, err := deepcopy(th, v, m)
			if err != nil {
				return nil, err
			}
			v = c
		}
		y.SlotValues[i] = v
	}
	return y, nil
}

// copyException copies an exception: same class, args and attributes.
func copyException(th *py.Thread, e *py.BaseException, m *memo) (py.Object, error) {
	args, err := py.GetAttr(th, e, py.NewStr("args"))
	if err != nil {
		return nil, err
	}
	if m != nil {
		if args, err = deepcopy(th, args, m); err != nil {
			return nil, err
		}
	}
	items, _ := args.(*py.Tuple)
	var a []py.Object
	if items != nil {
		a = items.Items
	}
	return py.Call(th, e.Type(), a, nil)
}
