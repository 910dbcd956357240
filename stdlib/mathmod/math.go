// Package mathmod implements Python's math and cmath modules in Go.
//
// Functions follow CPython 3.11's semantics and messages: arguments are
// converted as PyFloat_AsDouble does, a NaN result from a non-NaN input
// raises ValueError("math domain error"), an infinite result from a finite
// input raises OverflowError("math range error") or ValueError for
// singularities. Integer functions (factorial, comb, perm, gcd, isqrt)
// work on arbitrary-precision ints.
package mathmod

import (
	"math"
	"math/big"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "math", Body: mathBody})
	py.RegisterModule(&py.ModuleDef{Name: "cmath", Body: cmathBody})
}

func domainError() error { return py.NewError(py.ValueErrorType, "math domain error") }
func rangeError() error  { return py.NewError(py.OverflowErrorType, "math range error") }

// oneArg checks "math.sqrt() takes exactly one argument (2 given)".
func oneArg(name string, args []py.Object, kw *py.KwArgs) error {
	return mu.Exactly("math."+name, args, kw, 1)
}

// math1 wraps a float function of one argument with math_1's checks.
func math1(name string, f func(float64) float64, canOverflow bool) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := oneArg(name, args, kw); err != nil {
			return nil, err
		}
		x, err := mu.Float(th, args[0])
		if err != nil {
			return nil, err
		}
		return check1(x, f(x), canOverflow)
	}
}

func check1(x, r float64, canOverflow bool) (py.Object, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return nil, rangeError()
		}
		return nil, domainError()
	}
	return py.Float(r), nil
}

// math2 wraps a float function of two arguments (atan2, copysign, ...).
func math2(name string, f func(x, y float64) (float64, error)) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.NoKw(name, kw); err != nil {
			return nil, err
		}
		if err := py.ArgRange(name, args, nil, 2, 2); err != nil {
			return nil, err
		}
		x, err := mu.Float(th, args[0])
		if err != nil {
			return nil, err
		}
		y, err := mu.Float(th, args[1])
		if err != nil {
			return nil, err
		}
		r, err := f(x, y)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}
}

// floatToInt converts a float to a Python int (int(x) for an integral x).
func floatToInt(f float64) (py.Object, error) {
	if math.IsInf(f, 0) {
		return nil, py.NewError(py.OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, py.NewError(py.ValueErrorType, "cannot convert float NaN to integer")
	}
	if f >= -9.2e18 && f <= 9.2e18 {
		return py.Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return py.NewIntFromBig(b), nil
}

// asInt returns o itself as an int if it is an int (bools become ints).
func asInt(o py.Object) (py.Object, bool) {
	switch v := py.Unwrap(o).(type) {
	case py.Int, *py.BigInt:
		return v, true
	case py.Bool:
		if v {
			return py.Int(1), true
		}
		return py.Int(0), true
	}
	return nil, false
}

// roundVia implements floor/ceil: ints unchanged, floats rounded, other
// objects through their __floor__/__ceil__ method or float conversion.
func roundVia(name, dunder string, f func(float64) float64) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := oneArg(name, args, kw); err != nil {
			return nil, err
		}
		x := args[0]
		switch v := x.(type) {
		case py.Float:
			return floatToInt(f(float64(v)))
		case py.Int, *py.BigInt, py.Bool:
			i, _ := asInt(v)
			return i, nil
		}
		if x.Type().Lookup(py.Intern(dunder)) != nil {
			return py.CallMethod0(th, x, py.Intern(dunder))
		}
		fv, err := mu.Float(th, x)
		if err != nil {
			return nil, err
		}
		return floatToInt(f(fv))
	}
}

func mathTrunc(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := oneArg("trunc", args, kw); err != nil {
		return nil, err
	}
	x := args[0]
	switch v := x.(type) {
	case py.Float:
		return floatToInt(math.Trunc(float64(v)))
	case py.Int, *py.BigInt, py.Bool:
		i, _ := asInt(v)
		return i, nil
	}
	if x.Type().Lookup(py.Intern("__trunc__")) == nil {
		return nil, py.NewError(py.TypeErrorType, "type %s doesn't define __trunc__ method", x.Type().Name)
	}
	return py.CallMethod0(th, x, py.Intern("__trunc__"))
}

// logOf computes log(x) for a float or an arbitrarily large int.
func logOf(th *py.Thread, x py.Object, f func(float64) float64) (float64, error) {
	if b, ok := mu.BigOf(x); ok {
		if b.Sign() <= 0 {
			return 0, domainError()
		}
		if v, err := mu.BigToFloat(b); err == nil {
			return f(v), nil
		}
		// Too large for a float: x = m * 2**e with 0.5 <= m < 1.
		e := b.BitLen()
		m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(b), -e).Float64()
		return f(m) + float64(e)*f(2), nil
	}
	v, err := mu.Float(th, x)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(v) {
		return v, nil
	}
	if v <= 0 {
		return 0, domainError()
	}
	return f(v), nil
}

func mathLog(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.NoKw("log", kw); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, py.NewError(py.TypeErrorType, "math.log requires 1 to 2 arguments")
	}
	num, err := logOf(th, args[0], math.Log)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return py.Float(num), nil
	}
	den, err := logOf(th, args[1], math.Log)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, py.NewError(py.ZeroDivisionErrorType, "float division by zero")
	}
	return py.Float(num / den), nil
}

func logN(name string, f func(float64) float64) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := oneArg(name, args, kw); err != nil {
			return nil, err
		}
		r, err := logOf(th, args[0], f)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}
}

func mathSqrt(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := oneArg("sqrt", args, kw); err != nil {
		return nil, err
	}
	x, err := mu.Float(th, args[0])
	if err != nil {
		return nil, err
	}
	return check1(x, math.Sqrt(x), false)
}

func mathPow(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	return math2("pow", func(x, y float64) (float64, error) {
		// CPython's special cases, then libm's pow.
		if math.IsNaN(x) || math.IsNaN(y) {
			if y == 0 {
				return 1, nil
			}
			if x == 1 {
				return 1, nil
			}
			return math.NaN(), nil
		}
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			return math.Pow(x, y), nil
		}
		r := powExact(x, y)
		if math.IsNaN(r) {
			return 0, domainError()
		}
		if math.IsInf(r, 0) {
			if x == 0 {
				return 0, domainError()
			}
			return 0, rangeError()
		}
		return r, nil
	})(th, args, kw)
}

// powExact is x**y for finite x, y: correctly rounded for integral y of
// moderate size (computed with extended precision), libm-like otherwise.
func powExact(x, y float64) float64 {
	if x == 0 || y == 0 || y != math.Trunc(y) || math.Abs(y) > 4096 {
		return math.Pow(x, y)
	}
	n := int64(math.Abs(y))
	const prec = 256
	base := new(big.Float).SetPrec(prec).SetFloat64(x)
	acc := new(big.Float).SetPrec(prec).SetInt64(1)
	for n > 0 {
		if n&1 == 1 {
			acc.Mul(acc, base)
		}
		base.Mul(base, base)
		n >>= 1
	}
	if y < 0 {
		acc.Quo(new(big.Float).SetPrec(prec).SetInt64(1), acc)
	}
	r, _ := acc.Float64()
	return r
}

func mathFmod(x, y float64) (float64, error) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x, nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, domainError()
	}
	return r, nil
}

func mathRemainder(x, y float64) (float64, error) {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN(), nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return 0, domainError()
	}
	return math.Remainder(x, y), nil
}

func mathAtan2(x, y float64) (float64, error) { return math.Atan2(x, y), nil }
func mathCopysign(x, y float64) (float64, error) {
	return math.Copysign(x, y), nil
}
func mathNextafter(x, y float64) (float64, error) { return math.Nextafter(x, y), nil }

func mathUlp(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return x
	}
	y := math.Nextafter(x, math.Inf(1))
	if math.IsInf(y, 0) {
		return x - math.Nextafter(x, 0)
	}
	return y - x
}

func mathGamma(x float64) float64 {
	if x == math.Trunc(x) && x <= 0 || math.IsInf(x, -1) {
		return math.NaN()
	}
	return math.Gamma(x)
}

func mathLgamma(x float64) float64 {
	if math.IsInf(x, 0) {
		return math.Inf(1)
	}
	if x == math.Trunc(x) && x <= 0 {
		return math.NaN() // a pole: "math domain error"
	}
	r, _ := math.Lgamma(x)
	return r
}

func floatArg(th *py.Thread, name string, args []py.Object, kw *py.KwArgs) (float64, error) {
	if err := oneArg(name, args, kw); err != nil {
		return 0, err
	}
	return mu.Float(th, args[0])
}

func boolFn(name string, f func(float64) bool) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		x, err := floatArg(th, name, args, kw)
		if err != nil {
			return nil, err
		}
		return py.Bool(f(x)), nil
	}
}

func mathModf(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	x, err := floatArg(th, "modf", args, kw)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) {
		return py.NewTuple([]py.Object{py.Float(math.Copysign(0, x)), py.Float(x)}), nil
	}
	i, f := math.Modf(x)
	return py.NewTuple([]py.Object{py.Float(f), py.Float(i)}), nil
}

func mathFrexp(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	x, err := floatArg(th, "frexp", args, kw)
	if err != nil {
		return nil, err
	}
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return py.NewTuple([]py.Object{py.Float(x), py.Int(0)}), nil
	}
	m, e := math.Frexp(x)
	return py.NewTuple([]py.Object{py.Float(m), py.Int(e)}), nil
}

func mathLdexp(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.NoKw("ldexp", kw); err != nil {
		return nil, err
	}
	if err := py.ArgRange("ldexp", args, nil, 2, 2); err != nil {
		return nil, err
	}
	x, err := mu.Float(th, args[0])
	if err != nil {
		return nil, err
	}
	if !mu.IsInt(args[1]) {
		return nil, py.NewError(py.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	eb, _ := mu.BigOf(args[1])
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return py.Float(x), nil
	}
	var e int
	switch {
	case eb.Cmp(big.NewInt(100000)) > 0:
		return nil, rangeError()
	case eb.Cmp(big.NewInt(-100000)) < 0:
		return py.Float(math.Copysign(0, x)), nil
	default:
		e = int(eb.Int64())
	}
	r := math.Ldexp(x, e)
	if math.IsInf(r, 0) {
		return nil, rangeError()
	}
	return py.Float(r), nil
}

func mathIsclose(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("isclose", args, kw, []string{"a", "b", "$rel_tol", "$abs_tol"}, 2)
	if err != nil {
		return nil, err
	}
	x, err := mu.Float(th, a[0])
	if err != nil {
		return nil, err
	}
	y, err := mu.Float(th, a[1])
	if err != nil {
		return nil, err
	}
	rel, abs := 1e-9, 0.0
	if a[2] != nil {
		if rel, err = mu.Float(th, a[2]); err != nil {
			return nil, err
		}
	}
	if a[3] != nil {
		if abs, err = mu.Float(th, a[3]); err != nil {
			return nil, err
		}
	}
	return py.Bool(isClose(x, y, rel, abs)), mustNonNeg(rel, abs)
}

func mustNonNeg(rel, abs float64) error {
	if rel < 0 || abs < 0 {
		return py.NewError(py.ValueErrorType, "tolerances must be non-negative")
	}
	return nil
}

func isClose(a, b, rel, abs float64) bool {
	if a == b {
		return true
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	diff := math.Abs(b - a)
	return diff <= math.Abs(rel*b) || diff <= math.Abs(rel*a) || diff <= abs
}

func mathDegrees(x float64) float64 { return x * (180.0 / math.Pi) }
func mathRadians(x float64) float64 { return x * (math.Pi / 180.0) }

func mathBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	d.Set("pi", py.Float(math.Pi))
	d.Set("e", py.Float(math.E))
	d.Set("tau", py.Float(2*math.Pi))
	d.Set("inf", py.Float(math.Inf(1)))
	d.Set("nan", py.Float(math.NaN()))
	one := map[string]struct {
		f  func(float64) float64
		ov bool
	}{
		"acos": {math.Acos, false}, "acosh": {math.Acosh, false}, "asin": {math.Asin, false},
		"asinh": {math.Asinh, false}, "atan": {math.Atan, false}, "atanh": {math.Atanh, false},
		"cos": {math.Cos, false}, "cosh": {math.Cosh, true}, "sin": {math.Sin, false},
		"sinh": {math.Sinh, true}, "tan": {math.Tan, false}, "tanh": {math.Tanh, false},
		"exp": {math.Exp, true}, "exp2": {math.Exp2, true}, "expm1": {math.Expm1, true},
		"fabs": {math.Abs, false}, "erf": {math.Erf, false}, "erfc": {math.Erfc, false},
		"gamma": {mathGamma, true}, "lgamma": {mathLgamma, true}, "log1p": {math.Log1p, false},
		"cbrt": {math.Cbrt, false}, "degrees": {mathDegrees, false}, "radians": {mathRadians, false},
		"ulp": {mathUlp, false},
	}
	for name, f := range one {
		d.Func(name, math1(name, f.f, f.ov))
	}
	d.Func("sqrt", mathSqrt)
	d.Func("floor", roundVia("floor", "__floor__", math.Floor))
	d.Func("ceil", roundVia("ceil", "__ceil__", math.Ceil))
	d.Func("trunc", mathTrunc)
	d.Func("log", mathLog)
	d.Func("log2", logN("log2", math.Log2))
	d.Func("log10", logN("log10", math.Log10))
	d.Func("pow", mathPow)
	d.Func("atan2", math2("atan2", mathAtan2))
	d.Func("copysign", math2("copysign", mathCopysign))
	d.Func("fmod", math2("fmod", mathFmod))
	d.Func("remainder", math2("remainder", mathRemainder))
	d.Func("nextafter", math2("nextafter", mathNextafter))
	d.Func("isfinite", boolFn("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }))
	d.Func("isinf", boolFn("isinf", func(x float64) bool { return math.IsInf(x, 0) }))
	d.Func("isnan", boolFn("isnan", math.IsNaN))
	d.Func("modf", mathModf)
	d.Func("frexp", mathFrexp)
	d.Func("ldexp", mathLdexp)
	d.Func("isclose", mathIsclose)
	addIntFuncs(d)
	addSumFuncs(d)
	return nil
}
