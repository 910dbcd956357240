package collectionsmod

import (
	"sort"
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// The dict subclasses (defaultdict, OrderedDict, Counter) are classes
// created when the module is first imported, with Go functions as
// methods: instances are dicts (Instance.Base is a *py.Dict), so every
// dict operation works on them unchanged and Python code can subclass
// them like CPython's.

// Types created by the module body (nil before `import collections`).
var (
	DefaultDictType  *py.Type
	OrderedDictType  *py.Type
	CounterType      *py.Type
	NamedTupleTypes  = map[*py.Type]bool{}
	dictInit         func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error
	errNotDictTarget = "descriptor requires a 'dict' object"
)

func dictOf(o py.Object) *py.Dict {
	d, _ := py.Unwrap(o).(*py.Dict)
	return d
}

func selfDict(o py.Object) (*py.Dict, error) {
	if d := dictOf(o); d != nil {
		return d, nil
	}
	return nil, py.NewError(py.TypeErrorType, "%s", errNotDictTarget)
}

func callDictInit(th *py.Thread, self py.Object, args []py.Object, kw *py.Dict) error {
	if len(args) > 1 {
		return py.NewError(py.TypeErrorType, "dict expected at most 1 argument, got %d", len(args))
	}
	return py.DictType.Slots.Init(th, py.Unwrap(self), args, pyutil.KwArgsOf(kw))
}

// ---- defaultdict ----

func factoryOf(self py.Object) py.Object {
	if in, ok := self.(*py.Instance); ok && len(in.SlotValues) > 0 && in.SlotValues[0] != nil {
		return in.SlotValues[0]
	}
	return py.None
}

func buildDefaultDict(th *py.Thread) (*py.Type, error) {
	c := pyutil.NewClass("defaultdict")
	c.Set("__doc__", py.NewStr("defaultdict(default_factory=None, /, [...]) --> dict with default factory"))
	c.Set("__slots__", py.NewTuple([]py.Object{py.NewStr("default_factory")}))
	c.VarMethod("__init__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.Dict) (py.Object, error) {
		in, _ := self.(*py.Instance)
		var f py.Object = py.None
		if len(args) > 0 {
			f = args[0]
			if f != py.None && !py.Callable(f) {
				return nil, py.NewError(py.TypeErrorType, "first argument must be callable or None")
			}
			args = args[1:]
		}
		if in != nil && len(in.SlotValues) > 0 {
			in.SlotValues[0] = f
		}
		return py.None, callDictInit(th, self, args, kw)
	})
	c.Method("__missing__", []string{"self", "key"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		f := factoryOf(a[0])
		if f == py.None {
			return nil, py.NewKeyError(a[1])
		}
		v, err := py.Call0(th, f)
		if err != nil {
			return nil, err
		}
		if err := py.SetItem(th, a[0], a[1], v); err != nil {
			return nil, err
		}
		return v, nil
	})
	c.Method("__repr__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d, err := selfDict(a[0])
		if err != nil {
			return nil, err
		}
		if !pyutil.ReprEnter(th, a[0]) {
			return py.NewStr("..."), nil
		}
		defer pyutil.ReprLeave(th, a[0])
		fr, err := pyutil.ReprStr(th, factoryOf(a[0]))
		if err != nil {
			return nil, err
		}
		dr, err := pyutil.ReprStr(th, d)
		if err != nil {
			return nil, err
		}
		return py.NewStr(a[0].Type().Name + "(" + fr + ", " + dr + ")"), nil
	})
	cp := func(th *py.Thread, a []py.Object) (py.Object, error) {
		d, err := selfDict(a[0])
		if err != nil {
			return nil, err
		}
		return py.Call(th, a[0].Type(), []py.Object{factoryOf(a[0]), d}, nil)
	}
	c.Method("copy", []string{"self"}, nil, cp)
	c.Method("__copy__", []string{"self"}, nil, cp)
	c.Method("__reduce__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d, _ := selfDict(a[0])
		it, err := py.Iter(th, py.NewList(itemTuples(d)))
		if err != nil {
			return nil, err
		}
		return py.NewTuple([]py.Object{a[0].Type(), py.NewTuple([]py.Object{factoryOf(a[0])}), py.None, py.None, it}), nil
	})
	c.Method("__or__", []string{"self", "other"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		od := dictOf(a[1])
		if od == nil {
			return py.NotImplemented, nil
		}
		r, err := cp(th, a[:1])
		if err != nil {
			return nil, err
		}
		return r, dictOf(r).Update(th, od)
	})
	c.Method("__ror__", []string{"self", "other"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		od := dictOf(a[1])
		if od == nil {
			return py.NotImplemented, nil
		}
		r, err := py.Call(th, a[0].Type(), []py.Object{factoryOf(a[0]), od}, nil)
		if err != nil {
			return nil, err
		}
		return r, dictOf(r).Update(th, dictOf(a[0]))
	})
	return c.Build(th, nil, "collections", py.DictType)
}

func itemTuples(d *py.Dict) []py.Object {
	keys, vals := d.Items()
	out := make([]py.Object, len(keys))
	for i, k := range keys {
		out[i] = py.NewTuple([]py.Object{k, vals[i]})
	}
	return out
}

// ---- OrderedDict ----

func buildOrderedDict(th *py.Thread) (*py.Type, error) {
	c := pyutil.NewClass("OrderedDict")
	c.Set("__doc__", py.NewStr("Dictionary that remembers insertion order"))
	c.VarMethod("__init__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.Dict) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.NewError(py.TypeErrorType, "expected at most 1 arguments, got %d", len(args))
		}
		return py.None, callDictInit(th, self, args, kw)
	})
	c.Method("move_to_end", []string{"self", "key", "last"}, []py.Object{py.True}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d, err := selfDict(a[0])
		if err != nil {
			return nil, err
		}
		last, err := py.Truth(th, a[2])
		if err != nil {
			return nil, err
		}
		v, err := d.GetItem(th, a[1])
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, py.NewKeyError(a[1])
		}
		if last {
			if err := d.DelItem(th, a[1]); err != nil {
				return nil, err
			}
			return py.None, d.SetItem(th, a[1], v)
		}
		keys, vals := d.Items()
		d.Clear()
		if err := d.SetItem(th, a[1], v); err != nil {
			return nil, err
		}
		for i, k := range keys {
			if eq, _ := py.Equal(th, k, a[1]); !eq {
				if err := d.SetItem(th, k, vals[i]); err != nil {
					return nil, err
				}
			}
		}
		return py.None, nil
	})
	c.Method("popitem", []string{"self", "last"}, []py.Object{py.True}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d, err := selfDict(a[0])
		if err != nil {
			return nil, err
		}
		last, err := py.Truth(th, a[1])
		if err != nil {
			return nil, err
		}
		keys, vals := d.Items()
		if len(keys) == 0 {
			return nil, py.NewError(py.KeyErrorType, "dictionary is empty")
		}
		i := 0
		if last {
			i = len(keys) - 1
		}
		if err := d.DelItem(th, keys[i]); err != nil {
			return nil, err
		}
		return py.NewTuple([]py.Object{keys[i], vals[i]}), nil
	})
	c.Method("__repr__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d, err := selfDict(a[0])
		if err != nil {
			return nil, err
		}
		name := a[0].Type().Name
		if d.Len() == 0 {
			return py.NewStr(name + "()"), nil
		}
		if !pyutil.ReprEnter(th, a[0]) {
			return py.NewStr("..."), nil
		}
		defer pyutil.ReprLeave(th, a[0])
		s, err := pyutil.ReprStr(th, py.NewList(itemTuples(d)))
		if err != nil {
			return nil, err
		}
		return py.NewStr(name + "(" + s + ")"), nil
	})
	eq := func(th *py.Thread, a, b py.Object) (py.Object, error) {
		da, db := dictOf(a), dictOf(b)
		if da == nil || db == nil {
			return py.NotImplemented, nil
		}
		r, err := py.Compare(th, py.OpEQ, da, db)
		if err != nil {
			return nil, err
		}
		if ok, _ := py.Truth(th, r); !ok {
			return py.False, nil
		}
		if ok, _ := py.IsInstance(th, b, OrderedDictType); ok {
			ka, kb := da.Keys(), db.Keys()
			for i := range ka {
				e, err := py.Equal(th, ka[i], kb[i])
				if err != nil || !e {
					return py.False, err
				}
			}
		}
		return py.True, nil
	}
	c.Method("__eq__", []string{"self", "other"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) { return eq(th, a[0], a[1]) })
	c.Method("__ne__", []string{"self", "other"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		r, err := eq(th, a[0], a[1])
		if err != nil || r == py.NotImplemented {
			return r, err
		}
		return py.Bool(r == py.False), nil
	})
	c.Set("__hash__", py.None)
	c.Method("__reversed__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d, err := selfDict(a[0])
		if err != nil {
			return nil, err
		}
		keys := d.Keys()
		for i, j := 0, len(keys)-1; i < j; i, j = i+1, j-1 {
			keys[i], keys[j] = keys[j], keys[i]
		}
		return pyutil.SliceIter(nil, keys), nil
	})
	cp := func(th *py.Thread, a []py.Object) (py.Object, error) {
		return py.Call1(th, a[0].Type(), dictOf(a[0]))
	}
	c.Method("copy", []string{"self"}, nil, cp)
	c.Method("__copy__", []string{"self"}, nil, cp)
	c.Method("__reduce__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		it, err := py.Iter(th, py.NewList(itemTuples(dictOf(a[0]))))
		if err != nil {
			return nil, err
		}
		return py.NewTuple([]py.Object{a[0].Type(), py.NewTuple(nil), py.None, py.None, it}), nil
	})
	c.Method("__or__", []string{"self", "other"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		od := dictOf(a[1])
		if od == nil {
			return py.NotImplemented, nil
		}
		r, err := cp(th, a[:1])
		if err != nil {
			return nil, err
		}
		return r, dictOf(r).Update(th, od)
	})
	c.Method("__ror__", []string{"self", "other"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		od := dictOf(a[1])
		if od == nil {
			return py.NotImplemented, nil
		}
		r, err := py.Call1(th, a[0].Type(), od)
		if err != nil {
			return nil, err
		}
		return r, dictOf(r).Update(th, dictOf(a[0]))
	})
	return c.Build(th, nil, "collections", py.DictType)
}

// ---- Counter ----

// isMapping reports whether o should be treated as a mapping by update.
func isMapping(th *py.Thread, o py.Object) bool {
	if dictOf(o) != nil {
		return true
	}
	ok, _ := py.HasAttr(th, o, py.Intern("keys"))
	return ok && o.Type().Slots.GetItem != nil
}

// mappingItems returns the (key, value) pairs of a mapping.
func mappingItems(th *py.Thread, o py.Object) ([]py.Object, []py.Object, error) {
	if d := dictOf(o); d != nil && (o.Type() == py.DictType || o.Type().Lookup(py.Intern("items")) == py.DictType.Dict.GetStr(py.Intern("items"))) {
		k, v := d.Items()
		return k, v, nil
	}
	keysM, err := py.CallMethod0(th, o, py.Intern("keys"))
	if err != nil {
		return nil, nil, err
	}
	keys, err := py.Collect(th, keysM)
	if err != nil {
		return nil, nil, err
	}
	vals := make([]py.Object, len(keys))
	for i, k := range keys {
		if vals[i], err = py.GetItem(th, o, k); err != nil {
			return nil, nil, err
		}
	}
	return keys, vals, nil
}

func counterGet(th *py.Thread, d *py.Dict, k py.Object) (py.Object, error) {
	v, err := d.Get(th, k)
	if err != nil || v != nil {
		return v, err
	}
	return py.Int(0), nil
}

// counterUpdate adds (sign 1) or subtracts (-1) counts.
func counterUpdate(th *py.Thread, self py.Object, args []py.Object, kw *py.Dict, sign int) error {
	d, err := selfDict(self)
	if err != nil {
		return err
	}
	op := py.Add
	if sign < 0 {
		op = py.Sub
	}
	if len(args) > 1 {
		return py.NewError(py.TypeErrorType, "expected at most 1 arguments, got %d", len(args))
	}
	add := func(k, n py.Object) error {
		cur, err := counterGet(th, d, k)
		if err != nil {
			return err
		}
		v, err := op(th, cur, n)
		if err != nil {
			return err
		}
		return d.SetItem(th, k, v)
	}
	if len(args) == 1 && args[0] != py.None {
		src := args[0]
		if isMapping(th, src) {
			keys, vals, err := mappingItems(th, src)
			if err != nil {
				return err
			}
			for i, k := range keys {
				if err := add(k, vals[i]); err != nil {
					return err
				}
			}
		} else {
			one := py.Int(1)
			if err := py.ForEach(th, src, func(k py.Object) (bool, error) { return true, add(k, one) }); err != nil {
				return err
			}
		}
	}
	if kw != nil {
		keys, vals := kw.Items()
		for i, k := range keys {
			if err := add(k, vals[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// mostCommon returns the items sorted by count, largest first (stable).
func mostCommon(th *py.Thread, d *py.Dict) ([]py.Object, []py.Object, error) {
	keys, vals := d.Items()
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	var cmpErr error
	sort.SliceStable(idx, func(i, j int) bool {
		if cmpErr != nil {
			return false
		}
		lt, err := py.CompareBool(th, py.OpGT, vals[idx[i]], vals[idx[j]])
		if err != nil {
			cmpErr = err
		}
		return lt
	})
	if cmpErr != nil {
		return nil, nil, cmpErr
	}
	k2, v2 := make([]py.Object, len(idx)), make([]py.Object, len(idx))
	for i, j := range idx {
		k2[i], v2[i] = keys[j], vals[j]
	}
	return k2, v2, nil
}

func newCounter(th *py.Thread) (py.Object, *py.Dict, error) {
	c, err := py.Call0(th, CounterType)
	if err != nil {
		return nil, nil, err
	}
	return c, dictOf(c), nil
}

func isPositive(th *py.Thread, v py.Object) (bool, error) {
	return py.CompareBool(th, py.OpGT, v, py.Int(0))
}

func isNegative(th *py.Thread, v py.Object) (bool, error) {
	return py.CompareBool(th, py.OpLT, v, py.Int(0))
}

// counterBinary implements + - | & (CPython's order of result items).
func counterBinary(th *py.Thread, a, b py.Object, op string) (py.Object, error) {
	if ok, _ := py.IsInstance(th, b, CounterType); !ok {
		return py.NotImplemented, nil
	}
	da, db := dictOf(a), dictOf(b)
	res, rd, err := newCounter(th)
	if err != nil {
		return nil, err
	}
	ka, va := da.Items()
	for i, k := range ka {
		other, err := counterGet(th, db, k)
		if err != nil {
			return nil, err
		}
		var nv py.Object
		switch op {
		case "+":
			nv, err = py.Add(th, va[i], other)
		case "-":
			nv, err = py.Sub(th, va[i], other)
		case "|":
			lt, e := py.CompareBool(th, py.OpLT, va[i], other)
			nv, err = va[i], e
			if lt {
				nv = other
			}
		case "&":
			lt, e := py.CompareBool(th, py.OpLT, va[i], other)
			nv, err = other, e
			if lt {
				nv = va[i]
			}
		}
		if err != nil {
			return nil, err
		}
		if pos, err := isPositive(th, nv); err != nil {
			return nil, err
		} else if pos {
			if err := rd.SetItem(th, k, nv); err != nil {
				return nil, err
			}
		}
	}
	if op == "&" {
		return res, nil
	}
	kb, vb := db.Items()
	for i, k := range kb {
		if in, _ := da.Contains(th, k); in {
			continue
		}
		v := vb[i]
		keep := false
		if op == "-" {
			keep, err = isNegative(th, v)
			if keep {
				if v, err = py.Sub(th, py.Int(0), v); err != nil {
					return nil, err
				}
			}
		} else {
			keep, err = isPositive(th, v)
		}
		if err != nil {
			return nil, err
		}
		if keep {
			if err := rd.SetItem(th, k, v); err != nil {
				return nil, err
			}
		}
	}
	return res, nil
}

// keepPositive drops the items whose count is not positive, in place.
func keepPositive(th *py.Thread, d *py.Dict) error {
	keys, vals := d.Items()
	for i, k := range keys {
		pos, err := isPositive(th, vals[i])
		if err != nil {
			return err
		}
		if !pos {
			if err := d.DelItem(th, k); err != nil {
				return err
			}
		}
	}
	return nil
}

func buildCounter(th *py.Thread) (*py.Type, error) {
	c := pyutil.NewClass("Counter")
	c.Set("__doc__", py.NewStr("Dict subclass for counting hashable items."))
	c.VarMethod("__init__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.Dict) (py.Object, error) {
		return py.None, counterUpdate(th, self, args, kw, 1)
	})
	c.Method("__missing__", []string{"self", "key"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return py.Int(0), nil
	})
	c.Method("total", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d, err := selfDict(a[0])
		if err != nil {
			return nil, err
		}
		return py.Sum(th, py.NewList(d.Values()), py.Int(0))
	})
	c.Method("most_common", []string{"self", "n"}, []py.Object{py.None}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d, err := selfDict(a[0])
		if err != nil {
			return nil, err
		}
		keys, vals, err := mostCommon(th, d)
		if err != nil {
			return nil, err
		}
		n := len(keys)
		if a[1] != py.None {
			m, err := py.IndexInt(th, a[1])
			if err != nil {
				return nil, err
			}
			if m < 0 {
				m = 0
			}
			if m < n {
				n = m
			}
		}
		out := make([]py.Object, n)
		for i := range out {
			out[i] = py.NewTuple([]py.Object{keys[i], vals[i]})
		}
		return py.NewList(out), nil
	})
	c.Method("elements", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d, err := selfDict(a[0])
		if err != nil {
			return nil, err
		}
		keys, vals := d.Items()
		var out []py.Object
		for i, k := range keys {
			n, err := py.IndexInt(th, vals[i])
			if err != nil {
				return nil, err
			}
			for j := 0; j < n; j++ {
				out = append(out, k)
			}
		}
		return pyutil.SliceIter(nil, out), nil
	})
	c.VarMethod("update", func(th *py.Thread, self py.Object, args []py.Object, kw *py.Dict) (py.Object, error) {
		return py.None, counterUpdate(th, self, args, kw, 1)
	})
	c.VarMethod("subtract", func(th *py.Thread, self py.Object, args []py.Object, kw *py.Dict) (py.Object, error) {
		return py.None, counterUpdate(th, self, args, kw, -1)
	})
	c.ClassMethod("fromkeys", func(th *py.Thread, cls py.Object, args []py.Object, kw *py.Dict) (py.Object, error) {
		return nil, py.NewError(py.NotImplementedErrorType, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
	})
	cp := func(th *py.Thread, a []py.Object) (py.Object, error) {
		return py.Call1(th, a[0].Type(), dictOf(a[0]))
	}
	c.Method("copy", []string{"self"}, nil, cp)
	c.Method("__copy__", []string{"self"}, nil, cp)
	c.Method("__reduce__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return py.NewTuple([]py.Object{a[0].Type(), py.NewTuple([]py.Object{dictOf(a[0]).Copy()})}), nil
	})
	c.Method("__delitem__", []string{"self", "elem"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d := dictOf(a[0])
		if in, err := d.Contains(th, a[1]); err != nil || !in {
			return py.None, err
		}
		return py.None, d.DelItem(th, a[1])
	})
	c.Method("__repr__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d, err := selfDict(a[0])
		if err != nil {
			return nil, err
		}
		name := a[0].Type().Name
		if d.Len() == 0 {
			return py.NewStr(name + "()"), nil
		}
		if !pyutil.ReprEnter(th, a[0]) {
			return py.NewStr("..."), nil
		}
		defer pyutil.ReprLeave(th, a[0])
		keys, vals, err := mostCommon(th, d)
		if err != nil {
			s, err := pyutil.ReprStr(th, d.Copy())
			if err != nil {
				return nil, err
			}
			return py.NewStr(name + "(" + s + ")"), nil
		}
		var b strings.Builder
		b.WriteString(name + "({")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			ks, err := pyutil.ReprStr(th, k)
			if err != nil {
				return nil, err
			}
			vs, err := pyutil.ReprStr(th, vals[i])
			if err != nil {
				return nil, err
			}
			b.WriteString(ks + ": " + vs)
		}
		b.WriteString("})")
		return py.NewStr(b.String()), nil
	})
	for _, op := range []string{"+", "-", "|", "&"} {
		op := op
		name := map[string]string{"+": "add", "-": "sub", "|": "or", "&": "and"}[op]
		c.Method("__"+name+"__", []string{"self", "other"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
			return counterBinary(th, a[0], a[1], op)
		})
		c.Method("__i"+name+"__", []string{"self", "other"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
			d := dictOf(a[0])
			od := dictOf(a[1])
			if od == nil {
				return py.NotImplemented, nil
			}
			switch op {
			case "+", "-":
				sign := 1
				if op == "-" {
					sign = -1
				}
				if err := counterUpdate(th, a[0], []py.Object{a[1]}, nil, sign); err != nil {
					return nil, err
				}
			case "|", "&":
				r, err := counterBinary(th, a[0], a[1], op)
				if err != nil {
					return nil, err
				}
				if r == py.NotImplemented {
					return r, nil
				}
				if op == "|" {
					if err := d.Update(th, dictOf(r)); err != nil {
						return nil, err
					}
				} else {
					d.Clear()
					if err := d.Update(th, dictOf(r)); err != nil {
						return nil, err
					}
				}
			}
			return a[0], keepPositive(th, d)
		})
	}
	c.Method("__pos__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return counterUnary(th, a[0], false)
	})
	c.Method("__neg__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return counterUnary(th, a[0], true)
	})
	cmp := func(name string, op py.CompareOp) {
		c.Method(name, []string{"self", "other"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
			if ok, _ := py.IsInstance(th, a[1], CounterType); !ok {
				return py.NotImplemented, nil
			}
			return counterCompare(th, dictOf(a[0]), dictOf(a[1]), op)
		})
	}
	cmp("__eq__", py.OpEQ)
	cmp("__ne__", py.OpNE)
	cmp("__le__", py.OpLE)
	cmp("__lt__", py.OpLT)
	cmp("__ge__", py.OpGE)
	cmp("__gt__", py.OpGT)
	c.Set("__hash__", py.None)
	return c.Build(th, nil, "collections", py.DictType)
}

func counterUnary(th *py.Thread, self py.Object, neg bool) (py.Object, error) {
	res, rd, err := newCounter(th)
	if err != nil {
		return nil, err
	}
	keys, vals := dictOf(self).Items()
	for i, k := range keys {
		v := vals[i]
		var keep bool
		if neg {
			keep, err = isNegative(th, v)
			if keep {
				v, err = py.Sub(th, py.Int(0), v)
			}
		} else {
			keep, err = isPositive(th, v)
		}
		if err != nil {
			return nil, err
		}
		if keep {
			if err := rd.SetItem(th, k, v); err != nil {
				return nil, err
			}
		}
	}
	return res, nil
}

// counterCompare compares two counters as multisets (missing counts are 0).
func counterCompare(th *py.Thread, a, b *py.Dict, op py.CompareOp) (py.Object, error) {
	check := func(x, y *py.Dict, op py.CompareOp) (bool, error) {
		// every count of x compared with y's (and y's extra keys against 0)
		for _, pair := range [][2]*py.Dict{{x, y}, {y, x}} {
			keys := pair[0].Keys()
			for _, k := range keys {
				xv, err := counterGet(th, x, k)
				if err != nil {
					return false, err
				}
				yv, err := counterGet(th, y, k)
				if err != nil {
					return false, err
				}
				ok, err := py.CompareBool(th, op, xv, yv)
				if err != nil || !ok {
					return false, err
				}
			}
		}
		return true, nil
	}
	switch op {
	case py.OpEQ:
		r, err := check(a, b, py.OpEQ)
		return py.Bool(r), err
	case py.OpNE:
		r, err := check(a, b, py.OpEQ)
		return py.Bool(!r), err
	case py.OpLE:
		r, err := check(a, b, py.OpLE)
		return py.Bool(r), err
	case py.OpGE:
		r, err := check(a, b, py.OpGE)
		return py.Bool(r), err
	case py.OpLT:
		le, err := check(a, b, py.OpLE)
		if err != nil || !le {
			return py.False, err
		}
		eq, err := check(a, b, py.OpEQ)
		return py.Bool(!eq), err
	default:
		ge, err := check(a, b, py.OpGE)
		if err != nil || !ge {
			return py.False, err
		}
		eq, err := check(a, b, py.OpEQ)
		return py.Bool(!eq), err
	}
}
