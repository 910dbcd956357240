package functoolsmod

import (
	"sort"

	"github.com/pygo-dev/pygo/internal/pystr"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// update_wrapper/wraps, total_ordering, cached_property, cmp_to_key.

var (
	wrapperAssignments = []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}
	wrapperUpdates     = []string{"__dict__"}
)

func strTuple(ss []string) *py.Tuple {
	items := make([]py.Object, len(ss))
	for i, s := range ss {
		items[i] = py.NewStr(s)
	}
	return py.NewTuple(items)
}

func namesOf(th *py.Thread, o py.Object) ([]string, error) {
	items, err := py.Collect(th, o)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		s, ok := py.Unwrap(it).(*py.Str)
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "attribute name must be string, not '%s'", it.Type().Name)
		}
		out[i] = s.String()
	}
	return out, nil
}

func updateWrapper(th *py.Thread, wrapper, wrapped py.Object, assigned, updated []string) (py.Object, error) {
	for _, a := range assigned {
		v, err := py.GetAttrOpt(th, wrapped, py.NewStr(a))
		if err != nil {
			return nil, err
		}
		if v == nil {
			continue
		}
		if err := py.SetAttr(th, wrapper, py.NewStr(a), v); err != nil {
			return nil, err
		}
	}
	for _, a := range updated {
		dst, err := py.GetAttr(th, wrapper, py.NewStr(a))
		if err != nil {
			return nil, err
		}
		src, err := py.GetAttrOpt(th, wrapped, py.NewStr(a))
		if err != nil {
			return nil, err
		}
		if src == nil {
			continue
		}
		if _, err := py.CallMethod1(th, dst, py.Intern("update"), src); err != nil {
			return nil, err
		}
	}
	if err := py.SetAttr(th, wrapper, py.NewStr("__wrapped__"), wrapped); err != nil {
		return nil, err
	}
	return wrapper, nil
}

func updateWrapperFn(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("update_wrapper", args, kw, []string{"wrapper", "wrapped", "assigned", "updated"}, 2)
	if err != nil {
		return nil, err
	}
	assigned, updated := wrapperAssignments, wrapperUpdates
	if a[2] != nil {
		if assigned, err = namesOf(th, a[2]); err != nil {
			return nil, err
		}
	}
	if a[3] != nil {
		if updated, err = namesOf(th, a[3]); err != nil {
			return nil, err
		}
	}
	return updateWrapper(th, a[0], a[1], assigned, updated)
}

var updateWrapperObj = mu.NewFunc("functools", "update_wrapper", updateWrapperFn)

func wraps(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("wraps", args, kw, []string{"wrapped", "assigned", "updated"}, 1)
	if err != nil {
		return nil, err
	}
	if a[1] == nil {
		a[1] = strTuple(wrapperAssignments)
	}
	if a[2] == nil {
		a[2] = strTuple(wrapperUpdates)
	}
	return newPartial(th, []py.Object{updateWrapperObj}, &py.KwArgs{
		Names:  []*py.Str{py.NewStr("wrapped"), py.NewStr("assigned"), py.NewStr("updated")},
		Values: a})
}

// total_ordering: the four derived comparisons for each root.
type derived struct {
	name string
	// build computes the result from the root's result r (not
	// NotImplemented) and self == other when needed.
	eqNeeded bool
	combine  func(r, eq bool) bool
}

var orderingConvert = map[string][]derived{
	"__lt__": {
		{"__gt__", true, func(r, eq bool) bool { return !r && !eq }},
		{"__le__", true, func(r, eq bool) bool { return r || eq }},
		{"__ge__", false, func(r, eq bool) bool { return !r }},
	},
	"__le__": {
		{"__ge__", true, func(r, eq bool) bool { return !r || eq }},
		{"__lt__", true, func(r, eq bool) bool { return r && !eq }},
		{"__gt__", false, func(r, eq bool) bool { return !r }},
	},
	"__gt__": {
		{"__lt__", true, func(r, eq bool) bool { return !r && !eq }},
		{"__ge__", true, func(r, eq bool) bool { return r || eq }},
		{"__le__", false, func(r, eq bool) bool { return !r }},
	},
	"__ge__": {
		{"__le__", true, func(r, eq bool) bool { return !r || eq }},
		{"__gt__", true, func(r, eq bool) bool { return r && !eq }},
		{"__lt__", false, func(r, eq bool) bool { return !r }},
	},
}

func totalOrdering(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Exactly("total_ordering", args, kw, 1); err != nil {
		return nil, err
	}
	cls, ok := args[0].(*py.Type)
	if !ok {
		return nil, py.NewError(py.AttributeErrorType, "'%s' object has no attribute '__lt__'", args[0].Type().Name)
	}
	var roots []string
	for op := range orderingConvert {
		v := cls.Lookup(py.NewStr(op))
		if v != nil && v != py.ObjectType.Dict.GetStr(py.NewStr(op)) {
			roots = append(roots, op)
		}
	}
	if len(roots) == 0 {
		return nil, py.NewError(py.ValueErrorType, "must define at least one ordering operation: < > <= >=")
	}
	sort.Strings(roots)
	root := roots[len(roots)-1] // max(roots)
	have := map[string]bool{}
	for _, r := range roots {
		have[r] = true
	}
	for _, dv := range orderingConvert[root] {
		if have[dv.name] {
			continue
		}
		dv := dv
		rootName := py.NewStr(root)
		fname := "_" + dv.name[2:4] + "_from_" + root[2:4]
		fn := py.NewGoFunction(dv.name, []string{"self", "other"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
			self, other := a[0], a[1]
			m, err := py.GetAttr(th, self.Type(), rootName)
			if err != nil {
				return nil, err
			}
			res, err := py.Call2(th, m, self, other)
			if err != nil {
				return nil, err
			}
			if res == py.NotImplemented {
				return res, nil
			}
			r, err := py.Truth(th, res)
			if err != nil {
				return nil, err
			}
			eq := false
			if dv.eqNeeded {
				// Short-circuit as the Python source does.
				needEq := (dv.combine(r, false) != dv.combine(r, true))
				if needEq {
					ne, err := py.CompareBool(th, py.OpNE, self, other)
					if err != nil {
						return nil, err
					}
					eq = !ne
				}
			}
			return py.Bool(dv.combine(r, eq)), nil
		})
		fn.QualName = cls.QualName + "." + fname
		fn.Name = dv.name
		if err := py.SetAttr(th, cls, py.NewStr(dv.name), fn); err != nil {
			return nil, err
		}
	}
	return cls, nil
}

// CachedProperty is functools.cached_property.
type CachedProperty struct {
	dictObj
	fn       py.Object
	attrName string
	doc      py.Object
}

// CachedPropertyType is functools.cached_property.
var CachedPropertyType = py.NewType("cached_property", "functools", nil, py.FlagBaseType)

// Type returns CachedPropertyType.
func (c *CachedProperty) Type() *py.Type { return CachedPropertyType }

func init() {
	CachedPropertyType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("cached_property", args, kw, 1); err != nil {
			return nil, err
		}
		doc, _ := py.GetAttrOpt(th, args[0], py.NewStr("__doc__"))
		if doc == nil {
			doc = py.None
		}
		return &CachedProperty{fn: args[0], doc: doc}, nil
	}
	py.DefMethod(CachedPropertyType, "__set_name__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		c := self.(*CachedProperty)
		if err := py.ArgRange("__set_name__", args, kw, 2, 2); err != nil {
			return nil, err
		}
		name, _ := mu.Str(args[1])
		if c.attrName == "" {
			c.attrName = name
		} else if name != c.attrName {
			return nil, py.NewError(py.TypeErrorType, "Cannot assign the same cached_property to two different names (%s and %s).",
				pystr.ReprStr(c.attrName), pystr.ReprStr(name))
		}
		return py.None, nil
	})
	CachedPropertyType.Slots.DescrGet = func(th *py.Thread, descr, obj py.Object, owner *py.Type) (py.Object, error) {
		c := py.Unwrap(descr).(*CachedProperty)
		if obj == nil || obj == py.None {
			return descr, nil
		}
		if c.attrName == "" {
			return nil, py.NewError(py.TypeErrorType, "Cannot use cached_property instance without calling __set_name__ on it.")
		}
		dv, err := py.GetAttrOpt(th, obj, py.Intern("__dict__"))
		if err != nil {
			return nil, err
		}
		d, ok := dv.(*py.Dict)
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "No '__dict__' attribute on %s instance to cache %s property.",
				pystr.ReprStr(obj.Type().Name), pystr.ReprStr(c.attrName))
		}
		key := py.NewStr(c.attrName)
		if v := d.GetStr(key); v != nil {
			return v, nil
		}
		v, err := py.Call1(th, c.fn, obj)
		if err != nil {
			return nil, err
		}
		d.SetStr(key, v)
		return v, nil
	}
	py.DefGetter(CachedPropertyType, "func", func(th *py.Thread, self py.Object) (py.Object, error) { return self.(*CachedProperty).fn, nil })
	py.DefGetter(CachedPropertyType, "attrname", func(th *py.Thread, self py.Object) (py.Object, error) {
		if n := self.(*CachedProperty).attrName; n != "" {
			return py.NewStr(n), nil
		}
		return py.None, nil
	})
	py.DefGetter(CachedPropertyType, "__doc__", func(th *py.Thread, self py.Object) (py.Object, error) { return self.(*CachedProperty).doc, nil })

	KeyWrapperType.Slots.Compare = func(th *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
		x := a.(*KeyWrapper)
		y, ok := b.(*KeyWrapper)
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "other argument must be K instance")
		}
		r, err := py.Call2(th, x.cmp, x.obj, y.obj)
		if err != nil {
			return nil, err
		}
		return py.Compare(th, op, r, py.Int(0))
	}
	KeyWrapperType.Slots.Hash = func(th *py.Thread, o py.Object) (int64, error) {
		return 0, py.NewError(py.TypeErrorType, "unhashable type: 'functools.KeyWrapper'")
	}
	KeyWrapperType.Slots.Call = func(th *py.Thread, o py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("K", args, kw, []string{"obj"}, 1)
		if err != nil {
			return nil, err
		}
		return &KeyWrapper{cmp: o.(*KeyWrapper).cmp, obj: a[0]}, nil
	}
	py.DefGetter(KeyWrapperType, "obj", func(th *py.Thread, self py.Object) (py.Object, error) {
		if o := self.(*KeyWrapper).obj; o != nil {
			return o, nil
		}
		return nil, py.NewError(py.AttributeErrorType, "obj")
	})
}

// KeyWrapper is the key class cmp_to_key returns (and its instances).
type KeyWrapper struct {
	cmp, obj py.Object
}

// KeyWrapperType is functools.KeyWrapper.
var KeyWrapperType = py.NewType("KeyWrapper", "functools", nil, 0)

// Type returns KeyWrapperType.
func (k *KeyWrapper) Type() *py.Type { return KeyWrapperType }

func cmpToKey(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("cmp_to_key", args, kw, []string{"mycmp"}, 1)
	if err != nil {
		return nil, err
	}
	return &KeyWrapper{cmp: a[0]}, nil
}
