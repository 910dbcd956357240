// Package operatormod implements Python's operator module in Go: the
// operator functions (with their __dunder__ aliases), attrgetter,
// itemgetter and methodcaller.
package operatormod

import (
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "operator", Body: operatorBody})
	py.RegisterModule(&py.ModuleDef{Name: "_operator", Body: operatorBody})
}

type binFn func(th *py.Thread, a, b py.Object) (py.Object, error)
type unFn func(th *py.Thread, a py.Object) (py.Object, error)

func binary(name string, f binFn) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.NoKw(name, kw); err != nil {
			return nil, err
		}
		if err := py.ArgRange(name, args, nil, 2, 2); err != nil {
			return nil, err
		}
		return f(th, args[0], args[1])
	}
}

func unary(name string, f unFn) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly(name, args, kw, 1); err != nil {
			return nil, err
		}
		return f(th, args[0])
	}
}

func cmpFn(op py.CompareOp) binFn {
	return func(th *py.Thread, a, b py.Object) (py.Object, error) { return py.Compare(th, op, a, b) }
}

func binOp(op py.BinOp) binFn {
	return func(th *py.Thread, a, b py.Object) (py.Object, error) { return py.BinaryOp(th, op, a, b) }
}

func inplaceOp(op py.BinOp) binFn {
	return func(th *py.Thread, a, b py.Object) (py.Object, error) { return py.InPlaceOp(th, op, a, b) }
}

func isSequence(o py.Object) bool {
	switch py.Unwrap(o).(type) {
	case *py.Dict:
		return false
	}
	return o.Type().Slots.GetItem != nil
}

func concat(inplace bool) binFn {
	return func(th *py.Thread, a, b py.Object) (py.Object, error) {
		if !isSequence(a) {
			return nil, py.NewError(py.TypeErrorType, "'%s' object can't be concatenated", a.Type().Name)
		}
		if inplace {
			return py.InPlaceOp(th, py.OpAdd, a, b)
		}
		return py.Add(th, a, b)
	}
}

func operatorBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	// add registers name and its dunder alias (__add__ for add, and_ -> __and__).
	add := func(name string, fn mu.Fn, dunder bool) {
		f := d.Func(name, fn)
		if dunder {
			d.Set("__"+strings.TrimSuffix(name, "_")+"__", f)
		}
	}
	bins := []struct {
		name string
		op   py.BinOp
	}{{"add", py.OpAdd}, {"sub", py.OpSub}, {"mul", py.OpMul}, {"matmul", py.OpMatMul}, {"truediv", py.OpTrueDiv},
		{"floordiv", py.OpFloorDiv}, {"mod", py.OpMod}, {"pow", py.OpPow}, {"lshift", py.OpLShift},
		{"rshift", py.OpRShift}, {"and_", py.OpAnd}, {"xor", py.OpXor}, {"or_", py.OpOr}}
	for _, b := range bins {
		add(b.name, binary(b.name, binOp(b.op)), true)
		iname := "i" + strings.TrimSuffix(b.name, "_")
		add(iname, binary(iname, inplaceOp(b.op)), true)
	}
	cmps := []struct {
		name string
		op   py.CompareOp
	}{{"lt", py.OpLT}, {"le", py.OpLE}, {"eq", py.OpEQ}, {"ne", py.OpNE}, {"gt", py.OpGT}, {"ge", py.OpGE}}
	for _, c := range cmps {
		add(c.name, binary(c.name, cmpFn(c.op)), true)
	}
	add("neg", unary("neg", py.Neg), true)
	add("pos", unary("pos", py.Pos), true)
	add("abs", unary("abs", py.Abs), true)
	add("invert", unary("invert", py.Invert), true)
	add("inv", unary("inv", py.Invert), true)
	add("not_", unary("not_", py.Not), true)
	add("truth", unary("truth", func(th *py.Thread, a py.Object) (py.Object, error) {
		t, err := py.Truth(th, a)
		return py.Bool(t), err
	}), false)
	add("index", unary("index", py.Index), true)
	add("is_", binary("is_", func(th *py.Thread, a, b py.Object) (py.Object, error) { return py.Bool(py.Is(a, b)), nil }), false)
	add("is_not", binary("is_not", func(th *py.Thread, a, b py.Object) (py.Object, error) { return py.Bool(!py.Is(a, b)), nil }), false)
	add("concat", binary("concat", concat(false)), true)
	add("iconcat", binary("iconcat", concat(true)), true)
	add("contains", binary("contains", func(th *py.Thread, a, b py.Object) (py.Object, error) {
		r, err := py.Contains(th, a, b)
		return py.Bool(r), err
	}), true)
	add("getitem", binary("getitem", py.GetItem), true)
	add("setitem", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Range("setitem", args, kw, 3, 3); err != nil {
			return nil, err
		}
		return py.None, py.SetItem(th, args[0], args[1], args[2])
	}, true)
	add("delitem", binary("delitem", func(th *py.Thread, a, b py.Object) (py.Object, error) {
		return py.None, py.DelItem(th, a, b)
	}), true)
	add("countOf", binary("countOf", func(th *py.Thread, a, b py.Object) (py.Object, error) {
		n := 0
		err := py.ForEach(th, a, func(v py.Object) (bool, error) {
			eq := py.Is(v, b)
			if !eq {
				var err error
				if eq, err = py.Equal(th, v, b); err != nil {
					return false, err
				}
			}
			if eq {
				n++
			}
			return true, nil
		})
		return py.Int(n), err
	}), false)
	add("indexOf", binary("indexOf", func(th *py.Thread, a, b py.Object) (py.Object, error) {
		i, found := 0, false
		err := py.ForEach(th, a, func(v py.Object) (bool, error) {
			eq := py.Is(v, b)
			if !eq {
				var err error
				if eq, err = py.Equal(th, v, b); err != nil {
					return false, err
				}
			}
			if eq {
				found = true
				return false, nil
			}
			i++
			return true, nil
		})
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, py.NewError(py.ValueErrorType, "sequence.index(x): x not in sequence")
		}
		return py.Int(i), nil
	}), false)
	add("length_hint", lengthHint, false)
	add("call", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.NewError(py.TypeErrorType, "call() missing 1 required positional argument: 'obj'")
		}
		return py.Call(th, args[0], args[1:], kw)
	}, true)
	d.Func("_compare_digest", compareDigest)
	d.Set("attrgetter", AttrGetterType)
	d.Set("itemgetter", ItemGetterType)
	d.Set("methodcaller", MethodCallerType)
	return nil
}

func lengthHint(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Range("length_hint", args, kw, 1, 2); err != nil {
		return nil, err
	}
	var def py.Object = py.Int(0)
	if len(args) == 2 {
		if !mu.IsInt(args[1]) {
			return nil, py.NewError(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[1].Type().Name)
		}
		def = args[1]
	}
	o := args[0]
	if o.Type().Slots.Len != nil {
		n, err := py.Len(th, o)
		if err == nil {
			return py.Int(n), nil
		}
		if ok, _ := py.ExceptionMatches(th, err, py.TypeErrorType); !ok {
			return nil, err
		}
	}
	m := o.Type().Lookup(py.Intern("__length_hint__"))
	if m == nil {
		return def, nil
	}
	r, err := py.CallMethod0(th, o, py.Intern("__length_hint__"))
	if err != nil {
		if ok, _ := py.ExceptionMatches(th, err, py.TypeErrorType); ok {
			return def, nil
		}
		return nil, err
	}
	if r == py.NotImplemented {
		return def, nil
	}
	if !mu.IsInt(r) {
		return nil, py.NewError(py.TypeErrorType, "__length_hint__ must be an integer, not %s", r.Type().Name)
	}
	if v, ok := py.IntValue(r); ok && v < 0 {
		return nil, py.NewError(py.ValueErrorType, "__length_hint__() should return >= 0")
	}
	return r, nil
}

// compareDigest is a constant-time comparison of str (ASCII) or bytes.
func compareDigest(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Range("_compare_digest", args, kw, 2, 2); err != nil {
		return nil, err
	}
	r, err := CompareDigest(args[0], args[1])
	if err != nil {
		return nil, err
	}
	return py.Bool(r), nil
}

// CompareDigest implements hmac.compare_digest: a and b are both str
// (ASCII only) or both bytes-like.
func CompareDigest(a, b py.Object) (bool, error) {
	as, aStr := mu.Str(a)
	bs, bStr := mu.Str(b)
	var x, y []byte
	switch {
	case aStr && bStr:
		for _, s := range []string{as, bs} {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return false, py.NewError(py.TypeErrorType, "comparing strings with non-ASCII characters is not supported")
				}
			}
		}
		x, y = []byte(as), []byte(bs)
	case aStr || bStr:
		return false, py.NewError(py.TypeErrorType, "a bytes-like object is required, not 'str'")
	default:
		var ok1, ok2 bool
		x, ok1 = mu.Bytes(a)
		y, ok2 = mu.Bytes(b)
		if !ok1 || !ok2 {
			return false, py.NewError(py.TypeErrorType, "unsupported operand types(s) or combination of types: '%s' and '%s'", a.Type().Name, b.Type().Name)
		}
	}
	var v byte
	if len(x) != len(y) {
		y = x
		v = 1
	}
	for i := range x {
		v |= x[i] ^ y[i]
	}
	return v == 0, nil
}
