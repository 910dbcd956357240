package py

import "sync/atomic"

// Tuple is a Python tuple. Its items never change after creation, so it
// needs no lock.
type Tuple struct {
	Items []Object
}

// Type returns TupleType.
func (t *Tuple) Type() *Type { return TupleType }

// EmptyTuple is the shared empty tuple.
var EmptyTuple = &Tuple{}

// NewTuple makes a tuple that owns items.
func NewTuple(items []Object) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{Items: items}
}

// NewTupleFromIter makes a tuple of the items of an iterable (tuple(it)).
func NewTupleFromIter(th *Thread, it Object) (*Tuple, error) {
	if t, ok := it.(*Tuple); ok {
		return t, nil
	}
	items, err := contCollect(th, it)
	if err != nil {
		return nil, err
	}
	return NewTuple(items), nil
}

// Len returns the number of items.
func (t *Tuple) Len() int { return len(t.Items) }

// asTuple returns the tuple value of o: a *Tuple or an instance of a
// tuple subclass.
func asTuple(o Object) (*Tuple, bool) {
	switch v := o.(type) {
	case *Tuple:
		return v, true
	case *Instance:
		if t, ok := v.Base.(*Tuple); ok {
			return t, true
		}
	}
	return nil, false
}

// The constants of CPython's xxHash-based tuple hash.
const (
	tupleXXPrime1 uint64 = 11400714785074694791
	tupleXXPrime2 uint64 = 14029467366897019727
	tupleXXPrime5 uint64 = 2870177450012600261
)

// tupleHashItems is CPython 3.11's tuplehash over the given items, so
// hash((1, 2)) prints the same number as CPython.
func tupleHashItems(th *Thread, items []Object) (int64, error) {
	acc := tupleXXPrime5
	for _, it := range items {
		h, err := Hash(th, it)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * tupleXXPrime2
		acc = acc<<31 | acc>>33
		acc *= tupleXXPrime1
	}
	acc += uint64(len(items)) ^ (tupleXXPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// seqRichCompare compares two item slices lexicographically as CPython's
// list and tuple comparisons do: find the first index where items differ
// (by ==), then compare those items with op, or compare the lengths.
// get(i) fetches an item (nil past the end), so lists can be read under
// their locks while they may change.
func seqRichCompare(th *Thread, op CompareOp, a, b func(i int) Object, alen, blen func() int) (bool, error) {
	if (op == OpEQ || op == OpNE) && alen() != blen() {
		return op == OpNE, nil
	}
	i := 0
	for {
		x, y := a(i), b(i)
		if x == nil || y == nil {
			break
		}
		if !Is(x, y) {
			eq, err := CompareBool(th, OpEQ, x, y)
			if err != nil {
				return false, err
			}
			if !eq {
				switch op {
				case OpEQ:
					return false, nil
				case OpNE:
					return true, nil
				}
				return CompareBool(th, op, x, y)
			}
		}
		i++
	}
	return contCmpResult(op, contCmp3(int64(alen()), int64(blen()))), nil
}

func sliceGetter(items []Object) (func(int) Object, func() int) {
	return func(i int) Object {
			if i < len(items) {
				return items[i]
			}
			return nil
		}, func() int {
			return len(items)
		}
}

// tupleCompare is the Compare slot of tuple.
func tupleCompare(th *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok1 := asTuple(a)
	y, ok2 := asTuple(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	ag, al := sliceGetter(x.Items)
	bg, bl := sliceGetter(y.Items)
	r, err := seqRichCompare(th, op, ag, bg, al, bl)
	if err != nil {
		return nil, err
	}
	return Bool(r), nil
}

// tupleRepr is repr(tuple): "(1,)" for one item.
func tupleRepr(th *Thread, o Object) (Object, error) {
	t, _ := asTuple(o)
	if len(t.Items) == 0 {
		return NewStr("()"), nil
	}
	if !contReprEnter(th, o) {
		return NewStr("(...)"), nil
	}
	defer contReprLeave(th, o)
	buf := []byte{'('}
	buf, err := contReprItems(th, buf, t.Items)
	if err != nil {
		return nil, err
	}
	if len(t.Items) == 1 {
		buf = append(buf, ',')
	}
	buf = append(buf, ')')
	return NewStr(string(buf)), nil
}

// tupleGetItem implements t[i] and t[a:b:c].
func tupleGetItem(th *Thread, o, key Object) (Object, error) {
	t, _ := asTuple(o)
	if s, ok := key.(*Slice); ok {
		start, _, step, n, err := s.Indices(th, len(t.Items))
		if err != nil {
			return nil, err
		}
		if step == 1 && start == 0 && n == len(t.Items) {
			if _, exact := o.(*Tuple); exact {
				return t, nil
			}
		}
		return NewTuple(contSliceItems(t.Items, start, step, n)), nil
	}
	i, err := contSeqIndex(th, key, len(t.Items), "tuple")
	if err != nil {
		return nil, err
	}
	return t.Items[i], nil
}

// contSliceItems copies the n items selected by start and step.
func contSliceItems(items []Object, start, step, n int) []Object {
	out := make([]Object, n)
	if step == 1 {
		copy(out, items[start:start+n])
		return out
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = items[j]
	}
	return out
}

// seqContains reports whether item is in items (identity, then ==).
func seqContains(th *Thread, items []Object, item Object) (bool, error) {
	for _, x := range items {
		if Is(x, item) {
			return true, nil
		}
		eq, err := CompareBool(th, OpEQ, x, item)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// tupleIterator iterates over a tuple.
type tupleIterator struct {
	t *Tuple
	i atomic.Int64 // next index; claimed atomically so a shared iterator is safe
}

// TupleIteratorType is the type of iter(tuple).
var TupleIteratorType = newBuiltinType("tuple_iterator", ObjectType, 0)

func (it *tupleIterator) Type() *Type { return TupleIteratorType }

func tupleMul(items []Object, n int) ([]Object, error) {
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	if CheckAlloc(int64(n), int64(len(items))*16) != nil { // 16: an interface value
		return nil, NewException(MemoryErrorType)
	}
	out := make([]Object, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out, nil
}

func init() {
	s := &TupleType.Slots
	s.Repr = tupleRepr
	s.Hash = func(th *Thread, o Object) (int64, error) {
		t, _ := asTuple(o)
		return tupleHashItems(th, t.Items)
	}
	s.Len = func(th *Thread, o Object) (int, error) {
		t, _ := asTuple(o)
		return len(t.Items), nil
	}
	s.Bool = func(th *Thread, o Object) (bool, error) {
		t, _ := asTuple(o)
		return len(t.Items) > 0, nil
	}
	s.Compare = tupleCompare
	s.GetItem = tupleGetItem
	s.Contains = func(th *Thread, o, item Object) (bool, error) {
		t, _ := asTuple(o)
		return seqContains(th, t.Items, item)
	}
	s.Iter = func(th *Thread, o Object) (Object, error) {
		t, _ := asTuple(o)
		return &tupleIterator{t: t}, nil
	}
	s.Binary[OpAdd] = func(th *Thread, a, b Object) (Object, error) {
		x, _ := asTuple(a)
		y, ok := asTuple(b)
		if !ok {
			return nil, NewError(TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", b.Type().Name)
		}
		if len(y.Items) == 0 {
			if _, exact := a.(*Tuple); exact {
				return x, nil
			}
		}
		if len(x.Items) == 0 {
			if _, exact := b.(*Tuple); exact {
				return y, nil
			}
		}
		out := make([]Object, 0, len(x.Items)+len(y.Items))
		out = append(append(out, x.Items...), y.Items...)
		return NewTuple(out), nil
	}
	mul := func(th *Thread, a, b Object) (Object, error) {
		t, _ := asTuple(a)
		n, ok, err := contIndexValue(th, b)
		if err != nil {
			return nil, err
		}
		if !ok {
			return NotImplemented, nil
		}
		if n == 1 {
			if _, exact := a.(*Tuple); exact {
				return t, nil
			}
		}
		items, err := tupleMul(t.Items, n)
		if err != nil {
			return nil, err
		}
		return NewTuple(items), nil
	}
	s.Binary[OpMul] = mul
	s.RBinary[OpMul] = mul
	s.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if err := contArgCount("tuple", args, kw, 0, 1); err != nil {
			if kw.Len() > 0 {
				return nil, NewError(TypeErrorType, "tuple() takes no keyword arguments")
			}
			return nil, NewError(TypeErrorType, "tuple expected at most 1 argument, got %d", len(args))
		}
		t := EmptyTuple
		if len(args) == 1 {
			var err error
			if t, err = NewTupleFromIter(th, args[0]); err != nil {
				return nil, err
			}
		}
		if cls == TupleType {
			return t, nil
		}
		inst := NewInstance(cls)
		inst.Base = t
		return inst, nil
	}

	TupleIteratorType.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
	TupleIteratorType.Slots.Next = func(th *Thread, o Object) (Object, error) {
		it := o.(*tupleIterator)
		n := int64(len(it.t.Items))
		if it.i.Load() >= n {
			return nil, nil
		}
		i := it.i.Add(1) - 1
		if i >= n {
			return nil, nil
		}
		return it.t.Items[i], nil
	}

	contDefMethods(TupleType,
		contMethod{"index", tupleIndex},
		contMethod{"count", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := contArgCount("tuple.count", args, kw, 1, 1); err != nil {
				return nil, err
			}
			t, _ := asTuple(self)
			n, err := seqCount(th, t.Items, args[0])
			return Int(n), err
		}},
		contMethod{"__getnewargs__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			t, _ := asTuple(self)
			return NewTuple([]Object{NewTuple(append([]Object(nil), t.Items...))}), nil
		}},
	)
}

// seqCount counts the items equal to x.
func seqCount(th *Thread, items []Object, x Object) (int, error) {
	n := 0
	for _, it := range items {
		if Is(it, x) {
			n++
			continue
		}
		eq, err := CompareBool(th, OpEQ, it, x)
		if err != nil {
			return 0, err
		}
		if eq {
			n++
		}
	}
	return n, nil
}

// seqIndexArgs parses the optional start and stop of index(x[, start[, stop]]).
func seqIndexArgs(th *Thread, args []Object, n int) (int, int, error) {
	start, stop := 0, n
	if len(args) > 1 {
		v, _, err := contSliceIndex(th, args[1])
		if err != nil {
			return 0, 0, err
		}
		start = v
	}
	if len(args) > 2 {
		v, _, err := contSliceIndex(th, args[2])
		if err != nil {
			return 0, 0, err
		}
		stop = v
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	if stop < 0 {
		stop += n
		if stop < 0 {
			stop = 0
		}
	}
	return start, stop, nil
}

func tupleIndex(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
	if err := contArgCount("tuple.index", args, kw, 1, 3); err != nil {
		return nil, err
	}
	t, _ := asTuple(self)
	start, stop, err := seqIndexArgs(th, args, len(t.Items))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop && i < len(t.Items); i++ {
		if Is(t.Items[i], args[0]) {
			return Int(i), nil
		}
		eq, err := CompareBool(th, OpEQ, t.Items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	return nil, NewError(ValueErrorType, "tuple.index(x): x not in tuple")
}
