package py

import (
	"sync"
	"sync/atomic"
)

// Dict is a Python dict: insertion-ordered, keyed by Python hash and
// equality, safe for concurrent use.
//
// Layout (CPython's compact dict): entries holds key/value/hash in
// insertion order (deleted entries keep a nil key until the next resize);
// indices is an open-addressing table of positions in entries, probed with
// CPython's perturbation sequence.
//
// Locking: every operation holds mu, but never while Python code runs.
// Hashes are computed before locking. Key comparisons that may call
// Python (__eq__ of a class) release the lock, compare, re-lock and restart
// the probe if the table changed meanwhile, as CPython restarts lookups
// whose comparison mutated the dict. Keys that are exact str or int are
// compared without leaving the lock.
type Dict struct {
	mu      sync.Mutex
	entries []dictEntry
	indices []int32 // dictEmpty, dictDummy or an index into entries
	used    int     // live entries
	// mut counts structural changes (insert of a new key, delete, resize,
	// clear).
	mut uint64
	// layout changes when the index table is rebuilt (resize, clear); a
	// lookup that released the lock restarts when it changed or when the
	// entry it compared was replaced, as CPython's lookdict does. (Not on
	// every insert: an __eq__ that inserts would otherwise never finish.)
	layout uint64
	// mixed is set once a key that is not an exact str is inserted; GetStr
	// then falls back to the general lookup.
	mixed bool
	// strBloom has bit hash&63 set for every str key inserted since the
	// dict was made (all bits once a non-str key is inserted), so that
	// mayHaveStr can rule a key out without locking. Every path that adds
	// entries (insertNew, Copy) maintains it; bits are never cleared.
	strBloom atomic.Uint64
	// version changes on every mutation (Version).
	version atomic.Uint64
	// owner is the instance of a dict subclass this dict is the value of
	// (Instance.Base), for __missing__; nil for plain dicts.
	owner *Instance
}

type dictEntry struct {
	hash  int64
	key   Object // nil: deleted
	value Object
}

const (
	dictEmpty   = -1
	dictDummy   = -2
	dictMinSize = 8
)

// Type returns DictType.
func (d *Dict) Type() *Type { return DictType }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSized returns an empty dict with room for n items.
func NewDictSized(n int) *Dict {
	d := &Dict{}
	if n > 0 {
		d.entries = make([]dictEntry, 0, n)
		d.indices = dictNewIndices(dictSizeFor(n))
	}
	return d
}

// asDict returns the dict value of o: a *Dict or an instance of a dict
// subclass.
func asDict(o Object) (*Dict, bool) {
	switch v := o.(type) {
	case *Dict:
		return v, true
	case *Instance:
		if d, ok := v.Base.(*Dict); ok {
			return d, true
		}
	}
	return nil, false
}

// Version returns a counter that changes whenever the dict is modified;
// caches of global lookups compare it. It costs one atomic load.
func (d *Dict) Version() uint64 { return d.version.Load() }

// Len returns the number of items.
func (d *Dict) Len() int {
	d.mu.Lock()
	n := d.used
	d.mu.Unlock()
	return n
}

func dictSizeFor(n int) int {
	size := dictMinSize
	for size*2 < n*3 {
		size <<= 1
	}
	return size
}

func dictNewIndices(size int) []int32 {
	ix := make([]int32, size)
	for i := range ix {
		ix[i] = dictEmpty
	}
	return ix
}

// dictHash hashes a key: exact str and int without leaving Go.
func dictHash(th *Thread, k Object) (int64, error) {
	switch v := k.(type) {
	case Int:
		return hashInt64(int64(v)), nil
	case *Str:
		return v.Hash(), nil
	}
	return Hash(th, k)
}

// dictFastEq compares two keys with equal hashes when that needs no Python
// code: ok is false when the general comparison is required.
func dictFastEq(a, b Object) (eq, ok bool) {
	switch x := a.(type) {
	case *Str:
		switch y := b.(type) {
		case *Str:
			return x == y || x.String() == y.String(), true
		case Int:
			return false, true
		}
	case Int:
		switch y := b.(type) {
		case Int:
			return x == y, true
		case *Str:
			return false, true
		}
	}
	return false, false
}

// lookup finds key (with the given hash) while d.mu is held. It returns
// the entry index (-1 if absent) and the index slot where a new key would
// go (-1 when the lock was released meanwhile: the caller finds a fresh
// one). It may release and re-acquire the lock to compare keys; it
// returns with the lock held, also on error.
func (d *Dict) lookup(th *Thread, key Object, hash int64) (ix int, slot int, err error) {
	released := false
restart:
	if d.indices == nil {
		return -1, -1, nil
	}
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	free := -1
	for {
		j := d.indices[i]
		if j == dictEmpty {
			if released {
				return -1, -1, nil
			}
			if free < 0 {
				free = int(i)
			}
			return -1, free, nil
		}
		if j == dictDummy {
			if free < 0 {
				free = int(i)
			}
		} else {
			e := &d.entries[j]
			if e.hash == hash {
				ek := e.key
				if ek == key {
					return int(j), int(i), nil
				}
				if eq, ok := dictFastEq(ek, key); ok {
					if eq {
						return int(j), int(i), nil
					}
				} else {
					layout := d.layout
					if th == nil {
						th = NewThread()
					}
					released = true
					d.mu.Unlock()
					eq, err := CompareBool(th, OpEQ, ek, key)
					d.mu.Lock()
					if err != nil {
						return -1, -1, err
					}
					if d.layout != layout || int(j) >= len(d.entries) || d.entries[j].key != ek {
						goto restart
					}
					if eq {
						return int(j), int(i), nil
					}
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// lookupStr is lookup for an exact str key in a dict holding only exact
// str keys: no Python code, no unlocking.
func (d *Dict) lookupStr(key *Str, hash int64) int {
	if d.indices == nil {
		return -1
	}
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		j := d.indices[i]
		if j == dictEmpty {
			return -1
		}
		if j >= 0 {
			e := &d.entries[j]
			if e.hash == hash {
				if ek, ok := e.key.(*Str); ok && (ek == key || ek.String() == key.String()) {
					return int(j)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// insertNew adds a key known to be absent; slot is the index slot lookup
// returned (-1: none, find one). d.mu is held.
func (d *Dict) insertNew(key, value Object, hash int64, slot int) {
	if d.indices == nil || len(d.entries) >= len(d.indices)*2/3 {
		d.resize(dictSizeFor(d.used*3 + 1))
		slot = -1
	}
	if slot < 0 {
		slot = d.emptySlot(hash)
	}
	d.indices[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: hash, key: key, value: value})
	d.used++
	d.mut++
	d.noteKey(key, hash)
	if !d.mixed {
		if _, ok := key.(*Str); !ok {
			d.mixed = true
		}
	}
}

// emptySlot finds the first empty index slot for hash (after a resize
// there are no dummies).
func (d *Dict) emptySlot(hash int64) int {
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for d.indices[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// resize rebuilds indices with the given size and compacts entries.
func (d *Dict) resize(size int) {
	if size < dictMinSize {
		size = dictMinSize
	}
	// Room for every entry the new table accepts before the next resize,
	// so appends never regrow the slice in between.
	if usable := size * 2 / 3; d.used != len(d.entries) || cap(d.entries) < usable {
		live := make([]dictEntry, 0, usable)
		for _, e := range d.entries {
			if e.key != nil {
				live = append(live, e)
			}
		}
		d.entries = live
	}
	d.indices = dictNewIndices(size)
	for j := range d.entries {
		d.indices[d.emptySlot(d.entries[j].hash)] = int32(j)
	}
	d.mut++
	d.layout++
}

// deleteAt removes entry ix found at index slot slot. d.mu is held.
func (d *Dict) deleteAt(ix, slot int) Object {
	v := d.entries[ix].value
	d.indices[slot] = dictDummy
	d.entries[ix] = dictEntry{}
	d.used--
	d.mut++
	// Trim deleted entries at the end so popitem stays O(1).
	n := len(d.entries)
	for n > 0 && d.entries[n-1].key == nil {
		n--
	}
	d.entries = d.entries[:n]
	d.version.Add(1)
	return v
}

// slotOf finds the index slot that points at entry ix. d.mu is held.
func (d *Dict) slotOf(ix int) int {
	hash := d.entries[ix].hash
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for int(d.indices[i]) != ix {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// GetStr returns d[k] for a str key, or nil when absent. It never raises:
// generated code and attribute lookup use it for globals and instance
// attributes.
func (d *Dict) GetStr(k *Str) Object {
	h := k.Hash()
	d.mu.Lock()
	if !d.mixed {
		ix := d.lookupStr(k, h)
		var v Object
		if ix >= 0 {
			v = d.entries[ix].value
		}
		d.mu.Unlock()
		return v
	}
	ix, _, err := d.lookup(nil, k, h)
	var v Object
	if err == nil && ix >= 0 {
		v = d.entries[ix].value
	}
	d.mu.Unlock()
	return v
}

// getStr is GetStr (the name the core's type lookup uses).
func (d *Dict) getStr(k *Str) Object { return d.GetStr(k) }

// SetStr sets d[k] = v for a str key.
func (d *Dict) SetStr(k *Str, v Object) {
	h := k.Hash()
	d.mu.Lock()
	if !d.mixed {
		if ix := d.lookupStr(k, h); ix >= 0 {
			d.entries[ix].value = v
		} else {
			d.insertNew(k, v, h, -1)
		}
		d.version.Add(1)
		d.mu.Unlock()
		return
	}
	d.mu.Unlock()
	_ = d.SetItemHash(nil, k, h, v)
}

// DelStr deletes the str key k; it reports whether it was present.
func (d *Dict) DelStr(k *Str) bool {
	h := k.Hash()
	d.mu.Lock()
	defer d.mu.Unlock()
	var ix, slot int
	if !d.mixed {
		ix = d.lookupStr(k, h)
		if ix < 0 {
			return false
		}
		slot = d.slotOf(ix)
	} else {
		var err error
		ix, slot, err = d.lookup(nil, k, h)
		if err != nil || ix < 0 {
			return false
		}
	}
	d.deleteAt(ix, slot)
	return true
}

// Get returns d[k], or nil (and no error) when k is absent.
func (d *Dict) Get(th *Thread, k Object) (Object, error) {
	h, err := dictHash(th, k)
	if err != nil {
		return nil, err
	}
	return d.GetHash(th, k, h)
}

// GetHash is Get with a precomputed hash.
func (d *Dict) GetHash(th *Thread, k Object, h int64) (Object, error) {
	d.mu.Lock()
	if s, ok := k.(*Str); ok && !d.mixed {
		ix := d.lookupStr(s, h)
		var v Object
		if ix >= 0 {
			v = d.entries[ix].value
		}
		d.mu.Unlock()
		return v, nil
	}
	ix, _, err := d.lookup(th, k, h)
	var v Object
	if err == nil && ix >= 0 {
		v = d.entries[ix].value
	}
	d.mu.Unlock()
	return v, err
}

// GetItem returns d[k], raising KeyError when k is absent (no __missing__).
func (d *Dict) GetItem(th *Thread, k Object) (Object, error) {
	v, err := d.Get(th, k)
	if err == nil && v == nil {
		err = NewKeyError(k)
	}
	return v, err
}

// NewKeyError returns KeyError(k).
func NewKeyError(k Object) *BaseException {
	e := NewException(KeyErrorType, k)
	e.CaptureTraceback(1)
	return e
}

// Contains reports whether k is a key.
func (d *Dict) Contains(th *Thread, k Object) (bool, error) {
	v, err := d.Get(th, k)
	return v != nil, err
}

// SetItem implements d[k] = v.
func (d *Dict) SetItem(th *Thread, k, v Object) error {
	h, err := dictHash(th, k)
	if err != nil {
		return err
	}
	return d.SetItemHash(th, k, h, v)
}

// SetItemHash is SetItem with a precomputed hash.
func (d *Dict) SetItemHash(th *Thread, k Object, h int64, v Object) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	ix, slot, err := d.lookup(th, k, h)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.entries[ix].value = v
	} else {
		d.insertNew(k, v, h, slot)
	}
	d.version.Add(1)
	return nil
}

// DelItem implements del d[k] (KeyError when absent).
func (d *Dict) DelItem(th *Thread, k Object) error {
	v, err := d.Pop(th, k)
	if err == nil && v == nil {
		err = NewKeyError(k)
	}
	return err
}

// Pop removes k and returns its value, or nil when k is absent.
func (d *Dict) Pop(th *Thread, k Object) (Object, error) {
	h, err := dictHash(th, k)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	ix, slot, err := d.lookup(th, k, h)
	if err != nil || ix < 0 {
		return nil, err
	}
	return d.deleteAt(ix, slot), nil
}

// SetDefault returns d[k], first setting it to v when absent, atomically.
func (d *Dict) SetDefault(th *Thread, k, v Object) (Object, error) {
	h, err := dictHash(th, k)
	if err != nil {
		return nil, err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	ix, slot, err := d.lookup(th, k, h)
	if err != nil {
		return nil, err
	}
	if ix >= 0 {
		return d.entries[ix].value, nil
	}
	d.insertNew(k, v, h, slot)
	d.version.Add(1)
	return v, nil
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.mu.Lock()
	d.entries = nil
	d.indices = nil
	d.used = 0
	d.mixed = false
	d.mut++
	d.layout++
	d.version.Add(1)
	d.mu.Unlock()
}

// Items returns snapshots of the keys and the values, in order.
func (d *Dict) Items() (keys, values []Object) {
	d.mu.Lock()
	keys = make([]Object, 0, d.used)
	values = make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			keys = append(keys, e.key)
			values = append(values, e.value)
		}
	}
	d.mu.Unlock()
	return keys, values
}

// Keys returns a snapshot of the keys in order.
func (d *Dict) Keys() []Object {
	d.mu.Lock()
	out := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.key)
		}
	}
	d.mu.Unlock()
	return out
}

// Values returns a snapshot of the values in order.
func (d *Dict) Values() []Object {
	d.mu.Lock()
	out := make([]Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e.value)
		}
	}
	d.mu.Unlock()
	return out
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	d.mu.Lock()
	c := &Dict{used: d.used, mixed: d.mixed}
	c.strBloom.Store(d.strBloom.Load())
	if d.used == len(d.entries) {
		c.entries = append([]dictEntry(nil), d.entries...)
		if d.indices != nil {
			c.indices = append([]int32(nil), d.indices...)
		}
	} else {
		c.entries = make([]dictEntry, 0, d.used)
		for _, e := range d.entries {
			if e.key != nil {
				c.entries = append(c.entries, e)
			}
		}
	}
	d.mu.Unlock()
	if c.indices == nil && len(c.entries) > 0 {
		c.resize(dictSizeFor(len(c.entries)))
	}
	return c
}

// entryAt returns the live entry at position *pos or after it, advancing
// *pos past it; ok is false at the end. Iterators use it.
func (d *Dict) entryAt(pos *int) (e dictEntry, ok bool) {
	for *pos < len(d.entries) {
		e = d.entries[*pos]
		*pos++
		if e.key != nil {
			return e, true
		}
	}
	return dictEntry{}, false
}

// Range calls fn for each item of a snapshot of d, in order, until fn
// returns false.
func (d *Dict) Range(fn func(k, v Object) bool) {
	keys, values := d.Items()
	for i, k := range keys {
		if !fn(k, values[i]) {
			return
		}
	}
}
