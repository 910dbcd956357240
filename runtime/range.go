package py

import "sync/atomic"

// Range is a range object over int64 values (CPython allows arbitrary
// ints; ranges beyond int64 raise OverflowError here). len, `in` and
// index are O(1) for ints.
type Range struct {
	Start, Stop, Step int64
	n                 int64 // number of items
}

// Type returns RangeType.
func (r *Range) Type() *Type { return RangeType }

// NewRange returns range(start, stop, step); step must not be 0.
func NewRange(start, stop, step int64) *Range {
	return &Range{Start: start, Stop: stop, Step: step, n: rangeLen(start, stop, step)}
}

// Len returns the number of items.
func (r *Range) Len() int { return int(r.n) }

// At returns item i (0 <= i < Len).
func (r *Range) At(i int) int64 { return r.Start + int64(i)*r.Step }

func rangeLen(start, stop, step int64) int64 {
	if step > 0 {
		if start >= stop {
			return 0
		}
		return int64((uint64(stop)-uint64(start)-1)/uint64(step) + 1)
	}
	if start <= stop {
		return 0
	}
	return int64((uint64(start)-uint64(stop)-1)/(uint64(-(step+1))+1) + 1)
}

// rangeArg converts a range() argument.
func rangeArg(th *Thread, o Object) (int64, error) {
	n, ok, err := contIndexValue(th, o)
	if err != nil {
		if e, isExc := err.(*BaseException); isExc && e.Type() == OverflowErrorType {
			return 0, NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return 0, err
	}
	if !ok {
		return 0, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	return int64(n), nil
}

// rangeContains is the O(1) membership test for an int x.
func (r *Range) containsInt(x int64) bool {
	if r.n == 0 {
		return false
	}
	if r.Step > 0 {
		if x < r.Start || x >= r.Stop {
			return false
		}
	} else if x > r.Start || x <= r.Stop {
		return false
	}
	return (x-r.Start)%r.Step == 0
}

// rangeIterator iterates over a range.
type rangeIterator struct {
	start, step int64
	n           int64
	i           atomic.Int64 // next index, claimed atomically
}

// RangeIteratorType is the type of iter(range(...)).
var RangeIteratorType = newBuiltinType("range_iterator", ObjectType, 0)

func (it *rangeIterator) Type() *Type { return RangeIteratorType }

func rangeSelf(o Object) *Range { return o.(*Range) }

func init() {
	s := &RangeType.Slots
	s.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "range() takes no keyword arguments")
		}
		var v [3]int64
		for i, a := range args {
			if i >= 3 {
				break
			}
			n, err := rangeArg(th, a)
			if err != nil {
				return nil, err
			}
			v[i] = n
		}
		switch len(args) {
		case 1:
			return NewRange(0, v[0], 1), nil
		case 2:
			return NewRange(v[0], v[1], 1), nil
		case 3:
			if v[2] == 0 {
				return nil, NewError(ValueErrorType, "range() arg 3 must not be zero")
			}
			return NewRange(v[0], v[1], v[2]), nil
		case 0:
			return nil, NewError(TypeErrorType, "range expected at least 1 argument, got 0")
		}
		return nil, NewError(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
	}
	s.Repr = func(th *Thread, o Object) (Object, error) {
		r := rangeSelf(o)
		if r.Step == 1 {
			return NewStr("range(" + contItoa64(r.Start) + ", " + contItoa64(r.Stop) + ")"), nil
		}
		return NewStr("range(" + contItoa64(r.Start) + ", " + contItoa64(r.Stop) + ", " + contItoa64(r.Step) + ")"), nil
	}
	s.Len = func(th *Thread, o Object) (int, error) { return rangeSelf(o).Len(), nil }
	s.Bool = func(th *Thread, o Object) (bool, error) { return rangeSelf(o).n > 0, nil }
	s.Hash = func(th *Thread, o Object) (int64, error) {
		r := rangeSelf(o)
		t := []Object{Int(r.n), None, None}
		if r.n > 0 {
			t[1] = Int(r.Start)
			if r.n > 1 {
				t[2] = Int(r.Step)
			}
		}
		return tupleHashItems(th, t)
	}
	s.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := a.(*Range)
		y, ok2 := b.(*Range)
		if !ok1 || !ok2 || (op != OpEQ && op != OpNE) {
			return NotImplemented, nil
		}
		eq := x.n == y.n && (x.n == 0 || x.Start == y.Start && (x.n == 1 || x.Step == y.Step))
		return Bool(eq == (op == OpEQ)), nil
	}
	s.Contains = func(th *Thread, o, x Object) (bool, error) {
		r := rangeSelf(o)
		switch v := x.(type) {
		case Int:
			return r.containsInt(int64(v)), nil
		case Bool:
			if v {
				return r.containsInt(1), nil
			}
			return r.containsInt(0), nil
		}
		for i := 0; i < r.Len(); i++ {
			eq, err := CompareBool(th, OpEQ, Int(r.At(i)), x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	s.GetItem = func(th *Thread, o, key Object) (Object, error) {
		r := rangeSelf(o)
		if sl, ok := key.(*Slice); ok {
			start, stop, step, n, err := sl.Indices(th, r.Len())
			if err != nil {
				return nil, err
			}
			_ = stop
			nr := &Range{Start: r.Start + int64(start)*r.Step, Step: r.Step * int64(step), n: int64(n)}
			nr.Stop = r.Start + int64(stop)*r.Step
			return nr, nil
		}
		i, err := contSeqIndex(th, key, r.Len(), "range object")
		if err != nil {
			return nil, err
		}
		return Int(r.At(i)), nil
	}
	s.Iter = func(th *Thread, o Object) (Object, error) {
		r := rangeSelf(o)
		return &rangeIterator{start: r.Start, step: r.Step, n: r.n}, nil
	}
	DefMethod(RangeType, "__reversed__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		r := rangeSelf(self)
		last := r.Start
		if r.n > 0 {
			last = r.At(int(r.n - 1))
		}
		return &rangeIterator{start: last, step: -r.Step, n: r.n}, nil
	})
	DefMethod(RangeType, "index", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("range.index", args, kw); err != nil {
			return nil, err
		}
		r := rangeSelf(self)
		if v, ok := args[0].(Int); ok {
			if r.containsInt(int64(v)) {
				return Int((int64(v) - r.Start) / r.Step), nil
			}
		} else {
			for i := 0; i < r.Len(); i++ {
				eq, err := CompareBool(th, OpEQ, Int(r.At(i)), args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					return Int(i), nil
				}
			}
		}
		return nil, NewError(ValueErrorType, "%s is not in range", contReprOrEmpty(th, args[0]))
	})
	DefMethod(RangeType, "count", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("range.count", args, kw); err != nil {
			return nil, err
		}
		r := rangeSelf(self)
		if v, ok := args[0].(Int); ok {
			if r.containsInt(int64(v)) {
				return Int(1), nil
			}
			return Int(0), nil
		}
		n := 0
		for i := 0; i < r.Len(); i++ {
			eq, err := CompareBool(th, OpEQ, Int(r.At(i)), args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return Int(n), nil
	})
	for _, name := range []string{"start", "stop", "step"} {
		name := name
		DefGetter(RangeType, name, func(th *Thread, self Object) (Object, error) {
			r := rangeSelf(self)
			switch name {
			case "start":
				return Int(r.Start), nil
			case "stop":
				return Int(r.Stop), nil
			}
			return Int(r.Step), nil
		})
	}

	RangeIteratorType.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
	RangeIteratorType.Slots.Next = func(th *Thread, o Object) (Object, error) {
		it := o.(*rangeIterator)
		if it.i.Load() >= it.n {
			return nil, nil
		}
		i := it.i.Add(1) - 1
		if i >= it.n {
			return nil, nil
		}
		return Int(it.start + i*it.step), nil
	}
	DefMethod(RangeIteratorType, "__length_hint__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		it := self.(*rangeIterator)
		left := it.n - it.i.Load()
		if left < 0 {
			left = 0
		}
		return Int(left), nil
	})

	for _, name := range []string{"start", "stop", "step"} {
		name := name
		DefGetter(SliceType, name, func(th *Thread, self Object) (Object, error) {
			s := self.(*Slice)
			switch name {
			case "start":
				return s.Start, nil
			case "stop":
				return s.Stop, nil
			}
			return s.Step, nil
		})
	}
}

func contItoa64(n int64) string { return contItoa(int(n)) }
