package py

import (
	"os"
	"testing"
)

func TestRaise(t *testing.T) {
	th := NewThread()
	want := corePyErrors(t, "", []string{"raise 1", "raise", "try:\n    1/0\nexcept 1:\n    pass", "raise ValueError from 1"})
	e1 := Raise(th, Int(1), nil)
	e2 := ReRaise(th)
	_, e3 := ExceptionMatches(th, NewException(ZeroDivisionErrorType), Int(1))
	e4 := Raise(th, ValueErrorType, Int(1))
	for i, err := range []error{e1, e2, e3, e4} {
		if got := coreErrText(err); got != want[i] {
			t.Errorf("case %d: got %q, want %q", i, got, want[i])
		}
	}
	// Raising a class instantiates it; context comes from the handled exception.
	handled := NewException(KeyErrorType, NewStr("k"))
	th.PushHandled(handled)
	err := Raise(th, ValueErrorType, nil)
	e := AsException(err)
	if e.Type() != ValueErrorType || e.Context != handled || e.SuppressContext {
		t.Errorf("raise in except: %+v", e)
	}
	if ReRaise(th) != error(handled) {
		t.Error("bare raise did not re-raise the handled exception")
	}
	err = Raise(th, NewException(TypeErrorType), None)
	if e := AsException(err); !e.SuppressContext || e.Cause != nil {
		t.Error("from None")
	}
	err = Raise(th, NewException(TypeErrorType), RuntimeErrorType)
	if e := AsException(err); e.Cause == nil || e.Cause.Type() != RuntimeErrorType {
		t.Error("from cause")
	}
	th.PopHandled()
	m, err := ExceptionMatches(th, NewException(KeyErrorType), NewTuple([]Object{ValueErrorType, LookupErrorType}))
	if !m || err != nil {
		t.Errorf("KeyError matches (ValueError, LookupError) = %v, %v", m, err)
	}
	if m, _ := ExceptionMatches(th, NewException(KeyErrorType), ValueErrorType); m {
		t.Error("KeyError matches ValueError")
	}
}

func TestMainExitStatus(t *testing.T) {
	cases := []struct {
		name string
		body func(th *Thread, m *Module) error
		want int
	}{
		{"main_ok", func(th *Thread, m *Module) error { return nil }, 0},
		{"main_exc", func(th *Thread, m *Module) error { return NewError(ValueErrorType, "x") }, 1},
		{"main_exit_none", func(th *Thread, m *Module) error { return NewException(SystemExitType) }, 0},
		{"main_exit_3", func(th *Thread, m *Module) error { return NewException(SystemExitType, Int(3)) }, 3},
		{"main_exit_str", func(th *Thread, m *Module) error { return NewException(SystemExitType, NewStr("bye")) }, 1},
		{"main_panic", func(th *Thread, m *Module) error { var x *Dict; x.Len(); return nil }, 1},
		{"main_name", func(th *Thread, m *Module) error {
			if n := m.Dict.GetStr(NewStr("__name__")); n == nil || n.(*Str).String() != "__main__" {
				return NewError(ValueErrorType, "bad __name__")
			}
			return nil
		}, 0},
	}
	// Silence stderr for the expected tracebacks.
	old := SysModule.Dict.GetStr(Intern("stderr"))
	SysModule.Dict.SetStr(Intern("stderr"), &TextWriter{})
	defer SysModule.Dict.SetStr(Intern("stderr"), old)
	for _, c := range cases {
		RegisterModule(&ModuleDef{Name: c.name, File: c.name + ".py", Body: c.body})
		sink := NewTextWriter(devNull(t), "<stderr>", 2, 4096, false)
		SysModule.Dict.SetStr(Intern("stderr"), sink)
		if got := RunMain(c.name); got != c.want {
			t.Errorf("%s: status %d, want %d", c.name, got, c.want)
		}
	}
}

func devNull(t *testing.T) *os.File {
	f, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}
