// Package collectionsmod provides Python's collections and
// collections.abc modules for Pygo.
//
// Go-native: deque (a mutex-guarded ring buffer, every operation atomic),
// and defaultdict, OrderedDict, Counter and namedtuple classes, which are
// created when collections is first imported as ordinary (heap) classes
// whose methods are Go functions: their instances are real dicts and
// tuples, so Python code can subclass them and every dict/tuple operation
// applies. namedtuple builds its class without exec: __new__ is a Go
// function with a real signature and the fields are tuplegetter
// descriptors.
//
// Written in Python and compiled to Go by pygoc (py/*.py, regenerated
// with go generate, see gen.go): collections.abc (the ABCs, with
// __subclasshook__ checks so that built-in types are recognised and the
// mixin methods for user subclasses) and ChainMap, UserDict, UserList,
// UserString.
//
// Known differences: OrderedDict is a dict subclass whose move_to_end
// and popitem(last=False) rebuild the dict (O(n)); its keys()/values()/
// items() are plain dict views (repr dict_keys, not odict_keys); the
// __module__ of a namedtuple class defaults to "__main__" (Pygo cannot
// inspect the caller's frame) unless module= is given.
package collectionsmod

import (
	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "collections", IsPkg: true,
		Doc:  "This module implements specialized container datatypes providing\nalternatives to Python's general purpose built-in containers, dict,\nlist, set, and tuple.",
		Body: collectionsBody})
}

func collectionsBody(th *py.Thread, m *py.Module) error {
	set := func(n string, v py.Object) { m.Dict.SetStr(py.Intern(n), v) }
	var err error
	if DefaultDictType == nil {
		if DefaultDictType, err = buildDefaultDict(th); err != nil {
			return err
		}
		if OrderedDictType, err = buildOrderedDict(th); err != nil {
			return err
		}
		if CounterType, err = buildCounter(th); err != nil {
			return err
		}
	}
	set("deque", DequeType)
	set("defaultdict", DefaultDictType)
	set("OrderedDict", OrderedDictType)
	set("Counter", CounterType)
	set("namedtuple", pyutil.Builtin("collections", "namedtuple", namedTuple))
	set("__all__", pyutil.StrListObj("ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString", "defaultdict", "deque", "namedtuple"))
	abcMod, err := py.ImportModule(th, "collections.abc")
	if err != nil {
		return err
	}
	set("abc", abcMod)
	extra, err := py.ImportModule(th, "_pygo_collections")
	if err != nil {
		return err
	}
	for _, n := range []string{"ChainMap", "UserDict", "UserList", "UserString"} {
		v, err := pyutil.Attr(th, extra, n)
		if err != nil {
			return err
		}
		if t, ok := v.(*py.Type); ok {
			t.Module = "collections"
			t.Dict.SetStr(py.Intern("__module__"), py.NewStr("collections"))
		}
		set(n, v)
	}
	ms, err := pyutil.Attr(th, abcMod, "MutableSequence")
	if err != nil {
		return err
	}
	_, err = py.CallMethod1(th, ms, py.Intern("register"), DequeType)
	return err
}

// _pygo_abc_support gives the Python half of collections.abc the few
// facts only Go can see.
func init() {
	py.RegisterModule(&py.ModuleDef{Name: "_pygo_abc_support", Body: func(th *py.Thread, m *py.Module) error {
		m.Dict.SetStr(py.Intern("hashable_type"), pyutil.Func("_pygo_abc_support", "hashable_type", []string{"cls"}, nil,
			func(th *py.Thread, a []py.Object) (py.Object, error) {
				t, ok := a[0].(*py.Type)
				if !ok || t.Slots.Hash == nil {
					return py.False, nil
				}
				for _, b := range t.MRO {
					if b.Flags&py.FlagHeapType != 0 {
						continue
					}
					switch b {
					case py.ListType, py.DictType, py.SetType, py.ByteArrayType, DequeType:
						return py.False, nil
					}
				}
				return py.True, nil
			}))
		return nil
	}})
}
