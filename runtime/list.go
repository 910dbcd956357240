package py

import "sync"

// List is a Python list. Every operation holds mu, so operations that are
// atomic in CPython (append, pop, item assignment, ...) are atomic here.
// The lock is never held while Python code runs (comparisons, __index__,
// iteration of another object): items are read under the lock one at a
// time, or as a snapshot, and the length is re-checked on every step.
type List struct {
	mu    sync.Mutex
	items []Object
	// mods counts mutations; list.sort uses it to detect changes made by
	// comparison functions ("list modified during sort").
	mods uint32
}

// Type returns ListType.
func (l *List) Type() *Type { return ListType }

// NewList makes a list that owns items.
func NewList(items []Object) *List { return &List{items: items} }

// NewListFromIter makes a list of the items of an iterable (list(it)).
func NewListFromIter(th *Thread, it Object) (*List, error) {
	items, err := contCollect(th, it)
	if err != nil {
		return nil, err
	}
	if t, ok := it.(*Tuple); ok {
		items = append([]Object(nil), t.Items...)
	}
	return &List{items: items}, nil
}

// asList returns the list value of o: a *List or an instance of a list
// subclass.
func asList(o Object) (*List, bool) {
	switch v := o.(type) {
	case *List:
		return v, true
	case *Instance:
		if l, ok := v.Base.(*List); ok {
			return l, true
		}
	}
	return nil, false
}

// Append adds v at the end (list.append).
func (l *List) Append(v Object) {
	l.mu.Lock()
	l.items = append(l.items, v)
	l.mods++
	l.mu.Unlock()
}

// Items returns a snapshot of the items (a new slice the caller owns).
func (l *List) Items() []Object {
	l.mu.Lock()
	out := make([]Object, len(l.items))
	copy(out, l.items)
	l.mu.Unlock()
	return out
}

// Len returns the number of items.
func (l *List) Len() int {
	l.mu.Lock()
	n := len(l.items)
	l.mu.Unlock()
	return n
}

// At returns item i (0 <= i), or false when i is past the end. Loops over
// a list that may change use it: they see every item that stays in place
// and never read out of range.
func (l *List) At(i int) (Object, bool) {
	l.mu.Lock()
	if i < 0 || i >= len(l.items) {
		l.mu.Unlock()
		return nil, false
	}
	v := l.items[i]
	l.mu.Unlock()
	return v, true
}

// SetItems replaces the contents with items (which the list then owns).
func (l *List) SetItems(items []Object) {
	l.mu.Lock()
	l.items = items
	l.mods++
	l.mu.Unlock()
}

// Extend appends the items of an iterable (list.extend, +=).
func (l *List) Extend(th *Thread, it Object) error {
	var items []Object
	switch v := it.(type) {
	case *List:
		items = v.Items()
	case *Tuple:
		items = v.Items
	default:
		var err error
		if items, err = contCollect(th, it); err != nil {
			return err
		}
	}
	l.mu.Lock()
	l.items = append(l.items, items...)
	l.mods++
	l.mu.Unlock()
	return nil
}

// Pop removes and returns item i (negative counts from the end).
func (l *List) Pop(i int) (Object, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.items)
	if n == 0 {
		return nil, NewError(IndexErrorType, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, NewError(IndexErrorType, "pop index out of range")
	}
	v := l.items[i]
	copy(l.items[i:], l.items[i+1:])
	l.items[n-1] = nil
	l.items = l.items[:n-1]
	l.mods++
	return v, nil
}

// Insert inserts v before index i, clamped as list.insert does.
func (l *List) Insert(i int, v Object) {
	l.mu.Lock()
	n := len(l.items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	l.items = append(l.items, nil)
	copy(l.items[i+1:], l.items[i:])
	l.items[i] = v
	l.mods++
	l.mu.Unlock()
}

// listGetItem implements l[i] and l[a:b:c].
func listGetItem(th *Thread, o, key Object) (Object, error) {
	l, _ := asList(o)
	if i, ok := key.(Int); ok {
		l.mu.Lock()
		n := len(l.items)
		j := int(i)
		if j < 0 {
			j += n
		}
		if j < 0 || j >= n {
			l.mu.Unlock()
			return nil, NewError(IndexErrorType, "list index out of range")
		}
		v := l.items[j]
		l.mu.Unlock()
		return v, nil
	}
	if s, ok := key.(*Slice); ok {
		start, stop, step, err := s.bounds(th)
		if err != nil {
			return nil, err
		}
		l.mu.Lock()
		n := contAdjustSlice(len(l.items), &start, &stop, step)
		items := contSliceItems(l.items, start, step, n)
		l.mu.Unlock()
		return NewList(items), nil
	}
	i, ok, err := contIndexValue(th, key)
	if err != nil {
		return nil, seqIndexError(err, key)
	}
	if !ok {
		return nil, NewError(TypeErrorType, "list indices must be integers or slices, not %s", key.Type().Name)
	}
	return listGetItem(th, o, Int(i))
}

// listSetItem implements l[i] = v, l[a:b:c] = iterable, and (v nil) del.
func listSetItem(th *Thread, o, key, v Object) error {
	l, _ := asList(o)
	if s, ok := key.(*Slice); ok {
		return l.setSlice(th, s, v)
	}
	i, ok, err := contIndexValue(th, key)
	if err != nil {
		return seqIndexError(err, key)
	}
	if !ok {
		return NewError(TypeErrorType, "list indices must be integers or slices, not %s", key.Type().Name)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	n := len(l.items)
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		if v == nil {
			return NewError(IndexErrorType, "list assignment index out of range")
		}
		return NewError(IndexErrorType, "list assignment index out of range")
	}
	if v == nil {
		copy(l.items[i:], l.items[i+1:])
		l.items[n-1] = nil
		l.items = l.items[:n-1]
	} else {
		l.items[i] = v
	}
	l.mods++
	return nil
}

// setSlice implements slice assignment and deletion (v nil).
func (l *List) setSlice(th *Thread, s *Slice, v Object) error {
	start, stop, step, err := s.bounds(th)
	if err != nil {
		return err
	}
	var src []Object
	if v != nil {
		if v == Object(l) {
			src = l.Items()
		} else if src, err = contCollect(th, v); err != nil {
			if e, ok := err.(*BaseException); ok && e.Type() == TypeErrorType && v.Type().Slots.Iter == nil {
				if step == 1 {
					return NewError(TypeErrorType, "can only assign an iterable")
				}
				return NewError(TypeErrorType, "must assign iterable to extended slice")
			}
			return err
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	n := contAdjustSlice(len(l.items), &start, &stop, step)
	if step == 1 {
		if stop < start {
			stop = start
		}
		tail := len(l.items) - stop
		newLen := start + len(src) + tail
		if newLen > cap(l.items) || len(src) > stop-start {
			grown := make([]Object, newLen, newLen+newLen/8)
			copy(grown, l.items[:start])
			copy(grown[start:], src)
			copy(grown[start+len(src):], l.items[stop:])
			l.items = grown
		} else {
			copy(l.items[start:], src)
			copy(l.items[start+len(src):], l.items[stop:])
			for i := newLen; i < len(l.items); i++ {
				l.items[i] = nil
			}
			l.items = l.items[:newLen]
		}
		l.mods++
		return nil
	}
	if v == nil {
		// Extended-slice deletion: keep the items not selected.
		if n == 0 {
			return nil
		}
		if step < 0 {
			start, step = start+step*(n-1), -step
		}
		out := l.items[:start]
		next := start
		for i := start; i < len(l.items); i++ {
			if i == next && n > 0 {
				next += step
				n--
				continue
			}
			out = append(out, l.items[i])
		}
		for i := len(out); i < len(l.items); i++ {
			l.items[i] = nil
		}
		l.items = out
		l.mods++
		return nil
	}
	if len(src) != n {
		return NewError(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(src), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.items[j] = src[i]
	}
	l.mods++
	return nil
}

// listRepr is repr(list) with "[...]" for recursive lists.
func listRepr(th *Thread, o Object) (Object, error) {
	l, _ := asList(o)
	items := l.Items()
	if len(items) == 0 {
		return NewStr("[]"), nil
	}
	if !contReprEnter(th, o) {
		return NewStr("[...]"), nil
	}
	defer contReprLeave(th, o)
	buf, err := contReprItems(th, []byte{'['}, items)
	if err != nil {
		return nil, err
	}
	return NewStr(string(append(buf, ']'))), nil
}

func listGetter(l *List) (func(int) Object, func() int) {
	return func(i int) Object {
		v, _ := l.At(i)
		return v
	}, l.Len
}

// listCompare is the Compare slot of list.
func listCompare(th *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok1 := asList(a)
	y, ok2 := asList(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	ag, al := listGetter(x)
	bg, bl := listGetter(y)
	r, err := seqRichCompare(th, op, ag, bg, al, bl)
	if err != nil {
		return nil, err
	}
	return Bool(r), nil
}

// listContains is `x in l`: items are read one at a time under the lock
// and compared outside it.
func listContains(th *Thread, o, item Object) (bool, error) {
	l, _ := asList(o)
	for i := 0; ; i++ {
		x, ok := l.At(i)
		if !ok {
			return false, nil
		}
		if Is(x, item) {
			return true, nil
		}
		eq, err := CompareBool(th, OpEQ, x, item)
		if err != nil || eq {
			return eq, err
		}
	}
}

// listIterator iterates over a list by index, re-checking the length on
// each step as CPython's list iterator does.
type listIterator struct {
	l       *List
	i       int // guarded by l.mu, so a shared iterator is safe
	done    bool
	reverse bool
}

// ListIteratorType and ListReverseIteratorType are the types of iter(list)
// and reversed(list).
var (
	ListIteratorType        = newBuiltinType("list_iterator", ObjectType, 0)
	ListReverseIteratorType = newBuiltinType("list_reverseiterator", ObjectType, 0)
)

func (it *listIterator) Type() *Type {
	if it.reverse {
		return ListReverseIteratorType
	}
	return ListIteratorType
}

func listIterNext(th *Thread, o Object) (Object, error) {
	it := o.(*listIterator)
	l := it.l
	l.mu.Lock()
	if it.done || it.i < 0 || it.i >= len(l.items) {
		it.done = true
		l.mu.Unlock()
		return nil, nil
	}
	v := l.items[it.i]
	if it.reverse {
		it.i--
	} else {
		it.i++
	}
	l.mu.Unlock()
	return v, nil
}

func listIterLen(th *Thread, o Object) (int, error) {
	it := o.(*listIterator)
	it.l.mu.Lock()
	defer it.l.mu.Unlock()
	if it.done {
		return 0, nil
	}
	n := len(it.l.items)
	if it.reverse {
		if it.i < n {
			return it.i + 1, nil
		}
		return 0, nil
	}
	if it.i < n {
		return n - it.i, nil
	}
	return 0, nil
}

func init() {
	s := &ListType.Slots
	s.Repr = listRepr
	s.Hash = contUnhashable
	s.Len = func(th *Thread, o Object) (int, error) {
		l, _ := asList(o)
		return l.Len(), nil
	}
	s.Bool = func(th *Thread, o Object) (bool, error) {
		l, _ := asList(o)
		return l.Len() > 0, nil
	}
	s.Compare = listCompare
	s.GetItem = listGetItem
	s.SetItem = listSetItem
	s.DelItem = func(th *Thread, o, key Object) error { return listSetItem(th, o, key, nil) }
	s.Contains = listContains
	s.Iter = func(th *Thread, o Object) (Object, error) {
		l, _ := asList(o)
		return &listIterator{l: l}, nil
	}
	s.Binary[OpAdd] = func(th *Thread, a, b Object) (Object, error) {
		x, _ := asList(a)
		y, ok := asList(b)
		if !ok {
			return nil, NewError(TypeErrorType, "can only concatenate list (not \"%s\") to list", b.Type().Name)
		}
		xs, ys := x.Items(), y.Items()
		return NewList(append(xs, ys...)), nil
	}
	s.InPlace[OpAdd] = func(th *Thread, a, b Object) (Object, error) {
		x, _ := asList(a)
		if err := x.Extend(th, b); err != nil {
			return nil, err
		}
		return a, nil
	}
	mul := func(th *Thread, a, b Object) (Object, error) {
		l, _ := asList(a)
		n, ok, err := contIndexValue(th, b)
		if err != nil {
			return nil, err
		}
		if !ok {
			return NotImplemented, nil
		}
		items, err := tupleMul(l.Items(), n)
		if err != nil {
			return nil, err
		}
		return NewList(items), nil
	}
	s.Binary[OpMul] = mul
	s.RBinary[OpMul] = mul
	s.InPlace[OpMul] = func(th *Thread, a, b Object) (Object, error) {
		l, _ := asList(a)
		n, ok, err := contIndexValue(th, b)
		if err != nil {
			return nil, err
		}
		if !ok {
			return NotImplemented, nil
		}
		l.mu.Lock()
		defer l.mu.Unlock()
		items, err := tupleMul(l.items, n)
		if err != nil {
			return nil, err
		}
		l.items = items
		l.mods++
		return a, nil
	}
	s.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if cls == ListType {
			return &List{}, nil
		}
		inst := NewInstance(cls)
		inst.Base = &List{}
		return inst, nil
	}
	s.Init = func(th *Thread, self Object, args []Object, kw *KwArgs) error {
		if kw.Len() > 0 {
			return NewError(TypeErrorType, "list() takes no keyword arguments")
		}
		if len(args) > 1 {
			return NewError(TypeErrorType, "list expected at most 1 argument, got %d", len(args))
		}
		l, _ := asList(self)
		var items []Object
		if len(args) == 1 {
			nl, err := NewListFromIter(th, args[0])
			if err != nil {
				return err
			}
			items = nl.items
		}
		l.SetItems(items)
		return nil
	}

	for _, t := range []*Type{ListIteratorType, ListReverseIteratorType} {
		t.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
		t.Slots.Next = listIterNext
		contDefMethods(t, contMethod{"__length_hint__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			n, _ := listIterLen(th, self)
			return Int(n), nil
		}})
	}

	contDefMethods(ListType, listMethods...)
}

// contUnhashable is the Hash slot of mutable containers.
func contUnhashable(th *Thread, o Object) (int64, error) {
	return 0, NewError(TypeErrorType, "unhashable type: '%s'", o.Type().Name)
}
