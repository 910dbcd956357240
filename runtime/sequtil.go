package py

// Helpers shared by the container types: index and slice arithmetic,
// CPython's hash mixing functions, argument-count checks for built-in
// methods, and the per-thread guard that makes repr of recursive
// containers print "[...]".

import "strconv"

// contCmpResult turns a three-way comparison result c (<0, 0, >0) into
// the answer for op.
func contCmpResult(op CompareOp, c int) bool {
	switch op {
	case OpLT:
		return c < 0
	case OpLE:
		return c <= 0
	case OpEQ:
		return c == 0
	case OpNE:
		return c != 0
	case OpGT:
		return c > 0
	default:
		return c >= 0
	}
}

// contOpSymbol is the operator text used in comparison error messages.
var contOpSymbol = [...]string{"<", "<=", "==", "!=", ">", ">="}

// contIndexValue converts o to a Go int through __index__ (Int and Bool
// directly). ok is false (with a nil error) when o has no __index__.
// Values outside int64's range report OverflowError as CPython's
// PyNumber_AsSsize_t does ("cannot fit 'int' into an index-sized integer").
func contIndexValue(th *Thread, o Object) (n int, ok bool, err error) {
	switch v := o.(type) {
	case Int:
		return int(v), true, nil
	case Bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	}
	f := o.Type().Slots.Index
	if f == nil {
		return 0, false, nil
	}
	r, err := f(th, o)
	if err != nil {
		return 0, true, err
	}
	switch v := r.(type) {
	case Int:
		return int(v), true, nil
	case Bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	}
	return 0, true, NewError(OverflowErrorType, "cannot fit '%s' into an index-sized integer", o.Type().Name)
}

// contSeqIndex converts a subscript to an index into a sequence of length
// n, applying negative indexing. what names the sequence in the
// IndexError message ("list", "tuple", "range object").
func contSeqIndex(th *Thread, key Object, n int, what string) (int, error) {
	i, ok, err := contIndexValue(th, key)
	if err != nil {
		if e, isExc := err.(*BaseException); isExc && e.Type() == OverflowErrorType {
			return 0, NewError(IndexErrorType, "cannot fit '%s' into an index-sized integer", key.Type().Name)
		}
		return 0, err
	}
	if !ok {
		return 0, NewError(TypeErrorType, "%s indices must be integers or slices, not %s", what, key.Type().Name)
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, NewError(IndexErrorType, "%s index out of range", what)
	}
	return i, nil
}

// contSliceIndex converts one slice bound: None means absent; values out
// of int64's range clamp, as in CPython's _PyEval_SliceIndex.
func contSliceIndex(th *Thread, o Object) (int, bool, error) {
	if o == nil || o == None {
		return 0, false, nil
	}
	n, ok, err := contIndexValue(th, o)
	if err != nil {
		if e, isExc := err.(*BaseException); isExc && e.Type() == OverflowErrorType {
			neg, err2 := CompareBool(th, OpLT, o, Int(0))
			if err2 != nil {
				return 0, false, err2
			}
			if neg {
				return -int(^uint(0)>>1) - 1, true, nil
			}
			return int(^uint(0) >> 1), true, nil
		}
		return 0, false, err
	}
	if !ok {
		return 0, false, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
	}
	return n, true, nil
}

// contAdjustSlice clips start/stop of a slice with the given step to a
// sequence of length n and returns the number of selected items
// (CPython's PySlice_AdjustIndices).
func contAdjustSlice(n int, start, stop *int, step int) int {
	if *start < 0 {
		*start += n
		if *start < 0 {
			if step < 0 {
				*start = -1
			} else {
				*start = 0
			}
		}
	} else if *start >= n {
		if step < 0 {
			*start = n - 1
		} else {
			*start = n
		}
	}
	if *stop < 0 {
		*stop += n
		if *stop < 0 {
			if step < 0 {
				*stop = -1
			} else {
				*stop = 0
			}
		}
	} else if *stop >= n {
		if step < 0 {
			*stop = n - 1
		} else {
			*stop = n
		}
	}
	if step < 0 {
		if *stop < *start {
			return (*start-*stop-1)/(-step) + 1
		}
	} else if *start < *stop {
		return (*stop-*start-1)/step + 1
	}
	return 0
}

// contArgCount checks the number of positional arguments of a built-in
// method and rejects keyword arguments, with CPython's messages.
func contArgCount(name string, args []Object, kw *KwArgs, min, max int) error {
	if kw.Len() > 0 {
		return NewError(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max && min == 0:
		return NewError(TypeErrorType, "%s() takes no arguments (%d given)", name, n)
	case min == max && min == 1:
		return NewError(TypeErrorType, "%s() takes exactly one argument (%d given)", name, n)
	case n < min:
		return NewError(TypeErrorType, "%s expected at least %d argument%s, got %d", contShortName(name), min, pluralS(min), n)
	default:
		return NewError(TypeErrorType, "%s expected at most %d argument%s, got %d", contShortName(name), max, pluralS(max), n)
	}
}

// contShortName drops the "type." prefix of a method's qualified name.
func contShortName(name string) string {
	for i := len(name) - 1; i >= 0; i-- {
		if name[i] == '.' {
			return name[i+1:]
		}
	}
	return name
}

// contReprKey is the Thread.Data key of the set of containers whose repr
// is in progress on that thread.
type contReprKey struct{}

// contReprEnter marks o as being printed by repr on th; it returns false
// when o is already being printed (a recursive container), in which case
// the caller prints "..." and must not call contReprLeave.
func contReprEnter(th *Thread, o Object) bool {
	if th == nil {
		return true
	}
	if th.Data == nil {
		th.Data = map[any]any{}
	}
	m, _ := th.Data[contReprKey{}].(map[Object]bool)
	if m == nil {
		m = map[Object]bool{}
		th.Data[contReprKey{}] = m
	}
	if m[o] {
		return false
	}
	m[o] = true
	return true
}

// contReprLeave undoes a successful contReprEnter.
func contReprLeave(th *Thread, o Object) {
	if th == nil {
		return
	}
	if m, _ := th.Data[contReprKey{}].(map[Object]bool); m != nil {
		delete(m, o)
	}
}

// contReprItems appends repr(item) for each item, separated by ", ".
func contReprItems(th *Thread, buf []byte, items []Object) ([]byte, error) {
	for i, it := range items {
		if i > 0 {
			buf = append(buf, ", "...)
		}
		r, err := Repr(th, it)
		if err != nil {
			return nil, err
		}
		buf = append(buf, r.String()...)
	}
	return buf, nil
}

// contItoa formats an int.
func contItoa(n int) string { return strconv.Itoa(n) }

// contIterate calls fn for each item of the iterable o, stopping early
// (without error) when fn returns false.
func contIterate(th *Thread, o Object, fn func(item Object) (bool, error)) error {
	switch v := o.(type) {
	case *List:
		for i := 0; ; i++ {
			item, ok := v.At(i)
			if !ok {
				return nil
			}
			more, err := fn(item)
			if err != nil || !more {
				return err
			}
		}
	case *Tuple:
		return contIterateSlice(v.Items, fn)
	case *Dict, *DictView, *Set, *FrozenSet:
		// Built-in consumers (list(d), sorted(s), ...) see a snapshot, as
		// CPython's do: they run without releasing the GIL there.
		return contIterateSlice(contSnapshot(o), fn)
	}
	it, err := Iter(th, o)
	if err != nil {
		return err
	}
	for {
		item, err := Next(th, it)
		if err != nil {
			return err
		}
		if item == nil {
			return nil
		}
		more, err := fn(item)
		if err != nil || !more {
			return err
		}
	}
}

// contCollect returns the items of an iterable as a new Go slice (a
// snapshot for lists, the items themselves for tuples: do not modify).
func contCollect(th *Thread, o Object) ([]Object, error) {
	switch v := o.(type) {
	case *Tuple:
		return v.Items, nil
	case *List:
		return v.Items(), nil
	case *Dict, *DictView, *Set, *FrozenSet:
		return contSnapshot(o), nil
	}
	var out []Object
	if f := o.Type().Slots.Len; f != nil && o.Type().Slots.Iter != nil {
		if n, err := f(th, o); err == nil && n > 0 {
			if err := CheckAlloc(int64(n), 16); err != nil {
				return nil, err // list(range(10**12))
			}
			out = make([]Object, 0, n)
		}
	}
	err := contIterate(th, o, func(item Object) (bool, error) {
		out = append(out, item)
		return true, nil
	})
	return out, err
}

// contMethod is a built-in method of a container type, before it is
// installed in the type's dict.
type contMethod struct {
	name string
	fn   func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error)
}

// contDefMethods installs built-in methods on a type.
func contDefMethods(t *Type, ms ...contMethod) {
	for _, m := range ms {
		DefMethod(t, m.name, m.fn)
	}
}

// contCmp3 compares two ints three-way.
func contCmp3(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func contIterateSlice(items []Object, fn func(item Object) (bool, error)) error {
	for _, item := range items {
		more, err := fn(item)
		if err != nil || !more {
			return err
		}
	}
	return nil
}

// contSnapshot returns the items iteration of a dict (keys), dict view,
// set or frozenset would produce, taken atomically.
func contSnapshot(o Object) []Object {
	switch v := o.(type) {
	case *Dict:
		return v.Keys()
	case *DictView:
		return v.viewItems()
	case *Set:
		return v.Items()
	case *FrozenSet:
		return v.Items()
	}
	return nil
}

// ContainerItems returns an atomic snapshot of the items iterating over a
// built-in container yields (list, tuple, dict keys, dict views, set,
// frozenset); ok is false for other objects. Go code that consumes a
// whole iterable at once (list(x), str.join, sorted, ...) should use it:
// such consumers run without releasing the GIL in CPython, so another
// thread's mutation must not make them fail halfway.
func ContainerItems(o Object) (items []Object, ok bool) {
	switch v := o.(type) {
	case *Tuple:
		return v.Items, true
	case *List:
		return v.Items(), true
	case *Dict, *DictView, *Set, *FrozenSet:
		return contSnapshot(o), true
	}
	return nil, false
}
