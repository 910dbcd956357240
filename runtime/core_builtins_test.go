package py

import (
	"strings"
	"testing"
)

// TestBuiltinMessages calls core built-ins with bad arguments and compares
// the errors with CPython's.
func TestBuiltinMessages(t *testing.T) {
	th := NewThread()
	stmts := []string{
		"len()", "len(1, 2)", "len(1)", "getattr(1)", "getattr(1, 2)", "getattr(1, 'x')",
		"isinstance(1, 1)", "issubclass(1, int)", "hash([])", "iter(1)", "next(1)",
		"next(iter([]))", "callable()", "vars(1)", "setattr(1, 'real', 2)", "delattr(1, 'x')",
		"id()", "repr()", "print(sep=1)", "print(end=1)", "print(1, x=2)", "dir(1, 2)",
		"object().x", "object().x = 1", "iter(1, 2)",
	}
	want := corePyErrors(t, "", stmts)
	for i, s := range stmts {
		open := strings.IndexByte(s, '(')
		name := s[:open]
		var args []Object
		var kw *KwArgs
		var got string
		switch s {
		case "len(1, 2)", "dir(1, 2)":
			args = []Object{Int(1), Int(2)}
		case "len(1)", "isinstance(1, 1)", "hash([])", "iter(1)", "next(1)", "vars(1)":
			args = []Object{Int(1), Int(1)}[:1]
			if s == "isinstance(1, 1)" {
				args = []Object{Int(1), Int(1)}
			}
			if s == "hash([])" {
				args = []Object{NewList(nil)}
			}
		case "getattr(1)":
			args = []Object{Int(1)}
		case "getattr(1, 2)":
			args = []Object{Int(1), Int(2)}
		case "getattr(1, 'x')", "delattr(1, 'x')":
			args = []Object{Int(1), NewStr("x")}
		case "issubclass(1, int)":
			args = []Object{Int(1), IntType}
		case "next(iter([]))":
			it, _ := Iter(th, NewList(nil))
			args = []Object{it}
		case "setattr(1, 'real', 2)":
			args = []Object{Int(1), NewStr("real"), Int(2)}
		case "print(sep=1)":
			kw = &KwArgs{Names: []*Str{NewStr("sep")}, Values: []Object{Int(1)}}
		case "print(end=1)":
			kw = &KwArgs{Names: []*Str{NewStr("end")}, Values: []Object{Int(1)}}
		case "print(1, x=2)":
			args = []Object{Int(1)}
			kw = &KwArgs{Names: []*Str{NewStr("x")}, Values: []Object{Int(2)}}
		case "iter(1, 2)":
			args = []Object{Int(1), Int(2)}
		case "object().x":
			o, _ := Call0(th, ObjectType)
			_, err := GetAttr(th, o, NewStr("x"))
			got = coreErrText(err)
		case "object().x = 1":
			o, _ := Call0(th, ObjectType)
			got = coreErrText(SetAttr(th, o, NewStr("x"), Int(1)))
		}
		if got == "" {
			fn := Builtins.GetStr(NewStr(name))
			if fn == nil {
				t.Errorf("builtin %s missing", name)
				continue
			}
			_, err := Call(th, fn, args, kw)
			got = coreErrText(err)
		}
		if got != want[i] {
			t.Errorf("%s: got %q, want %q", s, got, want[i])
		}
	}
}
