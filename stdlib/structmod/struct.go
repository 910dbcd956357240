package structmod

import (
	"encoding/binary"
	"math"
	"math/big"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// errorClass is struct.error, created when the module is first imported.
var errorClass py.Object

func structError(th *py.Thread, msg string) error {
	if errorClass == nil {
		return py.NewError(py.ValueErrorType, "%s", msg)
	}
	e, err := py.Call(th, errorClass, []py.Object{py.NewStr(msg)}, nil)
	if err != nil {
		return err
	}
	return py.Raise(th, e, nil)
}

func (l *layout) bo() binary.ByteOrder {
	if l.order == '>' {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// intArg converts a value to pack as an integer (int or __index__).
func intArg(th *py.Thread, v py.Object) (*big.Int, error) {
	if b, ok := mu.BigOf(v); ok {
		return b, nil
	}
	if v.Type().Slots.Index == nil {
		return nil, structError(th, "required argument is not an integer")
	}
	return mu.IndexBig(th, v)
}

var signedNames = map[byte]string{'b': "byte", 'h': "short"}
var unsignedNames = map[byte]string{'B': "ubyte", 'H': "ushort"}

func (l *layout) packInt(th *py.Thread, buf []byte, c byte, size int, v py.Object) error {
	n, err := intArg(th, v)
	if err != nil {
		return err
	}
	signed := c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'
	var u uint64
	if signed || c == 'B' || c == 'H' {
		if !n.IsInt64() {
			return structError(th, "argument out of range")
		}
		x := n.Int64()
		if size < 8 {
			bits := uint(size * 8)
			var lo, hi int64
			if signed {
				lo, hi = -1<<(bits-1), 1<<(bits-1)-1
			} else {
				lo, hi = 0, 1<<bits-1
			}
			if x < lo || x > hi {
				switch {
				case signedNames[c] != "":
					return structError(th, signedNames[c]+" format requires "+itoa(lo)+" <= number <= "+itoa(hi))
				case unsignedNames[c] != "":
					return structError(th, unsignedNames[c]+" format requires 0 <= number <= "+itoa(hi))
				default:
					return structError(th, "'"+string(c)+"' format requires "+itoa(lo)+" <= number <= "+itoa(hi))
				}
			}
		}
		u = uint64(x)
	} else {
		if n.Sign() < 0 || !n.IsUint64() {
			return structError(th, "argument out of range")
		}
		u = n.Uint64()
		if size < 8 && u>>(uint(size)*8) != 0 {
			return structError(th, "'"+string(c)+"' format requires 0 <= number <= "+itoa(int64(1)<<(uint(size)*8)-1))
		}
	}
	bo := l.bo()
	switch size {
	case 1:
		buf[0] = byte(u)
	case 2:
		bo.PutUint16(buf, uint16(u))
	case 4:
		bo.PutUint32(buf, uint32(u))
	case 8:
		bo.PutUint64(buf, u)
	}
	return nil
}

func itoa(v int64) string { return big.NewInt(v).String() }

func (l *layout) unpackInt(buf []byte, c byte, size int) py.Object {
	bo := l.bo()
	var u uint64
	switch size {
	case 1:
		u = uint64(buf[0])
	case 2:
		u = uint64(bo.Uint16(buf))
	case 4:
		u = uint64(bo.Uint32(buf))
	case 8:
		u = bo.Uint64(buf)
	}
	switch c {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		shift := uint(64 - size*8)
		return py.Int(int64(u<<shift) >> shift)
	}
	if u > math.MaxInt64 {
		return py.NewIntFromBig(new(big.Int).SetUint64(u))
	}
	return py.Int(int64(u))
}

func (l *layout) pack(th *py.Thread, buf []byte, args []py.Object) error {
	if len(args) != l.nitems {
		return structError(th, "pack expected "+itoa(int64(l.nitems))+" items for packing (got "+itoa(int64(len(args)))+")")
	}
	ai := 0
	for _, cd := range l.codes {
		switch cd.c {
		case 'x':
			continue
		case 's', 'p':
			v := args[ai]
			ai++
			b, ok := mu.Bytes(v)
			if !ok {
				return structError(th, "argument for '"+string(cd.c)+"' must be a bytes object")
			}
			dst := buf[cd.offset : cd.offset+cd.count]
			if cd.c == 's' {
				copy(dst, b)
				continue
			}
			if cd.count == 0 {
				continue
			}
			n := len(b)
			if n > cd.count-1 {
				n = cd.count - 1
			}
			copy(dst[1:], b[:n])
			if n > 255 {
				n = 255
			}
			dst[0] = byte(n)
			continue
		}
		for k := 0; k < cd.count; k++ {
			v := args[ai]
			ai++
			dst := buf[cd.offset+k*cd.size:]
			if err := l.packOne(th, dst, cd.c, cd.size, v); err != nil {
				return err
			}
		}
	}
	return nil
}

func (l *layout) packOne(th *py.Thread, dst []byte, c byte, size int, v py.Object) error {
	switch c {
	case 'c':
		b, ok := mu.Bytes(v)
		if !ok || len(b) != 1 {
			return structError(th, "char format requires a bytes object of length 1")
		}
		dst[0] = b[0]
	case '?':
		t, err := py.Truth(th, v)
		if err != nil {
			return err
		}
		if t {
			dst[0] = 1
		} else {
			dst[0] = 0
		}
	case 'e', 'f', 'd':
		if v.Type().Slots.Float == nil && !mu.IsInt(v) {
			if _, isF := py.Unwrap(v).(py.Float); !isF {
				return structError(th, "required argument is not a float")
			}
		}
		f, err := mu.Float(th, v)
		if err != nil {
			return err
		}
		bo := l.bo()
		switch c {
		case 'd':
			bo.PutUint64(dst, math.Float64bits(f))
		case 'f':
			f32 := float32(f)
			if math.IsInf(float64(f32), 0) && !math.IsInf(f, 0) {
				return py.NewError(py.OverflowErrorType, "float too large to pack with f format")
			}
			bo.PutUint32(dst, math.Float32bits(f32))
		case 'e':
			h, ok := toHalf(f)
			if !ok {
				return py.NewError(py.OverflowErrorType, "float too large to pack with e format")
			}
			bo.PutUint16(dst, h)
		}
	case 'P':
		n, err := intArg(th, v)
		if err != nil {
			return err
		}
		if n.Sign() < 0 {
			if !n.IsInt64() {
				return structError(th, "argument out of range")
			}
			n = new(big.Int).SetUint64(uint64(n.Int64()))
		}
		if !n.IsUint64() {
			return structError(th, "argument out of range")
		}
		l.bo().PutUint64(dst, n.Uint64())
	default:
		return l.packInt(th, dst, c, size, v)
	}
	return nil
}

func (l *layout) unpack(buf []byte) *py.Tuple {
	out := make([]py.Object, 0, l.nitems)
	bo := l.bo()
	for _, cd := range l.codes {
		switch cd.c {
		case 'x':
			continue
		case 's':
			out = append(out, py.NewBytes(append([]byte(nil), buf[cd.offset:cd.offset+cd.count]...)))
			continue
		case 'p':
			if cd.count == 0 {
				out = append(out, py.NewBytes(nil))
				continue
			}
			n := int(buf[cd.offset])
			if n > cd.count-1 {
				n = cd.count - 1
			}
			out = append(out, py.NewBytes(append([]byte(nil), buf[cd.offset+1:cd.offset+1+n]...)))
			continue
		}
		for k := 0; k < cd.count; k++ {
			src := buf[cd.offset+k*cd.size:]
			var v py.Object
			switch cd.c {
			case 'c':
				v = py.NewBytes([]byte{src[0]})
			case '?':
				v = py.Bool(src[0] != 0)
			case 'd':
				v = py.Float(math.Float64frombits(bo.Uint64(src)))
			case 'f':
				v = py.Float(float64(math.Float32frombits(bo.Uint32(src))))
			case 'e':
				v = py.Float(fromHalf(bo.Uint16(src)))
			case 'P':
				u := bo.Uint64(src)
				v = py.NewIntFromBig(new(big.Int).SetUint64(u))
			default:
				v = l.unpackInt(src, cd.c, cd.size)
			}
			out = append(out, v)
		}
	}
	return py.NewTuple(out)
}

// toHalf converts to IEEE 754 binary16 with round-half-even; ok is false
// on overflow of a finite value.
func toHalf(f float64) (uint16, bool) {
	bits := math.Float64bits(f)
	sign := uint16(bits>>48) & 0x8000
	if math.IsNaN(f) {
		return sign | 0x7e00, true
	}
	a := math.Abs(f)
	if math.IsInf(f, 0) {
		return sign | 0x7c00, true
	}
	if a == 0 {
		return sign, true
	}
	// Scale to units of the smallest subnormal (2**-24) for small values,
	// else round the mantissa to 10 bits.
	m, e := math.Frexp(a) // a = m * 2**e, 0.5 <= m < 1
	e--                   // a = (2m) * 2**e with 1 <= 2m < 2
	if e < -14 {
		q := math.RoundToEven(a * (1 << 24))
		if q >= 1024 { // rounds up into the normal range
			return sign | uint16(q), true
		}
		return sign | uint16(q), true
	}
	frac := math.RoundToEven((2*m - 1) * 1024)
	if frac == 1024 {
		frac = 0
		e++
	}
	if e > 15 {
		return 0, false
	}
	return sign | uint16(e+15)<<10 | uint16(frac), true
}

func fromHalf(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 31:
		if frac == 0 {
			return math.Inf(int(sign))
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1+frac/1024, e-15)
}
