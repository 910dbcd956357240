package py

import (
	"math"
	"math/big"

	"github.com/pygo-dev/pygo/internal/pystr"
)

// Float is a Python float: a float64 value type with no header.
type Float float64

// Type returns FloatType.
func (Float) Type() *Type { return FloatType }

// floatOf returns the value of o as a float64 when o is a float or an int
// (ints are converted, which may raise OverflowError). ok is false for
// other types.
func floatOf(o Object) (f float64, ok bool, err error) {
	switch v := o.(type) {
	case Float:
		return float64(v), true, nil
	case Int:
		return float64(v), true, nil
	case Bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		f, err := intToFloat(v)
		return f, true, err
	case *Instance:
		if v.Base != nil {
			if _, nested := v.Base.(*Instance); !nested {
				return floatOf(v.Base)
			}
		}
	}
	return 0, false, nil
}

// isFloat reports whether o is a float (or a float subclass instance).
func isFloat(o Object) bool {
	switch v := o.(type) {
	case Float:
		return true
	case *Instance:
		_, ok := v.Base.(Float)
		return ok
	}
	return false
}

// reprFloat is repr() of a float.
func reprFloat(f float64) string { return pystr.ReprFloat(f) }

func errFloatRange() error {
	return NewException(OverflowErrorType, Int(34), NewStr("Numerical result out of range"))
}

// floatFloorDivMod implements CPython's float_divmod (the caller checks
// for a zero divisor).
func floatFloorDivMod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// floatMod is CPython's float_rem.
func floatMod(vx, wx float64) float64 {
	mod := math.Mod(vx, wx)
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	return mod
}

// floatIsOddInt reports whether w is an odd integer.
func floatIsOddInt(w float64) bool {
	return math.Mod(math.Abs(w), 2) == 1
}

// floatPow is v ** w following CPython's float_pow, including its special
// cases and errors; a negative base with a non-integer exponent gives a
// complex result.
func floatPow(v, w float64) (Object, error) {
	if w == 0 {
		return Float(1), nil
	}
	if math.IsNaN(v) {
		return Float(v), nil
	}
	if math.IsNaN(w) {
		if v == 1 {
			return Float(1), nil
		}
		return Float(w), nil
	}
	if math.IsInf(w, 0) {
		v = math.Abs(v)
		switch {
		case v == 1:
			return Float(1), nil
		case (w > 0) == (v > 1):
			return Float(math.Abs(w)), nil
		}
		return Float(0), nil
	}
	if math.IsInf(v, 0) {
		odd := floatIsOddInt(w)
		if w > 0 {
			if odd {
				return Float(v), nil
			}
			return Float(math.Abs(v)), nil
		}
		if odd {
			return Float(math.Copysign(0, v)), nil
		}
		return Float(0), nil
	}
	if v == 0 {
		if w < 0 {
			return nil, NewError(ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		if floatIsOddInt(w) {
			return Float(v), nil
		}
		return Float(0), nil
	}
	negate := false
	if v < 0 {
		if w != math.Floor(w) {
			return complexPow(complex(v, 0), complex(w, 0))
		}
		v = -v
		negate = floatIsOddInt(w)
	}
	if v == 1 {
		if negate {
			return Float(-1), nil
		}
		return Float(1), nil
	}
	r := crPow(v, w)
	if math.IsInf(r, 0) {
		return nil, errFloatRange()
	}
	if negate {
		r = -r
	}
	return Float(r), nil
}

// floatToInt converts a float to an int, truncating toward zero.
func floatToInt(f float64) (Object, error) {
	if math.IsInf(f, 0) {
		return nil, NewError(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, NewError(ValueErrorType, "cannot convert float NaN to integer")
	}
	if f > -9.2e18 && f < 9.2e18 {
		return Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return NewIntFromBig(b), nil
}

// hashFloat is CPython's _Py_HashDouble.
func hashFloat(v float64) int64 {
	if math.IsInf(v, 1) {
		return 314159
	}
	if math.IsInf(v, -1) {
		return -314159
	}
	if math.IsNaN(v) {
		return 0
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	const p = hashModulus
	var x uint64
	for m != 0 {
		x = ((x << 28) & p) | x>>(61-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= p {
			x -= p
		}
	}
	if e >= 0 {
		e %= 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & p) | x>>uint(61-e)
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// floatCompare compares two floats for op.
func floatCompare(a, b float64, op CompareOp) bool {
	switch op {
	case OpLT:
		return a < b
	case OpLE:
		return a <= b
	case OpEQ:
		return a == b
	case OpNE:
		return a != b
	case OpGT:
		return a > b
	}
	return a >= b
}

// cmpResult turns a three-way comparison into the result of op.
func cmpResult(c int, op CompareOp) bool {
	switch op {
	case OpLT:
		return c < 0
	case OpLE:
		return c <= 0
	case OpEQ:
		return c == 0
	case OpNE:
		return c != 0
	case OpGT:
		return c > 0
	}
	return c >= 0
}

// floatRichCompare compares a float with a float or an int (exactly, as
// CPython does); ok is false for other types.
func floatRichCompare(a float64, other Object, op CompareOp) (result bool, ok bool) {
	if isFloat(other) {
		b, _, _ := floatOf(other)
		return floatCompare(a, b, op), true
	}
	i, isInt := intOf(other)
	if !isInt {
		return false, false
	}
	if math.IsNaN(a) {
		return op == OpNE, true
	}
	return cmpResult(-cmpIntFloat(i, a), op), true
}

// floatRound is round(x, ndigits) for a float, correctly rounded (half to
// even on the exact binary value), as CPython's double_round.
func floatRound(x float64, ndigits int64) (float64, error) {
	const ndigitsMax, ndigitsMin = 323, -308
	if ndigits > ndigitsMax || math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
		return x, nil
	}
	if ndigits < ndigitsMin {
		return 0.0 * x, nil
	}
	r := new(big.Rat).SetFloat64(x)
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(abs64(ndigits)), nil)
	if ndigits >= 0 {
		r.Mul(r, new(big.Rat).SetInt(scale))
	} else {
		r.Quo(r, new(big.Rat).SetInt(scale))
	}
	n := ratRoundHalfEven(r)
	q := new(big.Rat).SetInt(n)
	if ndigits >= 0 {
		q.Quo(q, new(big.Rat).SetInt(scale))
	} else {
		q.Mul(q, new(big.Rat).SetInt(scale))
	}
	f, _ := q.Float64()
	if math.IsInf(f, 0) {
		return 0, NewError(OverflowErrorType, "rounded value too large to represent")
	}
	if f == 0 {
		f = math.Copysign(0, x)
	}
	return f, nil
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// ratRoundHalfEven rounds r to the nearest integer, ties to even.
func ratRoundHalfEven(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).DivMod(num, den, new(big.Int)) // floor for den > 0
	twice := new(big.Int).Lsh(m, 1)
	switch twice.Cmp(den) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}
