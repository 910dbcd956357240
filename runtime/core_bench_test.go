package py

import "testing"

func benchClass(b *testing.B) (*Thread, *Type, Object) {
	th := NewThread()
	m := coreFn("m", []string{"self", "x"}, nil)
	m.Body = nil
	m.Fast2 = func(th *Thread, a, b Object) (Object, error) { return b, nil }
	init := coreFn("__init__", []string{"self", "x"}, nil)
	init.Fast2 = func(th *Thread, self, x Object) (Object, error) {
		return None, SetAttr(th, self, Intern("x"), x)
	}
	c, err := coreClassErr(th, "C", nil, nil, map[string]Object{"m": m, "__init__": init, "__add__": m})
	if err != nil {
		b.Fatal(err)
	}
	obj, err := Call1(th, c, Int(1))
	if err != nil {
		b.Fatal(err)
	}
	return th, c.(*Type), obj
}

func BenchmarkCallMethod1(b *testing.B) {
	th, _, obj := benchClass(b)
	name := Intern("m")
	var c AttrCache
	for i := 0; i < b.N; i++ {
		CallMethodCached1(th, obj, name, &c, Int(1))
	}
}

func BenchmarkGetAttrCached(b *testing.B) {
	th, _, obj := benchClass(b)
	name := Intern("x")
	var c AttrCache
	for i := 0; i < b.N; i++ {
		GetAttrCached(th, obj, name, &c)
	}
}

func BenchmarkPythonAddSlot(b *testing.B) {
	th, _, obj := benchClass(b)
	for i := 0; i < b.N; i++ {
		Add(th, obj, Int(1))
	}
}

func BenchmarkNewInstance(b *testing.B) {
	th, c, _ := benchClass(b)
	for i := 0; i < b.N; i++ {
		Call1(th, c, Int(1))
	}
}

func BenchmarkLoadGlobal(b *testing.B) {
	th := NewThread()
	g := NewDict()
	name := Intern("x")
	g.SetStr(name, Int(1))
	var c GlobalCache
	for i := 0; i < b.N; i++ {
		LoadGlobal(th, g, name, &c)
	}
}

func BenchmarkLoadBuiltin(b *testing.B) {
	th := NewThread()
	g := NewDict()
	name := Intern("len")
	var c GlobalCache
	for i := 0; i < b.N; i++ {
		LoadGlobal(th, g, name, &c)
	}
}
