// Package stdtest helps the Go unit tests of the standard modules compare
// results with CPython: each case pairs a Python expression with a Go
// thunk computing the same value through the runtime API; Run evaluates
// all expressions in one python3 process and compares repr() of both (or
// "ExcType: message" when an exception is raised).
package stdtest

import (
	"fmt"
	"math"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"

	py "github.com/pygo-dev/pygo/runtime"
)

// Case is one comparison.
type Case struct {
	Py string                    // a Python expression (may use the Setup names)
	Go func() (py.Object, error) // computes the same value
	// Str compares str() instead of repr().
	Str bool
}

// Thread returns a thread for tests.
func Thread() *py.Thread { return py.NewThread() }

// Mod imports a module and returns a function that fetches its attributes.
func Mod(t *testing.T, th *py.Thread, name string) func(attr string) py.Object {
	m, err := py.ImportModule(th, name)
	if err != nil {
		t.Fatalf("import %s: %v", name, err)
	}
	return func(attr string) py.Object {
		v, err := py.GetAttr(th, m, py.NewStr(attr))
		if err != nil {
			t.Fatalf("%s.%s: %v", name, attr, err)
		}
		return v
	}
}

// Call is py.Call with keyword arguments given as name, value pairs after
// the positional ones: Call(th, f, []py.Object{a}, "key", k).
func Call(th *py.Thread, fn py.Object, args []py.Object, kwPairs ...any) (py.Object, error) {
	var kw *py.KwArgs
	if len(kwPairs) > 0 {
		kw = &py.KwArgs{}
		for i := 0; i < len(kwPairs); i += 2 {
			kw.Names = append(kw.Names, py.NewStr(kwPairs[i].(string)))
			kw.Values = append(kw.Values, kwPairs[i+1].(py.Object))
		}
	}
	return py.Call(th, fn, args, kw)
}

// Show renders a result as the Python side of Run does.
func Show(th *py.Thread, v py.Object, err error, str bool) string {
	if err != nil {
		e := py.AsException(err)
		if e == nil {
			return "GoError: " + err.Error()
		}
		s, serr := py.StrOf(th, e)
		msg := "?"
		if serr == nil {
			msg = s.String()
		}
		return e.Type().Name + ": " + msg
	}
	var s *py.Str
	if str {
		s, err = py.StrOf(th, v)
	} else {
		s, err = py.Repr(th, v)
	}
	if err != nil {
		return "repr failed: " + err.Error()
	}
	return s.String()
}

// Run evaluates every case's Python expression after setup (Python
// statements) and compares with the Go result.
func Run(t *testing.T, th *py.Thread, setup string, cases []Case) {
	t.Helper()
	var prog strings.Builder
	prog.WriteString(setup + "\n")
	prog.WriteString("def _show(f, s):\n    try:\n        v = f()\n        print(str(v) if s else repr(v))\n    except Exception as e:\n        print(type(e).__name__ + ': ' + str(e))\n")
	for _, c := range cases {
		fmt.Fprintf(&prog, "_show(lambda: (%s), %v)\nprint('\\x00')\n", c.Py, map[bool]string{true: "True", false: "False"}[c.Str])
	}
	out, err := exec.Command("python3", "-c", prog.String()).CombinedOutput()
	if err != nil {
		t.Fatalf("python3 failed: %v\n%s", err, out)
	}
	want := strings.Split(string(out), "\x00\n")
	if len(want) < len(cases) {
		t.Fatalf("python3 gave %d results for %d cases:\n%s", len(want), len(cases), out)
	}
	pass, near := 0, 0
	for i, c := range cases {
		v, err := c.Go()
		got := Show(th, v, err, c.Str)
		w := strings.TrimSuffix(want[i], "\n")
		switch {
		case got == w:
			pass++
		case nearlyEqual(got, w):
			// Go's math functions may differ from glibc's in the last
			// binary digit; such results are reported, not failed.
			t.Logf("last-digit difference (libm rounding): %s:\n  got  %s\n  want %s", c.Py, got, w)
			near++
		default:
			t.Errorf("%s:\n  got  %s\n  want %s", c.Py, got, w)
		}
	}
	t.Logf("%d/%d cases match CPython exactly, %d within rounding of the last digit", pass, len(cases), near)
}

var floatRE = regexp.MustCompile(`-?\d+\.\d+(e[-+]\d+)?|-?\d+e[-+]\d+`)

// nearlyEqual reports whether a and b differ only in floating-point
// numbers that agree to 14 significant digits (a few units in the last place).
func nearlyEqual(a, b string) bool {
	if floatRE.ReplaceAllString(a, "#") != floatRE.ReplaceAllString(b, "#") {
		return false
	}
	fa, fb := floatRE.FindAllString(a, -1), floatRE.FindAllString(b, -1)
	if len(fa) != len(fb) || len(fa) == 0 {
		return false
	}
	for i := range fa {
		x, err1 := strconv.ParseFloat(fa[i], 64)
		y, err2 := strconv.ParseFloat(fb[i], 64)
		if err1 != nil || err2 != nil {
			return false
		}
		if x != y && math.Abs(x-y) > 1e-14*math.Max(math.Abs(x), math.Abs(y)) {
			return false
		}
	}
	return true
}

// Args is a shorthand for []py.Object{...}.
func Args(a ...py.Object) []py.Object { return a }

// S makes a str.
func S(s string) py.Object { return py.NewStr(s) }

// I makes an int.
func I(i int64) py.Object { return py.Int(i) }

// F makes a float.
func F(f float64) py.Object { return py.Float(f) }

// L makes a list.
func L(items ...py.Object) py.Object { return py.NewList(items) }

// T makes a tuple.
func T(items ...py.Object) py.Object { return py.NewTuple(items) }

// Ints makes a list of ints.
func Ints(xs ...int64) py.Object {
	items := make([]py.Object, len(xs))
	for i, x := range xs {
		items[i] = py.Int(x)
	}
	return py.NewList(items)
}

// ListOf collects an iterable into a list (for iterator results).
func ListOf(th *py.Thread, v py.Object, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	items, err := py.Collect(th, v)
	if err != nil {
		return nil, err
	}
	return py.NewList(items), nil
}
