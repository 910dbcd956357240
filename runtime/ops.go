package py

// Operators: arithmetic with CPython's dispatch rules (forward slot,
// reflected slot, subclass priority, NotImplemented), unary operators,
// truth, hash, repr/str/format, len and item access.

import (
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// binOpSymbols are the operator texts used in TypeError messages.
var binOpSymbols = [numBinOps]string{"+", "-", "*", "@", "/", "//", "%", "divmod()", "**", "<<", ">>", "&", "^", "|"}

// binOpNames are the special method names: forward, reflected, in-place.
var binOpNames = [numBinOps][3]string{
	{"__add__", "__radd__", "__iadd__"},
	{"__sub__", "__rsub__", "__isub__"},
	{"__mul__", "__rmul__", "__imul__"},
	{"__matmul__", "__rmatmul__", "__imatmul__"},
	{"__truediv__", "__rtruediv__", "__itruediv__"},
	{"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
	{"__mod__", "__rmod__", "__imod__"},
	{"__divmod__", "__rdivmod__", ""},
	{"__pow__", "__rpow__", "__ipow__"},
	{"__lshift__", "__rlshift__", "__ilshift__"},
	{"__rshift__", "__rrshift__", "__irshift__"},
	{"__and__", "__rand__", "__iand__"},
	{"__xor__", "__rxor__", "__ixor__"},
	{"__or__", "__ror__", "__ior__"},
}

// Add is a + b.
func Add(th *Thread, a, b Object) (Object, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return intAdd(x, y), nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x + y, nil
		}
	}
	return BinaryOp(th, OpAdd, a, b)
}

// Sub is a - b.
func Sub(th *Thread, a, b Object) (Object, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return intSub(x, y), nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x - y, nil
		}
	}
	return BinaryOp(th, OpSub, a, b)
}

// Mul is a * b.
func Mul(th *Thread, a, b Object) (Object, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return intMul(x, y), nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x * y, nil
		}
	}
	return BinaryOp(th, OpMul, a, b)
}

// MatMul is a @ b.
func MatMul(th *Thread, a, b Object) (Object, error) { return BinaryOp(th, OpMatMul, a, b) }

// TrueDiv is a / b.
func TrueDiv(th *Thread, a, b Object) (Object, error) { return BinaryOp(th, OpTrueDiv, a, b) }

// FloorDiv is a // b.
func FloorDiv(th *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && y > 0 {
			return intFloorDiv(x, y)
		}
	}
	return BinaryOp(th, OpFloorDiv, a, b)
}

// Mod is a % b.
func Mod(th *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && y > 0 {
			return intMod(x, y)
		}
	}
	return BinaryOp(th, OpMod, a, b)
}

// DivMod is divmod(a, b).
func DivMod(th *Thread, a, b Object) (Object, error) { return BinaryOp(th, OpDivMod, a, b) }

// Pow is a ** b.
func Pow(th *Thread, a, b Object) (Object, error) { return BinaryOp(th, OpPow, a, b) }

// LShift is a << b.
func LShift(th *Thread, a, b Object) (Object, error) { return BinaryOp(th, OpLShift, a, b) }

// RShift is a >> b.
func RShift(th *Thread, a, b Object) (Object, error) { return BinaryOp(th, OpRShift, a, b) }

// And is a & b.
func And(th *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x & y, nil
		}
	}
	return BinaryOp(th, OpAnd, a, b)
}

// Or is a | b.
func Or(th *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x | y, nil
		}
	}
	return BinaryOp(th, OpOr, a, b)
}

// Xor is a ^ b.
func Xor(th *Thread, a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x ^ y, nil
		}
	}
	return BinaryOp(th, OpXor, a, b)
}

// BinaryOp applies a binary operator with CPython's rules: when b's type
// is a proper subclass of a's that overrides the reflected method, b's
// __rop__ is tried first; then a.__op__(b); then b.__rop__(a) (only when
// the types differ). A result of NotImplemented moves on to the next
// candidate; when all decline, TypeError.
func BinaryOp(th *Thread, op BinOp, a, b Object) (Object, error) {
	if r, ok := fastArith(op, a, b); ok {
		return r, nil
	}
	r, err := binaryOp1(th, op, a, b)
	if r != nil || err != nil {
		return r, err
	}
	return nil, binOpError(op, "", a, b)
}

// binaryOp1 is BinaryOp returning (nil, nil) when no method handles it.
func binaryOp1(th *Thread, op BinOp, a, b Object) (Object, error) {
	ta, tb := a.Type(), b.Type()
	fa := ta.Slots.Binary[op]
	var rb func(th *Thread, self, other Object) (Object, error)
	if tb != ta {
		rb = tb.Slots.RBinary[op]
		if rb != nil && tb.IsSubtype(ta) && overridesReflected(ta, tb, op) {
			r, err := rb(th, b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
			rb = nil
		}
	}
	if fa != nil {
		r, err := fa(th, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if rb != nil {
		r, err := rb(th, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, nil
}

// overridesReflected reports whether subclass sub defines a reflected
// method for op different from base's.
func overridesReflected(base, sub *Type, op BinOp) bool {
	name := Intern(binOpNames[op][1])
	return sub.Lookup(name) != base.Lookup(name)
}

// binOpError builds the TypeError for an unsupported binary operation.
// suffix is "=" for augmented assignment.
func binOpError(op BinOp, suffix string, a, b Object) error {
	an, bn := a.Type().Name, b.Type().Name
	if suffix == "" {
		if op == OpAdd {
			if seq := seqName(a); seq != "" && seq != "range" {
				return NewError(TypeErrorType, "can only concatenate %s (not \"%s\") to %s", seq, bn, seq)
			}
		}
		if op == OpMul {
			if seqName(a) != "" && a.Type().Slots.Index == nil {
				return NewError(TypeErrorType, "can't multiply sequence by non-int of type '%s'", bn)
			}
			if seqName(b) != "" && b.Type().Slots.Index == nil {
				return NewError(TypeErrorType, "can't multiply sequence by non-int of type '%s'", an)
			}
		}
	} else if op == OpAdd || op == OpMul {
		if seq := seqName(a); seq == "list" && op == OpAdd {
			return NewError(TypeErrorType, "'%s' object is not iterable", bn)
		} else if seq != "" && op == OpAdd {
			return NewError(TypeErrorType, "can only concatenate %s (not \"%s\") to %s", seq, bn, seq)
		} else if seq != "" {
			return NewError(TypeErrorType, "can't multiply sequence by non-int of type '%s'", bn)
		}
	}
	sym := binOpSymbols[op]
	switch op {
	case OpPow:
		if suffix == "" {
			sym = "** or pow()"
		}
	case OpDivMod:
		return NewError(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", an, bn)
	}
	return NewError(TypeErrorType, "unsupported operand type(s) for %s%s: '%s' and '%s'", sym, suffix, an, bn)
}

// seqName returns the name of the built-in sequence type o is (or
// derives from), or "".
func seqName(o Object) string {
	t := o.Type()
	for _, s := range []*Type{StrType, ListType, TupleType, BytesType, ByteArrayType} {
		if t.IsSubtype(s) {
			return s.Name
		}
	}
	return ""
}

// InPlaceOp implements augmented assignment a op= b: a.__iop__(b), then
// the binary operator.
func InPlaceOp(th *Thread, op BinOp, a, b Object) (Object, error) {
	if r, ok := fastArith(op, a, b); ok {
		return r, nil // int and float have no in-place methods
	}
	switch op {
	case OpAdd:
		if x, ok := a.(Int); ok {
			if y, ok := b.(Int); ok {
				return intAdd(x, y), nil
			}
		}
	case OpSub:
		if x, ok := a.(Int); ok {
			if y, ok := b.(Int); ok {
				return intSub(x, y), nil
			}
		}
	}
	if f := a.Type().Slots.InPlace[op]; f != nil {
		r, err := f(th, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := binaryOp1(th, op, a, b)
	if r != nil || err != nil {
		return r, err
	}
	return nil, binOpError(op, "=", a, b)
}

// PowMod is pow(a, b, mod).
func PowMod(th *Thread, a, b, mod Object) (Object, error) {
	if mod == None {
		return Pow(th, a, b)
	}
	if f := a.Type().Slots.Pow3; f != nil {
		r, err := f(th, a, b, mod)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, NewError(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
		a.Type().Name, b.Type().Name, mod.Type().Name)
}

var unaryNames = [numUnaryOps]string{"unary -", "unary +", "unary ~", "abs()"}

// UnaryOpApply applies a unary operator through the type's slot.
func UnaryOpApply(th *Thread, op UnaryOp, o Object) (Object, error) {
	if f := o.Type().Slots.Unary[op]; f != nil {
		return f(th, o)
	}
	return nil, NewError(TypeErrorType, "bad operand type for %s: '%s'", unaryNames[op], o.Type().Name)
}

// Neg is -o.
func Neg(th *Thread, o Object) (Object, error) {
	switch v := o.(type) {
	case Int:
		return intNeg(v), nil
	case Float:
		return -v, nil
	}
	return UnaryOpApply(th, OpNeg, o)
}

// Pos is +o.
func Pos(th *Thread, o Object) (Object, error) { return UnaryOpApply(th, OpPos, o) }

// Invert is ~o.
func Invert(th *Thread, o Object) (Object, error) {
	if v, ok := o.(Int); ok {
		return ^v, nil
	}
	return UnaryOpApply(th, OpInvert, o)
}

// Abs is abs(o).
func Abs(th *Thread, o Object) (Object, error) { return UnaryOpApply(th, OpAbs, o) }

// Not is `not o`.
func Not(th *Thread, o Object) (Object, error) {
	t, err := Truth(th, o)
	if err != nil {
		return nil, err
	}
	return Bool(!t), nil
}

// Truth is bool(o): __bool__, then __len__, else true.
func Truth(th *Thread, o Object) (bool, error) {
	switch v := o.(type) {
	case Bool:
		return bool(v), nil
	case Int:
		return v != 0, nil
	case *NoneType:
		return false, nil
	case *Str:
		return v.String() != "", nil
	case Float:
		return v != 0, nil
	}
	t := o.Type()
	if f := t.Slots.Bool; f != nil {
		return f(th, o)
	}
	if f := t.Slots.Len; f != nil {
		n, err := f(th, o)
		return n != 0, err
	}
	return true, nil
}

// Hash is hash(o).
func Hash(th *Thread, o Object) (int64, error) {
	if v, ok := o.(Int); ok {
		return hashInt64(int64(v)), nil
	}
	t := o.Type()
	if f := t.Slots.Hash; f != nil {
		return f(th, o)
	}
	if !t.readyFlag.Load() && readyDone.Load() {
		ReadyType(t)
		if f := t.Slots.Hash; f != nil {
			return f(th, o)
		}
	}
	return 0, NewError(TypeErrorType, "unhashable type: '%s'", t.Name)
}

// Id is id(o): the object's address for reference types, a value-derived
// number for the header-less value types.
func Id(o Object) int64 {
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		return int64(v.Pointer())
	}
	// Value types: equal values share an id, different ones (mostly) not.
	switch x := o.(type) {
	case Int:
		return 0x7e0000000000 + int64(x)<<5
	case Bool:
		if x {
			return 0x7d0000000020
		}
		return 0x7d0000000040
	}
	h, err := Hash(nil, o)
	if err != nil {
		return 0
	}
	return 0x7c0000000000 + (h&0xffffffffff)<<4
}

// Repr is repr(o).
func Repr(th *Thread, o Object) (*Str, error) {
	if s, ok := o.(*Str); ok && o.Type() == StrType {
		if f := StrType.Slots.Repr; f != nil {
			r, err := f(th, s)
			if err != nil {
				return nil, err
			}
			return r.(*Str), nil
		}
	}
	f := o.Type().Slots.Repr
	if f == nil {
		return NewStr(defaultRepr(o)), nil
	}
	if th != nil {
		if err := th.Enter(); err != nil {
			return nil, recursionWhile(err, "while getting the repr of an object")
		}
	}
	r, err := f(th, o)
	if th != nil {
		th.Leave()
	}
	if err != nil {
		return nil, err
	}
	s, ok := r.(*Str)
	if !ok {
		if in, isInst := r.(*Instance); isInst {
			if bs, isStr := in.Base.(*Str); isStr {
				return bs, nil
			}
		}
		return nil, NewError(TypeErrorType, "__repr__ returned non-string (type %s)", r.Type().Name)
	}
	return s, nil
}

// recursionWhile rewords a RecursionError raised by th.Enter.
func recursionWhile(err error, what string) error {
	if e, ok := err.(*BaseException); ok && e.Type() == RecursionErrorType && e.Context == nil {
		return NewError(RecursionErrorType, "maximum recursion depth exceeded %s", what)
	}
	return err
}

// defaultRepr is object.__repr__: <module.Class object at 0x...>.
func defaultRepr(o Object) string {
	t := o.Type()
	name := t.QualName
	if t.Module != "" && t.Module != "builtins" {
		name = t.Module + "." + name
	}
	return "<" + name + " object at " + hexAddr(o) + ">"
}

// StrOf is str(o).
func StrOf(th *Thread, o Object) (*Str, error) {
	if s, ok := o.(*Str); ok {
		return s, nil
	}
	f := o.Type().Slots.Str
	if f == nil {
		return Repr(th, o)
	}
	r, err := f(th, o)
	if err != nil {
		return nil, err
	}
	s, ok := r.(*Str)
	if !ok {
		if in, isInst := r.(*Instance); isInst {
			if bs, isStr := in.Base.(*Str); isStr {
				return bs, nil
			}
		}
		return nil, NewError(TypeErrorType, "__str__ returned non-string (type %s)", r.Type().Name)
	}
	return s, nil
}

// ASCII is ascii(o): repr with non-ASCII characters escaped.
func ASCII(th *Thread, o Object) (*Str, error) {
	r, err := Repr(th, o)
	if err != nil {
		return nil, err
	}
	s := r.String()
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return r, nil
	}
	var b strings.Builder
	for _, c := range s {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			b.WriteString(`\x` + pad(strconv.FormatInt(int64(c), 16), 2))
		case c < 0x10000:
			b.WriteString(`\u` + pad(strconv.FormatInt(int64(c), 16), 4))
		case c == utf8.RuneError:
			b.WriteString(`\ufffd`)
		default:
			b.WriteString(`\U` + pad(strconv.FormatInt(int64(c), 16), 8))
		}
	}
	return NewStr(b.String()), nil
}

func pad(s string, n int) string {
	for len(s) < n {
		s = "0" + s
	}
	return s
}

// Format is format(o, spec).
func Format(th *Thread, o Object, spec *Str) (*Str, error) {
	if spec == nil {
		spec = NewStr("")
	}
	f := o.Type().Slots.Format
	if f == nil {
		return objectFormat(th, o, spec)
	}
	r, err := f(th, o, spec)
	if err != nil {
		return nil, err
	}
	s, ok := r.(*Str)
	if !ok {
		return nil, NewError(TypeErrorType, "__format__ must return a str, not %s", r.Type().Name)
	}
	return s, nil
}

// objectFormat is object.__format__.
func objectFormat(th *Thread, o Object, spec *Str) (*Str, error) {
	if spec.String() != "" {
		return nil, NewError(TypeErrorType, "unsupported format string passed to %s.__format__", o.Type().Name)
	}
	return StrOf(th, o)
}

// Len is len(o).
func Len(th *Thread, o Object) (int, error) {
	f := o.Type().Slots.Len
	if f == nil {
		return 0, NewError(TypeErrorType, "object of type '%s' has no len()", o.Type().Name)
	}
	n, err := f(th, o)
	if err == nil && n < 0 {
		return 0, NewError(ValueErrorType, "__len__() should return >= 0")
	}
	return n, err
}

// Index is operator.index(o): an Int or *BigInt via __index__.
func Index(th *Thread, o Object) (Object, error) {
	switch o.(type) {
	case Int, *BigInt:
		return o, nil
	case Bool:
		if o.(Bool) {
			return Int(1), nil
		}
		return Int(0), nil
	}
	f := o.Type().Slots.Index
	if f == nil {
		return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	r, err := f(th, o)
	if err != nil {
		return nil, err
	}
	switch r.(type) {
	case Int, *BigInt:
		return r, nil
	case Bool:
		return Index(th, r)
	}
	return nil, NewError(TypeErrorType, "__index__ returned non-int (type %s)", r.Type().Name)
}

// IndexInt is Index converted to a Go int (OverflowError when too big).
func IndexInt(th *Thread, o Object) (int, error) {
	r, err := Index(th, o)
	if err != nil {
		return 0, err
	}
	if v, ok := r.(Int); ok {
		return int(v), nil
	}
	return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
}

// GetItem is o[k].
func GetItem(th *Thread, o, k Object) (Object, error) {
	if f := o.Type().Slots.GetItem; f != nil {
		return f(th, o, k)
	}
	if t, ok := o.(*Type); ok {
		if t == TypeType {
			return NewGenericAlias(t, k), nil // type[int]
		}
		if cg := t.Lookup(cnDnClassGetitem); cg != nil {
			m, err := bindDescr(th, cg, nil, t)
			if err != nil {
				return nil, err
			}
			return Call1(th, m, k)
		}
		return nil, NewError(TypeErrorType, "type '%s' is not subscriptable", t.Name)
	}
	return nil, NewError(TypeErrorType, "'%s' object is not subscriptable", o.Type().Name)
}

// SetItem is o[k] = v.
func SetItem(th *Thread, o, k, v Object) error {
	if f := o.Type().Slots.SetItem; f != nil {
		return f(th, o, k, v)
	}
	if o.Type().Slots.GetItem == nil {
		return NewError(TypeErrorType, "'%s' object does not support item assignment", o.Type().Name)
	}
	return NewError(TypeErrorType, "'%s' object does not support item assignment", o.Type().Name)
}

// DelItem is del o[k].
func DelItem(th *Thread, o, k Object) error {
	if f := o.Type().Slots.DelItem; f != nil {
		return f(th, o, k)
	}
	if o.Type().Slots.GetItem == nil {
		return NewError(TypeErrorType, "'%s' object does not support item deletion", o.Type().Name)
	}
	return NewError(TypeErrorType, "'%s' object doesn't support item deletion", o.Type().Name)
}

// Contains is `item in container`: __contains__, else iteration comparing
// with identity and ==.
func Contains(th *Thread, container, item Object) (bool, error) {
	t := container.Type()
	if f := t.Slots.Contains; f != nil {
		return f(th, container, item)
	}
	if t.Slots.Iter == nil && t.Slots.GetItem == nil {
		return false, NewError(TypeErrorType, "argument of type '%s' is not iterable", t.Name)
	}
	it, err := Iter(th, container)
	if err != nil {
		return false, err
	}
	for {
		v, err := Next(th, it)
		if err != nil || v == nil {
			return false, err
		}
		if Is(v, item) {
			return true, nil
		}
		eq, err := CompareBool(th, OpEQ, v, item)
		if err != nil || eq {
			return eq, err
		}
	}
}

// typeName returns the type name of o ("NoneType" for nil).
func typeName(o Object) string {
	if o == nil {
		return "NoneType"
	}
	return o.Type().Name
}
