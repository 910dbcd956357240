package py

import (
	"sync"
	"sync/atomic"
)

// Set is a Python set or frozenset (a *FrozenSet wraps the same table).
//
// The table reproduces CPython's setobject.c (open addressing with nine
// linear probes then perturbation, the same growth policy), so that sets
// iterate and print in the same order as in CPython: {3, 1, 2} prints as
// {1, 2, 3}.
//
// A set holds mu for each operation and releases it around comparisons
// that may run Python code, restarting the probe if the table changed, as
// CPython restarts set_lookkey.
type Set struct {
	mu    sync.Mutex
	table []setEntry // len is a power of two (0 before first use)
	fill  int        // active + dummy entries
	used  int        // active entries
	// mut counts structural changes, for restarts after unlocked compares.
	mut uint64
	// finger is where set.pop starts looking.
	finger int
	// owner is the instance of a set/frozenset subclass whose value this
	// is (Instance.Base), for repr; nil otherwise.
	owner *Instance
	// layout changes when the table is rebuilt (resize, clear); lookups
	// that released the lock restart when it changed (set_lookkey's
	// "table != so->table" check).
	layout uint64
}

type setEntry struct {
	key  Object // nil: empty; setDummy: deleted
	hash int64
}

// setDummyType marks deleted set entries.
type setDummyType struct{}

func (*setDummyType) Type() *Type { return ObjectType }

var setDummy Object = &setDummyType{}

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// Type returns SetType.
func (s *Set) Type() *Type { return SetType }

// FrozenSet is a Python frozenset: a Set that is never modified after
// construction, with a cached hash.
type FrozenSet struct {
	Set
	hash atomic.Int64 // 0: not computed (-1 is never a hash)
}

// Type returns FrozenSetType.
func (s *FrozenSet) Type() *Type { return FrozenSetType }

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet returns a frozenset of the items of an iterable (nil: empty).
func NewFrozenSet(th *Thread, it Object) (*FrozenSet, error) {
	f := &FrozenSet{}
	if it != nil {
		if err := f.Set.Update(th, it); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// NewSetFromIter returns a set of the items of an iterable.
func NewSetFromIter(th *Thread, it Object) (*Set, error) {
	s := &Set{}
	if err := s.Update(th, it); err != nil {
		return nil, err
	}
	return s, nil
}

// asSet returns the table of a set or frozenset (or of an instance of a
// subclass), and whether it is frozen.
func asSet(o Object) (s *Set, frozen bool, ok bool) {
	switch v := o.(type) {
	case *Set:
		return v, false, true
	case *FrozenSet:
		return &v.Set, true, true
	case *Instance:
		switch b := v.Base.(type) {
		case *Set:
			return b, false, true
		case *FrozenSet:
			return &b.Set, true, true
		}
	}
	return nil, false, false
}

// setFastEq compares keys with equal hashes without Python code when
// possible (ok false: the general comparison is needed).
func setFastEq(a, b Object) (eq, ok bool) { return dictFastEq(a, b) }

// lookkey finds key; it returns its table index or -1. s.mu is held; it
// may be released around comparisons (returns with it held).
func (s *Set) lookkey(th *Thread, key Object, hash int64) (int, error) {
restart:
	if len(s.table) == 0 {
		return -1, nil
	}
	mask := uint64(len(s.table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &s.table[j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == hash && e.key != setDummy {
				ek := e.key
				if ek == key {
					return int(j), nil
				}
				if eq, ok := setFastEq(ek, key); ok {
					if eq {
						return int(j), nil
					}
				} else {
					layout := s.layout
					if th == nil {
						th = NewThread()
					}
					s.mu.Unlock()
					eq, err := CompareBool(th, OpEQ, ek, key)
					s.mu.Lock()
					if err != nil {
						return -1, err
					}
					if s.layout != layout || int(j) >= len(s.table) || s.table[j].key != ek {
						goto restart
					}
					if eq {
						return int(j), nil
					}
				}
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean puts a key known to be absent into a table without dummies.
func setInsertClean(table []setEntry, key Object, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{key, hash}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key == nil {
					table[j] = setEntry{key, hash}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table for minused active entries (set_table_resize).
func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			setInsertClean(s.table, e.key, e.hash)
		}
	}
	s.fill = s.used
	s.mut++
	s.layout++
}

// addEntry adds key with the given hash (set_add_entry). s.mu is held.
func (s *Set) addEntry(th *Thread, key Object, hash int64) error {
	if len(s.table) == 0 {
		s.table = make([]setEntry, setMinSize)
	}
restart:
	mask := uint64(len(s.table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1 // the first dummy on the probe path, reused for the new key
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &s.table[j]
			if e.key == nil {
				if free >= 0 {
					s.table[free] = setEntry{key, hash}
					s.used++
					s.mut++
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{key, hash}
				s.mut++
				if uint64(s.fill)*5 >= mask*3 {
					if s.used > 50000 {
						s.resize(s.used * 2)
					} else {
						s.resize(s.used * 4)
					}
				}
				return nil
			}
			if e.hash == hash && e.key != setDummy {
				ek := e.key
				if ek == key {
					return nil
				}
				if eq, ok := setFastEq(ek, key); ok {
					if eq {
						return nil
					}
				} else {
					layout := s.layout
					if th == nil {
						th = NewThread()
					}
					s.mu.Unlock()
					eq, err := CompareBool(th, OpEQ, ek, key)
					s.mu.Lock()
					if err != nil {
						return err
					}
					if eq {
						return nil
					}
					if free >= 0 && s.table[free].key != setDummy {
						free = -1 // filled while the lock was released
					}
					if s.layout != layout || int(j) >= len(s.table) || s.table[j].key != ek {
						goto restart
					}
				}
			} else if e.key == setDummy && free < 0 {
				free = int(j)
			}
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// Add implements set.add(v).
func (s *Set) Add(th *Thread, v Object) error {
	h, err := dictHash(th, v)
	if err != nil {
		return err
	}
	s.mu.Lock()
	err = s.addEntry(th, v, h)
	s.mu.Unlock()
	return err
}

// Contains reports whether v is in the set. An unhashable set argument is
// looked up as a frozenset, as CPython does.
func (s *Set) Contains(th *Thread, v Object) (bool, error) {
	h, err := dictHash(th, v)
	if err != nil {
		if os, frozen, ok := asSet(v); ok && !frozen {
			fs := &FrozenSet{}
			fs.Set.mergeFrom(th, os)
			return s.Contains(th, fs)
		}
		return false, err
	}
	s.mu.Lock()
	i, err := s.lookkey(th, v, h)
	s.mu.Unlock()
	return i >= 0, err
}

// Discard removes v if present and reports whether it was.
func (s *Set) Discard(th *Thread, v Object) (bool, error) {
	h, err := dictHash(th, v)
	if err != nil {
		if os, frozen, ok := asSet(v); ok && !frozen {
			fs := &FrozenSet{}
			fs.Set.mergeFrom(th, os)
			return s.Discard(th, fs)
		}
		return false, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	i, err := s.lookkey(th, v, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{setDummy, -1}
	s.used--
	s.mut++
	return true, nil
}

// Len returns the number of items.
func (s *Set) Len() int {
	s.mu.Lock()
	n := s.used
	s.mu.Unlock()
	return n
}

// Items returns a snapshot of the items in iteration order.
func (s *Set) Items() []Object {
	s.mu.Lock()
	out := make([]Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	s.mu.Unlock()
	return out
}

// entries returns a snapshot of the entries (key and hash) in order.
func (s *Set) entries() []setEntry {
	s.mu.Lock()
	out := make([]setEntry, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e)
		}
	}
	s.mu.Unlock()
	return out
}

// Clear removes every item.
func (s *Set) Clear() {
	s.mu.Lock()
	s.table = nil
	s.fill, s.used = 0, 0
	s.mut++
	s.layout++
	s.mu.Unlock()
}

// mergeFrom adds the items of another set (set_merge): the table is
// copied or filled cleanly when s is empty, as CPython does, so the
// resulting order matches.
func (s *Set) mergeFrom(th *Thread, o *Set) error {
	if o == s {
		return nil
	}
	o.mu.Lock()
	otable := append([]setEntry(nil), o.table...)
	oused, ofill := o.used, o.fill
	o.mu.Unlock()
	if oused == 0 {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.table) == 0 {
		s.table = make([]setEntry, setMinSize)
	}
	mask := len(s.table) - 1
	if (s.fill+oused)*5 >= mask*3 {
		s.resize((s.used + oused) * 2)
	}
	if s.fill == 0 && len(s.table) == len(otable) && ofill == oused {
		copy(s.table, otable)
		s.fill, s.used = oused, oused
		s.mut++
		return nil
	}
	if s.fill == 0 {
		for _, e := range otable {
			if e.key != nil && e.key != setDummy {
				setInsertClean(s.table, e.key, e.hash)
			}
		}
		s.fill, s.used = oused, oused
		s.mut++
		return nil
	}
	for _, e := range otable {
		if e.key != nil && e.key != setDummy {
			if err := s.addEntry(th, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// Update adds the items of an iterable (set.update / set(iterable)).
func (s *Set) Update(th *Thread, it Object) error {
	if o, _, ok := asSet(it); ok {
		return s.mergeFrom(th, o)
	}
	if d, ok := asDict(it); ok {
		if _, exact := it.(*Dict); exact {
			d.mu.Lock()
			ents := make([]dictEntry, 0, d.used)
			for _, e := range d.entries {
				if e.key != nil {
					ents = append(ents, e)
				}
			}
			d.mu.Unlock()
			s.mu.Lock()
			defer s.mu.Unlock()
			if len(s.table) == 0 {
				s.table = make([]setEntry, setMinSize)
			}
			if (s.fill+len(ents))*5 >= (len(s.table)-1)*3 {
				s.resize((s.used + len(ents)) * 2)
			}
			for _, e := range ents {
				if err := s.addEntry(th, e.key, e.hash); err != nil {
					return err
				}
			}
			return nil
		}
	}
	return contIterate(th, it, func(item Object) (bool, error) {
		return true, s.Add(th, item)
	})
}

// setHashShuffle is CPython's _shuffle_bits for frozenset hashing.
func setHashShuffle(h uint64) uint64 {
	return ((h ^ 89869747) ^ (h << 16)) * 3644798167
}

// frozensetHash is CPython 3.11's frozenset_hash: independent of order.
func frozensetHash(s *Set) int64 {
	var h uint64
	ents := s.entries()
	for _, e := range ents {
		h ^= setHashShuffle(uint64(e.hash))
	}
	h ^= (uint64(len(ents)) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	return int64(h)
}

// setIterator iterates over a set's table by position, failing if the set
// changes size: "Set changed size during iteration".
type setIterator struct {
	s *Set
	// pos, used, left and done are guarded by s.mu.
	pos  int
	used int
	left int
	done bool
}

// SetIteratorType is the type of iter(set).
var SetIteratorType = newBuiltinType("set_iterator", ObjectType, 0)

func (it *setIterator) Type() *Type { return SetIteratorType }

func newSetIterator(s *Set) *setIterator {
	s.mu.Lock()
	it := &setIterator{s: s, used: s.used, left: s.used}
	s.mu.Unlock()
	return it
}

func setIterNext(th *Thread, o Object) (Object, error) {
	it := o.(*setIterator)
	s := it.s
	s.mu.Lock()
	defer s.mu.Unlock()
	if it.done {
		return nil, nil
	}
	if it.used != s.used {
		it.used = -1
		it.done = true
		return nil, NewError(RuntimeErrorType, "Set changed size during iteration")
	}
	for it.pos < len(s.table) {
		e := s.table[it.pos]
		it.pos++
		if e.key != nil && e.key != setDummy {
			it.left--
			return e.key, nil
		}
	}
	it.done = true
	return nil, nil
}
