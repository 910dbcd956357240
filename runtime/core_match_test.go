package py

import "testing"

func TestMatchHelpers(t *testing.T) {
	th := NewThread()
	want := corePyErrors(t, `
class C:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1; self.b = 2
class L:
    __match_args__ = ["a"]
class N:
    __match_args__ = (1,)
`, []string{
		"match 1:\n    case int(1, 2): pass",
		"match C():\n    case C(1, 2): pass",
		"match L():\n    case L(x): pass",
		"match N():\n    case N(x): pass",
		"match 5:\n    case C(): pass\nprint('nomatch')",
	})
	c := coreClass(t, th, "C", nil, nil, map[string]Object{
		"__match_args__": NewTuple([]Object{NewStr("a")}),
		"__init__": coreFn("__init__", []string{"self"}, func(th *Thread, a []Object) (Object, error) {
			SetAttr(th, a[0], NewStr("a"), Int(1))
			SetAttr(th, a[0], NewStr("b"), Int(2))
			return None, nil
		}),
	})
	l := coreClass(t, th, "L", nil, nil, map[string]Object{"__match_args__": NewList([]Object{NewStr("a")})})
	n := coreClass(t, th, "N", nil, nil, map[string]Object{"__match_args__": NewTuple([]Object{Int(1)})})
	ci, _ := Call0(th, c)
	li, _ := Call0(th, l)
	ni, _ := Call0(th, n)
	_, _, e1 := MatchClass(th, Int(1), IntType, 2, nil)
	_, _, e2 := MatchClass(th, ci, c, 2, nil)
	_, _, e3 := MatchClass(th, li, l, 1, nil)
	_, _, e4 := MatchClass(th, ni, n, 1, nil)
	for i, err := range []error{e1, e2, e3, e4} {
		if got := coreErrText(err); got != want[i] {
			t.Errorf("case %d: got %q, want %q", i, got, want[i])
		}
	}
	if _, ok, err := MatchClass(th, Int(5), c, 0, nil); ok || err != nil {
		t.Errorf("5 matched C(): %v %v", ok, err)
	}
	vals, ok, err := MatchClass(th, ci, c, 1, []*Str{NewStr("b")})
	if !ok || err != nil || !Is(vals[0], Int(1)) || !Is(vals[1], Int(2)) {
		t.Errorf("C(x, b=y) = %v %v %v", vals, ok, err)
	}
	vals, ok, _ = MatchClass(th, Int(7), IntType, 1, nil)
	if !ok || !Is(vals[0], Int(7)) {
		t.Errorf("int(x) = %v %v", vals, ok)
	}
	if _, ok, _ := MatchClass(th, ci, c, 0, []*Str{NewStr("zz")}); ok {
		t.Error("missing attribute matched")
	}
	// Sequences: str is not a sequence for patterns.
	if _, ok, _ := MatchSequence(th, NewStr("ab"), 2, true); ok {
		t.Error("str matched a sequence pattern")
	}
	items, ok, _ := MatchSequence(th, NewList([]Object{Int(1), Int(2), Int(3)}), 2, false)
	if !ok || len(items) != 3 {
		t.Errorf("[1,2,3] vs [a, b, *r] = %v %v", items, ok)
	}
	if _, ok, _ := MatchSequence(th, NewTuple([]Object{Int(1)}), 2, true); ok {
		t.Error("length mismatch matched")
	}
	d := NewDict()
	d.SetItem(th, NewStr("k"), Int(1))
	d.SetItem(th, NewStr("j"), Int(2))
	vals, ok, err = MatchMapping(th, d, []Object{NewStr("k")})
	if !ok || err != nil || !Is(vals[0], Int(1)) {
		t.Errorf("{'k': v} = %v %v %v", vals, ok, err)
	}
	if _, ok, _ := MatchMapping(th, d, []Object{NewStr("zz")}); ok {
		t.Error("missing key matched")
	}
	rest, err := MatchMappingRest(th, d, []Object{NewStr("k")})
	if err != nil || coreStr(t, th, rest) != "{'j': 2}" {
		t.Errorf("rest = %v %v", rest, err)
	}
	if _, ok, _ := MatchMapping(th, NewList(nil), nil); ok {
		t.Error("list matched a mapping pattern")
	}
}

func TestWith(t *testing.T) {
	th := NewThread()
	var log []string
	cm := coreClass(t, th, "CM", nil, nil, map[string]Object{
		"__enter__": coreFn("__enter__", []string{"self"}, func(th *Thread, a []Object) (Object, error) {
			log = append(log, "enter")
			return Int(1), nil
		}),
		"__exit__": NewFunction(&Function{Name: "__exit__", Sig: &Signature{Names: []string{"self", "t", "v", "tb"}, NPos: 4},
			Body: func(th *Thread, a []Object) (Object, error) {
				log = append(log, "exit "+coreStr(t, th, a[1]))
				return True, nil
			}}),
	})
	obj, _ := Call0(th, cm)
	exit, v, err := Enter(th, obj)
	if err != nil || !Is(v, Int(1)) {
		t.Fatalf("enter = %v %v", v, err)
	}
	sup, err := Exit(th, exit, NewException(ValueErrorType))
	if !sup || err != nil {
		t.Errorf("exit = %v %v", sup, err)
	}
	if len(log) != 2 || log[1] != "exit <class 'ValueError'>" {
		t.Errorf("log = %v", log)
	}
	want := corePyErrors(t, "class A:\n    def __enter__(s): pass", []string{"with 1: pass", "with A(): pass"})
	_, _, e1 := Enter(th, Int(1))
	a := coreClass(t, th, "A", nil, nil, map[string]Object{"__enter__": coreFn("__enter__", []string{"s"}, nil)})
	ai, _ := Call0(th, a)
	_, _, e2 := Enter(th, ai)
	for i, err := range []error{e1, e2} {
		if got := coreErrText(err); got != want[i] {
			t.Errorf("case %d: got %q want %q", i, got, want[i])
		}
	}
}
