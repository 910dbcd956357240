package py

// Dict views: d.keys(), d.values(), d.items(). They are live: they read
// the dict on every operation. Keys and items views support the set
// operators (returning sets) and set comparisons.

// DictView is a dict_keys, dict_values or dict_items object.
type DictView struct {
	d    *Dict
	kind dictIterKind
}

// The view types.
var (
	DictKeysType   = newBuiltinType("dict_keys", ObjectType, 0)
	DictValuesType = newBuiltinType("dict_values", ObjectType, 0)
	DictItemsType  = newBuiltinType("dict_items", ObjectType, 0)
)

// Type returns the view's type.
func (v *DictView) Type() *Type {
	return [...]*Type{DictKeysType, DictValuesType, DictItemsType}[v.kind]
}

// viewItems returns a snapshot of what the view holds.
func (v *DictView) viewItems() []Object {
	keys, values := v.d.Items()
	switch v.kind {
	case dictIterKeys:
		return keys
	case dictIterValues:
		return values
	}
	out := make([]Object, len(keys))
	for i, k := range keys {
		out[i] = NewTuple([]Object{k, values[i]})
	}
	return out
}

func (v *DictView) contains(th *Thread, x Object) (bool, error) {
	switch v.kind {
	case dictIterKeys:
		return v.d.Contains(th, x)
	case dictIterValues:
		return seqContains(th, v.viewItems(), x)
	}
	t, ok := x.(*Tuple)
	if !ok || len(t.Items) != 2 {
		return false, nil
	}
	val, err := v.d.Get(th, t.Items[0])
	if err != nil || val == nil {
		return false, err
	}
	if Is(val, t.Items[1]) {
		return true, nil
	}
	return CompareBool(th, OpEQ, val, t.Items[1])
}

// viewAsSet returns a set holding the items of a set-like operand (a set,
// frozenset, keys/items view) or of any iterable.
func viewOperandSet(th *Thread, o Object) (*Set, error) {
	if s, _, ok := asSet(o); ok {
		return s, nil
	}
	if v, ok := o.(*DictView); ok {
		return NewSetFromIter(th, NewList(v.viewItems()))
	}
	return NewSetFromIter(th, o)
}

func viewSetOp(op BinOp) func(th *Thread, a, b Object) (Object, error) {
	return func(th *Thread, a, b Object) (Object, error) {
		if b.Type().Slots.Iter == nil {
			return NotImplemented, nil
		}
		var left Object = a
		if v, ok := a.(*DictView); ok {
			left = NewList(v.viewItems())
		}
		s, err := NewSetFromIter(th, left)
		if err != nil {
			return nil, err
		}
		var other Object = b
		if v, ok := b.(*DictView); ok {
			other = NewList(v.viewItems())
		}
		switch op {
		case OpOr:
			return s, s.Update(th, other)
		case OpAnd:
			return setIntersectionUpdateRet(th, s, other)
		case OpSub:
			return s, setDifferenceUpdate(th, s, other)
		default:
			return s, setSymmetricDifferenceUpdate(th, s, other)
		}
	}
}

func setIntersectionUpdateRet(th *Thread, s *Set, other Object) (Object, error) {
	return s, setIntersectionUpdate(th, s, other)
}

// viewRSetOp handles `iterable op view` (reflected): the left operand is
// converted to a set first.
func viewRSetOp(op BinOp) func(th *Thread, self, other Object) (Object, error) {
	f := viewSetOp(op)
	return func(th *Thread, self, other Object) (Object, error) {
		if other.Type().Slots.Iter == nil {
			return NotImplemented, nil
		}
		return f(th, other, self)
	}
}

func viewCompare(th *Thread, a, b Object, op CompareOp) (Object, error) {
	_, _, bSet := asSet(b)
	bv, bIsView := b.(*DictView)
	if !bSet && !(bIsView && bv.kind != dictIterValues) {
		return NotImplemented, nil
	}
	x, err := viewOperandSet(th, a)
	if err != nil {
		return nil, err
	}
	y, err := viewOperandSet(th, b)
	if err != nil {
		return nil, err
	}
	return setCompare(th, x, y, op)
}

func init() {
	for _, t := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		s := &t.Slots
		s.Len = func(th *Thread, o Object) (int, error) { return o.(*DictView).d.Len(), nil }
		s.Iter = func(th *Thread, o Object) (Object, error) {
			v := o.(*DictView)
			return newDictIterator(v.d, v.kind, false), nil
		}
		s.Contains = func(th *Thread, o, x Object) (bool, error) { return o.(*DictView).contains(th, x) }
		s.Repr = func(th *Thread, o Object) (Object, error) {
			v := o.(*DictView)
			if !contReprEnter(th, o) {
				return NewStr("..."), nil
			}
			defer contReprLeave(th, o)
			buf, err := contReprItems(th, []byte(o.Type().Name+"(["), v.viewItems())
			if err != nil {
				return nil, err
			}
			return NewStr(string(append(buf, "])"...))), nil
		}
		DefMethod(t, "__reversed__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			v := self.(*DictView)
			return newDictIterator(v.d, v.kind, true), nil
		})
		DefGetter(t, "mapping", func(th *Thread, self Object) (Object, error) {
			return NewMappingProxy(self.(*DictView).d), nil
		})
	}
	for _, t := range []*Type{DictKeysType, DictItemsType} {
		s := &t.Slots
		s.Compare = viewCompare
		s.Hash = contUnhashable
		for _, op := range []BinOp{OpOr, OpAnd, OpSub, OpXor} {
			s.Binary[op] = viewSetOp(op)
			s.RBinary[op] = viewRSetOp(op)
		}
		DefMethod(t, "isdisjoint", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg(self.Type().Name+".isdisjoint", args, kw); err != nil {
				return nil, err
			}
			v := self.(*DictView)
			disjoint := true
			err := contIterate(th, args[0], func(k Object) (bool, error) {
				in, err := v.contains(th, k)
				if in {
					disjoint = false
				}
				return !in, err
			})
			return Bool(disjoint), err
		})
	}
}
