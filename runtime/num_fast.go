package py

// Fast paths for arithmetic and comparisons on exact ints and floats.
//
// BinaryOp, InPlaceOp, Compare and CompareBool try these first. They handle
// an operation only when its operands are exact int (Int) or float (Float)
// values and the result needs no error: division by zero, big-int
// operands and everything else return ok == false, and the caller takes the
// general path (slots, reflected methods, CPython's error messages). Results
// are the same values the int and float slots compute; the fast path only
// skips the slot dispatch.

// maxExactFloatInt bounds the ints that convert to float64 exactly.
const maxExactFloatInt = 1 << 53

// fastArith computes a <op> b for exact Int/Float operands.
func fastArith(op BinOp, a, b Object) (Object, bool) {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return fastIntArith(op, x, y)
		case Float:
			return fastFloatArith(op, float64(x), float64(y))
		}
	case Float:
		switch y := b.(type) {
		case Float:
			return fastFloatArith(op, float64(x), float64(y))
		case Int:
			return fastFloatArith(op, float64(x), float64(y))
		}
	}
	return nil, false
}

// fastIntArith is int <op> int without errors.
func fastIntArith(op BinOp, x, y Int) (Object, bool) {
	switch op {
	case OpAdd:
		return intAdd(x, y), true
	case OpSub:
		return intSub(x, y), true
	case OpMul:
		return intMul(x, y), true
	case OpFloorDiv:
		if y != 0 {
			r, err := intFloorDiv(x, y)
			return r, err == nil
		}
	case OpMod:
		if y != 0 {
			r, err := intMod(x, y)
			return r, err == nil
		}
	case OpTrueDiv:
		if y != 0 && x > -maxExactFloatInt && x < maxExactFloatInt && y > -maxExactFloatInt && y < maxExactFloatInt {
			// Both are exact in float64, so one IEEE division is correctly rounded.
			return Float(float64(x) / float64(y)), true
		}
	case OpAnd:
		return x & y, true
	case OpOr:
		return x | y, true
	case OpXor:
		return x ^ y, true
	case OpLShift:
		if y >= 0 && y < 63 {
			if r := x << uint(y); r>>uint(y) == x {
				return r, true
			}
		}
	case OpRShift:
		if y >= 0 {
			if y > 63 {
				y = 63
			}
			return x >> uint(y), true
		}
	}
	return nil, false
}

// fastFloatArith is float <op> float (an int operand already converted,
// as float's slots convert it) without errors.
func fastFloatArith(op BinOp, x, y float64) (Object, bool) {
	switch op {
	case OpAdd:
		return Float(x + y), true
	case OpSub:
		return Float(x - y), true
	case OpMul:
		return Float(x * y), true
	case OpTrueDiv:
		if y != 0 {
			return Float(x / y), true
		}
	case OpFloorDiv:
		if y != 0 {
			q, _ := floatFloorDivMod(x, y)
			return Float(q), true
		}
	case OpMod:
		if y != 0 {
			return Float(floatMod(x, y)), true
		}
	case OpPow:
		r, err := floatPow(x, y)
		return r, err == nil
	}
	return nil, false
}

// fastCompare compares exact Int/Float operands. Mixed int/float
// comparisons are handled only for ints that convert to float exactly
// (CPython compares the exact values).
func fastCompare(op CompareOp, a, b Object) (result, ok bool) {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return cmpInt64(int64(x), int64(y), op), true
		case Float:
			if x > -maxExactFloatInt && x < maxExactFloatInt {
				return floatCompare(float64(x), float64(y), op), true
			}
		}
	case Float:
		switch y := b.(type) {
		case Float:
			return floatCompare(float64(x), float64(y), op), true
		case Int:
			if y > -maxExactFloatInt && y < maxExactFloatInt {
				return floatCompare(float64(x), float64(y), op), true
			}
		}
	}
	return false, false
}
