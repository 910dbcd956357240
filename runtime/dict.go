package py

import "sync"

// Dict is a Python dict: insertion-ordered, keyed by Python hash and
// equality, safe for concurrent use (every operation holds mu).
//
// PLACEHOLDER implementation (string keys only) until the containers work lands.
type Dict struct {
	mu   sync.Mutex
	keys []Object
	vals []Object
	idx  map[string]int
}

// Type returns DictType.
func (d *Dict) Type() *Type { return DictType }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{idx: map[string]int{}} }

// getStr looks up a str key without invoking Python code; nil if absent.
func (d *Dict) getStr(k *Str) Object {
	d.mu.Lock()
	defer d.mu.Unlock()
	if i, ok := d.idx[k.s]; ok {
		return d.vals[i]
	}
	return nil
}

// SetItem implements d[k] = v.
func (d *Dict) SetItem(th *Thread, k, v Object) error {
	s, ok := k.(*Str)
	if !ok {
		return NewError(TypeErrorType, "placeholder dict supports only str keys")
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if i, ok := d.idx[s.s]; ok {
		d.vals[i] = v
		return nil
	}
	d.idx[s.s] = len(d.keys)
	d.keys = append(d.keys, k)
	d.vals = append(d.vals, v)
	return nil
}
