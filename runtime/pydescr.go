package py

// staticmethod, classmethod and property.

// StaticMethod is staticmethod(f).
type StaticMethod struct {
	Func Object
	Dict *Dict
}

// Type returns StaticMethodType.
func (s *StaticMethod) Type() *Type { return StaticMethodType }

// InstanceDict implements DictHolder.
func (s *StaticMethod) InstanceDict(create bool) *Dict {
	if s.Dict == nil && create {
		s.Dict = NewDict()
	}
	return s.Dict
}

// ClassMethod is classmethod(f).
type ClassMethod struct {
	Func Object
	Dict *Dict
}

// Type returns ClassMethodType.
func (c *ClassMethod) Type() *Type { return ClassMethodType }

// InstanceDict implements DictHolder.
func (c *ClassMethod) InstanceDict(create bool) *Dict {
	if c.Dict == nil && create {
		c.Dict = NewDict()
	}
	return c.Dict
}

// Property is property(fget, fset, fdel, doc).
type Property struct {
	Get, Set, Del Object // nil when absent
	Doc           Object
	Name          Object // set by __set_name__
	typ           *Type  // for subclasses of property
}

// Type returns PropertyType (or the subclass).
func (p *Property) Type() *Type {
	if p.typ != nil {
		return p.typ
	}
	return PropertyType
}

func orNone(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

func noneToNil(o Object) Object {
	if o == None {
		return nil
	}
	return o
}

func init() {
	StaticMethodType.Slots.DescrGet = func(th *Thread, d, obj Object, owner *Type) (Object, error) {
		return d.(*StaticMethod).Func, nil
	}
	StaticMethodType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("staticmethod", args, nil, 1, 1); err != nil {
			return nil, err
		}
		return &StaticMethod{Func: args[0]}, nil
	}
	StaticMethodType.Slots.Init = func(th *Thread, self Object, args []Object, kw *KwArgs) error { return nil }
	StaticMethodType.Slots.Call = func(th *Thread, o Object, args []Object, kw *KwArgs) (Object, error) {
		return Call(th, o.(*StaticMethod).Func, args, kw)
	}
	StaticMethodType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		r, err := Repr(th, o.(*StaticMethod).Func)
		if err != nil {
			return nil, err
		}
		return NewStr("<staticmethod(" + r.String() + ")>"), nil
	}
	ClassMethodType.Slots.DescrGet = func(th *Thread, d, obj Object, owner *Type) (Object, error) {
		if owner == nil {
			owner = obj.Type()
		}
		f := d.(*ClassMethod).Func
		if get := f.Type().Slots.DescrGet; get != nil && f.Type() != FunctionType {
			if _, ok := f.(*BuiltinFunction); !ok {
				return get(th, f, owner, owner.Type())
			}
		}
		return &BoundMethod{Func: f, Self: owner}, nil
	}
	ClassMethodType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("classmethod", args, nil, 1, 1); err != nil {
			return nil, err
		}
		return &ClassMethod{Func: args[0]}, nil
	}
	ClassMethodType.Slots.Init = func(th *Thread, self Object, args []Object, kw *KwArgs) error { return nil }
	ClassMethodType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		r, err := Repr(th, o.(*ClassMethod).Func)
		if err != nil {
			return nil, err
		}
		return NewStr("<classmethod(" + r.String() + ")>"), nil
	}
	for _, t := range []*Type{StaticMethodType, ClassMethodType} {
		getFunc := func(self Object) Object {
			if s, ok := self.(*StaticMethod); ok {
				return s.Func
			}
			return self.(*ClassMethod).Func
		}
		DefGetter(t, "__func__", func(th *Thread, self Object) (Object, error) { return getFunc(self), nil })
		DefGetter(t, "__wrapped__", func(th *Thread, self Object) (Object, error) { return getFunc(self), nil })
		DefGetter(t, "__isabstractmethod__", func(th *Thread, self Object) (Object, error) {
			v, err := GetAttrOpt(th, getFunc(self), cnDnIsabstractmethod)
			if err != nil || v == nil {
				return False, err
			}
			return v, nil
		})
		DefGetSet(t, "__dict__", instanceDictGetter, instanceDictSetter2)
		for _, n := range []string{"__doc__", "__name__", "__qualname__"} {
			name := Intern(n)
			DefGetter(t, n, func(th *Thread, self Object) (Object, error) {
				v, err := GetAttrOpt(th, getFunc(self), name)
				if v == nil && err == nil {
					return None, nil
				}
				return v, err
			})
		}
	}

	p := &PropertyType.Slots
	p.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		pr := &Property{}
		if cls != PropertyType {
			pr.typ = cls
		}
		return pr, nil
	}
	p.Init = func(th *Thread, self Object, args []Object, kw *KwArgs) error {
		a, err := ParseArgs("property", args, kw, []string{"fget", "fset", "fdel", "doc"}, 0)
		if err != nil {
			return err
		}
		pr := self.(*Property)
		pr.Get, pr.Set, pr.Del, pr.Doc = noneToNil(a[0]), noneToNil(a[1]), noneToNil(a[2]), noneToNil(a[3])
		if pr.Doc == nil && pr.Get != nil {
			if d, err := GetAttrOpt(th, pr.Get, cnDnDoc); err == nil && d != nil && d != None {
				pr.Doc = d
			}
		}
		return nil
	}
	p.DescrGet = func(th *Thread, d, obj Object, owner *Type) (Object, error) {
		pr := d.(*Property)
		if obj == nil {
			return d, nil
		}
		if pr.Get == nil {
			return nil, propError(th, pr, obj, "getter")
		}
		return Call1(th, pr.Get, obj)
	}
	p.DescrSet = func(th *Thread, d, obj, v Object) error {
		pr := d.(*Property)
		if v == nil {
			if pr.Del == nil {
				return propError(th, pr, obj, "deleter")
			}
			_, err := Call1(th, pr.Del, obj)
			return err
		}
		if pr.Set == nil {
			return propError(th, pr, obj, "setter")
		}
		_, err := Call2(th, pr.Set, obj, v)
		return err
	}
	copyWith := func(which int) MethodFunc {
		return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg("property."+[]string{"getter", "setter", "deleter"}[which], args, kw); err != nil {
				return nil, err
			}
			pr := self.(*Property)
			n := &Property{Get: pr.Get, Set: pr.Set, Del: pr.Del, Doc: pr.Doc, Name: pr.Name, typ: pr.typ}
			switch which {
			case 0:
				n.Get = noneToNil(args[0])
			case 1:
				n.Set = noneToNil(args[0])
			case 2:
				n.Del = noneToNil(args[0])
			}
			return n, nil
		}
	}
	DefMethod(PropertyType, "getter", copyWith(0))
	DefMethod(PropertyType, "setter", copyWith(1))
	DefMethod(PropertyType, "deleter", copyWith(2))
	DefMethod(PropertyType, "__set_name__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if len(args) == 2 {
			self.(*Property).Name = args[1]
		}
		return None, nil
	})
	DefGetter(PropertyType, "fget", func(th *Thread, self Object) (Object, error) { return orNone(self.(*Property).Get), nil })
	DefGetter(PropertyType, "fset", func(th *Thread, self Object) (Object, error) { return orNone(self.(*Property).Set), nil })
	DefGetter(PropertyType, "fdel", func(th *Thread, self Object) (Object, error) { return orNone(self.(*Property).Del), nil })
	DefGetSet(PropertyType, "__doc__", func(th *Thread, self Object) (Object, error) { return orNone(self.(*Property).Doc), nil },
		func(th *Thread, self, v Object) error {
			self.(*Property).Doc = v
			return nil
		})
	DefGetter(PropertyType, "__isabstractmethod__", func(th *Thread, self Object) (Object, error) {
		pr := self.(*Property)
		for _, f := range []Object{pr.Get, pr.Set, pr.Del} {
			if f == nil {
				continue
			}
			v, err := GetAttrOpt(th, f, cnDnIsabstractmethod)
			if err != nil {
				return nil, err
			}
			if v != nil {
				if t, _ := Truth(th, v); t {
					return True, nil
				}
			}
		}
		return False, nil
	})
}

func instanceDictSetter2(th *Thread, self Object, v Object) error {
	d, ok := v.(*Dict)
	if !ok {
		return NewError(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", typeName(v))
	}
	switch o := self.(type) {
	case *StaticMethod:
		o.Dict = d
	case *ClassMethod:
		o.Dict = d
	}
	return nil
}

// propError is AttributeError "property 'x' of 'C' object has no setter".
func propError(th *Thread, pr *Property, obj Object, what string) error {
	if s, ok := pr.Name.(*Str); ok {
		return NewError(AttributeErrorType, "property '%s' of '%s' object has no %s", s.String(), obj.Type().Name, what)
	}
	return NewError(AttributeErrorType, "property of '%s' object has no %s", obj.Type().Name, what)
}
