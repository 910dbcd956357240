package itertoolsmod

import (
	"testing"

	py "github.com/pygo-dev/pygo/runtime"
	st "github.com/pygo-dev/pygo/stdlib/internal/stdtest"
)

func TestItertoolsAgainstCPython(t *testing.T) {
	th := st.Thread()
	m := st.Mod(t, th, "itertools")
	b := func(name string) py.Object { return py.Builtins.GetStr(py.NewStr(name)) }
	var cases []st.Case
	// add compares list(islice(itertools.<fn>(args), 30)).
	add := func(expr, fn string, args []py.Object, kw ...any) {
		cases = append(cases, st.Case{Py: "list(itertools.islice(" + expr + ", 30))", Go: func() (py.Object, error) {
			it, err := st.Call(th, m(fn), args, kw...)
			if err != nil {
				return nil, err
			}
			sl, err := py.Call(th, m("islice"), st.Args(it, st.I(30)), nil)
			return st.ListOf(th, sl, err)
		}})
	}
	raw := func(expr, fn string, args []py.Object, kw ...any) {
		cases = append(cases, st.Case{Py: expr, Go: func() (py.Object, error) { return st.Call(th, m(fn), args, kw...) }})
	}
	abc := st.S("abcd")
	r5 := py.NewRange(0, 5, 1)
	add("itertools.count()", "count", nil)
	add("itertools.count(5, 3)", "count", st.Args(st.I(5), st.I(3)))
	add("itertools.count(0.5, 0.25)", "count", st.Args(st.F(.5), st.F(.25)))
	raw("itertools.count('a')", "count", st.Args(st.S("a")))
	raw("itertools.count(1, 2, 3)", "count", st.Args(st.I(1), st.I(2), st.I(3)))
	raw("itertools.count(7)", "count", st.Args(st.I(7)))
	raw("itertools.count(7, 2)", "count", st.Args(st.I(7), st.I(2)))
	raw("itertools.count(step=2)", "count", nil, "step", st.I(2))
	add("itertools.cycle('abc')", "cycle", st.Args(st.S("abc")))
	add("itertools.cycle('')", "cycle", st.Args(st.S("")))
	add("itertools.repeat('x', 3)", "repeat", st.Args(st.S("x"), st.I(3)))
	add("itertools.repeat('x')", "repeat", st.Args(st.S("x")))
	raw("itertools.repeat('x', 3)", "repeat", st.Args(st.S("x"), st.I(3)))
	raw("itertools.repeat('x', -1)", "repeat", st.Args(st.S("x"), st.I(-1)))
	raw("itertools.repeat()", "repeat", nil)
	add("itertools.accumulate([1, 2, 3, 4])", "accumulate", st.Args(st.Ints(1, 2, 3, 4)))
	add("itertools.accumulate([1, 5, 3, 4], max)", "accumulate", st.Args(st.Ints(1, 5, 3, 4), b("max")))
	add("itertools.accumulate([1, 2], initial=10)", "accumulate", st.Args(st.Ints(1, 2)), "initial", st.I(10))
	add("itertools.accumulate([], initial=10)", "accumulate", st.Args(st.Ints()), "initial", st.I(10))
	add("itertools.chain('ab', [1, 2], ())", "chain", st.Args(st.S("ab"), st.Ints(1, 2), st.T()))
	cases = append(cases, st.Case{Py: "list(itertools.chain.from_iterable(['ab', 'cd']))", Go: func() (py.Object, error) {
		f, err := py.GetAttr(th, m("chain"), py.NewStr("from_iterable"))
		if err != nil {
			return nil, err
		}
		v, err := py.Call(th, f, st.Args(st.L(st.S("ab"), st.S("cd"))), nil)
		return st.ListOf(th, v, err)
	}})
	add("itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])", "compress", st.Args(st.S("abcdef"), st.Ints(1, 0, 1, 0, 1, 1)))
	add("itertools.dropwhile(bool, [1, 1, 0, 1, 0])", "dropwhile", st.Args(b("bool"), st.Ints(1, 1, 0, 1, 0)))
	add("itertools.takewhile(bool, [1, 1, 0, 1, 0])", "takewhile", st.Args(b("bool"), st.Ints(1, 1, 0, 1, 0)))
	add("itertools.filterfalse(None, [1, 0, 2, 0])", "filterfalse", st.Args(py.None, st.Ints(1, 0, 2, 0)))
	add("itertools.filterfalse(bool, [1, 0, 2, 0])", "filterfalse", st.Args(b("bool"), st.Ints(1, 0, 2, 0)))
	raw("itertools.dropwhile(1)", "dropwhile", st.Args(st.I(1)))
	cases = append(cases, st.Case{Py: "[(k, list(g)) for k, g in itertools.groupby('aaabbcdaa')]", Go: func() (py.Object, error) {
		g, err := py.Call(th, m("groupby"), st.Args(st.S("aaabbcdaa")), nil)
		if err != nil {
			return nil, err
		}
		var out []py.Object
		for {
			kv, err := py.Next(th, g)
			if err != nil {
				return nil, err
			}
			if kv == nil {
				break
			}
			items := kv.(*py.Tuple).Items
			l, err := st.ListOf(th, items[1], nil)
			if err != nil {
				return nil, err
			}
			out = append(out, st.T(items[0], l))
		}
		return py.NewList(out), nil
	}})
	cases = append(cases, st.Case{Py: "[k for k, g in itertools.groupby(['a', 'bb', 'cc', 'd'], len)]", Go: func() (py.Object, error) {
		g, err := py.Call(th, m("groupby"), st.Args(st.L(st.S("a"), st.S("bb"), st.S("cc"), st.S("d")), b("len")), nil)
		if err != nil {
			return nil, err
		}
		var out []py.Object
		for {
			kv, err := py.Next(th, g)
			if err != nil || kv == nil {
				return py.NewList(out), err
			}
			out = append(out, kv.(*py.Tuple).Items[0])
		}
	}})
	add("itertools.islice('abcdefg', 2)", "islice", st.Args(st.S("abcdefg"), st.I(2)))
	add("itertools.islice('abcdefg', 2, 4)", "islice", st.Args(st.S("abcdefg"), st.I(2), st.I(4)))
	add("itertools.islice('abcdefg', 2, None)", "islice", st.Args(st.S("abcdefg"), st.I(2), py.None))
	add("itertools.islice('abcdefg', 0, None, 2)", "islice", st.Args(st.S("abcdefg"), st.I(0), py.None, st.I(2)))
	add("itertools.islice('abcdefg', 1, 6, 3)", "islice", st.Args(st.S("abcdefg"), st.I(1), st.I(6), st.I(3)))
	raw("itertools.islice('abc', -1)", "islice", st.Args(st.S("abc"), st.I(-1)))
	raw("itertools.islice('abc', 0, 2, 0)", "islice", st.Args(st.S("abc"), st.I(0), st.I(2), st.I(0)))
	raw("itertools.islice('abc')", "islice", st.Args(st.S("abc")))
	add("itertools.pairwise('abcd')", "pairwise", st.Args(abc))
	add("itertools.pairwise('a')", "pairwise", st.Args(st.S("a")))
	add("itertools.starmap(pow, [(2, 3), (3, 2)])", "starmap", st.Args(b("pow"), st.L(st.T(st.I(2), st.I(3)), st.T(st.I(3), st.I(2)))))
	add("itertools.zip_longest('abc', [1])", "zip_longest", st.Args(st.S("abc"), st.Ints(1)))
	add("itertools.zip_longest('abc', [1], fillvalue='-')", "zip_longest", st.Args(st.S("abc"), st.Ints(1)), "fillvalue", st.S("-"))
	add("itertools.zip_longest()", "zip_longest", nil)
	add("itertools.product('ab', range(3))", "product", st.Args(st.S("ab"), py.NewRange(0, 3, 1)))
	add("itertools.product('ab', repeat=2)", "product", st.Args(st.S("ab")), "repeat", st.I(2))
	add("itertools.product()", "product", nil)
	add("itertools.product('ab', '')", "product", st.Args(st.S("ab"), st.S("")))
	raw("itertools.product('ab', repeat=-1)", "product", st.Args(st.S("ab")), "repeat", st.I(-1))
	add("itertools.permutations('abc')", "permutations", st.Args(st.S("abc")))
	add("itertools.permutations(range(4), 2)", "permutations", st.Args(py.NewRange(0, 4, 1), st.I(2)))
	add("itertools.permutations('ab', 3)", "permutations", st.Args(st.S("ab"), st.I(3)))
	add("itertools.permutations('', 0)", "permutations", st.Args(st.S(""), st.I(0)))
	raw("itertools.permutations('ab', -1)", "permutations", st.Args(st.S("ab"), st.I(-1)))
	add("itertools.combinations('abcd', 2)", "combinations", st.Args(abc, st.I(2)))
	add("itertools.combinations(range(5), 3)", "combinations", st.Args(r5, st.I(3)))
	add("itertools.combinations('ab', 3)", "combinations", st.Args(st.S("ab"), st.I(3)))
	add("itertools.combinations('ab', 0)", "combinations", st.Args(st.S("ab"), st.I(0)))
	raw("itertools.combinations('ab')", "combinations", st.Args(st.S("ab")))
	add("itertools.combinations_with_replacement('abc', 2)", "combinations_with_replacement", st.Args(st.S("abc"), st.I(2)))
	add("itertools.combinations_with_replacement('', 2)", "combinations_with_replacement", st.Args(st.S(""), st.I(2)))
	add("itertools.combinations_with_replacement('', 0)", "combinations_with_replacement", st.Args(st.S(""), st.I(0)))
	cases = append(cases, st.Case{Py: "(lambda a, b: (list(a), list(b)))(*itertools.tee('abc'))", Go: func() (py.Object, error) {
		tt, err := py.Call(th, m("tee"), st.Args(st.S("abc")), nil)
		if err != nil {
			return nil, err
		}
		items := tt.(*py.Tuple).Items
		a, err := st.ListOf(th, items[0], nil)
		if err != nil {
			return nil, err
		}
		b, err := st.ListOf(th, items[1], nil)
		return st.T(a, b), err
	}})
	raw("itertools.tee('abc', -1)", "tee", st.Args(st.S("abc"), st.I(-1)))
	raw("itertools.tee('abc', 0)", "tee", st.Args(st.S("abc"), st.I(0)))
	st.Run(t, th, "import itertools", cases)
}
