package py

// The methods of list, and list.sort: a stable merge sort that calls
// Python's < through CompareBool (with fast paths for lists of ints or
// strs), never holding the list's lock while comparing.

import (
	"cmp"
	"slices"
	"strings"
)

func listSelf(self Object) *List {
	l, _ := asList(self)
	return l
}

var listMethods = []contMethod{
	{"append", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := contArgCount("list.append", args, kw, 1, 1); err != nil {
			return nil, err
		}
		listSelf(self).Append(args[0])
		return None, nil
	}},
	{"extend", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := contArgCount("list.extend", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if args[0].Type().Slots.Iter == nil {
			return nil, NewError(TypeErrorType, "'%s' object is not iterable", args[0].Type().Name)
		}
		return None, listSelf(self).Extend(th, args[0])
	}},
	{"insert", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "list.insert() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, NewError(TypeErrorType, "insert expected 2 arguments, got %d", len(args))
		}
		i, ok, err := contIndexValue(th, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		listSelf(self).Insert(i, args[1])
		return None, nil
	}},
	{"pop", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := contArgCount("list.pop", args, kw, 0, 1); err != nil {
			return nil, err
		}
		i := -1
		if len(args) == 1 {
			v, ok, err := contIndexValue(th, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
			}
			i = v
		}
		return listSelf(self).Pop(i)
	}},
	{"remove", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := contArgCount("list.remove", args, kw, 1, 1); err != nil {
			return nil, err
		}
		l := listSelf(self)
		i, err := l.find(th, args[0], 0, -1)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, NewError(ValueErrorType, "list.remove(x): x not in list")
		}
		l.mu.Lock()
		defer l.mu.Unlock()
		if i < len(l.items) {
			copy(l.items[i:], l.items[i+1:])
			l.items[len(l.items)-1] = nil
			l.items = l.items[:len(l.items)-1]
			l.mods++
		}
		return None, nil
	}},
	{"index", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := contArgCount("list.index", args, kw, 1, 3); err != nil {
			return nil, err
		}
		l := listSelf(self)
		start, stop, err := seqIndexArgs(th, args, l.Len())
		if err != nil {
			return nil, err
		}
		i, err := l.find(th, args[0], start, stop)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, NewError(ValueErrorType, "%s is not in list", contReprOrEmpty(th, args[0]))
		}
		return Int(i), nil
	}},
	{"count", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := contArgCount("list.count", args, kw, 1, 1); err != nil {
			return nil, err
		}
		l := listSelf(self)
		n := 0
		for i := 0; ; i++ {
			x, ok := l.At(i)
			if !ok {
				break
			}
			if Is(x, args[0]) {
				n++
				continue
			}
			eq, err := CompareBool(th, OpEQ, x, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return Int(n), nil
	}},
	{"clear", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := contArgCount("list.clear", args, kw, 0, 0); err != nil {
			return nil, err
		}
		listSelf(self).SetItems(nil)
		return None, nil
	}},
	{"copy", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := contArgCount("list.copy", args, kw, 0, 0); err != nil {
			return nil, err
		}
		return NewList(listSelf(self).Items()), nil
	}},
	{"reverse", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := contArgCount("list.reverse", args, kw, 0, 0); err != nil {
			return nil, err
		}
		l := listSelf(self)
		l.mu.Lock()
		contReverse(l.items)
		l.mods++
		l.mu.Unlock()
		return None, nil
	}},
	{"__reversed__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := contArgCount("list.__reversed__", args, kw, 0, 0); err != nil {
			return nil, err
		}
		l := listSelf(self)
		return &listIterator{l: l, i: l.Len() - 1, reverse: true}, nil
	}},
	{"sort", listSortMethod},
}

// contReprOrEmpty is repr(o) for error messages (empty on failure).
func contReprOrEmpty(th *Thread, o Object) string {
	r, err := Repr(th, o)
	if err != nil {
		return ""
	}
	return r.String()
}

func contReverse(items []Object) {
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
}

// find returns the index of the first item equal to x in [start, stop)
// (stop < 0: to the end), or -1.
func (l *List) find(th *Thread, x Object, start, stop int) (int, error) {
	for i := start; stop < 0 || i < stop; i++ {
		item, ok := l.At(i)
		if !ok {
			break
		}
		if Is(item, x) {
			return i, nil
		}
		eq, err := CompareBool(th, OpEQ, item, x)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// listSortMethod is list.sort(*, key=None, reverse=False).
func listSortMethod(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
	if len(args) > 0 {
		return nil, NewError(TypeErrorType, "sort() takes no positional arguments")
	}
	var key Object
	reverse := false
	for i := 0; i < kw.Len(); i++ {
		switch kw.Names[i].String() {
		case "key":
			if kw.Values[i] != None {
				key = kw.Values[i]
			}
		case "reverse":
			r, err := contBoolArg(th, kw.Values[i])
			if err != nil {
				return nil, err
			}
			reverse = r
		default:
			return nil, NewError(TypeErrorType, "'%s' is an invalid keyword argument for sort()", kw.Names[i].String())
		}
	}
	return None, listSelf(self).Sort(th, key, reverse)
}

// contBoolArg converts an int-like flag argument (reverse=, strict=).
func contBoolArg(th *Thread, o Object) (bool, error) {
	switch v := o.(type) {
	case Bool:
		return bool(v), nil
	case Int:
		return v != 0, nil
	}
	if _, ok := intOf(o); ok {
		return Truth(th, o)
	}
	if o.Type() == FloatType {
		return false, NewError(TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	return Truth(th, o)
}

// Sort sorts the list in place, stably (list.sort). While it runs the list
// appears empty to other code, as in CPython; a change made meanwhile is
// reported as ValueError("list modified during sort").
func (l *List) Sort(th *Thread, key Object, reverse bool) error {
	l.mu.Lock()
	items := l.items
	l.items = nil
	l.mods++
	mods := l.mods
	l.mu.Unlock()

	var keys []Object
	var err error
	if key != nil {
		keys = make([]Object, len(items))
		for i, it := range items {
			if keys[i], err = Call1(th, key, it); err != nil {
				break
			}
		}
	}
	if err == nil {
		if reverse {
			contReverse(items)
			if keys != nil {
				contReverse(keys)
			}
		}
		if !contSortFast(items, keys) {
			err = contMergeSort(th, items, keys)
		}
		if reverse {
			contReverse(items)
			if keys != nil {
				contReverse(keys)
			}
		}
	}

	l.mu.Lock()
	modified := l.mods != mods
	l.items = items
	l.mods++
	l.mu.Unlock()
	if err == nil && modified {
		err = NewError(ValueErrorType, "list modified during sort")
	}
	return err
}

// sortLess is the comparison used by the merge sort: a fast path when
// both keys are ints or both strs, else CompareBool(<).
func sortLess(th *Thread, a, b Object) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x < y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return strings.Compare(x.String(), y.String()) < 0, nil
		}
	}
	return CompareBool(th, OpLT, a, b)
}

// contMergeSort sorts items stably by keys (items themselves when keys is
// nil), moving items and keys together. It stops at the first error and
// leaves items a permutation of the input.
func contMergeSort(th *Thread, items, keys []Object) error {
	n := len(items)
	if n < 2 {
		return nil
	}
	s := &contSorter{th: th, items: items, keys: keys}
	// Sort runs of 16 with binary insertion sort, then merge bottom-up.
	const run = 16
	for lo := 0; lo < n; lo += run {
		hi := lo + run
		if hi > n {
			hi = n
		}
		if err := s.insertion(lo, hi); err != nil {
			return err
		}
	}
	bufItems := make([]Object, n)
	var bufKeys []Object
	if s.keys != nil {
		bufKeys = make([]Object, n)
	}
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n-width; lo += 2 * width {
			mid := lo + width
			hi := mid + width
			if hi > n {
				hi = n
			}
			if err := s.merge(lo, mid, hi, bufItems, bufKeys); err != nil {
				return err
			}
		}
	}
	return nil
}

type contSorter struct {
	th    *Thread
	items []Object
	keys  []Object // nil: the items are the keys
}

func (s *contSorter) key(i int) Object {
	if s.keys == nil {
		return s.items[i]
	}
	return s.keys[i]
}

func (s *contSorter) less(a, b Object) (bool, error) { return sortLess(s.th, a, b) }

// insertion sorts items[lo:hi] by binary insertion (stable).
func (s *contSorter) insertion(lo, hi int) error {
	for i := lo + 1; i < hi; i++ {
		pivot := s.key(i)
		// Find the first position in [lo, i) whose key is > pivot.
		l, r := lo, i
		for l < r {
			m := int(uint(l+r) >> 1)
			lt, err := s.less(pivot, s.key(m))
			if err != nil {
				return err
			}
			if lt {
				r = m
			} else {
				l = m + 1
			}
		}
		if l == i {
			continue
		}
		it := s.items[i]
		copy(s.items[l+1:i+1], s.items[l:i])
		s.items[l] = it
		if s.keys != nil {
			copy(s.keys[l+1:i+1], s.keys[l:i])
			s.keys[l] = pivot
		}
	}
	return nil
}

// merge merges the sorted runs [lo, mid) and [mid, hi). On error the
// remaining items are copied back so nothing is lost.
func (s *contSorter) merge(lo, mid, hi int, bufItems, bufKeys []Object) error {
	// Already in order?
	lt, err := s.less(s.key(mid), s.key(mid-1))
	if err != nil {
		return err
	}
	if !lt {
		return nil
	}
	copy(bufItems[lo:hi], s.items[lo:hi])
	if s.keys != nil {
		copy(bufKeys[lo:hi], s.keys[lo:hi])
	}
	bkey := func(i int) Object {
		if s.keys == nil {
			return bufItems[i]
		}
		return bufKeys[i]
	}
	i, j, k := lo, mid, lo
	put := func(src int) {
		s.items[k] = bufItems[src]
		if s.keys != nil {
			s.keys[k] = bufKeys[src]
		}
		k++
	}
	for i < mid && j < hi {
		// Take from the right run only when strictly less (stability).
		lt, err := s.less(bkey(j), bkey(i))
		if err != nil {
			for ; i < mid; i++ {
				put(i)
			}
			for ; j < hi; j++ {
				put(j)
			}
			return err
		}
		if lt {
			put(j)
			j++
		} else {
			put(i)
			i++
		}
	}
	for ; i < mid; i++ {
		put(i)
	}
	for ; j < hi; j++ {
		put(j)
	}
	return nil
}

// contSortFast sorts without calling Python when every key is an int (or
// every key is an exact str), using Go's sorts; it reports false (and
// does nothing) otherwise. Equal ints are indistinguishable, so a list of
// ints sorted by itself needs no stability; everything else is sorted
// stably.
func contSortFast(items, keys []Object) bool {
	ks := keys
	if ks == nil {
		ks = items
	}
	allInt, allStr := true, true
	for _, k := range ks {
		switch k.(type) {
		case Int:
			allStr = false
		case *Str:
			allInt = false
		default:
			return false
		}
		if !allInt && !allStr {
			return false
		}
	}
	switch {
	case allInt && keys == nil:
		slices.SortFunc(items, func(a, b Object) int { return cmp.Compare(a.(Int), b.(Int)) })
	case allInt:
		type pair struct {
			k Int
			v Object
		}
		ps := make([]pair, len(items))
		for i := range items {
			ps[i] = pair{keys[i].(Int), items[i]}
		}
		slices.SortStableFunc(ps, func(a, b pair) int { return cmp.Compare(a.k, b.k) })
		for i := range ps {
			items[i], keys[i] = ps[i].v, ps[i].k
		}
	default:
		type pair struct {
			k string
			v Object
			o Object
		}
		ps := make([]pair, len(items))
		for i := range items {
			ps[i] = pair{ks[i].(*Str).String(), items[i], ks[i]}
		}
		slices.SortStableFunc(ps, func(a, b pair) int { return strings.Compare(a.k, b.k) })
		for i := range ps {
			items[i] = ps[i].v
			if keys != nil {
				keys[i] = ps[i].o
			}
		}
	}
	return true
}
