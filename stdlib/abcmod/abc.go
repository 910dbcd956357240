// Package abcmod provides Python's abc module for Pygo: ABCMeta, ABC,
// abstractmethod (and the deprecated abstractclassmethod,
// abstractstaticmethod, abstractproperty), get_cache_token and
// update_abstractmethods.
//
// ABCMeta is a metaclass (a subclass of type) whose methods are Go
// functions. Creating a class computes __abstractmethods__ as CPython's
// abc does; the runtime's object.__new__ then refuses to instantiate a
// class that still has abstract methods, with CPython's message
// "Can't instantiate abstract class X with abstract method y".
// isinstance/issubclass go through ABCMeta.__instancecheck__ and
// __subclasscheck__: __subclasshook__, then the MRO, then registered
// virtual subclasses, then subclasses, with positive and negative caches
// invalidated by register. The registry and caches live on the Go side
// (one record per ABC), not in _abc_* attributes.
package abcmod

import (
	"sync"
	"sync/atomic"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// abcState is the registry and caches of one ABC.
type abcState struct {
	mu       sync.Mutex
	registry []*py.Type
	cache    map[*py.Type]bool
	negative map[*py.Type]bool
	negVer   int64
}

var (
	states     sync.Map // *py.Type -> *abcState
	cacheToken atomic.Int64

	metaOnce sync.Once
	metaType *py.Type
	metaErr  error
	abcType  *py.Type
)

func stateOf(t *py.Type) *abcState {
	if s, ok := states.Load(t); ok {
		return s.(*abcState)
	}
	s, _ := states.LoadOrStore(t, &abcState{cache: map[*py.Type]bool{}, negative: map[*py.Type]bool{}})
	return s.(*abcState)
}

var (
	strIsAbstract = py.Intern("__isabstractmethod__")
	strAbstracts  = py.Intern("__abstractmethods__")
	strHook       = py.Intern("__subclasshook__")
)

func isAbstract(th *py.Thread, v py.Object) (bool, error) {
	a, err := py.GetAttrOpt(th, v, strIsAbstract)
	if err != nil || a == nil {
		return false, err
	}
	return py.Truth(th, a)
}

// UpdateAbstractMethods recomputes cls.__abstractmethods__.
func UpdateAbstractMethods(th *py.Thread, cls *py.Type) error {
	var names []py.Object
	seen := map[string]bool{}
	add := func(k *py.Str) {
		if !seen[k.String()] {
			seen[k.String()] = true
			names = append(names, k)
		}
	}
	keys, vals := cls.Dict.Items()
	for i, k := range keys {
		ks, ok := k.(*py.Str)
		if !ok {
			continue
		}
		ab, err := isAbstract(th, vals[i])
		if err != nil {
			return err
		}
		if ab {
			add(ks)
		}
	}
	for _, b := range cls.Bases {
		inherited, err := py.GetAttrOpt(th, b, strAbstracts)
		if err != nil || inherited == nil {
			continue
		}
		items, err := py.Collect(th, inherited)
		if err != nil {
			return err
		}
		for _, it := range items {
			ks, ok := it.(*py.Str)
			if !ok {
				continue
			}
			v, err := py.GetAttrOpt(th, cls, ks)
			if err != nil {
				return err
			}
			if v == nil {
				continue
			}
			ab, err := isAbstract(th, v)
			if err != nil {
				return err
			}
			if ab {
				add(ks)
			}
		}
	}
	fs, err := py.NewFrozenSet(th, py.NewTuple(names))
	if err != nil {
		return err
	}
	return py.SetAttr(th, cls, strAbstracts, fs)
}

func isClass(o py.Object) (*py.Type, bool) {
	t, ok := o.(*py.Type)
	return t, ok
}

// subclassCheck is ABCMeta.__subclasscheck__.
func subclassCheck(th *py.Thread, cls *py.Type, sub py.Object) (bool, error) {
	st, ok := isClass(sub)
	if !ok {
		return false, py.NewError(py.TypeErrorType, "issubclass() arg 1 must be a class")
	}
	s := stateOf(cls)
	tok := cacheToken.Load()
	s.mu.Lock()
	if s.cache[st] {
		s.mu.Unlock()
		return true, nil
	}
	if s.negVer < tok {
		s.negative = map[*py.Type]bool{}
		s.negVer = tok
	} else if s.negative[st] {
		s.mu.Unlock()
		return false, nil
	}
	reg := append([]*py.Type(nil), s.registry...)
	s.mu.Unlock()
	result := func(ok bool) (bool, error) {
		s.mu.Lock()
		if ok {
			s.cache[st] = true
		} else {
			s.negative[st] = true
		}
		s.mu.Unlock()
		return ok, nil
	}
	if hook, err := py.GetAttrOpt(th, cls, strHook); err != nil {
		return false, err
	} else if hook != nil {
		r, err := py.Call1(th, hook, st)
		if err != nil {
			return false, err
		}
		if r != py.NotImplemented {
			b, err := py.Truth(th, r)
			if err != nil {
				return false, err
			}
			return result(b)
		}
	}
	if st.IsSubtype(cls) {
		return result(true)
	}
	for _, r := range reg {
		ok, err := py.IsSubclass(th, st, r)
		if err != nil {
			return false, err
		}
		if ok {
			return result(true)
		}
	}
	subs, err := py.CallMethod0(th, cls, py.Intern("__subclasses__"))
	if err != nil {
		return false, err
	}
	items, err := py.Collect(th, subs)
	if err != nil {
		return false, err
	}
	for _, sc := range items {
		ok, err := py.IsSubclass(th, st, sc)
		if err != nil {
			return false, err
		}
		if ok {
			return result(true)
		}
	}
	return result(false)
}

// Register makes sub a virtual subclass of the ABC cls.
func Register(th *py.Thread, cls *py.Type, sub py.Object) (py.Object, error) {
	st, ok := isClass(sub)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "Can only register classes")
	}
	if ok, err := py.IsSubclass(th, st, cls); err != nil || ok {
		return sub, err
	}
	if ok, err := py.IsSubclass(th, cls, st); err != nil {
		return nil, err
	} else if ok {
		return nil, py.NewError(py.RuntimeErrorType, "Refusing to create an inheritance cycle")
	}
	s := stateOf(cls)
	s.mu.Lock()
	s.registry = append(s.registry, st)
	s.mu.Unlock()
	cacheToken.Add(1)
	return sub, nil
}

// Meta returns abc.ABCMeta, creating it on first use.
func Meta(th *py.Thread) (*py.Type, error) {
	metaOnce.Do(func() { metaType, abcType, metaErr = build(th) })
	return metaType, metaErr
}

// ABC returns abc.ABC.
func ABC(th *py.Thread) (*py.Type, error) {
	_, err := Meta(th)
	return abcType, err
}

// NewABC creates a class with metaclass ABCMeta from Go.
func NewABC(th *py.Thread, c *pyutil.Class, module string, bases ...py.Object) (*py.Type, error) {
	meta, err := Meta(th)
	if err != nil {
		return nil, err
	}
	return c.Build(th, meta, module, bases...)
}

func build(th *py.Thread) (*py.Type, *py.Type, error) {
	c := pyutil.NewClass("ABCMeta")
	c.Set("__doc__", py.NewStr("Metaclass for defining Abstract Base Classes (ABCs)."))
	c.MethodSig("__new__", &py.Signature{Names: []string{"mcls", "name", "bases", "namespace", "kwargs"}, NPos: 4, HasKwArgs: true},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			meta, ok := a[0].(*py.Type)
			if !ok {
				return nil, py.NewError(py.TypeErrorType, "ABCMeta.__new__(X): X is not a type object")
			}
			name, ok := py.Unwrap(a[1]).(*py.Str)
			if !ok {
				return nil, py.NewError(py.TypeErrorType, "type.__new__() argument 1 must be str, not %s", a[1].Type().Name)
			}
			bases, err := py.Collect(th, a[2])
			if err != nil {
				return nil, err
			}
			ns, ok := py.Unwrap(a[3]).(*py.Dict)
			if !ok {
				return nil, py.NewError(py.TypeErrorType, "type.__new__() argument 3 must be dict, not %s", a[3].Type().Name)
			}
			cls, err := py.TypeNew(th, meta, name.String(), bases, ns, pyutil.KwArgsOf(a[4].(*py.Dict)))
			if err != nil {
				return nil, err
			}
			if err := UpdateAbstractMethods(th, cls); err != nil {
				return nil, err
			}
			return cls, nil
		})
	c.Method("register", []string{"cls", "subclass"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return Register(th, a[0].(*py.Type), a[1])
	})
	c.Method("__instancecheck__", []string{"cls", "instance"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		cls := a[0].(*py.Type)
		t := a[1].Type()
		s := stateOf(cls)
		s.mu.Lock()
		hit := s.cache[t]
		s.mu.Unlock()
		if hit || t.IsSubtype(cls) {
			return py.True, nil
		}
		r, err := subclassCheck(th, cls, t)
		if err != nil {
			return nil, err
		}
		if !r {
			if k, err := py.GetAttrOpt(th, a[1], py.Intern("__class__")); err == nil && k != nil && k != py.Object(t) {
				if kt, ok := k.(*py.Type); ok {
					r, err = subclassCheck(th, cls, kt)
					if err != nil {
						return nil, err
					}
				}
			}
		}
		return py.Bool(r), nil
	})
	c.Method("__subclasscheck__", []string{"cls", "subclass"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		r, err := subclassCheck(th, a[0].(*py.Type), a[1])
		return py.Bool(r), err
	})
	c.Method("_abc_registry_clear", []string{"cls"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		s := stateOf(a[0].(*py.Type))
		s.mu.Lock()
		s.registry = nil
		s.mu.Unlock()
		return py.None, nil
	})
	c.Method("_abc_caches_clear", []string{"cls"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		s := stateOf(a[0].(*py.Type))
		s.mu.Lock()
		s.cache = map[*py.Type]bool{}
		s.negative = map[*py.Type]bool{}
		s.mu.Unlock()
		return py.None, nil
	})
	meta, err := c.Build(th, nil, "abc", py.TypeType)
	if err != nil {
		return nil, nil, err
	}
	ac := pyutil.NewClass("ABC")
	ac.Set("__doc__", py.NewStr("Helper class that provides a standard way to create an ABC using\ninheritance."))
	ac.Set("__slots__", py.NewTuple(nil))
	abc, err := ac.Build(th, meta, "abc", py.ObjectType)
	if err != nil {
		return nil, nil, err
	}
	if err := UpdateAbstractMethods(th, abc); err != nil {
		return nil, nil, err
	}
	return meta, abc, nil
}

func abstractMethod(th *py.Thread, f py.Object) (py.Object, error) {
	if err := py.SetAttr(th, f, strIsAbstract, py.True); err != nil {
		return nil, err
	}
	return f, nil
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "abc", Doc: "Abstract Base Classes (ABCs) according to PEP 3119.", Body: func(th *py.Thread, m *py.Module) error {
		meta, err := Meta(th)
		if err != nil {
			return err
		}
		set := func(n string, v py.Object) { m.Dict.SetStr(py.Intern(n), v) }
		set("ABCMeta", meta)
		set("ABC", abcType)
		fn := func(name string, f func(th *py.Thread, a []py.Object) (py.Object, error), params ...string) {
			set(name, pyutil.Func("abc", name, params, nil, f))
		}
		fn("abstractmethod", func(th *py.Thread, a []py.Object) (py.Object, error) {
			return abstractMethod(th, a[0])
		}, "funcobj")
		wrap := func(name string, ctor py.Object) {
			fn(name, func(th *py.Thread, a []py.Object) (py.Object, error) {
				if _, err := abstractMethod(th, a[0]); err != nil {
					return nil, err
				}
				return py.Call1(th, ctor, a[0])
			}, "callable")
		}
		wrap("abstractclassmethod", py.ClassMethodType)
		wrap("abstractstaticmethod", py.StaticMethodType)
		fn("abstractproperty", func(th *py.Thread, a []py.Object) (py.Object, error) {
			if _, err := abstractMethod(th, a[0]); err != nil {
				return nil, err
			}
			return py.Call1(th, py.PropertyType, a[0])
		}, "fget")
		fn("get_cache_token", func(th *py.Thread, a []py.Object) (py.Object, error) {
			return py.Int(cacheToken.Load()), nil
		})
		fn("update_abstractmethods", func(th *py.Thread, a []py.Object) (py.Object, error) {
			t, ok := a[0].(*py.Type)
			if !ok {
				return a[0], nil
			}
			if t.Dict.GetStr(strAbstracts) == nil && t.Lookup(strAbstracts) == nil {
				return a[0], nil
			}
			return a[0], UpdateAbstractMethods(th, t)
		}, "cls")
		return nil
	}})
}
