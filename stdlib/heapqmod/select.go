package heapqmod

import (
	"sort"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// nsmallest, nlargest and merge, following CPython's heapq.py.

func keyOf(th *py.Thread, key, v py.Object) (py.Object, error) {
	if key == nil {
		return v, nil
	}
	return py.Call1(th, key, v)
}

func nBest(th *py.Thread, name string, args []py.Object, kw *py.KwArgs, largest bool) (py.Object, error) {
	a, err := mu.Args(name, args, kw, []string{"n", "iterable", "key"}, 2)
	if err != nil {
		return nil, err
	}
	n64, err := mu.Int64(th, a[0])
	if err != nil {
		return nil, err
	}
	n := int(n64)
	iterable, key := a[1], a[2]
	if key == py.None {
		key = nil
	}
	if n == 1 {
		var best, bestK py.Object
		err := py.ForEach(th, iterable, func(v py.Object) (bool, error) {
			k, err := keyOf(th, key, v)
			if err != nil {
				return false, err
			}
			if best == nil {
				best, bestK = v, k
				return true, nil
			}
			var better bool
			if largest {
				better, err = py.CompareBool(th, py.OpGT, k, bestK)
			} else {
				better, err = py.CompareBool(th, py.OpLT, k, bestK)
			}
			if better {
				best, bestK = v, k
			}
			return err == nil, err
		})
		if err != nil {
			return nil, err
		}
		if best == nil {
			return py.NewList(nil), nil
		}
		return py.NewList([]py.Object{best}), nil
	}
	if iterable.Type().Slots.Len != nil {
		if size, err := py.Len(th, iterable); err == nil && n >= size {
			var kw *py.KwArgs
			if key != nil || largest {
				kw = &py.KwArgs{}
				if key != nil {
					kw.Names = append(kw.Names, py.NewStr("key"))
					kw.Values = append(kw.Values, key)
				}
				if largest {
					kw.Names = append(kw.Names, py.NewStr("reverse"))
					kw.Values = append(kw.Values, py.True)
				}
			}
			sorted, err := py.Call(th, py.Builtins.GetStr(py.NewStr("sorted")), []py.Object{iterable}, kw)
			if err != nil {
				return nil, err
			}
			return py.GetItem(th, sorted, py.NewSlice(py.None, py.Int(n), py.None))
		}
	}
	if n <= 0 {
		return py.NewList(nil), nil
	}
	it, err := py.Iter(th, iterable)
	if err != nil {
		return nil, err
	}
	// nsmallest keeps a max-heap of the n best; nlargest a min-heap with
	// decreasing orders.
	h := &entryHeap{max: !largest}
	step := 1
	if largest {
		step = -1
	}
	order := 0
	for len(h.items) < n {
		v, err := py.Next(th, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			break
		}
		k, err := keyOf(th, key, v)
		if err != nil {
			return nil, err
		}
		h.items = append(h.items, &entry{key: k, order: order, value: v})
		order += step
	}
	if len(h.items) == 0 {
		return py.NewList(nil), nil
	}
	if err := h.heapify(th); err != nil {
		return nil, err
	}
	top := h.items[0].(*entry).key
	for {
		v, err := py.Next(th, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			break
		}
		k, err := keyOf(th, key, v)
		if err != nil {
			return nil, err
		}
		var better bool
		if largest {
			better, err = py.CompareBool(th, py.OpLT, top, k)
		} else {
			better, err = py.CompareBool(th, py.OpLT, k, top)
		}
		if err != nil {
			return nil, err
		}
		if better {
			if err := h.replace(th, &entry{key: k, order: order, value: v}); err != nil {
				return nil, err
			}
			top = h.items[0].(*entry).key
			order += step
		}
	}
	// result.sort() (reverse for nlargest).
	var sortErr error
	sort.SliceStable(h.items, func(i, j int) bool {
		if sortErr != nil {
			return false
		}
		x, y := h.items[i].(*entry), h.items[j].(*entry)
		if largest {
			x, y = y, x
		}
		lt, err := entryLess(th, x, y)
		if err != nil {
			sortErr = err
		}
		return lt
	})
	if sortErr != nil {
		return nil, sortErr
	}
	out := make([]py.Object, len(h.items))
	for i, e := range h.items {
		out[i] = e.(*entry).value
	}
	return py.NewList(out), nil
}

func merge(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	var key py.Object
	reverse := false
	for i := 0; i < kw.Len(); i++ {
		switch kw.Names[i].String() {
		case "key":
			key = kw.Values[i]
			if key == py.None {
				key = nil
			}
		case "reverse":
			r, err := py.Truth(th, kw.Values[i])
			if err != nil {
				return nil, err
			}
			reverse = r
		default:
			return nil, py.NewError(py.TypeErrorType, "merge() got an unexpected keyword argument '%s'", kw.Names[i].String())
		}
	}
	its := make([]py.Object, len(args))
	for i, a := range args {
		it, err := py.Iter(th, a)
		if err != nil {
			return nil, err
		}
		its[i] = it
	}
	return py.NewGenerator(th, "merge", "merge", func(th *py.Thread, y *py.Yielder) (py.Object, error) {
		h := &entryHeap{max: reverse}
		dir := 1
		if reverse {
			dir = -1
		}
		for order, it := range its {
			v, err := py.Next(th, it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				continue
			}
			k, err := keyOf(th, key, v)
			if err != nil {
				return nil, err
			}
			h.items = append(h.items, &entry{key: k, order: order * dir, value: v, it: it})
		}
		if err := h.heapify(th); err != nil {
			return nil, err
		}
		for len(h.items) > 1 {
			s := h.items[0].(*entry)
			if _, err := y.Yield(s.value); err != nil {
				return nil, err
			}
			v, err := py.Next(th, s.it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				if err := h.pop(th); err != nil {
					return nil, err
				}
				continue
			}
			k, err := keyOf(th, key, v)
			if err != nil {
				return nil, err
			}
			if err := h.replace(th, &entry{key: k, order: s.order, value: v, it: s.it}); err != nil {
				return nil, err
			}
		}
		if len(h.items) == 1 {
			s := h.items[0].(*entry)
			if _, err := y.Yield(s.value); err != nil {
				return nil, err
			}
			if _, err := y.YieldFrom(th, s.it); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	}), nil
}
