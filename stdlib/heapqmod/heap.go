// Package heapqmod implements Python's heapq and bisect modules in Go,
// with CPython's exact algorithms (the same sift order and comparisons),
// so results with equal keys match CPython's.
package heapqmod

import (
	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// heap is an array with a "less than" ordering.
type heap interface {
	get(i int) py.Object
	set(i int, v py.Object) error
	less(th *py.Thread, a, b py.Object) (bool, error)
}

// siftDown is CPython's _siftdown: move the item at pos up towards
// startpos until its parent is not greater.
func siftDown(th *py.Thread, h heap, startpos, pos int) error {
	newitem := h.get(pos)
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		parent := h.get(parentpos)
		lt, err := h.less(th, newitem, parent)
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		if err := h.set(pos, parent); err != nil {
			return err
		}
		pos = parentpos
	}
	return h.set(pos, newitem)
}

// siftUp is CPython's _siftup: bubble the smaller child up until
// hitting a leaf, then sift the item at pos down into place.
func siftUp(th *py.Thread, h heap, n, pos int) error {
	startpos := pos
	newitem := h.get(pos)
	childpos := 2*pos + 1
	for childpos < n {
		rightpos := childpos + 1
		if rightpos < n {
			lt, err := h.less(th, h.get(childpos), h.get(rightpos))
			if err != nil {
				return err
			}
			if !lt {
				childpos = rightpos
			}
		}
		if err := h.set(pos, h.get(childpos)); err != nil {
			return err
		}
		pos = childpos
		childpos = 2*pos + 1
	}
	if err := h.set(pos, newitem); err != nil {
		return err
	}
	return siftDown(th, h, startpos, pos)
}

// listHeap is a heap over a Python list with < (or > for max-heaps).
type listHeap struct {
	th  *py.Thread
	l   *py.List
	max bool
}

func (h listHeap) get(i int) py.Object {
	v, _ := h.l.At(i)
	return v
}
func (h listHeap) set(i int, v py.Object) error { return py.SetItem(h.th, h.l, py.Int(i), v) }
func (h listHeap) less(th *py.Thread, a, b py.Object) (bool, error) {
	if h.max {
		return py.CompareBool(th, py.OpLT, b, a)
	}
	return py.CompareBool(th, py.OpLT, a, b)
}

func heapArg(name string, o py.Object) (*py.List, error) {
	l, ok := py.Unwrap(o).(*py.List)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "%s() argument 1 must be list, not %s", name, o.Type().Name)
	}
	return l, nil
}

func heappush(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Range("heappush", args, kw, 2, 2); err != nil {
		return nil, err
	}
	l, err := heapArg("heappush", args[0])
	if err != nil {
		return nil, err
	}
	l.Append(args[1])
	return py.None, siftDown(th, listHeap{th: th, l: l}, 0, l.Len()-1)
}

func heappopImpl(th *py.Thread, name string, args []py.Object, kw *py.KwArgs, max bool) (py.Object, error) {
	if err := mu.Exactly(name, args, kw, 1); err != nil {
		return nil, err
	}
	l, err := heapArg(name, args[0])
	if err != nil {
		return nil, err
	}
	if l.Len() == 0 {
		return nil, py.NewError(py.IndexErrorType, "index out of range")
	}
	last, err := l.Pop(l.Len() - 1)
	if err != nil {
		return nil, err
	}
	if l.Len() == 0 {
		return last, nil
	}
	h := listHeap{th: th, l: l, max: max}
	ret := h.get(0)
	if err := h.set(0, last); err != nil {
		return nil, err
	}
	return ret, siftUp(th, h, l.Len(), 0)
}

func heapreplaceImpl(th *py.Thread, name string, args []py.Object, kw *py.KwArgs, max bool) (py.Object, error) {
	if err := mu.Range(name, args, kw, 2, 2); err != nil {
		return nil, err
	}
	l, err := heapArg(name, args[0])
	if err != nil {
		return nil, err
	}
	if l.Len() == 0 {
		return nil, py.NewError(py.IndexErrorType, "index out of range")
	}
	h := listHeap{th: th, l: l, max: max}
	ret := h.get(0)
	if err := h.set(0, args[1]); err != nil {
		return nil, err
	}
	return ret, siftUp(th, h, l.Len(), 0)
}

func heappushpop(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Range("heappushpop", args, kw, 2, 2); err != nil {
		return nil, err
	}
	l, err := heapArg("heappushpop", args[0])
	if err != nil {
		return nil, err
	}
	item := args[1]
	if l.Len() == 0 {
		return item, nil
	}
	h := listHeap{th: th, l: l}
	top := h.get(0)
	lt, err := py.CompareBool(th, py.OpLT, top, item)
	if err != nil || !lt {
		return item, err
	}
	if err := h.set(0, item); err != nil {
		return nil, err
	}
	return top, siftUp(th, h, l.Len(), 0)
}

func heapifyImpl(th *py.Thread, name string, args []py.Object, kw *py.KwArgs, max bool) (py.Object, error) {
	if err := mu.Exactly(name, args, kw, 1); err != nil {
		return nil, err
	}
	l, err := heapArg(name, args[0])
	if err != nil {
		return nil, err
	}
	n := l.Len()
	h := listHeap{th: th, l: l, max: max}
	for i := n/2 - 1; i >= 0; i-- {
		if err := siftUp(th, h, n, i); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

// entry is a decorated item of nsmallest/nlargest/merge: (key, order,
// value[, iterator]) compared as CPython compares such tuples.
type entry struct {
	key   py.Object
	order int
	value py.Object
	it    py.Object
}

var entryType = py.NewType("heapq_entry", "heapq", nil, 0)

func (e *entry) Type() *py.Type { return entryType }

// entryHeap is a heap of entries in a Go slice.
type entryHeap struct {
	items []py.Object
	max   bool
}

func (h *entryHeap) get(i int) py.Object          { return h.items[i] }
func (h *entryHeap) set(i int, v py.Object) error { h.items[i] = v; return nil }
func (h *entryHeap) less(th *py.Thread, a, b py.Object) (bool, error) {
	if h.max {
		a, b = b, a
	}
	return entryLess(th, a.(*entry), b.(*entry))
}

// entryLess compares (key, order) tuples: keys first (== then <), then
// the unique orders.
func entryLess(th *py.Thread, x, y *entry) (bool, error) {
	if !py.Is(x.key, y.key) {
		eq, err := py.Equal(th, x.key, y.key)
		if err != nil {
			return false, err
		}
		if !eq {
			return py.CompareBool(th, py.OpLT, x.key, y.key)
		}
	}
	return x.order < y.order, nil
}

func (h *entryHeap) heapify(th *py.Thread) error {
	n := len(h.items)
	for i := n/2 - 1; i >= 0; i-- {
		if err := siftUp(th, h, n, i); err != nil {
			return err
		}
	}
	return nil
}

func (h *entryHeap) replace(th *py.Thread, e *entry) error {
	h.items[0] = e
	return siftUp(th, h, len(h.items), 0)
}

func (h *entryHeap) pop(th *py.Thread) error {
	last := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	if len(h.items) == 0 {
		return nil
	}
	h.items[0] = last
	return siftUp(th, h, len(h.items), 0)
}
