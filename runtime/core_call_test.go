package py

import "testing"

// coreSig builds a function from a signature for binding tests.
func coreSigFn(name string, sig *Signature) *Function {
	sig.Name = name
	return NewFunction(&Function{Name: name, Module: "__main__", Sig: sig,
		Body: func(th *Thread, a []Object) (Object, error) { return NewTuple(append([]Object(nil), a...)), nil }})
}

func TestBindMessages(t *testing.T) {
	th := NewThread()
	want := corePyErrors(t, `
def f(a, b): pass
def g(a, b=1, *, c): pass
def h(a, /, b): pass
def k(**kw): pass
def z(): pass
def s(*a): pass
def three(a, b, c): pass
`, []string{
		"f(1)", "f()", "f(1, 2, 3)", "f(1, a=2)", "f(1, 2, x=3)",
		"g(1)", "g(1, 2, 3)", "g(1, 2, 3, c=4)", "h(a=1, b=2)", "z(1)", "three()",
		"k(**1)", "k(**{1: 2})", "k(**{'a': 1}, a=2)", "s(*1)",
	})
	f := coreSigFn("f", &Signature{Names: []string{"a", "b"}, NPos: 2})
	g := coreSigFn("g", &Signature{Names: []string{"a", "b", "c"}, NPos: 2, NKwOnly: 1, Defaults: []Object{Int(1)}, KwDefaults: []Object{nil}})
	h := coreSigFn("h", &Signature{Names: []string{"a", "b"}, NPos: 2, NPosOnly: 1})
	k := coreSigFn("k", &Signature{Names: []string{"kw"}, HasKwArgs: true})
	z := coreSigFn("z", &Signature{})
	s := coreSigFn("s", &Signature{Names: []string{"a"}, HasVarArgs: true})
	three := coreSigFn("three", &Signature{Names: []string{"a", "b", "c"}, NPos: 3})
	kw := func(pairs ...Object) *KwArgs {
		r := &KwArgs{}
		for i := 0; i < len(pairs); i += 2 {
			r.Names = append(r.Names, pairs[i].(*Str))
			r.Values = append(r.Values, pairs[i+1])
		}
		return r
	}
	d1 := NewDict()
	d1.SetItem(th, Int(1), Int(2))
	d2 := NewDict()
	d2.SetStr(NewStr("a"), Int(1))
	calls := []func() (Object, error){
		func() (Object, error) { return Call1(th, f, Int(1)) },
		func() (Object, error) { return Call0(th, f) },
		func() (Object, error) { return Call3(th, f, Int(1), Int(2), Int(3)) },
		func() (Object, error) { return Call(th, f, []Object{Int(1)}, kw(NewStr("a"), Int(2))) },
		func() (Object, error) { return Call(th, f, []Object{Int(1), Int(2)}, kw(NewStr("x"), Int(3))) },
		func() (Object, error) { return Call1(th, g, Int(1)) },
		func() (Object, error) { return Call3(th, g, Int(1), Int(2), Int(3)) },
		func() (Object, error) {
			return Call(th, g, []Object{Int(1), Int(2), Int(3)}, kw(NewStr("c"), Int(4)))
		},
		func() (Object, error) { return Call(th, h, nil, kw(NewStr("a"), Int(1), NewStr("b"), Int(2))) },
		func() (Object, error) { return Call1(th, z, Int(1)) },
		func() (Object, error) { return Call0(th, three) },
		func() (Object, error) { return CallEx(th, k, nil, nil, nil, Int(1)) },
		func() (Object, error) { return CallEx(th, k, nil, nil, nil, d1) },
		func() (Object, error) { return CallEx(th, k, nil, nil, kw(NewStr("a"), Int(2)), d2) },
		func() (Object, error) { return CallEx(th, s, nil, Int(1), nil, nil) },
	}
	for i, c := range calls {
		_, err := c()
		if got := coreErrText(err); got != want[i] {
			t.Errorf("case %d: got %q, want %q", i, got, want[i])
		}
	}
	// Successful binding with defaults, *args and **kwargs.
	all := coreSigFn("all", &Signature{Names: []string{"a", "b", "args", "c", "kw"}, NPos: 2, HasVarArgs: true, NKwOnly: 1,
		HasKwArgs: true, Defaults: []Object{Int(2)}, KwDefaults: []Object{Int(9)}})
	r, err := CallEx(th, all, []Object{Int(1)}, NewList([]Object{Int(5), Int(6), Int(7)}), kw(NewStr("x"), Int(0)), nil)
	if err != nil {
		t.Fatal(err)
	}
	if s := coreStr(t, th, r); s != "(1, 5, (6, 7), 9, {'x': 0})" {
		t.Errorf("bound = %s", s)
	}
}

func TestBoundMethodCalls(t *testing.T) {
	th := NewThread()
	m := coreFn("m", []string{"self", "x"}, func(th *Thread, a []Object) (Object, error) { return a[1], nil })
	c := coreClass(t, th, "C", nil, nil, map[string]Object{"m": m})
	obj, _ := Call0(th, c)
	bm, err := GetAttr(th, obj, Intern("m"))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := Call1(th, bm, Int(4)); err != nil || !Is(r, Int(4)) {
		t.Errorf("bound call = %v, %v", r, err)
	}
	bm2, _ := GetAttr(th, obj, Intern("m"))
	if eq, _ := CompareBool(th, OpEQ, bm, bm2); !eq {
		t.Error("bound methods not equal")
	}
	_, err = CallMethod2(th, obj, Intern("m"), Int(1), Int(2))
	if got := coreErrText(err); got != "TypeError: C.m() takes 2 positional arguments but 3 were given" {
		t.Errorf("got %q", got)
	}
	// Instance dict shadows a method for CallMethod.
	obj.(*Instance).Dict.SetStr(Intern("m"), coreFn("other", []string{"x"}, func(th *Thread, a []Object) (Object, error) { return NewStr("shadow"), nil }))
	if r, err := CallMethod1(th, obj, Intern("m"), Int(1)); err != nil || coreStr(t, th, r) != "shadow" {
		t.Errorf("shadowed = %v, %v", r, err)
	}
}

// TestFastCallNoAlloc: calling a method through CallMethod1 and a
// Python-defined slot (__add__) allocates nothing.
func TestFastCallNoAlloc(t *testing.T) {
	th := NewThread()
	m := coreFn("m", []string{"self", "x"}, nil)
	m.Body = nil
	m.Fast2 = func(th *Thread, a, b Object) (Object, error) { return b, nil }
	c := coreClass(t, th, "C", nil, nil, map[string]Object{"m": m, "__add__": m})
	obj, _ := Call0(th, c)
	name := Intern("m")
	var cache AttrCache
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := CallMethodCached1(th, obj, name, &cache, Int(1)); err != nil {
			t.Fatal(err)
		}
		if _, err := Add(th, obj, Int(2)); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("allocs per call = %v", allocs)
	}
}

func TestRecursionLimit(t *testing.T) {
	th := NewThread()
	var f *Function
	f = coreFn("f", nil, nil)
	f.Fast0 = func(th *Thread) (Object, error) {
		if err := th.Enter(); err != nil {
			return nil, err
		}
		defer th.Leave()
		return Call0(th, f)
	}
	_, err := Call0(th, f)
	if got := coreErrText(err); got != "RecursionError: maximum recursion depth exceeded" {
		t.Errorf("got %q", got)
	}
	if th.Depth() != 0 {
		t.Errorf("depth = %d after unwinding", th.Depth())
	}
}
