package py

// The slots and methods of dict: d[k] (with __missing__ for subclasses),
// repr, ==, |, iteration, and get/setdefault/pop/popitem/update/fromkeys/
// copy/clear/keys/values/items.

// dictIterator iterates over a dict's keys, values or items by position
// in the entry table, re-checking the size on every step:
// "dictionary changed size during iteration".
type dictIterator struct {
	d *Dict
	// pos, used, left and done are guarded by d.mu, so an iterator shared
	// by threads is safe.
	pos     int
	used    int // d.used when the iteration started (-1: failed)
	kind    dictIterKind
	reverse bool
	left    int
	done    bool
}

type dictIterKind uint8

const (
	dictIterKeys dictIterKind = iota
	dictIterValues
	dictIterItems
)

// The dict iterator types.
var (
	DictKeyIteratorType          = newBuiltinType("dict_keyiterator", ObjectType, 0)
	DictValueIteratorType        = newBuiltinType("dict_valueiterator", ObjectType, 0)
	DictItemIteratorType         = newBuiltinType("dict_itemiterator", ObjectType, 0)
	DictReverseKeyIteratorType   = newBuiltinType("dict_reversekeyiterator", ObjectType, 0)
	DictReverseValueIteratorType = newBuiltinType("dict_reversevalueiterator", ObjectType, 0)
	DictReverseItemIteratorType  = newBuiltinType("dict_reverseitemiterator", ObjectType, 0)
)

func (it *dictIterator) Type() *Type {
	if it.reverse {
		return [...]*Type{DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType}[it.kind]
	}
	return [...]*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType}[it.kind]
}

func newDictIterator(d *Dict, kind dictIterKind, reverse bool) *dictIterator {
	d.mu.Lock()
	it := &dictIterator{d: d, used: d.used, kind: kind, reverse: reverse, left: d.used}
	if reverse {
		it.pos = len(d.entries) - 1
	}
	d.mu.Unlock()
	return it
}

func dictIterNext(th *Thread, o Object) (Object, error) {
	it := o.(*dictIterator)
	d := it.d
	d.mu.Lock()
	if it.done {
		d.mu.Unlock()
		return nil, nil
	}
	if it.used != d.used || it.used < 0 {
		it.used = -1
		d.mu.Unlock()
		return nil, NewError(RuntimeErrorType, "dictionary changed size during iteration")
	}
	var e dictEntry
	found := false
	if it.reverse {
		for it.pos >= 0 && it.pos < len(d.entries) {
			e = d.entries[it.pos]
			it.pos--
			if e.key != nil {
				found = true
				break
			}
		}
	} else {
		e, found = d.entryAt(&it.pos)
	}
	if found && it.left <= 0 {
		// Same size but different keys: CPython reports this too.
		it.used = -1
		d.mu.Unlock()
		return nil, NewError(RuntimeErrorType, "dictionary keys changed during iteration")
	}
	if !found {
		it.done = true
		d.mu.Unlock()
		return nil, nil
	}
	it.left--
	d.mu.Unlock()
	switch it.kind {
	case dictIterKeys:
		return e.key, nil
	case dictIterValues:
		return e.value, nil
	}
	return NewTuple([]Object{e.key, e.value}), nil
}

// dictGetItemSlot is d[k]; a dict subclass's __missing__ is called for an
// absent key.
func dictGetItemSlot(th *Thread, o, k Object) (Object, error) {
	d, _ := asDict(o)
	v, err := d.Get(th, k)
	if err != nil || v != nil {
		return v, err
	}
	inst, ok := o.(*Instance)
	if !ok {
		inst = d.owner
	}
	if inst != nil {
		if m := inst.Type().Lookup(Intern("__missing__")); m != nil {
			return Call(th, m, []Object{inst, k}, nil)
		}
	}
	return nil, NewKeyError(k)
}

func dictRepr(th *Thread, o Object) (Object, error) {
	d, _ := asDict(o)
	keys, values := d.Items()
	if len(keys) == 0 {
		return NewStr("{}"), nil
	}
	if !contReprEnter(th, o) {
		return NewStr("{...}"), nil
	}
	defer contReprLeave(th, o)
	buf := []byte{'{'}
	for i, key := range keys {
		if i > 0 {
			buf = append(buf, ", "...)
		}
		k, err := Repr(th, key)
		if err != nil {
			return nil, err
		}
		v, err := Repr(th, values[i])
		if err != nil {
			return nil, err
		}
		buf = append(buf, k.String()...)
		buf = append(buf, ": "...)
		buf = append(buf, v.String()...)
	}
	return NewStr(string(append(buf, '}'))), nil
}

// dictEqual is a == b for dicts: same length and every key of a maps to
// an equal value in b.
func dictEqual(th *Thread, a, b *Dict) (bool, error) {
	if a == b {
		return true, nil
	}
	if a.Len() != b.Len() {
		return false, nil
	}
	keys, values := a.Items()
	for i, key := range keys {
		v, err := b.Get(th, key)
		if err != nil {
			return false, err
		}
		if v == nil {
			return false, nil
		}
		if !Is(v, values[i]) {
			eq, err := CompareBool(th, OpEQ, values[i], v)
			if err != nil || !eq {
				return false, err
			}
		}
	}
	return true, nil
}

// Update implements d.update(other): a dict, a mapping (an object with
// keys()), or an iterable of key/value pairs.
func (d *Dict) Update(th *Thread, other Object) error {
	if od, ok := asDict(other); ok {
		if _, exact := other.(*Dict); exact || other.Type().Lookup(Intern("keys")) == DictType.Dict.GetStr(Intern("keys")) {
			keys, values := od.Items()
			for i, k := range keys {
				if err := d.SetItem(th, k, values[i]); err != nil {
					return err
				}
			}
			return nil
		}
	}
	keys, err := GetAttrOpt(th, other, Intern("keys"))
	if err != nil {
		return err
	}
	if keys != nil {
		ks, err := Call0(th, keys)
		if err != nil {
			return err
		}
		return contIterate(th, ks, func(k Object) (bool, error) {
			v, err := GetItem(th, other, k)
			if err != nil {
				return false, err
			}
			return true, d.SetItem(th, k, v)
		})
	}
	return d.mergeFromSeq(th, other)
}

// mergeFromSeq adds the pairs of an iterable of 2-sequences, with
// CPython's messages for malformed elements.
func (d *Dict) mergeFromSeq(th *Thread, seq Object) error {
	it, err := Iter(th, seq)
	if err != nil {
		return err
	}
	for i := 0; ; i++ {
		item, err := Next(th, it)
		if err != nil {
			return err
		}
		if item == nil {
			return nil
		}
		var pair []Object
		if t, ok := item.(*Tuple); ok {
			pair = t.Items
		} else if item.Type().Slots.Iter == nil {
			return NewError(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
		} else if pair, err = contCollect(th, item); err != nil {
			return err
		}
		if len(pair) != 2 {
			return NewError(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if err := d.SetItem(th, pair[0], pair[1]); err != nil {
			return err
		}
	}
}

// dictUpdateArgs handles dict(...)/d.update(...) arguments.
func dictUpdateArgs(th *Thread, d *Dict, name string, args []Object, kw *KwArgs) error {
	if len(args) > 1 {
		return NewError(TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 1 {
		if err := d.Update(th, args[0]); err != nil {
			return err
		}
	}
	for i := 0; i < kw.Len(); i++ {
		if err := d.SetItem(th, kw.Names[i], kw.Values[i]); err != nil {
			return err
		}
	}
	return nil
}

// PopItem removes and returns the last inserted item (ok false if empty).
func (d *Dict) PopItem() (k, v Object, ok bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for i := len(d.entries) - 1; i >= 0; i-- {
		if e := d.entries[i]; e.key != nil {
			d.deleteAt(i, d.slotOf(i))
			return e.key, e.value, true
		}
	}
	return nil, nil, false
}

func dictSelf(self Object) *Dict {
	d, _ := asDict(self)
	return d
}

func init() {
	s := &DictType.Slots
	s.Repr = dictRepr
	s.Hash = contUnhashable
	s.Len = func(th *Thread, o Object) (int, error) { return dictSelf(o).Len(), nil }
	s.Bool = func(th *Thread, o Object) (bool, error) { return dictSelf(o).Len() > 0, nil }
	s.GetItem = dictGetItemSlot
	s.SetItem = func(th *Thread, o, k, v Object) error { return dictSelf(o).SetItem(th, k, v) }
	s.DelItem = func(th *Thread, o, k Object) error { return dictSelf(o).DelItem(th, k) }
	s.Contains = func(th *Thread, o, k Object) (bool, error) { return dictSelf(o).Contains(th, k) }
	s.Iter = func(th *Thread, o Object) (Object, error) {
		return newDictIterator(dictSelf(o), dictIterKeys, false), nil
	}
	s.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := asDict(a)
		y, ok2 := asDict(b)
		if !ok1 || !ok2 || (op != OpEQ && op != OpNE) {
			return NotImplemented, nil
		}
		eq, err := dictEqual(th, x, y)
		if err != nil {
			return nil, err
		}
		return Bool(eq == (op == OpEQ)), nil
	}
	s.Binary[OpOr] = func(th *Thread, a, b Object) (Object, error) {
		x, _ := asDict(a)
		y, ok := asDict(b)
		if !ok {
			return NotImplemented, nil
		}
		c := x.Copy()
		if err := c.Update(th, y); err != nil {
			return nil, err
		}
		return c, nil
	}
	s.RBinary[OpOr] = func(th *Thread, self, other Object) (Object, error) {
		y, _ := asDict(self)
		x, ok := asDict(other)
		if !ok {
			return NotImplemented, nil
		}
		c := x.Copy()
		if err := c.Update(th, y); err != nil {
			return nil, err
		}
		return c, nil
	}
	s.InPlace[OpOr] = func(th *Thread, a, b Object) (Object, error) {
		if err := dictSelf(a).Update(th, b); err != nil {
			return nil, err
		}
		return a, nil
	}
	s.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if cls == DictType {
			return NewDict(), nil
		}
		inst := NewInstance(cls)
		d := NewDict()
		d.owner = inst
		inst.Base = d
		return inst, nil
	}
	s.Init = func(th *Thread, self Object, args []Object, kw *KwArgs) error {
		return dictUpdateArgs(th, dictSelf(self), "dict", args, kw)
	}

	for _, t := range []*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType,
		DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType} {
		t.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
		t.Slots.Next = dictIterNext
		DefMethod(t, "__length_hint__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			it := self.(*dictIterator)
			it.d.mu.Lock()
			defer it.d.mu.Unlock()
			if it.done || it.left < 0 || it.used < 0 {
				return Int(0), nil
			}
			return Int(it.left), nil
		})
	}

	DefMethod(DictType, "keys", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("dict.keys", args, kw); err != nil {
			return nil, err
		}
		return &DictView{d: dictSelf(self), kind: dictIterKeys}, nil
	})
	DefMethod(DictType, "values", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("dict.values", args, kw); err != nil {
			return nil, err
		}
		return &DictView{d: dictSelf(self), kind: dictIterValues}, nil
	})
	DefMethod(DictType, "items", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("dict.items", args, kw); err != nil {
			return nil, err
		}
		return &DictView{d: dictSelf(self), kind: dictIterItems}, nil
	})
	DefMethod(DictType, "get", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("get", args, kw, 1, 2); err != nil {
			return nil, err
		}
		v, err := dictSelf(self).Get(th, args[0])
		if err != nil {
			return nil, err
		}
		if v == nil {
			if len(args) == 2 {
				return args[1], nil
			}
			return None, nil
		}
		return v, nil
	})
	DefMethod(DictType, "setdefault", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("setdefault", args, kw, 1, 2); err != nil {
			return nil, err
		}
		var def Object = None
		if len(args) == 2 {
			def = args[1]
		}
		return dictSelf(self).SetDefault(th, args[0], def)
	})
	DefMethod(DictType, "pop", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("pop", args, kw, 1, 2); err != nil {
			return nil, err
		}
		v, err := dictSelf(self).Pop(th, args[0])
		if err != nil {
			return nil, err
		}
		if v == nil {
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, NewKeyError(args[0])
		}
		return v, nil
	})
	DefMethod(DictType, "popitem", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("dict.popitem", args, kw); err != nil {
			return nil, err
		}
		k, v, ok := dictSelf(self).PopItem()
		if !ok {
			return nil, NewError(KeyErrorType, "popitem(): dictionary is empty")
		}
		return NewTuple([]Object{k, v}), nil
	})
	DefMethod(DictType, "update", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return None, dictUpdateArgs(th, dictSelf(self), "update", args, kw)
	})
	DefMethod(DictType, "copy", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("dict.copy", args, kw); err != nil {
			return nil, err
		}
		return dictSelf(self).Copy(), nil
	})
	DefMethod(DictType, "clear", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("dict.clear", args, kw); err != nil {
			return nil, err
		}
		dictSelf(self).Clear()
		return None, nil
	})
	DefMethod(DictType, "__reversed__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("dict.__reversed__", args, kw); err != nil {
			return nil, err
		}
		return newDictIterator(dictSelf(self), dictIterKeys, true), nil
	})
	DefClassMethod(DictType, "fromkeys", func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("fromkeys", args, kw, 1, 2); err != nil {
			return nil, err
		}
		var value Object = None
		if len(args) == 2 {
			value = args[1]
		}
		res, err := Call(th, cls, nil, nil)
		if err != nil {
			return nil, err
		}
		if d, ok := res.(*Dict); ok {
			err = contIterate(th, args[0], func(k Object) (bool, error) {
				return true, d.SetItem(th, k, value)
			})
		} else {
			err = contIterate(th, args[0], func(k Object) (bool, error) {
				return true, SetItem(th, res, k, value)
			})
		}
		if err != nil {
			return nil, err
		}
		return res, nil
	})
}
