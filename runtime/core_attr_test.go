package py

import (
	"sync"
	"testing"
)

// TestDescriptorPrecedence: data descriptors beat the instance dict, which
// beats non-data descriptors and plain class attributes.
func TestDescriptorPrecedence(t *testing.T) {
	th := NewThread()
	getter := func(tag string) *Function {
		return coreFn("__get__", []string{"self", "obj", "owner"}, func(th *Thread, a []Object) (Object, error) { return NewStr(tag), nil })
	}
	setter := coreFn("__set__", []string{"self", "obj", "v"}, func(th *Thread, a []Object) (Object, error) {
		return None, instanceDict(a[1], true).SetItem(th, NewStr("stored"), a[2])
	})
	dataD := coreClass(t, th, "DataD", nil, nil, map[string]Object{"__get__": getter("data"), "__set__": setter})
	nonData := coreClass(t, th, "NonData", nil, nil, map[string]Object{"__get__": getter("nondata")})
	dv, _ := Call0(th, dataD)
	nv, _ := Call0(th, nonData)
	c := coreClass(t, th, "C", nil, nil, map[string]Object{"d": dv, "n": nv, "plain": Int(1)})
	obj, _ := Call0(th, c)
	d := obj.(*Instance).Dict
	d.SetStr(NewStr("d"), NewStr("inst-d"))
	d.SetStr(NewStr("n"), NewStr("inst-n"))
	d.SetStr(NewStr("plain"), NewStr("inst-plain"))
	for name, want := range map[string]string{"d": "data", "n": "inst-n", "plain": "inst-plain"} {
		v, err := GetAttr(th, obj, NewStr(name))
		if err != nil || coreStr(t, th, v) != want {
			t.Errorf("obj.%s = %v, %v; want %s", name, v, err, want)
		}
		var cache AttrCache
		for i := 0; i < 2; i++ {
			v, err = GetAttrCached(th, obj, NewStr(name), &cache)
			if err != nil || coreStr(t, th, v) != want {
				t.Errorf("cached obj.%s = %v, %v; want %s", name, v, err, want)
			}
		}
	}
	// Class access: __get__(None, C).
	if v, _ := GetAttr(th, c, NewStr("n")); coreStr(t, th, v) != "nondata" {
		t.Errorf("C.n = %v", v)
	}
	// Assignment goes through the data descriptor's __set__.
	if err := SetAttr(th, obj, NewStr("d"), Int(7)); err != nil {
		t.Fatal(err)
	}
	if v := d.GetStr(NewStr("stored")); !Is(v, Int(7)) {
		t.Errorf("__set__ not called: stored = %v", v)
	}
	_, err := GetAttr(th, obj, NewStr("missing"))
	if got := coreErrText(err); got != "AttributeError: 'C' object has no attribute 'missing'" {
		t.Errorf("got %q", got)
	}
	_, err = GetAttr(th, c, NewStr("missing"))
	if got := coreErrText(err); got != "AttributeError: type object 'C' has no attribute 'missing'" {
		t.Errorf("got %q", got)
	}
}

func TestGetattrHooks(t *testing.T) {
	th := NewThread()
	ga := coreFn("__getattr__", []string{"self", "name"}, func(th *Thread, a []Object) (Object, error) {
		if a[1].(*Str).String() == "nope" {
			return nil, NewError(AttributeErrorType, "custom nope")
		}
		return NewStr("dyn-" + a[1].(*Str).String()), nil
	})
	c := coreClass(t, th, "C", nil, nil, map[string]Object{"__getattr__": ga, "real": Int(1)})
	obj, _ := Call0(th, c)
	var cache AttrCache
	for i := 0; i < 2; i++ {
		if v, err := GetAttrCached(th, obj, NewStr("x"), &cache); err != nil || coreStr(t, th, v) != "dyn-x" {
			t.Errorf("obj.x = %v, %v", v, err)
		}
	}
	if v, _ := GetAttr(th, obj, NewStr("real")); !Is(v, Int(1)) {
		t.Errorf("obj.real = %v", v)
	}
	if ok, _ := HasAttr(th, obj, NewStr("nope")); ok {
		t.Error("hasattr nope")
	}
	_, err := GetAttr(th, obj, NewStr("nope"))
	if coreErrText(err) != "AttributeError: custom nope" {
		t.Errorf("got %q", coreErrText(err))
	}
	var seen []string
	gattr := coreFn("__getattribute__", []string{"self", "name"}, func(th *Thread, a []Object) (Object, error) {
		seen = append(seen, a[1].(*Str).String())
		return ObjectType.Dict.GetStr(Intern("__getattribute__")).(*SlotWrapper).Call(th, a[0], a[1:], nil)
	})
	sa := coreFn("__setattr__", []string{"self", "name", "v"}, func(th *Thread, a []Object) (Object, error) {
		seen = append(seen, "set "+a[1].(*Str).String())
		return None, GenericSetAttr(th, a[0], a[1].(*Str), a[2])
	})
	d := coreClass(t, th, "D", nil, nil, map[string]Object{"__getattribute__": gattr, "__setattr__": sa})
	o2, _ := Call0(th, d)
	if err := SetAttr(th, o2, NewStr("y"), Int(2)); err != nil {
		t.Fatal(err)
	}
	if v, err := GetAttrCached(th, o2, NewStr("y"), &AttrCache{}); err != nil || !Is(v, Int(2)) {
		t.Errorf("o2.y = %v %v", v, err)
	}
	if len(seen) != 2 || seen[0] != "set y" || seen[1] != "y" {
		t.Errorf("seen = %v", seen)
	}
}

func TestPropertyAndSlots(t *testing.T) {
	th := NewThread()
	want := corePyErrors(t, `
class C:
    @property
    def x(self): return 1
    __slots__ = ("a",)
c = C()
`, []string{"c.x = 2", "del c.x", "c.a", "c.b = 1", "print(c.x)"})
	get := coreFn("x", []string{"self"}, func(th *Thread, a []Object) (Object, error) { return Int(1), nil })
	prop, err := Call1(th, PropertyType, get)
	if err != nil {
		t.Fatal(err)
	}
	c := coreClass(t, th, "C", nil, nil, map[string]Object{"x": prop, "__slots__": NewTuple([]Object{NewStr("a")})})
	obj, _ := Call0(th, c)
	errs := []error{
		SetAttr(th, obj, NewStr("x"), Int(2)),
		DelAttr(th, obj, NewStr("x")),
	}
	_, err = GetAttr(th, obj, NewStr("a"))
	errs = append(errs, err, SetAttr(th, obj, NewStr("b"), Int(1)))
	_, err = GetAttr(th, obj, NewStr("x"))
	errs = append(errs, err)
	for i, err := range errs {
		if got := coreErrText(err); got != want[i] && !(want[i] == "1" && err == nil) {
			t.Errorf("case %d: got %q, want %q", i, got, want[i])
		}
	}
	if err := SetAttr(th, obj, NewStr("a"), Int(5)); err != nil {
		t.Fatal(err)
	}
	if v, _ := GetAttr(th, obj, NewStr("a")); !Is(v, Int(5)) {
		t.Errorf("c.a = %v", v)
	}
	// Setter via prop.setter(f).
	var stored Object
	set := coreFn("x", []string{"self", "v"}, func(th *Thread, a []Object) (Object, error) { stored = a[1]; return None, nil })
	p2, err := CallMethod1(th, prop, Intern("setter"), set)
	if err != nil {
		t.Fatal(err)
	}
	d := coreClass(t, th, "D", nil, nil, map[string]Object{"x": p2})
	od, _ := Call0(th, d)
	if err := SetAttr(th, od, NewStr("x"), Int(9)); err != nil || !Is(stored, Int(9)) {
		t.Errorf("setter: %v, stored %v", err, stored)
	}
}

func TestClassAndStaticMethod(t *testing.T) {
	th := NewThread()
	cm, _ := Call1(th, ClassMethodType, coreFn("make", []string{"cls"}, func(th *Thread, a []Object) (Object, error) { return a[0], nil }))
	sm, _ := Call1(th, StaticMethodType, coreFn("util", []string{"x"}, func(th *Thread, a []Object) (Object, error) { return a[0], nil }))
	c := coreClass(t, th, "C", nil, nil, map[string]Object{"make": cm, "util": sm})
	d := coreClass(t, th, "D", []Object{c}, nil, nil)
	obj, _ := Call0(th, d)
	if r, err := CallMethod0(th, obj, Intern("make")); err != nil || r != d {
		t.Errorf("d.make() = %v, %v", r, err)
	}
	if r, err := CallMethod0(th, d, Intern("make")); err != nil || r != d {
		t.Errorf("D.make() = %v, %v", r, err)
	}
	if r, err := CallMethod1(th, obj, Intern("util"), Int(3)); err != nil || !Is(r, Int(3)) {
		t.Errorf("d.util(3) = %v, %v", r, err)
	}
}

func TestBuiltinMethodDescriptors(t *testing.T) {
	th := NewThread()
	join, err := GetAttr(th, StrType, Intern("join"))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Call2(th, join, NewStr("-"), NewList([]Object{NewStr("a"), NewStr("b")}))
	if err != nil || coreStr(t, th, r) != "a-b" {
		t.Errorf("str.join = %v, %v", r, err)
	}
	want := corePyErrors(t, "", []string{"str.join(1, [])", "str.join()", "int.__add__(1)", "(1).real = 2"})
	_, e1 := Call2(th, join, Int(1), NewList(nil))
	_, e2 := Call0(th, join)
	add, _ := GetAttr(th, IntType, Intern("__add__"))
	_, e3 := Call1(th, add, Int(1))
	e4 := SetAttr(th, Int(1), Intern("real"), Int(2))
	for i, err := range []error{e1, e2, e3, e4} {
		if got := coreErrText(err); got != want[i] {
			t.Errorf("case %d: got %q, want %q", i, got, want[i])
		}
	}
	r, err = CallMethod1(th, Int(2), Intern("__add__"), Int(3))
	if err != nil || !Is(r, Int(5)) {
		t.Errorf("(2).__add__(3) = %v, %v", r, err)
	}
	// super().__init__ through object's slot wrapper.
	init := ObjectType.Dict.GetStr(Intern("__init__"))
	if _, err := Call1(th, init, NewList(nil)); err != nil {
		t.Errorf("object.__init__([]) = %v", err)
	}
}

// TestAttrCacheConcurrentPatching reads an attribute through one cache
// from several goroutines while another goroutine keeps replacing the
// class attribute; run with -race.
func TestAttrCacheConcurrentPatching(t *testing.T) {
	th := NewThread()
	c := coreClass(t, th, "C", nil, nil, map[string]Object{"v": Int(0)})
	obj, _ := Call0(th, c)
	var cache AttrCache
	name := Intern("v")
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		th := NewThread()
		for i := 1; i <= 2000; i++ {
			if err := SetAttr(th, c, name, Int(i)); err != nil {
				t.Error(err)
				return
			}
		}
		close(stop)
	}()
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread()
			last := int64(-1)
			for {
				v, err := GetAttrCached(th, obj, name, &cache)
				if err != nil {
					t.Error(err)
					return
				}
				n := int64(v.(Int))
				if n < last {
					t.Errorf("went back from %d to %d", last, n)
					return
				}
				last = n
				select {
				case <-stop:
					v, _ := GetAttrCached(th, obj, name, &cache)
					if !Is(v, Int(2000)) {
						t.Errorf("final value %v", v)
					}
					return
				default:
				}
			}
		}()
	}
	wg.Wait()
}

// TestSlotUpdateOnAssignment: assigning a special method to a class after
// creation updates its (and its subclasses') behaviour.
func TestSlotUpdateOnAssignment(t *testing.T) {
	th := NewThread()
	a := coreClass(t, th, "A", nil, nil, nil)
	b := coreClass(t, th, "B", []Object{a}, nil, nil)
	ib, _ := Call0(th, b)
	if _, err := Len(th, ib); err == nil {
		t.Fatal("len(B()) worked before __len__")
	}
	SetAttr(th, a, Intern("__len__"), coreFn("__len__", []string{"self"}, func(th *Thread, x []Object) (Object, error) { return Int(4), nil }))
	if n, err := Len(th, ib); err != nil || n != 4 {
		t.Errorf("len(B()) = %d, %v", n, err)
	}
	SetAttr(th, a, Intern("__repr__"), coreFn("__repr__", []string{"self"}, func(th *Thread, x []Object) (Object, error) { return NewStr("<A!>"), nil }))
	if r, _ := Repr(th, ib); r.String() != "<A!>" {
		t.Errorf("repr = %q", r.String())
	}
}
