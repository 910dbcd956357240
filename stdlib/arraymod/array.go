// Package arraymod provides Python's array module for Pygo: the
// array.array type (typecodes b B u h H i I l L q Q f d) with CPython's
// range checks and messages, indexing and slicing, the list-like methods,
// tobytes/frombytes (machine byte order: little-endian), tolist/fromlist,
// tounicode/fromunicode, byteswap, buffer_info, tofile/fromfile, and
// concatenation, repetition and comparison.
//
// Items are kept as Python values already converted to the item type
// (ints range-checked, 'f' items rounded to float32), guarded by a mutex
// so that each operation is atomic as in CPython.
//
// Missing: the buffer protocol (memoryview(array), bytes(array) go
// through tobytes only), pickling support (__reduce_ex__).
package arraymod

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// typecodes lists the supported type codes in CPython's order.
const typecodes = "bBuhHiIlLqQfd"

// itemSize is the size in bytes of each type code's C type.
var itemSize = map[byte]int{'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}

// ArrayType is array.array.
var ArrayType = py.NewType("array", "array", nil, 0)

// Array is an array.array value.
type Array struct {
	mu    sync.Mutex
	code  byte
	items []py.Object
}

// Type returns ArrayType.
func (a *Array) Type() *py.Type { return ArrayType }

func (a *Array) snapshot() []py.Object {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]py.Object(nil), a.items...)
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "array", Doc: "This module defines an object type which can efficiently represent\nan array of basic values.", Body: func(th *py.Thread, m *py.Module) error {
		mod := modutil.New(m)
		mod.Set("array", ArrayType)
		mod.Set("ArrayType", ArrayType)
		mod.Set("typecodes", py.NewStr(typecodes))
		return nil
	}})
	initType()
}

var (
	bigMinInt64  = big.NewInt(math.MinInt64)
	bigMaxInt64  = big.NewInt(math.MaxInt64)
	bigMaxUint64 = new(big.Int).SetUint64(math.MaxUint64)
)

// convert checks and converts one item for type code c.
func convert(th *py.Thread, c byte, o py.Object) (py.Object, error) {
	switch c {
	case 'u':
		if s, ok := py.Unwrap(o).(*py.Str); ok && len([]rune(s.String())) == 1 {
			return s, nil
		}
		return nil, py.NewError(py.TypeErrorType, "array item must be unicode character")
	case 'f', 'd':
		f, err := modutil.Float(th, o)
		if err != nil {
			return nil, err
		}
		if c == 'f' {
			f = float64(float32(f))
		}
		return py.Float(f), nil
	}
	if _, isFloat := py.Unwrap(o).(py.Float); isFloat || !modutil.IsInt(o) && o.Type().Slots.Index == nil {
		return nil, py.NewError(py.TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	b, err := modutil.IndexBig(th, o)
	if err != nil {
		return nil, err
	}
	over := func(msg string) error { return py.NewError(py.OverflowErrorType, "%s", msg) }
	switch c {
	case 'q':
		if b.Cmp(bigMinInt64) < 0 || b.Cmp(bigMaxInt64) > 0 {
			return nil, over("int too big to convert")
		}
		return py.Int(b.Int64()), nil
	case 'Q':
		if b.Sign() < 0 {
			return nil, over("can't convert negative int to unsigned")
		}
		if b.Cmp(bigMaxUint64) > 0 {
			return nil, over("int too big to convert")
		}
		return modutil.IntFromBig(b), nil
	case 'I', 'L':
		if b.Sign() < 0 {
			return nil, over("can't convert negative value to unsigned int")
		}
		if b.Cmp(bigMaxUint64) > 0 {
			return nil, over("Python int too large to convert to C unsigned long")
		}
		if c == 'I' && b.Cmp(big.NewInt(math.MaxUint32)) > 0 {
			return nil, over("unsigned int is greater than maximum")
		}
		return modutil.IntFromBig(b), nil
	}
	if b.Cmp(bigMinInt64) < 0 || b.Cmp(bigMaxInt64) > 0 {
		return nil, over("Python int too large to convert to C long")
	}
	v := b.Int64()
	var lo, hi int64
	var name string
	switch c {
	case 'b':
		lo, hi, name = math.MinInt8, math.MaxInt8, "signed char"
	case 'B':
		lo, hi, name = 0, math.MaxUint8, "unsigned byte integer"
	case 'h':
		lo, hi, name = math.MinInt16, math.MaxInt16, "signed short integer"
	case 'H':
		lo, hi, name = 0, math.MaxUint16, "unsigned short"
	case 'i':
		lo, hi, name = math.MinInt32, math.MaxInt32, "signed integer"
	default: // 'l'
		return py.Int(v), nil
	}
	if v < lo {
		return nil, over(name + " is less than minimum")
	}
	if v > hi {
		return nil, over(name + " is greater than maximum")
	}
	return py.Int(v), nil
}

// convertAll converts the items of an iterable.
func convertAll(th *py.Thread, c byte, it py.Object) ([]py.Object, error) {
	var out []py.Object
	err := py.ForEach(th, it, func(o py.Object) (bool, error) {
		v, err := convert(th, c, o)
		if err != nil {
			return false, err
		}
		out = append(out, v)
		return true, nil
	})
	return out, err
}

// encode appends the machine representation of v (little-endian).
func encode(buf []byte, c byte, v py.Object) []byte {
	n := itemSize[c]
	var u uint64
	switch c {
	case 'f':
		u = uint64(math.Float32bits(float32(v.(py.Float))))
	case 'd':
		u = math.Float64bits(float64(v.(py.Float)))
	case 'u':
		u = uint64([]rune(v.(*py.Str).String())[0])
	default:
		b, _ := modutil.BigOf(v)
		if b.Sign() < 0 {
			u = uint64(b.Int64())
		} else {
			u = b.Uint64()
		}
	}
	var tmp [8]byte
	binary.LittleEndian.PutUint64(tmp[:], u)
	return append(buf, tmp[:n]...)
}

// decode reads one item of type code c from b (len(b) == itemSize[c]).
func decode(c byte, b []byte) py.Object {
	var tmp [8]byte
	copy(tmp[:], b)
	u := binary.LittleEndian.Uint64(tmp[:])
	switch c {
	case 'b':
		return py.Int(int8(u))
	case 'h':
		return py.Int(int16(u))
	case 'i':
		return py.Int(int32(u))
	case 'l', 'q':
		return py.Int(int64(u))
	case 'B', 'H', 'I':
		return py.Int(int64(u))
	case 'L', 'Q':
		return modutil.IntFromBig(new(big.Int).SetUint64(u))
	case 'f':
		return py.Float(float64(math.Float32frombits(uint32(u))))
	case 'd':
		return py.Float(math.Float64frombits(u))
	case 'u':
		return py.NewStr(string(rune(uint32(u))))
	}
	return py.None
}

// newArray builds an array from array(typecode[, initializer]).
func newArray(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if kw.Len() > 0 {
		return nil, py.NewError(py.TypeErrorType, "array.array() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, py.NewError(py.TypeErrorType, "array() takes at most 2 arguments (%d given)", len(args))
	}
	cs, ok := modutil.Str(args[0])
	if !ok || len([]rune(cs)) != 1 {
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "array() argument 1 must be a unicode character, not %s", args[0].Type().Name)
		}
		return nil, py.NewError(py.TypeErrorType, "array() argument 1 must be a unicode character, not str")
	}
	if len(cs) != 1 || !strings.Contains(typecodes, cs) {
		return nil, py.NewError(py.ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := &Array{code: cs[0]}
	if len(args) == 1 {
		return a, nil
	}
	init := args[1]
	switch v := py.Unwrap(init).(type) {
	case *py.Str:
		if a.code != 'u' {
			return nil, py.NewError(py.TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", a.code)
		}
		for _, r := range v.String() {
			a.items = append(a.items, py.NewStr(string(r)))
		}
		return a, nil
	case *py.Bytes, *py.ByteArray:
		data, _ := modutil.Bytes(v)
		if err := a.frombytes(data); err != nil {
			return nil, err
		}
		return a, nil
	case *Array:
		if v.code == 'u' && a.code != 'u' {
			return nil, py.NewError(py.TypeErrorType, "cannot use a unicode array to initialize an array with typecode '%c'", a.code)
		}
	}
	items, err := convertAll(th, a.code, init)
	if err != nil {
		return nil, err
	}
	a.items = items
	return a, nil
}

func (a *Array) frombytes(data []byte) error {
	n := itemSize[a.code]
	if len(data)%n != 0 {
		return py.NewError(py.ValueErrorType, "bytes length not a multiple of item size")
	}
	items := make([]py.Object, 0, len(data)/n)
	for i := 0; i < len(data); i += n {
		items = append(items, decode(a.code, data[i:i+n]))
	}
	a.mu.Lock()
	a.items = append(a.items, items...)
	a.mu.Unlock()
	return nil
}

func (a *Array) tobytes() []byte {
	items := a.snapshot()
	buf := make([]byte, 0, len(items)*itemSize[a.code])
	for _, v := range items {
		buf = encode(buf, a.code, v)
	}
	return buf
}

// repr is "array('i', [1, 2])", "array('u', 'ab')" or "array('i')".
func (a *Array) repr(th *py.Thread) (py.Object, error) {
	items := a.snapshot()
	if len(items) == 0 {
		return py.NewStr("array('" + string(a.code) + "')"), nil
	}
	var inner py.Object
	if a.code == 'u' {
		var b strings.Builder
		for _, v := range items {
			b.WriteString(v.(*py.Str).String())
		}
		inner = py.NewStr(b.String())
	} else {
		inner = py.NewList(items)
	}
	r, err := py.Repr(th, inner)
	if err != nil {
		return nil, err
	}
	return py.NewStr("array('" + string(a.code) + "', " + r.String() + ")"), nil
}
