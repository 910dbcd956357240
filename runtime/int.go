package py

import (
	"math"
	"math/big"
	"math/bits"
)

// Int is a Python int whose value fits in an int64. It is a value type with
// no header: boxing an Int in an Object allocates nothing for 0..255 and
// only 8 bytes otherwise. Values outside int64's range are *BigInt; every
// operation normalises its result back to Int when it fits, so an int value
// has exactly one representation.
type Int int64

// Type returns IntType.
func (Int) Type() *Type { return IntType }

// BigInt is a Python int outside int64's range. It is immutable.
type BigInt struct {
	v big.Int
}

// Type returns IntType.
func (*BigInt) Type() *Type { return IntType }

// Big returns a copy of the value as a *big.Int.
func (b *BigInt) Big() *big.Int { return new(big.Int).Set(&b.v) }

// NewIntFromBig returns the int with value b (an Int when it fits). The
// caller must not modify b afterwards.
func NewIntFromBig(b *big.Int) Object {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	r := &BigInt{}
	r.v = *b //nolint: b is owned by the caller and no longer used
	return r
}

// intOf returns the int value of o as an Int or *BigInt when o is an int:
// an Int, *BigInt, Bool, or an instance of a subclass of int.
func intOf(o Object) (Object, bool) {
	switch v := o.(type) {
	case Int:
		return v, true
	case *BigInt:
		return v, true
	case Bool:
		if v {
			return Int(1), true
		}
		return Int(0), true
	case *Instance:
		if v.Base != nil {
			if _, nested := v.Base.(*Instance); !nested {
				return intOf(v.Base)
			}
		}
	}
	return nil, false
}

// bigOf returns the value of an Int or *BigInt as a *big.Int. For a
// *BigInt the result aliases the object's storage: do not modify it.
func bigOf(o Object) *big.Int {
	switch v := o.(type) {
	case Int:
		return big.NewInt(int64(v))
	case *BigInt:
		return &v.v
	}
	panic("py: bigOf of non-int")
}

// intSign returns -1, 0 or 1.
func intSign(o Object) int {
	switch v := o.(type) {
	case Int:
		switch {
		case v < 0:
			return -1
		case v > 0:
			return 1
		}
		return 0
	case *BigInt:
		return v.v.Sign()
	}
	return 0
}

// The overflow-checked fast paths on two Ints. They return an Int when the
// result fits and a *BigInt otherwise; operators call them before anything
// else.

func intAdd(a, b Int) Object {
	s := a + b
	if (a^s)&(b^s) < 0 {
		return NewIntFromBig(new(big.Int).Add(big.NewInt(int64(a)), big.NewInt(int64(b))))
	}
	return s
}

func intSub(a, b Int) Object {
	s := a - b
	if (a^b)&(a^s) < 0 {
		return NewIntFromBig(new(big.Int).Sub(big.NewInt(int64(a)), big.NewInt(int64(b))))
	}
	return s
}

// mul64 multiplies with an overflow check.
func mul64(a, b int64) (int64, bool) {
	if a == 0 || b == 0 {
		return 0, true
	}
	c := a * b
	if (c < 0) != ((a < 0) != (b < 0)) || c/b != a {
		return 0, false
	}
	return c, true
}

func intMul(a, b Int) Object {
	if c, ok := mul64(int64(a), int64(b)); ok {
		return Int(c)
	}
	return NewIntFromBig(new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(int64(b))))
}

func errIntDivZero() error {
	return NewError(ZeroDivisionErrorType, "integer division or modulo by zero")
}

func errIntModZero() error { return NewError(ZeroDivisionErrorType, "integer modulo by zero") }

// intFloorDiv is a // b (floor division).
func intFloorDiv(a, b Int) (Object, error) {
	if b == 0 {
		return nil, errIntDivZero()
	}
	if a == math.MinInt64 && b == -1 {
		return NewIntFromBig(new(big.Int).Neg(big.NewInt(int64(a)))), nil
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q, nil
}

// intMod is a % b with the sign of b.
func intMod(a, b Int) (Object, error) {
	if b == 0 {
		return nil, errIntModZero()
	}
	r := a % b
	if r != 0 && (r < 0) != (b < 0) {
		r += b
	}
	return r, nil
}

func intNeg(a Int) Object {
	if a == math.MinInt64 {
		return NewIntFromBig(new(big.Int).Neg(big.NewInt(int64(a))))
	}
	return -a
}

func intAbs(a Int) Object {
	if a < 0 {
		return intNeg(a)
	}
	return a
}

// intLShift is a << n for n >= 0.
func intLShift(a Int, n int64) (Object, error) {
	if n < 0 {
		return nil, NewError(ValueErrorType, "negative shift count")
	}
	if a == 0 {
		return Int(0), nil
	}
	if n < 63 {
		r := a << uint(n)
		if r>>uint(n) == a {
			return r, nil
		}
	}
	return bigLShift(big.NewInt(int64(a)), n)
}

func bigLShift(a *big.Int, n int64) (Object, error) {
	if n > 1<<40 {
		return nil, NewException(MemoryErrorType)
	}
	return NewIntFromBig(new(big.Int).Lsh(a, uint(n))), nil
}

// intRShift is a >> n for n >= 0 (floor division by 2**n).
func intRShift(a Int, n int64) (Object, error) {
	if n < 0 {
		return nil, NewError(ValueErrorType, "negative shift count")
	}
	if n >= 64 {
		if a < 0 {
			return Int(-1), nil
		}
		return Int(0), nil
	}
	return a >> uint(n), nil
}

// intPow is a ** b for b >= 0.
func intPow(a, b Int) Object {
	r, base, e := int64(1), int64(a), uint64(b)
	ok := true
	for e > 0 && ok {
		if e&1 != 0 {
			r, ok = mul64(r, base)
		}
		e >>= 1
		if e > 0 && ok {
			base, ok = mul64(base, base)
		}
	}
	if ok {
		return Int(r)
	}
	return NewIntFromBig(new(big.Int).Exp(big.NewInt(int64(a)), big.NewInt(int64(b)), nil))
}

// The general int operations on two int values (each an Int or *BigInt).

func intsAdd(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return intAdd(x, y)
		}
	}
	return NewIntFromBig(new(big.Int).Add(bigOf(a), bigOf(b)))
}

func intsSub(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return intSub(x, y)
		}
	}
	return NewIntFromBig(new(big.Int).Sub(bigOf(a), bigOf(b)))
}

func intsMul(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return intMul(x, y)
		}
	}
	return NewIntFromBig(new(big.Int).Mul(bigOf(a), bigOf(b)))
}

// intsDivMod returns floor division and modulo (Python semantics).
func intsDivMod(a, b Object) (q, r Object, err error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			if y == 0 {
				return nil, nil, errIntDivZero()
			}
			q, _ := intFloorDiv(x, y)
			r, _ := intMod(x, y)
			return q, r, nil
		}
	}
	if intSign(b) == 0 {
		return nil, nil, errIntDivZero()
	}
	bq, br := new(big.Int).QuoRem(bigOf(a), bigOf(b), new(big.Int))
	if br.Sign() != 0 && br.Sign() != intSign(b) {
		bq.Sub(bq, big.NewInt(1))
		br.Add(br, bigOf(b))
	}
	return NewIntFromBig(bq), NewIntFromBig(br), nil
}

func intsFloorDiv(a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return intFloorDiv(x, y)
		}
	}
	q, _, err := intsDivMod(a, b)
	return q, err
}

func intsMod(a, b Object) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return intMod(x, y)
		}
	}
	if intSign(b) == 0 {
		return nil, errIntModZero()
	}
	_, r, err := intsDivMod(a, b)
	return r, err
}

// intsTrueDiv is a / b, correctly rounded as CPython does.
func intsTrueDiv(a, b Object) (Object, error) {
	if intSign(b) == 0 {
		return nil, NewError(ZeroDivisionErrorType, "division by zero")
	}
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok && x > -1<<53 && x < 1<<53 && y > -1<<53 && y < 1<<53 {
			// Both exact in float64, so one IEEE division is correctly rounded.
			return Float(float64(x) / float64(y)), nil
		}
	}
	r := new(big.Rat).SetFrac(bigOf(a), bigOf(b))
	f, _ := r.Float64()
	if f == 0 && intSign(b) < 0 {
		f = math.Copysign(0, -1)
	}
	if math.IsInf(f, 0) {
		return nil, NewError(OverflowErrorType, "integer division result too large for a float")
	}
	return Float(f), nil
}

// intsPow is a ** b; a negative b gives a float.
func intsPow(a, b Object) (Object, error) {
	if intSign(b) < 0 {
		fa, err := intToFloat(a)
		if err != nil {
			return nil, err
		}
		fb, err := intToFloat(b)
		if err != nil {
			return nil, err
		}
		return floatPow(fa, fb)
	}
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return intPow(x, y), nil
		}
		// Huge exponent: only 0, 1 and -1 give a representable result.
		switch x {
		case 0, 1:
			return x, nil
		case -1:
			if bigOf(b).Bit(0) == 0 {
				return Int(1), nil
			}
			return Int(-1), nil
		}
		return nil, NewException(MemoryErrorType)
	}
	if y, ok := b.(Int); ok && y > 1<<32 {
		return nil, NewException(MemoryErrorType)
	}
	return NewIntFromBig(new(big.Int).Exp(bigOf(a), bigOf(b), nil)), nil
}

// intsPowMod is pow(a, b, m).
func intsPowMod(a, b, m Object) (Object, error) {
	if intSign(m) == 0 {
		return nil, NewError(ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	mm := new(big.Int).Abs(bigOf(m))
	base := new(big.Int).Mod(bigOf(a), mm)
	e := bigOf(b)
	if e.Sign() < 0 {
		if mm.Cmp(big.NewInt(1)) == 0 {
			return Int(0), nil
		}
		inv := new(big.Int).ModInverse(base, mm)
		if inv == nil {
			return nil, NewError(ValueErrorType, "base is not invertible for the given modulus")
		}
		base = inv
		e = new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(base, e, mm)
	if mm.Cmp(big.NewInt(1)) == 0 {
		r.SetInt64(0)
	}
	if intSign(m) < 0 && r.Sign() != 0 {
		r.Sub(r, mm)
	}
	return NewIntFromBig(r), nil
}

func intsNeg(a Object) Object {
	if x, ok := a.(Int); ok {
		return intNeg(x)
	}
	return NewIntFromBig(new(big.Int).Neg(bigOf(a)))
}

func intsAbs(a Object) Object {
	if intSign(a) < 0 {
		return intsNeg(a)
	}
	return a
}

func intsInvert(a Object) Object {
	if x, ok := a.(Int); ok {
		return ^x
	}
	return NewIntFromBig(new(big.Int).Not(bigOf(a)))
}

// shiftCount converts a shift amount, rejecting negative counts.
func shiftCount(b Object) (int64, bool, error) {
	if intSign(b) < 0 {
		return 0, false, NewError(ValueErrorType, "negative shift count")
	}
	if y, ok := b.(Int); ok {
		return int64(y), true, nil
	}
	return 0, false, nil // huge
}

func intsLShift(a, b Object) (Object, error) {
	n, small, err := shiftCount(b)
	if err != nil {
		return nil, err
	}
	if intSign(a) == 0 {
		return Int(0), nil
	}
	if !small {
		return nil, NewError(OverflowErrorType, "too many digits in integer")
	}
	if x, ok := a.(Int); ok {
		return intLShift(x, n)
	}
	return bigLShift(bigOf(a), n)
}

func intsRShift(a, b Object) (Object, error) {
	n, small, err := shiftCount(b)
	if err != nil {
		return nil, err
	}
	if x, ok := a.(Int); ok && small {
		return intRShift(x, n)
	}
	if !small || n > int64(bigOf(a).BitLen()) {
		if intSign(a) < 0 {
			return Int(-1), nil
		}
		return Int(0), nil
	}
	return NewIntFromBig(new(big.Int).Rsh(bigOf(a), uint(n))), nil
}

func intsAnd(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x & y
		}
	}
	return NewIntFromBig(new(big.Int).And(bigOf(a), bigOf(b)))
}

func intsOr(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x | y
		}
	}
	return NewIntFromBig(new(big.Int).Or(bigOf(a), bigOf(b)))
}

func intsXor(a, b Object) Object {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x ^ y
		}
	}
	return NewIntFromBig(new(big.Int).Xor(bigOf(a), bigOf(b)))
}

// intsCmp compares two ints: -1, 0 or 1.
func intsCmp(a, b Object) int {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch {
			case x < y:
				return -1
			case x > y:
				return 1
			}
			return 0
		}
	}
	return bigOf(a).Cmp(bigOf(b))
}

// intToFloat converts an int to the nearest float (ties to even), with
// CPython's OverflowError.
func intToFloat(a Object) (float64, error) {
	if x, ok := a.(Int); ok {
		return float64(x), nil // Go rounds int64→float64 to nearest even
	}
	f, _ := new(big.Float).SetInt(bigOf(a)).Float64()
	if math.IsInf(f, 0) {
		return 0, NewError(OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// cmpIntFloat compares an int with a non-NaN float exactly.
func cmpIntFloat(a Object, f float64) int {
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	if x, ok := a.(Int); ok && x > -1<<53 && x < 1<<53 {
		fx := float64(x)
		switch {
		case fx < f:
			return -1
		case fx > f:
			return 1
		}
		return 0
	}
	return new(big.Float).SetInt(bigOf(a)).Cmp(new(big.Float).SetFloat64(f))
}

// hashModulus is CPython's _PyHASH_MODULUS, 2**61 - 1.
const hashModulus = 1<<61 - 1

// hashInt64 is hash() of a small int.
func hashInt64(v int64) int64 {
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashInt is hash() of an int value.
func hashInt(a Object) int64 {
	if x, ok := a.(Int); ok {
		return hashInt64(int64(x))
	}
	b := bigOf(a)
	m := new(big.Int).Mod(new(big.Int).Abs(b), big.NewInt(hashModulus)).Int64()
	if b.Sign() < 0 {
		m = -m
	}
	if m == -1 {
		m = -2
	}
	return m
}

// intBitLen is int.bit_length().
func intBitLen(a Object) int {
	if x, ok := a.(Int); ok {
		u := uint64(x)
		if x < 0 {
			u = -u
		}
		return bits.Len64(u)
	}
	return bigOf(a).BitLen()
}

// IntValue returns o's value as an int64 when o is an int that fits
// (Int, Bool, or an int subclass instance).
func IntValue(o Object) (int64, bool) {
	v, ok := intOf(o)
	if !ok {
		return 0, false
	}
	x, ok := v.(Int)
	return int64(x), ok
}
