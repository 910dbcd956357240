package mathmod

import (
	"math"
	"math/big"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// Integer functions (factorial, comb, perm, gcd, lcm, isqrt) and the
// summing functions (fsum, prod, hypot, dist).

func addIntFuncs(d *mu.Module) {
	d.Func("factorial", mathFactorial)
	d.Func("comb", mathComb)
	d.Func("perm", mathPerm)
	d.Func("gcd", mathGcd)
	d.Func("lcm", mathLcm)
	d.Func("isqrt", mathIsqrt)
}

func addSumFuncs(d *mu.Module) {
	d.Func("fsum", mathFsum)
	d.Func("prod", mathProd)
	d.Func("hypot", mathHypot)
	d.Func("dist", mathDist)
}

func mathFactorial(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := oneArg("factorial", args, kw); err != nil {
		return nil, err
	}
	n, err := mu.IndexBig(th, args[0])
	if err != nil {
		return nil, err
	}
	if !n.IsInt64() {
		if n.Sign() < 0 {
			return nil, py.NewError(py.ValueErrorType, "factorial() not defined for negative values")
		}
		return nil, py.NewError(py.OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	v := n.Int64()
	if v < 0 {
		return nil, py.NewError(py.ValueErrorType, "factorial() not defined for negative values")
	}
	return py.NewIntFromBig(new(big.Int).MulRange(1, v)), nil
}

func twoInts(th *py.Thread, name string, args []py.Object, kw *py.KwArgs, min int) (*big.Int, *big.Int, error) {
	if err := mu.NoKw(name, kw); err != nil {
		return nil, nil, err
	}
	if err := py.ArgRange(name, args, nil, min, 2); err != nil {
		return nil, nil, err
	}
	n, err := mu.IndexBig(th, args[0])
	if err != nil {
		return nil, nil, err
	}
	if len(args) < 2 || args[1] == py.None {
		return n, nil, nil
	}
	k, err := mu.IndexBig(th, args[1])
	if err != nil {
		return nil, nil, err
	}
	return n, k, nil
}

func checkNK(n, k *big.Int) error {
	if n.Sign() < 0 {
		return py.NewError(py.ValueErrorType, "n must be a non-negative integer")
	}
	if k != nil && k.Sign() < 0 {
		return py.NewError(py.ValueErrorType, "k must be a non-negative integer")
	}
	return nil
}

// fallingFactorial returns n * (n-1) * ... * (n-k+1).
func fallingFactorial(n *big.Int, k int64) *big.Int {
	if n.IsInt64() {
		return new(big.Int).MulRange(n.Int64()-k+1, n.Int64())
	}
	r := big.NewInt(1)
	f := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(0); i < k; i++ {
		r.Mul(r, f)
		f.Sub(f, one)
	}
	return r
}

func mathComb(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	n, k, err := twoInts(th, "comb", args, kw, 2)
	if err != nil {
		return nil, err
	}
	if err := checkNK(n, k); err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return py.Int(0), nil
	}
	nk := new(big.Int).Sub(n, k)
	if nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return nil, py.NewError(py.OverflowErrorType, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	kv := k.Int64()
	if n.IsInt64() {
		return py.NewIntFromBig(new(big.Int).Binomial(n.Int64(), kv)), nil
	}
	num := fallingFactorial(n, kv)
	return py.NewIntFromBig(num.Quo(num, new(big.Int).MulRange(1, kv))), nil
}

func mathPerm(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	n, k, err := twoInts(th, "perm", args, kw, 1)
	if err != nil {
		return nil, err
	}
	if k == nil {
		return mathFactorial(th, args[:1], nil)
	}
	if err := checkNK(n, k); err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return py.Int(0), nil
	}
	if !k.IsInt64() {
		return nil, py.NewError(py.OverflowErrorType, "k must not exceed %d", int64(math.MaxInt64))
	}
	return py.NewIntFromBig(fallingFactorial(n, k.Int64())), nil
}

func intArgs(th *py.Thread, name string, args []py.Object, kw *py.KwArgs) ([]*big.Int, error) {
	if err := mu.NoKw(name, kw); err != nil {
		return nil, err
	}
	out := make([]*big.Int, len(args))
	for i, a := range args {
		b, err := mu.IndexBig(th, a)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func mathGcd(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	ns, err := intArgs(th, "gcd", args, kw)
	if err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, n := range ns {
		g.GCD(nil, nil, g, new(big.Int).Abs(n))
	}
	return py.NewIntFromBig(g), nil
}

func mathLcm(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	ns, err := intArgs(th, "lcm", args, kw)
	if err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, n := range ns {
		a := new(big.Int).Abs(n)
		if a.Sign() == 0 || l.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, a)
		l.Mul(l, a.Quo(a, g))
	}
	return py.NewIntFromBig(l), nil
}

func mathIsqrt(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := oneArg("isqrt", args, kw); err != nil {
		return nil, err
	}
	n, err := mu.IndexBig(th, args[0])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.NewError(py.ValueErrorType, "isqrt() argument must be nonnegative")
	}
	return py.NewIntFromBig(n.Sqrt(n)), nil
}

// exactPrec is enough bits to add any float64 values exactly.
const exactPrec = 2200

func mathFsum(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := oneArg("fsum", args, kw); err != nil {
		return nil, err
	}
	sum := new(big.Float).SetPrec(exactPrec)
	var posInf, negInf, nan bool
	err := py.ForEach(th, args[0], func(item py.Object) (bool, error) {
		x, err := mu.Float(th, item)
		if err != nil {
			return false, err
		}
		switch {
		case math.IsNaN(x):
			nan = true
		case math.IsInf(x, 1):
			posInf = true
		case math.IsInf(x, -1):
			negInf = true
		default:
			sum.Add(sum, new(big.Float).SetFloat64(x))
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	switch {
	case posInf && negInf:
		return nil, py.NewError(py.ValueErrorType, "-inf + inf in fsum")
	case nan:
		return py.Float(math.NaN()), nil
	case posInf:
		return py.Float(math.Inf(1)), nil
	case negInf:
		return py.Float(math.Inf(-1)), nil
	}
	r, _ := sum.Float64()
	if math.IsInf(r, 0) {
		return nil, py.NewError(py.OverflowErrorType, "intermediate overflow in fsum")
	}
	return py.Float(r), nil
}

func mathProd(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("prod", args, kw, []string{"iterable", "$start"}, 1)
	if err != nil {
		return nil, err
	}
	var acc py.Object = py.Int(1)
	if a[1] != nil {
		acc = a[1]
	}
	err = py.ForEach(th, a[0], func(item py.Object) (bool, error) {
		r, err := py.Mul(th, acc, item)
		acc = r
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

// vectorNorm returns sqrt(sum(x*x)) correctly rounded, with CPython's
// handling of infinities and NaNs.
func vectorNorm(xs []float64) float64 {
	var hasNaN bool
	for _, x := range xs {
		if math.IsInf(x, 0) {
			return math.Inf(1)
		}
		if math.IsNaN(x) {
			hasNaN = true
		}
	}
	if hasNaN {
		return math.NaN()
	}
	const prec = 4400
	sum := new(big.Float).SetPrec(prec)
	for _, x := range xs {
		if x == 0 {
			continue
		}
		v := new(big.Float).SetPrec(prec).SetFloat64(x)
		sum.Add(sum, v.Mul(v, v))
	}
	if sum.Sign() == 0 {
		return 0
	}
	r, _ := new(big.Float).SetPrec(prec).Sqrt(sum).Float64()
	return r
}

func mathHypot(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.NoKw("hypot", kw); err != nil {
		return nil, err
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		x, err := mu.Float(th, a)
		if err != nil {
			return nil, err
		}
		xs[i] = x
	}
	return py.Float(vectorNorm(xs)), nil
}

func mathDist(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.NoKw("dist", kw); err != nil {
		return nil, err
	}
	if err := py.ArgRange("dist", args, nil, 2, 2); err != nil {
		return nil, err
	}
	p, err := py.Collect(th, args[0])
	if err != nil {
		return nil, err
	}
	q, err := py.Collect(th, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, py.NewError(py.ValueErrorType, "both points must have the same number of dimensions")
	}
	xs := make([]float64, len(p))
	for i := range p {
		a, err := mu.Float(th, p[i])
		if err != nil {
			return nil, err
		}
		b, err := mu.Float(th, q[i])
		if err != nil {
			return nil, err
		}
		xs[i] = math.Abs(a - b)
	}
	return py.Float(vectorNorm(xs)), nil
}
