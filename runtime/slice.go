package py

// Slice is a slice object (a[start:stop:step]); absent parts are None.
type Slice struct {
	Start, Stop, Step Object
}

// Type returns SliceType.
func (s *Slice) Type() *Type { return SliceType }

// NewSlice makes a slice; nil arguments mean None.
func NewSlice(start, stop, step Object) *Slice {
	if start == nil {
		start = None
	}
	if stop == nil {
		stop = None
	}
	if step == nil {
		step = None
	}
	return &Slice{Start: start, Stop: stop, Step: step}
}

// bounds converts the slice's parts to Go ints before they are adjusted to
// a length (CPython's PySlice_Unpack): absent start/stop become the
// extremes for the step's direction. It may call __index__.
func (s *Slice) bounds(th *Thread) (start, stop, step int, err error) {
	const maxInt = int(^uint(0) >> 1)
	step = 1
	if v, ok, err := contSliceIndex(th, s.Step); err != nil {
		return 0, 0, 0, err
	} else if ok {
		if v == 0 {
			return 0, 0, 0, NewError(ValueErrorType, "slice step cannot be zero")
		}
		step = v
		if step < -maxInt {
			step = -maxInt
		}
	}
	if v, ok, err := contSliceIndex(th, s.Start); err != nil {
		return 0, 0, 0, err
	} else if ok {
		start = v
	} else if step < 0 {
		start = maxInt
	}
	if v, ok, err := contSliceIndex(th, s.Stop); err != nil {
		return 0, 0, 0, err
	} else if ok {
		stop = v
	} else if step < 0 {
		stop = -maxInt - 1
	} else {
		stop = maxInt
	}
	return start, stop, step, nil
}

// Indices adjusts the slice to a sequence of the given length: the first
// index, the stop, the step, and the number of selected items.
func (s *Slice) Indices(th *Thread, length int) (start, stop, step, n int, err error) {
	start, stop, step, err = s.bounds(th)
	if err != nil {
		return
	}
	n = contAdjustSlice(length, &start, &stop, step)
	return
}

// sliceIndicesMethod is slice.indices(length), which (unlike subscripting)
// works on arbitrary-size ints in CPython; we support int64 lengths.
func sliceIndicesMethod(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
	if err := contArgCount("slice.indices", args, kw, 1, 1); err != nil {
		return nil, err
	}
	s := self.(*Slice)
	length, ok, err := contIndexValue(th, args[0])
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
	}
	if length < 0 {
		return nil, NewError(ValueErrorType, "length should not be negative")
	}
	start, stop, step, err := s.bounds(th)
	if err != nil {
		return nil, err
	}
	// slice.indices clamps like PySlice_AdjustIndices but never computes a
	// count, so reuse it.
	contAdjustSlice(length, &start, &stop, step)
	return NewTuple([]Object{Int(start), Int(stop), Int(step)}), nil
}

func init() {
	s := &SliceType.Slots
	s.Repr = func(th *Thread, o Object) (Object, error) {
		sl := o.(*Slice)
		buf := []byte("slice(")
		buf, err := contReprItems(th, buf, []Object{sl.Start, sl.Stop, sl.Step})
		if err != nil {
			return nil, err
		}
		return NewStr(string(append(buf, ')'))), nil
	}
	s.Hash = contUnhashable
	s.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := a.(*Slice)
		y, ok2 := b.(*Slice)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return tupleCompare(th, NewTuple([]Object{x.Start, x.Stop, x.Step}), NewTuple([]Object{y.Start, y.Stop, y.Step}), op)
	}
	s.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "slice() takes no keyword arguments")
		}
		switch len(args) {
		case 1:
			return NewSlice(nil, args[0], nil), nil
		case 2:
			return NewSlice(args[0], args[1], nil), nil
		case 3:
			return NewSlice(args[0], args[1], args[2]), nil
		case 0:
			return nil, NewError(TypeErrorType, "slice expected at least 1 argument, got 0")
		}
		return nil, NewError(TypeErrorType, "slice expected at most 3 arguments, got %d", len(args))
	}
	contDefMethods(SliceType, contMethod{"indices", sliceIndicesMethod})
}
