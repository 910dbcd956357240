package heapqmod

import (
	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// The bisect module.

func bisectArgs(th *py.Thread, name string, args []py.Object, kw *py.KwArgs) (a, x py.Object, lo, hi int, key py.Object, err error) {
	v, err := mu.Args(name, args, kw, []string{"a", "x", "lo", "hi", "$key"}, 2)
	if err != nil {
		return
	}
	a, x = v[0], v[1]
	if v[2] != nil {
		l, e := mu.Int64(th, v[2])
		if e != nil {
			err = e
			return
		}
		lo = int(l)
		if lo < 0 {
			err = py.NewError(py.ValueErrorType, "lo must be non-negative")
			return
		}
	}
	if v[3] == nil || v[3] == py.None {
		if hi, err = py.Len(th, a); err != nil {
			return
		}
	} else {
		h, e := mu.Int64(th, v[3])
		if e != nil {
			err = e
			return
		}
		hi = int(h)
	}
	key = v[4]
	if key == py.None {
		key = nil
	}
	return
}

// search is bisect_left (left) or bisect_right over a[lo:hi] for x
// (already key-transformed).
func search(th *py.Thread, a, x py.Object, lo, hi int, key py.Object, left bool) (int, error) {
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		item, err := py.GetItem(th, a, py.Int(mid))
		if err != nil {
			return 0, err
		}
		if key != nil {
			if item, err = py.Call1(th, key, item); err != nil {
				return 0, err
			}
		}
		var goRight bool
		if left {
			goRight, err = py.CompareBool(th, py.OpLT, item, x)
		} else {
			var lt bool
			lt, err = py.CompareBool(th, py.OpLT, x, item)
			goRight = !lt
		}
		if err != nil {
			return 0, err
		}
		if goRight {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo, nil
}

func bisectFn(name string, left bool) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, x, lo, hi, key, err := bisectArgs(th, name, args, kw)
		if err != nil {
			return nil, err
		}
		i, err := search(th, a, x, lo, hi, key, left)
		if err != nil {
			return nil, err
		}
		return py.Int(i), nil
	}
}

func insortFn(name string, left bool) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, x, lo, hi, key, err := bisectArgs(th, name, args, kw)
		if err != nil {
			return nil, err
		}
		kx := x
		if key != nil {
			if kx, err = py.Call1(th, key, x); err != nil {
				return nil, err
			}
		}
		i, err := search(th, a, kx, lo, hi, key, left)
		if err != nil {
			return nil, err
		}
		if l, ok := a.(*py.List); ok {
			l.Insert(i, x)
			return py.None, nil
		}
		_, err = py.CallMethod2(th, a, py.Intern("insert"), py.Int(i), x)
		return py.None, err
	}
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "bisect", Body: func(th *py.Thread, m *py.Module) error {
		d := mu.New(m)
		br := d.Func("bisect_right", bisectFn("bisect_right", false))
		d.Func("bisect_left", bisectFn("bisect_left", true))
		ir := d.Func("insort_right", insortFn("insort_right", false))
		d.Func("insort_left", insortFn("insort_left", true))
		d.Set("bisect", br)
		d.Set("insort", ir)
		return nil
	}})
	py.RegisterModule(&py.ModuleDef{Name: "heapq", Body: func(th *py.Thread, m *py.Module) error {
		d := mu.New(m)
		d.Func("heappush", heappush)
		d.Func("heappop", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return heappopImpl(th, "heappop", args, kw, false)
		})
		d.Func("_heappop_max", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return heappopImpl(th, "_heappop_max", args, kw, true)
		})
		d.Func("heapreplace", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return heapreplaceImpl(th, "heapreplace", args, kw, false)
		})
		d.Func("_heapreplace_max", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return heapreplaceImpl(th, "_heapreplace_max", args, kw, true)
		})
		d.Func("heappushpop", heappushpop)
		d.Func("heapify", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return heapifyImpl(th, "heapify", args, kw, false)
		})
		d.Func("_heapify_max", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return heapifyImpl(th, "_heapify_max", args, kw, true)
		})
		d.Func("nsmallest", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return nBest(th, "nsmallest", args, kw, false)
		})
		d.Func("nlargest", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return nBest(th, "nlargest", args, kw, true)
		})
		d.Func("merge", merge)
		d.Set("__all__", mu.StrList([]string{"heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"}))
		return nil
	}})
}
