package py

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

func ctHash(th *Thread, o Object) (string, error) {
	h, err := Hash(th, o)
	return fmt.Sprint(h), err
}

func TestTupleAndFrozensetHashMatchCPython(t *testing.T) {
	fs := func(th *Thread, items ...Object) *FrozenSet {
		f, err := NewFrozenSet(th, NewList(items))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	cases := []ctCase{
		{"hash(())", func(th *Thread) (string, error) { return ctHash(th, ctTup()) }},
		{"hash((1, 2))", func(th *Thread) (string, error) { return ctHash(th, ctTup(Int(1), Int(2))) }},
		{"hash((1, (2, 3), -1))", func(th *Thread) (string, error) {
			return ctHash(th, ctTup(Int(1), ctTup(Int(2), Int(3)), Int(-1)))
		}},
		{"hash((True, False, 0))", func(th *Thread) (string, error) { return ctHash(th, ctTup(True, False, Int(0))) }},
		{"hash((1.5, -2.25, 10**18))", func(th *Thread) (string, error) {
			return ctHash(th, ctTup(Float(1.5), Float(-2.25), Int(1000000000000000000)))
		}},
		{"hash(tuple(range(100)))", func(th *Thread) (string, error) {
			r := make([]int, 100)
			for i := range r {
				r[i] = i
			}
			return ctHash(th, NewTuple(ctInts(r...)))
		}},
		{"hash((2**62, -2**63))", func(th *Thread) (string, error) {
			return ctHash(th, ctTup(Int(1<<62), Int(-1<<63)))
		}},
		{"hash(frozenset())", func(th *Thread) (string, error) { return ctHash(th, fs(th)) }},
		{"hash(frozenset({1, 2, 3}))", func(th *Thread) (string, error) { return ctHash(th, fs(th, ctInts(1, 2, 3)...)) }},
		{"hash(frozenset({3, 2, 1, 100, -7}))", func(th *Thread) (string, error) {
			return ctHash(th, fs(th, ctInts(3, 2, 1, 100, -7)...))
		}},
		{"hash(frozenset({(1, 2), (3, 4)}))", func(th *Thread) (string, error) {
			return ctHash(th, fs(th, ctTup(Int(1), Int(2)), ctTup(Int(3), Int(4))))
		}},
		{"hash(frozenset({frozenset({1}), frozenset()}))", func(th *Thread) (string, error) {
			return ctHash(th, fs(th, fs(th, Int(1)), fs(th)))
		}},
		{"hash(range(0, 10, 2))", func(th *Thread) (string, error) { return ctHash(th, NewRange(0, 10, 2)) }},
		{"hash(range(1, 10, 3))", func(th *Thread) (string, error) { return ctHash(th, NewRange(1, 10, 3)) }},
		{"hash([])", func(th *Thread) (string, error) { return ctHash(th, NewList(nil)) }},
		{"hash({})", func(th *Thread) (string, error) { return ctHash(th, NewDict()) }},
		{"hash(set())", func(th *Thread) (string, error) { return ctHash(th, NewSet()) }},
		{"hash((1, []))", func(th *Thread) (string, error) { return ctHash(th, ctTup(Int(1), NewList(nil))) }},
	}
	ctRunOracle(t, "", cases)
}

func TestContainerReprMatchesCPython(t *testing.T) {
	d := func(th *Thread, kv ...Object) *Dict {
		m := NewDict()
		for i := 0; i < len(kv); i += 2 {
			if err := m.SetItem(th, kv[i], kv[i+1]); err != nil {
				t.Fatal(err)
			}
		}
		return m
	}
	s := NewStr
	cases := []ctCase{
		{"repr([1, [2, 3], (4,), {'a': 1}, (), [], {}])", func(th *Thread) (string, error) {
			return ctRepr(th, NewList([]Object{Int(1), NewList(ctInts(2, 3)), ctTup(Int(4)), d(th, s("a"), Int(1)), ctTup(), NewList(nil), NewDict()}), nil)
		}},
		{"repr((1, 'a', None, True, 2.5))", func(th *Thread) (string, error) {
			return ctRepr(th, ctTup(Int(1), s("a"), None, True, Float(2.5)), nil)
		}},
		{"(lambda l: (l.append(l), repr(l))[1])([1, 2])", func(th *Thread) (string, error) {
			l := NewList(ctInts(1, 2))
			l.Append(l)
			return ctRepr(th, l, nil)
		}},
		{"(lambda l: (l.append([l, (l,)]), repr(l))[1])([])", func(th *Thread) (string, error) {
			l := NewList(nil)
			l.Append(NewList([]Object{l, ctTup(l)}))
			return ctRepr(th, l, nil)
		}},
		{"(lambda m: (m.__setitem__('self', m), repr(m))[1])({'a': 1})", func(th *Thread) (string, error) {
			m := d(th, s("a"), Int(1))
			m.SetItem(th, s("self"), m)
			return ctRepr(th, m, nil)
		}},
		{"repr({1: 'x', (1, 2): [3], 'k': {'n': None}})", func(th *Thread) (string, error) {
			return ctRepr(th, d(th, Int(1), s("x"), ctTup(Int(1), Int(2)), NewList(ctInts(3)), s("k"), d(th, s("n"), None)), nil)
		}},
		{"repr({3, 1, 2})", func(th *Thread) (string, error) {
			st := NewSet()
			for _, v := range ctInts(3, 1, 2) {
				st.Add(th, v)
			}
			return ctRepr(th, st, nil)
		}},
		{"repr(set()), repr(frozenset())", func(th *Thread) (string, error) {
			a, _ := ctRepr(th, NewSet(), nil)
			f, _ := NewFrozenSet(th, nil)
			b, _ := ctRepr(th, f, nil)
			return "('" + a + "', '" + b + "')", nil
		}},
		{"repr(frozenset([5, 3, 40, 8]))", func(th *Thread) (string, error) {
			f, err := NewFrozenSet(th, NewList(ctInts(5, 3, 40, 8)))
			return ctRepr(th, f, err)
		}},
		{"repr(range(3)), repr(range(1, 10, 3)), repr(range(10)[::-2])", func(th *Thread) (string, error) {
			a, _ := ctRepr(th, NewRange(0, 3, 1), nil)
			b, _ := ctRepr(th, NewRange(1, 10, 3), nil)
			c, err := GetItem(th, NewRange(0, 10, 1), NewSlice(None, None, Int(-2)))
			cs, _ := ctRepr(th, c, err)
			return "('" + a + "', '" + b + "', '" + cs + "')", nil
		}},
		{"repr(slice(1, None, -1))", func(th *Thread) (string, error) { return ctRepr(th, NewSlice(Int(1), nil, Int(-1)), nil) }},
		{"repr({'a': 1, 'b': 2}.keys()), repr({'a': 1}.values()), repr({'a': 1}.items())", func(th *Thread) (string, error) {
			m := d(th, s("a"), Int(1), s("b"), Int(2))
			k, _ := ctCall(th, m, "keys")
			m2 := d(th, s("a"), Int(1))
			v, _ := ctCall(th, m2, "values")
			it, _ := ctCall(th, m2, "items")
			a, _ := ctRepr(th, k, nil)
			b, _ := ctRepr(th, v, nil)
			c, _ := ctRepr(th, it, nil)
			r, err := ctRepr(th, ctTup(s(a), s(b), s(c)), nil)
			return r, err
		}},
	}
	ctRunOracle(t, "", cases)
}

// ctKeyFirst is a Python-callable key function returning item[0].
var ctKeyFirst = NewBuiltin("key", func(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) {
	return GetItem(th, args[0], Int(0))
})

func TestSortMatchesCPython(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	var pyItems []string
	var goItems []Object
	for i := 0; i < 300; i++ {
		k := rng.Intn(20)
		pyItems = append(pyItems, fmt.Sprintf("(%d, %d)", k, i))
		goItems = append(goItems, ctTup(Int(k), Int(i)))
	}
	setup := "data = [" + strings.Join(pyItems, ", ") + "]\nfrom operator import itemgetter\n"
	sorted := func(th *Thread, items []Object, kw *KwArgs) (string, error) {
		l := NewList(append([]Object(nil), items...))
		_, err := listSortMethod(th, l, nil, kw)
		return ctRepr(th, l, err)
	}
	kwKey := &KwArgs{Names: []*Str{NewStr("key")}, Values: []Object{ctKeyFirst}}
	kwKeyRev := &KwArgs{Names: []*Str{NewStr("key"), NewStr("reverse")}, Values: []Object{ctKeyFirst, True}}
	kwRev := &KwArgs{Names: []*Str{NewStr("reverse")}, Values: []Object{True}}
	mixed := []Object{Int(3), Float(1.5), True, Int(-2), Float(2.5), Int(0)}
	cases := []ctCase{
		{"sorted(data)", func(th *Thread) (string, error) { return sorted(th, goItems, nil) }},
		{"sorted(data, key=itemgetter(0))", func(th *Thread) (string, error) { return sorted(th, goItems, kwKey) }},
		{"sorted(data, key=itemgetter(0), reverse=True)", func(th *Thread) (string, error) { return sorted(th, goItems, kwKeyRev) }},
		{"sorted(data, reverse=True)", func(th *Thread) (string, error) { return sorted(th, goItems, kwRev) }},
		{"sorted([3, 1.5, True, -2, 2.5, 0])", func(th *Thread) (string, error) { return sorted(th, mixed, nil) }},
		{"sorted(['b', 'a', 'B', 'aa', ''])", func(th *Thread) (string, error) {
			return sorted(th, []Object{NewStr("b"), NewStr("a"), NewStr("B"), NewStr("aa"), NewStr("")}, nil)
		}},
		{"sorted([1, 'a'])", func(th *Thread) (string, error) { return sorted(th, []Object{Int(1), NewStr("a")}, nil) }},
		{"sorted([[2, 1], [1, 5], [1, 2, 3], []])", func(th *Thread) (string, error) {
			return sorted(th, []Object{NewList(ctInts(2, 1)), NewList(ctInts(1, 5)), NewList(ctInts(1, 2, 3)), NewList(nil)}, nil)
		}},
	}
	ctRunOracle(t, setup, cases)
}

func TestSliceOperationsMatchCPython(t *testing.T) {
	bounds := []Object{None, Int(0), Int(2), Int(-3), Int(7), Int(20), Int(-20)}
	steps := []Object{None, Int(1), Int(2), Int(-1), Int(-3)}
	pyv := func(o Object) string {
		if o == None {
			return ""
		}
		return fmt.Sprint(o)
	}
	var cases []ctCase
	base := func() *List {
		return NewList(ctInts(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))
	}
	for _, a := range bounds {
		for _, b := range bounds {
			for _, c := range steps {
				a, b, c := a, b, c
				sl := fmt.Sprintf("%s:%s:%s", pyv(a), pyv(b), pyv(c))
				cases = append(cases, ctCase{
					"list(range(10))[" + sl + "]",
					func(th *Thread) (string, error) {
						v, err := GetItem(th, base(), NewSlice(a, b, c))
						return ctRepr(th, v, err)
					}})
				cases = append(cases, ctCase{
					"tuple(range(10))[" + sl + "]",
					func(th *Thread) (string, error) {
						v, err := GetItem(th, NewTuple(ctInts(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)), NewSlice(a, b, c))
						return ctRepr(th, v, err)
					}})
				cases = append(cases, ctCase{
					"list(range(10)[" + sl + "])",
					func(th *Thread) (string, error) {
						v, err := GetItem(th, NewRange(0, 10, 1), NewSlice(a, b, c))
						if err != nil {
							return "", err
						}
						l, err := NewListFromIter(th, v)
						return ctRepr(th, l, err)
					}})
				cases = append(cases, ctCase{
					"(lambda l: (l.__delitem__(slice(" + ctPyArgs(a, b, c) + ")), l)[1])(list(range(10)))",
					func(th *Thread) (string, error) {
						l := base()
						if err := DelItem(th, l, NewSlice(a, b, c)); err != nil {
							return "", err
						}
						return ctRepr(th, l, nil)
					}})
				for _, n := range []int{0, 2, 3} {
					n := n
					repl := make([]int, n)
					for i := range repl {
						repl[i] = 100 + i
					}
					cases = append(cases, ctCase{
						fmt.Sprintf("(lambda l: (l.__setitem__(slice(%s), %s), l)[1])(list(range(10)))",
							ctPyArgs(a, b, c),
							strings.ReplaceAll(fmt.Sprint(repl), " ", ", ")),
						func(th *Thread) (string, error) {
							l := base()
							if err := SetItem(th, l, NewSlice(a, b, c), NewList(ctInts(repl...))); err != nil {
								return "", err
							}
							return ctRepr(th, l, nil)
						}})
				}
			}
		}
	}
	cases = append(cases,
		ctCase{"[1, 2][5]", func(th *Thread) (string, error) {
			v, err := GetItem(th, NewList(ctInts(1, 2)), Int(5))
			return ctRepr(th, v, err)
		}},
		ctCase{"(1, 2)[-3]", func(th *Thread) (string, error) {
			v, err := GetItem(th, ctTup(Int(1), Int(2)), Int(-3))
			return ctRepr(th, v, err)
		}},
		ctCase{"[1, 2]['a']", func(th *Thread) (string, error) {
			v, err := GetItem(th, NewList(ctInts(1, 2)), NewStr("a"))
			return ctRepr(th, v, err)
		}},
		ctCase{"range(3)[3]", func(th *Thread) (string, error) {
			v, err := GetItem(th, NewRange(0, 3, 1), Int(3))
			return ctRepr(th, v, err)
		}},
		ctCase{"[1][::0]", func(th *Thread) (string, error) {
			v, err := GetItem(th, NewList(ctInts(1)), NewSlice(nil, nil, Int(0)))
			return ctRepr(th, v, err)
		}},
		ctCase{"slice(-3, None, 2).indices(10)", func(th *Thread) (string, error) {
			v, err := ctCall(th, NewSlice(Int(-3), nil, Int(2)), "indices", Int(10))
			return ctRepr(th, v, err)
		}},
		ctCase{"slice(None, None, -1).indices(5)", func(th *Thread) (string, error) {
			v, err := ctCall(th, NewSlice(nil, nil, Int(-1)), "indices", Int(5))
			return ctRepr(th, v, err)
		}},
	)
	ctRunOracle(t, "", cases)
}

// pyArgs formats Ints and None as Python source, comma-separated.
func ctPyArgs(os ...Object) string {
	parts := make([]string, len(os))
	for i, o := range os {
		if o == None {
			parts[i] = "None"
		} else {
			parts[i] = fmt.Sprint(o)
		}
	}
	return strings.Join(parts, ", ")
}
