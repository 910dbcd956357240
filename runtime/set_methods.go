package py

// The slots and methods of set and frozenset: the set algebra (operators
// and named methods, with CPython's iteration orders so that results print
// the same), comparisons (subset/superset), repr, and the mutators.

// newSetLike returns an empty set of the same built-in kind as o (a
// frozenset for frozensets, else a set), and its table.
func newSetLike(o Object) (Object, *Set) {
	if _, frozen, _ := asSet(o); frozen {
		f := &FrozenSet{}
		return f, &f.Set
	}
	s := &Set{}
	return s, s
}

// setCopyOf returns a new set/frozenset (kind of o) holding s's items.
func setCopyOf(th *Thread, o Object, s *Set) (Object, *Set) {
	r, rs := newSetLike(o)
	rs.mergeFrom(th, s)
	return r, rs
}

// setOther converts an argument of the named methods to a *Set (building a
// temporary set from an iterable).
func setOther(th *Thread, o Object) (*Set, error) {
	if s, _, ok := asSet(o); ok {
		return s, nil
	}
	return NewSetFromIter(th, o)
}

// setIntersection is set_intersection: iterate the smaller set (or the
// iterable) and keep what the other contains.
func setIntersection(th *Thread, selfObj Object, s *Set, other Object) (Object, error) {
	r, rs := newSetLike(selfObj)
	if os, _, ok := asSet(other); ok {
		a, b := s, os
		if os.Len() > s.Len() {
			a, b = os, s
		}
		for _, e := range a.entries() {
			b.mu.Lock()
			i, err := b.lookkey(th, e.key, e.hash)
			b.mu.Unlock()
			if err != nil {
				return nil, err
			}
			if i >= 0 {
				rs.mu.Lock()
				err = rs.addEntry(th, e.key, e.hash)
				rs.mu.Unlock()
				if err != nil {
					return nil, err
				}
			}
		}
		return r, nil
	}
	err := contIterate(th, other, func(k Object) (bool, error) {
		h, err := dictHash(th, k)
		if err != nil {
			return false, err
		}
		s.mu.Lock()
		i, err := s.lookkey(th, k, h)
		s.mu.Unlock()
		if err != nil || i < 0 {
			return err == nil, err
		}
		rs.mu.Lock()
		err = rs.addEntry(th, k, h)
		rs.mu.Unlock()
		return true, err
	})
	return r, err
}

// setDifferenceUpdate removes the items of other from s, then drops the
// dummies if more than a quarter of the table is dummies (as CPython).
func setDifferenceUpdate(th *Thread, s *Set, other Object) error {
	if os, _, ok := asSet(other); ok {
		if os == s {
			s.Clear()
			return nil
		}
		for _, e := range os.entries() {
			s.mu.Lock()
			i, err := s.lookkey(th, e.key, e.hash)
			if err == nil && i >= 0 {
				s.table[i] = setEntry{setDummy, -1}
				s.used--
				s.mut++
			}
			s.mu.Unlock()
			if err != nil {
				return err
			}
		}
	} else if err := contIterate(th, other, func(k Object) (bool, error) {
		_, err := s.Discard(th, k)
		return true, err
	}); err != nil {
		return err
	}
	s.mu.Lock()
	if len(s.table) > 0 && s.fill-s.used > (len(s.table)-1)/4 {
		if s.used > 50000 {
			s.resize(s.used * 2)
		} else {
			s.resize(s.used * 4)
		}
	}
	s.mu.Unlock()
	return nil
}

// setDifference is set_difference.
func setDifference(th *Thread, selfObj Object, s *Set, other Object) (Object, error) {
	os, _, isSet := asSet(other)
	od, isDict := asDict(other)
	otherSize := 0
	switch {
	case isSet:
		otherSize = os.Len()
	case isDict:
		otherSize = od.Len()
	}
	if (!isSet && !isDict) || s.Len()>>2 > otherSize {
		r, rs := setCopyOf(th, selfObj, s)
		return r, setDifferenceUpdate(th, rs, other)
	}
	r, rs := newSetLike(selfObj)
	for _, e := range s.entries() {
		var found bool
		if isDict {
			v, err := od.GetHash(th, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			found = v != nil
		} else {
			os.mu.Lock()
			i, err := os.lookkey(th, e.key, e.hash)
			os.mu.Unlock()
			if err != nil {
				return nil, err
			}
			found = i >= 0
		}
		if !found {
			rs.mu.Lock()
			err := rs.addEntry(th, e.key, e.hash)
			rs.mu.Unlock()
			if err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// setSymmetricDifferenceUpdate is set_symmetric_difference_update.
func setSymmetricDifferenceUpdate(th *Thread, s *Set, other Object) error {
	os, _, ok := asSet(other)
	if ok && os == s {
		s.Clear()
		return nil
	}
	if !ok {
		var err error
		if os, err = NewSetFromIter(th, other); err != nil {
			return err
		}
	}
	for _, e := range os.entries() {
		s.mu.Lock()
		i, err := s.lookkey(th, e.key, e.hash)
		if err == nil {
			if i >= 0 {
				s.table[i] = setEntry{setDummy, -1}
				s.used--
				s.mut++
			} else {
				err = s.addEntry(th, e.key, e.hash)
			}
		}
		s.mu.Unlock()
		if err != nil {
			return err
		}
	}
	return nil
}

// setIsSubset reports whether every item of a is in b.
func setIsSubset(th *Thread, a, b *Set) (bool, error) {
	if a.Len() > b.Len() {
		return false, nil
	}
	for _, e := range a.entries() {
		b.mu.Lock()
		i, err := b.lookkey(th, e.key, e.hash)
		b.mu.Unlock()
		if err != nil || i < 0 {
			return false, err
		}
	}
	return true, nil
}

func setRepr(th *Thread, o Object) (Object, error) {
	s, frozen, _ := asSet(o)
	items := s.Items()
	typ := o.Type()
	if s.owner != nil {
		typ = s.owner.Type()
	}
	name := typ.Name
	if len(items) == 0 {
		return NewStr(name + "()"), nil
	}
	if !contReprEnter(th, o) {
		return NewStr(name + "(...)"), nil
	}
	defer contReprLeave(th, o)
	buf, err := contReprItems(th, []byte{'{'}, items)
	if err != nil {
		return nil, err
	}
	buf = append(buf, '}')
	if frozen || typ != SetType {
		return NewStr(name + "(" + string(buf) + ")"), nil
	}
	return NewStr(string(buf)), nil
}

func setCompare(th *Thread, a, b Object, op CompareOp) (Object, error) {
	x, _, ok1 := asSet(a)
	y, _, ok2 := asSet(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case OpEQ, OpNE:
		if x.Len() != y.Len() {
			r = false
		} else {
			r, err = setIsSubset(th, x, y)
		}
		if op == OpNE {
			r = !r
		}
	case OpLE:
		r, err = setIsSubset(th, x, y)
	case OpGE:
		r, err = setIsSubset(th, y, x)
	case OpLT:
		r = x.Len() < y.Len()
		if r {
			r, err = setIsSubset(th, x, y)
		}
	case OpGT:
		r = x.Len() > y.Len()
		if r {
			r, err = setIsSubset(th, y, x)
		}
	}
	if err != nil {
		return nil, err
	}
	return Bool(r), nil
}

// setPop removes an arbitrary item (set.pop), starting at the finger.
func (s *Set) Pop() (Object, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.used == 0 {
		return nil, NewError(KeyErrorType, "pop from an empty set")
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for s.table[i].key == nil || s.table[i].key == setDummy {
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{setDummy, -1}
	s.used--
	s.mut++
	s.finger = i + 1
	return k, nil
}

func setSelf(o Object) *Set {
	s, _, _ := asSet(o)
	return s
}

func setBinary(fn func(th *Thread, self Object, s *Set, other Object) (Object, error)) func(th *Thread, a, b Object) (Object, error) {
	return func(th *Thread, a, b Object) (Object, error) {
		s, _, ok1 := asSet(a)
		_, _, ok2 := asSet(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return fn(th, a, s, b)
	}
}

func setUnion(th *Thread, self Object, s *Set, other Object) (Object, error) {
	r, rs := setCopyOf(th, self, s)
	return r, rs.Update(th, other)
}

func setSymDiff(th *Thread, self Object, s *Set, other Object) (Object, error) {
	r, rs := newSetLike(self)
	if err := rs.Update(th, other); err != nil {
		return nil, err
	}
	return r, setSymmetricDifferenceUpdate(th, rs, s)
}

func init() {
	for _, t := range []*Type{SetType, FrozenSetType} {
		s := &t.Slots
		s.Repr = setRepr
		s.Len = func(th *Thread, o Object) (int, error) { return setSelf(o).Len(), nil }
		s.Bool = func(th *Thread, o Object) (bool, error) { return setSelf(o).Len() > 0, nil }
		s.Contains = func(th *Thread, o, k Object) (bool, error) { return setSelf(o).Contains(th, k) }
		s.Iter = func(th *Thread, o Object) (Object, error) { return newSetIterator(setSelf(o)), nil }
		s.Compare = setCompare
		s.Binary[OpOr] = setBinary(setUnion)
		s.Binary[OpAnd] = setBinary(setIntersection)
		s.Binary[OpSub] = setBinary(setDifference)
		s.Binary[OpXor] = setBinary(setSymDiff)
	}
	SetType.Slots.Hash = contUnhashable
	FrozenSetType.Slots.Hash = func(th *Thread, o Object) (int64, error) {
		if f, ok := o.(*FrozenSet); ok {
			h := f.hash.Load()
			if h == 0 {
				h = frozensetHash(&f.Set)
				f.hash.Store(h)
			}
			return h, nil
		}
		return frozensetHash(setSelf(o)), nil
	}
	inplace := func(fn func(th *Thread, s *Set, other Object) error) func(th *Thread, a, b Object) (Object, error) {
		return func(th *Thread, a, b Object) (Object, error) {
			s, _, _ := asSet(a)
			if _, _, ok := asSet(b); !ok {
				return NotImplemented, nil
			}
			if err := fn(th, s, b); err != nil {
				return nil, err
			}
			return a, nil
		}
	}
	SetType.Slots.InPlace[OpOr] = inplace(func(th *Thread, s *Set, o Object) error { return s.Update(th, o) })
	SetType.Slots.InPlace[OpSub] = inplace(setDifferenceUpdate)
	SetType.Slots.InPlace[OpXor] = inplace(setSymmetricDifferenceUpdate)
	SetType.Slots.InPlace[OpAnd] = inplace(setIntersectionUpdate)

	SetType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if cls == SetType {
			return &Set{}, nil
		}
		inst := NewInstance(cls)
		inst.Base = &Set{owner: inst}
		return inst, nil
	}
	SetType.Slots.Init = func(th *Thread, self Object, args []Object, kw *KwArgs) error {
		if kw.Len() > 0 {
			return NewError(TypeErrorType, "set() takes no keyword arguments")
		}
		if len(args) > 1 {
			return NewError(TypeErrorType, "set expected at most 1 argument, got %d", len(args))
		}
		s := setSelf(self)
		s.Clear()
		if len(args) == 1 {
			return s.Update(th, args[0])
		}
		return nil
	}
	FrozenSetType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "frozenset() takes no keyword arguments")
		}
		if len(args) > 1 {
			return nil, NewError(TypeErrorType, "frozenset expected at most 1 argument, got %d", len(args))
		}
		if cls == FrozenSetType && len(args) == 1 {
			if f, ok := args[0].(*FrozenSet); ok {
				return f, nil
			}
		}
		var it Object
		if len(args) == 1 {
			it = args[0]
		}
		f, err := NewFrozenSet(th, it)
		if err != nil {
			return nil, err
		}
		if cls == FrozenSetType {
			return f, nil
		}
		inst := NewInstance(cls)
		f.owner = inst
		inst.Base = f
		return inst, nil
	}

	SetIteratorType.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
	SetIteratorType.Slots.Next = setIterNext
	DefMethod(SetIteratorType, "__length_hint__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		it := self.(*setIterator)
		it.s.mu.Lock()
		defer it.s.mu.Unlock()
		if it.done || it.used < 0 {
			return Int(0), nil
		}
		return Int(it.left), nil
	})

	// Methods shared by set and frozenset.
	for _, t := range []*Type{SetType, FrozenSetType} {
		tn := t.Name
		multi := func(name string, fn func(th *Thread, self Object, s *Set, other Object) (Object, error)) {
			DefMethod(t, name, func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if kw.Len() > 0 {
					return nil, NewError(TypeErrorType, "%s.%s() takes no keyword arguments", tn, name)
				}
				s := setSelf(self)
				var r Object
				var rs *Set
				if len(args) == 0 {
					r, _ = setCopyOf(th, self, s)
					return r, nil
				}
				r, rs = self, s
				for _, o := range args {
					var err error
					if r, err = fn(th, r, rs, o); err != nil {
						return nil, err
					}
					rs = setSelf(r)
				}
				return r, nil
			})
		}
		multi("union", setUnion)
		multi("intersection", setIntersection)
		multi("difference", func(th *Thread, self Object, s *Set, other Object) (Object, error) {
			return setDifference(th, self, s, other)
		})
		DefMethod(t, "symmetric_difference", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg(tn+".symmetric_difference", args, kw); err != nil {
				return nil, err
			}
			return setSymDiff(th, self, setSelf(self), args[0])
		})
		DefMethod(t, "issubset", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg(tn+".issubset", args, kw); err != nil {
				return nil, err
			}
			o, err := setOther(th, args[0])
			if err != nil {
				return nil, err
			}
			r, err := setIsSubset(th, setSelf(self), o)
			return Bool(r), err
		})
		DefMethod(t, "issuperset", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg(tn+".issuperset", args, kw); err != nil {
				return nil, err
			}
			o, err := setOther(th, args[0])
			if err != nil {
				return nil, err
			}
			r, err := setIsSubset(th, o, setSelf(self))
			return Bool(r), err
		})
		DefMethod(t, "isdisjoint", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg(tn+".isdisjoint", args, kw); err != nil {
				return nil, err
			}
			s := setSelf(self)
			disjoint := true
			err := contIterate(th, args[0], func(k Object) (bool, error) {
				in, err := s.Contains(th, k)
				if in {
					disjoint = false
				}
				return !in, err
			})
			return Bool(disjoint), err
		})
		DefMethod(t, "copy", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := NoArgs(tn+".copy", args, kw); err != nil {
				return nil, err
			}
			if f, ok := self.(*FrozenSet); ok {
				return f, nil
			}
			r, _ := setCopyOf(th, self, setSelf(self))
			return r, nil
		})
		DefMethod(t, "__reduce__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			return NewTuple([]Object{self.Type(), NewTuple([]Object{NewList(setSelf(self).Items())}), None}), nil
		})
	}

	// set-only mutators.
	DefMethod(SetType, "add", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("set.add", args, kw); err != nil {
			return nil, err
		}
		return None, setSelf(self).Add(th, args[0])
	})
	DefMethod(SetType, "discard", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("set.discard", args, kw); err != nil {
			return nil, err
		}
		_, err := setSelf(self).Discard(th, args[0])
		return None, err
	})
	DefMethod(SetType, "remove", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("set.remove", args, kw); err != nil {
			return nil, err
		}
		ok, err := setSelf(self).Discard(th, args[0])
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewKeyError(args[0])
		}
		return None, nil
	})
	DefMethod(SetType, "pop", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("set.pop", args, kw); err != nil {
			return nil, err
		}
		return setSelf(self).Pop()
	})
	DefMethod(SetType, "clear", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("set.clear", args, kw); err != nil {
			return nil, err
		}
		setSelf(self).Clear()
		return None, nil
	})
	updater := func(name string, fn func(th *Thread, s *Set, other Object) error, multi bool) {
		DefMethod(SetType, name, func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if !multi {
				if err := OneArg("set."+name, args, kw); err != nil {
					return nil, err
				}
			} else if kw.Len() > 0 {
				return nil, NewError(TypeErrorType, "set.%s() takes no keyword arguments", name)
			}
			for _, o := range args {
				if err := fn(th, setSelf(self), o); err != nil {
					return nil, err
				}
			}
			return None, nil
		})
	}
	updater("update", func(th *Thread, s *Set, o Object) error { return s.Update(th, o) }, true)
	updater("difference_update", setDifferenceUpdate, true)
	updater("intersection_update", setIntersectionUpdate, true)
	updater("symmetric_difference_update", setSymmetricDifferenceUpdate, false)
}

// setIntersectionUpdate replaces s's contents with s & other.
func setIntersectionUpdate(th *Thread, s *Set, other Object) error {
	r, err := setIntersection(th, s, s, other)
	if err != nil {
		return err
	}
	rs := setSelf(r)
	rs.mu.Lock()
	table, fill, used := rs.table, rs.fill, rs.used
	rs.mu.Unlock()
	s.mu.Lock()
	s.table, s.fill, s.used = table, fill, used
	s.mut++
	s.layout++
	s.mu.Unlock()
	return nil
}
