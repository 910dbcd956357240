package py

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestExceptionStrReprMatchCPython(t *testing.T) {
	s := NewStr
	mk := func(th *Thread, typ *Type, args ...Object) (Object, error) {
		return Call(th, typ, args, nil)
	}
	both := func(typ *Type, args ...Object) func(th *Thread) (string, error) {
		return func(th *Thread) (string, error) {
			e, err := mk(th, typ, args...)
			if err != nil {
				return "", err
			}
			st, err := ctStr(th, e, nil)
			if err != nil {
				return "", err
			}
			r, err := ctRepr(th, e, nil)
			if err != nil {
				return "", err
			}
			return ctRepr(th, ctTup(s(st), s(r), s(e.Type().Name)), nil)
		}
	}
	py := func(expr string) string {
		return "(lambda e: (str(e), repr(e), type(e).__name__))(" + expr + ")"
	}
	cases := []ctCase{
		{py("Exception()"), both(ExceptionType)},
		{py("Exception('msg')"), both(ExceptionType, s("msg"))},
		{py("Exception('a', 2)"), both(ExceptionType, s("a"), Int(2))},
		{py("ValueError(42)"), both(ValueErrorType, Int(42))},
		{py("KeyError()"), both(KeyErrorType)},
		{py("KeyError('k')"), both(KeyErrorType, s("k"))},
		{py("KeyError('a', 'b')"), both(KeyErrorType, s("a"), s("b"))},
		{py("KeyError((1, 2))"), both(KeyErrorType, ctTup(Int(1), Int(2)))},
		{py("OSError(2, 'No such file or directory', 'x')"), both(OSErrorType, Int(2), s("No such file or directory"), s("x"))},
		{py("OSError(13, 'Permission denied')"), both(OSErrorType, Int(13), s("Permission denied"))},
		{py("OSError(1, 'Operation not permitted', 'a', None, 'b')"), both(OSErrorType, Int(1), s("Operation not permitted"), s("a"), None, s("b"))},
		{py("OSError('just text')"), both(OSErrorType, s("just text"))},
		{py("OSError(999, 'odd')"), both(OSErrorType, Int(999), s("odd"))},
		{py("FileNotFoundError(2, 'gone', 'f.txt')"), both(FileNotFoundErrorType, Int(2), s("gone"), s("f.txt"))},
		{py("StopIteration(5)"), both(StopIterationType, Int(5))},
		{py("SystemExit(3)"), both(SystemExitType, Int(3))},
		{py("ImportError('no module')"), both(ImportErrorType, s("no module"))},
		{py("SyntaxError('bad', ('f.py', 3, 4, 'x = (', 3, 5))"), both(SyntaxErrorType, s("bad"), ctTup(s("f.py"), Int(3), Int(4), s("x = ("), Int(3), Int(5)))},
		{"str(UnicodeDecodeError('utf-8', b'\\xff', 0, 1, 'invalid start byte'))", func(th *Thread) (string, error) {
			// bytes objects come from the numbers work; use a list of
			// ints, which indexes the same way.
			e, err := mk(th, UnicodeDecodeErrorType, s("utf-8"), NewList(ctInts(255)), Int(0), Int(1), s("invalid start byte"))
			return ctStr(th, e, err)
		}},
		{py("UnicodeEncodeError('ascii', 'h\\xe9', 1, 2, 'ordinal not in range(128)')"), both(UnicodeEncodeErrorType, s("ascii"), s("h\u00e9"), Int(1), Int(2), s("ordinal not in range(128)"))},
		{"StopIteration(5).value, StopIteration().value, SystemExit().code, SystemExit(1, 2).code", func(th *Thread) (string, error) {
			a, _ := mk(th, StopIterationType, Int(5))
			b, _ := mk(th, StopIterationType)
			c, _ := mk(th, SystemExitType)
			d, _ := mk(th, SystemExitType, Int(1), Int(2))
			return ctRepr(th, ctTup(a.(*BaseException).Attr("value"), b.(*BaseException).Attr("value"),
				c.(*BaseException).Attr("code"), d.(*BaseException).Attr("code")), nil)
		}},
		{"(lambda e: (e.errno, e.strerror, e.filename, e.args))(OSError(2, 'nf', 'p'))", func(th *Thread) (string, error) {
			e, err := mk(th, OSErrorType, Int(2), s("nf"), s("p"))
			if err != nil {
				return "", err
			}
			var vals []Object
			for _, n := range []string{"errno", "strerror", "filename", "args"} {
				v, err := GetAttr(th, e, Intern(n))
				if err != nil {
					return "", err
				}
				vals = append(vals, v)
			}
			return ctRepr(th, NewTuple(vals), nil)
		}},
		{"(lambda e: (e.add_note('n1'), e.add_note('n2'), e.__notes__)[2])(ValueError())", func(th *Thread) (string, error) {
			e, _ := mk(th, ValueErrorType)
			ctCall(th, e, "add_note", s("n1"))
			ctCall(th, e, "add_note", s("n2"))
			v, err := GetAttr(th, e, Intern("__notes__"))
			return ctRepr(th, v, err)
		}},
		{"ValueError().add_note(5)", func(th *Thread) (string, error) {
			e, _ := mk(th, ValueErrorType)
			v, err := ctCall(th, e, "add_note", Int(5))
			return ctRepr(th, v, err)
		}},
		{"(lambda e: (e.__cause__, e.__context__, e.__suppress_context__))(ValueError())", func(th *Thread) (string, error) {
			e, _ := mk(th, ValueErrorType)
			var vals []Object
			for _, n := range []string{"__cause__", "__context__", "__suppress_context__"} {
				v, err := GetAttr(th, e, Intern(n))
				if err != nil {
					return "", err
				}
				vals = append(vals, v)
			}
			return ctRepr(th, NewTuple(vals), nil)
		}},
		{"issubclass(FileNotFoundError, OSError), issubclass(ExceptionGroup, Exception), issubclass(TabError, SyntaxError), issubclass(KeyboardInterrupt, Exception)", func(th *Thread) (string, error) {
			return ctRepr(th, ctTup(Bool(FileNotFoundErrorType.IsSubtype(OSErrorType)), Bool(ExceptionGroupType.IsSubtype(ExceptionType)),
				Bool(TabErrorType.IsSubtype(SyntaxErrorType)), Bool(KeyboardInterruptType.IsSubtype(ExceptionType))), nil)
		}},
		{"Exception(x=1)", func(th *Thread) (string, error) {
			v, err := Call(th, ExceptionType, nil, ctKw(s("x"), Int(1)))
			return ctRepr(th, v, err)
		}},
	}
	ctRunOracle(t, "", cases)
}

func TestFormatExceptionOnly(t *testing.T) {
	th := NewThread()
	cases := []struct {
		e    *BaseException
		want string
	}{
		{NewException(ValueErrorType), "ValueError"},
		{NewException(ValueErrorType, NewStr("")), "ValueError"},
		{NewException(KeyErrorType, NewStr("x")), "KeyError: 'x'"},
		{NewException(ValueErrorType, NewStr("bad value")), "ValueError: bad value"},
		{NewException(TypeErrorType, Int(1), Int(2)), "TypeError: (1, 2)"},
		{NewOSError(2, "No such file or directory", NewStr("x")), "FileNotFoundError: [Errno 2] No such file or directory: 'x'"},
	}
	for _, c := range cases {
		if got := FormatExceptionOnly(th, c.e); got != c.want {
			t.Errorf("got %q want %q", got, c.want)
		}
	}
	user := &Type{Name: "MyError", QualName: "MyError", Module: "__main__"}
	user.MRO = []*Type{user, ExceptionType, BaseExceptionType, ObjectType}
	user.Slots = ExceptionType.Slots
	if got := FormatExceptionOnly(th, NewException(user, NewStr("msg"))); got != "MyError: msg" {
		t.Errorf("__main__ class: %q", got)
	}
	user.Module = "pkg.mod"
	if got := FormatExceptionOnly(th, NewException(user, NewStr("msg"))); got != "pkg.mod.MyError: msg" {
		t.Errorf("module class: %q", got)
	}
}

// The traceback test runs this program with CPython and compares with
// the traceback printed for the same program hand-compiled below (the
// Go functions carry //line directives for ctTbFile, as generated code
// does).
const ctTbSource = `def f(n):
    if n == 0:
        raise ValueError("boom")
    return f(n - 1)

def g():
    try:
        f(6)
    except ValueError as e:
        raise KeyError("k") from e

def h():
    try:
        g()
    except KeyError:
        raise RuntimeError("during")

h()
`

const ctTbFile = "ct_tbtest.py"

var caretLine = regexp.MustCompile(`(?m)^ +[~^]+ *\n`)

func TestPrintExceptionMatchesCPython(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not available")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, ctTbFile)
	if err := os.WriteFile(path, []byte(ctTbSource), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _ := exec.Command("python3", path).CombinedOutput()
	want := strings.ReplaceAll(string(out), path, ctTbFile)
	want = caretLine.ReplaceAllString(want, "")

	if LookupModuleDef("ct_tbtest") == nil {
		RegisterModule(&ModuleDef{Name: "ct_tbtest", File: ctTbFile, Source: ctTbSource,
			Funcs: []FuncSpan{{1, 4, "f"}, {6, 10, "g"}, {12, 16, "h"}}})
	}
	th := NewThread()
	err := ctTbModule(th)
	e, ok := err.(*BaseException)
	if !ok {
		t.Fatalf("no exception: %v", err)
	}
	var b strings.Builder
	PrintException(th, &b, e)
	if b.String() != want {
		t.Errorf("traceback differs.\ngot:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestRecursionTracebackCompression(t *testing.T) {
	if LookupModuleDef("ct_tbtest") == nil {
		RegisterModule(&ModuleDef{Name: "ct_tbtest", File: ctTbFile, Source: ctTbSource,
			Funcs: []FuncSpan{{1, 4, "f"}, {6, 10, "g"}, {12, 16, "h"}}})
	}
	th := NewThread()
	err := ctTbF(th, 40)
	e := err.(*BaseException)
	tb := FormatTraceback(e)
	if !strings.Contains(tb, "  [Previous line repeated 37 more times]\n") {
		t.Errorf("no repeat line:\n%s", tb)
	}
	if n := strings.Count(tb, "line 4, in f"); n != 3 {
		t.Errorf("%d repeated frames printed, want 3:\n%s", n, tb)
	}
}

// The hand-compiled program. Keep the //line directives at column 1.

func ctTbModule(th *Thread) error {
//line ct_tbtest.py:18
	return ctTbH(th)
}

func ctTbH(th *Thread) error {
//line ct_tbtest.py:14
	err := ctTbG(th)
	if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(KeyErrorType) {
		e.MarkCaught(0)
		th.PushHandled(e)
//line ct_tbtest.py:16
		ne := NewError(RuntimeErrorType, "during")
		ne.Context = e
		th.PopHandled()
		return ne
	}
	return err
}

func ctTbG(th *Thread) error {
//line ct_tbtest.py:8
	err := ctTbF(th, 6)
	if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(ValueErrorType) {
		e.MarkCaught(0)
//line ct_tbtest.py:10
		ne := NewError(KeyErrorType, "k")
		ne.Cause, ne.SuppressContext, ne.Context = e, true, e
		ne.Args = NewTuple([]Object{NewStr("k")})
		return ne
	}
	return err
}

func ctTbF(th *Thread, n int) error {
//line ct_tbtest.py:2
	if n == 0 {
//line ct_tbtest.py:3
		return NewError(ValueErrorType, "boom")
	}
//line ct_tbtest.py:4
	return ctTbF(th, n-1)
}
