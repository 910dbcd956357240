package arraymod

import (
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

var arrayIterType = pyutil.NewIterType("arrayiterator", "array")

func arrayOf(o py.Object) *Array { return py.Unwrap(o).(*Array) }

// index normalises a Python index for a sequence of length n.
func index(th *py.Thread, k py.Object, n int, msg string) (int, error) {
	i, err := modutil.Int64(th, k)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, py.NewError(py.IndexErrorType, "%s", msg)
	}
	return int(i), nil
}

func initType() {
	t := ArrayType
	t.Flags |= py.FlagBaseType
	t.Doc = "array(typecode [, initializer]) -> array"
	s := &t.Slots
	s.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return newArray(th, args, kw)
	}
	s.Repr = func(th *py.Thread, o py.Object) (py.Object, error) { return arrayOf(o).repr(th) }
	s.Len = func(th *py.Thread, o py.Object) (int, error) {
		a := arrayOf(o)
		a.mu.Lock()
		defer a.mu.Unlock()
		return len(a.items), nil
	}
	s.Iter = func(th *py.Thread, o py.Object) (py.Object, error) {
		a := arrayOf(o)
		i := 0
		return pyutil.NewIter(arrayIterType, func(th *py.Thread) (py.Object, error) {
			a.mu.Lock()
			defer a.mu.Unlock()
			if i >= len(a.items) {
				return nil, nil
			}
			i++
			return a.items[i-1], nil
		}), nil
	}
	s.Contains = func(th *py.Thread, o, item py.Object) (bool, error) {
		for _, v := range arrayOf(o).snapshot() {
			if eq, err := py.Equal(th, v, item); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	s.GetItem = func(th *py.Thread, o, k py.Object) (py.Object, error) {
		a := arrayOf(o)
		items := a.snapshot()
		if sl, ok := k.(*py.Slice); ok {
			start, _, step, n, err := sl.Indices(th, len(items))
			if err != nil {
				return nil, err
			}
			out := &Array{code: a.code, items: make([]py.Object, 0, n)}
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				out.items = append(out.items, items[j])
			}
			return out, nil
		}
		i, err := index(th, k, len(items), "array index out of range")
		if err != nil {
			return nil, err
		}
		return items[i], nil
	}
	s.SetItem = func(th *py.Thread, o, k, v py.Object) error {
		a := arrayOf(o)
		if sl, ok := k.(*py.Slice); ok {
			src, ok := py.Unwrap(v).(*Array)
			if !ok {
				return py.NewError(py.TypeErrorType, "can only assign array (not \"%s\") to array slice", v.Type().Name)
			}
			if src.code != a.code {
				return py.NewError(py.TypeErrorType, "bad argument type for built-in operation")
			}
			vals := src.snapshot()
			a.mu.Lock()
			defer a.mu.Unlock()
			start, stop, step, n, err := sl.Indices(th, len(a.items))
			if err != nil {
				return err
			}
			if step == 1 {
				if stop < start {
					stop = start
				}
				rest := append(append([]py.Object(nil), vals...), a.items[stop:]...)
				a.items = append(a.items[:start], rest...)
				return nil
			}
			if len(vals) != n {
				return py.NewError(py.ValueErrorType, "attempt to assign array of size %d to extended slice of size %d", len(vals), n)
			}
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				a.items[j] = vals[i]
			}
			return nil
		}
		val, err := convert(th, a.code, v)
		if err != nil {
			return err
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		i, err := index(th, k, len(a.items), "array assignment index out of range")
		if err != nil {
			return err
		}
		a.items[i] = val
		return nil
	}
	s.DelItem = func(th *py.Thread, o, k py.Object) error {
		a := arrayOf(o)
		a.mu.Lock()
		defer a.mu.Unlock()
		if sl, ok := k.(*py.Slice); ok {
			start, _, step, n, err := sl.Indices(th, len(a.items))
			if err != nil {
				return err
			}
			drop := map[int]bool{}
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				drop[j] = true
			}
			kept := a.items[:0:0]
			for i, v := range a.items {
				if !drop[i] {
					kept = append(kept, v)
				}
			}
			a.items = kept
			return nil
		}
		i, err := index(th, k, len(a.items), "array assignment index out of range")
		if err != nil {
			return err
		}
		a.items = append(a.items[:i], a.items[i+1:]...)
		return nil
	}
	s.Compare = func(th *py.Thread, x, y py.Object, op py.CompareOp) (py.Object, error) {
		other, ok := py.Unwrap(y).(*Array)
		if !ok {
			return py.NotImplemented, nil
		}
		xs, ys := arrayOf(x).snapshot(), other.snapshot()
		if len(xs) != len(ys) && (op == py.OpEQ || op == py.OpNE) {
			return py.Bool(op == py.OpNE), nil
		}
		for i := 0; i < len(xs) && i < len(ys); i++ {
			eq, err := py.Equal(th, xs[i], ys[i])
			if err != nil {
				return nil, err
			}
			if !eq {
				if op == py.OpEQ || op == py.OpNE {
					return py.Bool(op == py.OpNE), nil
				}
				return py.Compare(th, op, xs[i], ys[i])
			}
		}
		return py.Compare(th, op, py.Int(len(xs)), py.Int(len(ys)))
	}
	concat := func(th *py.Thread, x, y py.Object) (py.Object, error) {
		other, ok := py.Unwrap(y).(*Array)
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "can only append array (not \"%s\") to array", y.Type().Name)
		}
		a := arrayOf(x)
		if other.code != a.code {
			return nil, py.NewError(py.TypeErrorType, "bad argument type for built-in operation")
		}
		return &Array{code: a.code, items: append(a.snapshot(), other.snapshot()...)}, nil
	}
	s.Binary[py.OpAdd] = concat
	s.InPlace[py.OpAdd] = func(th *py.Thread, x, y py.Object) (py.Object, error) {
		r, err := concat(th, x, y)
		if err != nil {
			return nil, err
		}
		a := arrayOf(x)
		a.mu.Lock()
		a.items = r.(*Array).items
		a.mu.Unlock()
		return x, nil
	}
	repeat := func(th *py.Thread, x, y py.Object) (py.Object, error) {
		if !modutil.IsInt(y) {
			return py.NotImplemented, nil
		}
		n, err := modutil.Int64(th, y)
		if err != nil {
			return nil, err
		}
		a := arrayOf(x)
		items := a.snapshot()
		out := &Array{code: a.code}
		for i := int64(0); i < n; i++ {
			out.items = append(out.items, items...)
		}
		return out, nil
	}
	s.Binary[py.OpMul] = repeat
	s.RBinary[py.OpMul] = repeat
	s.InPlace[py.OpMul] = func(th *py.Thread, x, y py.Object) (py.Object, error) {
		r, err := repeat(th, x, y)
		if err != nil || r == py.NotImplemented {
			return r, err
		}
		a := arrayOf(x)
		a.mu.Lock()
		a.items = r.(*Array).items
		a.mu.Unlock()
		return x, nil
	}

	py.DefGetter(t, "typecode", func(th *py.Thread, o py.Object) (py.Object, error) {
		return py.NewStr(string(arrayOf(o).code)), nil
	})
	py.DefGetter(t, "itemsize", func(th *py.Thread, o py.Object) (py.Object, error) {
		return py.Int(itemSize[arrayOf(o).code]), nil
	})
	def := func(name string, fn func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error)) {
		py.DefMethod(t, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return fn(th, arrayOf(self), args, kw)
		})
	}
	def("append", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("append", args, kw, 1); err != nil {
			return nil, err
		}
		v, err := convert(th, a.code, args[0])
		if err != nil {
			return nil, err
		}
		a.mu.Lock()
		a.items = append(a.items, v)
		a.mu.Unlock()
		return py.None, nil
	})
	extend := func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("extend", args, kw, 1); err != nil {
			return nil, err
		}
		var items []py.Object
		if other, ok := py.Unwrap(args[0]).(*Array); ok {
			if other.code != a.code {
				return nil, py.NewError(py.TypeErrorType, "can only extend with array of same kind")
			}
			items = other.snapshot()
		} else {
			var err error
			if items, err = convertAll(th, a.code, args[0]); err != nil {
				return nil, err
			}
		}
		a.mu.Lock()
		a.items = append(a.items, items...)
		a.mu.Unlock()
		return py.None, nil
	}
	def("extend", extend)
	def("fromlist", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("fromlist", args, kw, 1); err != nil {
			return nil, err
		}
		if _, ok := py.Unwrap(args[0]).(*py.List); !ok {
			return nil, py.NewError(py.TypeErrorType, "arg must be list")
		}
		return extend(th, a, args, kw)
	})
	def("insert", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("insert", args, kw, 2); err != nil {
			return nil, err
		}
		i, err := modutil.Int64(th, args[0])
		if err != nil {
			return nil, err
		}
		v, err := convert(th, a.code, args[1])
		if err != nil {
			return nil, err
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		n := int64(len(a.items))
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		a.items = append(a.items, nil)
		copy(a.items[i+1:], a.items[i:])
		a.items[i] = v
		return py.None, nil
	})
	def("pop", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Range("pop", args, kw, 0, 1); err != nil {
			return nil, err
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		if len(a.items) == 0 {
			return nil, py.NewError(py.IndexErrorType, "pop from empty array")
		}
		k := py.Object(py.Int(-1))
		if len(args) == 1 {
			k = args[0]
		}
		i, err := index(th, k, len(a.items), "pop index out of range")
		if err != nil {
			return nil, err
		}
		v := a.items[i]
		a.items = append(a.items[:i], a.items[i+1:]...)
		return v, nil
	})
	find := func(th *py.Thread, a *Array, x py.Object, lo, hi int) (int, error) {
		items := a.snapshot()
		if hi > len(items) {
			hi = len(items)
		}
		for i := lo; i < hi; i++ {
			eq, err := py.Equal(th, items[i], x)
			if err != nil {
				return -1, err
			}
			if eq {
				return i, nil
			}
		}
		return -1, nil
	}
	def("remove", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("remove", args, kw, 1); err != nil {
			return nil, err
		}
		i, err := find(th, a, args[0], 0, 1<<62)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, py.NewError(py.ValueErrorType, "array.remove(x): x not in array")
		}
		a.mu.Lock()
		if i < len(a.items) {
			a.items = append(a.items[:i], a.items[i+1:]...)
		}
		a.mu.Unlock()
		return py.None, nil
	})
	def("index", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Range("index", args, kw, 1, 3); err != nil {
			return nil, err
		}
		n := len(a.snapshot())
		bounds := []int{0, n}
		for j := 1; j < len(args); j++ {
			v, err := modutil.Int64(th, args[j])
			if err != nil {
				return nil, err
			}
			if v < 0 {
				v += int64(n)
				if v < 0 {
					v = 0
				}
			}
			if v > int64(n) {
				v = int64(n)
			}
			bounds[j-1] = int(v)
		}
		i, err := find(th, a, args[0], bounds[0], bounds[1])
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, py.NewError(py.ValueErrorType, "array.index(x): x not in array")
		}
		return py.Int(i), nil
	})
	def("count", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("count", args, kw, 1); err != nil {
			return nil, err
		}
		c := 0
		for _, v := range a.snapshot() {
			eq, err := py.Equal(th, v, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				c++
			}
		}
		return py.Int(c), nil
	})
	def("reverse", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("reverse", args, kw, 0); err != nil {
			return nil, err
		}
		a.mu.Lock()
		for i, j := 0, len(a.items)-1; i < j; i, j = i+1, j-1 {
			a.items[i], a.items[j] = a.items[j], a.items[i]
		}
		a.mu.Unlock()
		return py.None, nil
	})
	def("tobytes", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("tobytes", args, kw, 0); err != nil {
			return nil, err
		}
		return py.NewBytes(a.tobytes()), nil
	})
	def("frombytes", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("frombytes", args, kw, 1); err != nil {
			return nil, err
		}
		data, ok := modutil.Bytes(args[0])
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "a bytes-like object is required, not '%s'", args[0].Type().Name)
		}
		return py.None, a.frombytes(data)
	})
	def("tolist", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("tolist", args, kw, 0); err != nil {
			return nil, err
		}
		return py.NewList(a.snapshot()), nil
	})
	def("tounicode", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("tounicode", args, kw, 0); err != nil {
			return nil, err
		}
		if a.code != 'u' {
			return nil, py.NewError(py.ValueErrorType, "tounicode() may only be called on unicode type arrays")
		}
		var b strings.Builder
		for _, v := range a.snapshot() {
			b.WriteString(v.(*py.Str).String())
		}
		return py.NewStr(b.String()), nil
	})
	def("fromunicode", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("fromunicode", args, kw, 1); err != nil {
			return nil, err
		}
		s, ok := modutil.Str(args[0])
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "fromunicode() argument must be str, not %s", args[0].Type().Name)
		}
		if a.code != 'u' {
			return nil, py.NewError(py.ValueErrorType, "fromunicode() may only be called on unicode type arrays")
		}
		a.mu.Lock()
		for _, r := range s {
			a.items = append(a.items, py.NewStr(string(r)))
		}
		a.mu.Unlock()
		return py.None, nil
	})
	def("byteswap", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("byteswap", args, kw, 0); err != nil {
			return nil, err
		}
		n := itemSize[a.code]
		data := a.tobytes()
		for i := 0; i < len(data); i += n {
			for l, r := i, i+n-1; l < r; l, r = l+1, r-1 {
				data[l], data[r] = data[r], data[l]
			}
		}
		a.mu.Lock()
		a.items = a.items[:0]
		a.mu.Unlock()
		return py.None, a.frombytes(data)
	})
	def("buffer_info", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("buffer_info", args, kw, 0); err != nil {
			return nil, err
		}
		return py.NewTuple([]py.Object{py.Int(py.Id(a)), py.Int(len(a.snapshot()))}), nil
	})
	def("tofile", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("tofile", args, kw, 1); err != nil {
			return nil, err
		}
		_, err := py.CallMethod1(th, args[0], py.Intern("write"), py.NewBytes(a.tobytes()))
		return py.None, err
	})
	def("fromfile", func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("fromfile", args, kw, 2); err != nil {
			return nil, err
		}
		n, err := modutil.Int64(th, args[1])
		if err != nil {
			return nil, err
		}
		want := int(n) * itemSize[a.code]
		r, err := py.CallMethod1(th, args[0], py.Intern("read"), py.Int(want))
		if err != nil {
			return nil, err
		}
		data, _ := modutil.Bytes(r)
		whole := len(data) / itemSize[a.code] * itemSize[a.code]
		if err := a.frombytes(data[:whole]); err != nil {
			return nil, err
		}
		if len(data) < want {
			return nil, py.NewError(py.EOFErrorType, "read() didn't return enough bytes")
		}
		return py.None, nil
	})
	copyFn := func(th *py.Thread, a *Array, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return &Array{code: a.code, items: a.snapshot()}, nil
	}
	def("__copy__", copyFn)
	def("__deepcopy__", copyFn)
}
