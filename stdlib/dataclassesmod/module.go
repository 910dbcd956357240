package dataclassesmod

import (
	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

var dataclassOptions = []string{"init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot"}

func parseOptions(th *py.Thread, a []py.Object) options {
	b := func(i int) bool { return truthy(th, a[i]) }
	return options{init: b(0), repr: b(1), eq: b(2), order: b(3), unsafeHash: b(4), frozen: b(5), matchArgs: b(6), kwOnly: b(7), slots: b(8) || b(9)}
}

func dataclassFn() *py.Function {
	defaults := []py.Object{py.True, py.True, py.True, py.False, py.False, py.False, py.True, py.False, py.False, py.False}
	sig := &py.Signature{Names: append([]string{"cls"}, dataclassOptions...), NPos: 1, NPosOnly: 1, NKwOnly: len(dataclassOptions),
		Defaults: []py.Object{py.None}, KwDefaults: defaults}
	f := py.NewFunction(&py.Function{Name: "dataclass", Module: "dataclasses", Sig: sig,
		Body: func(th *py.Thread, a []py.Object) (py.Object, error) {
			if err := ensure(th); err != nil {
				return nil, err
			}
			o := parseOptions(th, a[1:])
			wrap := func(c py.Object) (py.Object, error) {
				cls, ok := c.(*py.Type)
				if !ok {
					return nil, py.NewError(py.TypeErrorType, "dataclass() should be called on a class, not %s", c.Type().Name)
				}
				return process(th, cls, o)
			}
			if a[0] == py.None {
				return pyutil.Func("dataclasses", "wrap", []string{"cls"}, nil, func(th *py.Thread, b []py.Object) (py.Object, error) {
					return wrap(b[0])
				}), nil
			}
			return wrap(a[0])
		}})
	return f
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "dataclasses", Body: func(th *py.Thread, m *py.Module) error {
		if err := ensure(th); err != nil {
			return err
		}
		set := func(n string, v py.Object) { m.Dict.SetStr(py.Intern(n), v) }
		fn := func(name string, sig *py.Signature, body func(th *py.Thread, a []py.Object) (py.Object, error)) {
			set(name, py.NewFunction(&py.Function{Name: name, Module: "dataclasses", Sig: sig, Body: body}))
		}
		set("dataclass", dataclassFn())
		set("Field", fieldType)
		set("FrozenInstanceError", frozenErrType)
		set("InitVar", initVarType)
		set("MISSING", missing)
		set("KW_ONLY", kwOnlyMarker)
		fn("field", &py.Signature{Names: fieldParams, NKwOnly: len(fieldParams),
			KwDefaults: []py.Object{missing, missing, py.True, py.True, py.None, py.True, py.None, missing}},
			func(th *py.Thread, a []py.Object) (py.Object, error) { return newField(th, a) })
		fn("fields", &py.Signature{Names: []string{"class_or_instance"}, NPos: 1}, func(th *py.Thread, a []py.Object) (py.Object, error) {
			fs, ok := classFields(th, a[0])
			if !ok {
				return nil, py.NewError(py.TypeErrorType, "must be called with a dataclass type or instance")
			}
			var out []py.Object
			for _, f := range fs {
				if f.kind == kindField {
					out = append(out, f.obj)
				}
			}
			return py.NewTuple(out), nil
		})
		fn("is_dataclass", &py.Signature{Names: []string{"obj"}, NPos: 1}, func(th *py.Thread, a []py.Object) (py.Object, error) {
			t, ok := a[0].(*py.Type)
			if !ok {
				t = a[0].Type()
			}
			return py.Bool(t.Lookup(strFields) != nil), nil
		})
		conv := func(name string, tuple bool, dflt py.Object) {
			fn(name, &py.Signature{Names: []string{"obj", name[2:] + "_factory"}, NPos: 1, NKwOnly: 1, KwDefaults: []py.Object{dflt}},
				func(th *py.Thread, a []py.Object) (py.Object, error) {
					if !isDataclassInstance(th, a[0]) {
						return nil, py.NewError(py.TypeErrorType, "%s() should be called on dataclass instances", name)
					}
					return convert(th, a[0], tuple, a[1])
				})
		}
		conv("asdict", false, py.DictType)
		conv("astuple", true, py.TupleType)
		fn("replace", &py.Signature{Names: []string{"obj", "changes"}, NPos: 1, NPosOnly: 1, HasKwArgs: true}, func(th *py.Thread, a []py.Object) (py.Object, error) {
			if !isDataclassInstance(th, a[0]) {
				return nil, py.NewError(py.TypeErrorType, "replace() should be called on dataclass instances")
			}
			changes := a[1].(*py.Dict)
			fs, _ := classFields(th, a[0])
			for _, f := range fs {
				if f.kind == kindClassVar {
					continue
				}
				k := py.NewStr(f.name)
				if !f.init {
					if changes.GetStr(k) != nil {
						return nil, py.NewError(py.ValueErrorType, "field %s is declared with init=False, it cannot be specified with replace()", f.name)
					}
					continue
				}
				if changes.GetStr(k) == nil {
					if f.kind == kindInitVar && f.dflt == missing {
						return nil, py.NewError(py.ValueErrorType, "InitVar '%s' must be specified with replace()", f.name)
					}
					if f.kind == kindInitVar {
						continue
					}
					v, err := py.GetAttr(th, a[0], k)
					if err != nil {
						return nil, err
					}
					changes.SetStr(k, v)
				}
			}
			return py.CallKw(th, a[0].Type(), nil, changes)
		})
		fn("make_dataclass", &py.Signature{Names: []string{"cls_name", "fields", "bases", "namespace"}, NPos: 2, NKwOnly: 2,
			KwDefaults: []py.Object{py.NewTuple(nil), py.None}, HasKwArgs: true},
			func(th *py.Thread, a []py.Object) (py.Object, error) {
				ns := py.NewDict()
				if a[3] != py.None {
					if d, ok := py.Unwrap(a[3]).(*py.Dict); ok {
						ns = d.Copy()
					}
				}
				ann := py.NewDict()
				items, err := py.Collect(th, a[1])
				if err != nil {
					return nil, err
				}
				for _, it := range items {
					if s, ok := py.Unwrap(it).(*py.Str); ok {
						ann.SetStr(s, py.NewStr("typing.Any"))
						continue
					}
					parts, err := py.Collect(th, it)
					if err != nil {
						return nil, err
					}
					if len(parts) < 2 || len(parts) > 3 {
						return nil, py.NewError(py.TypeErrorType, "Invalid field: %v", it)
					}
					name := parts[0].(*py.Str)
					ann.SetStr(name, parts[1])
					if len(parts) == 3 {
						ns.SetStr(name, parts[2])
					}
				}
				ns.SetStr(py.Intern("__annotations__"), ann)
				bases, err := py.Collect(th, a[2])
				if err != nil {
					return nil, err
				}
				name, _ := pyutil.StrStr(th, a[0])
				ns.SetStr(py.Intern("__module__"), py.NewStr("types"))
				cls, err := py.TypeNew(th, py.TypeType, name, bases, ns, nil)
				if err != nil {
					return nil, err
				}
				kw := a[4].(*py.Dict)
				opts := make([]py.Object, len(dataclassOptions))
				defaults := []py.Object{py.True, py.True, py.True, py.False, py.False, py.False, py.True, py.False, py.False, py.False}
				for i, n := range dataclassOptions {
					opts[i] = defaults[i]
					if v := kw.GetStr(py.NewStr(n)); v != nil {
						opts[i] = v
					}
				}
				return process(th, cls, parseOptions(th, opts))
			})
		set("__all__", pyutil.StrListObj("dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING",
			"fields", "asdict", "astuple", "make_dataclass", "replace", "is_dataclass"))
		return nil
	}})
}
