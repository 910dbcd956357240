package randommod

import (
	"fmt"
	"testing"

	py "github.com/pygo-dev/pygo/runtime"
	st "github.com/pygo-dev/pygo/stdlib/internal/stdtest"
)

// TestSequencesMatchCPython seeds both generators the same way and
// compares long runs of every method.
func TestSequencesMatchCPython(t *testing.T) {
	th := st.Thread()
	m := st.Mod(t, th, "random")
	var cases []st.Case
	// seq runs `n` calls of random.<fn>(args) after random.seed(seed).
	seq := func(seed string, seedObj py.Object, n int, fn string, pyArgs string, args ...py.Object) {
		cases = append(cases, st.Case{
			Py: fmt.Sprintf("(random.seed(%s), [random.%s(%s) for _ in range(%d)])[1]", seed, fn, pyArgs, n),
			Go: func() (py.Object, error) {
				if _, err := py.Call(th, m("seed"), []py.Object{seedObj}, nil); err != nil {
					return nil, err
				}
				var out []py.Object
				for i := 0; i < n; i++ {
					v, err := py.Call(th, m(fn), args, nil)
					if err != nil {
						return nil, err
					}
					out = append(out, v)
				}
				return py.NewList(out), nil
			}})
	}
	bigSeed := py.NewIntFromString("123456789012345678901234567890", 10)
	for _, s := range []struct {
		s string
		o py.Object
	}{{"42", st.I(42)}, {"0", st.I(0)}, {"-7", st.I(-7)}, {"123456789012345678901234567890", bigSeed},
		{"'hello'", st.S("hello")}, {"b'abc'", py.NewBytes([]byte("abc"))}, {"1.5", st.F(1.5)}, {"''", st.S("")}} {
		seq(s.s, s.o, 5, "random", "")
	}
	seq("1", st.I(1), 20, "randint", "1, 6", st.I(1), st.I(6))
	seq("2", st.I(2), 10, "randrange", "10", st.I(10))
	seq("3", st.I(3), 10, "randrange", "0, 100, 7", st.I(0), st.I(100), st.I(7))
	seq("3", st.I(3), 10, "randrange", "100, 0, -3", st.I(100), st.I(0), st.I(-3))
	seq("4", st.I(4), 10, "randrange", "10**30", py.NewIntFromString("1000000000000000000000000000000", 10))
	seq("5", st.I(5), 10, "getrandbits", "1", st.I(1))
	seq("5", st.I(5), 5, "getrandbits", "32", st.I(32))
	seq("5", st.I(5), 5, "getrandbits", "33", st.I(33))
	seq("5", st.I(5), 3, "getrandbits", "100", st.I(100))
	seq("5", st.I(5), 3, "getrandbits", "64", st.I(64))
	seq("6", st.I(6), 10, "choice", "'abcdefg'", st.S("abcdefg"))
	seq("7", st.I(7), 5, "uniform", "1, 10", st.I(1), st.I(10))
	seq("8", st.I(8), 10, "gauss", "")
	seq("8", st.I(8), 5, "gauss", "100, 15", st.I(100), st.I(15))
	seq("9", st.I(9), 5, "normalvariate", "0, 1", st.I(0), st.I(1))
	seq("10", st.I(10), 5, "expovariate", "2", st.I(2))
	seq("11", st.I(11), 5, "triangular", "")
	seq("11", st.I(11), 5, "triangular", "0, 10, 3", st.I(0), st.I(10), st.I(3))
	seq("12", st.I(12), 5, "gammavariate", "2.5, 1", st.F(2.5), st.I(1))
	seq("12", st.I(12), 5, "gammavariate", "0.5, 1", st.F(.5), st.I(1))
	seq("13", st.I(13), 5, "betavariate", "2, 3", st.I(2), st.I(3))
	seq("14", st.I(14), 5, "vonmisesvariate", "1, 4", st.I(1), st.I(4))
	seq("15", st.I(15), 5, "paretovariate", "3", st.I(3))
	seq("15", st.I(15), 5, "weibullvariate", "1, 2", st.I(1), st.I(2))
	seq("16", st.I(16), 5, "lognormvariate", "0, 1", st.I(0), st.I(1))
	seq("17", st.I(17), 3, "randbytes", "5", st.I(5))
	seq("18", st.I(18), 3, "sample", "range(100), 5", py.NewRange(0, 100, 1), st.I(5))
	seq("18", st.I(18), 3, "sample", "range(10000), 10", py.NewRange(0, 10000, 1), st.I(10))
	seq("18", st.I(18), 3, "sample", "'abcdef', 6", st.S("abcdef"), st.I(6))
	seq("19", st.I(19), 3, "choices", "'abc'", st.S("abc"))
	cases = append(cases,
		st.Case{Py: "(random.seed(20), random.choices('abc', [1, 2, 3], k=10))[1]", Go: func() (py.Object, error) {
			py.Call(th, m("seed"), st.Args(st.I(20)), nil)
			return st.Call(th, m("choices"), st.Args(st.S("abc"), st.Ints(1, 2, 3)), "k", st.I(10))
		}},
		st.Case{Py: "(random.seed(20), random.choices('abc', cum_weights=[1, 2, 3], k=10))[1]", Go: func() (py.Object, error) {
			py.Call(th, m("seed"), st.Args(st.I(20)), nil)
			return st.Call(th, m("choices"), st.Args(st.S("abc")), "cum_weights", st.Ints(1, 2, 3), "k", st.I(10))
		}},
		st.Case{Py: "(random.seed(21), random.sample(['a', 'b'], counts=[3, 2], k=4))[1]", Go: func() (py.Object, error) {
			py.Call(th, m("seed"), st.Args(st.I(21)), nil)
			return st.Call(th, m("sample"), st.Args(st.L(st.S("a"), st.S("b"))), "counts", st.Ints(3, 2), "k", st.I(4))
		}},
		st.Case{Py: "(random.seed(22), l := list(range(20)), random.shuffle(l), l)[3]", Go: func() (py.Object, error) {
			py.Call(th, m("seed"), st.Args(st.I(22)), nil)
			l := st.Ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)
			_, err := py.Call(th, m("shuffle"), st.Args(l), nil)
			return l, err
		}},
		st.Case{Py: "(random.seed(23), s := random.getstate(), random.random(), random.setstate(s), random.random())[4]", Go: func() (py.Object, error) {
			py.Call(th, m("seed"), st.Args(st.I(23)), nil)
			s, err := py.Call(th, m("getstate"), nil, nil)
			if err != nil {
				return nil, err
			}
			py.Call(th, m("random"), nil, nil)
			if _, err := py.Call(th, m("setstate"), st.Args(s), nil); err != nil {
				return nil, err
			}
			return py.Call(th, m("random"), nil, nil)
		}},
		st.Case{Py: "(r := random.Random(99), [r.random(), r.randint(1, 100)])[1]", Go: func() (py.Object, error) {
			r, err := py.Call(th, m("Random"), st.Args(st.I(99)), nil)
			if err != nil {
				return nil, err
			}
			a, err := py.CallMethod0(th, r, py.NewStr("random"))
			if err != nil {
				return nil, err
			}
			b, err := py.CallMethod2(th, r, py.NewStr("randint"), st.I(1), st.I(100))
			return st.L(a, b), err
		}},
		st.Case{Py: "random.choice([])", Go: func() (py.Object, error) { return py.Call(th, m("choice"), st.Args(st.L()), nil) }},
		st.Case{Py: "random.randrange(0)", Go: func() (py.Object, error) { return py.Call(th, m("randrange"), st.Args(st.I(0)), nil) }},
		st.Case{Py: "random.randrange(5, 2)", Go: func() (py.Object, error) { return py.Call(th, m("randrange"), st.Args(st.I(5), st.I(2)), nil) }},
		st.Case{Py: "random.randrange(0, 10, 0)", Go: func() (py.Object, error) {
			return py.Call(th, m("randrange"), st.Args(st.I(0), st.I(10), st.I(0)), nil)
		}},
		st.Case{Py: "random.sample(range(3), 5)", Go: func() (py.Object, error) {
			return py.Call(th, m("sample"), st.Args(py.NewRange(0, 3, 1), st.I(5)), nil)
		}},
		st.Case{Py: "random.sample({1, 2}, 1)", Go: func() (py.Object, error) {
			s := py.NewSet()
			s.Add(th, st.I(1))
			return py.Call(th, m("sample"), st.Args(s, st.I(1)), nil)
		}},
		st.Case{Py: "random.getrandbits(-1)", Go: func() (py.Object, error) { return py.Call(th, m("getrandbits"), st.Args(st.I(-1)), nil) }},
		st.Case{Py: "random.seed([1])", Go: func() (py.Object, error) { return py.Call(th, m("seed"), st.Args(st.L(st.I(1))), nil) }},
		st.Case{Py: "random.choices('abc', [1, 2])", Go: func() (py.Object, error) {
			return py.Call(th, m("choices"), st.Args(st.S("abc"), st.Ints(1, 2)), nil)
		}},
	)
	st.Run(t, th, "import random", cases)
}
