package py

// super(): zero-argument form (the compiler passes the __class__ cell's
// class and the first argument) and the explicit two-argument form.

// SuperObject is a super object: attribute lookup starts after Type_ in
// the MRO of ObjType.
type SuperObject struct {
	Type_   *Type  // the class whose MRO successor to start from (super's first argument)
	Obj     Object // the bound object or class (nil: unbound)
	ObjType *Type  // type(Obj), or Obj itself when Obj is a class
}

// Type returns SuperType.
func (s *SuperObject) Type() *Type { return SuperType }

// NewSuper is super(typ, obj).
func NewSuper(th *Thread, typ *Type, obj Object) (*SuperObject, error) {
	if obj == nil || obj == None {
		return &SuperObject{Type_: typ}, nil
	}
	ot, err := superCheck(th, typ, obj)
	if err != nil {
		return nil, err
	}
	return &SuperObject{Type_: typ, Obj: obj, ObjType: ot}, nil
}

// Super implements zero-argument super() inside a method: cls is the
// value of the method's __class__ cell (a *Type; nil if empty) and self its
// first argument (nil when the method has no arguments).
func Super(th *Thread, cls Object, self Object) (Object, error) {
	if c, ok := cls.(*Cell); ok {
		if c == nil || c.V == nil {
			return nil, NewError(RuntimeErrorType, "super(): empty __class__ cell")
		}
		cls = c.V
	}
	if cls == nil {
		return nil, NewError(RuntimeErrorType, "super(): __class__ cell not found")
	}
	t, ok := cls.(*Type)
	if !ok {
		return nil, NewError(RuntimeErrorType, "super(): __class__ is not a type (%s)", cls.Type().Name)
	}
	if t == nil {
		return nil, NewError(RuntimeErrorType, "super(): empty __class__ cell")
	}
	if self == nil {
		return nil, NewError(RuntimeErrorType, "super(): no arguments")
	}
	return NewSuper(th, t, self)
}

// superCheck returns the type whose MRO super searches.
func superCheck(th *Thread, typ *Type, obj Object) (*Type, error) {
	if t, ok := obj.(*Type); ok && t.IsSubtype(typ) {
		return t, nil
	}
	if obj.Type().IsSubtype(typ) {
		return obj.Type(), nil
	}
	if c, err := GetAttrOpt(th, obj, cnDnClass); err == nil {
		if ct, ok := c.(*Type); ok && ct != obj.Type() && ct.IsSubtype(typ) {
			return ct, nil
		}
	}
	return nil, NewError(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
}

func init() {
	SuperType.Slots.GetAttr = func(th *Thread, o Object, name *Str) (Object, error) {
		s := o.(*SuperObject)
		if s.ObjType != nil && name.String() != "__class__" {
			mro := s.ObjType.MRO
			i := 0
			for i < len(mro) && mro[i] != s.Type_ {
				i++
			}
			for i++; i < len(mro); i++ {
				if v := mro[i].Dict.GetStr(name); v != nil {
					if get := v.Type().Slots.DescrGet; get != nil {
						var obj Object = s.Obj
						if obj == s.ObjType {
							obj = nil
						}
						return get(th, v, obj, s.ObjType)
					}
					return v, nil
				}
			}
		}
		return GenericGetAttr(th, o, name)
	}
	SuperType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "super() takes no keyword arguments")
		}
		switch len(args) {
		case 0:
			return nil, NewError(RuntimeErrorType, "super(): no arguments")
		case 1, 2:
			t, ok := args[0].(*Type)
			if !ok {
				return nil, NewError(TypeErrorType, "super() argument 1 must be a type, not %s", args[0].Type().Name)
			}
			var obj Object
			if len(args) == 2 {
				obj = args[1]
			}
			return NewSuper(th, t, obj)
		}
		return nil, NewError(TypeErrorType, "super() takes at most 2 arguments (%d given)", len(args))
	}
	SuperType.Slots.Init = func(th *Thread, self Object, args []Object, kw *KwArgs) error { return nil }
	SuperType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		s := o.(*SuperObject)
		if s.ObjType == nil {
			return NewStr("<super: <class '" + s.Type_.Name + "'>, NULL>"), nil
		}
		return NewStr("<super: <class '" + s.Type_.Name + "'>, <" + s.ObjType.Name + " object>>"), nil
	}
	DefGetter(SuperType, "__thisclass__", func(th *Thread, self Object) (Object, error) { return self.(*SuperObject).Type_, nil })
	DefGetter(SuperType, "__self__", func(th *Thread, self Object) (Object, error) { return orNone(self.(*SuperObject).Obj), nil })
	DefGetter(SuperType, "__self_class__", func(th *Thread, self Object) (Object, error) {
		if t := self.(*SuperObject).ObjType; t != nil {
			return t, nil
		}
		return None, nil
	})
}
