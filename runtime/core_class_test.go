package py

import (
	"strings"
	"testing"
)

func TestMROC3(t *testing.T) {
	th := NewThread()
	o := coreClass(t, th, "O", nil, nil, nil)
	a := coreClass(t, th, "A", []Object{o}, nil, nil)
	b := coreClass(t, th, "B", []Object{o}, nil, nil)
	c := coreClass(t, th, "C", []Object{o}, nil, nil)
	d := coreClass(t, th, "D", []Object{o}, nil, nil)
	e := coreClass(t, th, "E", []Object{o}, nil, nil)
	k1 := coreClass(t, th, "K1", []Object{a, b, c}, nil, nil)
	k2 := coreClass(t, th, "K2", []Object{d, b, e}, nil, nil)
	k3 := coreClass(t, th, "K3", []Object{d, a}, nil, nil)
	z := coreClass(t, th, "Z", []Object{k1, k2, k3}, nil, nil)
	var names []string
	for _, m := range z.MRO {
		names = append(names, m.Name)
	}
	want := corePython(t, `
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print(" ".join(c.__name__ for c in Z.__mro__))
try:
    class Bad(A, K1): pass
except TypeError as e:
    print(str(e).replace("\n", "|"))
try:
    class Bad2(object, A): pass
except TypeError as e:
    print(str(e).replace("\n", "|"))
`)
	if got := strings.Join(names, " "); got != want[0] {
		t.Errorf("MRO = %s, want %s", got, want[0])
	}
	_, err := coreClassErr(th, "Bad", []Object{a, k1}, nil, nil)
	if got := strings.ReplaceAll(coreErrText(err), "\n", "|"); got != "TypeError: "+want[1] {
		t.Errorf("MRO error = %q, want %q", got, want[1])
	}
	_, err = coreClassErr(th, "Bad2", []Object{ObjectType, a}, nil, nil)
	if got := strings.ReplaceAll(coreErrText(err), "\n", "|"); got != "TypeError: "+want[2] {
		t.Errorf("MRO error = %q, want %q", got, want[2])
	}
}

// TestBinaryDispatch checks forward/reflected dispatch and the subclass
// priority rule against CPython.
func TestBinaryDispatch(t *testing.T) {
	th := NewThread()
	tag := func(s string) func(th *Thread, a []Object) (Object, error) {
		return func(th *Thread, a []Object) (Object, error) { return NewStr(s), nil }
	}
	ni := func(th *Thread, a []Object) (Object, error) { return NotImplemented, nil }
	a := coreClass(t, th, "A", nil, nil, map[string]Object{
		"__add__":  coreFn("__add__", []string{"self", "o"}, tag("A.add")),
		"__radd__": coreFn("__radd__", []string{"self", "o"}, tag("A.radd")),
		"__sub__":  coreFn("__sub__", []string{"self", "o"}, ni),
		"__lt__":   coreFn("__lt__", []string{"self", "o"}, tag("A.lt")),
	})
	b := coreClass(t, th, "B", []Object{a}, nil, map[string]Object{
		"__radd__": coreFn("__radd__", []string{"self", "o"}, tag("B.radd")),
		"__rsub__": coreFn("__rsub__", []string{"self", "o"}, tag("B.rsub")),
		"__gt__":   coreFn("__gt__", []string{"self", "o"}, tag("B.gt")),
	})
	c := coreClass(t, th, "C", []Object{a}, nil, nil)
	ia, _ := Call0(th, a)
	ib, _ := Call0(th, b)
	ic, _ := Call0(th, c)
	want := corePython(t, `
def tag(s): return lambda self, o: s
class A:
    __add__ = tag("A.add"); __radd__ = tag("A.radd"); __lt__ = tag("A.lt")
    def __sub__(self, o): return NotImplemented
class B(A):
    __radd__ = tag("B.radd"); __rsub__ = tag("B.rsub"); __gt__ = tag("B.gt")
class C(A): pass
a, b, c = A(), B(), C()
for f in [lambda: a + b, lambda: b + a, lambda: a + c, lambda: 1 + a, lambda: a + 1, lambda: a - b, lambda: a < b, lambda: b < a, lambda: a - 1, lambda: 1 - a, lambda: a == b, lambda: a == a]:
    try: print(f())
    except TypeError as e: print("TypeError:", e)
`)
	cases := []func() (Object, error){
		func() (Object, error) { return Add(th, ia, ib) },
		func() (Object, error) { return Add(th, ib, ia) },
		func() (Object, error) { return Add(th, ia, ic) },
		func() (Object, error) { return Add(th, Int(1), ia) },
		func() (Object, error) { return Add(th, ia, Int(1)) },
		func() (Object, error) { return Sub(th, ia, ib) },
		func() (Object, error) { return Compare(th, OpLT, ia, ib) },
		func() (Object, error) { return Compare(th, OpLT, ib, ia) },
		func() (Object, error) { return Sub(th, ia, Int(1)) },
		func() (Object, error) { return Sub(th, Int(1), ia) },
		func() (Object, error) { return Compare(th, OpEQ, ia, ib) },
		func() (Object, error) { return Compare(th, OpEQ, ia, ia) },
	}
	for i, f := range cases {
		r, err := f()
		got := ""
		if err != nil {
			got = coreErrText(err)
		} else {
			got = coreStr(t, th, r)
		}
		if got != want[i] {
			t.Errorf("case %d: got %q, want %q", i, got, want[i])
		}
	}
}

// TestInPlaceFallback: += uses __iadd__, else __add__.
func TestInPlaceFallback(t *testing.T) {
	th := NewThread()
	a := coreClass(t, th, "A", nil, nil, map[string]Object{
		"__add__": coreFn("__add__", []string{"self", "o"}, func(th *Thread, a []Object) (Object, error) { return NewStr("add"), nil }),
	})
	b := coreClass(t, th, "B", nil, nil, map[string]Object{
		"__iadd__": coreFn("__iadd__", []string{"self", "o"}, func(th *Thread, a []Object) (Object, error) { return NewStr("iadd"), nil }),
	})
	ia, _ := Call0(th, a)
	ib, _ := Call0(th, b)
	if r, err := InPlaceOp(th, OpAdd, ia, Int(1)); err != nil || coreStr(t, th, r) != "add" {
		t.Errorf("A += 1 = %v, %v", r, err)
	}
	if r, err := InPlaceOp(th, OpAdd, ib, Int(1)); err != nil || coreStr(t, th, r) != "iadd" {
		t.Errorf("B += 1 = %v, %v", r, err)
	}
	_, err := InPlaceOp(th, OpSub, Int(1), NewStr("a"))
	if got := coreErrText(err); got != "TypeError: unsupported operand type(s) for -=: 'int' and 'str'" {
		t.Errorf("got %q", got)
	}
}

// TestBuiltinSubclass: a class deriving from int and list uses their
// slots and methods on Instance.Base.
func TestBuiltinSubclass(t *testing.T) {
	th := NewThread()
	myInt := coreClass(t, th, "MyInt", []Object{IntType}, nil, nil)
	v, err := Call1(th, myInt, Int(5))
	if err != nil {
		t.Fatal(err)
	}
	if v.Type() != myInt {
		t.Fatalf("type = %s", v.Type().Name)
	}
	r, err := Add(th, v, Int(1))
	if err != nil || !Is(r, Int(6)) {
		t.Errorf("MyInt(5)+1 = %v, %v", r, err)
	}
	r, err = Add(th, Int(1), v)
	if err != nil || !Is(r, Int(6)) {
		t.Errorf("1+MyInt(5) = %v, %v", r, err)
	}
	r, err = Add(th, v, v)
	if err != nil || !Is(r, Int(10)) {
		t.Errorf("MyInt(5)+MyInt(5) = %v, %v", r, err)
	}
	if s := coreStr(t, th, v); s != "5" {
		t.Errorf("str = %q", s)
	}
	myList := coreClass(t, th, "MyList", []Object{ListType}, nil, nil)
	l, err := Call1(th, myList, NewTuple([]Object{Int(1), Int(2)}))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := CallMethod1(th, l, Intern("append"), Int(3)); err != nil {
		t.Fatal(err)
	}
	n, err := Len(th, l)
	if err != nil || n != 3 {
		t.Errorf("len = %d, %v", n, err)
	}
	if r, err := InPlaceOp(th, OpAdd, l, NewList([]Object{Int(4)})); err != nil || r != l {
		t.Errorf("l += [4] returned %v (%v), want l itself", r, err)
	}
	l.(*Instance).Dict.SetStr(NewStr("x"), Int(1))
	if s := coreStr(t, th, l); s != "[1, 2, 3, 4]" {
		t.Errorf("repr = %q", s)
	}
	myExc := coreClass(t, th, "MyErr", []Object{ValueErrorType}, nil, nil)
	e, err := Call1(th, myExc, NewStr("bad"))
	if err != nil {
		t.Fatal(err)
	}
	be, ok := e.(*BaseException)
	if !ok || be.Type() != myExc {
		t.Fatalf("MyErr() = %T", e)
	}
	if m, _ := ExceptionMatches(th, be, ValueErrorType); !m {
		t.Error("MyErr does not match ValueError")
	}
}

// TestHashRules: __eq__ without __hash__ makes a class unhashable.
func TestHashRules(t *testing.T) {
	th := NewThread()
	eq := coreFn("__eq__", []string{"self", "o"}, func(th *Thread, a []Object) (Object, error) { return True, nil })
	a := coreClass(t, th, "A", nil, nil, map[string]Object{"__eq__": eq})
	ia, _ := Call0(th, a)
	if _, err := Hash(th, ia); coreErrText(err) != "TypeError: unhashable type: 'A'" {
		t.Errorf("hash(A()) error = %q", coreErrText(err))
	}
	b := coreClass(t, th, "B", nil, nil, nil)
	ib, _ := Call0(th, b)
	if _, err := Hash(th, ib); err != nil {
		t.Errorf("hash(B()): %v", err)
	}
	c := coreClass(t, th, "C", nil, nil, map[string]Object{"__hash__": None})
	ic, _ := Call0(th, c)
	if _, err := Hash(th, ic); err == nil {
		t.Error("hash(C()) with __hash__ = None succeeded")
	}
	// != falls back to not __eq__.
	r, err := Compare(th, OpNE, ia, Int(3))
	if err != nil || r != False {
		t.Errorf("A() != 3 = %v, %v", r, err)
	}
}

func TestTypeCallMessages(t *testing.T) {
	th := NewThread()
	want := corePyErrors(t, `
class C: pass
class D:
    def __init__(self): pass
class E:
    def __new__(cls): return object.__new__(cls)
`, []string{"C(1)", "D(1)", "E(1)", "type(1, 2)", "type('X', 1, {})", "object.__new__(int)", "class F(bool): pass", "class G(int, str): pass"})
	c := coreClass(t, th, "C", nil, nil, nil)
	d := coreClass(t, th, "D", nil, nil, map[string]Object{
		"__init__": coreFn("__init__", []string{"self"}, func(th *Thread, a []Object) (Object, error) { return None, nil }),
	})
	e := coreClass(t, th, "E", nil, nil, map[string]Object{
		"__new__": coreFn("__new__", []string{"cls"}, func(th *Thread, a []Object) (Object, error) {
			return Call1(th, ObjectType.Dict.GetStr(Intern("__new__")), a[0])
		}),
	})
	objNew := ObjectType.Dict.GetStr(Intern("__new__"))
	errs := []error{}
	_, err := Call1(th, c, Int(1))
	errs = append(errs, err)
	_, err = Call1(th, d, Int(1))
	errs = append(errs, err)
	_, err = Call1(th, e, Int(1))
	errs = append(errs, err)
	_, err = Call2(th, TypeType, Int(1), Int(2))
	errs = append(errs, err)
	_, err = Call3(th, TypeType, NewStr("X"), Int(1), NewDict())
	errs = append(errs, err)
	_, err = Call1(th, objNew, IntType)
	errs = append(errs, err)
	_, err = coreClassErr(th, "F", []Object{BoolType}, nil, nil)
	errs = append(errs, err)
	_, err = coreClassErr(th, "G", []Object{IntType, StrType}, nil, nil)
	errs = append(errs, err)
	for i, err := range errs {
		if got := coreErrText(err); got != want[i] {
			t.Errorf("case %d: got %q, want %q", i, got, want[i])
		}
	}
	// type(x) and type(name, bases, dict).
	if r, _ := Call1(th, TypeType, Int(1)); r != IntType {
		t.Errorf("type(1) = %v", r)
	}
	ns := NewDict()
	ns.SetStr(NewStr("a"), Int(1))
	x, err := Call3(th, TypeType, NewStr("X"), NewTuple([]Object{IntType}), ns)
	if err != nil {
		t.Fatal(err)
	}
	inst, err := Call1(th, x, Int(5))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := Add(th, inst, Int(1)); err != nil || !Is(r, Int(6)) {
		t.Errorf("X(5)+1 = %v %v", r, err)
	}
	if v, err := GetAttr(th, inst, NewStr("a")); err != nil || !Is(v, Int(1)) {
		t.Errorf("X(5).a = %v %v", v, err)
	}
}

func TestMetaclass(t *testing.T) {
	th := NewThread()
	var log []string
	var mcls *Type
	m := coreClass(t, th, "M", []Object{TypeType}, nil, map[string]Object{
		"__call__": NewFunction(&Function{Name: "__call__", Sig: &Signature{Names: []string{"cls", "args"}, NPos: 1, HasVarArgs: true},
			Body: func(th *Thread, a []Object) (Object, error) {
				log = append(log, "call")
				return NewStr("called"), nil
			}}),
		"__new__": NewFunction(&Function{Name: "__new__", Sig: &Signature{Names: []string{"m", "name", "bases", "ns", "kw"}, NPos: 4, HasKwArgs: true},
			Body: func(th *Thread, a []Object) (Object, error) {
				log = append(log, "new "+a[1].(*Str).String())
				sup, err := Super(th, mcls, a[0])
				if err != nil {
					return nil, err
				}
				nw, err := GetAttr(th, sup, Intern("__new__"))
				if err != nil {
					return nil, err
				}
				return Call(th, nw, a[:4], nil)
			}}),
	})
	mcls = m
	c := coreClass(t, th, "C", nil, &KwArgs{Names: []*Str{NewStr("metaclass")}, Values: []Object{m}}, nil)
	if c.Type() != m {
		t.Fatalf("type(C) = %s", c.Type().Name)
	}
	r, err := Call0(th, c)
	if err != nil || coreStr(t, th, r) != "called" {
		t.Errorf("C() = %v, %v", r, err)
	}
	if strings.Join(log, ",") != "new C,call" {
		t.Errorf("log = %v", log)
	}
	// Metaclass conflict.
	n := coreClass(t, th, "N", []Object{TypeType}, nil, nil)
	dd := coreClass(t, th, "DD", nil, &KwArgs{Names: []*Str{NewStr("metaclass")}, Values: []Object{n}}, nil)
	_, err = coreClassErr(th, "X", []Object{c, dd}, nil, nil)
	if !strings.Contains(coreErrText(err), "metaclass conflict") {
		t.Errorf("conflict error = %q", coreErrText(err))
	}
}

func TestInitSubclassAndSetName(t *testing.T) {
	th := NewThread()
	var log []string
	base := coreClass(t, th, "Base", nil, nil, map[string]Object{
		"__init_subclass__": NewFunction(&Function{Name: "__init_subclass__", Sig: &Signature{Names: []string{"cls", "kw"}, NPos: 1, HasKwArgs: true},
			Body: func(th *Thread, a []Object) (Object, error) {
				r, _ := Repr(th, a[1])
				log = append(log, a[0].(*Type).Name+" "+r.String())
				return None, nil
			}}),
	})
	descr := coreClass(t, th, "Descr", nil, nil, map[string]Object{
		"__set_name__": coreFn("__set_name__", []string{"self", "owner", "name"}, func(th *Thread, a []Object) (Object, error) {
			log = append(log, "set_name "+a[1].(*Type).Name+" "+a[2].(*Str).String())
			return None, nil
		}),
	})
	dv, _ := Call0(th, descr)
	coreClass(t, th, "Sub", []Object{base}, &KwArgs{Names: []*Str{NewStr("x")}, Values: []Object{Int(1)}}, map[string]Object{"d": dv})
	if got := strings.Join(log, "|"); got != "set_name Sub d|Sub {'x': 1}" {
		t.Errorf("log = %q", got)
	}
	_, err := coreClassErr(th, "Plain", nil, &KwArgs{Names: []*Str{NewStr("x")}, Values: []Object{Int(1)}}, nil)
	if got := coreErrText(err); got != "TypeError: Plain.__init_subclass__() takes no keyword arguments" {
		t.Errorf("got %q", got)
	}
}

func TestIsInstance(t *testing.T) {
	th := NewThread()
	a := coreClass(t, th, "A", nil, nil, nil)
	ia, _ := Call0(th, a)
	for _, c := range []struct {
		cls  Object
		want bool
	}{
		{a, true}, {ObjectType, true}, {IntType, false},
		{NewTuple([]Object{IntType, NewTuple([]Object{a})}), true},
	} {
		got, err := IsInstance(th, ia, c.cls)
		if err != nil || got != c.want {
			t.Errorf("isinstance(A(), %v) = %v, %v", c.cls, got, err)
		}
	}
	if _, err := IsInstance(th, ia, Int(1)); coreErrText(err) != "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union" {
		t.Errorf("got %q", coreErrText(err))
	}
	u, err := Or(th, IntType, None)
	if err != nil {
		t.Fatal(err)
	}
	if s := coreStr(t, th, u); s != "int | None" {
		t.Errorf("int | None = %q", s)
	}
	if ok, _ := IsInstance(th, None, u); !ok {
		t.Error("isinstance(None, int | None) false")
	}
	meta := coreClass(t, th, "Meta", []Object{TypeType}, nil, map[string]Object{
		"__instancecheck__": coreFn("__instancecheck__", []string{"cls", "o"}, func(th *Thread, a []Object) (Object, error) { return True, nil }),
	})
	any := coreClass(t, th, "Any", nil, &KwArgs{Names: []*Str{NewStr("metaclass")}, Values: []Object{meta}}, nil)
	if ok, _ := IsInstance(th, Int(3), any); !ok {
		t.Error("__instancecheck__ not used")
	}
	ga, err := GetItem(th, ListType, IntType)
	if err != nil {
		t.Fatal(err)
	}
	if s := coreStr(t, th, ga); s != "list[int]" {
		t.Errorf("list[int] = %q", s)
	}
}
