package py

// Structural pattern matching helpers (match statement), with CPython's
// semantics for class, sequence and mapping patterns.

// selfMatching are the built-in types whose single positional
// sub-pattern matches the subject itself (int(x), str(s), ...).
func selfMatching(t *Type) bool {
	for _, b := range []*Type{BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType} {
		if t.IsSubtype(b) && (t == b || t.Flags&FlagHeapType != 0) {
			return true
		}
	}
	return false
}

// MatchClass matches `case cls(p1, ..., k1=..., ...)`: it reports whether
// subject is an instance of cls and returns the attribute values to match
// the sub-patterns against (nPos positional, then one per kwNames).
func MatchClass(th *Thread, subject, cls Object, nPos int, kwNames []*Str) ([]Object, bool, error) {
	t, ok := cls.(*Type)
	if !ok {
		return nil, false, NewError(TypeErrorType, "called match pattern must be a type")
	}
	inst, err := IsInstance(th, subject, t)
	if err != nil || !inst {
		return nil, false, err
	}
	out := make([]Object, 0, nPos+len(kwNames))
	var seen []string
	if nPos > 0 {
		ma, err := GetAttrOpt(th, t, cnDnMatchArgs)
		if err != nil {
			return nil, false, err
		}
		var names []Object
		if ma != nil {
			tup, ok := ma.(*Tuple)
			if !ok {
				return nil, false, NewError(TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", t.Name, ma.Type().Name)
			}
			names = tup.Items
		} else if selfMatching(t) {
			if nPos > 1 {
				return nil, false, NewError(TypeErrorType, "%s() accepts 1 positional sub-pattern (%d given)", t.Name, nPos)
			}
			out = append(out, subject)
			nPos = 0
		}
		if nPos > len(names) {
			if nPos > 0 {
				return nil, false, NewError(TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", t.Name, len(names), pluralS(len(names)), nPos)
			}
		}
		for i := 0; i < nPos; i++ {
			s, ok := names[i].(*Str)
			if !ok {
				return nil, false, NewError(TypeErrorType, "__match_args__ elements must be strings (got %s)", names[i].Type().Name)
			}
			seen = append(seen, s.String())
			v, err := GetAttrOpt(th, subject, s)
			if err != nil {
				return nil, false, err
			}
			if v == nil {
				return nil, false, nil
			}
			out = append(out, v)
		}
	}
	for _, k := range kwNames {
		for _, s := range seen {
			if s == k.String() {
				return nil, false, NewError(TypeErrorType, "%s() got multiple sub-patterns for attribute '%s'", t.Name, s)
			}
		}
		seen = append(seen, k.String())
		v, err := GetAttrOpt(th, subject, k)
		if err != nil {
			return nil, false, err
		}
		if v == nil {
			return nil, false, nil
		}
		out = append(out, v)
	}
	return out, true, nil
}

// mroHasABC reports whether t derives from an abstract base class of
// collections.abc / typing with one of the names.
func mroHasABC(t *Type, names ...string) bool {
	for _, m := range t.MRO {
		if m.Module != "collections.abc" && m.Module != "typing" && m.Module != "_collections_abc" {
			continue
		}
		for _, n := range names {
			if m.Name == n {
				return true
			}
		}
	}
	return false
}

// isMatchSequence reports whether subject is a sequence for a sequence
// pattern (not str, bytes or bytearray).
func isMatchSequence(subject Object) bool {
	t := subject.Type()
	for _, b := range []*Type{StrType, BytesType, ByteArrayType} {
		if t.IsSubtype(b) {
			return false
		}
	}
	for _, b := range []*Type{ListType, TupleType, RangeType, MemoryViewType} {
		if t.IsSubtype(b) {
			return true
		}
	}
	if t.Name == "deque" || t.Name == "array" {
		return true
	}
	return mroHasABC(t, "Sequence", "MutableSequence")
}

// MatchSequence matches a sequence pattern: subject must be a sequence
// with exactly minLen items (exact) or at least minLen (with a star
// pattern). It returns the items.
func MatchSequence(th *Thread, subject Object, minLen int, exact bool) ([]Object, bool, error) {
	if !isMatchSequence(subject) {
		return nil, false, nil
	}
	n, err := Len(th, subject)
	if err != nil {
		return nil, false, err
	}
	if (exact && n != minLen) || n < minLen {
		return nil, false, nil
	}
	items, err := Collect(th, subject)
	if err != nil {
		return nil, false, err
	}
	return items, true, nil
}

func isMatchMapping(subject Object) bool {
	t := subject.Type()
	if t.IsSubtype(DictType) || t == MappingProxyType {
		return true
	}
	return mroHasABC(t, "Mapping", "MutableMapping")
}

// MatchMapping matches a mapping pattern with the given keys: subject must
// be a mapping containing every key; it returns the values.
func MatchMapping(th *Thread, subject Object, keys []Object) ([]Object, bool, error) {
	if !isMatchMapping(subject) {
		return nil, false, nil
	}
	if len(keys) == 0 {
		return nil, true, nil
	}
	n, err := Len(th, subject)
	if err != nil {
		return nil, false, err
	}
	if n < len(keys) {
		return nil, false, nil
	}
	for i := range keys {
		for j := 0; j < i; j++ {
			eq, err := Equal(th, keys[i], keys[j])
			if err != nil {
				return nil, false, err
			}
			if eq {
				r, _ := Repr(th, keys[i])
				return nil, false, NewError(ValueErrorType, "mapping pattern checks duplicate key (%s)", r.String())
			}
		}
	}
	get, err := GetAttr(th, subject, cnNameGet)
	if err != nil {
		return nil, false, err
	}
	sentinel := &Instance{typ: ObjectType}
	out := make([]Object, len(keys))
	for i, k := range keys {
		v, err := Call2(th, get, k, sentinel)
		if err != nil {
			return nil, false, err
		}
		if v == Object(sentinel) {
			return nil, false, nil
		}
		out[i] = v
	}
	return out, true, nil
}

// MatchMappingRest returns the **rest of a mapping pattern: a new dict of
// the subject's items whose keys are not in keys.
func MatchMappingRest(th *Thread, subject Object, keys []Object) (Object, error) {
	d := NewDict()
	items, err := CallMethod0(th, subject, cnNameItems)
	if err != nil {
		return nil, err
	}
	err = ForEach(th, items, func(kv Object) (bool, error) {
		pair, err := Unpack(th, kv, 2)
		if err != nil {
			return false, err
		}
		for _, k := range keys {
			eq, err := Equal(th, pair[0], k)
			if err != nil {
				return false, err
			}
			if eq {
				return true, nil
			}
		}
		return true, d.SetItem(th, pair[0], pair[1])
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}
