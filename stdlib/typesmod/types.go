// Package typesmod provides Python's types module for Pygo: the types of
// built-in objects (FunctionType, MethodType, ModuleType,
// MappingProxyType, GeneratorType, ...), SimpleNamespace, new_class,
// prepare_class, resolve_bases, coroutine and DynamicClassAttribute.
//
// CodeType and FrameType are not available (Pygo has no code or frame
// objects). MappingProxyType and ModuleType are made callable here when
// the runtime leaves their constructors unset.
package typesmod

import (
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// SimpleNamespaceType is types.SimpleNamespace.
var SimpleNamespaceType = py.NewType("SimpleNamespace", "types", nil, py.FlagBaseType|py.FlagHasDict)

func nsDict(o py.Object) *py.Dict {
	if in, ok := o.(*py.Instance); ok {
		return in.Dict
	}
	return nil
}

func init() {
	t := SimpleNamespaceType
	t.Doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)"
	t.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewInstance(cls), nil
	}
	t.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		if len(args) > 1 {
			return py.NewError(py.TypeErrorType, "SimpleNamespace expected at most 1 argument, got %d", len(args))
		}
		d := nsDict(self)
		if len(args) == 1 {
			if err := d.Update(th, args[0]); err != nil {
				return err
			}
		}
		for i := 0; i < kw.Len(); i++ {
			d.SetStr(kw.Names[i], kw.Values[i])
		}
		for _, k := range d.Keys() {
			if _, ok := k.(*py.Str); !ok {
				return py.NewError(py.TypeErrorType, "keywords must be strings")
			}
		}
		return nil
	}
	t.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		name := "namespace"
		if o.Type() != SimpleNamespaceType {
			name = o.Type().Name
		}
		if !pyutil.ReprEnter(th, o) {
			return py.NewStr(name + "(...)"), nil
		}
		defer pyutil.ReprLeave(th, o)
		keys, vals := nsDict(o).Items()
		parts := make([]string, 0, len(keys))
		for i, k := range keys {
			r, err := pyutil.ReprStr(th, vals[i])
			if err != nil {
				return nil, err
			}
			ks, _ := pyutil.StrStr(th, k)
			parts = append(parts, ks+"="+r)
		}
		return py.NewStr(name + "(" + strings.Join(parts, ", ") + ")"), nil
	}
	t.Slots.Compare = func(th *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
		if op != py.OpEQ && op != py.OpNE {
			return py.NotImplemented, nil
		}
		if !b.Type().IsSubtype(SimpleNamespaceType) {
			return py.NotImplemented, nil
		}
		return py.Compare(th, op, nsDict(a), nsDict(b))
	}
	py.DefGetter(t, "__dict__", func(th *py.Thread, self py.Object) (py.Object, error) { return nsDict(self), nil })
	py.DefMethod(t, "__reduce__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewTuple([]py.Object{self.Type(), py.NewTuple(nil), nsDict(self)}), nil
	})
	if py.MappingProxyType.Slots.New == nil {
		py.MappingProxyType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			a, err := py.ParseArgs("mappingproxy", args, kw, []string{"mapping"}, 1)
			if err != nil {
				return nil, err
			}
			d, ok := py.Unwrap(a[0]).(*py.Dict)
			if !ok {
				return nil, py.NewError(py.TypeErrorType, "mappingproxy() argument must be a mapping, not %s", a[0].Type().Name)
			}
			return py.NewMappingProxy(d), nil
		}
	}
	if py.MappingProxyType.Slots.Str == nil {
		// CPython: str(mappingproxy) is str() of the mapping.
		py.MappingProxyType.Slots.Str = func(th *py.Thread, o py.Object) (py.Object, error) {
			if mp, ok := o.(*py.MappingProxy); ok {
				return py.StrOf(th, mp.D)
			}
			return py.Repr(th, o)
		}
	}
	if py.ModuleType.Slots.New == nil {
		py.ModuleType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			a, err := py.ParseArgs("module", args, kw, []string{"name", "doc"}, 1)
			if err != nil {
				return nil, err
			}
			name, ok := py.Unwrap(a[0]).(*py.Str)
			if !ok {
				return nil, py.NewError(py.TypeErrorType, "module.__init__() argument 'name' must be str, not %s", a[0].Type().Name)
			}
			m := py.NewModule(name.String())
			if a[1] != nil {
				m.Dict.SetStr(py.Intern("__doc__"), a[1])
			}
			return m, nil
		}
	}
	py.RegisterModule(&py.ModuleDef{Name: "types", Doc: "Define names for built-in types that aren't directly accessible as a builtin.", Body: body})
}

func body(th *py.Thread, m *py.Module) error {
	set := func(n string, v py.Object) { m.Dict.SetStr(py.Intern(n), v) }
	for n, t := range map[string]*py.Type{
		"FunctionType": py.FunctionType, "LambdaType": py.FunctionType, "MethodType": py.MethodType,
		"BuiltinFunctionType": py.BuiltinFunctionType, "BuiltinMethodType": py.BuiltinFunctionType,
		"ModuleType": py.ModuleType, "MappingProxyType": py.MappingProxyType, "GeneratorType": py.GeneratorType,
		"CoroutineType": py.CoroutineType, "AsyncGeneratorType": py.AsyncGeneratorType, "CellType": py.CellType,
		"NoneType": py.NoneTypeType, "EllipsisType": py.EllipsisTypeType, "NotImplementedType": py.NotImplementedTypeType,
		"GenericAlias": py.GenericAliasType, "UnionType": py.UnionTypeType, "TracebackType": py.TracebackType,
		"MethodWrapperType": py.MethodWrapperType, "WrapperDescriptorType": py.WrapperDescriptorType,
		"MethodDescriptorType": py.MethodDescriptorType, "ClassMethodDescriptorType": py.ClassMethodDescriptorType,
		"GetSetDescriptorType": py.GetSetDescriptorType, "MemberDescriptorType": py.MemberDescriptorType,
		"SimpleNamespace": SimpleNamespaceType,
	} {
		set(n, t)
	}
	fn := func(name string, sig *py.Signature, b func(th *py.Thread, a []py.Object) (py.Object, error)) {
		set(name, py.NewFunction(&py.Function{Name: name, Module: "types", Sig: sig, Body: b}))
	}
	resolve := func(th *py.Thread, bases py.Object) ([]py.Object, error) {
		items, err := py.Collect(th, bases)
		if err != nil {
			return nil, err
		}
		var out []py.Object
		for _, b := range items {
			if _, ok := b.(*py.Type); ok {
				out = append(out, b)
				continue
			}
			me, err := py.GetAttrOpt(th, b, py.Intern("__mro_entries__"))
			if err != nil {
				return nil, err
			}
			if me == nil {
				out = append(out, b)
				continue
			}
			r, err := py.Call1(th, me, py.NewTuple(items))
			if err != nil {
				return nil, err
			}
			more, err := py.Collect(th, r)
			if err != nil {
				return nil, err
			}
			out = append(out, more...)
		}
		return out, nil
	}
	fn("resolve_bases", &py.Signature{Names: []string{"bases"}, NPos: 1}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		r, err := resolve(th, a[0])
		if err != nil {
			return nil, err
		}
		return py.NewTuple(r), nil
	})
	fn("new_class", &py.Signature{Names: []string{"name", "bases", "kwds", "exec_body"}, NPos: 4, Defaults: []py.Object{py.NewTuple(nil), py.None, py.None}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			name, err := pyutil.StrStr(th, a[0])
			if err != nil {
				return nil, err
			}
			bases, err := resolve(th, a[1])
			if err != nil {
				return nil, err
			}
			var kw *py.KwArgs
			if d, ok := py.Unwrap(a[2]).(*py.Dict); ok {
				kw = pyutil.KwArgsOf(d)
			}
			return py.MakeClass(th, name, name, "types", bases, kw, func(th *py.Thread, ns *py.Dict) error {
				if a[3] != py.None {
					_, err := py.Call1(th, a[3], ns)
					return err
				}
				return nil
			})
		})
	fn("prepare_class", &py.Signature{Names: []string{"name", "bases", "kwds"}, NPos: 3, Defaults: []py.Object{py.NewTuple(nil), py.None}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			meta := py.Object(py.TypeType)
			items, err := py.Collect(th, a[1])
			if err != nil {
				return nil, err
			}
			if len(items) > 0 {
				meta = items[0].Type()
			}
			return py.NewTuple([]py.Object{meta, py.NewDict(), py.NewDict()}), nil
		})
	fn("coroutine", &py.Signature{Names: []string{"func"}, NPos: 1}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return a[0], nil
	})
	set("DynamicClassAttribute", py.PropertyType)
	return nil
}
