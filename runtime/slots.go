package py

// The slot table: how each Slots field relates to special methods.
//
// For a class defined in Python each slot is either inherited from the
// nearest built-in type in the MRO that implements it (wrapped so that the
// built-in code sees Instance.Base), or, when a Python class earlier in
// the MRO defines one of the slot's special methods, a dispatcher that
// looks the method up on type(self) at call time and calls it (a plain
// Python function is called through its fixed-arity entry point, so 1-2
// argument slots allocate nothing). For built-in types each slot the type
// implements is exposed in its dict as a slot wrapper (int.__add__).

// slotDef describes one slot.
type slotDef struct {
	names []string
	// stop lists special methods that, when found first, leave the slot
	// empty (__len__ for __bool__: truth then falls back to len).
	stop []string
	get  func(s *Slots) bool
	// copy copies the slot from src to dst; unwrap wraps it so that the
	// receiver (and other operands) are replaced by Instance.Base.
	copy func(dst, src *Slots, unwrap bool)
	// python installs the dispatcher calling the Python special method.
	python func(s *Slots)
	clear  func(s *Slots)
	// wrap returns the wrapper's call function for special method name.
	wrap func(s *Slots, name string) MethodFunc
}

// slotDefs lists every slot; built by init below.
var slotDefs []*slotDef

// slotsByName maps a special method name to the slots it affects.
var slotsByName = map[string][]*slotDef{}

func addSlot(d *slotDef) {
	slotDefs = append(slotDefs, d)
	for _, n := range d.names {
		slotsByName[n] = append(slotsByName[n], d)
	}
}

// lookupSpecialOn finds name on type(o).
func lookupSpecialOn(o Object, name *Str) Object { return o.Type().Lookup(name) }

// callSpecial0 calls special method m (found on type(self)) as self.m().
func callSpecial0(th *Thread, m, self Object) (Object, error) {
	switch f := m.(type) {
	case *Function:
		return Call1(th, f, self)
	case *SlotWrapper:
		return callBuiltinMethod(th, f.Owner, f.Call, self, nil, nil)
	case *MethodDescriptor:
		return callBuiltinMethod(th, f.Owner, f.Fn, self, nil, nil)
	}
	b, err := bindDescr(th, m, self, self.Type())
	if err != nil {
		return nil, err
	}
	return Call0(th, b)
}

// callSpecial1 calls self.m(a).
func callSpecial1(th *Thread, m, self, a Object) (Object, error) {
	switch f := m.(type) {
	case *Function:
		return Call2(th, f, self, a)
	case *SlotWrapper:
		return callBuiltinMethod(th, f.Owner, f.Call, self, []Object{a}, nil)
	case *MethodDescriptor:
		return callBuiltinMethod(th, f.Owner, f.Fn, self, []Object{a}, nil)
	}
	b, err := bindDescr(th, m, self, self.Type())
	if err != nil {
		return nil, err
	}
	return Call1(th, b, a)
}

// callSpecial2 calls self.m(a, b).
func callSpecial2(th *Thread, m, self, a, b Object) (Object, error) {
	switch f := m.(type) {
	case *Function:
		return Call3(th, f, self, a, b)
	case *SlotWrapper:
		return callBuiltinMethod(th, f.Owner, f.Call, self, []Object{a, b}, nil)
	case *MethodDescriptor:
		return callBuiltinMethod(th, f.Owner, f.Fn, self, []Object{a, b}, nil)
	}
	bm, err := bindDescr(th, m, self, self.Type())
	if err != nil {
		return nil, err
	}
	return Call2(th, bm, a, b)
}

// callSpecialN calls self.m(*args, **kw).
func callSpecialN(th *Thread, m, self Object, args []Object, kw *KwArgs) (Object, error) {
	switch f := m.(type) {
	case *Function:
		return callBound(th, f, self, args, kw)
	case *SlotWrapper:
		return callBuiltinMethod(th, f.Owner, f.Call, self, args, kw)
	case *MethodDescriptor:
		return callBuiltinMethod(th, f.Owner, f.Fn, self, args, kw)
	}
	b, err := bindDescr(th, m, self, self.Type())
	if err != nil {
		return nil, err
	}
	return Call(th, b, args, kw)
}

func wrapArgs(args []Object, kw *KwArgs, n int) error {
	if kw.Len() > 0 {
		return NewError(TypeErrorType, "wrapper takes no keyword arguments")
	}
	if len(args) != n {
		return NewError(TypeErrorType, "expected %d argument%s, got %d", n, pluralS(n), len(args))
	}
	return nil
}

// objSlot describes a slot of type func(th, o) (Object, error).
func objSlot(name string, field func(s *Slots) *func(th *Thread, o Object) (Object, error), post func(th *Thread, r Object, err error) (Object, error)) *slotDef {
	iname := Intern(name)
	return &slotDef{
		names: []string{name},
		get:   func(s *Slots) bool { return *field(s) != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := *field(src)
			if unwrap && f != nil {
				*field(dst) = func(th *Thread, o Object) (Object, error) { return f(th, Unwrap(o)) }
			} else {
				*field(dst) = f
			}
		},
		python: func(s *Slots) {
			*field(s) = func(th *Thread, o Object) (Object, error) {
				m := lookupSpecialOn(o, iname)
				if m == nil {
					return nil, attrError(o, iname)
				}
				r, err := callSpecial0(th, m, o)
				if post != nil {
					return post(th, r, err)
				}
				return r, err
			}
		},
		clear: func(s *Slots) { *field(s) = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := *field(s)
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if err := wrapArgs(args, kw, 0); err != nil {
					return nil, err
				}
				r, err := f(th, self)
				if r == nil && err == nil && name == "__next__" {
					return nil, NewException(StopIterationType)
				}
				return r, err
			}
		},
	}
}

// binSlot describes Binary[op], RBinary[op] or InPlace[op] (which: 0, 1, 2).
func binSlot(op BinOp, which int) *slotDef {
	name := binOpNames[op][which]
	iname := Intern(name)
	field := func(s *Slots) *func(th *Thread, a, b Object) (Object, error) {
		switch which {
		case 0:
			return &s.Binary[op]
		case 1:
			return &s.RBinary[op]
		}
		return &s.InPlace[op]
	}
	return &slotDef{
		names: []string{name},
		get:   func(s *Slots) bool { return *field(s) != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := *field(src)
			if unwrap && f != nil {
				*field(dst) = func(th *Thread, a, b Object) (Object, error) {
					ua := Unwrap(a)
					r, err := f(th, ua, Unwrap(b))
					if which == 2 && r == ua && ua != a {
						return a, err
					}
					return r, err
				}
			} else {
				*field(dst) = f
			}
		},
		python: func(s *Slots) {
			*field(s) = func(th *Thread, a, b Object) (Object, error) {
				m := lookupSpecialOn(a, iname)
				if m == nil {
					return NotImplemented, nil
				}
				return callSpecial1(th, m, a, b)
			}
		},
		clear: func(s *Slots) { *field(s) = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := *field(s)
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if op == OpPow && which != 2 && len(args) == 2 && s.Pow3 != nil {
					if args[1] == None {
						return f(th, self, args[0])
					}
					if which == 0 {
						return s.Pow3(th, self, args[0], args[1])
					}
					return s.Pow3(th, args[0], self, args[1])
				}
				if err := wrapArgs(args, kw, 1); err != nil {
					return nil, err
				}
				return f(th, self, args[0])
			}
		},
	}
}

func init() {
	addSlot(objSlot("__repr__", func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Repr }, checkStrResult("__repr__")))
	addSlot(objSlot("__str__", func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Str }, checkStrResult("__str__")))
	addSlot(objSlot("__int__", func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Int }, nil))
	addSlot(objSlot("__float__", func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Float }, nil))
	addSlot(objSlot("__index__", func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Index }, nil))
	addSlot(objSlot("__iter__", func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Iter }, nil))
	addSlot(objSlot("__next__", func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Next },
		func(th *Thread, r Object, err error) (Object, error) {
			if err != nil {
				if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(StopIterationType) {
					return nil, nil
				}
			}
			return r, err
		}))
	for i, n := range []string{"__neg__", "__pos__", "__invert__", "__abs__"} {
		op := UnaryOp(i)
		addSlot(objSlot(n, func(s *Slots) *func(*Thread, Object) (Object, error) { return &s.Unary[op] }, nil))
	}
	for op := BinOp(0); op < numBinOps; op++ {
		addSlot(binSlot(op, 0))
		addSlot(binSlot(op, 1))
		if op != OpDivMod {
			addSlot(binSlot(op, 2))
		}
	}
	addSlot(&slotDef{
		names: []string{"__hash__"},
		get:   func(s *Slots) bool { return s.Hash != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.Hash
			if unwrap && f != nil {
				dst.Hash = func(th *Thread, o Object) (int64, error) { return f(th, Unwrap(o)) }
			} else {
				dst.Hash = f
			}
		},
		python: func(s *Slots) {
			s.Hash = func(th *Thread, o Object) (int64, error) {
				m := lookupSpecialOn(o, cnDnHash)
				if m == nil || m == None {
					return 0, NewError(TypeErrorType, "unhashable type: '%s'", o.Type().Name)
				}
				r, err := callSpecial0(th, m, o)
				if err != nil {
					return 0, err
				}
				switch v := Unwrap(r).(type) {
				case Int:
					if v == -1 {
						return -2, nil
					}
					return int64(v), nil
				case Bool:
					if v {
						return 1, nil
					}
					return 0, nil
				case *BigInt:
					return Hash(th, v)
				}
				return 0, NewError(TypeErrorType, "__hash__ method should return an integer")
			}
		},
		clear: func(s *Slots) { s.Hash = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := s.Hash
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if err := wrapArgs(args, kw, 0); err != nil {
					return nil, err
				}
				h, err := f(th, self)
				return Int(h), err
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__bool__"},
		stop:  []string{"__len__"},
		get:   func(s *Slots) bool { return s.Bool != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.Bool
			if unwrap && f != nil {
				dst.Bool = func(th *Thread, o Object) (bool, error) { return f(th, Unwrap(o)) }
			} else {
				dst.Bool = f
			}
		},
		python: func(s *Slots) {
			s.Bool = func(th *Thread, o Object) (bool, error) {
				m := lookupSpecialOn(o, cnDnBool)
				if m == nil {
					return true, nil
				}
				r, err := callSpecial0(th, m, o)
				if err != nil {
					return false, err
				}
				b, ok := r.(Bool)
				if !ok {
					return false, NewError(TypeErrorType, "__bool__ should return bool, returned %s", r.Type().Name)
				}
				return bool(b), nil
			}
		},
		clear: func(s *Slots) { s.Bool = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := s.Bool
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if err := wrapArgs(args, kw, 0); err != nil {
					return nil, err
				}
				b, err := f(th, self)
				return Bool(b), err
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__len__"},
		get:   func(s *Slots) bool { return s.Len != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.Len
			if unwrap && f != nil {
				dst.Len = func(th *Thread, o Object) (int, error) { return f(th, Unwrap(o)) }
			} else {
				dst.Len = f
			}
		},
		python: func(s *Slots) {
			s.Len = func(th *Thread, o Object) (int, error) {
				m := lookupSpecialOn(o, cnDnLen)
				if m == nil {
					return 0, NewError(TypeErrorType, "object of type '%s' has no len()", o.Type().Name)
				}
				r, err := callSpecial0(th, m, o)
				if err != nil {
					return 0, err
				}
				iv, err := Index(th, r)
				if err != nil {
					return 0, err
				}
				n, ok := iv.(Int)
				if !ok {
					return 0, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
				}
				if n < 0 {
					return 0, NewError(ValueErrorType, "__len__() should return >= 0")
				}
				return int(n), nil
			}
		},
		clear: func(s *Slots) { s.Len = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := s.Len
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if err := wrapArgs(args, kw, 0); err != nil {
					return nil, err
				}
				n, err := f(th, self)
				return Int(n), err
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__format__"},
		get:   func(s *Slots) bool { return s.Format != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.Format
			if unwrap && f != nil {
				dst.Format = func(th *Thread, o Object, spec *Str) (Object, error) {
					if spec.String() == "" {
						// Built-in __format__ with an empty spec is str(self),
						// which a subclass may override.
						return StrOf(th, o)
					}
					return f(th, Unwrap(o), spec)
				}
			} else {
				dst.Format = f
			}
		},
		python: func(s *Slots) {
			s.Format = func(th *Thread, o Object, spec *Str) (Object, error) {
				m := lookupSpecialOn(o, cnDnFormat)
				if m == nil {
					return objectFormat(th, o, spec)
				}
				return callSpecial1(th, m, o, spec)
			}
		},
		clear: func(s *Slots) { s.Format = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := s.Format
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if err := wrapArgs(args, kw, 1); err != nil {
					return nil, err
				}
				spec, ok := args[0].(*Str)
				if !ok {
					return nil, NewError(TypeErrorType, "argument to __format__ must be str, not %s", args[0].Type().Name)
				}
				return f(th, self, spec)
			}
		},
	})
	addSlot(&slotDef{
		names: compareNames[:],
		get:   func(s *Slots) bool { return s.Compare != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.Compare
			if unwrap && f != nil {
				dst.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) { return f(th, Unwrap(a), Unwrap(b), op) }
			} else {
				dst.Compare = f
			}
		},
		python: func(s *Slots) {
			s.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
				m := lookupSpecialOn(a, Intern(compareNames[op]))
				if m == nil {
					return NotImplemented, nil
				}
				return callSpecial1(th, m, a, b)
			}
		},
		clear: func(s *Slots) { s.Compare = nil },
		wrap: func(s *Slots, name string) MethodFunc {
			f := s.Compare
			var op CompareOp
			for i, n := range compareNames {
				if n == name {
					op = CompareOp(i)
				}
			}
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if err := wrapArgs(args, kw, 1); err != nil {
					return nil, err
				}
				return f(th, self, args[0], op)
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__contains__"},
		get:   func(s *Slots) bool { return s.Contains != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.Contains
			if unwrap && f != nil {
				dst.Contains = func(th *Thread, c, item Object) (bool, error) { return f(th, Unwrap(c), item) }
			} else {
				dst.Contains = f
			}
		},
		python: func(s *Slots) {
			s.Contains = func(th *Thread, c, item Object) (bool, error) {
				m := lookupSpecialOn(c, cnDnContains)
				if m == nil || m == None {
					return false, NewError(TypeErrorType, "argument of type '%s' is not iterable", c.Type().Name)
				}
				r, err := callSpecial1(th, m, c, item)
				if err != nil {
					return false, err
				}
				return Truth(th, r)
			}
		},
		clear: func(s *Slots) { s.Contains = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := s.Contains
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if err := wrapArgs(args, kw, 1); err != nil {
					return nil, err
				}
				b, err := f(th, self, args[0])
				return Bool(b), err
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__getitem__"},
		get:   func(s *Slots) bool { return s.GetItem != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.GetItem
			if unwrap && f != nil {
				dst.GetItem = func(th *Thread, o, k Object) (Object, error) { return f(th, Unwrap(o), k) }
			} else {
				dst.GetItem = f
			}
		},
		python: func(s *Slots) {
			s.GetItem = func(th *Thread, o, k Object) (Object, error) {
				m := lookupSpecialOn(o, cnDnGetitem)
				if m == nil {
					return nil, NewError(TypeErrorType, "'%s' object is not subscriptable", o.Type().Name)
				}
				return callSpecial1(th, m, o, k)
			}
		},
		clear: func(s *Slots) { s.GetItem = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := s.GetItem
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if err := wrapArgs(args, kw, 1); err != nil {
					return nil, err
				}
				return f(th, self, args[0])
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__setitem__"},
		get:   func(s *Slots) bool { return s.SetItem != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.SetItem
			if unwrap && f != nil {
				dst.SetItem = func(th *Thread, o, k, v Object) error { return f(th, Unwrap(o), k, v) }
			} else {
				dst.SetItem = f
			}
		},
		python: func(s *Slots) {
			s.SetItem = func(th *Thread, o, k, v Object) error {
				m := lookupSpecialOn(o, cnDnSetitem)
				if m == nil {
					return NewError(TypeErrorType, "'%s' object does not support item assignment", o.Type().Name)
				}
				_, err := callSpecial2(th, m, o, k, v)
				return err
			}
		},
		clear: func(s *Slots) { s.SetItem = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := s.SetItem
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if err := wrapArgs(args, kw, 2); err != nil {
					return nil, err
				}
				return None, f(th, self, args[0], args[1])
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__delitem__"},
		get:   func(s *Slots) bool { return s.DelItem != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.DelItem
			if unwrap && f != nil {
				dst.DelItem = func(th *Thread, o, k Object) error { return f(th, Unwrap(o), k) }
			} else {
				dst.DelItem = f
			}
		},
		python: func(s *Slots) {
			s.DelItem = func(th *Thread, o, k Object) error {
				m := lookupSpecialOn(o, cnDnDelitem)
				if m == nil {
					return NewError(TypeErrorType, "'%s' object doesn't support item deletion", o.Type().Name)
				}
				_, err := callSpecial1(th, m, o, k)
				return err
			}
		},
		clear: func(s *Slots) { s.DelItem = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := s.DelItem
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if err := wrapArgs(args, kw, 1); err != nil {
					return nil, err
				}
				return None, f(th, self, args[0])
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__call__"},
		get:   func(s *Slots) bool { return s.Call != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.Call
			if unwrap && f != nil {
				dst.Call = func(th *Thread, o Object, args []Object, kw *KwArgs) (Object, error) {
					return f(th, Unwrap(o), args, kw)
				}
			} else {
				dst.Call = f
			}
		},
		python: func(s *Slots) {
			s.Call = func(th *Thread, o Object, args []Object, kw *KwArgs) (Object, error) {
				m := lookupSpecialOn(o, cnDnCall)
				if m == nil {
					return nil, NewError(TypeErrorType, "'%s' object is not callable", o.Type().Name)
				}
				if err := th.Enter(); err != nil {
					return nil, recursionWhile(err, "while calling a Python object")
				}
				defer th.Leave()
				return callSpecialN(th, m, o, args, kw)
			}
		},
		clear: func(s *Slots) { s.Call = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := s.Call
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				return f(th, self, args, kw)
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__get__"},
		get:   func(s *Slots) bool { return s.DescrGet != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.DescrGet
			if unwrap && f != nil {
				dst.DescrGet = func(th *Thread, d, obj Object, owner *Type) (Object, error) { return f(th, Unwrap(d), obj, owner) }
			} else {
				dst.DescrGet = f
			}
		},
		python: func(s *Slots) {
			s.DescrGet = func(th *Thread, d, obj Object, owner *Type) (Object, error) {
				m := lookupSpecialOn(d, cnDnGet)
				if m == nil {
					return d, nil
				}
				if obj == nil {
					obj = None
				}
				var ow Object = None
				if owner != nil {
					ow = owner
				}
				return callSpecial2(th, m, d, obj, ow)
			}
		},
		clear: func(s *Slots) { s.DescrGet = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := s.DescrGet
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if len(args) < 1 || len(args) > 2 {
					return nil, NewError(TypeErrorType, "expected 1 or 2 arguments, got %d", len(args))
				}
				obj := args[0]
				var owner *Type
				if len(args) == 2 {
					owner, _ = args[1].(*Type)
				}
				if obj == None {
					if owner == nil {
						return nil, NewError(TypeErrorType, "__get__(None, None) is invalid")
					}
					obj = nil
				}
				return f(th, self, obj, owner)
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__set__", "__delete__"},
		get:   func(s *Slots) bool { return s.DescrSet != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.DescrSet
			if unwrap && f != nil {
				dst.DescrSet = func(th *Thread, d, obj, v Object) error { return f(th, Unwrap(d), obj, v) }
			} else {
				dst.DescrSet = f
			}
		},
		python: func(s *Slots) {
			s.DescrSet = func(th *Thread, d, obj, v Object) error {
				if v == nil {
					m := lookupSpecialOn(d, cnDnDelete)
					if m == nil {
						return NewError(AttributeErrorType, "__delete__")
					}
					_, err := callSpecial1(th, m, d, obj)
					return err
				}
				m := lookupSpecialOn(d, cnDnSet)
				if m == nil {
					return NewError(AttributeErrorType, "__set__")
				}
				_, err := callSpecial2(th, m, d, obj, v)
				return err
			}
		},
		clear: func(s *Slots) { s.DescrSet = nil },
		wrap: func(s *Slots, name string) MethodFunc {
			f := s.DescrSet
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if name == "__delete__" {
					if err := wrapArgs(args, kw, 1); err != nil {
						return nil, err
					}
					return None, f(th, self, args[0], nil)
				}
				if err := wrapArgs(args, kw, 2); err != nil {
					return nil, err
				}
				return None, f(th, self, args[0], args[1])
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__getattribute__", "__getattr__"},
		get:   func(s *Slots) bool { return s.GetAttr != nil },
		copy:  func(dst, src *Slots, unwrap bool) { dst.GetAttr = src.GetAttr },
		python: func(s *Slots) {
			s.GetAttr = slotGetAttr
		},
		clear: func(s *Slots) { s.GetAttr = nil },
		wrap: func(s *Slots, name string) MethodFunc {
			f := s.GetAttr
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if err := wrapArgs(args, kw, 1); err != nil {
					return nil, err
				}
				n, ok := args[0].(*Str)
				if !ok {
					return nil, NewError(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
				}
				v, err := f(th, self, n)
				if v == nil && err == nil {
					return nil, attrError(self, n)
				}
				return v, err
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__setattr__", "__delattr__"},
		get:   func(s *Slots) bool { return s.SetAttr != nil },
		copy:  func(dst, src *Slots, unwrap bool) { dst.SetAttr = src.SetAttr },
		python: func(s *Slots) {
			s.SetAttr = func(th *Thread, o Object, name *Str, v Object) error {
				if v == nil {
					m := lookupSpecialOn(o, cnDnDelattr)
					if m == nil {
						return GenericSetAttr(th, o, name, nil)
					}
					_, err := callSpecial1(th, m, o, name)
					return err
				}
				m := lookupSpecialOn(o, cnDnSetattr)
				if m == nil {
					return GenericSetAttr(th, o, name, v)
				}
				_, err := callSpecial2(th, m, o, name, v)
				return err
			}
		},
		clear: func(s *Slots) { s.SetAttr = nil },
		wrap: func(s *Slots, name string) MethodFunc {
			f := s.SetAttr
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				n := 2
				if name == "__delattr__" {
					n = 1
				}
				if err := wrapArgs(args, kw, n); err != nil {
					return nil, err
				}
				s, ok := args[0].(*Str)
				if !ok {
					return nil, NewError(TypeErrorType, "attribute name must be string, not '%s'", args[0].Type().Name)
				}
				var v Object
				if n == 2 {
					v = args[1]
				}
				return None, f(th, self, s, v)
			}
		},
	})
	addSlot(&slotDef{
		names: []string{"__init__"},
		get:   func(s *Slots) bool { return s.Init != nil },
		copy: func(dst, src *Slots, unwrap bool) {
			f := src.Init
			if unwrap && f != nil {
				dst.Init = func(th *Thread, o Object, args []Object, kw *KwArgs) error { return f(th, Unwrap(o), args, kw) }
			} else {
				dst.Init = f
			}
		},
		python: func(s *Slots) {
			s.Init = func(th *Thread, o Object, args []Object, kw *KwArgs) error {
				m := lookupSpecialOn(o, cnDnInit)
				if m == nil {
					return nil
				}
				r, err := callSpecialN(th, m, o, args, kw)
				if err != nil {
					return err
				}
				if r != None {
					return NewError(TypeErrorType, "__init__() should return None, not '%s'", r.Type().Name)
				}
				return nil
			}
		},
		clear: func(s *Slots) { s.Init = nil },
		wrap: func(s *Slots, _ string) MethodFunc {
			f := s.Init
			return func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				return None, f(th, self, args, kw)
			}
		},
	})
}

// checkStrResult checks that __repr__/__str__ returned a str.
func checkStrResult(name string) func(th *Thread, r Object, err error) (Object, error) {
	return func(th *Thread, r Object, err error) (Object, error) {
		if err != nil {
			return nil, err
		}
		if _, ok := Unwrap(r).(*Str); !ok {
			return nil, NewError(TypeErrorType, "%s returned non-string (type %s)", name, r.Type().Name)
		}
		return r, nil
	}
}

// slotGetAttr is the GetAttr slot of classes that define __getattribute__
// or __getattr__ in Python.
func slotGetAttr(th *Thread, o Object, name *Str) (Object, error) {
	t := o.Type()
	ga := t.Lookup(cnDnGetattribute)
	var v Object
	var err error
	if ga == nil || ga == objectGetAttributeWrapper {
		v, err = GenericGetAttr(th, o, name)
	} else {
		v, err = callSpecial1(th, ga, o, name)
	}
	if v != nil {
		return v, nil
	}
	if err != nil {
		e, ok := err.(*BaseException)
		if !ok || !e.Type().IsSubtype(AttributeErrorType) {
			return nil, err
		}
	}
	hook := t.Lookup(cnDnGetattr)
	if hook == nil {
		return nil, err
	}
	return callSpecial1(th, hook, o, name)
}
