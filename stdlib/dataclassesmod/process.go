package dataclassesmod

import (
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// options are the arguments of @dataclass.
type options struct {
	init, repr, eq, order, unsafeHash, frozen, matchArgs, kwOnly, slots bool
}

var (
	strFields = py.Intern("__dataclass_fields__")
	strParams = py.Intern("__dataclass_params__")
)

// classFields returns the fields recorded on a dataclass, in order.
func classFields(th *py.Thread, cls py.Object) ([]*field, bool) {
	v, err := py.GetAttrOpt(th, cls, strFields)
	if err != nil || v == nil {
		return nil, false
	}
	d, ok := py.Unwrap(v).(*py.Dict)
	if !ok {
		return nil, false
	}
	var out []*field
	for _, f := range d.Values() {
		out = append(out, readField(th, f))
	}
	return out, true
}

func hasOwn(cls *py.Type, name string) bool { return cls.Dict.GetStr(py.Intern(name)) != nil }

func setMethod(th *py.Thread, cls *py.Type, name string, f *py.Function) error {
	f.QualName = cls.QualName + "." + name
	f.Sig.Name = f.QualName
	f.Module = cls.Module
	return py.SetAttr(th, cls, py.Intern(name), f)
}

func process(th *py.Thread, cls *py.Type, o options) (py.Object, error) {
	if o.slots {
		return nil, py.NewError(py.TypeErrorType, "dataclass(slots=True) is not supported by Pygo")
	}
	if o.order && !o.eq {
		return nil, py.NewError(py.ValueErrorType, "eq must be true if order is true")
	}
	fields := py.NewDict()
	var all []*field
	// fields of base dataclasses, in reverse MRO order
	anyFrozenBase, hasDataclassBases := false, false
	for i := len(cls.MRO) - 1; i >= 1; i-- {
		b := cls.MRO[i]
		v := b.Dict.GetStr(strFields)
		if v == nil {
			continue
		}
		hasDataclassBases = true
		if p, ok := b.Dict.GetStr(strParams).(*py.Dict); ok && truthy(th, p.GetStr(py.Intern("frozen"))) {
			anyFrozenBase = true
		}
		if d, ok := v.(*py.Dict); ok {
			keys, vals := d.Items()
			for j, k := range keys {
				fields.SetItem(th, k, vals[j])
			}
		}
	}
	// own annotations
	var annKeys, annVals []py.Object
	if ann, ok := cls.Dict.GetStr(py.Intern("__annotations__")).(*py.Dict); ok {
		annKeys, annVals = ann.Items()
	}
	kwOnly := o.kwOnly
	kwOnlySeen := false
	for i, k := range annKeys {
		name, ok := k.(*py.Str)
		if !ok {
			continue
		}
		ann := annVals[i]
		if ann == kwOnlyMarker || (func() bool {
			s, ok := ann.(*py.Str)
			return ok && (s.String() == "KW_ONLY" || s.String() == "dataclasses.KW_ONLY")
		}()) {
			if kwOnlySeen {
				return nil, py.NewError(py.TypeErrorType, "'KW_ONLY' is KW_ONLY, but KW_ONLY has already been specified")
			}
			kwOnlySeen, kwOnly = true, true
			continue
		}
		dflt := cls.Dict.GetStr(name)
		var f py.Object
		if dflt != nil {
			if ok, _ := py.IsInstance(th, dflt, fieldType); ok {
				f = dflt
			}
		}
		if f == nil {
			d := missing
			if dflt != nil {
				d = dflt
			}
			var err error
			if f, err = newField(th, []py.Object{d, missing, py.True, py.True, py.None, py.True, py.None, missing}); err != nil {
				return nil, err
			}
		}
		kind := annotationKind(th, ann)
		ft := py.Object(py.None)
		switch kind {
		case kindClassVar:
			ft = py.NewStr("_FIELD_CLASSVAR")
		case kindInitVar:
			ft = py.NewStr("_FIELD_INITVAR")
		default:
			ft = py.NewStr("_FIELD")
		}
		if err := setAttrs(th, f, "name", name, "type", ann, "_field_type", ft); err != nil {
			return nil, err
		}
		if attr(th, f, "kw_only") == missing {
			if err := setAttrs(th, f, "kw_only", py.Bool(kwOnly)); err != nil {
				return nil, err
			}
		}
		fd := readField(th, f)
		if kind == kindClassVar && fd.factory != missing {
			return nil, py.NewError(py.TypeErrorType, "field %s cannot have a default factory", name.String())
		}
		if kind == kindField && fd.dflt != missing {
			if t := fd.dflt.Type(); t == py.ListType || t == py.DictType || t == py.SetType || t.Lookup(py.Intern("__hash__")) == py.None {
				r, _ := pyutil.ReprStr(th, t)
				return nil, py.NewError(py.ValueErrorType, "mutable default %s for field %s is not allowed: use default_factory", r, name.String())
			}
		}
		// the class attribute becomes the default value (or goes away)
		if dflt != nil {
			if ok, _ := py.IsInstance(th, dflt, fieldType); ok {
				if fd.dflt == missing {
					cls.Dict.DelStr(name)
					cls.Modified()
				} else if err := py.SetAttr(th, cls, name, fd.dflt); err != nil {
					return nil, err
				}
			}
		}
		if err := fields.SetItem(th, name, f); err != nil {
			return nil, err
		}
	}
	for _, v := range fields.Values() {
		all = append(all, readField(th, v))
	}
	// a Field left in the class without an annotation
	keys, vals := cls.Dict.Items()
	for i, k := range keys {
		if ok, _ := py.IsInstance(th, vals[i], fieldType); ok {
			if s, ok := k.(*py.Str); ok && fields.GetStr(s) == nil {
				return nil, py.NewError(py.TypeErrorType, "'%s' is a field but has no type annotation", s.String())
			}
		}
	}
	if hasDataclassBases {
		if anyFrozenBase && !o.frozen {
			return nil, py.NewError(py.TypeErrorType, "cannot inherit non-frozen dataclass from a frozen one")
		}
		if !anyFrozenBase && o.frozen {
			for i := len(cls.MRO) - 1; i >= 1; i-- {
				if cls.MRO[i].Dict.GetStr(strFields) != nil {
					return nil, py.NewError(py.TypeErrorType, "cannot inherit frozen dataclass from a non-frozen one")
				}
			}
		}
	}
	if err := py.SetAttr(th, cls, strFields, fields); err != nil {
		return nil, err
	}
	params, err := paramsObject(th, o)
	if err != nil {
		return nil, err
	}
	if err := py.SetAttr(th, cls, strParams, params); err != nil {
		return nil, err
	}
	classHash := cls.Dict.GetStr(py.Intern("__hash__"))
	hasExplicitHash := classHash != nil && classHash != py.None
	if o.init {
		f, err := makeInit(th, cls, all, o.frozen)
		if err != nil {
			return nil, err
		}
		if err := setMethod(th, cls, "__init__", f); err != nil {
			return nil, err
		}
	}
	var reprF, cmpF []*field
	for _, f := range all {
		if f.kind != kindField {
			continue
		}
		if f.repr {
			reprF = append(reprF, f)
		}
		if f.compare {
			cmpF = append(cmpF, f)
		}
	}
	if o.repr && !hasOwn(cls, "__repr__") {
		if err := setMethod(th, cls, "__repr__", makeRepr(reprF)); err != nil {
			return nil, err
		}
	}
	if o.eq && !hasOwn(cls, "__eq__") {
		if err := setMethod(th, cls, "__eq__", makeCompare(cls, "__eq__", cmpF, py.OpEQ)); err != nil {
			return nil, err
		}
	}
	if o.order {
		for _, c := range []struct {
			n  string
			op py.CompareOp
		}{{"__lt__", py.OpLT}, {"__le__", py.OpLE}, {"__gt__", py.OpGT}, {"__ge__", py.OpGE}} {
			if hasOwn(cls, c.n) {
				return nil, py.NewError(py.TypeErrorType, "Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering", c.n, cls.Name)
			}
			if err := setMethod(th, cls, c.n, makeCompare(cls, c.n, cmpF, c.op)); err != nil {
				return nil, err
			}
		}
	}
	if o.frozen {
		for _, n := range []string{"__setattr__", "__delattr__"} {
			if hasOwn(cls, n) {
				return nil, py.NewError(py.TypeErrorType, "Cannot overwrite attribute %s in class %s", n, cls.Name)
			}
		}
		if err := setFrozen(th, cls, all); err != nil {
			return nil, err
		}
	}
	// __hash__ (CPython's _hash_action table)
	var hashF []*field
	for _, f := range all {
		if f.kind != kindField {
			continue
		}
		if f.hash == py.None && f.compare || truthy(th, f.hash) {
			hashF = append(hashF, f)
		}
	}
	switch {
	case o.unsafeHash:
		if hasExplicitHash {
			return nil, py.NewError(py.TypeErrorType, "Cannot overwrite attribute __hash__ in class %s", cls.Name)
		}
		if err := setMethod(th, cls, "__hash__", makeHash(hashF)); err != nil {
			return nil, err
		}
	case o.eq && o.frozen && !hasExplicitHash:
		if err := setMethod(th, cls, "__hash__", makeHash(hashF)); err != nil {
			return nil, err
		}
	case o.eq && !o.frozen && !hasExplicitHash:
		if err := py.SetAttr(th, cls, py.Intern("__hash__"), py.None); err != nil {
			return nil, err
		}
	}
	if o.matchArgs && !hasOwn(cls, "__match_args__") {
		var names []py.Object
		for _, f := range all {
			if f.kind == kindField && f.init && !f.kwOnly {
				names = append(names, py.NewStr(f.name))
			}
		}
		if err := py.SetAttr(th, cls, py.Intern("__match_args__"), py.NewTuple(names)); err != nil {
			return nil, err
		}
	}
	if !hasOwn(cls, "__doc__") || cls.Dict.GetStr(py.Intern("__doc__")) == py.None {
		doc := cls.Name + "(" + signatureText(th, all) + ")"
		py.SetAttr(th, cls, py.Intern("__doc__"), py.NewStr(doc))
	}
	return cls, nil
}

func signatureText(th *py.Thread, all []*field) string {
	var parts []string
	for _, f := range all {
		if !f.init || f.kind == kindClassVar {
			continue
		}
		t := ""
		if tt, ok := f.typ.(*py.Type); ok {
			t = tt.Name
		} else if f.typ != py.None {
			t, _ = pyutil.ReprStr(th, f.typ)
			t = strings.Trim(t, "'")
		}
		s := f.name
		if t != "" {
			s += ": " + t
		}
		if f.dflt != missing {
			r, _ := pyutil.ReprStr(th, f.dflt)
			s += " = " + r
		} else if f.factory != missing {
			s += " = <factory>"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

func paramsObject(th *py.Thread, o options) (py.Object, error) {
	ns := py.NewDict()
	b := map[bool]py.Object{true: py.True, false: py.False}
	for _, kv := range []struct {
		n string
		v bool
	}{{"init", o.init}, {"repr", o.repr}, {"eq", o.eq}, {"order", o.order}, {"unsafe_hash", o.unsafeHash}, {"frozen", o.frozen}} {
		ns.SetStr(py.NewStr(kv.n), b[kv.v])
	}
	return ns, nil
}
