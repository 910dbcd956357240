package py

// Iteration: iter()/next() with the __iter__ protocol and the old
// __getitem__ sequence protocol, iter(callable, sentinel), unpacking.

// Types of the iterators made here.
var (
	SeqIterType      = newBuiltinType("iterator", ObjectType, 0)
	CallableIterType = newBuiltinType("callable_iterator", ObjectType, 0)
)

// seqIter iterates an object with __getitem__ and no __iter__.
type seqIter struct {
	seq Object // nil once exhausted
	i   int
}

func (*seqIter) Type() *Type { return SeqIterType }

// callableIter is iter(callable, sentinel).
type callableIter struct {
	fn, sentinel Object // fn nil once exhausted
}

func (*callableIter) Type() *Type { return CallableIterType }

// Iter is iter(o).
func Iter(th *Thread, o Object) (Object, error) {
	t := o.Type()
	if f := t.Slots.Iter; f != nil {
		it, err := f(th, o)
		if err != nil {
			return nil, err
		}
		if it.Type().Slots.Next == nil {
			return nil, NewError(TypeErrorType, "iter() returned non-iterator of type '%s'", it.Type().Name)
		}
		return it, nil
	}
	if t.Slots.GetItem != nil && !t.IsSubtype(DictType) {
		return &seqIter{seq: o}, nil
	}
	return nil, NewError(TypeErrorType, "'%s' object is not iterable", t.Name)
}

// Next advances an iterator: (nil, nil) when it is exhausted.
func Next(th *Thread, it Object) (Object, error) {
	if f := it.Type().Slots.Next; f != nil {
		return f(th, it)
	}
	return nil, NewError(TypeErrorType, "'%s' object is not an iterator", it.Type().Name)
}

// NewCallableIter is iter(fn, sentinel).
func NewCallableIter(fn, sentinel Object) Object { return &callableIter{fn: fn, sentinel: sentinel} }

// isStopIteration reports whether err is a StopIteration.
func isStopIteration(err error) bool {
	e, ok := err.(*BaseException)
	return ok && e.Type().IsSubtype(StopIterationType)
}

// ForEach calls fn for each item of the iterable o; fn returns false to
// stop early.
func ForEach(th *Thread, o Object, fn func(item Object) (bool, error)) error {
	if items, ok := ContainerItems(o); ok {
		for _, v := range items {
			more, err := fn(v)
			if err != nil || !more {
				return err
			}
		}
		return nil
	}
	it, err := Iter(th, o)
	if err != nil {
		return err
	}
	for {
		v, err := Next(th, it)
		if err != nil || v == nil {
			return err
		}
		more, err := fn(v)
		if err != nil || !more {
			return err
		}
	}
}

// collect returns the items of an iterable (the tuple's own slice for a
// tuple: do not modify).
func collect(th *Thread, o Object) ([]Object, error) {
	switch v := o.(type) {
	case *Tuple:
		return v.Items, nil
	case *List:
		return v.Items(), nil
	}
	var out []Object
	err := ForEach(th, o, func(item Object) (bool, error) {
		out = append(out, item)
		return true, nil
	})
	return out, err
}

// Collect returns the items of an iterable as a new slice.
func Collect(th *Thread, o Object) ([]Object, error) {
	items, err := collect(th, o)
	if err != nil {
		return nil, err
	}
	if _, ok := o.(*Tuple); ok {
		return append([]Object(nil), items...), nil
	}
	return items, nil
}

// Unpack implements `a, b = o`: exactly n items.
func Unpack(th *Thread, o Object, n int) ([]Object, error) {
	if t, ok := o.(*Tuple); ok {
		if len(t.Items) == n {
			return t.Items, nil
		}
		return nil, unpackCountError(len(t.Items), n)
	}
	if l, ok := o.(*List); ok {
		items := l.Items()
		if len(items) == n {
			return items, nil
		}
		return nil, unpackCountError(len(items), n)
	}
	it, err := unpackIter(th, o)
	if err != nil {
		return nil, err
	}
	out := make([]Object, 0, n)
	for len(out) < n {
		v, err := Next(th, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, NewError(ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, len(out))
		}
		out = append(out, v)
	}
	v, err := Next(th, it)
	if err != nil {
		return nil, err
	}
	if v != nil {
		return nil, NewError(ValueErrorType, "too many values to unpack (expected %d)", n)
	}
	return out, nil
}

func unpackIter(th *Thread, o Object) (Object, error) {
	t := o.Type()
	if t.Slots.Iter == nil && t.Slots.GetItem == nil {
		return nil, NewError(TypeErrorType, "cannot unpack non-iterable %s object", t.Name)
	}
	return Iter(th, o)
}

func unpackCountError(got, n int) error {
	if got > n {
		return NewError(ValueErrorType, "too many values to unpack (expected %d)", n)
	}
	return NewError(ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, got)
}

// UnpackEx implements `a, *b, c = o`: before items, a *List of the
// middle, after items (before+1+after results).
func UnpackEx(th *Thread, o Object, before, after int) ([]Object, error) {
	var items []Object
	switch v := o.(type) {
	case *Tuple:
		items = v.Items
	case *List:
		items = v.Items()
	default:
		if _, err := unpackIter(th, o); err != nil {
			return nil, err
		}
		var err error
		if items, err = collect(th, o); err != nil {
			return nil, err
		}
	}
	if len(items) < before+after {
		return nil, NewError(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	out := make([]Object, 0, before+after+1)
	out = append(out, items[:before]...)
	mid := append([]Object(nil), items[before:len(items)-after]...)
	out = append(out, NewList(mid))
	out = append(out, items[len(items)-after:]...)
	return out, nil
}

func init() {
	SeqIterType.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
	SeqIterType.Slots.Next = func(th *Thread, o Object) (Object, error) {
		it := o.(*seqIter)
		if it.seq == nil {
			return nil, nil
		}
		v, err := GetItem(th, it.seq, Int(it.i))
		if err != nil {
			if e, ok := err.(*BaseException); ok && (e.Type().IsSubtype(IndexErrorType) || e.Type().IsSubtype(StopIterationType)) {
				it.seq = nil
				return nil, nil
			}
			return nil, err
		}
		it.i++
		return v, nil
	}
	CallableIterType.Slots.Iter = SeqIterType.Slots.Iter
	CallableIterType.Slots.Next = func(th *Thread, o Object) (Object, error) {
		it := o.(*callableIter)
		if it.fn == nil {
			return nil, nil
		}
		v, err := Call0(th, it.fn)
		if err != nil {
			if isStopIteration(err) {
				it.fn = nil
				return nil, nil
			}
			return nil, err
		}
		eq, err := Equal(th, v, it.sentinel)
		if err != nil {
			return nil, err
		}
		if eq {
			it.fn = nil
			return nil, nil
		}
		return v, nil
	}
}
