package randommod

import (
	"math"
	"math/big"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// sample, choices and the continuous distributions, following
// CPython 3.11's random.py step by step so that results match.

func isSequence(o py.Object) bool {
	switch py.Unwrap(o).(type) {
	case *py.Dict, *py.Set, *py.FrozenSet:
		return false
	case *py.List, *py.Tuple, *py.Str, *py.Bytes, *py.ByteArray, *py.Range:
		return true
	}
	t := o.Type()
	return t.Slots.GetItem != nil && t.Slots.Len != nil && t.Lookup(py.Intern("keys")) == nil
}

func rSample(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("sample", args, kw, []string{"population", "k", "$counts"}, 2)
	if err != nil {
		return nil, err
	}
	pop := a[0]
	if !isSequence(pop) {
		return nil, py.NewError(py.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	n, err := py.Len(th, pop)
	if err != nil {
		return nil, err
	}
	if a[2] != nil && a[2] != py.None {
		cum, err := accumulate(th, a[2])
		if err != nil {
			return nil, err
		}
		if len(cum) != n {
			return nil, py.NewError(py.ValueErrorType, "The number of counts does not match the population")
		}
		total := cum[len(cum)-1]
		cum = cum[:len(cum)-1]
		if !mu.IsInt(total) {
			return nil, py.NewError(py.TypeErrorType, "Counts must be integers")
		}
		if tb, _ := mu.BigOf(total); tb.Sign() <= 0 {
			return nil, py.NewError(py.ValueErrorType, "Total of counts must be greater than zero")
		}
		tot, err := py.Call(th, py.RangeType, []py.Object{total}, nil)
		if err != nil {
			return nil, err
		}
		sel, err := rSample(th, r, []py.Object{tot}, &py.KwArgs{Names: []*py.Str{py.NewStr("k")}, Values: []py.Object{a[1]}})
		if err != nil {
			return nil, err
		}
		items := sel.(*py.List).Items()
		out := make([]py.Object, len(items))
		for i, s := range items {
			idx, err := bisectRight(th, cum, s, 0, len(cum))
			if err != nil {
				return nil, err
			}
			if out[i], err = py.GetItem(th, pop, py.Int(idx)); err != nil {
				return nil, err
			}
		}
		return py.NewList(out), nil
	}
	kb, err := mu.IndexBig(th, a[1])
	if err != nil {
		return nil, err
	}
	if kb.Sign() < 0 || kb.Cmp(big.NewInt(int64(n))) > 0 {
		return nil, py.NewError(py.ValueErrorType, "Sample larger than population or is negative")
	}
	k := int(kb.Int64())
	result := make([]py.Object, k)
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	if n <= setsize {
		pool, err := py.Collect(th, pop)
		if err != nil {
			return nil, err
		}
		for i := 0; i < k; i++ {
			j := r.below64(n - i)
			result[i] = pool[j]
			pool[j] = pool[n-i-1]
		}
	} else {
		selected := map[int]bool{}
		for i := 0; i < k; i++ {
			j := r.below64(n)
			for selected[j] {
				j = r.below64(n)
			}
			selected[j] = true
			if result[i], err = py.GetItem(th, pop, py.Int(j)); err != nil {
				return nil, err
			}
		}
	}
	return py.NewList(result), nil
}

// accumulate returns the running sums of an iterable (itertools.accumulate).
func accumulate(th *py.Thread, it py.Object) ([]py.Object, error) {
	var out []py.Object
	var acc py.Object
	err := py.ForEach(th, it, func(v py.Object) (bool, error) {
		if acc == nil {
			acc = v
		} else {
			s, err := py.Add(th, acc, v)
			if err != nil {
				return false, err
			}
			acc = s
		}
		out = append(out, acc)
		return true, nil
	})
	return out, err
}

// bisectRight is bisect.bisect_right(a, x, lo, hi).
func bisectRight(th *py.Thread, a []py.Object, x py.Object, lo, hi int) (int, error) {
	for lo < hi {
		mid := (lo + hi) / 2
		lt, err := py.CompareBool(th, py.OpLT, x, a[mid])
		if err != nil {
			return 0, err
		}
		if lt {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

func rChoices(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("choices", args, kw, []string{"population", "weights", "$cum_weights", "$k"}, 1)
	if err != nil {
		return nil, err
	}
	pop := a[0]
	n, err := py.Len(th, pop)
	if err != nil {
		return nil, err
	}
	k := 1
	if a[3] != nil {
		kk, err := mu.Int64(th, a[3])
		if err != nil {
			return nil, err
		}
		k = int(kk)
	}
	weights, cumW := a[1], a[2]
	if weights == py.None {
		weights = nil
	}
	if cumW == py.None {
		cumW = nil
	}
	var cum []py.Object
	if cumW == nil {
		if weights == nil {
			fn := float64(n)
			out := make([]py.Object, 0, max(k, 0))
			for i := 0; i < k; i++ {
				idx := math.Floor(r.float() * fn)
				v, err := py.GetItem(th, pop, py.Int(int64(idx)))
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
			return py.NewList(out), nil
		}
		cum, err = accumulate(th, weights)
		if err != nil {
			if mu.IsInt(weights) {
				return nil, py.NewError(py.TypeErrorType, "The number of choices must be a keyword argument: k=%d", mustInt(weights))
			}
			return nil, err
		}
	} else {
		if weights != nil {
			return nil, py.NewError(py.TypeErrorType, "Cannot specify both weights and cumulative weights")
		}
		if cum, err = py.Collect(th, cumW); err != nil {
			return nil, err
		}
	}
	if len(cum) != n {
		return nil, py.NewError(py.ValueErrorType, "The number of weights does not match the population")
	}
	totalObj, err := py.Add(th, cum[len(cum)-1], py.Float(0))
	if err != nil {
		return nil, err
	}
	total, err := mu.Float(th, totalObj)
	if err != nil {
		return nil, err
	}
	if total <= 0 {
		return nil, py.NewError(py.ValueErrorType, "Total of weights must be greater than zero")
	}
	if math.IsInf(total, 0) || math.IsNaN(total) {
		return nil, py.NewError(py.ValueErrorType, "Total of weights must be finite")
	}
	out := make([]py.Object, 0, max(k, 0))
	for i := 0; i < k; i++ {
		idx, err := bisectRight(th, cum, py.Float(r.float()*total), 0, n-1)
		if err != nil {
			return nil, err
		}
		v, err := py.GetItem(th, pop, py.Int(idx))
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return py.NewList(out), nil
}

func mustInt(o py.Object) int64 {
	v, _ := py.IntValue(o)
	return v
}

// floats binds float parameters with defaults (NaN marks "required").
func floats(th *py.Thread, fname string, args []py.Object, kw *py.KwArgs, names []string, defaults []float64) ([]float64, error) {
	nreq := 0
	for _, d := range defaults {
		if math.IsNaN(d) {
			nreq++
		}
	}
	a, err := mu.Args(fname, args, kw, names, nreq)
	if err != nil {
		return nil, err
	}
	out := make([]float64, len(names))
	for i, v := range a {
		if v == nil {
			out[i] = defaults[i]
			continue
		}
		if out[i], err = mu.Float(th, v); err != nil {
			return nil, err
		}
	}
	return out, nil
}

var req = math.NaN()

func rUniform(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("uniform", args, kw, []string{"a", "b"}, 2)
	if err != nil {
		return nil, err
	}
	d, err := py.Sub(th, a[1], a[0])
	if err != nil {
		return nil, err
	}
	p, err := py.Mul(th, d, py.Float(r.float()))
	if err != nil {
		return nil, err
	}
	return py.Add(th, a[0], p)
}

func rTriangular(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("triangular", args, kw, []string{"low", "high", "mode"}, 0)
	if err != nil {
		return nil, err
	}
	low, high := 0.0, 1.0
	if a[0] != nil {
		if low, err = mu.Float(th, a[0]); err != nil {
			return nil, err
		}
	}
	if a[1] != nil {
		if high, err = mu.Float(th, a[1]); err != nil {
			return nil, err
		}
	}
	u := r.float()
	c := 0.5
	if a[2] != nil && a[2] != py.None {
		mode, err := mu.Float(th, a[2])
		if err != nil {
			return nil, err
		}
		if high-low == 0 {
			if a[0] == nil {
				return py.Float(low), nil
			}
			return a[0], nil
		}
		c = (mode - low) / (high - low)
	}
	if u > c {
		u = 1.0 - u
		c = 1.0 - c
		low, high = high, low
	}
	return py.Float(low + (high-low)*math.Sqrt(u*c)), nil
}

var nvMagic = 4 * math.Exp(-0.5) / math.Sqrt(2.0)

func (r *Random) normal(mu, sigma float64) float64 {
	var z float64
	for {
		u1 := r.float()
		u2 := 1.0 - r.float()
		z = nvMagic * (u1 - 0.5) / u2
		zz := z * z / 4.0
		if zz <= -math.Log(u2) {
			break
		}
	}
	return mu + z*sigma
}

func rNormalvariate(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	f, err := floats(th, "normalvariate", args, kw, []string{"mu", "sigma"}, []float64{0, 1})
	if err != nil {
		return nil, err
	}
	return py.Float(r.normal(f[0], f[1])), nil
}

func rLognormvariate(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	f, err := floats(th, "lognormvariate", args, kw, []string{"mu", "sigma"}, []float64{req, req})
	if err != nil {
		return nil, err
	}
	return py.Float(math.Exp(r.normal(f[0], f[1]))), nil
}

func rGauss(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	f, err := floats(th, "gauss", args, kw, []string{"mu", "sigma"}, []float64{0, 1})
	if err != nil {
		return nil, err
	}
	r.mu.Lock()
	next := r.gaussNext
	r.gaussNext = nil
	r.mu.Unlock()
	var z float64
	if next != nil {
		if z, err = mu.Float(th, next); err != nil {
			return nil, err
		}
	} else {
		x2pi := r.float() * 2 * math.Pi
		g2rad := math.Sqrt(-2.0 * math.Log(1.0-r.float()))
		z = math.Cos(x2pi) * g2rad
		r.mu.Lock()
		r.gaussNext = py.Float(math.Sin(x2pi) * g2rad)
		r.mu.Unlock()
	}
	return py.Float(f[0] + z*f[1]), nil
}

func rExpovariate(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	f, err := floats(th, "expovariate", args, kw, []string{"lambd"}, []float64{req})
	if err != nil {
		return nil, err
	}
	if f[0] == 0 {
		return nil, py.NewError(py.ZeroDivisionErrorType, "float division by zero")
	}
	return py.Float(-math.Log(1.0-r.float()) / f[0]), nil
}

// pyMod is Python's float %.
func pyMod(x, y float64) float64 {
	m := math.Mod(x, y)
	if m != 0 && (m < 0) != (y < 0) {
		m += y
	}
	return m
}

func rVonmises(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	f, err := floats(th, "vonmisesvariate", args, kw, []string{"mu", "kappa"}, []float64{req, req})
	if err != nil {
		return nil, err
	}
	mu, kappa := f[0], f[1]
	const twoPi = 2 * math.Pi
	if kappa <= 1e-6 {
		return py.Float(twoPi * r.float()), nil
	}
	s := 0.5 / kappa
	rr := s + math.Sqrt(1.0+s*s)
	var z float64
	for {
		u1 := r.float()
		z = math.Cos(math.Pi * u1)
		d := z / (rr + z)
		u2 := r.float()
		if u2 < 1.0-d*d || u2 <= (1.0-d)*math.Exp(d) {
			break
		}
	}
	q := 1.0 / rr
	ff := (q + z) / (1.0 + q*z)
	u3 := r.float()
	if u3 > 0.5 {
		return py.Float(pyMod(mu+math.Acos(ff), twoPi)), nil
	}
	return py.Float(pyMod(mu-math.Acos(ff), twoPi)), nil
}

var (
	log4    = math.Log(4.0)
	sgMagic = 1.0 + math.Log(4.5)
)

func (r *Random) gamma(alpha, beta float64) (float64, error) {
	if alpha <= 0.0 || beta <= 0.0 {
		return 0, py.NewError(py.ValueErrorType, "gammavariate: alpha and beta must be > 0.0")
	}
	switch {
	case alpha > 1.0:
		ainv := math.Sqrt(2.0*alpha - 1.0)
		bbb := alpha - log4
		ccc := alpha + ainv
		for {
			u1 := r.float()
			if !(1e-7 < u1 && u1 < 0.9999999) {
				continue
			}
			u2 := 1.0 - r.float()
			v := math.Log(u1/(1.0-u1)) / ainv
			x := alpha * math.Exp(v)
			z := u1 * u1 * u2
			rr := bbb + ccc*v - x
			if rr+sgMagic-4.5*z >= 0.0 || rr >= math.Log(z) {
				return x * beta, nil
			}
		}
	case alpha == 1.0:
		return -math.Log(1.0-r.float()) * beta, nil
	default:
		var x float64
		for {
			u := r.float()
			b := (math.E + alpha) / math.E
			p := b * u
			if p <= 1.0 {
				x = math.Pow(p, 1.0/alpha)
			} else {
				x = -math.Log((b - p) / alpha)
			}
			u1 := r.float()
			if p > 1.0 {
				if u1 <= math.Pow(x, alpha-1.0) {
					break
				}
			} else if u1 <= math.Exp(-x) {
				break
			}
		}
		return x * beta, nil
	}
}

func rGammavariate(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	f, err := floats(th, "gammavariate", args, kw, []string{"alpha", "beta"}, []float64{req, req})
	if err != nil {
		return nil, err
	}
	g, err := r.gamma(f[0], f[1])
	if err != nil {
		return nil, err
	}
	return py.Float(g), nil
}

func rBetavariate(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	f, err := floats(th, "betavariate", args, kw, []string{"alpha", "beta"}, []float64{req, req})
	if err != nil {
		return nil, err
	}
	y, err := r.gamma(f[0], 1.0)
	if err != nil {
		return nil, err
	}
	if y != 0 {
		y2, err := r.gamma(f[1], 1.0)
		if err != nil {
			return nil, err
		}
		return py.Float(y / (y + y2)), nil
	}
	return py.Float(0.0), nil
}

func rPareto(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	f, err := floats(th, "paretovariate", args, kw, []string{"alpha"}, []float64{req})
	if err != nil {
		return nil, err
	}
	u := 1.0 - r.float()
	return py.Float(math.Pow(u, -1.0/f[0])), nil
}

func rWeibull(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	f, err := floats(th, "weibullvariate", args, kw, []string{"alpha", "beta"}, []float64{req, req})
	if err != nil {
		return nil, err
	}
	u := 1.0 - r.float()
	return py.Float(f[0] * math.Pow(-math.Log(u), 1.0/f[1])), nil
}

// randomBody fills the random module: the Random class, SystemRandom,
// and the module-level functions bound to a hidden shared instance.
func randomBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	d.Set("Random", RandomType)
	d.Set("SystemRandom", SystemRandomType)
	inst := &Random{}
	inst.mt.seedRandom()
	d.Set("_inst", inst)
	for name := range methods {
		f, err := py.GetAttr(th, inst, py.NewStr(name))
		if err != nil {
			return err
		}
		d.Set(name, f)
	}
	d.Set("BPF", py.Int(53))
	d.Set("RECIP_BPF", py.Float(math.Ldexp(1, -53)))
	d.Set("TWOPI", py.Float(2*math.Pi))
	d.Set("LOG4", py.Float(log4))
	d.Set("SG_MAGICCONST", py.Float(sgMagic))
	d.Set("NV_MAGICCONST", py.Float(nvMagic))
	return nil
}
