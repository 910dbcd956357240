package py

import (
	"bytes"
	"hash/maphash"
	"sync"
	"sync/atomic"

	"github.com/pygo-dev/pygo/internal/pystr"
)

// Bytes is a Python bytes object: an immutable byte string.
type Bytes struct {
	b    []byte
	hash int64 // 0: not computed yet (accessed atomically)
}

// Type returns BytesType.
func (b *Bytes) Type() *Type { return BytesType }

// Bytes returns the contents; the caller must not modify them.
func (b *Bytes) Bytes() []byte { return b.b }

// NewBytes makes a bytes object that owns b.
func NewBytes(b []byte) *Bytes {
	if len(b) == 0 {
		return emptyBytes
	}
	return &Bytes{b: b}
}

var emptyBytes = &Bytes{b: []byte{}}

// ByteArray is a Python bytearray: a mutable byte string, safe for
// concurrent use (every operation holds mu).
type ByteArray struct {
	mu sync.Mutex
	b  []byte
	// exports counts live buffer exports (memoryview); resizing is refused
	// while it is non-zero.
	exports atomic.Int64
}

// Type returns ByteArrayType.
func (a *ByteArray) Type() *Type { return ByteArrayType }

// NewByteArray makes a bytearray that owns b.
func NewByteArray(b []byte) *ByteArray { return &ByteArray{b: b} }

// snapshot returns a copy of the contents.
func (a *ByteArray) snapshot() []byte {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]byte(nil), a.b...)
}

// Snapshot returns a copy of the contents.
func (a *ByteArray) Snapshot() []byte { return a.snapshot() }

// Hash returns hash(b).
func (b *Bytes) Hash() int64 {
	if h := atomic.LoadInt64(&b.hash); h != 0 {
		return h
	}
	if len(b.b) == 0 {
		return 0
	}
	h := int64(maphash.Bytes(strHashSeed, b.b))
	if h == 0 || h == -1 {
		h = 2
	}
	atomic.StoreInt64(&b.hash, h)
	return h
}

// bytesIterator iterates over a bytes or bytearray, yielding ints.
type bytesIterator struct {
	mu  sync.Mutex
	src Object // *Bytes or *ByteArray
	pos int
}

// Iterator types of bytes and bytearray.
var (
	BytesIteratorType     = newBuiltinType("bytes_iterator", ObjectType, 0)
	ByteArrayIteratorType = newBuiltinType("bytearray_iterator", ObjectType, 0)
)

// Type returns the iterator's type.
func (it *bytesIterator) Type() *Type {
	if _, ok := it.src.(*ByteArray); ok {
		return ByteArrayIteratorType
	}
	return BytesIteratorType
}

func bytesIterNext(th *Thread, o Object) (Object, error) {
	it := o.(*bytesIterator)
	it.mu.Lock()
	defer it.mu.Unlock()
	switch s := it.src.(type) {
	case *Bytes:
		if it.pos < len(s.b) {
			it.pos++
			return Int(s.b[it.pos-1]), nil
		}
	case *ByteArray:
		s.mu.Lock()
		defer s.mu.Unlock()
		if it.pos < len(s.b) {
			it.pos++
			return Int(s.b[it.pos-1]), nil
		}
	}
	return nil, nil
}

// bytesGetItem implements indexing and slicing over b; mk builds the
// result of a slice.
func bytesGetItem(th *Thread, b []byte, key Object, what string, mk func([]byte) Object) (Object, error) {
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := sl.Indices(th, len(b))
		if err != nil {
			return nil, err
		}
		out := make([]byte, 0, max(n, 0))
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			out = append(out, b[i])
		}
		return mk(out), nil
	}
	i, err := seqIndex(th, key, len(b), what)
	if err != nil {
		return nil, err
	}
	return Int(b[i]), nil
}

// seqIndex converts an index for a sequence of length n ("index out of
// range" names what).
func seqIndex(th *Thread, key Object, n int, what string) (int, error) {
	v, ok := intOf(key)
	if !ok {
		if key.Type().Slots.Index == nil {
			return 0, NewError(TypeErrorType, "%s indices must be integers or slices, not %s", what, key.Type().Name)
		}
		r, err := Index(th, key)
		if err != nil {
			return 0, err
		}
		v, _ = intOf(r)
	}
	x, small := v.(Int)
	if !small {
		return 0, NewError(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if x < 0 {
		x += Int(n)
	}
	if x < 0 || int64(x) >= int64(n) {
		if what == "byte" {
			return 0, NewError(IndexErrorType, "index out of range")
		}
		return 0, NewError(IndexErrorType, "%s index out of range", what)
	}
	return int(x), nil
}

// bytesContains implements `x in b` for an int or a bytes-like x.
func bytesContains(th *Thread, b []byte, item Object) (bool, error) {
	if sub, ok := bytesLike(item); ok {
		return bytes.Contains(b, sub), nil
	}
	if _, ok := intOf(item); !ok && item.Type().Slots.Index == nil {
		return false, NewError(TypeErrorType, "a bytes-like object is required, not '%s'", item.Type().Name)
	}
	v, err := byteValue(th, item)
	if err != nil {
		return false, err
	}
	return bytes.IndexByte(b, v) >= 0, nil
}

// byteValue converts an int-like object to a byte value with CPython's
// errors.
func byteValue(th *Thread, o Object) (byte, error) {
	v, ok := intOf(o)
	if !ok {
		if o.Type().Slots.Index == nil {
			return 0, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
		}
		r, err := Index(th, o)
		if err != nil {
			return 0, err
		}
		v, _ = intOf(r)
	}
	x, small := v.(Int)
	if !small || x < 0 || x > 255 {
		return 0, NewError(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(x), nil
}

func bytesCompare(a, b []byte, op CompareOp) Bool {
	return Bool(cmpResult(bytes.Compare(a, b), op))
}

func init() {
	s := &BytesType.Slots
	val := func(o Object) []byte { return Unwrap(o).(*Bytes).b }
	s.Repr = func(th *Thread, o Object) (Object, error) { return newStrASCII(pystr.ReprBytes(val(o))), nil }
	s.Hash = func(th *Thread, o Object) (int64, error) { return Unwrap(o).(*Bytes).Hash(), nil }
	s.Len = func(th *Thread, o Object) (int, error) { return len(val(o)), nil }
	s.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		y, ok := bytesOrByteArray(b)
		if !ok {
			return NotImplemented, nil
		}
		return bytesCompare(val(a), y, op), nil
	}
	s.Binary[OpAdd] = func(th *Thread, a, b Object) (Object, error) {
		y, ok := bytesLike(b)
		if !ok {
			if b.Type().Flags&FlagHeapType != 0 {
				return NotImplemented, nil
			}
			return nil, NewError(TypeErrorType, "can't concat %s to bytes", b.Type().Name)
		}
		x := val(a)
		return NewBytes(append(append(make([]byte, 0, len(x)+len(y)), x...), y...)), nil
	}
	mul := func(th *Thread, a, b Object) (Object, error) {
		n, ok, err := repeatCount(th, b)
		if err != nil {
			return nil, err
		}
		if !ok {
			if b.Type().Flags&FlagHeapType != 0 {
				return NotImplemented, nil
			}
			return nil, NewError(TypeErrorType, "can't multiply sequence by non-int of type '%s'", b.Type().Name)
		}
		x := val(a)
		if n <= 0 {
			return emptyBytes, nil
		}
		if int64(len(x)) > (1<<63-1)/n {
			return nil, NewError(OverflowErrorType, "repeated bytes are too long")
		}
		if CheckAlloc(n, int64(len(x))) != nil {
			return nil, NewException(MemoryErrorType)
		}
		return NewBytes(bytes.Repeat(x, int(n))), nil
	}
	s.Binary[OpMul] = mul
	s.RBinary[OpMul] = mul
	s.Binary[OpMod] = func(th *Thread, a, b Object) (Object, error) {
		r, err := bytesPercent(th, val(a), b)
		if err != nil {
			return nil, err
		}
		return NewBytes(r), nil
	}
	s.Contains = func(th *Thread, c, item Object) (bool, error) { return bytesContains(th, val(c), item) }
	s.GetItem = func(th *Thread, o, key Object) (Object, error) {
		return bytesGetItem(th, val(o), key, "byte", func(b []byte) Object { return NewBytes(b) })
	}
	s.Iter = func(th *Thread, o Object) (Object, error) { return &bytesIterator{src: Unwrap(o)}, nil }
	s.New = bytesNew
	for _, t := range []*Type{BytesIteratorType, ByteArrayIteratorType} {
		t.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
		t.Slots.Next = bytesIterNext
	}
	RegisterBuiltin("bytes", BytesType)
	RegisterBuiltin("bytearray", ByteArrayType)
}

// bytesFromObject implements the bytes(x) / bytearray(x) conversion of a
// single non-str argument: an int size, a bytes-like object, or an
// iterable of ints.
func bytesFromObject(th *Thread, x Object, fname string) ([]byte, error) {
	if b, ok := bytesLike(x); ok {
		return append([]byte(nil), b...), nil
	}
	if v, ok := intOf(x); ok || x.Type().Slots.Index != nil {
		if !ok {
			r, err := Index(th, x)
			if err != nil {
				return nil, err
			}
			v, _ = intOf(r)
		}
		n, small := v.(Int)
		if intSign(v) < 0 {
			return nil, NewError(ValueErrorType, "negative count")
		}
		if !small {
			return nil, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		if err := CheckAlloc(int64(n), 1); err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	}
	if _, ok := strOf(x); ok {
		return nil, NewError(TypeErrorType, "string argument without an encoding")
	}
	it, err := Iter(th, x)
	if err != nil {
		if e, ok := err.(*BaseException); ok && e.Type() == TypeErrorType {
			return nil, NewError(TypeErrorType, "cannot convert '%s' object to %s", x.Type().Name, fname)
		}
		return nil, err
	}
	var out []byte
	for {
		v, err := Next(th, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return out, nil
		}
		if _, ok := intOf(v); !ok && v.Type().Slots.Index == nil {
			return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		c, err := byteValue(th, v)
		if err != nil {
			if e, ok := err.(*BaseException); ok && e.Type() == ValueErrorType && fname == "bytes" {
				return nil, NewError(ValueErrorType, "bytes must be in range(0, 256)")
			}
			return nil, err
		}
		out = append(out, c)
	}
}

// bytesArgs implements the arguments of bytes() and bytearray():
// (source, encoding, errors).
func bytesArgs(th *Thread, fname string, args []Object, kw *KwArgs) ([]byte, error) {
	a, err := ParseArgs(fname, args, kw, []string{"source", "encoding", "errors"}, 0)
	if err != nil {
		return nil, err
	}
	src, enc, errs := a[0], a[1], a[2]
	if src == nil {
		if enc != nil || errs != nil {
			return nil, NewError(TypeErrorType, "encoding or errors without sequence argument")
		}
		return nil, nil
	}
	if s, ok := strOf(src); ok {
		if enc == nil {
			return nil, NewError(TypeErrorType, "string argument without an encoding")
		}
		encS, ok := strOf(enc)
		if !ok {
			return nil, NewError(TypeErrorType, "%s() argument 'encoding' must be str, not %s", fname, enc.Type().Name)
		}
		errS := "strict"
		if errs != nil {
			e, ok := strOf(errs)
			if !ok {
				return nil, NewError(TypeErrorType, "%s() argument 'errors' must be str, not %s", fname, errs.Type().Name)
			}
			errS = e.s
		}
		return encodeStr(th, s, encS.s, errS)
	}
	if enc != nil {
		return nil, NewError(TypeErrorType, "encoding without a string argument")
	}
	if errs != nil {
		return nil, NewError(TypeErrorType, "errors without a string argument")
	}
	return bytesFromObject(th, src, fname)
}

func bytesNew(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	if len(args) == 1 && kw.Len() == 0 {
		if bm := args[0].Type().Lookup(Intern("__bytes__")); bm != nil {
			r, err := CallMethod0(th, args[0], Intern("__bytes__"))
			if err != nil {
				return nil, err
			}
			if _, ok := Unwrap(r).(*Bytes); !ok {
				return nil, NewError(TypeErrorType, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
			}
			return wrapNew(cls, BytesType, Unwrap(r)), nil
		}
	}
	b, err := bytesArgs(th, "bytes", args, kw)
	if err != nil {
		return nil, err
	}
	return wrapNew(cls, BytesType, NewBytes(b)), nil
}
