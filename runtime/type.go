package py

// Types: readying built-in types (slot inheritance and slot wrappers),
// slot computation for classes, the `type` and `object` types themselves,
// isinstance/issubclass.

import (
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// builtinTypes lists the types made by newBuiltinType, bases first.
var (
	builtinTypesMu sync.Mutex
	builtinTypes   []*Type
	readyOnce      sync.Once
	readyDone      atomic.Bool
)

func registerBuiltinType(t *Type) {
	builtinTypesMu.Lock()
	builtinTypes = append(builtinTypes, t)
	builtinTypesMu.Unlock()
}

// readyAll readies every built-in type; it runs once, before the first
// Python thread starts (NewThread and Main call it), after all init
// functions have filled the types' slots and dicts.
func readyAll() {
	readyOnce.Do(func() {
		builtinTypesMu.Lock()
		ts := append([]*Type(nil), builtinTypes...)
		builtinTypesMu.Unlock()
		for _, t := range ts {
			ReadyType(t)
		}
		markTransientBuiltins()
		readyDone.Store(true)
	})
}

// ReadyType finishes a built-in type created with NewType after its slots
// and methods are set: it exposes its slots as special methods, fills
// empty slots from __dunder__ methods defined with DefMethod, and inherits
// the remaining slots from its base, as CPython's PyType_Ready. Types made
// before the first thread starts are readied automatically.
func ReadyType(t *Type) {
	if t.readyFlag.Load() {
		return
	}
	readyMu.Lock()
	defer readyMu.Unlock()
	readyLocked(t)
}

// readyMu serialises ReadyType.
var readyMu sync.Mutex

// ensureReady readies a type created after program start that its
// creator did not ready (cheap when it is ready).
func ensureReady(t *Type) {
	if !t.readyFlag.Load() && readyDone.Load() && t.Flags&FlagHeapType == 0 {
		ReadyType(t)
	}
}

func readyLocked(t *Type) {
	if t.ready || t.Flags&FlagHeapType != 0 {
		return
	}
	t.ready = true
	defer t.readyFlag.Store(true)
	if t.Dict == nil {
		t.Dict = NewDict()
	}
	for _, b := range t.Bases {
		readyLocked(b)
	}
	s := &t.Slots
	own := make([]bool, len(slotDefs))
	for i, d := range slotDefs {
		own[i] = d.get(s)
	}
	// Slots given only as methods in the dict.
	for i, d := range slotDefs {
		if own[i] {
			continue
		}
		for _, n := range d.names {
			if m := t.Dict.GetStr(Intern(n)); m != nil {
				if _, ok := m.(*MethodDescriptor); ok {
					d.python(s)
					own[i] = true
					break
				}
			}
		}
	}
	t.ownSlots = own
	// Slot wrappers for the slots the type implements itself.
	for i, d := range slotDefs {
		if !own[i] {
			continue
		}
		for _, n := range d.names {
			name := Intern(n)
			if n == "__getattr__" {
				continue // object has __getattribute__ only
			}
			if t.Dict.GetStr(name) == nil {
				t.Dict.SetStr(name, &SlotWrapper{Name: n, Owner: t, Call: d.wrap(s, n)})
			}
		}
	}
	if s.New != nil && t.Dict.GetStr(cnDnNew) == nil {
		t.Dict.SetStr(cnDnNew, newWrapper(t))
	}
	// Inheritance from the base.
	if len(t.Bases) > 0 {
		base := t.Bases[0]
		bs := &base.Slots
		inheritHash := s.Hash == nil && s.Compare == nil
		for i, d := range slotDefs {
			if d.get(s) || d.names[0] == "__hash__" {
				continue
			}
			_ = i
			d.copy(s, bs, false)
		}
		if inheritHash {
			s.Hash = bs.Hash
		} else if s.Hash == nil && t.Dict.GetStr(cnDnHash) == nil {
			t.Dict.SetStr(cnDnHash, None)
		}
		if s.Pow3 == nil {
			s.Pow3 = bs.Pow3
		}
		if s.New == nil && base != ObjectType {
			s.New = bs.New
		}
		if s.SetAttr == nil {
			s.SetAttr = bs.SetAttr
		}
	}
	if t.Slots.GetAttr == nil {
		t.Slots.GetAttr = GenericGetAttr
	}
	t.genericAttr = t.genericAttr || isGenericGetAttr(t)
	t.Modified()
	if t.Dict.GetStr(cnDnDoc) == nil {
		if t.Doc != "" {
			t.Dict.SetStr(cnDnDoc, NewStr(t.Doc))
		} else {
			t.Dict.SetStr(cnDnDoc, None)
		}
	}
}

// isGenericGetAttr reports whether t's attribute lookup is object's.
func isGenericGetAttr(t *Type) bool {
	for _, m := range t.MRO {
		if m == ObjectType {
			return true
		}
		if m.Flags&FlagHeapType == 0 && m.Dict.GetStr(cnDnGetattribute) != nil {
			return false
		}
		if m.Flags&FlagHeapType != 0 && m.Dict.GetStr(cnDnGetattribute) != nil {
			return false
		}
	}
	return true
}

// NewType creates a built-in type (for Go-native modules): name is
// __name__, module its __module__, base the single base (nil: object).
// Set its slots and methods, then call ReadyType if the program is
// already running.
func NewType(name, module string, base *Type, flags TypeFlags) *Type {
	if base == nil {
		base = ObjectType
	}
	t := newBuiltinType(name, base, flags)
	t.Module = module
	return t
}

// newWrapper is the __new__ of built-in type t: t.__new__(cls, *args).
func newWrapper(t *Type) *BuiltinFunction {
	return &BuiltinFunction{Name: "__new__", QualName: t.Name + ".__new__", Self: t,
		Fn: func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if len(args) == 0 {
				return nil, NewError(TypeErrorType, "%s.__new__(): not enough arguments", t.Name)
			}
			cls, ok := args[0].(*Type)
			if !ok {
				return nil, NewError(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", t.Name, args[0].Type().Name)
			}
			if !cls.IsSubtype(t) {
				return nil, NewError(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", t.Name, cls.Name, cls.Name, t.Name)
			}
			if t == ObjectType && cls.Flags&FlagHeapType == 0 && cls != ObjectType {
				return nil, NewError(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
			}
			return newFromBuiltin(th, t, cls, args[1:], kw)
		}}
}

// newFromBuiltin creates an instance of cls with built-in type b's New,
// wrapping b's value for a Python subclass.
func newFromBuiltin(th *Thread, b *Type, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	if b.Slots.New == nil {
		return nil, NewError(TypeErrorType, "cannot create '%s' instances", b.Name)
	}
	r, err := b.Slots.New(th, cls, args, kw)
	if err != nil || r == nil {
		return r, err
	}
	return adoptInstance(r, cls), nil
}

// adoptInstance turns a value made by a built-in New into an instance of
// the subclass cls.
func adoptInstance(r Object, cls *Type) Object {
	if r.Type() == cls || cls.Flags&FlagHeapType == 0 {
		return r
	}
	switch v := r.(type) {
	case *BaseException:
		if cls.IsSubtype(BaseExceptionType) {
			v.typ = cls
			return v
		}
	case *Instance:
		return v
	case *Type:
		return v
	}
	in := NewInstance(cls)
	in.Base = r
	return in
}

// solidBuiltin returns the first built-in type in t's MRO (object at worst).
func solidBuiltin(t *Type) *Type {
	for _, m := range t.MRO {
		if m.Flags&FlagHeapType == 0 {
			return m
		}
	}
	return ObjectType
}

// fixupSlots computes every slot of class t from its MRO, and recomputes
// its subclasses.
func fixupSlots(t *Type) {
	if t.Flags&FlagHeapType == 0 {
		return
	}
	var ns Slots
	solid := solidBuiltin(t)
	unwrap := solid != ObjectType && !solid.IsSubtype(BaseExceptionType) && !solid.IsSubtype(TypeType)
	for i, d := range slotDefs {
		computeSlot(t, i, d, &ns, unwrap)
	}
	// __new__ and the rest handled apart.
	ns.Pow3 = nil
	for _, m := range t.MRO {
		if m.Flags&FlagHeapType == 0 {
			ns.Pow3 = m.Slots.Pow3
			break
		}
		if m.Dict.GetStr(cnDnPow) != nil {
			ns.Pow3 = slotPow3
			break
		}
	}
	ns.New = classNew
	t.Slots = ns
	t.genericAttr = true
	t.getattrHook = false
	if ga := t.Lookup(cnDnGetattribute); ga != nil && ga != objectGetAttributeWrapper {
		t.genericAttr = false
	}
	if t.Lookup(cnDnGetattr) != nil {
		t.getattrHook = true
	}
	if t.genericAttr && !t.getattrHook && solid == ObjectType {
		t.Slots.GetAttr = GenericGetAttr
	}
	t.subMu.Lock()
	subs := append([]*Type(nil), t.subs...)
	t.subMu.Unlock()
	for _, s := range subs {
		fixupSlots(s)
	}
}

// computeSlot decides one slot of class t: a Python dispatcher if a class
// before the first built-in implementation defines the special method,
// else the built-in's slot.
func computeSlot(t *Type, i int, d *slotDef, s *Slots, unwrap bool) {
	for _, m := range t.MRO {
		if m.Flags&FlagHeapType != 0 {
			for _, n := range d.names {
				if v := m.Dict.GetStr(Intern(n)); v != nil {
					if v == None {
						d.clear(s)
						return
					}
					d.python(s)
					return
				}
			}
			for _, n := range d.stop {
				if m.Dict.GetStr(Intern(n)) != nil {
					d.clear(s)
					return
				}
			}
			continue
		}
		if d.names[0] == "__hash__" && m.Dict.GetStr(cnDnHash) == None {
			d.clear(s) // list.__hash__ is None
			return
		}
		if m.ownSlots != nil && !m.ownSlots[i] {
			continue // inherited from a type further along the MRO
		}
		if d.get(&m.Slots) {
			d.copy(s, &m.Slots, unwrap && m != ObjectType)
			return
		}
	}
	d.clear(s)
}

// slotPow3 dispatches three-argument pow to a Python __pow__.
func slotPow3(th *Thread, a, b, mod Object) (Object, error) {
	m := lookupSpecialOn(a, cnDnPow)
	if m == nil {
		return NotImplemented, nil
	}
	return callSpecial2(th, m, a, b, mod)
}

// classNew is the New slot of every class: it calls the __new__ found on
// the class (a Python staticmethod or a built-in's __new__).
func classNew(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	m := cls.Lookup(cnDnNew)
	switch f := m.(type) {
	case nil:
		return newFromBuiltin(th, ObjectType, cls, args, kw)
	case *BuiltinFunction:
		if owner, ok := f.Self.(*Type); ok && f.Name == "__new__" {
			return newFromBuiltin(th, owner, cls, args, kw)
		}
	case *StaticMethod:
		return callWithFirst(th, f.Func, cls, args, kw)
	}
	fn, err := bindDescr(th, m, nil, cls)
	if err != nil {
		return nil, err
	}
	return callWithFirst(th, fn, cls, args, kw)
}

// callWithFirst calls fn(first, *args, **kw).
func callWithFirst(th *Thread, fn, first Object, args []Object, kw *KwArgs) (Object, error) {
	return callBound(th, fn, first, args, kw)
}

// objectNew is object.__new__: a plain instance, with CPython's checks
// for excess arguments.
func objectNew(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	if len(args) > 0 || kw.Len() > 0 {
		newOverridden := cls.Lookup(cnDnNew) != objectNewFunc
		initIsObject := cls.Lookup(cnDnInit) == objectInitWrapper
		if newOverridden {
			return nil, NewError(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if initIsObject {
			return nil, NewError(TypeErrorType, "%s() takes no arguments", cls.Name)
		}
	}
	if cls.Flags&FlagAbstract != 0 {
		return nil, abstractError(th, cls)
	}
	switch {
	case cls.IsSubtype(BaseExceptionType):
		return nil, NewError(TypeErrorType, "object.__new__(%s) is not safe, use BaseException.__new__()", cls.Name)
	}
	return NewInstance(cls), nil
}

func abstractError(th *Thread, cls *Type) error {
	var names []string
	if v := cls.Lookup(cnDnAbstractmethods); v != nil {
		items, _ := collect(th, v)
		for _, it := range items {
			if s, ok := it.(*Str); ok {
				names = append(names, s.String())
			}
		}
	}
	sort.Strings(names)
	return NewError(TypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s", cls.Name,
		pluralS(len(names)), strings.Join(names, ", "))
}

// objectInit is object.__init__.
func objectInit(th *Thread, self Object, args []Object, kw *KwArgs) error {
	if len(args) > 0 || kw.Len() > 0 {
		t := self.Type()
		if t.Lookup(cnDnInit) != objectInitWrapper {
			return NewError(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if t.Lookup(cnDnNew) == objectNewFunc {
			return NewError(TypeErrorType, "%s() takes no arguments", t.Name)
		}
	}
	return nil
}

// typeCall is type.__call__: cls(*args, **kw) creates and initialises an
// instance.
func typeCall(th *Thread, callable Object, args []Object, kw *KwArgs) (Object, error) {
	cls := callable.(*Type)
	if cls == TypeType && len(args) == 1 && kw.Len() == 0 {
		return args[0].Type(), nil
	}
	if cls.Slots.New == nil {
		return nil, NewError(TypeErrorType, "cannot create '%s' instances", typeQualName(cls))
	}
	obj, err := cls.Slots.New(th, cls, args, kw)
	if err != nil {
		return nil, err
	}
	if obj == nil {
		return nil, NewError(SystemErrorType, "NULL result without error in %s.__new__", cls.Name)
	}
	ot := obj.Type()
	if !ot.IsSubtype(cls) {
		return obj, nil
	}
	if init := ot.Slots.Init; init != nil {
		if err := init(th, obj, args, kw); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

func typeQualName(t *Type) string {
	if t.Module != "" && t.Module != "builtins" {
		return t.Module + "." + t.QualName
	}
	return t.QualName
}

// The object and type special methods that other code compares against.
var (
	objectInitWrapper         Object
	objectNewFunc             Object
	objectEqWrapper           Object
	objectGetAttributeWrapper Object
)

// IsInstance is isinstance(o, cls), cls a class, a tuple or a union.
func IsInstance(th *Thread, o, cls Object) (bool, error) {
	if t, ok := cls.(*Type); ok {
		if o.Type().IsSubtype(t) {
			return true, nil
		}
		if t.Type() == TypeType {
			// __class__ may differ from type(o) (proxies).
			return false, nil
		}
	}
	if tup, ok := cls.(*Tuple); ok {
		for _, c := range tup.Items {
			r, err := IsInstance(th, o, c)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if u, ok := cls.(*UnionType); ok {
		return IsInstance(th, o, NewTuple(u.Args))
	}
	if _, ok := cls.(*GenericAlias); ok {
		return false, NewError(TypeErrorType, "isinstance() argument 2 cannot be a parameterized generic")
	}
	if chk, err := lookupSpecial(th, cls, cnDnInstancecheck); err != nil {
		return false, err
	} else if chk != nil {
		r, err := Call1(th, chk, o)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	if _, ok := cls.(*Type); !ok {
		return false, NewError(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}
	return false, nil
}

// IsSubclass is issubclass(c, cls).
func IsSubclass(th *Thread, c, cls Object) (bool, error) {
	if t, ok := cls.(*Type); ok && t.Type() == TypeType {
		ct, ok := c.(*Type)
		if !ok {
			return false, NewError(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return ct.IsSubtype(t), nil
	}
	if tup, ok := cls.(*Tuple); ok {
		for _, x := range tup.Items {
			r, err := IsSubclass(th, c, x)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if u, ok := cls.(*UnionType); ok {
		return IsSubclass(th, c, NewTuple(u.Args))
	}
	if _, ok := cls.(*GenericAlias); ok {
		return false, NewError(TypeErrorType, "issubclass() argument 2 cannot be a parameterized generic")
	}
	if chk, err := lookupSpecial(th, cls, cnDnSubclasscheck); err != nil {
		return false, err
	} else if chk != nil {
		r, err := Call1(th, chk, c)
		if err != nil {
			return false, err
		}
		return Truth(th, r)
	}
	if _, ok := cls.(*Type); !ok {
		return false, NewError(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	ct, ok := c.(*Type)
	if !ok {
		return false, NewError(TypeErrorType, "issubclass() arg 1 must be a class")
	}
	return ct.IsSubtype(cls.(*Type)), nil
}
