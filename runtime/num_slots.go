package py

import "math"

// The slot tables of int, bool, float and complex. Binary slots return
// NotImplemented for operand types they do not handle, as CPython's number
// slots do: int op float is answered by float's reflected slot.

type numBinSlot = func(th *Thread, a, b Object) (Object, error)

// intBinary wraps an operation on two int values as a forward and a
// reflected slot.
func intBinary(f func(x, y Object) (Object, error)) (fwd, rev numBinSlot) {
	fwd = func(th *Thread, a, b Object) (Object, error) {
		x, ok1 := intOf(a)
		y, ok2 := intOf(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return f(x, y)
	}
	rev = func(th *Thread, self, other Object) (Object, error) {
		x, ok1 := intOf(other)
		y, ok2 := intOf(self)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return f(x, y)
	}
	return
}

func noErr(f func(x, y Object) Object) func(x, y Object) (Object, error) {
	return func(x, y Object) (Object, error) { return f(x, y), nil }
}

// floatBinary wraps an operation on two floats; the other operand may be
// a float or an int.
func floatBinary(f func(x, y float64) (Object, error)) (fwd, rev numBinSlot) {
	conv := func(a, b Object) (float64, float64, bool, error) {
		if !isFloat(a) && !isFloat(b) {
			return 0, 0, false, nil
		}
		x, ok1, err := floatOf(a)
		if err != nil || !ok1 {
			return 0, 0, false, err
		}
		y, ok2, err := floatOf(b)
		if err != nil || !ok2 {
			return 0, 0, false, err
		}
		return x, y, true, nil
	}
	fwd = func(th *Thread, a, b Object) (Object, error) {
		x, y, ok, err := conv(a, b)
		if err != nil || !ok {
			return NotImplemented, err
		}
		return f(x, y)
	}
	rev = func(th *Thread, self, other Object) (Object, error) {
		x, y, ok, err := conv(other, self)
		if err != nil || !ok {
			return NotImplemented, err
		}
		return f(x, y)
	}
	return
}

// complexBinary wraps an operation on two complex numbers; the other
// operand may be a complex, float or int.
func complexBinary(f func(x, y complex128) (Object, error)) (fwd, rev numBinSlot) {
	conv := func(a, b Object) (complex128, complex128, bool, error) {
		x, ok1, err := complexOf(a)
		if err != nil || !ok1 {
			return 0, 0, false, err
		}
		y, ok2, err := complexOf(b)
		if err != nil || !ok2 {
			return 0, 0, false, err
		}
		return x, y, true, nil
	}
	fwd = func(th *Thread, a, b Object) (Object, error) {
		x, y, ok, err := conv(a, b)
		if err != nil || !ok {
			return NotImplemented, err
		}
		return f(x, y)
	}
	rev = func(th *Thread, self, other Object) (Object, error) {
		x, y, ok, err := conv(other, self)
		if err != nil || !ok {
			return NotImplemented, err
		}
		return f(x, y)
	}
	return
}

// intOps are the binary operations of int.
var intOps = map[BinOp]func(x, y Object) (Object, error){
	OpAdd:      noErr(intsAdd),
	OpSub:      noErr(intsSub),
	OpMul:      noErr(intsMul),
	OpTrueDiv:  intsTrueDiv,
	OpFloorDiv: intsFloorDiv,
	OpMod:      intsMod,
	OpDivMod: func(x, y Object) (Object, error) {
		q, r, err := intsDivMod(x, y)
		if err != nil {
			return nil, err
		}
		return NewTuple([]Object{q, r}), nil
	},
	OpPow:    intsPow,
	OpLShift: intsLShift,
	OpRShift: intsRShift,
	OpAnd:    noErr(intsAnd),
	OpOr:     noErr(intsOr),
	OpXor:    noErr(intsXor),
}

var floatOps = map[BinOp]func(x, y float64) (Object, error){
	OpAdd: func(x, y float64) (Object, error) { return Float(x + y), nil },
	OpSub: func(x, y float64) (Object, error) { return Float(x - y), nil },
	OpMul: func(x, y float64) (Object, error) { return Float(x * y), nil },
	OpTrueDiv: func(x, y float64) (Object, error) {
		if y == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	},
	OpFloorDiv: func(x, y float64) (Object, error) {
		if y == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float floor division by zero")
		}
		q, _ := floatFloorDivMod(x, y)
		return Float(q), nil
	},
	OpMod: func(x, y float64) (Object, error) {
		if y == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float modulo")
		}
		return Float(floatMod(x, y)), nil
	},
	OpDivMod: func(x, y float64) (Object, error) {
		if y == 0 {
			return nil, NewError(ZeroDivisionErrorType, "float divmod()")
		}
		q, r := floatFloorDivMod(x, y)
		return NewTuple([]Object{Float(q), Float(r)}), nil
	},
	OpPow: floatPow,
}

var complexOps = map[BinOp]func(x, y complex128) (Object, error){
	OpAdd: func(x, y complex128) (Object, error) { return Complex(x + y), nil },
	OpSub: func(x, y complex128) (Object, error) { return Complex(x - y), nil },
	OpMul: func(x, y complex128) (Object, error) { return Complex(complexMul(x, y)), nil },
	OpTrueDiv: func(x, y complex128) (Object, error) {
		q, ok := complexQuot(x, y)
		if !ok {
			return nil, NewError(ZeroDivisionErrorType, "complex division by zero")
		}
		return Complex(q), nil
	},
	OpPow: complexPow,
}

func init() {
	initIntSlots(IntType)
	initIntSlots(BoolType)
	initBoolSlots()
	initFloatSlots()
	initComplexSlots()
}

func initIntSlots(t *Type) {
	s := &t.Slots
	for op, f := range intOps {
		s.Binary[op], s.RBinary[op] = intBinary(f)
	}
	s.Repr = func(th *Thread, o Object) (Object, error) {
		v, _ := intOf(o)
		text, err := intToDecimal(v)
		if err != nil {
			return nil, err
		}
		return newStrASCII(text), nil
	}
	s.Hash = func(th *Thread, o Object) (int64, error) {
		v, _ := intOf(o)
		return hashInt(v), nil
	}
	s.Bool = func(th *Thread, o Object) (bool, error) {
		v, _ := intOf(o)
		return intSign(v) != 0, nil
	}
	s.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		x, _ := intOf(a)
		if y, ok := intOf(b); ok {
			return Bool(cmpResult(intsCmp(x, y), op)), nil
		}
		if isFloat(b) {
			f, _, _ := floatOf(b)
			if math.IsNaN(f) {
				return Bool(op == OpNE), nil
			}
			return Bool(cmpResult(cmpIntFloat(x, f), op)), nil
		}
		return NotImplemented, nil
	}
	s.Unary[OpNeg] = func(th *Thread, o Object) (Object, error) {
		v, _ := intOf(o)
		return intsNeg(v), nil
	}
	s.Unary[OpPos] = func(th *Thread, o Object) (Object, error) {
		v, _ := intOf(o)
		return v, nil
	}
	s.Unary[OpInvert] = func(th *Thread, o Object) (Object, error) {
		v, _ := intOf(o)
		return intsInvert(v), nil
	}
	s.Unary[OpAbs] = func(th *Thread, o Object) (Object, error) {
		v, _ := intOf(o)
		return intsAbs(v), nil
	}
	s.Pow3 = func(th *Thread, a, b, m Object) (Object, error) {
		x, ok1 := intOf(a)
		y, ok2 := intOf(b)
		z, ok3 := intOf(m)
		if !ok1 || !ok2 || !ok3 {
			if _, isNum, _ := complexOf(b); isNum {
				if _, isNum, _ := complexOf(m); isNum {
					return nil, NewError(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
				}
			}
			return NotImplemented, nil
		}
		return intsPowMod(x, y, z)
	}
	toInt := func(th *Thread, o Object) (Object, error) {
		v, _ := intOf(o)
		return v, nil
	}
	s.Int = toInt
	s.Index = toInt
	s.Float = func(th *Thread, o Object) (Object, error) {
		v, _ := intOf(o)
		f, err := intToFloat(v)
		if err != nil {
			return nil, err
		}
		return Float(f), nil
	}
	s.Format = intFormatSlot
	s.New = intNew
}

func initBoolSlots() {
	s := &BoolType.Slots
	s.Repr = func(th *Thread, o Object) (Object, error) {
		return newStrASCII(boolRepr(o.(Bool))), nil
	}
	logic := func(op BinOp, f func(x, y bool) bool) {
		intFwd, intRev := s.Binary[op], s.RBinary[op]
		s.Binary[op] = func(th *Thread, a, b Object) (Object, error) {
			if x, ok := a.(Bool); ok {
				if y, ok := b.(Bool); ok {
					return Bool(f(bool(x), bool(y))), nil
				}
			}
			return intFwd(th, a, b)
		}
		s.RBinary[op] = func(th *Thread, self, other Object) (Object, error) {
			if x, ok := other.(Bool); ok {
				if y, ok := self.(Bool); ok {
					return Bool(f(bool(x), bool(y))), nil
				}
			}
			return intRev(th, self, other)
		}
	}
	logic(OpAnd, func(x, y bool) bool { return x && y })
	logic(OpOr, func(x, y bool) bool { return x || y })
	logic(OpXor, func(x, y bool) bool { return x != y })
	s.New = boolNew
}

func initFloatSlots() {
	s := &FloatType.Slots
	for op, f := range floatOps {
		s.Binary[op], s.RBinary[op] = floatBinary(f)
	}
	val := func(o Object) float64 {
		f, _, _ := floatOf(o)
		return f
	}
	s.Repr = func(th *Thread, o Object) (Object, error) {
		return newStrASCII(reprFloat(val(o))), nil
	}
	s.Hash = func(th *Thread, o Object) (int64, error) { return hashFloat(val(o)), nil }
	s.Bool = func(th *Thread, o Object) (bool, error) { return val(o) != 0, nil }
	s.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		r, ok := floatRichCompare(val(a), b, op)
		if !ok {
			return NotImplemented, nil
		}
		return Bool(r), nil
	}
	s.Unary[OpNeg] = func(th *Thread, o Object) (Object, error) { return Float(-val(o)), nil }
	s.Unary[OpPos] = func(th *Thread, o Object) (Object, error) { return Float(val(o)), nil }
	s.Unary[OpAbs] = func(th *Thread, o Object) (Object, error) { return Float(math.Abs(val(o))), nil }
	s.Pow3 = func(th *Thread, a, b, m Object) (Object, error) {
		return nil, NewError(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	s.Int = func(th *Thread, o Object) (Object, error) { return floatToInt(val(o)) }
	s.Float = func(th *Thread, o Object) (Object, error) { return Float(val(o)), nil }
	s.Format = floatFormatSlot
	s.New = floatNew
}

func initComplexSlots() {
	s := &ComplexType.Slots
	for op, f := range complexOps {
		s.Binary[op], s.RBinary[op] = complexBinary(f)
	}
	for _, op := range []BinOp{OpFloorDiv, OpMod, OpDivMod} {
		s.Binary[op] = func(th *Thread, a, b Object) (Object, error) {
			if _, ok, _ := complexOf(b); !ok {
				return NotImplemented, nil
			}
			return nil, NewError(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'",
				binOpSymbols[op], a.Type().Name, b.Type().Name)
		}
		s.RBinary[op] = func(th *Thread, self, other Object) (Object, error) {
			if _, ok, _ := complexOf(other); !ok {
				return NotImplemented, nil
			}
			return nil, NewError(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'",
				binOpSymbols[op], other.Type().Name, self.Type().Name)
		}
	}
	val := func(o Object) complex128 {
		c, _, _ := complexOf(o)
		return c
	}
	s.Repr = func(th *Thread, o Object) (Object, error) { return newStrASCII(reprComplex(val(o))), nil }
	s.Hash = func(th *Thread, o Object) (int64, error) { return hashComplex(val(o)), nil }
	s.Bool = func(th *Thread, o Object) (bool, error) { return val(o) != 0, nil }
	s.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		if op != OpEQ && op != OpNE {
			return NotImplemented, nil
		}
		x := val(a)
		var eq bool
		switch {
		case isComplex(b):
			eq = x == val(b)
		case isFloat(b):
			f, _, _ := floatOf(b)
			eq = x == complex(f, 0)
		default:
			i, ok := intOf(b)
			if !ok {
				return NotImplemented, nil
			}
			eq = imag(x) == 0 && !math.IsNaN(real(x)) && cmpIntFloat(i, real(x)) == 0
		}
		return Bool(eq == (op == OpEQ)), nil
	}
	s.Unary[OpNeg] = func(th *Thread, o Object) (Object, error) { return Complex(-val(o)), nil }
	s.Unary[OpPos] = func(th *Thread, o Object) (Object, error) { return Complex(val(o)), nil }
	s.Unary[OpAbs] = func(th *Thread, o Object) (Object, error) {
		f, err := complexAbs(val(o))
		if err != nil {
			return nil, err
		}
		return Float(f), nil
	}
	s.Pow3 = func(th *Thread, a, b, m Object) (Object, error) {
		return nil, NewError(ValueErrorType, "complex modulo")
	}
	s.Format = complexFormatSlot
	s.New = complexNew
}

func isComplex(o Object) bool {
	switch v := o.(type) {
	case Complex:
		return true
	case *Instance:
		_, ok := v.Base.(Complex)
		return ok
	}
	return false
}
