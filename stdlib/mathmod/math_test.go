package mathmod

import (
	"math"
	"strconv"
	"testing"

	py "github.com/pygo-dev/pygo/runtime"
	st "github.com/pygo-dev/pygo/stdlib/internal/stdtest"
)

func TestMathAgainstCPython(t *testing.T) {
	th := st.Thread()
	m := st.Mod(t, th, "math")
	cm := st.Mod(t, th, "cmath")
	var cases []st.Case
	pf := func(f float64) string { return "float('" + strconv.FormatFloat(f, 'g', -1, 64) + "')" }
	add := func(expr string, mod func(string) py.Object, fn string, args ...py.Object) {
		cases = append(cases, st.Case{Py: expr, Go: func() (py.Object, error) { return py.Call(th, mod(fn), args, nil) }})
	}
	big := py.NewIntFromString("1267650600228229401496703205376", 10)
	for _, f := range []string{"sqrt", "exp", "log", "log2", "log10", "log1p", "expm1", "sin", "cos", "tan", "asin", "acos", "atan",
		"sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "fabs", "floor", "ceil", "trunc",
		"degrees", "radians", "isfinite", "isinf", "isnan", "frexp", "modf", "ulp", "cbrt", "exp2"} {
		for _, x := range []struct {
			s string
			v py.Object
		}{{"0.5", py.Float(0.5)}, {"2", py.Int(2)}, {"-1.5", py.Float(-1.5)}, {"0", py.Int(0)}, {"1e300", py.Float(1e300)},
			{"float('inf')", py.Float(math.Inf(1))}, {"float('nan')", py.Float(math.NaN())}, {"10", py.Int(10)}, {"'x'", st.S("x")},
			{"2**100", big}, {"True", py.True}, {"-3", py.Int(-3)}, {"7.25", py.Float(7.25)}} {
			add("math."+f+"("+x.s+")", m, f, x.v)
		}
	}
	add("math.sqrt()", m, "sqrt")
	add("math.log(8, 2)", m, "log", st.I(8), st.I(2))
	add("math.log(10, 1)", m, "log", st.I(10), st.I(1))
	add("math.log(2**100)", m, "log", big)
	add("math.log()", m, "log")
	for _, p := range [][2]float64{{2, 0.5}, {2, 10}, {10, -2}, {0, -1}, {-1, 0.5}, {10, 400}, {-2, 3}, {1.1, 100}, {3, 1.0 / 3}, {0.5, 1025}} {
		add("math.pow("+pf(p[0])+", "+pf(p[1])+")", m, "pow", py.Float(p[0]), py.Float(p[1]))
	}
	for _, p := range [][2]float64{{1, 2}, {-1, 0}, {5, 3}, {-5.5, 2}, {1, 0}, {0, 0}, {3, -0.0}} {
		for _, f := range []string{"atan2", "copysign", "fmod", "remainder", "nextafter", "hypot"} {
			add("math."+f+"("+pf(p[0])+", "+pf(p[1])+")", m, f, py.Float(p[0]), py.Float(p[1]))
		}
	}
	add("math.hypot(3, 4, 12)", m, "hypot", st.I(3), st.I(4), st.I(12))
	add("math.hypot()", m, "hypot")
	add("math.hypot(1.1, 2.2, 3.3, 4.4)", m, "hypot", st.F(1.1), st.F(2.2), st.F(3.3), st.F(4.4))
	add("math.dist((1, 2), (4, 6))", m, "dist", st.T(st.I(1), st.I(2)), st.T(st.I(4), st.I(6)))
	add("math.dist([1], [1, 2])", m, "dist", st.Ints(1), st.Ints(1, 2))
	add("math.factorial(20)", m, "factorial", st.I(20))
	add("math.factorial(30)", m, "factorial", st.I(30))
	add("math.factorial(-1)", m, "factorial", st.I(-1))
	add("math.factorial(1.0)", m, "factorial", st.F(1))
	add("math.comb(10, 3)", m, "comb", st.I(10), st.I(3))
	add("math.comb(100, 50)", m, "comb", st.I(100), st.I(50))
	add("math.comb(3, 10)", m, "comb", st.I(3), st.I(10))
	add("math.comb(-1, 2)", m, "comb", st.I(-1), st.I(2))
	add("math.perm(5)", m, "perm", st.I(5))
	add("math.perm(5, 2)", m, "perm", st.I(5), st.I(2))
	add("math.perm(5, None)", m, "perm", st.I(5), py.None)
	add("math.gcd()", m, "gcd")
	add("math.gcd(12, 18, -8)", m, "gcd", st.I(12), st.I(18), st.I(-8))
	add("math.gcd(2**100, 6)", m, "gcd", big, st.I(6))
	add("math.lcm(4, 6, 10)", m, "lcm", st.I(4), st.I(6), st.I(10))
	add("math.lcm()", m, "lcm")
	add("math.lcm(0, 3)", m, "lcm", st.I(0), st.I(3))
	add("math.gcd(1.5)", m, "gcd", st.F(1.5))
	add("math.isqrt(99)", m, "isqrt", st.I(99))
	add("math.isqrt(2**100)", m, "isqrt", big)
	add("math.isqrt(-1)", m, "isqrt", st.I(-1))
	add("math.fsum([0.1]*10)", m, "fsum", py.NewList([]py.Object{st.F(.1), st.F(.1), st.F(.1), st.F(.1), st.F(.1), st.F(.1), st.F(.1), st.F(.1), st.F(.1), st.F(.1)}))
	add("math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50])", m, "fsum", st.L(st.F(1e100), st.F(1), st.F(-1e100), st.F(1e-100), st.F(1e50), st.F(-1), st.F(-1e50)))
	add("math.fsum([float('inf'), float('-inf')])", m, "fsum", st.L(st.F(math.Inf(1)), st.F(math.Inf(-1))))
	add("math.fsum([1e308, 1e308])", m, "fsum", st.L(st.F(1e308), st.F(1e308)))
	add("math.prod([1, 2, 3, 4])", m, "prod", st.Ints(1, 2, 3, 4))
	add("math.prod([])", m, "prod", st.Ints())
	add("math.prod([1.5, 2])", m, "prod", st.L(st.F(1.5), st.I(2)))
	add("math.isclose(1.0, 1.0000000001)", m, "isclose", st.F(1), st.F(1.0000000001))
	add("math.isclose(1.0, 1.1)", m, "isclose", st.F(1), st.F(1.1))
	add("math.ldexp(0.5, 3)", m, "ldexp", st.F(.5), st.I(3))
	add("math.ldexp(1.0, 10000)", m, "ldexp", st.F(1), st.I(10000))
	add("math.ldexp(1.0, -10000)", m, "ldexp", st.F(1), st.I(-10000))
	add("math.ldexp(1.0, 1.5)", m, "ldexp", st.F(1), st.F(1.5))
	add("math.atan2(1)", m, "atan2", st.F(1))
	cases = append(cases, st.Case{Py: "(math.pi, math.e, math.tau, math.inf, math.nan)", Go: func() (py.Object, error) {
		return py.NewTuple([]py.Object{m("pi"), m("e"), m("tau"), m("inf"), m("nan")}), nil
	}})
	for _, f := range []string{"sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "phase", "polar", "isfinite", "isnan", "isinf"} {
		add("cmath."+f+"(1+2j)", cm, f, py.NewComplex(1, 2))
		add("cmath."+f+"(-4)", cm, f, py.Int(-4))
		add("cmath."+f+"(0.5)", cm, f, py.Float(.5))
	}
	add("cmath.rect(2, 0.5)", cm, "rect", st.I(2), st.F(0.5))
	add("cmath.log(8, 2)", cm, "log", st.I(8), st.I(2))
	add("cmath.sqrt('x')", cm, "sqrt", st.S("x"))
	st.Run(t, th, "import math, cmath", cases)
}
