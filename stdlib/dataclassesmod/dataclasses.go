// Package dataclassesmod provides Python's dataclasses module for Pygo.
//
// CPython generates the source of __init__, __repr__, __eq__, ... and
// exec()s it; Pygo has no exec, so the methods are Go functions closed
// over the list of fields. __init__ gets a real signature (positional
// and keyword-only parameters with their defaults), so argument errors
// read exactly like CPython's ("Point.__init__() missing 1 required
// positional argument: 'y'").
//
// Supported: field() with every option, dataclass() with init, repr, eq,
// order, unsafe_hash, frozen, match_args, kw_only (and KW_ONLY), ClassVar
// and InitVar pseudo-fields, __post_init__, inheritance, fields, asdict,
// astuple, replace, is_dataclass, make_dataclass. Not supported:
// slots=True and weakref_slot=True (a TypeError says so).
package dataclassesmod

import (
	"strings"
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

var (
	once          sync.Once
	onceErr       error
	fieldType     *py.Type
	frozenErrType *py.Type
	initVarType   *py.Type
	missing       py.Object
	kwOnlyMarker  py.Object
	factoryMarker py.Object
)

// sentinel is a named singleton (MISSING, KW_ONLY, _HAS_DEFAULT_FACTORY).
type sentinel struct {
	typ  *py.Type
	name string
}

var sentinelType = py.NewType("_MISSING_TYPE", "dataclasses", nil, 0)

func (s *sentinel) Type() *py.Type { return s.typ }

func init() {
	sentinelType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		return py.NewStr(o.(*sentinel).name), nil
	}
	missing = &sentinel{sentinelType, "<dataclasses._MISSING_TYPE object>"}
	kwOnlyMarker = &sentinel{sentinelType, "<dataclasses._KW_ONLY_TYPE object>"}
	factoryMarker = &sentinel{sentinelType, "<factory>"}
}

// Field kinds.
const (
	kindField = iota
	kindClassVar
	kindInitVar
)

// field is the Go view of a Field object's attributes.
type field struct {
	obj      py.Object
	name     string
	typ      py.Object
	dflt     py.Object // missing when absent
	factory  py.Object // missing when absent
	init     bool
	repr     bool
	hash     py.Object
	compare  bool
	kwOnly   bool
	kind     int
	kwOnlySt py.Object
}

func attr(th *py.Thread, o py.Object, name string) py.Object {
	v, err := py.GetAttrOpt(th, o, py.Intern(name))
	if err != nil || v == nil {
		return py.None
	}
	return v
}

func truthy(th *py.Thread, o py.Object) bool {
	b, _ := py.Truth(th, o)
	return b
}

func readField(th *py.Thread, f py.Object) *field {
	kind := kindField
	if k, ok := attr(th, f, "_field_type").(*py.Str); ok {
		switch k.String() {
		case "_FIELD_CLASSVAR":
			kind = kindClassVar
		case "_FIELD_INITVAR":
			kind = kindInitVar
		}
	}
	name := ""
	if s, ok := attr(th, f, "name").(*py.Str); ok {
		name = s.String()
	}
	return &field{obj: f, name: name, typ: attr(th, f, "type"), dflt: attr(th, f, "default"), factory: attr(th, f, "default_factory"),
		init: truthy(th, attr(th, f, "init")), repr: truthy(th, attr(th, f, "repr")), hash: attr(th, f, "hash"),
		compare: truthy(th, attr(th, f, "compare")), kwOnly: attr(th, f, "kw_only") == py.True, kind: kind, kwOnlySt: attr(th, f, "kw_only")}
}

func setAttrs(th *py.Thread, o py.Object, pairs ...any) error {
	for i := 0; i+1 < len(pairs); i += 2 {
		if err := py.SetAttr(th, o, py.Intern(pairs[i].(string)), pairs[i+1].(py.Object)); err != nil {
			return err
		}
	}
	return nil
}

var fieldParams = []string{"default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"}

// newField is dataclasses.field(...).
func newField(th *py.Thread, a []py.Object) (py.Object, error) {
	if a[0] != missing && a[1] != missing {
		return nil, py.NewError(py.ValueErrorType, "cannot specify both default and default_factory")
	}
	f, err := py.Call0(th, fieldType)
	if err != nil {
		return nil, err
	}
	md := a[6]
	if md == py.None {
		md = py.NewMappingProxy(py.NewDict())
	} else if d, ok := py.Unwrap(md).(*py.Dict); ok {
		md = py.NewMappingProxy(d)
	}
	err = setAttrs(th, f, "name", py.None, "type", py.None, "default", a[0], "default_factory", a[1], "init", a[2], "repr", a[3],
		"hash", a[4], "compare", a[5], "metadata", md, "kw_only", a[7], "_field_type", py.None)
	return f, err
}

func fieldRepr(th *py.Thread, f py.Object) (string, error) {
	var b strings.Builder
	b.WriteString("Field(")
	for i, n := range []string{"name", "type", "default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only", "_field_type"} {
		if i > 0 {
			b.WriteString(",")
		}
		s, err := pyutil.ReprStr(th, attr(th, f, n))
		if err != nil {
			return "", err
		}
		if n == "_field_type" {
			n = "_field_type"
			if s == "None" {
				s = "None"
			} else {
				s = strings.Trim(s, "'")
			}
		}
		b.WriteString(n + "=" + s)
	}
	b.WriteString(")")
	return b.String(), nil
}

func buildTypes(th *py.Thread) error {
	c := pyutil.NewClass("Field")
	c.Set("__doc__", py.NewStr("Represents a field in a dataclass."))
	c.Method("__repr__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		s, err := fieldRepr(th, a[0])
		return py.NewStr(s), err
	})
	c.Method("__set_name__", []string{"self", "owner", "name"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		d := attr(th, a[0], "default")
		if sn, err := py.GetAttrOpt(th, d.Type(), py.Intern("__set_name__")); err == nil && sn != nil && d != missing {
			m, err := py.GetAttr(th, d, py.Intern("__set_name__"))
			if err != nil {
				return nil, err
			}
			return py.Call(th, m, []py.Object{a[1], a[2]}, nil)
		}
		return py.None, nil
	})
	var err error
	if fieldType, err = c.Build(th, nil, "dataclasses", py.ObjectType); err != nil {
		return err
	}
	fc := pyutil.NewClass("FrozenInstanceError")
	if frozenErrType, err = fc.Build(th, nil, "dataclasses", py.AttributeErrorType); err != nil {
		return err
	}
	ic := pyutil.NewClass("InitVar")
	ic.Set("__slots__", py.NewTuple([]py.Object{py.NewStr("type")}))
	ic.Method("__init__", []string{"self", "type"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return py.None, setAttrs(th, a[0], "type", a[1])
	})
	ic.Method("__repr__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		t := attr(th, a[0], "type")
		var s string
		if tt, ok := t.(*py.Type); ok {
			s = tt.Name
		} else {
			s, _ = pyutil.ReprStr(th, t)
		}
		return py.NewStr("dataclasses.InitVar[" + s + "]"), nil
	})
	ic.ClassMethod("__class_getitem__", func(th *py.Thread, cls py.Object, args []py.Object, kw *py.Dict) (py.Object, error) {
		return py.Call1(th, cls, args[0])
	})
	initVarType, err = ic.Build(th, nil, "dataclasses", py.ObjectType)
	return err
}

func ensure(th *py.Thread) error {
	once.Do(func() { onceErr = buildTypes(th) })
	return onceErr
}

// annotationKind classifies an annotation: ClassVar, InitVar or a field.
func annotationKind(th *py.Thread, ann py.Object) int {
	if s, ok := ann.(*py.Str); ok {
		t := strings.TrimSpace(s.String())
		for _, p := range []string{"ClassVar", "typing.ClassVar", "t.ClassVar"} {
			if t == p || strings.HasPrefix(t, p+"[") {
				return kindClassVar
			}
		}
		if strings.HasPrefix(t, "InitVar") || strings.HasPrefix(t, "dataclasses.InitVar") {
			return kindInitVar
		}
		return kindField
	}
	if initVarType != nil {
		if ok, _ := py.IsInstance(th, ann, initVarType); ok || ann == py.Object(initVarType) {
			return kindInitVar
		}
	}
	r, err := pyutil.ReprStr(th, ann)
	if err == nil && (r == "typing.ClassVar" || strings.HasPrefix(r, "typing.ClassVar[")) {
		return kindClassVar
	}
	return kindField
}
