package py

// Dict access for the run-time's inline caches (LoadGlobal): reading one
// entry by position, and the dict's keys version, which changes only when
// keys are added or removed or the table is rebuilt (not when the value of
// an existing key is replaced). A module-level loop rebinds its loop
// variable (a global) on every iteration; caches keyed on the keys version
// stay valid across those stores.

// getStrEntry is GetStr that also returns the entry's position (-1 when
// absent) and the keys version at the time of the lookup.
func (d *Dict) getStrEntry(k *Str) (v Object, ix int, keysVer uint64) {
	h := k.Hash()
	d.mu.Lock()
	if !d.mixed {
		ix = d.lookupStr(k, h)
	} else {
		var err error
		ix, _, err = d.lookup(nil, k, h)
		if err != nil {
			ix = -1
		}
	}
	if ix >= 0 {
		v = d.entries[ix].value
	}
	keysVer = d.mut
	d.mu.Unlock()
	return v, ix, keysVer
}

// strValueAt returns the value of entry ix if that entry's key is k (the
// same *Str), else nil.
func (d *Dict) strValueAt(ix int, k *Str) Object {
	var v Object
	d.mu.Lock()
	if ix < len(d.entries) {
		if e := &d.entries[ix]; e.key == Object(k) {
			v = e.value
		}
	}
	d.mu.Unlock()
	return v
}

// noteKey records an inserted key in d.strBloom. d.mu is held.
func (d *Dict) noteKey(key Object, hash int64) {
	bit := ^uint64(0)
	if _, ok := key.(*Str); ok {
		bit = 1 << (uint64(hash) & 63)
	}
	if b := d.strBloom.Load(); b|bit != b {
		d.strBloom.Store(b | bit)
	}
}

// mayHaveStr reports whether str key k may be in d: false means it
// certainly is not (no lock is taken). Method calls use it to check that
// an instance attribute does not shadow the method.
func (d *Dict) mayHaveStr(k *Str) bool {
	return d.strBloom.Load()&(1<<(uint64(k.Hash())&63)) != 0
}

// keysVersion returns the dict's keys version.
func (d *Dict) keysVersion() uint64 {
	d.mu.Lock()
	v := d.mut
	d.mu.Unlock()
	return v
}

// Instance dicts with few keys are made in one allocation: the dict, its
// entries and its index table in one block (three allocations otherwise).
// The arrays are only the initial storage: a dict that grows past them
// moves to separately allocated ones, as any dict does.
type instanceDict2 struct {
	d  Dict
	e  [2]dictEntry
	ix [dictMinSize]int32
}

type instanceDict5 struct {
	d  Dict
	e  [dictMinSize * 2 / 3]dictEntry
	ix [dictMinSize]int32
}

// newInstanceDict returns an empty dict with room for n keys (n is the
// class's instance dict size hint).
func newInstanceDict(n int) *Dict {
	var d *Dict
	var ix []int32
	switch {
	case n <= 0:
		return NewDict()
	case n <= 2:
		b := &instanceDict2{}
		d, ix = &b.d, b.ix[:]
		d.entries = b.e[:0]
	case n <= dictMinSize*2/3:
		b := &instanceDict5{}
		d, ix = &b.d, b.ix[:]
		d.entries = b.e[:0]
	default:
		return NewDictSized(n)
	}
	for i := range ix {
		ix[i] = dictEmpty
	}
	d.indices = ix
	return d
}

// setStrLen is SetStr that also reports whether k was added and the
// number of items afterwards (one lock instead of SetStr and Len: attribute
// stores use it to keep their class's instance dict size hint).
func (d *Dict) setStrLen(k *Str, v Object) (n int, added bool) {
	h := k.Hash()
	d.mu.Lock()
	if d.mixed {
		d.mu.Unlock()
		d.SetStr(k, v)
		return d.Len(), true
	}
	if ix := d.lookupStr(k, h); ix >= 0 {
		d.entries[ix].value = v
	} else {
		d.insertNew(k, v, h, -1)
		added = true
	}
	d.version.Add(1)
	n = d.used
	d.mu.Unlock()
	return n, added
}
