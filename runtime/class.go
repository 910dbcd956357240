package py

// Class creation: the class statement (MakeClass), type(name, bases,
// dict), C3 linearisation, __slots__, __set_name__, __init_subclass__,
// metaclasses and __prepare__.

import "strings"

// MakeClass implements a class statement: it resolves the metaclass,
// prepares the namespace (__prepare__), runs body with it, and calls the
// metaclass. kw holds the class keywords (metaclass=..., and those passed
// to __init_subclass__).
func MakeClass(th *Thread, name, qualname, module string, bases []Object, kw *KwArgs,
	body func(th *Thread, ns *Dict) error) (Object, error) {
	origBases := bases
	bases, changed, err := resolveMROEntries(th, bases)
	if err != nil {
		return nil, err
	}
	var meta Object
	var rest *KwArgs
	if kw.Len() > 0 {
		rest = &KwArgs{}
		for i, n := range kw.Names {
			if n.String() == "metaclass" {
				meta = kw.Values[i]
				continue
			}
			rest.Names = append(rest.Names, n)
			rest.Values = append(rest.Values, kw.Values[i])
		}
	}
	isClass := false
	if meta == nil {
		if len(bases) == 0 {
			meta = TypeType
		} else {
			meta = bases[0].Type()
		}
		isClass = true
	} else if _, ok := meta.(*Type); ok {
		isClass = true
	}
	if isClass {
		mt, err := calculateMeta(meta.(*Type), bases)
		if err != nil {
			return nil, err
		}
		meta = mt
	}
	basesTuple := NewTuple(append([]Object(nil), bases...))
	// __prepare__
	var ns *Dict
	var nsObj Object
	replay := false
	if prep, err := GetAttrOpt(th, meta, cnDnPrepare); err != nil {
		return nil, err
	} else if prep != nil && !(isClass && meta.(*Type).Lookup(cnDnPrepare) == typePrepare) {
		r, err := Call(th, prep, []Object{NewStr(name), basesTuple}, rest)
		if err != nil {
			return nil, err
		}
		nsObj = r
		if d, ok := r.(*Dict); ok {
			ns = d
		} else if in, ok := r.(*Instance); ok {
			if d, ok := in.Base.(*Dict); ok {
				ns = d
				if in.Type().Lookup(cnDnSetitem) != DictType.Lookup(cnDnSetitem) {
					// A mapping with its own __setitem__ (enum's): the body
					// runs on a plain dict whose items are then stored
					// through __setitem__, in order.
					replay = true
					ns = NewDict()
				}
			}
		}
		if ns == nil {
			return nil, NewError(TypeErrorType, "%s.__prepare__() must return a mapping, not %s", typeNameOf(meta), r.Type().Name)
		}
	} else {
		ns = NewDict()
		nsObj = ns
	}
	ns.SetStr(cnDnModule, NewStr(module))
	ns.SetStr(cnDnQualname, NewStr(qualname))
	if err := body(th, ns); err != nil {
		return nil, err
	}
	if replay {
		keys, vals := ns.Items()
		for i, k := range keys {
			if err := SetItem(th, nsObj, k, vals[i]); err != nil {
				return nil, err
			}
		}
	}
	if changed {
		ns.SetStr(cnDnOrigBases, NewTuple(append([]Object(nil), origBases...)))
	}
	args := []Object{NewStr(name), basesTuple, nsObj}
	cls, err := Call(th, meta, args, rest)
	if err != nil {
		return nil, err
	}
	if cell, ok := ns.GetStr(cnDnClasscell).(*Cell); ok && cell.V == nil {
		cell.V = cls
	}
	return cls, nil
}

func typeNameOf(o Object) string {
	if t, ok := o.(*Type); ok {
		return t.Name
	}
	return o.Type().Name
}

// resolveMROEntries replaces non-class bases that define __mro_entries__.
func resolveMROEntries(th *Thread, bases []Object) ([]Object, bool, error) {
	changed := false
	var out []Object
	for i, b := range bases {
		if _, ok := b.(*Type); ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		me, err := lookupSpecial(th, b, cnDnMroEntries)
		if err != nil {
			return nil, false, err
		}
		if me == nil {
			if changed {
				out = append(out, b)
			}
			continue
		}
		if !changed {
			out = append([]Object(nil), bases[:i]...)
			changed = true
		}
		r, err := Call1(th, me, NewTuple(append([]Object(nil), bases...)))
		if err != nil {
			return nil, false, err
		}
		t, ok := r.(*Tuple)
		if !ok {
			return nil, false, NewError(TypeErrorType, "__mro_entries__ must return a tuple")
		}
		out = append(out, t.Items...)
	}
	if !changed {
		return bases, false, nil
	}
	return out, true, nil
}

// calculateMeta finds the most derived metaclass among meta and the
// bases' metaclasses.
func calculateMeta(meta *Type, bases []Object) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, NewError(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// computeMRO is the C3 linearisation of a class with the given bases.
func computeMRO(t *Type, bases []*Type) ([]*Type, error) {
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	mro := []*Type{t}
	for {
		nonEmpty := false
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = true
				break
			}
		}
		if !nonEmpty {
			return mro, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
						break
					}
				}
				if inTail {
					break
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			// CPython lists the remaining candidates in base order.
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs[:len(seqs)-1] {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, NewError(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		mro = append(mro, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// layoutBase is the built-in type that determines the instance layout.
func layoutBase(t *Type) *Type {
	for {
		switch {
		case t.Flags&FlagHeapType != 0:
			if len(t.Bases) == 0 {
				return ObjectType
			}
			t = bestBase(t.Bases)
		case sharesExcLayout(t):
			t = t.Bases[0]
		default:
			return t
		}
	}
}

// excOwnLayout lists the built-in exception classes whose CPython instances
// have fields beyond their base's (a different __basicsize__). Every other
// built-in exception shares its base's layout, so that, as in CPython,
// class E(ArithmeticError, TypeError) is accepted while
// class E(OSError, SyntaxError) is a lay-out conflict.
var excOwnLayout = map[*Type]bool{
	BaseExceptionType: true, AttributeErrorType: true, BaseExceptionGroupType: true, ExceptionGroupType: true,
	ImportErrorType: true, NameErrorType: true, OSErrorType: true, StopIterationType: true, SyntaxErrorType: true,
	SystemExitType: true, UnicodeDecodeErrorType: true, UnicodeEncodeErrorType: true, UnicodeTranslateErrorType: true,
}

// sharesExcLayout reports whether t is a built-in exception class whose
// instances are laid out as its single base's.
func sharesExcLayout(t *Type) bool {
	return len(t.Bases) == 1 && !excOwnLayout[t] && t.IsSubtype(BaseExceptionType)
}

func bestBase(bases []*Type) *Type {
	var winner *Type
	for _, b := range bases {
		lb := layoutBase(b)
		if winner == nil || lb.IsSubtype(winner) {
			winner = lb
		}
	}
	return winner
}

// TypeNew is type.__new__(meta, name, bases, ns) with the class keywords.
func TypeNew(th *Thread, meta *Type, name string, bases []Object, ns *Dict, kw *KwArgs) (*Type, error) {
	var bs []*Type
	for _, b := range bases {
		bt, ok := b.(*Type)
		if !ok {
			return nil, NewError(TypeErrorType, "bases must be types")
		}
		if bt.Flags&FlagBaseType == 0 {
			return nil, NewError(TypeErrorType, "type '%s' is not an acceptable base type", bt.Name)
		}
		for _, x := range bs {
			if x == bt {
				return nil, NewError(TypeErrorType, "duplicate base class %s", bt.Name)
			}
		}
		bs = append(bs, bt)
	}
	if len(bs) == 0 {
		bs = []*Type{ObjectType}
	}
	// Layout conflicts: all bases' layouts must lie on one chain.
	var solid *Type
	for _, b := range bs {
		lb := layoutBase(b)
		switch {
		case solid == nil || lb.IsSubtype(solid):
			solid = lb
		case solid.IsSubtype(lb):
		default:
			return nil, NewError(TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	t := &Type{Name: name, QualName: name, Bases: bs, Flags: FlagHeapType | FlagBaseType, Base: solid}
	if meta != TypeType {
		t.meta = meta
	}
	mro, err := computeMRO(t, bs)
	if err != nil {
		return nil, err
	}
	t.MRO = mro
	d := ns.Copy()
	t.Dict = d
	if q := d.GetStr(cnDnQualname); q != nil {
		s, ok := q.(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "type __qualname__ must be a str, not %s", q.Type().Name)
		}
		t.QualName = s.String()
		d.DelStr(cnDnQualname)
	}
	if m, ok := d.GetStr(cnDnModule).(*Str); ok {
		t.Module = m.String()
	} else if d.GetStr(cnDnModule) == nil {
		// Without frames, classes made by type() outside a class statement
		// are attributed to __main__.
		mod := "__main__"
		t.Module = mod
		d.SetStr(cnDnModule, NewStr(mod))
	}
	if doc, ok := d.GetStr(cnDnDoc).(*Str); ok {
		t.Doc = doc.String()
	} else if d.GetStr(cnDnDoc) == nil {
		d.SetStr(cnDnDoc, None)
	}
	// __new__ is a static method, __init_subclass__ and __class_getitem__
	// are class methods.
	if f, ok := d.GetStr(cnDnNew).(*Function); ok {
		d.SetStr(cnDnNew, &StaticMethod{Func: f})
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := d.GetStr(Intern(n)).(*Function); ok {
			d.SetStr(Intern(n), &ClassMethod{Func: f})
		}
	}
	// Instance dict and __slots__.
	baseHasDict := false
	for _, b := range mro[1:] {
		if b.Flags&FlagHasDict != 0 && b != TypeType {
			baseHasDict = true
		}
	}
	// Inherited __slots__ come first, so the base's member descriptors'
	// indices stay valid.
	for _, b := range bs {
		if b.Flags&FlagHeapType != 0 && len(b.SlotNames) > 0 {
			t.SlotNames = append([]string(nil), b.SlotNames...)
			break
		}
	}
	if solid == TypeType {
		baseHasDict = true
	}
	addDict := !baseHasDict
	if sl := d.GetStr(cnDnSlots); sl != nil {
		var names []Object
		if s, ok := sl.(*Str); ok {
			names = []Object{s}
		} else {
			items, err := collect(th, sl)
			if err != nil {
				return nil, err
			}
			names = items
		}
		addDict = false
		for _, n := range names {
			s, ok := n.(*Str)
			if !ok {
				return nil, NewError(TypeErrorType, "__slots__ items must be strings, not '%s'", n.Type().Name)
			}
			if !strIsIdentifier(s) {
				return nil, NewError(TypeErrorType, "__slots__ must be identifiers")
			}
			sn := s.String()
			if sn == "__dict__" {
				if !baseHasDict {
					addDict = true
				}
				continue
			}
			if sn == "__weakref__" {
				continue
			}
			if strings.HasPrefix(sn, "__") && !strings.HasSuffix(sn, "__") {
				sn = "_" + strings.TrimLeft(name, "_") + sn
			}
			if d.GetStr(NewStr(sn)) != nil {
				return nil, NewError(ValueErrorType, "'%s' in __slots__ conflicts with class variable", sn)
			}
			d.SetStr(NewStr(sn), &MemberDescriptor{Name: sn, Owner: t, Index: len(t.SlotNames)})
			t.SlotNames = append(t.SlotNames, sn)
		}
		if t.SlotNames == nil {
			t.SlotNames = []string{}
		}
		if baseHasDict {
			t.Flags |= FlagHasDict
		}
	} else {
		t.Flags |= FlagHasDict
		if len(t.SlotNames) == 0 {
			t.SlotNames = nil
		}
	}
	plainInstances := !solid.IsSubtype(BaseExceptionType) && !solid.IsSubtype(TypeType) && !solid.IsSubtype(ModuleType)
	if addDict {
		t.Flags |= FlagHasDict
		if d.GetStr(cnDnDict) == nil && plainInstances {
			d.SetStr(cnDnDict, &GetSetDescriptor{Name: "__dict__", Owner: t, Get: instanceDictGetter, Set: instanceDictSetter})
		}
		if d.GetStr(cnDnWeakref) == nil && plainInstances {
			d.SetStr(cnDnWeakref, &GetSetDescriptor{Name: "__weakref__", Owner: t,
				Get: func(th *Thread, self Object) (Object, error) { return None, nil }})
		}
	}
	// A class that defines __eq__ but not __hash__ is unhashable.
	if d.GetStr(cnDnEq) != nil && d.GetStr(cnDnHash) == nil {
		d.SetStr(cnDnHash, None)
	}
	cell, _ := d.GetStr(cnDnClasscell).(*Cell)
	if cell != nil {
		cell.V = t
		d.DelStr(cnDnClasscell)
	}
	fixupSlots(t)
	for _, b := range bs {
		b.subMu.Lock()
		b.subs = append(b.subs, t)
		b.subMu.Unlock()
	}
	if abs := d.GetStr(cnDnAbstractmethods); abs != nil {
		if ok, _ := Truth(th, abs); ok {
			t.Flags |= FlagAbstract
		}
	}
	t.ready = true
	t.readyFlag.Store(true)
	// __set_name__ on the namespace's descriptors.
	keys, vals := d.Items()
	for i, k := range keys {
		v := vals[i]
		sn, err := lookupSpecial(th, v, cnDnSetName)
		if err != nil {
			return nil, err
		}
		if sn != nil {
			if _, err := Call2(th, sn, t, k); err != nil {
				return nil, setNameError(th, err, v, k, name)
			}
		}
	}
	// __init_subclass__ of the parent.
	sup := &SuperObject{Type_: t, Obj: t, ObjType: t}
	isc, err := GetAttr(th, sup, cnDnInitSubclass)
	if err != nil {
		return nil, err
	}
	if _, err := Call(th, isc, nil, kw); err != nil {
		return nil, err
	}
	return t, nil
}

// setNameError is CPython 3.11's RuntimeError for a failing __set_name__,
// chained to the original exception (raise ... from err).
func setNameError(th *Thread, err error, v, key Object, owner string) error {
	e, ok := err.(*BaseException)
	if !ok {
		return err
	}
	r, rerr := Repr(th, key)
	if rerr != nil {
		return rerr
	}
	re := NewError(RuntimeErrorType, "Error calling __set_name__ on '%s' instance %s in '%s'", v.Type().Name, r.String(), owner)
	re.Cause = e
	re.Context = e
	re.SuppressContext = true
	return re
}

func instanceDictGetter(th *Thread, self Object) (Object, error) {
	d := instanceDict(self, true)
	if d == nil {
		return nil, attrError(self, cnDnDict)
	}
	return d, nil
}

func instanceDictSetter(th *Thread, self Object, v Object) error {
	d, ok := v.(*Dict)
	if !ok {
		return NewError(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", typeName(v))
	}
	switch o := self.(type) {
	case *Instance:
		o.Dict = d
	case *BaseException:
		o.Dict = d
	default:
		return NewError(AttributeErrorType, "attribute '__dict__' of '%s' objects is not writable", self.Type().Name)
	}
	return nil
}

// typePrepare is type.__prepare__ (returns a new dict).
var typePrepare Object
