package py

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// Object is a Python value.
type Object interface {
	// Type returns the value's Python type. It never returns nil.
	Type() *Type
}

// BinOp numbers the binary operators; it indexes Slots.Binary,
// Slots.RBinary and Slots.InPlace.
type BinOp uint8

// The binary operators, in the order of Python's operator module names.
const (
	OpAdd BinOp = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpDivMod
	OpPow
	OpLShift
	OpRShift
	OpAnd
	OpXor
	OpOr
	numBinOps
)

// CompareOp numbers the rich comparisons (Python's Py_LT ... Py_GE).
type CompareOp uint8

// The rich comparison operators.
const (
	OpLT CompareOp = iota
	OpLE
	OpEQ
	OpNE
	OpGT
	OpGE
)

// UnaryOp numbers the unary operators that have slots.
type UnaryOp uint8

// The unary operators.
const (
	OpNeg UnaryOp = iota
	OpPos
	OpInvert
	OpAbs
	numUnaryOps
)

// Slots holds a type's implementation of each protocol. A nil slot means the
// type does not support the operation. Every slot takes the calling thread.
// Binary slots return NotImplemented (not an error) when they do not handle
// the other operand's type, exactly as CPython's number slots do.
type Slots struct {
	Repr   func(th *Thread, o Object) (Object, error)
	Str    func(th *Thread, o Object) (Object, error)
	Format func(th *Thread, o Object, spec *Str) (Object, error)
	Hash   func(th *Thread, o Object) (int64, error)
	Bool   func(th *Thread, o Object) (bool, error)
	Len    func(th *Thread, o Object) (int, error)

	// Compare implements ==, !=, <, <=, >, >=; NotImplemented if unsupported.
	Compare func(th *Thread, a, b Object, op CompareOp) (Object, error)

	// Binary[op](a, b) is a.__op__(b); RBinary[op](b, a) is b.__rop__(a),
	// receiver first; InPlace[op](a, b) is a.__iop__(b).
	Binary  [numBinOps]func(th *Thread, a, b Object) (Object, error)
	RBinary [numBinOps]func(th *Thread, self, other Object) (Object, error)
	InPlace [numBinOps]func(th *Thread, a, b Object) (Object, error)
	Unary   [numUnaryOps]func(th *Thread, o Object) (Object, error)
	// Pow3 is three-argument pow(a, b, mod).
	Pow3 func(th *Thread, a, b, mod Object) (Object, error)

	Int   func(th *Thread, o Object) (Object, error) // __int__
	Float func(th *Thread, o Object) (Object, error) // __float__
	Index func(th *Thread, o Object) (Object, error) // __index__

	// Iteration. Next returns (nil, nil) when the iterator is exhausted,
	// so loops never pay for raising StopIteration.
	Iter func(th *Thread, o Object) (Object, error)
	Next func(th *Thread, o Object) (Object, error)

	Contains func(th *Thread, container, item Object) (bool, error)
	GetItem  func(th *Thread, o, key Object) (Object, error)
	SetItem  func(th *Thread, o, key, value Object) error
	DelItem  func(th *Thread, o, key Object) error

	// Attribute access. GetAttr returns (nil, nil) when the attribute does
	// not exist, so that hasattr/getattr-with-default cost no exception;
	// callers turn that into AttributeError.
	GetAttr func(th *Thread, o Object, name *Str) (Object, error)
	SetAttr func(th *Thread, o Object, name *Str, value Object) error // value nil: delete

	// Descriptor protocol: DescrGet is __get__(obj, owner) (obj nil for class
	// access); DescrSet is __set__/__delete__ (value nil: delete). A type with
	// DescrSet is a data descriptor.
	DescrGet func(th *Thread, descr, obj Object, owner *Type) (Object, error)
	DescrSet func(th *Thread, descr, obj, value Object) error

	// Call is the general call: positional args and keyword arguments.
	Call func(th *Thread, callable Object, args []Object, kw *KwArgs) (Object, error)

	// New is __new__(cls, *args, **kw); Init is __init__(self, *args, **kw).
	New  func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error)
	Init func(th *Thread, self Object, args []Object, kw *KwArgs) error
}

// TypeFlags are properties of a type.
type TypeFlags uint32

// Type flags.
const (
	// FlagBaseType: the type can be subclassed.
	FlagBaseType TypeFlags = 1 << iota
	// FlagHeapType: a class created by a class statement or type(name, bases, dict).
	FlagHeapType
	// FlagHasDict: instances carry a __dict__.
	FlagHasDict
	// FlagAbstract: the class has abstract methods (abc).
	FlagAbstract
)

// Type is a Python type object: a built-in type or a class.
type Type struct {
	Name     string // __name__
	QualName string // __qualname__
	Module   string // __module__ ("builtins" for built-in types)
	Doc      string
	Bases    []*Type
	MRO      []*Type // C3 linearisation, starting with the type itself
	Base     *Type   // the "solid" base: the first built-in type in the MRO that defines the instance layout
	Flags    TypeFlags
	Slots    Slots

	// Dict is the type's namespace (methods, class attributes, descriptors).
	// Mutations go through SetAttr so that Version changes.
	Dict *Dict

	// SlotNames is __slots__ for classes that declare it (nil otherwise).
	SlotNames []string

	meta *Type // the metaclass; nil means type
	// genericAttr: instances use object.__getattribute__ (possibly
	// followed by a Python __getattr__ hook, getattrHook), so attribute
	// lookups may use inline caches.
	genericAttr bool
	getattrHook bool
	ready       bool          // readyType has run
	readyFlag   atomic.Bool   // set when ReadyType has finished
	version     atomic.Uint32 // bumped whenever this type or a base changes; inline caches key on it
	subMu       sync.Mutex
	subs        []*Type // direct subclasses, for __subclasses__ and version propagation
	lcache      atomic.Pointer[lookupCache]
	// dictHint is the largest instance dict size seen, used to presize
	// the dicts of new instances.
	dictHint atomic.Int32
	// ownSlots marks, for a built-in type, the slots (by slotDefs index)
	// it implements itself rather than inherits.
	ownSlots []bool
}

// Version returns the type's current version tag. Inline caches that
// remember the result of a lookup compare it before trusting the result.
func (t *Type) Version() uint32 { return t.version.Load() }

// Modified invalidates inline caches for t and its subclasses; call it
// after any change to t.Dict or t.Bases.
func (t *Type) Modified() {
	t.version.Add(1)
	t.subMu.Lock()
	subs := append([]*Type(nil), t.subs...)
	t.subMu.Unlock()
	for _, s := range subs {
		s.Modified()
	}
}

// Type returns the metaclass of t (usually TypeType).
func (t *Type) Type() *Type {
	if t.meta != nil {
		return t.meta
	}
	return TypeType
}

// IsSubtype reports whether t is other or a subclass of it (by MRO).
func (t *Type) IsSubtype(other *Type) bool {
	if t == other {
		return true
	}
	for _, m := range t.MRO {
		if m == other {
			return true
		}
	}
	return false
}

// Lookup finds name along t's MRO without invoking descriptors
// (CPython's _PyType_Lookup). It returns nil when no class defines it.
// Results are cached per type (a small direct-mapped table keyed by the
// name's pointer, so interned names hit) until the type's version changes.
func (t *Type) Lookup(name *Str) Object {
	ver := t.version.Load()
	c := t.lcache.Load()
	if c == nil || c.ver != ver {
		c = &lookupCache{ver: ver}
		t.lcache.Store(c)
	}
	slot := &c.slots[(uintptr(unsafe.Pointer(name))>>4)&(lookupCacheSize-1)]
	if e := slot.Load(); e != nil && e.name == name {
		return e.v
	}
	v := t.lookupSlow(name)
	slot.Store(&lookupEntry{name: name, v: v})
	return v
}

const lookupCacheSize = 64

// lookupCache memoises Type.Lookup for one version of a type.
type lookupCache struct {
	ver   uint32
	slots [lookupCacheSize]atomic.Pointer[lookupEntry]
}

type lookupEntry struct {
	name *Str
	v    Object // nil: not found
}

// lookupSlow walks the MRO.
func (t *Type) lookupSlow(name *Str) Object {
	ensureReady(t)
	for _, m := range t.MRO {
		if m.Dict == nil {
			continue
		}
		if v := m.Dict.getStr(name); v != nil {
			return v
		}
	}
	return nil
}

// Instance is an instance of a class defined in Python (or created with
// type()), including subclasses of built-in types.
type Instance struct {
	typ *Type
	// Dict holds the instance attributes (nil for classes with __slots__ and
	// no __dict__).
	Dict *Dict
	// SlotValues holds __slots__ values, in the order of Type.SlotNames
	// (nil entries are unset).
	SlotValues []Object
	// Base is the built-in value this instance extends when its class
	// derives from a built-in type other than object (an Int for
	// `class C(int)`, a *List for `class C(list)`); nil otherwise.
	Base Object
}

// Type returns the instance's class.
func (o *Instance) Type() *Type { return o.typ }

// NewInstance allocates an instance of class t (no __init__ is run).
func NewInstance(t *Type) *Instance {
	o := &Instance{typ: t}
	if t.Flags&FlagHasDict != 0 {
		o.Dict = newInstanceDict(int(t.dictHint.Load()))
	}
	if len(t.SlotNames) > 0 {
		o.SlotValues = make([]Object, len(t.SlotNames))
	}
	return o
}

// SetClass implements assignment to __class__ (layouts must be compatible;
// the caller checks).
func (o *Instance) SetClass(t *Type) { o.typ = t }

// NoneType is the type of None.
type NoneType struct{}

// Type returns NoneTypeType.
func (*NoneType) Type() *Type { return NoneTypeType }

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// Type returns NotImplementedTypeType.
func (*NotImplementedType) Type() *Type { return NotImplementedTypeType }

// EllipsisType is the type of Ellipsis (`...`).
type EllipsisType struct{}

// Type returns EllipsisTypeType.
func (*EllipsisType) Type() *Type { return EllipsisTypeType }

// The singletons. Compare with ==.
var (
	None           = &NoneType{}
	NotImplemented = &NotImplementedType{}
	Ellipsis       = &EllipsisType{}
)
