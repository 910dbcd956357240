package py

// types.GenericAlias (list[int]), types.UnionType (int | None) and
// types.MappingProxyType (C.__dict__).

import "strings"

// Types of the objects in this file.
var (
	GenericAliasType = newBuiltinType("GenericAlias", ObjectType, 0)
	UnionTypeType    = newBuiltinType("UnionType", ObjectType, 0)
	MappingProxyType = newBuiltinType("mappingproxy", ObjectType, 0)
)

// GenericAlias is a parameterised generic such as list[int].
type GenericAlias struct {
	Origin Object
	Args   []Object
}

// Type returns GenericAliasType.
func (g *GenericAlias) Type() *Type { return GenericAliasType }

// UnionType is X | Y of types.
type UnionType struct {
	Args []Object
}

// Type returns UnionTypeType.
func (u *UnionType) Type() *Type { return UnionTypeType }

// MappingProxy is a read-only view of a dict.
type MappingProxy struct {
	D *Dict
}

// Type returns MappingProxyType.
func (m *MappingProxy) Type() *Type { return MappingProxyType }

// NewMappingProxy returns a read-only view of d.
func NewMappingProxy(d *Dict) *MappingProxy { return &MappingProxy{D: d} }

// NewGenericAlias returns origin[args].
func NewGenericAlias(origin, args Object) *GenericAlias {
	if t, ok := args.(*Tuple); ok {
		return &GenericAlias{Origin: origin, Args: t.Items}
	}
	return &GenericAlias{Origin: origin, Args: []Object{args}}
}

// typeReprForAlias is the repr used inside aliases: qualified class names
// without <class ...>.
func typeReprForAlias(th *Thread, o Object) (string, error) {
	switch v := o.(type) {
	case *Type:
		return dottedName(v.Module, v.QualName), nil
	case *EllipsisType:
		return "...", nil
	case *NoneType:
		return "None", nil
	}
	r, err := Repr(th, o)
	if err != nil {
		return "", err
	}
	return r.String(), nil
}

func isUnionable(o Object) bool {
	switch o.(type) {
	case *Type, *GenericAlias, *UnionType, *NoneType:
		return true
	}
	return false
}

// typeOr is X | Y for types.
func typeOr(th *Thread, a, b Object) (Object, error) {
	if !isUnionable(a) || !isUnionable(b) {
		return NotImplemented, nil
	}
	var args []Object
	add := func(o Object) {
		if o == None {
			o = NoneTypeType
		}
		if u, ok := o.(*UnionType); ok {
			for _, x := range u.Args {
				addUnique(&args, x)
			}
			return
		}
		addUnique(&args, o)
	}
	add(a)
	add(b)
	if len(args) == 1 {
		return args[0], nil
	}
	return &UnionType{Args: args}, nil
}

func addUnique(args *[]Object, o Object) {
	for _, x := range *args {
		if x == o {
			return
		}
	}
	*args = append(*args, o)
}

func init() {
	GenericAliasType.Module = "types"
	UnionTypeType.Module = "types"
	GenericAliasType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		g := o.(*GenericAlias)
		head, err := typeReprForAlias(th, g.Origin)
		if err != nil {
			return nil, err
		}
		parts := make([]string, len(g.Args))
		for i, a := range g.Args {
			if t, ok := a.(*Tuple); ok && len(t.Items) == 0 {
				parts[i] = "()"
				continue
			}
			if parts[i], err = typeReprForAlias(th, a); err != nil {
				return nil, err
			}
		}
		if len(parts) == 0 {
			parts = []string{"()"}
		}
		return NewStr(head + "[" + strings.Join(parts, ", ") + "]"), nil
	}
	GenericAliasType.Slots.Call = func(th *Thread, o Object, args []Object, kw *KwArgs) (Object, error) {
		return Call(th, o.(*GenericAlias).Origin, args, kw)
	}
	GenericAliasType.Slots.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*GenericAlias)
		y, ok := b.(*GenericAlias)
		if !ok || (op != OpEQ && op != OpNE) {
			return NotImplemented, nil
		}
		eq := x.Origin == y.Origin && len(x.Args) == len(y.Args)
		for i := 0; eq && i < len(x.Args); i++ {
			r, err := Equal(th, x.Args[i], y.Args[i])
			if err != nil {
				return nil, err
			}
			eq = r
		}
		return Bool(eq == (op == OpEQ)), nil
	}
	GenericAliasType.Slots.Hash = func(th *Thread, o Object) (int64, error) {
		g := o.(*GenericAlias)
		h := Id(g.Origin)
		for _, a := range g.Args {
			ah, err := Hash(th, a)
			if err != nil {
				return 0, err
			}
			h = h*1000003 ^ ah
		}
		return h, nil
	}
	GenericAliasType.Slots.Binary[OpOr] = typeOr
	GenericAliasType.Slots.RBinary[OpOr] = func(th *Thread, self, other Object) (Object, error) { return typeOr(th, other, self) }
	GenericAliasType.Slots.GetAttr = func(th *Thread, o Object, name *Str) (Object, error) {
		g := o.(*GenericAlias)
		switch name.String() {
		case "__origin__":
			return g.Origin, nil
		case "__args__":
			return NewTuple(append([]Object(nil), g.Args...)), nil
		case "__parameters__":
			return EmptyTuple, nil
		}
		if v, err := GenericGetAttr(th, o, name); v != nil || err != nil {
			return v, err
		}
		return getAttrOpt(th, g.Origin, name)
	}
	DefMethod(GenericAliasType, "__mro_entries__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return NewTuple([]Object{self.(*GenericAlias).Origin}), nil
	})
	GenericAliasType.Slots.GetItem = func(th *Thread, o, k Object) (Object, error) {
		return NewGenericAlias(o.(*GenericAlias).Origin, k), nil
	}

	UnionTypeType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		u := o.(*UnionType)
		parts := make([]string, len(u.Args))
		for i, a := range u.Args {
			if a == NoneTypeType {
				parts[i] = "None"
				continue
			}
			s, err := typeReprForAlias(th, a)
			if err != nil {
				return nil, err
			}
			parts[i] = s
		}
		return NewStr(strings.Join(parts, " | ")), nil
	}
	UnionTypeType.Slots.Binary[OpOr] = typeOr
	UnionTypeType.Slots.RBinary[OpOr] = func(th *Thread, self, other Object) (Object, error) { return typeOr(th, other, self) }
	UnionTypeType.Slots.GetAttr = func(th *Thread, o Object, name *Str) (Object, error) {
		if name.String() == "__args__" {
			return NewTuple(append([]Object(nil), o.(*UnionType).Args...)), nil
		}
		return GenericGetAttr(th, o, name)
	}
	UnionTypeType.Slots.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*UnionType)
		y, ok := b.(*UnionType)
		if !ok || (op != OpEQ && op != OpNE) {
			return NotImplemented, nil
		}
		eq := len(x.Args) == len(y.Args)
		for _, p := range x.Args {
			found := false
			for _, q := range y.Args {
				if p == q {
					found = true
				}
			}
			eq = eq && found
		}
		return Bool(eq == (op == OpEQ)), nil
	}
	UnionTypeType.Slots.Hash = func(th *Thread, o Object) (int64, error) {
		var h int64
		for _, a := range o.(*UnionType).Args {
			h ^= Id(a)
		}
		return h, nil
	}

	for _, t := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType} {
		DefClassMethod(t, "__class_getitem__", func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg(cls.Name+".__class_getitem__", args, kw); err != nil {
				return nil, err
			}
			return NewGenericAlias(cls, args[0]), nil
		})
	}
	m := &MappingProxyType.Slots
	m.GetItem = func(th *Thread, o, k Object) (Object, error) {
		v, err := o.(*MappingProxy).D.GetItem(th, k)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, NewException(KeyErrorType, k)
		}
		return v, nil
	}
	m.Len = func(th *Thread, o Object) (int, error) { return o.(*MappingProxy).D.Len(), nil }
	m.Iter = func(th *Thread, o Object) (Object, error) { return Iter(th, o.(*MappingProxy).D) }
	m.Contains = func(th *Thread, o, k Object) (bool, error) { return Contains(th, o.(*MappingProxy).D, k) }
	m.Repr = func(th *Thread, o Object) (Object, error) {
		r, err := Repr(th, o.(*MappingProxy).D)
		if err != nil {
			return nil, err
		}
		return NewStr("mappingproxy(" + r.String() + ")"), nil
	}
	for _, n := range []string{"keys", "values", "items", "get", "copy"} {
		name := Intern(n)
		DefMethod(MappingProxyType, n, func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			return CallMethod(th, self.(*MappingProxy).D, name, args, kw)
		})
	}
}
