package mathmod

import (
	"math"
	"math/cmplx"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// The cmath module: complex versions of the math functions.

// toComplex converts a number (complex, float, int, __complex__,
// __float__) to complex128.
func toComplex(th *py.Thread, o py.Object) (complex128, error) {
	switch v := py.Unwrap(o).(type) {
	case py.Complex:
		return complex128(v), nil
	}
	if o.Type().Lookup(py.Intern("__complex__")) != nil {
		r, err := py.CallMethod0(th, o, py.Intern("__complex__"))
		if err != nil {
			return 0, err
		}
		if c, ok := py.Unwrap(r).(py.Complex); ok {
			return complex128(c), nil
		}
		return 0, py.NewError(py.TypeErrorType, "__complex__ returned non-complex (type %s)", r.Type().Name)
	}
	f, err := mu.Float(th, o)
	if err != nil {
		if _, ok := err.(*py.BaseException); ok && o.Type().Slots.Float == nil && !mu.IsInt(o) {
			return 0, py.NewError(py.TypeErrorType, "must be real number, not %s", o.Type().Name)
		}
		return 0, err
	}
	return complex(f, 0), nil
}

func isFiniteC(z complex128) bool {
	return !math.IsInf(real(z), 0) && !math.IsNaN(real(z)) && !math.IsInf(imag(z), 0) && !math.IsNaN(imag(z))
}

// cmath1 wraps a complex function with CPython's error checks.
func cmath1(name string, f func(complex128) complex128) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("cmath."+name, args, kw, 1); err != nil {
			return nil, err
		}
		z, err := toComplex(th, args[0])
		if err != nil {
			return nil, err
		}
		r := f(z)
		if isFiniteC(z) && !isFiniteC(r) {
			if cmplx.IsNaN(r) {
				return nil, domainError()
			}
			return nil, rangeError()
		}
		return py.Complex(r), nil
	}
}

// csqrt is the principal square root computed the way CPython's cmath does
// for finite arguments (scaling by 1/8 to avoid overflow in the hypot), so
// results agree to the last bit; special values use math/cmplx.
func csqrt(z complex128) complex128 {
	x, y := real(z), imag(z)
	if !isFiniteC(z) {
		return cmplx.Sqrt(z)
	}
	if x == 0 && y == 0 {
		return complex(0, y)
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < minNormal && ay < minNormal {
		// Subnormal parts: scale up by 2**53 first to keep precision.
		ax = math.Ldexp(ax, 53)
		s = math.Ldexp(math.Sqrt(ax+math.Hypot(ax, math.Ldexp(ay, 53))), -27)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+math.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y))
	}
	return complex(d, math.Copysign(s, y))
}

// minNormal is the smallest positive normal float64 (C's DBL_MIN).
const minNormal = 2.2250738585072014e-308

func cmathLog(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.NoKw("log", kw); err != nil {
		return nil, err
	}
	if err := py.ArgRange("log", args, nil, 1, 2); err != nil {
		return nil, err
	}
	z, err := toComplex(th, args[0])
	if err != nil {
		return nil, err
	}
	if z == 0 {
		return nil, domainError()
	}
	r := cmplx.Log(z)
	if len(args) == 2 {
		b, err := toComplex(th, args[1])
		if err != nil {
			return nil, err
		}
		if b == 0 {
			return nil, domainError()
		}
		lb := cmplx.Log(b)
		if lb == 0 {
			// CPython divides with errno set to EDOM: a ValueError, not ZeroDivisionError.
			return nil, domainError()
		}
		r = r / lb
	}
	return py.Complex(r), nil
}

func cmathBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	d.Set("pi", py.Float(math.Pi))
	d.Set("e", py.Float(math.E))
	d.Set("tau", py.Float(2*math.Pi))
	d.Set("inf", py.Float(math.Inf(1)))
	d.Set("nan", py.Float(math.NaN()))
	d.Set("infj", py.NewComplex(0, math.Inf(1)))
	d.Set("nanj", py.NewComplex(0, math.NaN()))
	fns := map[string]func(complex128) complex128{
		"sqrt": csqrt, "exp": cmplx.Exp, "sin": cmplx.Sin, "cos": cmplx.Cos, "tan": cmplx.Tan,
		"asin": cmplx.Asin, "acos": cmplx.Acos, "atan": func(z complex128) complex128 {
			if real(z) == 0 && math.Abs(imag(z)) == 1 {
				return complex(math.NaN(), 0) // atan(±1j) is a pole: domain error
			}
			return cmplx.Atan(z)
		},
		"sinh": cmplx.Sinh,
		"cosh": cmplx.Cosh, "tanh": cmplx.Tanh, "asinh": cmplx.Asinh, "acosh": cmplx.Acosh,
		"atanh": func(z complex128) complex128 {
			if imag(z) == 0 && math.Abs(real(z)) == 1 {
				return complex(math.NaN(), 0) // the pole: a domain error, as in CPython
			}
			return cmplx.Atanh(z)
		},
		"log10": func(z complex128) complex128 {
			if z == 0 {
				return complex(math.NaN(), 0)
			}
			return cmplx.Log10(z)
		},
	}
	for name, f := range fns {
		d.Func(name, cmath1(name, f))
	}
	d.Func("log", cmathLog)
	d.Func("phase", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("cmath.phase", args, kw, 1); err != nil {
			return nil, err
		}
		z, err := toComplex(th, args[0])
		if err != nil {
			return nil, err
		}
		return py.Float(cmplx.Phase(z)), nil
	})
	d.Func("polar", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("cmath.polar", args, kw, 1); err != nil {
			return nil, err
		}
		z, err := toComplex(th, args[0])
		if err != nil {
			return nil, err
		}
		r := math.Hypot(real(z), imag(z))
		if math.IsInf(r, 0) && isFiniteC(z) {
			return nil, rangeError()
		}
		return py.NewTuple([]py.Object{py.Float(r), py.Float(cmplx.Phase(z))}), nil
	})
	d.Func("rect", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.NoKw("rect", kw); err != nil {
			return nil, err
		}
		if err := py.ArgRange("rect", args, nil, 2, 2); err != nil {
			return nil, err
		}
		r, err := mu.Float(th, args[0])
		if err != nil {
			return nil, err
		}
		phi, err := mu.Float(th, args[1])
		if err != nil {
			return nil, err
		}
		if phi == 0 {
			return py.NewComplex(r, phi*r), nil
		}
		return py.Complex(cmplx.Rect(r, phi)), nil
	})
	cb := func(name string, f func(complex128) bool) {
		d.Func(name, func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			if err := mu.Exactly("cmath."+name, args, kw, 1); err != nil {
				return nil, err
			}
			z, err := toComplex(th, args[0])
			if err != nil {
				return nil, err
			}
			return py.Bool(f(z)), nil
		})
	}
	cb("isfinite", isFiniteC)
	cb("isinf", func(z complex128) bool { return math.IsInf(real(z), 0) || math.IsInf(imag(z), 0) })
	cb("isnan", func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) })
	d.Func("isclose", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("isclose", args, kw, []string{"a", "b", "$rel_tol", "$abs_tol"}, 2)
		if err != nil {
			return nil, err
		}
		x, err := toComplex(th, a[0])
		if err != nil {
			return nil, err
		}
		y, err := toComplex(th, a[1])
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
		if err := mustNonNeg(rel, abs); err != nil {
			return nil, err
		}
		if x == y {
			return py.True, nil
		}
		if cmplx.IsInf(x) || cmplx.IsInf(y) {
			return py.False, nil
		}
		diff := cmplx.Abs(x - y)
		return py.Bool(diff <= rel*cmplx.Abs(y) || diff <= rel*cmplx.Abs(x) || diff <= abs), nil
	})
	return nil
}
