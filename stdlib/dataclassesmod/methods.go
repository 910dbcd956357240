package dataclassesmod

import (
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// setRaw stores an attribute bypassing a frozen class's __setattr__
// (object.__setattr__).
func setRaw(th *py.Thread, self py.Object, name *py.Str, v py.Object) error {
	if in, ok := self.(*py.Instance); ok && in.Dict != nil {
		in.Dict.SetStr(name, v)
		return nil
	}
	return py.SetAttr(th, self, name, v)
}

func makeInit(th *py.Thread, cls *py.Type, all []*field, frozen bool) (*py.Function, error) {
	var pos, kw []*field
	for _, f := range all {
		if f.kind == kindClassVar || !f.init {
			continue
		}
		if f.kwOnly {
			kw = append(kw, f)
		} else {
			pos = append(pos, f)
		}
	}
	sig := &py.Signature{Names: []string{"self"}, NPos: 1 + len(pos), NKwOnly: len(kw)}
	seenDefault := false
	for _, f := range pos {
		sig.Names = append(sig.Names, f.name)
		switch {
		case f.dflt != missing:
			sig.Defaults = append(sig.Defaults, f.dflt)
			seenDefault = true
		case f.factory != missing:
			sig.Defaults = append(sig.Defaults, factoryMarker)
			seenDefault = true
		case seenDefault:
			return nil, py.NewError(py.TypeErrorType, "non-default argument '%s' follows default argument", f.name)
		}
	}
	for _, f := range kw {
		sig.Names = append(sig.Names, f.name)
		switch {
		case f.dflt != missing:
			sig.KwDefaults = append(sig.KwDefaults, f.dflt)
		case f.factory != missing:
			sig.KwDefaults = append(sig.KwDefaults, factoryMarker)
		default:
			sig.KwDefaults = append(sig.KwDefaults, nil)
		}
	}
	params := append(append([]*field(nil), pos...), kw...)
	names := make(map[*field]*py.Str)
	for _, f := range all {
		names[f] = py.NewStr(f.name)
	}
	postInit := py.Intern("__post_init__")
	body := func(th *py.Thread, a []py.Object) (py.Object, error) {
		self := a[0]
		set := func(f *field, v py.Object) error {
			if frozen {
				return setRaw(th, self, names[f], v)
			}
			return py.SetAttr(th, self, names[f], v)
		}
		var initVars []py.Object
		vals := map[*field]py.Object{}
		for i, f := range params {
			v := a[i+1]
			if v == factoryMarker {
				var err error
				if v, err = py.Call0(th, f.factory); err != nil {
					return nil, err
				}
			}
			vals[f] = v
		}
		for _, f := range all {
			switch f.kind {
			case kindClassVar:
				continue
			case kindInitVar:
				if v, ok := vals[f]; ok {
					initVars = append(initVars, v)
				} else if f.dflt != missing {
					initVars = append(initVars, f.dflt)
				}
				continue
			}
			v, ok := vals[f]
			if !ok {
				// init=False
				switch {
				case f.factory != missing:
					var err error
					if v, err = py.Call0(th, f.factory); err != nil {
						return nil, err
					}
				case f.dflt != missing:
					v = f.dflt
				default:
					continue
				}
			}
			if err := set(f, v); err != nil {
				return nil, err
			}
		}
		if pi := self.Type().Lookup(postInit); pi != nil {
			m, err := py.GetAttr(th, self, postInit)
			if err != nil {
				return nil, err
			}
			if _, err := py.Call(th, m, initVars, nil); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}
	return py.NewFunction(&py.Function{Name: "__init__", QualName: cls.QualName + ".__init__", Sig: sig, Body: body}), nil
}

func fieldValues(th *py.Thread, self py.Object, fs []*field) ([]py.Object, error) {
	out := make([]py.Object, len(fs))
	for i, f := range fs {
		v, err := py.GetAttr(th, self, py.Intern(f.name))
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func makeRepr(fs []*field) *py.Function {
	return py.NewFunction(&py.Function{Name: "__repr__", Sig: &py.Signature{Names: []string{"self"}, NPos: 1},
		Body: func(th *py.Thread, a []py.Object) (py.Object, error) {
			self := a[0]
			if !pyutil.ReprEnter(th, self) {
				return py.NewStr("..."), nil
			}
			defer pyutil.ReprLeave(th, self)
			var b strings.Builder
			b.WriteString(self.Type().QualName + "(")
			for i, f := range fs {
				if i > 0 {
					b.WriteString(", ")
				}
				v, err := py.GetAttr(th, self, py.Intern(f.name))
				if err != nil {
					return nil, err
				}
				s, err := pyutil.ReprStr(th, v)
				if err != nil {
					return nil, err
				}
				b.WriteString(f.name + "=" + s)
			}
			b.WriteString(")")
			return py.NewStr(b.String()), nil
		}})
}

func makeCompare(cls *py.Type, name string, fs []*field, op py.CompareOp) *py.Function {
	return py.NewFunction(&py.Function{Name: name, Sig: &py.Signature{Names: []string{"self", "other"}, NPos: 2},
		Body: func(th *py.Thread, a []py.Object) (py.Object, error) {
			if a[1].Type() != a[0].Type() {
				return py.NotImplemented, nil
			}
			x, err := fieldValues(th, a[0], fs)
			if err != nil {
				return nil, err
			}
			y, err := fieldValues(th, a[1], fs)
			if err != nil {
				return nil, err
			}
			return py.Compare(th, op, py.NewTuple(x), py.NewTuple(y))
		}})
}

func makeHash(fs []*field) *py.Function {
	return py.NewFunction(&py.Function{Name: "__hash__", Sig: &py.Signature{Names: []string{"self"}, NPos: 1},
		Body: func(th *py.Thread, a []py.Object) (py.Object, error) {
			x, err := fieldValues(th, a[0], fs)
			if err != nil {
				return nil, err
			}
			h, err := py.Hash(th, py.NewTuple(x))
			if err != nil {
				return nil, err
			}
			return py.Int(h), nil
		}})
}

func setFrozen(th *py.Thread, cls *py.Type, all []*field) error {
	names := map[string]bool{}
	for _, f := range all {
		names[f.name] = true
	}
	raise := func(self py.Object, name py.Object, what string) error {
		s, _ := pyutil.StrStr(th, name)
		fieldish := names[s]
		if self.Type() == cls || fieldish {
			r, _ := pyutil.ReprStr(th, name)
			e, err := py.Call1(th, frozenErrType, py.NewStr(what+" field "+r))
			if err != nil {
				return err
			}
			return py.Raise(th, e, nil)
		}
		return nil
	}
	setattr := py.NewFunction(&py.Function{Name: "__setattr__", Sig: &py.Signature{Names: []string{"self", "name", "value"}, NPos: 3},
		Body: func(th *py.Thread, a []py.Object) (py.Object, error) {
			if err := raise(a[0], a[1], "cannot assign to"); err != nil {
				return nil, err
			}
			s, _ := py.Unwrap(a[1]).(*py.Str)
			return py.None, py.GenericSetAttr(th, a[0], s, a[2])
		}})
	delattr := py.NewFunction(&py.Function{Name: "__delattr__", Sig: &py.Signature{Names: []string{"self", "name"}, NPos: 2},
		Body: func(th *py.Thread, a []py.Object) (py.Object, error) {
			if err := raise(a[0], a[1], "cannot delete"); err != nil {
				return nil, err
			}
			s, _ := py.Unwrap(a[1]).(*py.Str)
			return py.None, py.GenericSetAttr(th, a[0], s, nil)
		}})
	if err := setMethod(th, cls, "__setattr__", setattr); err != nil {
		return err
	}
	return setMethod(th, cls, "__delattr__", delattr)
}

// isDataclassInstance reports whether o is an instance (not a class) of a dataclass.
func isDataclassInstance(th *py.Thread, o py.Object) bool {
	if _, ok := o.(*py.Type); ok {
		return false
	}
	return o.Type().Lookup(strFields) != nil
}

// convert is asdict/astuple's recursive copy.
func convert(th *py.Thread, o py.Object, asTuple bool, factory py.Object) (py.Object, error) {
	if isDataclassInstance(th, o) {
		fs, _ := classFields(th, o)
		var keys, vals []py.Object
		for _, f := range fs {
			if f.kind != kindField {
				continue
			}
			v, err := py.GetAttr(th, o, py.Intern(f.name))
			if err != nil {
				return nil, err
			}
			cv, err := convert(th, v, asTuple, factory)
			if err != nil {
				return nil, err
			}
			keys, vals = append(keys, py.NewStr(f.name)), append(vals, cv)
		}
		if asTuple {
			return py.Call1(th, factory, py.NewList(vals))
		}
		pairs := make([]py.Object, len(keys))
		for i := range keys {
			pairs[i] = py.NewTuple([]py.Object{keys[i], vals[i]})
		}
		return py.Call1(th, factory, py.NewList(pairs))
	}
	switch v := py.Unwrap(o).(type) {
	case *py.Tuple:
		items := make([]py.Object, len(v.Items))
		for i, it := range v.Items {
			c, err := convert(th, it, asTuple, factory)
			if err != nil {
				return nil, err
			}
			items[i] = c
		}
		if o.Type() == py.TupleType {
			return py.NewTuple(items), nil
		}
		if f, _ := py.GetAttrOpt(th, o.Type(), py.Intern("_fields")); f != nil {
			return py.Call(th, o.Type(), items, nil)
		}
		return py.Call1(th, o.Type(), py.NewList(items))
	case *py.List:
		src := v.Items()
		items := make([]py.Object, len(src))
		for i, it := range src {
			c, err := convert(th, it, asTuple, factory)
			if err != nil {
				return nil, err
			}
			items[i] = c
		}
		if o.Type() == py.ListType {
			return py.NewList(items), nil
		}
		return py.Call1(th, o.Type(), py.NewList(items))
	case *py.Dict:
		keys, vals := v.Items()
		d := py.NewDict()
		for i, k := range keys {
			ck, err := convert(th, k, asTuple, factory)
			if err != nil {
				return nil, err
			}
			cv, err := convert(th, vals[i], asTuple, factory)
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(th, ck, cv); err != nil {
				return nil, err
			}
		}
		if o.Type() == py.DictType {
			return d, nil
		}
		return py.Call1(th, o.Type(), d)
	}
	if cp, err := py.ImportModule(th, "copy"); err == nil {
		if dc, err := py.GetAttrOpt(th, cp, py.Intern("deepcopy")); err == nil && dc != nil {
			return py.Call1(th, dc, o)
		}
	}
	return o, nil
}
