package py

// The `object` and `type` types: their slots and attributes.

import (
	"sort"
	"strings"
)

func init() {
	o := &ObjectType.Slots
	o.Repr = func(th *Thread, x Object) (Object, error) { return NewStr(defaultRepr(x)), nil }
	o.Str = func(th *Thread, x Object) (Object, error) { return Repr(th, x) }
	o.Hash = func(th *Thread, x Object) (int64, error) { return Id(x) >> 4, nil }
	o.Compare = objectCompare
	o.GetAttr = GenericGetAttr
	o.SetAttr = GenericSetAttr
	o.New = objectNew
	o.Init = objectInit
	o.Format = func(th *Thread, x Object, spec *Str) (Object, error) { return objectFormat(th, x, spec) }
	ObjectType.genericAttr = true
	ObjectType.Doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"

	// The special methods other code compares against, made eagerly.
	initW := &SlotWrapper{Name: "__init__", Owner: ObjectType, Call: func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return None, objectInit(th, self, args, kw)
	}}
	ObjectType.Dict.SetStr(cnDnInit, initW)
	objectInitWrapper = initW
	nw := newWrapper(ObjectType)
	ObjectType.Dict.SetStr(cnDnNew, nw)
	objectNewFunc = nw
	eqW := &SlotWrapper{Name: "__eq__", Owner: ObjectType, Call: func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := wrapArgs(args, kw, 1); err != nil {
			return nil, err
		}
		return objectCompare(th, self, args[0], OpEQ)
	}}
	ObjectType.Dict.SetStr(cnDnEq, eqW)
	objectEqWrapper = eqW
	gaW := &SlotWrapper{Name: "__getattribute__", Owner: ObjectType, Call: func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := wrapArgs(args, kw, 1); err != nil {
			return nil, err
		}
		n, ok := args[0].(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
		}
		v, err := GenericGetAttr(th, self, n)
		if v == nil && err == nil {
			return nil, attrError(self, n)
		}
		return v, err
	}}
	ObjectType.Dict.SetStr(cnDnGetattribute, gaW)
	objectGetAttributeWrapper = gaW

	DefGetSet(ObjectType, "__class__", func(th *Thread, self Object) (Object, error) {
		return self.Type(), nil
	}, func(th *Thread, self, v Object) error {
		if v == nil {
			return NewError(TypeErrorType, "can't delete __class__ attribute")
		}
		nt, ok := v.(*Type)
		if !ok {
			return NewError(TypeErrorType, "__class__ must be set to a class, not '%s' object", v.Type().Name)
		}
		in, ok := self.(*Instance)
		if !ok || nt.Flags&FlagHeapType == 0 {
			return NewError(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		if layoutBase(nt) != layoutBase(in.typ) || len(nt.SlotNames) != len(in.typ.SlotNames) {
			return NewError(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", nt.Name, in.typ.Name)
		}
		in.SetClass(nt)
		return nil
	})
	ObjectType.Dict.SetStr(cnDnInitSubclass, &ClassMethodDescriptor{Name: "__init_subclass__", Owner: ObjectType,
		Fn: func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
			if len(args) > 0 || kw.Len() > 0 {
				return nil, NewError(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
			}
			return None, nil
		}})
	DefClassMethod(ObjectType, "__subclasshook__", func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		return NotImplemented, nil
	})
	DefMethod(ObjectType, "__dir__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("object.__dir__", args, kw); err != nil {
			return nil, err
		}
		return objectDir(th, self)
	})
	DefMethod(ObjectType, "__reduce_ex__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return objectReduce(th, self)
	})
	DefMethod(ObjectType, "__reduce__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return objectReduce(th, self)
	})
	DefMethod(ObjectType, "__sizeof__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return Int(16), nil
	})

	constRepr := func(s string) func(th *Thread, o Object) (Object, error) {
		r := NewStr(s)
		return func(th *Thread, o Object) (Object, error) { return r, nil }
	}
	NoneTypeType.Slots.Repr = constRepr("None")
	NoneTypeType.Slots.Bool = func(th *Thread, o Object) (bool, error) { return false, nil }
	NoneTypeType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if len(args) > 0 || kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "NoneType takes no arguments")
		}
		return None, nil
	}
	NotImplementedTypeType.Slots.Repr = constRepr("NotImplemented")
	NotImplementedTypeType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if len(args) > 0 || kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "NotImplementedType takes no arguments")
		}
		return NotImplemented, nil
	}
	EllipsisTypeType.Slots.Repr = constRepr("Ellipsis")
	EllipsisTypeType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if len(args) > 0 || kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "EllipsisType takes no arguments")
		}
		return Ellipsis, nil
	}

	t := &TypeType.Slots
	t.Call = typeCall
	t.GetAttr = typeGetAttr
	t.SetAttr = typeSetAttr
	t.New = typeNewSlot
	t.Init = func(th *Thread, self Object, args []Object, kw *KwArgs) error {
		if len(args) != 1 && len(args) != 3 {
			return NewError(TypeErrorType, "type.__init__() takes 1 or 3 arguments")
		}
		return nil
	}
	t.Repr = func(th *Thread, o Object) (Object, error) {
		c := o.(*Type)
		return NewStr("<class '" + typeQualName(c) + "'>"), nil
	}
	t.Binary[OpOr] = typeOr
	t.RBinary[OpOr] = func(th *Thread, self, other Object) (Object, error) { return typeOr(th, other, self) }
	DefGetSet(TypeType, "__name__", func(th *Thread, self Object) (Object, error) {
		return NewStr(self.(*Type).Name), nil
	}, func(th *Thread, self, v Object) error {
		c := self.(*Type)
		s, ok := v.(*Str)
		if !ok {
			return NewError(TypeErrorType, "can only assign string to %s.__name__, not '%s'", c.Name, typeName(v))
		}
		if c.Flags&FlagHeapType == 0 {
			return NewError(TypeErrorType, "cannot set '__name__' attribute of immutable type '%s'", c.Name)
		}
		c.Name = s.String()
		return nil
	})
	DefGetSet(TypeType, "__qualname__", func(th *Thread, self Object) (Object, error) {
		return NewStr(self.(*Type).QualName), nil
	}, func(th *Thread, self, v Object) error {
		c := self.(*Type)
		s, ok := v.(*Str)
		if !ok {
			return NewError(TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", c.Name, typeName(v))
		}
		c.QualName = s.String()
		return nil
	})
	DefGetSet(TypeType, "__module__", func(th *Thread, self Object) (Object, error) {
		c := self.(*Type)
		if c.Flags&FlagHeapType != 0 {
			if m := c.Dict.GetStr(cnDnModule); m != nil {
				return m, nil
			}
		}
		return NewStr(c.Module), nil
	}, func(th *Thread, self, v Object) error {
		c := self.(*Type)
		if c.Flags&FlagHeapType == 0 {
			return NewError(TypeErrorType, "cannot set '__module__' attribute of immutable type '%s'", c.Name)
		}
		if s, ok := v.(*Str); ok {
			c.Module = s.String()
		}
		c.Dict.SetStr(cnDnModule, v)
		c.Modified()
		return nil
	})
	DefGetSet(TypeType, "__doc__", func(th *Thread, self Object) (Object, error) {
		c := self.(*Type)
		if d := c.Dict.GetStr(cnDnDoc); d != nil {
			return bindDescr(th, d, nil, c)
		}
		if c.Doc != "" {
			return NewStr(c.Doc), nil
		}
		return None, nil
	}, func(th *Thread, self, v Object) error {
		c := self.(*Type)
		if c.Flags&FlagHeapType == 0 {
			return NewError(TypeErrorType, "cannot set '__doc__' attribute of immutable type '%s'", c.Name)
		}
		c.Dict.SetStr(cnDnDoc, v)
		return nil
	})
	DefGetter(TypeType, "__mro__", func(th *Thread, self Object) (Object, error) {
		c := self.(*Type)
		items := make([]Object, len(c.MRO))
		for i, m := range c.MRO {
			items[i] = m
		}
		return NewTuple(items), nil
	})
	DefGetter(TypeType, "__bases__", func(th *Thread, self Object) (Object, error) {
		c := self.(*Type)
		items := make([]Object, len(c.Bases))
		for i, m := range c.Bases {
			items[i] = m
		}
		return NewTuple(items), nil
	})
	DefGetter(TypeType, "__base__", func(th *Thread, self Object) (Object, error) {
		c := self.(*Type)
		if len(c.Bases) == 0 {
			return None, nil
		}
		if c.Flags&FlagHeapType == 0 {
			return c.Bases[0], nil
		}
		return bestBaseClass(c.Bases), nil
	})
	DefGetter(TypeType, "__dict__", func(th *Thread, self Object) (Object, error) {
		return NewMappingProxy(self.(*Type).Dict), nil
	})
	DefGetSet(TypeType, "__abstractmethods__", func(th *Thread, self Object) (Object, error) {
		c := self.(*Type)
		if c != TypeType {
			if v := c.Dict.GetStr(cnDnAbstractmethods); v != nil {
				return v, nil
			}
		}
		return nil, NewError(AttributeErrorType, "__abstractmethods__")
	}, func(th *Thread, self, v Object) error {
		c := self.(*Type)
		if v == nil {
			if !c.Dict.DelStr(cnDnAbstractmethods) {
				return NewError(AttributeErrorType, "__abstractmethods__")
			}
			c.Flags &^= FlagAbstract
			return nil
		}
		c.Dict.SetStr(cnDnAbstractmethods, v)
		abs, err := Truth(th, v)
		if err != nil {
			return err
		}
		if abs {
			c.Flags |= FlagAbstract
		} else {
			c.Flags &^= FlagAbstract
		}
		c.Modified()
		return nil
	})
	DefMethod(TypeType, "__subclasses__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("type.__subclasses__", args, kw); err != nil {
			return nil, err
		}
		c := self.(*Type)
		c.subMu.Lock()
		defer c.subMu.Unlock()
		out := make([]Object, len(c.subs))
		for i, s := range c.subs {
			out[i] = s
		}
		return NewList(out), nil
	})
	DefMethod(TypeType, "mro", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		c := self.(*Type)
		out := make([]Object, len(c.MRO))
		for i, m := range c.MRO {
			out[i] = m
		}
		return NewList(out), nil
	})
	DefMethod(TypeType, "__instancecheck__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("type.__instancecheck__", args, kw); err != nil {
			return nil, err
		}
		return Bool(args[0].Type().IsSubtype(self.(*Type))), nil
	})
	DefMethod(TypeType, "__subclasscheck__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("type.__subclasscheck__", args, kw); err != nil {
			return nil, err
		}
		c, ok := args[0].(*Type)
		if !ok {
			return nil, NewError(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return Bool(c.IsSubtype(self.(*Type))), nil
	})
	typePrepare = DefClassMethod(TypeType, "__prepare__", func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		return NewDict(), nil
	})
	DefMethod(TypeType, "__dir__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return typeDir(self.(*Type)), nil
	})
}

func bestBaseClass(bases []*Type) *Type {
	var winner, winnerLayout *Type
	for _, b := range bases {
		lb := layoutBase(b)
		if winner == nil || (lb != winnerLayout && lb.IsSubtype(winnerLayout)) {
			winner, winnerLayout = b, lb
		}
	}
	return winner
}

// typeGetAttr is type.__getattribute__: metaclass data descriptors, then
// the class's MRO (descriptors bound with no instance), then other
// metaclass attributes.
func typeGetAttr(th *Thread, o Object, name *Str) (Object, error) {
	t := o.(*Type)
	meta := t.Type()
	metaAttr := meta.Lookup(name)
	if metaAttr != nil && isDataDescr(metaAttr) {
		if get := metaAttr.Type().Slots.DescrGet; get != nil {
			return get(th, metaAttr, t, meta)
		}
	}
	if attr := t.Lookup(name); attr != nil {
		return bindDescr(th, attr, nil, t)
	}
	if metaAttr != nil {
		return bindDescr(th, metaAttr, t, meta)
	}
	return nil, nil
}

// typeSetAttr is type.__setattr__: class attributes go into the class
// dict; special methods update the slots of the class and its subclasses.
func typeSetAttr(th *Thread, o Object, name *Str, v Object) error {
	t := o.(*Type)
	if t.Flags&FlagHeapType == 0 {
		if v == nil {
			return NewError(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.String(), t.Name)
		}
		return NewError(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.String(), t.Name)
	}
	meta := t.Type()
	if d := meta.Lookup(name); d != nil {
		if set := d.Type().Slots.DescrSet; set != nil {
			return set(th, d, t, v)
		}
	}
	if v == nil {
		if !t.Dict.DelStr(name) {
			return attrError(t, name)
		}
	} else {
		t.Dict.SetStr(name, v)
	}
	t.Modified()
	n := name.String()
	if _, ok := slotsByName[n]; ok || n == "__new__" || n == "__pow__" || n == "__len__" {
		fixupSlots(t)
	}
	return nil
}

// typeNewSlot is type.__new__: type(name, bases, dict).
func typeNewSlot(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	if len(args) != 3 {
		if len(args) == 1 && cls == TypeType {
			return args[0].Type(), nil
		}
		return nil, NewError(TypeErrorType, "type() takes 1 or 3 arguments")
	}
	name, ok := args[0].(*Str)
	if !ok {
		return nil, NewError(TypeErrorType, "type.__new__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	bases, ok := args[1].(*Tuple)
	if !ok {
		return nil, NewError(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", args[1].Type().Name)
	}
	ns, ok := Unwrap(args[2]).(*Dict)
	if !ok {
		return nil, NewError(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", args[2].Type().Name)
	}
	meta, err := calculateMeta(cls, bases.Items)
	if err != nil {
		return nil, err
	}
	if meta != cls && meta.Slots.New != nil {
		if meta.Lookup(cnDnNew) != TypeType.Dict.GetStr(cnDnNew) {
			return meta.Slots.New(th, meta, args, kw)
		}
	}
	return TypeNew(th, meta, name.String(), bases.Items, ns, kw)
}

// objectDir is object.__dir__: instance dict keys plus class attributes.
func objectDir(th *Thread, o Object) (Object, error) {
	names := map[string]bool{}
	if d := instanceDict(o, false); d != nil {
		for _, k := range d.Keys() {
			if s, ok := k.(*Str); ok {
				names[s.String()] = true
			}
		}
	}
	for _, m := range o.Type().MRO {
		for _, k := range m.Dict.Keys() {
			if s, ok := k.(*Str); ok {
				names[s.String()] = true
			}
		}
	}
	return sortedNameList(names), nil
}

func typeDir(t *Type) Object {
	names := map[string]bool{}
	for _, m := range t.MRO {
		for _, k := range m.Dict.Keys() {
			if s, ok := k.(*Str); ok {
				names[s.String()] = true
			}
		}
	}
	return sortedNameList(names)
}

func sortedNameList(names map[string]bool) *List {
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]Object, len(keys))
	for i, k := range keys {
		out[i] = NewStr(k)
	}
	return NewList(out)
}

// objectReduce is a minimal object.__reduce_ex__ for copy/pickle of plain
// instances: (copyreg-like reconstructor, (cls,), state).
func objectReduce(th *Thread, o Object) (Object, error) {
	var state Object = None
	if d := instanceDict(o, false); d != nil && d.Len() > 0 {
		state = d
	}
	return NewTuple([]Object{reconstructor, NewTuple([]Object{o.Type()}), state}), nil
}

// reconstructor creates an instance of a class without calling __init__.
var reconstructor = &BuiltinFunction{Name: "__newobj__", QualName: "__newobj__", Module: "copyreg",
	Fn: func(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) {
		if len(args) < 1 {
			return nil, NewError(TypeErrorType, "__newobj__() missing cls")
		}
		cls, ok := args[0].(*Type)
		if !ok || cls.Slots.New == nil {
			return nil, NewError(TypeErrorType, "__newobj__() argument 1 must be a class")
		}
		return cls.Slots.New(th, cls, args[1:], kw)
	}}

// dottedName helps repr of classes and functions.
func dottedName(mod, qual string) string {
	if mod == "" || mod == "builtins" {
		return qual
	}
	return strings.Join([]string{mod, qual}, ".")
}
