package py

import (
	"math"

	"github.com/pygo-dev/pygo/internal/pystr"
)

// Complex is a Python complex number (a value type).
type Complex complex128

// Type returns ComplexType.
func (Complex) Type() *Type { return ComplexType }

// NewComplex returns complex(re, im).
func NewComplex(re, im float64) Complex { return Complex(complex(re, im)) }

// complexOf returns o as a complex128 when o is a complex, float or int.
func complexOf(o Object) (c complex128, ok bool, err error) {
	switch v := o.(type) {
	case Complex:
		return complex128(v), true, nil
	case *Instance:
		if c, isC := v.Base.(Complex); isC {
			return complex128(c), true, nil
		}
	}
	f, ok, err := floatOf(o)
	return complex(f, 0), ok, err
}

// The complex operations, written out component-wise (with explicit
// float64 conversions, so no fused multiply-add changes the rounding) to
// give CPython's results bit for bit.

func complexMul(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// complexQuot is CPython's _Py_c_quot; ok is false for a zero divisor.
func complexQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	nan := math.NaN()
	return complex(nan, nan), true
}

func complexPowU(x complex128, n int64) complex128 {
	r := complex128(1)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexMul(r, p)
		}
		p = complexMul(p, p)
	}
	return r
}

// complexPow is a ** b (CPython's complex_pow).
func complexPow(a, b complex128) (Object, error) {
	var r complex128
	zeroDiv := false
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int64(real(b))
		if n > 0 {
			r = complexPowU(a, n)
		} else {
			var ok bool
			r, ok = complexQuot(1, complexPowU(a, -n))
			zeroDiv = !ok
		}
	} else {
		switch {
		case b == 0:
			r = 1
		case a == 0:
			if imag(b) != 0 || real(b) < 0 {
				zeroDiv = true
			}
			r = 0
		default:
			vabs := crHypot(real(a), imag(a))
			l := math.Pow(vabs, real(b))
			if vabs > 0 && !math.IsInf(vabs, 0) && !math.IsInf(real(b), 0) && !math.IsNaN(real(b)) {
				l = crPow(vabs, real(b))
			}
			at := crAtan2(imag(a), real(a))
			phase := at * real(b)
			if imag(b) != 0 {
				l /= crExp(at * imag(b))
				phase += imag(b) * crLog(vabs)
			}
			if math.IsInf(phase, 0) {
				zeroDiv = true // cos(inf) is a domain error (EDOM) in C
			}
			var sn, cs float64
			if math.IsInf(phase, 0) || math.IsNaN(phase) {
				sn, cs = math.NaN(), math.NaN()
			} else {
				sn, cs = crSinCos(phase)
			}
			r = complex(l*cs, l*sn)
		}
	}
	if zeroDiv {
		return nil, NewError(ZeroDivisionErrorType, "0.0 to a negative or complex power")
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, NewError(OverflowErrorType, "complex exponentiation")
	}
	return Complex(r), nil
}

// hashComplex is CPython's complex_hash.
func hashComplex(c complex128) int64 {
	hr := uint64(hashFloat(real(c)))
	hi := uint64(hashFloat(imag(c)))
	h := int64(hr + 1000003*hi)
	if h == -1 {
		h = -2
	}
	return h
}

// reprComplex is repr() of a complex.
func reprComplex(c complex128) string { return pystr.ReprComplex(real(c), imag(c)) }

// complexAbs is abs() of a complex, with CPython's OverflowError.
func complexAbs(c complex128) (float64, error) {
	re, im := real(c), imag(c)
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return math.Inf(1), nil
	}
	if math.IsNaN(re) || math.IsNaN(im) {
		return math.NaN(), nil
	}
	r := crHypot(re, im)
	if math.IsInf(r, 0) {
		return 0, NewError(OverflowErrorType, "absolute value too large")
	}
	return r, nil
}
