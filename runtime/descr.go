package py

// Descriptors for built-in types, and the helpers that declare them.
//
// A built-in type exposes its methods and attributes by putting descriptor
// objects in its Type.Dict, exactly as CPython does:
//
//	DefMethod(StrType, "join", strJoin)           // str.join and "x".join
//	DefClassMethod(DictType, "fromkeys", fromKeys) // dict.fromkeys
//	DefStaticMethod(StrType, "maketrans", mk)      // str.maketrans
//	DefGetter(ComplexType, "real", complexReal)    // (1j).real
//	DefGetSet(FunctionType, "__doc__", get, set)   // settable attribute
//
// Argument checking with CPython's messages: NoArgs, OneArg, ArgRange and
// ParseArgs. Methods receive self exactly as the caller passed it, except
// that an *Instance of a Python subclass of a built-in type (class L(list))
// is replaced by its Instance.Base value, so a list method always gets a
// *List. Arguments other than self are passed through unchanged: use
// Unwrap(o) before type-switching on them if a subclass instance must be
// accepted (e.g. list.__eq__(other)).

import (
	"strings"
	"sync"
	"unsafe"
)

// MethodFunc is the Go form of a built-in method: self is the receiver,
// args the positional arguments after it, kw the keyword arguments (nil
// when there are none).
type MethodFunc func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error)

// Descriptor types of built-in types.
var (
	MethodDescriptorType      = newBuiltinType("method_descriptor", ObjectType, 0)
	ClassMethodDescriptorType = newBuiltinType("classmethod_descriptor", ObjectType, 0)
	GetSetDescriptorType      = newBuiltinType("getset_descriptor", ObjectType, 0)
	MemberDescriptorType      = newBuiltinType("member_descriptor", ObjectType, 0)
	WrapperDescriptorType     = newBuiltinType("wrapper_descriptor", ObjectType, 0)
	MethodWrapperType         = newBuiltinType("method-wrapper", ObjectType, 0)
)

// MethodDescriptor is a built-in method stored in a type's dict (str.join).
// Looked up on an instance it becomes a bound *BuiltinFunction; called
// directly it takes the receiver as its first argument.
type MethodDescriptor struct {
	Name  string
	Owner *Type
	Doc   string
	Fn    MethodFunc
}

// Type returns MethodDescriptorType.
func (d *MethodDescriptor) Type() *Type { return MethodDescriptorType }

// DefMethod installs a built-in method name on type t and returns its
// descriptor. Call it from the init function of the file implementing t:
//
//	DefMethod(ListType, "append", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
//		if err := OneArg("list.append", args, kw); err != nil {
//			return nil, err
//		}
//		self.(*List).Append(args[0])
//		return None, nil
//	})
//
// self is always an instance of t (or of a built-in subtype); for Python
// subclasses of t the method receives the Instance.Base value.
func DefMethod(t *Type, name string, fn MethodFunc) *MethodDescriptor {
	d := &MethodDescriptor{Name: name, Owner: t, Fn: fn}
	t.Dict.SetStr(Intern(name), d)
	return d
}

// DefMethodDoc is DefMethod with a docstring.
func DefMethodDoc(t *Type, name, doc string, fn MethodFunc) *MethodDescriptor {
	d := DefMethod(t, name, fn)
	d.Doc = doc
	return d
}

// ClassMethodDescriptor is a built-in class method (dict.fromkeys,
// int.from_bytes): it receives the class it was looked up on.
type ClassMethodDescriptor struct {
	Name  string
	Owner *Type
	Doc   string
	Fn    func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error)
}

// Type returns ClassMethodDescriptorType.
func (d *ClassMethodDescriptor) Type() *Type { return ClassMethodDescriptorType }

// DefClassMethod installs a built-in class method on t. cls is the class
// the method was called through (a subclass of t for MyDict.fromkeys).
func DefClassMethod(t *Type, name string, fn func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error)) *ClassMethodDescriptor {
	d := &ClassMethodDescriptor{Name: name, Owner: t, Fn: fn}
	t.Dict.SetStr(Intern(name), d)
	return d
}

// DefStaticMethod installs a built-in static method on t (str.maketrans):
// a plain function reachable through the class and its instances.
func DefStaticMethod(t *Type, name string, fn func(th *Thread, args []Object, kw *KwArgs) (Object, error)) *StaticMethod {
	f := &BuiltinFunction{Name: name, QualName: t.Name + "." + name,
		Fn: func(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) { return fn(th, args, kw) }}
	s := &StaticMethod{Func: f}
	t.Dict.SetStr(Intern(name), s)
	return s
}

// GetSetDescriptor is a computed attribute of a built-in type
// (complex.real, function.__name__). Set is nil for read-only attributes;
// it receives a nil value for `del`.
type GetSetDescriptor struct {
	Name  string
	Owner *Type
	Doc   string
	Get   func(th *Thread, self Object) (Object, error)
	Set   func(th *Thread, self Object, value Object) error
}

// Type returns GetSetDescriptorType.
func (d *GetSetDescriptor) Type() *Type { return GetSetDescriptorType }

// DefGetter installs a read-only attribute on t; assigning to it raises
// AttributeError "attribute 'real' of 'complex' objects is not writable".
func DefGetter(t *Type, name string, get func(th *Thread, self Object) (Object, error)) *GetSetDescriptor {
	return DefGetSet(t, name, get, nil)
}

// DefGetSet installs an attribute with a getter and a setter (value nil
// means `del obj.name`).
func DefGetSet(t *Type, name string, get func(th *Thread, self Object) (Object, error),
	set func(th *Thread, self Object, value Object) error) *GetSetDescriptor {
	d := &GetSetDescriptor{Name: name, Owner: t, Get: get, Set: set}
	t.Dict.SetStr(Intern(name), d)
	return d
}

// MemberDescriptor is the descriptor of one __slots__ entry of a class.
type MemberDescriptor struct {
	Name  string
	Owner *Type
	Index int // index into Instance.SlotValues
}

// Type returns MemberDescriptorType.
func (d *MemberDescriptor) Type() *Type { return MemberDescriptorType }

// SlotWrapper exposes a type's slot as a special method (int.__add__,
// object.__init__); Call receives the receiver and the remaining arguments.
type SlotWrapper struct {
	Name  string
	Owner *Type
	Call  MethodFunc
}

// Type returns WrapperDescriptorType.
func (d *SlotWrapper) Type() *Type { return WrapperDescriptorType }

// slotLocks guard Instance.SlotValues (striped by instance address), so
// that threads assigning __slots__ attributes never tear an interface value.
var slotLocks [64]sync.Mutex

func slotLock(in *Instance) *sync.Mutex {
	return &slotLocks[(uintptr(unsafe.Pointer(in))>>5)%uintptr(len(slotLocks))]
}

// Unwrap returns the built-in value an instance of a Python subclass of a
// built-in type extends (Instance.Base), or o itself.
func Unwrap(o Object) Object {
	if in, ok := o.(*Instance); ok && in.Base != nil {
		return in.Base
	}
	return o
}

// unwrapSelf replaces an *Instance receiver by its Base when a method of
// the built-in type owner is applied to it.
func unwrapSelf(owner *Type, self Object) Object {
	if in, ok := self.(*Instance); ok && in.Base != nil && owner != ObjectType && owner.Flags&FlagHeapType == 0 {
		return in.Base
	}
	return self
}

// callBuiltinMethod runs a built-in method of owner on self, unwrapping a
// subclass instance and giving it back when the method returns its
// receiver (list.__iadd__ returns self).
func callBuiltinMethod(th *Thread, owner *Type, fn MethodFunc, self Object, args []Object, kw *KwArgs) (Object, error) {
	base := unwrapSelf(owner, self)
	r, err := fn(th, base, args, kw)
	if base != self && r == base && r != nil {
		return self, err
	}
	return r, err
}

// descrCheck verifies that a built-in method descriptor is applied to an
// instance of its type.
func descrCheck(name string, owner *Type, self Object) error {
	if !self.Type().IsSubtype(owner) {
		return NewError(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			name, owner.Name, self.Type().Name)
	}
	return nil
}

// NoArgs checks that a method got no arguments:
// "str.upper() takes no arguments (1 given)". qual is "type.method".
func NoArgs(qual string, args []Object, kw *KwArgs) error {
	if kw.Len() > 0 {
		return NewError(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 0 {
		return NewError(TypeErrorType, "%s() takes no arguments (%d given)", qual, len(args))
	}
	return nil
}

// OneArg checks that a method got exactly one positional argument:
// "str.join() takes exactly one argument (2 given)".
func OneArg(qual string, args []Object, kw *KwArgs) error {
	if kw.Len() > 0 {
		return NewError(TypeErrorType, "%s() takes no keyword arguments", qual)
	}
	if len(args) != 1 {
		return NewError(TypeErrorType, "%s() takes exactly one argument (%d given)", qual, len(args))
	}
	return nil
}

// ArgRange checks the number of positional arguments with the wording of
// CPython's argument clinic: "pop expected at most 1 argument, got 2",
// "insert expected 2 arguments, got 1", "get expected at least 1 argument,
// got 0". name is the bare method name; keywords are rejected with
// "name() takes no keyword arguments".
func ArgRange(name string, args []Object, kw *KwArgs, min, max int) error {
	if kw.Len() > 0 {
		return NewError(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	n := len(args)
	if n >= min && (max < 0 || n <= max) {
		return nil
	}
	if min == max {
		return NewError(TypeErrorType, "%s expected %d argument%s, got %d", name, min, pluralS(min), n)
	}
	if n < min {
		return NewError(TypeErrorType, "%s expected at least %d argument%s, got %d", name, min, pluralS(min), n)
	}
	return NewError(TypeErrorType, "%s expected at most %d argument%s, got %d", name, max, pluralS(max), n)
}

// ParseArgs binds positional and keyword arguments of a built-in function
// to the parameter names, as PyArg_ParseTupleAndKeywords does. The first
// nRequired names are required; the result has one entry per name (nil
// for an optional argument not given). Names starting with '$' are
// keyword-only (the '$' is not part of the name). Messages:
// "split() takes at most 2 arguments (3 given)", "'x' is an invalid keyword
// argument for split()", "argument for split() given by name ('sep') and
// position (1)", "from_bytes() missing required argument 'bytes' (pos 1)".
func ParseArgs(fname string, args []Object, kw *KwArgs, names []string, nRequired int) ([]Object, error) {
	out := make([]Object, len(names))
	nPos := len(names)
	for i, n := range names {
		if strings.HasPrefix(n, "$") {
			nPos = i
			break
		}
	}
	if len(args) > nPos {
		if nPos == 0 {
			return nil, NewError(TypeErrorType, "%s() takes no positional arguments", fname)
		}
		most := "at most"
		if nRequired == len(names) {
			most = "exactly"
		}
		return nil, NewError(TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", fname, most, nPos, pluralS(nPos), len(args))
	}
	copy(out, args)
	for i := 0; i < kw.Len(); i++ {
		k := kw.Names[i].String()
		idx := -1
		for j, n := range names {
			if strings.TrimPrefix(n, "$") == k {
				idx = j
				break
			}
		}
		if idx < 0 {
			return nil, NewError(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
		if idx < len(args) {
			return nil, NewError(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, k, idx+1)
		}
		out[idx] = kw.Values[i]
	}
	for i := 0; i < nRequired; i++ {
		if out[i] == nil {
			n := strings.TrimPrefix(names[i], "$")
			if i >= nPos {
				return nil, NewError(TypeErrorType, "%s() missing required keyword-only argument '%s'", fname, n)
			}
			return nil, NewError(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, n, i+1)
		}
	}
	return out, nil
}

// Get returns the value of keyword argument name, or nil.
func (kw *KwArgs) Get(name string) Object {
	if kw == nil {
		return nil
	}
	for i, n := range kw.Names {
		if n.String() == name {
			return kw.Values[i]
		}
	}
	return nil
}

func init() {
	MethodDescriptorType.Slots.DescrGet = func(th *Thread, descr, obj Object, owner *Type) (Object, error) {
		d := descr.(*MethodDescriptor)
		if obj == nil {
			return d, nil
		}
		if err := descrCheck(d.Name, d.Owner, obj); err != nil {
			return nil, err
		}
		return &BuiltinFunction{Name: d.Name, QualName: d.Owner.Name + "." + d.Name, Doc: d.Doc, Self: obj, Fn: d.Fn, Owner: d.Owner}, nil
	}
	MethodDescriptorType.Slots.Call = func(th *Thread, descr Object, args []Object, kw *KwArgs) (Object, error) {
		d := descr.(*MethodDescriptor)
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "unbound method %s.%s() needs an argument", d.Owner.Name, d.Name)
		}
		if err := descrCheck(d.Name, d.Owner, args[0]); err != nil {
			return nil, err
		}
		return callBuiltinMethod(th, d.Owner, d.Fn, args[0], args[1:], kw)
	}
	MethodDescriptorType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		d := o.(*MethodDescriptor)
		return NewStr("<method '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}

	ClassMethodDescriptorType.Slots.DescrGet = func(th *Thread, descr, obj Object, owner *Type) (Object, error) {
		d := descr.(*ClassMethodDescriptor)
		if owner == nil {
			owner = obj.Type()
		}
		fn := d.Fn
		return &BuiltinFunction{Name: d.Name, QualName: d.Owner.Name + "." + d.Name, Doc: d.Doc, Self: owner,
			Fn: func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				return fn(th, self.(*Type), args, kw)
			}}, nil
	}
	ClassMethodDescriptorType.Slots.Call = func(th *Thread, descr Object, args []Object, kw *KwArgs) (Object, error) {
		d := descr.(*ClassMethodDescriptor)
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", d.Name, d.Owner.Name)
		}
		cls, ok := args[0].(*Type)
		if !ok || !cls.IsSubtype(d.Owner) {
			return nil, NewError(TypeErrorType, "descriptor '%s' for type '%s' needs a subtype of '%s' as arg 1, not '%s'",
				d.Name, d.Owner.Name, d.Owner.Name, args[0].Type().Name)
		}
		return d.Fn(th, cls, args[1:], kw)
	}
	ClassMethodDescriptorType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		d := o.(*ClassMethodDescriptor)
		return NewStr("<method '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}

	GetSetDescriptorType.Slots.DescrGet = func(th *Thread, descr, obj Object, owner *Type) (Object, error) {
		d := descr.(*GetSetDescriptor)
		if obj == nil {
			return d, nil
		}
		if err := descrCheck(d.Name, d.Owner, obj); err != nil {
			return nil, err
		}
		return d.Get(th, unwrapSelf(d.Owner, obj))
	}
	GetSetDescriptorType.Slots.DescrSet = func(th *Thread, descr, obj, value Object) error {
		d := descr.(*GetSetDescriptor)
		if d.Set == nil {
			return NewError(AttributeErrorType, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.Name)
		}
		if err := descrCheck(d.Name, d.Owner, obj); err != nil {
			return err
		}
		return d.Set(th, unwrapSelf(d.Owner, obj), value)
	}
	GetSetDescriptorType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		d := o.(*GetSetDescriptor)
		return NewStr("<attribute '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}

	MemberDescriptorType.Slots.DescrGet = func(th *Thread, descr, obj Object, owner *Type) (Object, error) {
		d := descr.(*MemberDescriptor)
		if obj == nil {
			return d, nil
		}
		if err := descrCheck(d.Name, d.Owner, obj); err != nil {
			return nil, err
		}
		if in, ok := obj.(*Instance); ok && d.Index < len(in.SlotValues) {
			mu := slotLock(in)
			mu.Lock()
			v := in.SlotValues[d.Index]
			mu.Unlock()
			if v != nil {
				return v, nil
			}
		}
		return nil, attrError(obj, Intern(d.Name))
	}
	MemberDescriptorType.Slots.DescrSet = func(th *Thread, descr, obj, value Object) error {
		d := descr.(*MemberDescriptor)
		if err := descrCheck(d.Name, d.Owner, obj); err != nil {
			return err
		}
		in, ok := obj.(*Instance)
		if !ok || d.Index >= len(in.SlotValues) {
			return attrError(obj, Intern(d.Name))
		}
		mu := slotLock(in)
		mu.Lock()
		old := in.SlotValues[d.Index]
		in.SlotValues[d.Index] = value
		mu.Unlock()
		if value == nil && old == nil {
			// CPython 3.11 names only the slot when deleting an unset one.
			return NewException(AttributeErrorType, NewStr(d.Name))
		}
		return nil
	}
	MemberDescriptorType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		d := o.(*MemberDescriptor)
		return NewStr("<member '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}

	WrapperDescriptorType.Slots.DescrGet = func(th *Thread, descr, obj Object, owner *Type) (Object, error) {
		d := descr.(*SlotWrapper)
		if obj == nil {
			return d, nil
		}
		if err := descrCheck(d.Name, d.Owner, obj); err != nil {
			return nil, err
		}
		return &BuiltinFunction{Name: d.Name, QualName: d.Owner.Name + "." + d.Name, Self: obj, Fn: d.Call, Owner: d.Owner, wrapper: true}, nil
	}
	WrapperDescriptorType.Slots.Call = func(th *Thread, descr Object, args []Object, kw *KwArgs) (Object, error) {
		d := descr.(*SlotWrapper)
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", d.Name, d.Owner.Name)
		}
		if err := descrCheck(d.Name, d.Owner, args[0]); err != nil {
			return nil, err
		}
		return callBuiltinMethod(th, d.Owner, d.Call, args[0], args[1:], kw)
	}
	WrapperDescriptorType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		d := o.(*SlotWrapper)
		return NewStr("<slot wrapper '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}
}

// descrInfo returns name, owner and doc of a built-in descriptor.
func descrInfo(o Object) (string, *Type, string) {
	switch d := o.(type) {
	case *MethodDescriptor:
		return d.Name, d.Owner, d.Doc
	case *ClassMethodDescriptor:
		return d.Name, d.Owner, d.Doc
	case *GetSetDescriptor:
		return d.Name, d.Owner, d.Doc
	case *MemberDescriptor:
		return d.Name, d.Owner, ""
	case *SlotWrapper:
		return d.Name, d.Owner, ""
	}
	return "", ObjectType, ""
}

func init() {
	for _, t := range []*Type{MethodDescriptorType, ClassMethodDescriptorType, GetSetDescriptorType, MemberDescriptorType, WrapperDescriptorType} {
		DefGetter(t, "__name__", func(th *Thread, self Object) (Object, error) {
			n, _, _ := descrInfo(self)
			return NewStr(n), nil
		})
		DefGetter(t, "__qualname__", func(th *Thread, self Object) (Object, error) {
			n, owner, _ := descrInfo(self)
			return NewStr(owner.QualName + "." + n), nil
		})
		DefGetter(t, "__objclass__", func(th *Thread, self Object) (Object, error) {
			_, owner, _ := descrInfo(self)
			return owner, nil
		})
		DefGetter(t, "__doc__", func(th *Thread, self Object) (Object, error) {
			if _, _, doc := descrInfo(self); doc != "" {
				return NewStr(doc), nil
			}
			return None, nil
		})
	}
}
