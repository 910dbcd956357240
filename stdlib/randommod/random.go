package randommod

import (
	"crypto/sha512"
	"math"
	"math/big"
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// Random is an instance of random.Random: a Mersenne Twister plus the
// spare value of gauss(). The mutex makes each method atomic, as the GIL
// does in CPython.
type Random struct {
	mu        sync.Mutex
	mt        mt
	gaussNext py.Object // nil: none
	// system marks a SystemRandom: every draw reseeds from the OS.
	system bool
}

// lock takes the generator's lock; a SystemRandom is reseeded from the
// operating system's entropy first.
func (r *Random) lock() {
	r.mu.Lock()
	if r.system {
		r.mt.seedRandom()
	}
}

// SystemRandomType is random.SystemRandom.
var SystemRandomType = py.NewType("SystemRandom", "random", RandomType, py.FlagBaseType)

func errNoState() error {
	return py.NewError(py.NotImplementedErrorType, "System entropy source does not have state.")
}

// RandomType is random.Random.
var RandomType = py.NewType("Random", "random", nil, py.FlagBaseType)

// Type returns RandomType.
func (r *Random) Type() *Type {
	if r.system {
		return SystemRandomType
	}
	return RandomType
}

// Type is py.Type, shortened for this package.
type Type = py.Type

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "random", Body: randomBody})
	RandomType.Doc = "Random number generator base class used by bound module functions."
	RandomType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		r := &Random{}
		r.mt.seedRandom()
		return r, nil
	}
	RandomType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		a, err := mu.Args("Random", args, kw, []string{"x"}, 0)
		if err != nil {
			return err
		}
		x := a[0]
		if x == nil {
			x = py.None
		}
		return self.(*Random).seed(th, x, 2)
	}
	for name, fn := range methods {
		fn := fn
		py.DefMethod(RandomType, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			r, ok := self.(*Random)
			if !ok {
				return nil, py.NewError(py.TypeErrorType, "descriptor '%s' requires a 'Random' object", name)
			}
			return fn(th, r, args, kw)
		})
	}
	RandomType.Dict.SetStr(py.Intern("VERSION"), py.Int(3))
	SystemRandomType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return &Random{system: true}, nil
	}
}

type method func(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error)

var methods = map[string]method{
	"seed": rSeed, "random": rRandom, "getrandbits": rGetrandbits, "randbytes": rRandbytes,
	"getstate": rGetstate, "setstate": rSetstate, "randrange": rRandrange, "randint": rRandint,
	"choice": rChoice, "shuffle": rShuffle, "sample": rSample, "choices": rChoices,
	"uniform": rUniform, "triangular": rTriangular, "normalvariate": rNormalvariate,
	"gauss": rGauss, "lognormvariate": rLognormvariate, "expovariate": rExpovariate,
	"vonmisesvariate": rVonmises, "gammavariate": rGammavariate, "betavariate": rBetavariate,
	"paretovariate": rPareto, "weibullvariate": rWeibull,
}

// seed implements Random.seed(a, version).
func (r *Random) seed(th *py.Thread, a py.Object, version int64) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.gaussNext = nil
	if a == py.None || r.system {
		r.mt.seedRandom()
		return nil
	}
	if version == 1 {
		var s []rune
		switch v := py.Unwrap(a).(type) {
		case *py.Str:
			s = []rune(v.String())
		case *py.Bytes:
			for _, c := range v.Bytes() {
				s = append(s, rune(c))
			}
		}
		if s != nil || isStrOrBytes(a) {
			var x uint64
			if len(s) > 0 {
				x = uint64(s[0]) << 7
			}
			for _, c := range s {
				x = (1000003 * x) ^ uint64(c)
			}
			x ^= uint64(len(s))
			r.mt.seedBig(new(big.Int).SetUint64(x))
			return nil
		}
	}
	if version == 2 {
		var b []byte
		switch v := py.Unwrap(a).(type) {
		case *py.Str:
			b = []byte(v.String())
		case *py.Bytes:
			b = v.Bytes()
		case *py.ByteArray:
			b = v.Snapshot()
		}
		if b != nil {
			sum := sha512.Sum512(b)
			all := append(append([]byte(nil), b...), sum[:]...)
			r.mt.seedBig(new(big.Int).SetBytes(all))
			return nil
		}
	}
	if n, ok := mu.BigOf(a); ok {
		r.mt.seedBig(n.Abs(n))
		return nil
	}
	switch py.Unwrap(a).(type) {
	case py.Float, *py.Str, *py.Bytes, *py.ByteArray:
	default:
		return py.NewError(py.TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
	}
	h, err := py.Hash(th, a)
	if err != nil {
		return err
	}
	r.mt.seedBig(new(big.Int).SetUint64(uint64(h)))
	return nil
}

func isStrOrBytes(a py.Object) bool {
	switch py.Unwrap(a).(type) {
	case *py.Str, *py.Bytes:
		return true
	}
	return false
}

func rSeed(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("seed", args, kw, []string{"a", "version"}, 0)
	if err != nil {
		return nil, err
	}
	x := a[0]
	if x == nil {
		x = py.None
	}
	version := int64(2)
	if a[1] != nil {
		if version, err = mu.Int64(th, a[1]); err != nil {
			return nil, err
		}
	}
	return py.None, r.seed(th, x, version)
}

// float returns random() under the lock.
func (r *Random) float() float64 {
	r.lock()
	f := r.mt.random()
	r.mu.Unlock()
	return f
}

// below returns randbelow(n) for n > 0.
func (r *Random) below(n *big.Int) *big.Int {
	r.lock()
	defer r.mu.Unlock()
	return r.mt.randbelow(n)
}

func (r *Random) below64(n int) int {
	r.lock()
	defer r.mu.Unlock()
	return int(r.mt.randbelow64(uint64(n)))
}

func rRandom(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := py.NoArgs("random", args, kw); err != nil {
		return nil, err
	}
	return py.Float(r.float()), nil
}

func rGetrandbits(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Exactly("getrandbits", args, kw, 1); err != nil {
		return nil, err
	}
	k, err := mu.Int64(th, args[0])
	if err != nil {
		return nil, err
	}
	if k < 0 {
		return nil, py.NewError(py.ValueErrorType, "number of bits must be non-negative")
	}
	r.lock()
	defer r.mu.Unlock()
	return py.NewIntFromBig(r.mt.getrandbits(int(k))), nil
}

func rRandbytes(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Exactly("randbytes", args, kw, 1); err != nil {
		return nil, err
	}
	n, err := mu.Int64(th, args[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.NewError(py.ValueErrorType, "negative argument not allowed")
	}
	r.lock()
	v := r.mt.getrandbits(int(n) * 8)
	r.mu.Unlock()
	be := v.FillBytes(make([]byte, n))
	for i, j := 0, len(be)-1; i < j; i, j = i+1, j-1 {
		be[i], be[j] = be[j], be[i]
	}
	return py.NewBytes(be), nil
}

func rGetstate(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := py.NoArgs("getstate", args, kw); err != nil {
		return nil, err
	}
	if r.system {
		return nil, errNoState()
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	items := make([]py.Object, mtN+1)
	for i, v := range r.mt.state {
		items[i] = py.Int(v)
	}
	items[mtN] = py.Int(r.mt.index)
	g := r.gaussNext
	if g == nil {
		g = py.None
	}
	return py.NewTuple([]py.Object{py.Int(3), py.NewTuple(items), g}), nil
}

func rSetstate(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if r.system {
		return nil, errNoState()
	}
	if err := mu.Exactly("setstate", args, kw, 1); err != nil {
		return nil, err
	}
	st, err := py.Collect(th, args[0])
	if err != nil {
		return nil, err
	}
	if len(st) != 3 {
		return nil, py.NewError(py.ValueErrorType, "state with version %s passed to Random.setstate() of version 3", "?")
	}
	if v, ok := py.IntValue(st[0]); !ok || v != 3 {
		rep, _ := py.Repr(th, st[0])
		return nil, py.NewError(py.ValueErrorType, "state with version %s passed to Random.setstate() of version 3", rep.String())
	}
	inner, ok := py.Unwrap(st[1]).(*py.Tuple)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "state vector must be a tuple")
	}
	if len(inner.Items) != mtN+1 {
		return nil, py.NewError(py.ValueErrorType, "state vector is the wrong size")
	}
	var m mt
	for i := 0; i < mtN; i++ {
		v, err := mu.Int64(th, inner.Items[i])
		if err != nil {
			return nil, err
		}
		m.state[i] = uint32(v)
	}
	idx, err := mu.Int64(th, inner.Items[mtN])
	if err != nil {
		return nil, err
	}
	if idx < 0 || idx > mtN {
		return nil, py.NewError(py.ValueErrorType, "invalid state")
	}
	m.index = int(idx)
	r.mu.Lock()
	r.mt = m
	r.gaussNext = st[2]
	if r.gaussNext == py.None {
		r.gaussNext = nil
	}
	r.mu.Unlock()
	return py.None, nil
}

// randrangeIndex converts a randrange argument: __index__, or an
// integral float (deprecated in CPython but accepted).
func randrangeIndex(th *py.Thread, o py.Object, what string) (*big.Int, error) {
	if b, ok := mu.BigOf(o); ok {
		return b, nil
	}
	if o.Type().Slots.Index != nil {
		return mu.IndexBig(th, o)
	}
	f, err := mu.Float(th, o)
	if err != nil {
		return nil, err
	}
	if f != math.Trunc(f) || math.IsInf(f, 0) || math.IsNaN(f) {
		return nil, py.NewError(py.ValueErrorType, "non-integer %s for randrange()", what)
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return b, nil
}

func (r *Random) randrange(th *py.Thread, start, stop, step py.Object) (py.Object, error) {
	istart, err := randrangeIndex(th, start, "arg 1")
	if err != nil {
		return nil, err
	}
	if stop == nil || stop == py.None {
		if step != nil {
			return nil, py.NewError(py.TypeErrorType, "Missing a non-None stop argument")
		}
		if istart.Sign() > 0 {
			return py.NewIntFromBig(r.below(istart)), nil
		}
		return nil, py.NewError(py.ValueErrorType, "empty range for randrange()")
	}
	istop, err := randrangeIndex(th, stop, "stop")
	if err != nil {
		return nil, err
	}
	width := new(big.Int).Sub(istop, istart)
	istep := big.NewInt(1)
	if step != nil {
		if istep, err = randrangeIndex(th, step, "step"); err != nil {
			return nil, err
		}
	}
	if istep.IsInt64() && istep.Int64() == 1 {
		if width.Sign() > 0 {
			return py.NewIntFromBig(new(big.Int).Add(istart, r.below(width))), nil
		}
		return nil, py.NewError(py.ValueErrorType, "empty range for randrange() (%s, %s, %s)", istart, istop, width)
	}
	var n *big.Int
	switch istep.Sign() {
	case 1:
		n = new(big.Int).Add(width, istep)
		n.Sub(n, big.NewInt(1))
	case -1:
		n = new(big.Int).Add(width, istep)
		n.Add(n, big.NewInt(1))
	default:
		return nil, py.NewError(py.ValueErrorType, "zero step for randrange()")
	}
	floorDiv(n, istep)
	if n.Sign() <= 0 {
		return nil, py.NewError(py.ValueErrorType, "empty range for randrange()")
	}
	res := r.below(n)
	res.Mul(res, istep)
	return py.NewIntFromBig(res.Add(res, istart)), nil
}

// floorDiv sets n = n // d (Python's floor division).
func floorDiv(n, d *big.Int) {
	m := new(big.Int)
	n.DivMod(n, d, m) // Euclidean: m >= 0
	if m.Sign() != 0 && d.Sign() < 0 {
		n.Add(n, big.NewInt(1))
	}
}

func rRandrange(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("randrange", args, kw, []string{"start", "stop", "step"}, 1)
	if err != nil {
		return nil, err
	}
	return r.randrange(th, a[0], a[1], a[2])
}

func rRandint(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("randint", args, kw, []string{"a", "b"}, 2)
	if err != nil {
		return nil, err
	}
	b1, err := py.Add(th, a[1], py.Int(1))
	if err != nil {
		return nil, err
	}
	return r.randrange(th, a[0], b1, nil)
}

func rChoice(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Exactly("choice", args, kw, 1); err != nil {
		return nil, err
	}
	n, err := py.Len(th, args[0])
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, py.NewError(py.IndexErrorType, "Cannot choose from an empty sequence")
	}
	return py.GetItem(th, args[0], py.Int(r.below64(n)))
}

func rShuffle(th *py.Thread, r *Random, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Exactly("shuffle", args, kw, 1); err != nil {
		return nil, err
	}
	x := args[0]
	n, err := py.Len(th, x)
	if err != nil {
		return nil, err
	}
	if l, ok := x.(*py.List); ok {
		items := l.Items()
		if len(items) == n {
			for i := n - 1; i >= 1; i-- {
				j := r.below64(i + 1)
				items[i], items[j] = items[j], items[i]
			}
			l.SetItems(items)
			return py.None, nil
		}
	}
	for i := n - 1; i >= 1; i-- {
		j := r.below64(i + 1)
		xi, err := py.GetItem(th, x, py.Int(i))
		if err != nil {
			return nil, err
		}
		xj, err := py.GetItem(th, x, py.Int(j))
		if err != nil {
			return nil, err
		}
		if err := py.SetItem(th, x, py.Int(i), xj); err != nil {
			return nil, err
		}
		if err := py.SetItem(th, x, py.Int(j), xi); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}
