package gointerop

import (
	"errors"
	"math/big"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	py "github.com/pygo-dev/pygo/runtime"
)

type point struct {
	X, Y int
	name string
}

func (p *point) Norm1() int { return abs(p.X) + abs(p.Y) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func init() {
	RegisterPackage("example.com/geo", map[string]any{
		"Add":   func(a, b int) int { return a + b },
		"Upper": strings.ToUpper,
		"Join":  strings.Join,
		"Sum": func(xs ...float64) float64 {
			s := 0.0
			for _, x := range xs {
				s += x
			}
			return s
		},
		"Div": func(a, b int) (int, error) {
			if b == 0 {
				return 0, errors.New("division by zero")
			}
			return a / b, nil
		},
		"Pair":  func() (string, int) { return "x", 2 },
		"Boom":  func() { panic("kaboom") },
		"Index": func(xs []int, i int) int { return xs[i] },
		"Open":  func(p string) error { _, err := os.Open(p); return err },
		"NewPt": func(x, y int) *point { return &point{X: x, Y: y, name: "p"} },
		"Counts": func(s string) map[string]int {
			m := map[string]int{}
			for _, w := range strings.Fields(s) {
				m[w]++
			}
			return m
		},
		"Map": func(xs []int, f func(int) int) []int {
			out := make([]int, len(xs))
			for i, x := range xs {
				out[i] = f(x)
			}
			return out
		},
		"TryEach": func(xs []int, f func(int) error) error {
			for _, x := range xs {
				if err := f(x); err != nil {
					return err
				}
			}
			return nil
		},
		"Big":     func() uint64 { return 1 << 63 },
		"Bytes":   func(b []byte) []byte { return append(b, '!') },
		"Answer":  42,
		"Version": "1.0",
	})
}

func geo(t *testing.T, th *py.Thread) py.Object {
	t.Helper()
	m, err := py.ImportModule(th, "__go__.example.com.geo")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func call(t *testing.T, th *py.Thread, m py.Object, name string, args ...py.Object) (py.Object, error) {
	t.Helper()
	fn, err := py.GetAttr(th, m, py.NewStr(name))
	if err != nil {
		t.Fatal(err)
	}
	return py.Call(th, fn, args, nil)
}

func repr(th *py.Thread, o py.Object) string {
	r, err := py.Repr(th, o)
	if err != nil {
		return "<repr failed: " + err.Error() + ">"
	}
	return r.String()
}

func TestCallsAndConversions(t *testing.T) {
	th := py.NewThread()
	m := geo(t, th)
	list := func(xs ...py.Object) py.Object { return py.NewList(xs) }
	cases := []struct {
		fn   string
		args []py.Object
		want string
	}{
		{"Add", []py.Object{py.Int(2), py.Int(40)}, "42"},
		{"Upper", []py.Object{py.NewStr("pygo")}, "'PYGO'"},
		{"Join", []py.Object{list(py.NewStr("a"), py.NewStr("b")), py.NewStr("-")}, "'a-b'"},
		{"Sum", []py.Object{py.Float(1.5), py.Int(2), py.Float(0.5)}, "4.0"},
		{"Sum", nil, "0.0"},
		{"Div", []py.Object{py.Int(7), py.Int(2)}, "3"},
		{"Pair", nil, "('x', 2)"},
		{"Counts", []py.Object{py.NewStr("a b a")}, ""},
		{"Big", nil, "9223372036854775808"},
		{"Bytes", []py.Object{py.NewBytes([]byte("hi"))}, "b'hi!'"},
		{"Index", []py.Object{py.NewTuple([]py.Object{py.Int(5), py.Int(6)}), py.Int(1)}, "6"},
	}
	for _, c := range cases {
		r, err := call(t, th, m, c.fn, c.args...)
		if err != nil {
			t.Errorf("%s: %v", c.fn, err)
			continue
		}
		if c.fn == "Counts" {
			d := r.(*py.Dict)
			v, _ := d.GetItem(th, py.NewStr("a"))
			if d.Len() != 2 || v != py.Int(2) {
				t.Errorf("Counts = %s", repr(th, r))
			}
			continue
		}
		if got := repr(th, r); got != c.want {
			t.Errorf("%s = %s, want %s", c.fn, got, c.want)
		}
	}
	if v := m.(*py.Module).Dict.GetStr(py.NewStr("Answer")); v != py.Int(42) {
		t.Errorf("Answer = %v", v)
	}
}

func excOf(t *testing.T, err error) (*py.Type, string) {
	t.Helper()
	if err == nil {
		t.Fatal("no exception")
	}
	e := py.AsException(err)
	msg, serr := py.StrOf(py.NewThread(), e)
	if serr != nil {
		t.Fatal(serr)
	}
	return e.Type(), msg.String()
}

func TestErrorsAndPanics(t *testing.T) {
	th := py.NewThread()
	m := geo(t, th)
	_, err := call(t, th, m, "Div", py.Int(1), py.Int(0))
	if typ, msg := excOf(t, err); typ != GoErrorType || !strings.Contains(msg, "division by zero") {
		t.Errorf("Div by zero: %s %s", typ.Name, msg)
	}
	_, err = call(t, th, m, "Boom")
	if typ, msg := excOf(t, err); typ != GoPanicType || !strings.Contains(msg, "kaboom") {
		t.Errorf("Boom: %s %s", typ.Name, msg)
	}
	_, err = call(t, th, m, "Index", py.NewList([]py.Object{py.Int(1)}), py.Int(5))
	if typ, _ := excOf(t, err); typ != GoPanicType {
		t.Errorf("index out of range: %s", typ.Name)
	}
	_, err = call(t, th, m, "Open", py.NewStr("/no/such/file"))
	if typ, _ := excOf(t, err); !typ.IsSubtype(py.OSErrorType) {
		t.Errorf("Open: %s", typ.Name)
	}
	_, err = call(t, th, m, "Upper", py.Int(3))
	if typ, msg := excOf(t, err); typ != py.TypeErrorType || msg != "Upper() argument 1 must be str, not int" {
		t.Errorf("Upper(3): %s %q", typ.Name, msg)
	}
	_, err = call(t, th, m, "Add", py.Int(1))
	if typ, _ := excOf(t, err); typ != py.TypeErrorType {
		t.Errorf("Add(1): %s", typ.Name)
	}
	big := py.NewIntFromBig(new(big.Int).Lsh(big.NewInt(1), 80))
	_, err = call(t, th, m, "Add", big, py.Int(1))
	if typ, _ := excOf(t, err); typ != py.OverflowErrorType {
		t.Errorf("Add(2**80): %s", typ.Name)
	}
}

func TestGoValuesAndCallbacks(t *testing.T) {
	th := py.NewThread()
	m := geo(t, th)
	p, err := call(t, th, m, "NewPt", py.Int(3), py.Int(-4))
	if err != nil {
		t.Fatal(err)
	}
	if x, _ := py.GetAttr(th, p, py.NewStr("X")); x != py.Int(3) {
		t.Errorf("p.X = %v", x)
	}
	if _, err := py.GetAttr(th, p, py.NewStr("name")); err == nil {
		t.Error("unexported field visible")
	}
	if err := py.SetAttr(th, p, py.NewStr("Y"), py.Int(10)); err != nil {
		t.Fatal(err)
	}
	n, err := py.CallMethod0(th, p, py.NewStr("Norm1"))
	if err != nil || n != py.Int(13) {
		t.Errorf("Norm1 = %v, %v", n, err)
	}
	double := py.NewGoFunction("double", []string{"x"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return py.Mul(th, a[0], py.Int(2))
	})
	r, err := call(t, th, m, "Map", py.NewList([]py.Object{py.Int(1), py.Int(2)}), double)
	if err != nil || repr(th, r) != "[2, 4]" {
		t.Errorf("Map = %v, %v", r, err)
	}
	failing := py.NewGoFunction("failing", []string{"x"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		if a[0] == py.Int(2) {
			return nil, py.NewError(py.ValueErrorType, "two")
		}
		return py.None, nil
	})
	_, err = call(t, th, m, "TryEach", py.NewList([]py.Object{py.Int(1), py.Int(2)}), failing)
	if typ, msg := excOf(t, err); typ != py.ValueErrorType || msg != "two" {
		t.Errorf("TryEach: %s %s", typ.Name, msg)
	}
	// An exception in a callback whose Go type has no error result
	// travels as a panic and comes back as the same exception.
	_, err = call(t, th, m, "Map", py.NewList([]py.Object{py.Int(2)}), failing)
	if typ, _ := excOf(t, err); typ != py.TypeErrorType && typ != py.ValueErrorType {
		t.Errorf("Map with failing callback: %s", typ.Name)
	}
}

func TestCallPythonFromGo(t *testing.T) {
	py.RegisterModule(&py.ModuleDef{Name: "interop_test_mod", Body: func(th *py.Thread, m *py.Module) error {
		m.Dict.SetStr(py.NewStr("scale"), py.NewGoFunction("scale", []string{"xs", "k"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
			items, err := iterItems(th, a[0])
			if err != nil {
				return nil, err
			}
			out := make([]py.Object, len(items))
			for i, it := range items {
				if out[i], err = py.Mul(th, it, a[1]); err != nil {
					return nil, err
				}
			}
			return py.NewList(out), nil
		}))
		return nil
	}})
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			v, err := Call("interop_test_mod", "scale", []int{1, 2, 3}, g)
			if err != nil {
				t.Error(err)
				return
			}
			want := []any{int64(g), int64(2 * g), int64(3 * g)}
			if !reflect.DeepEqual(v, want) {
				t.Errorf("scale = %v, want %v", v, want)
			}
		}(g)
	}
	wg.Wait()
	if _, err := Call("interop_test_mod", "missing"); err == nil {
		t.Error("calling a missing function succeeded")
	}
	f, err := FuncOf[func(int) (string, error)](py.NewGoFunction("f", []string{"x"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return py.Repr(th, a[0])
	}))
	if err != nil {
		t.Fatal(err)
	}
	if s, err := f(7); s != "7" || err != nil {
		t.Errorf("f(7) = %q, %v", s, err)
	}
}

func TestNatural(t *testing.T) {
	th := py.NewThread()
	d := py.NewDict()
	d.SetItem(th, py.NewStr("k"), py.NewList([]py.Object{py.Int(1), py.Float(2), py.None, py.True}))
	got := Natural(th, d)
	want := map[any]any{"k": []any{int64(1), 2.0, nil, true}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Natural = %#v", got)
	}
}
