package py

import (
	"math"
	"math/rand"
	"testing"
)

var binOpText = map[BinOp]string{
	OpAdd: "+", OpSub: "-", OpMul: "*", OpTrueDiv: "/", OpFloorDiv: "//", OpMod: "%",
	OpPow: "**", OpLShift: "<<", OpRShift: ">>", OpAnd: "&", OpOr: "|", OpXor: "^",
}

func binCase(op BinOp, a, b Object) oracleCase {
	expr := pySrc(a) + " " + binOpText[op] + " " + pySrc(b)
	if op == OpDivMod {
		expr = "divmod(" + pySrc(a) + ", " + pySrc(b) + ")"
	}
	return oracleCase{expr, func(th *Thread) (Object, error) { return BinaryOp(th, op, a, b) }}
}

func TestIntArithmetic(t *testing.T) {
	var cases []oracleCase
	for _, a := range testInts {
		for _, b := range testInts {
			for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpDivMod, OpAnd, OpOr, OpXor} {
				cases = append(cases, binCase(op, a, b))
			}
			if x, ok := b.(Int); ok && x >= -3 && x <= 70 {
				cases = append(cases, binCase(OpPow, a, b), binCase(OpLShift, a, b), binCase(OpRShift, a, b))
			}
		}
	}
	for _, a := range testInts {
		cases = append(cases,
			oracleCase{"-" + pySrc(a), func(th *Thread) (Object, error) { return Neg(th, a) }},
			oracleCase{"~" + pySrc(a), func(th *Thread) (Object, error) { return Invert(th, a) }},
			oracleCase{"abs(" + pySrc(a) + ")", func(th *Thread) (Object, error) { return Abs(th, a) }},
			oracleCase{"hash(" + pySrc(a) + ")", func(th *Thread) (Object, error) {
				h, err := Hash(th, a)
				return Int(h), err
			}},
			oracleCase{"float(" + pySrc(a) + ")", func(th *Thread) (Object, error) {
				return FloatType.Slots.New(th, FloatType, []Object{a}, nil)
			}},
			oracleCase{pySrc(a) + ".bit_length()", func(th *Thread) (Object, error) {
				return CallMethod0(th, a, Intern("bit_length"))
			}},
		)
		for _, m := range []Object{Int(7), Int(-7), Int(1000000007), bigInt("1000000000000000000000000000057")} {
			for _, e := range []Object{Int(0), Int(5), Int(-1), bigInt("123456789012345678901234567890")} {
				a, m, e := a, m, e
				cases = append(cases, oracleCase{"pow(" + pySrc(a) + ", " + pySrc(e) + ", " + pySrc(m) + ")",
					func(th *Thread) (Object, error) { return PowMod(th, a, e, m) }})
			}
		}
	}
	n := checkOracle(t, cases)
	t.Logf("%d int cases", n)
}

// TestIntFloatMixed checks mixed arithmetic and exact comparisons.
func TestIntFloatMixed(t *testing.T) {
	floats := []Object{Float(0), Float(math.Copysign(0, -1)), Float(0.5), Float(-2.5), Float(1e300),
		Float(9007199254740993), Float(9.223372036854776e18), Float(math.Inf(1)), Float(math.NaN()), Float(3)}
	var cases []oracleCase
	vals := append(append([]Object{}, testInts[:12]...), testInts[16:19]...)
	vals = append(vals, Int(9007199254740993), True, False)
	for _, a := range vals {
		for _, b := range floats {
			for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow, OpDivMod} {
				cases = append(cases, binCase(op, a, b), binCase(op, b, a))
			}
			for op, text := range map[CompareOp]string{OpLT: "<", OpEQ: "==", OpGE: ">="} {
				a, b, op := a, b, op
				cases = append(cases,
					oracleCase{pySrc(a) + text + pySrc(b), func(th *Thread) (Object, error) { return Compare(th, op, a, b) }},
					oracleCase{pySrc(b) + text + pySrc(a), func(th *Thread) (Object, error) { return Compare(th, op, b, a) }})
			}
		}
	}
	for _, a := range floats {
		for _, b := range floats {
			for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpFloorDiv, OpMod, OpPow, OpDivMod} {
				cases = append(cases, binCase(op, a, b))
			}
		}
	}
	n := checkOracle(t, cases)
	t.Logf("%d mixed cases", n)
}

func TestFloatRepr(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var vals []float64
	for i := 0; i < 3000; i++ {
		vals = append(vals, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 500; i++ {
		vals = append(vals, r.NormFloat64()*math.Pow(10, float64(r.Intn(40)-20)), float64(r.Intn(100000))/float64(1+r.Intn(1000)))
	}
	vals = append(vals, 0, math.Copysign(0, -1), 1e16, 1e15, 123456789012345678, 1e-4, 1e-5, 0.1, 1.5, math.MaxFloat64, 5e-324, math.Inf(1), math.Inf(-1), math.NaN())
	var cases []oracleCase
	for _, f := range vals {
		f := f
		cases = append(cases, oracleCase{pyFloat(f), func(th *Thread) (Object, error) { return Float(f), nil }})
		if f == f && !math.IsInf(f, 0) {
			cases = append(cases, oracleCase{"hash(" + pyFloat(f) + ")", func(th *Thread) (Object, error) {
				h, err := Hash(th, Float(f))
				return Int(h), err
			}})
		}
	}
	for i := 0; i < 300; i++ {
		f := vals[3000+i]
		nd := Int(r.Intn(12) - 4)
		cases = append(cases, oracleCase{"round(" + pyFloat(f) + ", " + pySrc(nd) + ")", func(th *Thread) (Object, error) {
			return builtinRound(th, nil, []Object{Float(f), nd}, nil)
		}}, oracleCase{"round(" + pyFloat(f) + ")", func(th *Thread) (Object, error) {
			return builtinRound(th, nil, []Object{Float(f)}, nil)
		}}, oracleCase{"int(" + pyFloat(f) + ")", func(th *Thread) (Object, error) {
			return IntType.Slots.New(th, IntType, []Object{Float(f)}, nil)
		}})
	}
	for _, f := range []float64{2.675, 0.5, 1.5, 2.5, -0.5, 0.125, 1e300, math.Inf(1), math.NaN(), 1234.5678} {
		f := f
		for _, nd := range []Object{None, Int(0), Int(1), Int(2), Int(-1), Int(-3), Int(400), Int(-400)} {
			nd := nd
			cases = append(cases, oracleCase{"round(" + pyFloat(f) + ", " + pySrc(nd) + ")", func(th *Thread) (Object, error) {
				return builtinRound(th, nil, []Object{Float(f), nd}, nil)
			}})
		}
	}
	n := checkOracle(t, cases)
	t.Logf("%d float cases", n)
}

func TestComplexAndHash(t *testing.T) {
	cs := []Object{NewComplex(1, 2), NewComplex(0, 1), NewComplex(0, -1), NewComplex(-0.0, 0), NewComplex(1.5, -2.5),
		NewComplex(math.Inf(1), 2), NewComplex(0, 0), NewComplex(1e300, 1e300), NewComplex(-3, 0)}
	others := []Object{Int(2), Int(0), Float(0.5), NewComplex(0, 0), NewComplex(2, -1), True}
	var cases []oracleCase
	for _, a := range cs {
		a := a
		cases = append(cases,
			oracleCase{pySrc(a), func(th *Thread) (Object, error) { return a, nil }},
			oracleCase{"hash(" + pySrc(a) + ")", func(th *Thread) (Object, error) {
				h, err := Hash(th, a)
				return Int(h), err
			}},
			oracleCase{"abs(" + pySrc(a) + ")", func(th *Thread) (Object, error) { return Abs(th, a) }},
			oracleCase{"-" + pySrc(a), func(th *Thread) (Object, error) { return Neg(th, a) }},
		)
		for _, b := range others {
			for _, op := range []BinOp{OpAdd, OpSub, OpMul, OpTrueDiv, OpPow} {
				cases = append(cases, binCase(op, a, b), binCase(op, b, a))
			}
		}
	}
	for _, s := range []string{"1+2j", "(1+2j)", " ( -1.5e3-2J ) ", "j", "-j", "3", "inf+nanj", "1+", "x", "1e3j", "1_0+2_0j"} {
		s := s
		cases = append(cases, oracleCase{"complex(" + pySrc(NewStr(s)) + ")", func(th *Thread) (Object, error) {
			return ComplexType.Slots.New(th, ComplexType, []Object{NewStr(s)}, nil)
		}})
	}
	for _, v := range []Object{True, False, Int(-1), Int(-2), bigInt("2305843009213693951"), bigInt("-2305843009213693952"), bigInt("36893488147419103232")} {
		v := v
		cases = append(cases, oracleCase{"hash(" + pySrc(v) + ")", func(th *Thread) (Object, error) {
			h, err := Hash(th, v)
			return Int(h), err
		}})
	}
	n := checkOracle(t, cases)
	t.Logf("%d complex/hash cases", n)
}

func TestParse(t *testing.T) {
	ints := []string{"0", "12", " 12 ", "-12", "+7", "1_000", "1__0", "_1", "1_", "0x1f", "0X_1F", "0o17", "0b101", "010", "00", "0_0",
		"x", "", " ", "١٢٣", "12a", "99999999999999999999999999", "-9223372036854775808", "1" + string(make([]byte, 0))}
	bases := []Object{None, Int(0), Int(2), Int(8), Int(16), Int(36), Int(1), Int(37)}
	var cases []oracleCase
	for _, s := range ints {
		for _, b := range bases {
			s, b := s, b
			expr := "int(" + pySrc(NewStr(s)) + ")"
			args := []Object{NewStr(s)}
			if b != None {
				expr = "int(" + pySrc(NewStr(s)) + ", " + pySrc(b) + ")"
				args = append(args, b)
			}
			cases = append(cases, oracleCase{expr, func(th *Thread) (Object, error) {
				return IntType.Slots.New(th, IntType, args, nil)
			}})
		}
	}
	long := ""
	for i := 0; i < 4301; i++ {
		long += "7"
	}
	cases = append(cases, oracleCase{"int('" + long + "')", func(th *Thread) (Object, error) {
		return IntType.Slots.New(th, IntType, []Object{NewStr(long)}, nil)
	}}, oracleCase{"str(10**4300)", func(th *Thread) (Object, error) {
		v, _ := intsPow(Int(10), Int(4300))
		return StrOf(th, v)
	}}, oracleCase{"len(str(10**4299))", func(th *Thread) (Object, error) {
		v, _ := intsPow(Int(10), Int(4299))
		s, err := StrOf(th, v)
		if err != nil {
			return nil, err
		}
		return Int(s.Len()), nil
	}})
	floats := []string{"1.5", " -2.5e3 ", "1_000.5", "1__0", "inf", "-Infinity", "nan", "NaN", "1e400", "-1e-400", ".5", "5.", ".", "e5", "1e", "0x10", "x", "", "١٢٣.٥", "1_e5", "1e_5", "+.1e-1"}
	for _, s := range floats {
		s := s
		cases = append(cases, oracleCase{"float(" + pySrc(NewStr(s)) + ")", func(th *Thread) (Object, error) {
			return FloatType.Slots.New(th, FloatType, []Object{NewStr(s)}, nil)
		}})
	}
	for _, f := range []float64{math.Inf(1), math.NaN(), 1e20, -2.5} {
		f := f
		cases = append(cases, oracleCase{"int(" + pyFloat(f) + ")", func(th *Thread) (Object, error) {
			return IntType.Slots.New(th, IntType, []Object{Float(f)}, nil)
		}})
	}
	n := checkOracle(t, cases)
	t.Logf("%d parse cases", n)
}

func TestSmallIntAddAllocs(t *testing.T) {
	th := NewThread()
	var a, b Object = Int(3), Int(200)
	allocs := testing.AllocsPerRun(1000, func() {
		r, _ := Add(th, a, b)
		r, _ = Sub(th, r, b)
		if r != Int(3) {
			t.Fatal("bad sum")
		}
	})
	if allocs != 0 {
		t.Errorf("small int add allocates %.1f times per run", allocs)
	}
}

func BenchmarkSmallIntAdd(b *testing.B) {
	th := NewThread()
	var x, y Object = Int(3), Int(200)
	for i := 0; i < b.N; i++ {
		x, _ = Add(th, x, y)
		x, _ = Sub(th, x, y)
	}
}

func BenchmarkBigIntMul(b *testing.B) {
	th := NewThread()
	x := bigInt("1000000000000000000000000000007")
	for i := 0; i < b.N; i++ {
		_, _ = Mul(th, x, x)
	}
}
