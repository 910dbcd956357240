package py

import (
	"fmt"
	"testing"
)

// kw builds keyword arguments.
func ctKw(pairs ...Object) *KwArgs {
	kw := &KwArgs{}
	for i := 0; i < len(pairs); i += 2 {
		kw.Names = append(kw.Names, pairs[i].(*Str))
		kw.Values = append(kw.Values, pairs[i+1])
	}
	return kw
}

func TestDictMatchesCPython(t *testing.T) {
	s := NewStr
	build := func(th *Thread) *Dict {
		d := NewDict()
		for i, k := range []Object{s("b"), Int(1), s("a"), ctTup(Int(1), Int(2)), Float(2.5), True} {
			d.SetItem(th, k, Int(i))
		}
		return d
	}
	cases := []ctCase{
		// True == 1: the value is replaced, the key stays 1.
		{"(lambda d: [d.__setitem__(k, i) for i, k in enumerate(['b', 1, 'a', (1, 2), 2.5, True])] and d)({})", func(th *Thread) (string, error) {
			return ctRepr(th, build(th), nil)
		}},
		{"(lambda d: (d.__delitem__('a'), d.__setitem__('a', 9), d.__setitem__('b', 7), list(d.items()))[3])({'b': 0, 1: 1, 'a': 2})", func(th *Thread) (string, error) {
			d := NewDict()
			d.SetItem(th, s("b"), Int(0))
			d.SetItem(th, Int(1), Int(1))
			d.SetItem(th, s("a"), Int(2))
			d.DelItem(th, s("a"))
			d.SetItem(th, s("a"), Int(9))
			d.SetItem(th, s("b"), Int(7))
			it, err := ctCall(th, d, "items")
			if err != nil {
				return "", err
			}
			l, err := NewListFromIter(th, it)
			return ctRepr(th, l, err)
		}},
		{"{}['missing']", func(th *Thread) (string, error) {
			v, err := GetItem(th, NewDict(), s("missing"))
			return ctRepr(th, v, err)
		}},
		{"{}[(1, 'x')]", func(th *Thread) (string, error) {
			v, err := GetItem(th, NewDict(), ctTup(Int(1), s("x")))
			return ctRepr(th, v, err)
		}},
		{"{}[[1]]", func(th *Thread) (string, error) {
			v, err := GetItem(th, NewDict(), NewList(ctInts(1)))
			return ctRepr(th, v, err)
		}},
		{"{1: 2}.pop(3)", func(th *Thread) (string, error) {
			d := NewDict()
			d.SetItem(th, Int(1), Int(2))
			v, err := ctCall(th, d, "pop", Int(3))
			return ctRepr(th, v, err)
		}},
		{"{1: 2}.pop(3, 'dflt'), {1: 2}.get(1), {1: 2}.get(5)", func(th *Thread) (string, error) {
			d := NewDict()
			d.SetItem(th, Int(1), Int(2))
			a, _ := ctCall(th, d, "pop", Int(3), s("dflt"))
			b, _ := ctCall(th, d, "get", Int(1))
			c, err := ctCall(th, d, "get", Int(5))
			return ctRepr(th, ctTup(a, b, c), err)
		}},
		{"{}.popitem()", func(th *Thread) (string, error) {
			v, err := ctCall(th, NewDict(), "popitem")
			return ctRepr(th, v, err)
		}},
		{"(lambda d: (d.popitem(), d.setdefault('z', []), d.setdefault('a', 5), d))({'a': 1, 'b': 2})", func(th *Thread) (string, error) {
			d := NewDict()
			d.SetItem(th, s("a"), Int(1))
			d.SetItem(th, s("b"), Int(2))
			a, _ := ctCall(th, d, "popitem")
			b, _ := ctCall(th, d, "setdefault", s("z"), NewList(nil))
			c, err := ctCall(th, d, "setdefault", s("a"), Int(5))
			return ctRepr(th, ctTup(a, b, c, d), err)
		}},
		{"dict([(1, 2), [3, 4]], x=5)", func(th *Thread) (string, error) {
			v, err := Call(th, DictType, []Object{NewList([]Object{ctTup(Int(1), Int(2)), NewList(ctInts(3, 4))})}, ctKw(s("x"), Int(5)))
			return ctRepr(th, v, err)
		}},
		{"dict([(1, 2, 3)])", func(th *Thread) (string, error) {
			v, err := Call(th, DictType, []Object{NewList([]Object{ctTup(Int(1), Int(2), Int(3))})}, nil)
			return ctRepr(th, v, err)
		}},
		{"dict([1])", func(th *Thread) (string, error) {
			v, err := Call(th, DictType, []Object{NewList(ctInts(1))}, nil)
			return ctRepr(th, v, err)
		}},
		{"dict.fromkeys('abc', 0)", func(th *Thread) (string, error) {
			f, err := GetAttr(th, DictType, Intern("fromkeys"))
			if err != nil {
				return "", err
			}
			v, err := Call(th, f, []Object{NewList([]Object{s("a"), s("b"), s("c")}), Int(0)}, nil)
			return ctRepr(th, v, err)
		}},
		{"{'a': 1, 'b': 2} | {'b': 3, 'c': 4}", func(th *Thread) (string, error) {
			a, b := NewDict(), NewDict()
			a.SetItem(th, s("a"), Int(1))
			a.SetItem(th, s("b"), Int(2))
			b.SetItem(th, s("b"), Int(3))
			b.SetItem(th, s("c"), Int(4))
			v, err := Or(th, a, b)
			return ctRepr(th, v, err)
		}},
		{"{'a': 1} == {'a': 1.0}, {'a': 1} == {'a': 2}, {1: 1} != {2: 1}", func(th *Thread) (string, error) {
			a, b, c, d, e := NewDict(), NewDict(), NewDict(), NewDict(), NewDict()
			a.SetItem(th, s("a"), Int(1))
			b.SetItem(th, s("a"), Float(1))
			c.SetItem(th, s("a"), Int(2))
			d.SetItem(th, Int(1), Int(1))
			e.SetItem(th, Int(2), Int(1))
			x, _ := Compare(th, OpEQ, a, b)
			y, _ := Compare(th, OpEQ, a, c)
			z, err := Compare(th, OpNE, d, e)
			return ctRepr(th, ctTup(x, y, z), err)
		}},
		{"(lambda d: [list(reversed(d)), list(reversed(d.items())), d.keys() & {'b', 'x'}, d.keys() - ['a'], d.items() | {(9, 9)} == {('a', 1), ('b', 2), (9, 9)}, d.keys() == {'a', 'b'}, 'a' in d.keys(), ('a', 1) in d.items(), ('a', 2) in d.items()])({'a': 1, 'b': 2})", func(th *Thread) (string, error) {
			d := NewDict()
			d.SetItem(th, s("a"), Int(1))
			d.SetItem(th, s("b"), Int(2))
			keys, _ := ctCall(th, d, "keys")
			items, _ := ctCall(th, d, "items")
			r1, _ := Reversed(th, d)
			l1, _ := NewListFromIter(th, r1)
			r2, _ := Reversed(th, items)
			l2, _ := NewListFromIter(th, r2)
			bx := NewSet()
			bx.Add(th, s("b"))
			bx.Add(th, s("x"))
			x3, _ := And(th, keys, bx)
			x4, _ := Sub(th, keys, NewList([]Object{s("a")}))
			s9 := NewSet()
			s9.Add(th, ctTup(Int(9), Int(9)))
			u, _ := Or(th, items, s9)
			want := NewSet()
			want.Add(th, ctTup(s("a"), Int(1)))
			want.Add(th, ctTup(s("b"), Int(2)))
			want.Add(th, ctTup(Int(9), Int(9)))
			x5, _ := Compare(th, OpEQ, u, want)
			ab := NewSet()
			ab.Add(th, s("a"))
			ab.Add(th, s("b"))
			x6, _ := Compare(th, OpEQ, keys, ab)
			c1, _ := Contains(th, keys, s("a"))
			c2, _ := Contains(th, items, ctTup(s("a"), Int(1)))
			c3, err := Contains(th, items, ctTup(s("a"), Int(2)))
			return ctRepr(th, NewList([]Object{l1, l2, x3, x4, x5, x6, Bool(c1), Bool(c2), Bool(c3)}), err)
		}},
		{"(lambda d: [k for k in d if d.__setitem__(k + 'x', 1)])({'a': 1})", func(th *Thread) (string, error) {
			d := NewDict()
			d.SetItem(th, s("a"), Int(1))
			it, _ := Iter(th, d)
			for {
				k, err := Next(th, it)
				if err != nil {
					return "", err
				}
				if k == nil {
					return "[]", nil
				}
				d.SetItem(th, s(k.(*Str).String()+"x"), Int(1))
			}
		}},
	}
	ctRunOracle(t, "", cases)
}

func TestDictManyKeysAndDeletes(t *testing.T) {
	th := NewThread()
	d := NewDict()
	ref := map[int]int{}
	for i := 0; i < 5000; i++ {
		k := (i * 7919) % 3001
		if i%3 == 0 {
			d.Pop(th, Int(k))
			delete(ref, k)
		} else {
			d.SetItem(th, Int(k), Int(i))
			ref[k] = i
		}
	}
	if d.Len() != len(ref) {
		t.Fatalf("len %d want %d", d.Len(), len(ref))
	}
	for k, v := range ref {
		got, err := d.GetItem(th, Int(k))
		if err != nil || got != Int(v) {
			t.Fatalf("d[%d] = %v, %v; want %d", k, got, err, v)
		}
	}
	// Str keys through both paths.
	for i := 0; i < 200; i++ {
		d.SetStr(Intern(fmt.Sprint("k", i)), Int(i))
	}
	for i := 0; i < 200; i++ {
		if v, _ := d.Get(th, NewStr(fmt.Sprint("k", i))); v != Int(i) {
			t.Fatalf("k%d = %v", i, v)
		}
	}
	v0 := d.Version()
	d.SetStr(Intern("k1"), Int(5))
	if d.Version() == v0 {
		t.Fatal("version did not change")
	}
	if !d.DelStr(Intern("k1")) || d.DelStr(Intern("k1")) {
		t.Fatal("DelStr")
	}
}

func TestSetAlgebraMatchesCPython(t *testing.T) {
	mk := func(th *Thread, ns ...int) *Set {
		s := NewSet()
		for _, n := range ns {
			s.Add(th, Int(n))
		}
		return s
	}
	a := []int{1, 2, 3, 4, 5, 40, 17, -3}
	b := []int{4, 5, 6, 7, 17, 33, 1000}
	setup := "def A(): return set([1, 2, 3, 4, 5, 40, 17, -3])\ndef B(): return set([4, 5, 6, 7, 17, 33, 1000])"
	binop := func(op BinOp) func(th *Thread) (string, error) {
		return func(th *Thread) (string, error) {
			v, err := BinaryOp(th, op, mk(th, a...), mk(th, b...))
			return ctRepr(th, v, err)
		}
	}
	meth := func(name string, args ...Object) func(th *Thread) (string, error) {
		return func(th *Thread) (string, error) {
			s := mk(th, a...)
			v, err := ctCall(th, s, name, args...)
			if err != nil {
				return "", err
			}
			return ctRepr(th, ctTup(v, s), nil)
		}
	}
	cases := []ctCase{
		{"A() | B()", binop(OpOr)},
		{"A() & B()", binop(OpAnd)},
		{"A() - B()", binop(OpSub)},
		{"A() ^ B()", binop(OpXor)},
		{"B() - A()", func(th *Thread) (string, error) {
			v, err := Sub(th, mk(th, b...), mk(th, a...))
			return ctRepr(th, v, err)
		}},
		{"(lambda a: (a.union([100, 2], (7,)), a))(A())", meth("union", NewList(ctInts(100, 2)), ctTup(Int(7)))},
		{"(lambda a: (a.intersection([5, 1, 99]), a))(A())", meth("intersection", NewList(ctInts(5, 1, 99)))},
		{"(lambda a: (a.difference([5, 1, 99], {2}), a))(A())", meth("difference", NewList(ctInts(5, 1, 99)), mk(NewThread(), 2))},
		{"(lambda a: (a.symmetric_difference([5, 1, 99]), a))(A())", meth("symmetric_difference", NewList(ctInts(5, 1, 99)))},
		{"(lambda a: (a.update([100, 200], range(3)), a))(A())", meth("update", NewList(ctInts(100, 200)), NewRange(0, 3, 1))},
		{"(lambda a: (a.intersection_update([5, 1, 40]), a))(A())", meth("intersection_update", NewList(ctInts(5, 1, 40)))},
		{"(lambda a: (a.difference_update([5, 1, 40]), a))(A())", meth("difference_update", NewList(ctInts(5, 1, 40)))},
		{"(lambda a: (a.symmetric_difference_update([5, 1, 99]), a))(A())", meth("symmetric_difference_update", NewList(ctInts(5, 1, 99)))},
		{"(lambda a: (a.discard(40), a))(A())", meth("discard", Int(40))},
		{"(lambda a: (a.remove(99), a))(A())", meth("remove", Int(99))},
		{"(lambda a: (a.pop(), a))(A())", meth("pop")},
		{"(lambda a: (a.issubset(range(-5, 100)), a))(A())", meth("issubset", NewRange(-5, 100, 1))},
		{"(lambda a: (a.issuperset([1, 2]), a))(A())", meth("issuperset", NewList(ctInts(1, 2)))},
		{"(lambda a: (a.isdisjoint([99, 98]), a))(A())", meth("isdisjoint", NewList(ctInts(99, 98)))},
		{"set().pop()", func(th *Thread) (string, error) {
			v, err := ctCall(th, NewSet(), "pop")
			return ctRepr(th, v, err)
		}},
		{"A() < B(), A() <= A(), set([1]) < set([1, 2]), A() == set(A()), A() != B(), {1} > set()", func(th *Thread) (string, error) {
			x1, _ := Compare(th, OpLT, mk(th, a...), mk(th, b...))
			x2, _ := Compare(th, OpLE, mk(th, a...), mk(th, a...))
			x3, _ := Compare(th, OpLT, mk(th, 1), mk(th, 1, 2))
			x4, _ := Compare(th, OpEQ, mk(th, a...), mk(th, a...))
			x5, _ := Compare(th, OpNE, mk(th, a...), mk(th, b...))
			x6, err := Compare(th, OpGT, mk(th, 1), NewSet())
			return ctRepr(th, ctTup(x1, x2, x3, x4, x5, x6), err)
		}},
		{"set(range(50, 0, -3))", func(th *Thread) (string, error) {
			s, err := NewSetFromIter(th, NewRange(50, 0, -3))
			return ctRepr(th, s, err)
		}},
		{"set([1, 1.0, True, 2, (1, 2), (1, 2)])", func(th *Thread) (string, error) {
			s, err := NewSetFromIter(th, NewList([]Object{Int(1), Float(1), True, Int(2), ctTup(Int(1), Int(2)), ctTup(Int(1), Int(2))}))
			return ctRepr(th, s, err)
		}},
		{"{[1]}", func(th *Thread) (string, error) {
			s := NewSet()
			err := s.Add(th, NewList(ctInts(1)))
			return ctRepr(th, s, err)
		}},
		{"frozenset([3, 1]) | {2}", func(th *Thread) (string, error) {
			f, _ := NewFrozenSet(th, NewList(ctInts(3, 1)))
			v, err := Or(th, f, mk(th, 2))
			return ctRepr(th, v, err)
		}},
		{"set([frozenset([1]), frozenset([1])]), set([1]) in {frozenset([1])}", func(th *Thread) (string, error) {
			f1, _ := NewFrozenSet(th, NewList(ctInts(1)))
			f2, _ := NewFrozenSet(th, NewList(ctInts(1)))
			s, _ := NewSetFromIter(th, NewList([]Object{f1, f2}))
			c, err := s.Contains(th, mk(th, 1))
			return ctRepr(th, ctTup(s, Bool(c)), err)
		}},
		{"list(range(0, 1000, 37) and set(range(0, 1000, 37)))", func(th *Thread) (string, error) {
			s, err := NewSetFromIter(th, NewRange(0, 1000, 37))
			if err != nil {
				return "", err
			}
			l, err := NewListFromIter(th, s)
			return ctRepr(th, l, err)
		}},
	}
	ctRunOracle(t, setup, cases)
}

func TestRangeMatchesCPython(t *testing.T) {
	r := func(a, b, c int64) *Range { return NewRange(a, b, c) }
	cases := []ctCase{
		{"len(range(10**6)), len(range(10, 0, -3)), len(range(0)), len(range(-5, 5, 4))", func(th *Thread) (string, error) {
			return ctRepr(th, ctTup(Int(r(0, 1000000, 1).Len()), Int(r(10, 0, -3).Len()), Int(r(0, 0, 1).Len()), Int(r(-5, 5, 4).Len())), nil)
		}},
		{"5 in range(1, 10, 2), 4 in range(1, 10, 2), 9 in range(10, 0, -1), 0 in range(10, 0, -1), 2.0 in range(3)", func(th *Thread) (string, error) {
			a, _ := Contains(th, r(1, 10, 2), Int(5))
			b, _ := Contains(th, r(1, 10, 2), Int(4))
			c, _ := Contains(th, r(10, 0, -1), Int(9))
			d, _ := Contains(th, r(10, 0, -1), Int(0))
			e, err := Contains(th, r(0, 3, 1), Float(2))
			return ctRepr(th, ctTup(Bool(a), Bool(b), Bool(c), Bool(d), Bool(e)), err)
		}},
		{"range(1, 10, 2).index(7), range(10, 0, -2)[-1], range(0, 10, 3) == range(0, 11, 3), range(0) == range(5, 1)", func(th *Thread) (string, error) {
			a, _ := ctCall(th, r(1, 10, 2), "index", Int(7))
			b, _ := GetItem(th, r(10, 0, -2), Int(-1))
			c, _ := Compare(th, OpEQ, r(0, 10, 3), r(0, 11, 3))
			d, err := Compare(th, OpEQ, r(0, 0, 1), r(5, 1, 1))
			return ctRepr(th, ctTup(a, b, c, d), err)
		}},
		{"range(3).index(5)", func(th *Thread) (string, error) {
			v, err := ctCall(th, r(0, 3, 1), "index", Int(5))
			return ctRepr(th, v, err)
		}},
		{"(lambda r: (r, r[1], r[-1], 2**71 in r, 2**70 + 1 in r, list(reversed(r)), r == range(2**70, 3 * 2**70, 2**69)))(range(2**70, 2**71 + 2**70, 2**69))", func(th *Thread) (string, error) {
			big70, err := Pow(th, Int(2), Int(70))
			if err != nil {
				return "", err
			}
			big69, _ := FloorDiv(th, big70, Int(2))
			big71, _ := Mul(th, big70, Int(2))
			stop, _ := Add(th, big71, big70)
			r, err := Call(th, RangeType, []Object{big70, stop, big69}, nil)
			if err != nil {
				return "", err
			}
			a, _ := GetItem(th, r, Int(1))
			b, _ := GetItem(th, r, Int(-1))
			c, _ := Contains(th, r, big71)
			p1, _ := Add(th, big70, Int(1))
			d, _ := Contains(th, r, p1)
			rev, _ := Reversed(th, r)
			l, _ := NewListFromIter(th, rev)
			stop2, _ := Mul(th, big70, Int(3))
			r2, _ := Call(th, RangeType, []Object{big70, stop2, big69}, nil)
			eq, err := Compare(th, OpEQ, r, r2)
			return ctRepr(th, ctTup(r, a, b, Bool(c), Bool(d), l, eq), err)
		}},
		{"len(range(2**64))", func(th *Thread) (string, error) {
			b, _ := Pow(th, Int(2), Int(64))
			r, err := Call(th, RangeType, []Object{b}, nil)
			if err != nil {
				return "", err
			}
			n, err := Len(th, r)
			return fmt.Sprint(n), err
		}},
		{"range(1, 2, 0)", func(th *Thread) (string, error) {
			v, err := Call(th, RangeType, ctInts(1, 2, 0), nil)
			return ctRepr(th, v, err)
		}},
		{"range(1.5)", func(th *Thread) (string, error) {
			v, err := Call(th, RangeType, []Object{Float(1.5)}, nil)
			return ctRepr(th, v, err)
		}},
		{"list(reversed(range(1, 10, 3))), list(reversed([1, 2, 3])), list(reversed((4, 5)))", func(th *Thread) (string, error) {
			a, _ := Reversed(th, r(1, 10, 3))
			la, _ := NewListFromIter(th, a)
			b, _ := Reversed(th, NewList(ctInts(1, 2, 3)))
			lb, _ := NewListFromIter(th, b)
			c, _ := Reversed(th, ctTup(Int(4), Int(5)))
			lc, err := NewListFromIter(th, c)
			return ctRepr(th, ctTup(la, lb, lc), err)
		}},
	}
	ctRunOracle(t, "", cases)
}

func TestListMethodsMatchCPython(t *testing.T) {
	l := func() *List { return NewList(ctInts(3, 1, 4, 1, 5, 9, 2, 6)) }
	m := func(name string, args ...Object) func(th *Thread) (string, error) {
		return func(th *Thread) (string, error) {
			x := l()
			v, err := ctCall(th, x, name, args...)
			if err != nil {
				return "", err
			}
			return ctRepr(th, ctTup(v, x), nil)
		}
	}
	setup := "def l(): return [3, 1, 4, 1, 5, 9, 2, 6]"
	cases := []ctCase{
		{"(lambda x: (x.append(7), x))(l())", m("append", Int(7))},
		{"(lambda x: (x.extend(range(2)), x))(l())", m("extend", NewRange(0, 2, 1))},
		{"(lambda x: (x.insert(-2, 'i'), x))(l())", m("insert", Int(-2), NewStr("i"))},
		{"(lambda x: (x.insert(100, 'i'), x))(l())", m("insert", Int(100), NewStr("i"))},
		{"(lambda x: (x.pop(), x))(l())", m("pop")},
		{"(lambda x: (x.pop(1), x))(l())", m("pop", Int(1))},
		{"(lambda x: (x.pop(10), x))(l())", m("pop", Int(10))},
		{"[].pop()", func(th *Thread) (string, error) {
			v, err := ctCall(th, NewList(nil), "pop")
			return ctRepr(th, v, err)
		}},
		{"(lambda x: (x.remove(1), x))(l())", m("remove", Int(1))},
		{"(lambda x: (x.remove(10), x))(l())", m("remove", Int(10))},
		{"(lambda x: (x.index(1), x))(l())", m("index", Int(1))},
		{"(lambda x: (x.index(1, 2), x))(l())", m("index", Int(1), Int(2))},
		{"(lambda x: (x.index(1, 4), x))(l())", m("index", Int(1), Int(4))},
		{"(lambda x: (x.index('z'), x))(l())", m("index", NewStr("z"))},
		{"(lambda x: (x.count(1), x))(l())", m("count", Int(1))},
		{"(lambda x: (x.reverse(), x))(l())", m("reverse")},
		{"(lambda x: (x.copy(), x))(l())", m("copy")},
		{"(lambda x: (x.clear(), x))(l())", m("clear")},
		{"(lambda x: (x.sort(), x))(l())", m("sort")},
		{"(1, 2).index(3)", func(th *Thread) (string, error) {
			v, err := ctCall(th, ctTup(Int(1), Int(2)), "index", Int(3))
			return ctRepr(th, v, err)
		}},
		{"[1, 2] + [3], [1, 2] * 2, 3 * (1,), [1] * -1, (1, 2) + (3,)", func(th *Thread) (string, error) {
			a, _ := Add(th, NewList(ctInts(1, 2)), NewList(ctInts(3)))
			b, _ := Mul(th, NewList(ctInts(1, 2)), Int(2))
			c, _ := Mul(th, Int(3), ctTup(Int(1)))
			d, _ := Mul(th, NewList(ctInts(1)), Int(-1))
			e, err := Add(th, ctTup(Int(1), Int(2)), ctTup(Int(3)))
			return ctRepr(th, ctTup(a, b, c, d, e), err)
		}},
		{"[1] + (2,)", func(th *Thread) (string, error) {
			v, err := Add(th, NewList(ctInts(1)), ctTup(Int(2)))
			return ctRepr(th, v, err)
		}},
		{"(1,) + [2]", func(th *Thread) (string, error) {
			v, err := Add(th, ctTup(Int(1)), NewList(ctInts(2)))
			return ctRepr(th, v, err)
		}},
		{"[1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') == (1, 'a'), [1] != [1.0], (2,) >= (1, 5)", func(th *Thread) (string, error) {
			a, _ := Compare(th, OpLT, NewList(ctInts(1, 2)), NewList(ctInts(1, 3)))
			b, _ := Compare(th, OpLT, NewList(ctInts(1, 2)), NewList(ctInts(1, 2, 0)))
			c, _ := Compare(th, OpEQ, ctTup(Int(1), NewStr("a")), ctTup(Int(1), NewStr("a")))
			d, _ := Compare(th, OpNE, NewList(ctInts(1)), NewList([]Object{Float(1)}))
			e, err := Compare(th, OpGE, ctTup(Int(2)), ctTup(Int(1), Int(5)))
			return ctRepr(th, ctTup(a, b, c, d, e), err)
		}},
		{"[1, 'a'] < [1, 2]", func(th *Thread) (string, error) {
			v, err := Compare(th, OpLT, NewList([]Object{Int(1), NewStr("a")}), NewList(ctInts(1, 2)))
			return ctRepr(th, v, err)
		}},
		{"(lambda x: (x.__iadd__((7, 8)), x.__imul__(2), x)[2])([1])", func(th *Thread) (string, error) {
			x := NewList(ctInts(1))
			InPlaceOp(th, OpAdd, x, ctTup(Int(7), Int(8)))
			_, err := InPlaceOp(th, OpMul, x, Int(2))
			return ctRepr(th, x, err)
		}},
		{"(lambda x: x.__setitem__(slice(0, 3, 2), [1, 2, 3]))(l())", func(th *Thread) (string, error) {
			err := SetItem(th, l(), NewSlice(Int(0), Int(3), Int(2)), NewList(ctInts(1, 2, 3)))
			return "None", err
		}},
		{"(lambda x: (x.__setitem__(slice(None), x), x)[1])([1, 2])", func(th *Thread) (string, error) {
			x := NewList(ctInts(1, 2))
			err := SetItem(th, x, NewSlice(nil, nil, nil), x)
			return ctRepr(th, x, err)
		}},
		{"(lambda x: x.__setitem__(5, 0))([1])", func(th *Thread) (string, error) {
			err := SetItem(th, NewList(ctInts(1)), Int(5), Int(0))
			return "None", err
		}},
		{"(lambda x: x.__setitem__(slice(0, 1), 5))([1])", func(th *Thread) (string, error) {
			err := SetItem(th, NewList(ctInts(1)), NewSlice(Int(0), Int(1), nil), Int(5))
			return "None", err
		}},
	}
	ctRunOracle(t, setup, cases)
}

func TestListSortModifiedDuringSort(t *testing.T) {
	th := NewThread()
	var l *List
	key := NewBuiltin("key", func(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) {
		l.Append(Int(0))
		return args[0], nil
	})
	l = NewList(ctInts(3, 2, 1))
	err := l.Sort(th, key, false)
	if err == nil || !ctContains(err.Error(), "list modified during sort") {
		t.Fatalf("err = %v", err)
	}
}

func ctContains(s, sub string) bool {
	return len(s) >= len(sub) && (s == sub || ctIndexOf(s, sub) >= 0)
}

func ctIndexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
