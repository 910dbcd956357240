package py

import (
	"math/big"
	"sync/atomic"
)

// Range is a range object. Start, Stop and Step hold its values when
// they and the length fit in int64 (every range loops use); otherwise big
// holds them (range_big.go). len, `in` and index are O(1) for ints.
type Range struct {
	Start, Stop, Step int64
	n                 int64     // number of items
	big               *rangeBig // non-nil for ranges beyond int64
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

// rangeArg converts a range() argument to an int (Int or *BigInt).
func rangeArg(th *Thread, o Object) (Object, error) {
	if o.Type().Slots.Index == nil {
		if _, ok := intOf(o); !ok {
			return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
		}
	}
	return Index(th, o)
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
		if len(args) == 0 {
			return nil, NewError(TypeErrorType, "range expected at least 1 argument, got 0")
		}
		if len(args) > 3 {
			return nil, NewError(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
		}
		v := [3]Object{Int(0), nil, Int(1)}
		for i, a := range args {
			n, err := rangeArg(th, a)
			if err != nil {
				return nil, err
			}
			v[i] = n
		}
		if len(args) == 1 {
			v[0], v[1] = Int(0), v[0]
		}
		if len(args) == 3 && intSign(v[2]) == 0 {
			return nil, NewError(ValueErrorType, "range() arg 3 must not be zero")
		}
		if rangeNeedsBig(v[0], v[1], v[2]) {
			return newBigRange(v[0], v[1], v[2]), nil
		}
		return NewRange(int64(v[0].(Int)), int64(v[1].(Int)), int64(v[2].(Int))), nil
	}
	s.Repr = func(th *Thread, o Object) (Object, error) {
		r := rangeSelf(o)
		if b := r.big; b != nil {
			if b.step.Cmp(big.NewInt(1)) == 0 {
				return NewStr("range(" + b.start.String() + ", " + b.stop.String() + ")"), nil
			}
			return NewStr("range(" + b.start.String() + ", " + b.stop.String() + ", " + b.step.String() + ")"), nil
		}
		if r.Step == 1 {
			return NewStr("range(" + contItoa64(r.Start) + ", " + contItoa64(r.Stop) + ")"), nil
		}
		return NewStr("range(" + contItoa64(r.Start) + ", " + contItoa64(r.Stop) + ", " + contItoa64(r.Step) + ")"), nil
	}
	s.Len = func(th *Thread, o Object) (int, error) {
		r := rangeSelf(o)
		if r.big != nil {
			return r.bigLen()
		}
		return r.Len(), nil
	}
	s.Bool = func(th *Thread, o Object) (bool, error) {
		r := rangeSelf(o)
		if r.big != nil {
			return r.big.n.Sign() > 0, nil
		}
		return r.n > 0, nil
	}
	s.Hash = func(th *Thread, o Object) (int64, error) {
		b := rangeSelf(o).asBig()
		t := []Object{bigObj(b.n), None, None}
		if b.n.Sign() > 0 {
			t[1] = bigObj(b.start)
			if b.n.Cmp(big.NewInt(1)) != 0 {
				t[2] = bigObj(b.step)
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
		var eq bool
		if x.big == nil && y.big == nil {
			eq = x.n == y.n && (x.n == 0 || x.Start == y.Start && (x.n == 1 || x.Step == y.Step))
		} else {
			eq = rangeEqual(x, y)
		}
		return Bool(eq == (op == OpEQ)), nil
	}
	s.Contains = func(th *Thread, o, x Object) (bool, error) {
		r := rangeSelf(o)
		if r.big != nil {
			if v, ok := intOf(x); ok && (x.Type() == IntType || x.Type() == BoolType) {
				return r.big.contains(bigOf(v)), nil
			}
			return false, NewError(OverflowErrorType, "membership test of a non-int in a range beyond 64-bit integers is not supported")
		}
		switch v := x.(type) {
		case *BigInt:
			return false, nil
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
		if r.big != nil {
			return r.bigGetItem(th, key)
		}
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
		if r.big != nil {
			return r.bigIter(false), nil
		}
		return &rangeIterator{start: r.Start, step: r.Step, n: r.n}, nil
	}
	DefMethod(RangeType, "__reversed__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		r := rangeSelf(self)
		if r.big != nil {
			return r.bigIter(true), nil
		}
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
		if b := r.big; b != nil {
			if v, ok := intOf(args[0]); ok && b.contains(bigOf(v)) {
				d := new(big.Int).Sub(bigOf(v), b.start)
				return bigObj(d.Quo(d, b.step)), nil
			}
		} else if v, ok := args[0].(Int); ok {
			if r.containsInt(int64(v)) {
				return Int((int64(v) - r.Start) / r.Step), nil
			}
		} else if _, isBig := args[0].(*BigInt); isBig {
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
		if r.big != nil {
			if v, ok := intOf(args[0]); ok && r.big.contains(bigOf(v)) {
				return Int(1), nil
			}
			return Int(0), nil
		}
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
			if b := r.big; b != nil {
				switch name {
				case "start":
					return bigObj(b.start), nil
				case "stop":
					return bigObj(b.stop), nil
				}
				return bigObj(b.step), nil
			}
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
