package functoolsmod

import (
	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// singledispatch: a generic function dispatching on the type of its first
// argument along the argument's MRO.

// SingleDispatch is the function singledispatch returns.
type SingleDispatch struct {
	dictObj
	registry *py.Dict // type -> implementation
	name     string
}

// SingleDispatchType is the type of singledispatch functions.
var SingleDispatchType = py.NewType("singledispatch_function", "functools", nil, 0)

// Type returns SingleDispatchType.
func (s *SingleDispatch) Type() *py.Type { return SingleDispatchType }

func (s *SingleDispatch) dispatch(th *py.Thread, cls *py.Type) (py.Object, error) {
	for _, t := range cls.MRO {
		v, err := s.registry.Get(th, t)
		if err != nil {
			return nil, err
		}
		if v != nil {
			return v, nil
		}
	}
	return nil, py.NewError(py.RuntimeErrorType, "no implementation for %s", cls.Name)
}

func (s *SingleDispatch) register(th *py.Thread, cls, fn py.Object) (py.Object, error) {
	t, isType := cls.(*py.Type)
	if isType {
		if fn == nil || fn == py.None {
			return mu.NewFunc("functools", "<lambda>", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
				if err := mu.Exactly("<lambda>", args, kw, 1); err != nil {
					return nil, err
				}
				return s.register(th, t, args[0])
			}), nil
		}
	} else {
		if fn != nil && fn != py.None {
			r, _ := py.Repr(th, cls)
			return nil, py.NewError(py.TypeErrorType, "Invalid first argument to `register()`. %s is not a class or union type.", r.String())
		}
		fn = cls
		ann, err := py.GetAttrOpt(th, fn, py.NewStr("__annotations__"))
		if err != nil {
			return nil, err
		}
		d, _ := ann.(*py.Dict)
		var first py.Object
		if d != nil {
			keys, vals := d.Items()
			for i, k := range keys {
				if ks, ok := k.(*py.Str); ok && ks.String() == "return" {
					continue
				}
				first = vals[i]
				break
			}
		}
		if first == nil {
			r, _ := py.Repr(th, fn)
			return nil, py.NewError(py.TypeErrorType, "Invalid first argument to `register()`: %s. Use either `@register(some_class)` or plain `@register` on an annotated function.", r.String())
		}
		if t, isType = first.(*py.Type); !isType {
			r, _ := py.Repr(th, first)
			return nil, py.NewError(py.TypeErrorType, "Invalid annotation for 'arg'. %s is not a class.", r.String())
		}
	}
	if err := s.registry.SetItem(th, t, fn); err != nil {
		return nil, err
	}
	return fn, nil
}

func init() {
	SingleDispatchType.Slots.Call = func(th *py.Thread, o py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		s := o.(*SingleDispatch)
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "%s requires at least 1 positional argument", s.name)
		}
		impl, err := s.dispatch(th, args[0].Type())
		if err != nil {
			return nil, err
		}
		return py.Call(th, impl, args, kw)
	}
	SingleDispatchType.Slots.DescrGet = func(th *py.Thread, descr, obj py.Object, owner *py.Type) (py.Object, error) {
		if obj == nil {
			return descr, nil
		}
		return &py.BoundMethod{Func: descr, Self: obj}, nil
	}
	py.DefMethod(SingleDispatchType, "register", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("register", args, kw, []string{"cls", "func"}, 1)
		if err != nil {
			return nil, err
		}
		return self.(*SingleDispatch).register(th, a[0], a[1])
	})
	py.DefMethod(SingleDispatchType, "dispatch", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("dispatch", args, kw, []string{"cls"}, 1)
		if err != nil {
			return nil, err
		}
		t, ok := a[0].(*py.Type)
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "dispatch() argument must be a class")
		}
		return self.(*SingleDispatch).dispatch(th, t)
	})
	py.DefMethod(SingleDispatchType, "_clear_cache", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.None, nil
	})
	py.DefGetter(SingleDispatchType, "registry", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.NewMappingProxy(self.(*SingleDispatch).registry), nil
	})
	py.DefGetSet(SingleDispatchType, "__dict__", func(th *py.Thread, self py.Object) (py.Object, error) {
		return self.(*SingleDispatch).InstanceDict(true), nil
	}, nil)
}

func singledispatch(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Exactly("singledispatch", args, kw, 1); err != nil {
		return nil, err
	}
	fn := args[0]
	s := &SingleDispatch{registry: py.NewDict(), name: "singledispatch function"}
	if n, _ := py.GetAttrOpt(th, fn, py.NewStr("__name__")); n != nil {
		if ns, ok := n.(*py.Str); ok {
			s.name = ns.String()
		}
	}
	if err := s.registry.SetItem(th, py.ObjectType, fn); err != nil {
		return nil, err
	}
	if _, err := updateWrapper(th, s, fn, wrapperAssignments, wrapperUpdates); err != nil {
		return nil, err
	}
	return s, nil
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "functools", Body: func(th *py.Thread, m *py.Module) error {
		d := mu.New(m)
		d.Set("partial", PartialType)
		d.Set("cached_property", CachedPropertyType)
		d.Set("WRAPPER_ASSIGNMENTS", strTuple(wrapperAssignments))
		d.Set("WRAPPER_UPDATES", strTuple(wrapperUpdates))
		d.Set("update_wrapper", updateWrapperObj)
		d.Func("reduce", reduce)
		d.Func("lru_cache", lruCache)
		d.Func("cache", cacheFn)
		d.Func("wraps", wraps)
		d.Func("total_ordering", totalOrdering)
		d.Func("cmp_to_key", cmpToKey)
		d.Func("singledispatch", singledispatch)
		d.Set("_lru_cache_wrapper", LRUWrapperType)
		return nil
	}})
}
