package py

import (
	"math"
	"math/big"
	"sync"
)

// Correctly rounded pow and hypot. CPython calls the C library's pow and
// hypot, which on glibc return the correctly rounded result (in all but
// astronomically rare cases); Go's math.Pow and math.Hypot may be off by
// an ulp. To print the same digits as CPython, these compute the result
// with big.Float well beyond float64 precision and round once.

// crPrec is the working precision of the transcendental paths.
const crPrec = 160

var (
	ln2Once sync.Once
	ln2Big  *big.Float
)

// bigLn2 returns ln 2 to crPrec+32 bits: 2*atanh(1/3).
func bigLn2() *big.Float {
	ln2Once.Do(func() {
		third := new(big.Float).SetPrec(crPrec+32).Quo(big.NewFloat(1), big.NewFloat(3))
		ln2Big = atanhSeries(third, crPrec+32)
		ln2Big.Mul(ln2Big, big.NewFloat(2))
	})
	return ln2Big
}

// atanhSeries sums z + z^3/3 + z^5/5 + ... for small |z|.
func atanhSeries(z *big.Float, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec).Set(z)
	z2 := new(big.Float).SetPrec(prec).Mul(z, z)
	term := new(big.Float).SetPrec(prec).Set(z)
	t := new(big.Float).SetPrec(prec)
	limit := new(big.Float).SetMantExp(big.NewFloat(1), -int(prec)-8)
	for k := int64(3); ; k += 2 {
		term.Mul(term, z2)
		t.Quo(term, new(big.Float).SetInt64(k))
		sum.Add(sum, t)
		if new(big.Float).Abs(t).Cmp(limit) < 0 {
			return sum
		}
	}
}

// bigLog returns ln x for a positive finite float64.
func bigLog(x float64) *big.Float {
	m, e := math.Frexp(x) // x = m * 2**e, m in [0.5, 1)
	m *= 2
	e--
	if m > math.Sqrt2 {
		m /= 2
		e++
	}
	bm := new(big.Float).SetPrec(crPrec).SetFloat64(m)
	num := new(big.Float).SetPrec(crPrec).Sub(bm, big.NewFloat(1))
	den := new(big.Float).SetPrec(crPrec).Add(bm, big.NewFloat(1))
	z := num.Quo(num, den)
	r := atanhSeries(z, crPrec)
	r.Mul(r, big.NewFloat(2))
	k := new(big.Float).SetPrec(crPrec).SetInt64(int64(e))
	k.Mul(k, bigLn2())
	return r.Add(r, k)
}

// bigExp returns e**t. ok is false when the result is certainly outside
// float64's range (over: true for overflow).
func bigExp(t *big.Float) (r *big.Float, ok, over bool) {
	tf, _ := t.Float64()
	if tf > 710 {
		return nil, false, true
	}
	if tf < -746 {
		return nil, false, false
	}
	ln2 := bigLn2()
	kf := math.Round(tf / math.Ln2)
	k := new(big.Float).SetPrec(crPrec + 32).SetInt64(int64(kf))
	rr := new(big.Float).SetPrec(crPrec+32).Mul(k, ln2)
	rr.Sub(t, rr) // |rr| <= ln2/2 (roughly)
	const halvings = 12
	rr.SetMantExp(rr, -halvings)
	// Taylor series of exp(rr) - 1.
	sum := new(big.Float).SetPrec(crPrec + 32)
	term := new(big.Float).SetPrec(crPrec + 32).SetInt64(1)
	limit := new(big.Float).SetMantExp(big.NewFloat(1), -crPrec-40)
	for n := int64(1); ; n++ {
		term.Mul(term, rr)
		term.Quo(term, new(big.Float).SetInt64(n))
		sum.Add(sum, term)
		if new(big.Float).Abs(term).Cmp(limit) < 0 {
			break
		}
	}
	// (1+s)**2 - 1 = s*(2+s): square without losing the small part.
	for i := 0; i < halvings; i++ {
		two := new(big.Float).SetPrec(crPrec+32).Add(sum, big.NewFloat(2))
		sum.Mul(sum, two)
	}
	sum.Add(sum, big.NewFloat(1))
	return sum.SetMantExp(sum, int(kf)), true, false
}

// crPow returns x**y correctly rounded for finite x > 0 and finite y
// (the special cases are handled by the caller).
func crPow(x, y float64) float64 {
	switch y {
	case 1:
		return x
	case 2:
		return x * x
	case -1:
		return 1 / x
	case 0.5:
		return math.Sqrt(x)
	}
	if y == math.Trunc(y) && math.Abs(y) <= 64 {
		// Exact integer power, rounded once.
		n := int(math.Abs(y))
		base := new(big.Float).SetPrec(uint(53*n + 64)).SetFloat64(x)
		acc := new(big.Float).SetPrec(uint(53*n + 64)).SetInt64(1)
		for i := 0; i < n; i++ {
			acc.Mul(acc, base)
		}
		if y < 0 {
			acc = new(big.Float).SetPrec(crPrec).Quo(big.NewFloat(1).SetPrec(crPrec), acc)
		}
		f, _ := acc.Float64()
		return f
	}
	l := bigLog(x)
	l.Mul(l, new(big.Float).SetPrec(crPrec).SetFloat64(y))
	r, ok, over := bigExp(l)
	if !ok {
		if over {
			return math.Inf(1)
		}
		return 0
	}
	f, _ := r.Float64()
	return f
}

// crHypot returns sqrt(a*a + b*b) correctly rounded (finite a, b).
func crHypot(a, b float64) float64 {
	if math.IsInf(a, 0) || math.IsInf(b, 0) || math.IsNaN(a) || math.IsNaN(b) {
		return math.Hypot(a, b)
	}
	if a == 0 {
		return math.Abs(b)
	}
	if b == 0 {
		return math.Abs(a)
	}
	const exact = 2400 // enough bits for a*a + b*b exactly
	ba := new(big.Float).SetPrec(exact).SetFloat64(a)
	bb := new(big.Float).SetPrec(exact).SetFloat64(b)
	ba.Mul(ba, ba)
	bb.Mul(bb, bb)
	ba.Add(ba, bb)
	s := new(big.Float).SetPrec(crPrec).Sqrt(ba)
	f, _ := s.Float64()
	return f
}

// crExp returns e**t correctly rounded (finite t).
func crExp(t float64) float64 {
	if t == 0 || math.IsInf(t, 0) || math.IsNaN(t) {
		return math.Exp(t)
	}
	r, ok, over := bigExp(new(big.Float).SetPrec(crPrec).SetFloat64(t))
	if !ok {
		if over {
			return math.Inf(1)
		}
		return 0
	}
	f, _ := r.Float64()
	return f
}

// crLog returns ln x correctly rounded (finite x > 0).
func crLog(x float64) float64 {
	if x == 1 || x <= 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return math.Log(x)
	}
	f, _ := bigLog(x).Float64()
	return f
}

// piPrec is the precision of the cached pi: enough to reduce any finite
// float64 argument of sin/cos exactly enough (2**1024 needs ~1100 bits).
const piPrec = 1400

var (
	piOnce sync.Once
	piBig  *big.Float
)

// bigPi returns pi to piPrec bits (Machin: 16 atan(1/5) - 4 atan(1/239)).
func bigPi() *big.Float {
	piOnce.Do(func() {
		atanInv := func(n int64) *big.Float {
			// atan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1))
			sum := new(big.Float).SetPrec(piPrec + 16)
			pow := new(big.Float).SetPrec(piPrec+16).Quo(big.NewFloat(1), new(big.Float).SetInt64(n))
			n2 := new(big.Float).SetPrec(piPrec + 16).SetInt64(n * n)
			limit := new(big.Float).SetMantExp(big.NewFloat(1), -piPrec-20)
			t := new(big.Float).SetPrec(piPrec + 16)
			for k := int64(0); ; k++ {
				t.Quo(pow, new(big.Float).SetInt64(2*k+1))
				if k%2 == 0 {
					sum.Add(sum, t)
				} else {
					sum.Sub(sum, t)
				}
				if t.Cmp(limit) < 0 {
					return sum
				}
				pow.Quo(pow, n2)
			}
		}
		a := atanInv(5)
		a.Mul(a, big.NewFloat(16))
		b := atanInv(239)
		b.Mul(b, big.NewFloat(4))
		piBig = a.Sub(a, b)
	})
	return piBig
}

// bigSinCosReduced returns sin r and cos r for |r| <= pi/4 (Taylor).
func bigSinCosReduced(r *big.Float) (sin, cos *big.Float) {
	prec := uint(crPrec + 32)
	r2 := new(big.Float).SetPrec(prec).Mul(r, r)
	limit := new(big.Float).SetMantExp(big.NewFloat(1), -crPrec-40)
	sin = new(big.Float).SetPrec(prec).Set(r)
	cos = new(big.Float).SetPrec(prec).SetInt64(1)
	ts := new(big.Float).SetPrec(prec).Set(r)
	tc := new(big.Float).SetPrec(prec).SetInt64(1)
	for k := int64(1); ; k++ {
		ts.Mul(ts, r2)
		ts.Quo(ts, new(big.Float).SetInt64((2*k)*(2*k+1)))
		tc.Mul(tc, r2)
		tc.Quo(tc, new(big.Float).SetInt64((2*k-1)*(2*k)))
		if k%2 == 1 {
			sin.Sub(sin, ts)
			cos.Sub(cos, tc)
		} else {
			sin.Add(sin, ts)
			cos.Add(cos, tc)
		}
		if new(big.Float).Abs(tc).Cmp(limit) < 0 && new(big.Float).Abs(ts).Cmp(limit) < 0 {
			return sin, cos
		}
	}
}

// crSinCos returns sin x and cos x correctly rounded (finite x).
func crSinCos(x float64) (float64, float64) {
	if x == 0 {
		return x, 1
	}
	pi := bigPi()
	halfPi := new(big.Float).SetPrec(piPrec).SetMantExp(pi, -1)
	bx := new(big.Float).SetPrec(piPrec).SetFloat64(x)
	q := new(big.Float).SetPrec(piPrec).Quo(bx, halfPi)
	q.Add(q, big.NewFloat(0.5))
	kb, _ := q.Int(nil) // truncates toward zero
	if q.Sign() < 0 && !q.IsInt() {
		kb.Sub(kb, big.NewInt(1)) // floor for negative values
	}
	r := new(big.Float).SetPrec(piPrec).Mul(new(big.Float).SetPrec(piPrec).SetInt(kb), halfPi)
	r.Sub(bx, r)
	s, c := bigSinCosReduced(r)
	quad := new(big.Int).Mod(kb, big.NewInt(4)).Int64()
	switch quad {
	case 1:
		s, c = c, s.Neg(s)
	case 2:
		s, c = s.Neg(s), c.Neg(c)
	case 3:
		s, c = c.Neg(c), s
	}
	sf, _ := s.Float64()
	cf, _ := c.Float64()
	return sf, cf
}

// bigAtan returns atan z (any finite z) to crPrec bits.
func bigAtan(z *big.Float) *big.Float {
	prec := uint(crPrec + 32)
	x := new(big.Float).SetPrec(prec).Set(z)
	// Halve the angle three times: atan z = 2 atan(z / (1 + sqrt(1 + z^2))).
	const halvings = 4
	for i := 0; i < halvings; i++ {
		t := new(big.Float).SetPrec(prec).Mul(x, x)
		t.Add(t, big.NewFloat(1))
		t.Sqrt(t)
		t.Add(t, big.NewFloat(1))
		x.Quo(x, t)
	}
	// Taylor: x - x^3/3 + x^5/5 ...
	x2 := new(big.Float).SetPrec(prec).Mul(x, x)
	sum := new(big.Float).SetPrec(prec).Set(x)
	term := new(big.Float).SetPrec(prec).Set(x)
	t := new(big.Float).SetPrec(prec)
	limit := new(big.Float).SetMantExp(big.NewFloat(1), -crPrec-40)
	for k := int64(1); ; k++ {
		term.Mul(term, x2)
		t.Quo(term, new(big.Float).SetInt64(2*k+1))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
		if new(big.Float).Abs(t).Cmp(limit) < 0 {
			break
		}
	}
	return sum.SetMantExp(sum, halvings)
}

// crAtan2 returns atan2(y, x) correctly rounded; zero and non-finite
// arguments use math.Atan2, whose results there are exact constants.
func crAtan2(y, x float64) float64 {
	if x == 0 || y == 0 || math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
		return math.Atan2(y, x)
	}
	q := new(big.Float).SetPrec(crPrec+32).Quo(new(big.Float).SetFloat64(y), new(big.Float).SetFloat64(x))
	a := bigAtan(q)
	if x < 0 {
		pi := new(big.Float).SetPrec(crPrec + 32).Set(bigPi())
		if y > 0 {
			a.Add(a, pi)
		} else {
			a.Sub(a, pi)
		}
	}
	f, _ := a.Float64()
	return f
}

// MathPow is C's pow(x, y) with glibc's (correctly rounded) results, for
// the math module: the special cases follow C99 (as math.Pow does) and
// the finite cases are rounded once from an exact or high-precision value.
func MathPow(x, y float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Pow(x, y)
	}
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		r := crPow(-x, y)
		if math.Mod(math.Abs(y), 2) == 1 {
			return -r
		}
		return r
	}
	return crPow(x, y)
}

// MathExp is exp(x), correctly rounded.
func MathExp(x float64) float64 { return crExp(x) }

// MathLog is the natural logarithm, correctly rounded.
func MathLog(x float64) float64 { return crLog(x) }

// MathSinCos returns sin(x) and cos(x), correctly rounded (NaN for
// infinite or NaN x).
func MathSinCos(x float64) (sin, cos float64) {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN(), math.NaN()
	}
	return crSinCos(x)
}

// MathAtan2 is atan2(y, x), correctly rounded.
func MathAtan2(y, x float64) float64 { return crAtan2(y, x) }

// MathHypot is hypot(x, y), correctly rounded.
func MathHypot(x, y float64) float64 { return crHypot(x, y) }
