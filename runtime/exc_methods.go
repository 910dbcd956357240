package py

// The slots, attributes and methods of the exception classes:
// construction (BaseException.__new__/__init__ and the class-specific
// argument handling), args, __cause__, __context__, __suppress_context__,
// __traceback__, with_traceback, add_note, and each class's own attributes
// (OSError.errno, StopIteration.value, ...).

// TracebackObject is the value of __traceback__: the captured Go stack
// (PCs, and the depth where it was caught), seen from frame Index of its
// Python frames (outermost first): tb_next moves to the next one.
type TracebackObject struct {
	PCs        []uintptr
	catchDepth int
	Index      int
}

// Frames returns the Python frames of the traceback from this entry on.
func (tb *TracebackObject) Frames() []TracebackFrame {
	e := &BaseException{Traceback: tb.PCs, catchDepth: tb.catchDepth}
	fs := e.Frames()
	if tb.Index < len(fs) {
		return fs[tb.Index:]
	}
	return nil
}

// TracebackType is the type of __traceback__ values.
var TracebackType = newBuiltinType("traceback", ObjectType, 0)

// Type returns TracebackType.
func (*TracebackObject) Type() *Type { return TracebackType }

// excNew is BaseException.__new__: it sets args and, for OSError itself,
// picks the subclass its errno selects.
func excNew(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	if cls == OSErrorType && len(args) >= 2 && len(args) <= 5 {
		if n, ok := args[0].(Int); ok {
			if st, ok := errnoTypes[int64(n)]; ok {
				cls = st
			}
		}
	}
	if cls.IsSubtype(BaseExceptionGroupType) {
		return excGroupNew(th, cls, args, kw)
	}
	e := &BaseException{typ: cls, Args: NewTuple(append([]Object(nil), args...))}
	excInitAttrs(e, args, kw)
	return e, nil
}

// excKwNames lists the keyword arguments each class's __init__ accepts.
func excKwNames(t *Type) []string {
	switch {
	case t.IsSubtype(ImportErrorType):
		return []string{"name", "path"}
	case t.IsSubtype(AttributeErrorType):
		return []string{"name", "obj"}
	case t.IsSubtype(NameErrorType):
		return []string{"name"}
	}
	return nil
}

// excInit is BaseException.__init__ (and the class-specific variants).
func excInit(th *Thread, self Object, args []Object, kw *KwArgs) error {
	e, ok := asException(self)
	if !ok {
		return NewError(TypeErrorType, "descriptor '__init__' requires a 'BaseException' object but received a '%s'", self.Type().Name)
	}
	allowed := excKwNames(e.typ)
	for i := 0; i < kw.Len(); i++ {
		name := kw.Names[i].String()
		found := false
		for _, a := range allowed {
			if a == name {
				found = true
			}
		}
		if !found {
			if allowed == nil {
				return NewError(TypeErrorType, "%s() takes no keyword arguments", e.typ.Name)
			}
			return NewError(TypeErrorType, "'%s' is an invalid keyword argument for %s()", name, e.typ.Name)
		}
		e.SetAttr(name, kw.Values[i])
	}
	if e.typ.IsSubtype(BaseExceptionGroupType) {
		return nil
	}
	e.Args = NewTuple(append([]Object(nil), args...))
	excInitAttrs(e, args, nil)
	return nil
}

// excGroupNew is BaseExceptionGroup.__new__(message, exceptions).
func excGroupNew(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	if len(args) != 2 {
		return nil, NewError(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if _, ok := args[0].(*Str); !ok {
		return nil, NewError(TypeErrorType, "argument 1 must be str, not %s", args[0].Type().Name)
	}
	if args[1].Type().Slots.GetItem == nil || args[1].Type().Slots.Len == nil {
		return nil, NewError(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	items, err := contCollect(th, args[1])
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, NewError(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	allExc := true
	for i, it := range items {
		ex, ok := asException(it)
		if !ok {
			return nil, NewError(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !ex.typ.IsSubtype(ExceptionType) {
			allExc = false
		}
	}
	if cls == BaseExceptionGroupType && allExc {
		cls = ExceptionGroupType
	} else if cls == ExceptionGroupType && !allExc {
		return nil, NewError(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
	}
	e := &BaseException{typ: cls, Args: NewTuple([]Object{args[0], args[1]})}
	e.SetAttr("message", args[0])
	e.SetAttr("exceptions", NewTuple(append([]Object(nil), items...)))
	return e, nil
}

func excSelf(self Object) *BaseException {
	e, _ := asException(self)
	return e
}

// defExcField exposes a class-specific attribute stored in attrs.
func defExcField(t *Type, name string) {
	DefGetSet(t, name, func(th *Thread, self Object) (Object, error) {
		return excSelf(self).Attr(name), nil
	}, func(th *Thread, self Object, v Object) error {
		if v == nil {
			v = None
		}
		excSelf(self).SetAttr(name, v)
		return nil
	})
}

func init() {
	for _, t := range excBuiltins {
		s := &t.Slots
		s.New = excNew
		s.Init = excInit
		s.Repr = excRepr
		s.Str = excStr
	}

	b := BaseExceptionType
	DefGetSet(b, "args", func(th *Thread, self Object) (Object, error) {
		return excSelf(self).Args, nil
	}, func(th *Thread, self Object, v Object) error {
		if v == nil {
			return NewError(TypeErrorType, "args may not be deleted")
		}
		t, err := NewTupleFromIter(th, v)
		if err != nil {
			return err
		}
		excSelf(self).Args = t
		return nil
	})
	DefGetSet(b, "__cause__", func(th *Thread, self Object) (Object, error) {
		if c := excSelf(self).Cause; c != nil {
			return c, nil
		}
		return None, nil
	}, func(th *Thread, self Object, v Object) error {
		e := excSelf(self)
		if v == nil {
			return NewError(TypeErrorType, "__cause__ may not be deleted")
		}
		if v == None {
			e.Cause = nil
		} else if c, ok := asException(v); ok {
			e.Cause = c
		} else {
			return NewError(TypeErrorType, "exception cause must be None or derive from BaseException")
		}
		e.SuppressContext = true
		return nil
	})
	DefGetSet(b, "__context__", func(th *Thread, self Object) (Object, error) {
		if c := excSelf(self).Context; c != nil {
			return c, nil
		}
		return None, nil
	}, func(th *Thread, self Object, v Object) error {
		e := excSelf(self)
		if v == nil {
			return NewError(TypeErrorType, "__context__ may not be deleted")
		}
		if v == None {
			e.Context = nil
		} else if c, ok := asException(v); ok {
			e.Context = c
		} else {
			return NewError(TypeErrorType, "exception context must be None or derive from BaseException")
		}
		return nil
	})
	DefGetSet(b, "__suppress_context__", func(th *Thread, self Object) (Object, error) {
		return Bool(excSelf(self).SuppressContext), nil
	}, func(th *Thread, self Object, v Object) error {
		if v == nil {
			return NewError(TypeErrorType, "__suppress_context__ may not be deleted")
		}
		t, err := Truth(th, v)
		excSelf(self).SuppressContext = t
		return err
	})
	DefGetSet(b, "__traceback__", func(th *Thread, self Object) (Object, error) {
		e := excSelf(self)
		if e.Traceback != nil {
			return &TracebackObject{PCs: e.Traceback, catchDepth: e.catchDepth}, nil
		}
		return None, nil
	}, func(th *Thread, self Object, v Object) error {
		return excSetTraceback(excSelf(self), v)
	})
	DefGetSet(b, "__dict__", func(th *Thread, self Object) (Object, error) {
		return excSelf(self).InstanceDict(), nil
	}, func(th *Thread, self Object, v Object) error {
		d, ok := v.(*Dict)
		if !ok {
			return NewError(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", v.Type().Name)
		}
		excSelf(self).Dict = d
		return nil
	})
	DefMethod(b, "with_traceback", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("BaseException.with_traceback", args, kw); err != nil {
			return nil, err
		}
		if err := excSetTraceback(excSelf(self), args[0]); err != nil {
			return nil, err
		}
		return self, nil
	})
	DefMethod(b, "add_note", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("BaseException.add_note", args, kw); err != nil {
			return nil, err
		}
		if _, ok := args[0].(*Str); !ok {
			return nil, NewError(TypeErrorType, "note must be a str, not '%s'", args[0].Type().Name)
		}
		d := excSelf(self).InstanceDict()
		name := Intern("__notes__")
		notes, err := d.SetDefault(th, name, NewList(nil))
		if err != nil {
			return nil, err
		}
		l, ok := asList(notes)
		if !ok {
			return nil, NewError(TypeErrorType, "Cannot add note: __notes__ is not a list")
		}
		l.Append(args[0])
		return None, nil
	})
	DefMethod(b, "__reduce__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		e := excSelf(self)
		if e.Dict != nil && e.Dict.Len() > 0 {
			return NewTuple([]Object{e.typ, e.Args, e.Dict}), nil
		}
		return NewTuple([]Object{e.typ, e.Args}), nil
	})
	DefMethod(b, "__setstate__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("BaseException.__setstate__", args, kw); err != nil {
			return nil, err
		}
		if d, ok := asDict(args[0]); ok {
			keys, values := d.Items()
			for i, k := range keys {
				ks, ok := k.(*Str)
				if !ok {
					continue
				}
				if err := SetAttr(th, self, ks, values[i]); err != nil {
					return nil, err
				}
			}
		}
		return None, nil
	})

	defExcField(StopIterationType, "value")
	defExcField(StopAsyncIterationType, "value")
	defExcField(SystemExitType, "code")
	for _, n := range []string{"msg", "name", "path"} {
		defExcField(ImportErrorType, n)
	}
	defExcField(AttributeErrorType, "name")
	defExcField(AttributeErrorType, "obj")
	defExcField(NameErrorType, "name")
	for _, n := range []string{"errno", "strerror", "filename", "filename2"} {
		defExcField(OSErrorType, n)
	}
	defExcField(BlockingIOErrorType, "characters_written")
	for _, n := range []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"} {
		defExcField(SyntaxErrorType, n)
	}
	for _, n := range []string{"encoding", "object", "start", "end", "reason"} {
		defExcField(UnicodeErrorType, n)
	}
	DefGetter(BaseExceptionGroupType, "message", func(th *Thread, self Object) (Object, error) {
		return excSelf(self).Attr("message"), nil
	})
	DefGetter(BaseExceptionGroupType, "exceptions", func(th *Thread, self Object) (Object, error) {
		return excSelf(self).Attr("exceptions"), nil
	})

	TracebackType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		return NewStr("<traceback object>"), nil
	}
	DefGetter(TracebackType, "tb_lineno", func(th *Thread, self Object) (Object, error) {
		if fs := self.(*TracebackObject).Frames(); len(fs) > 0 {
			return Int(fs[0].Line), nil
		}
		return None, nil
	})
	DefGetter(TracebackType, "tb_lasti", func(th *Thread, self Object) (Object, error) { return Int(-1), nil })
	DefGetter(TracebackType, "tb_next", func(th *Thread, self Object) (Object, error) {
		tb := self.(*TracebackObject)
		if len(tb.Frames()) > 1 {
			return &TracebackObject{PCs: tb.PCs, catchDepth: tb.catchDepth, Index: tb.Index + 1}, nil
		}
		return None, nil
	})

	for _, t := range excBuiltins {
		RegisterBuiltin(t.Name, t)
	}
	RegisterBuiltin("EnvironmentError", OSErrorType)
	RegisterBuiltin("IOError", OSErrorType)
}

func excSetTraceback(e *BaseException, v Object) error {
	switch tb := v.(type) {
	case *NoneType:
		e.Traceback = nil
	case *TracebackObject:
		e.Traceback, e.catchDepth = tb.PCs, tb.catchDepth
	default:
		if v == nil {
			return NewError(TypeErrorType, "__traceback__ may not be deleted")
		}
		return NewError(TypeErrorType, "__traceback__ must be a traceback or None")
	}
	return nil
}

// excGroupMatcher builds the condition of ExceptionGroup.split/subgroup:
// an exception type, a tuple of types, or a predicate.
func excGroupMatcher(th *Thread, cond Object) (func(e *BaseException) (bool, error), error) {
	switch c := cond.(type) {
	case *Type:
		if c.IsSubtype(BaseExceptionType) {
			return func(e *BaseException) (bool, error) { return e.typ.IsSubtype(c), nil }, nil
		}
	case *Tuple:
		ok := true
		for _, it := range c.Items {
			if t, isType := it.(*Type); !isType || !t.IsSubtype(BaseExceptionType) {
				ok = false
			}
		}
		if ok {
			return func(e *BaseException) (bool, error) {
				for _, it := range c.Items {
					if e.typ.IsSubtype(it.(*Type)) {
						return true, nil
					}
				}
				return false, nil
			}, nil
		}
	}
	if cond.Type().Slots.Call != nil || isFunction(cond) {
		return func(e *BaseException) (bool, error) {
			r, err := Call1(th, cond, e)
			if err != nil {
				return false, err
			}
			return Truth(th, r)
		}, nil
	}
	return nil, NewError(TypeErrorType, "expected a function, exception type or tuple of exception types")
}

func isFunction(o Object) bool {
	_, ok := o.(*Function)
	return ok
}

// excGroupSplit partitions e's leaves by match, keeping the nesting; each
// result is nil when empty, or e itself when nothing was removed.
func excGroupSplit(th *Thread, e *BaseException, match func(*BaseException) (bool, error)) (yes, no *BaseException, err error) {
	m, err := match(e)
	if err != nil {
		return nil, nil, err
	}
	if m {
		return e, nil, nil
	}
	members := groupMembers(e)
	if members == nil {
		return nil, e, nil
	}
	var ys, ns []Object
	for _, x := range members {
		if groupMembers(x) != nil {
			y, n, err := excGroupSplit(th, x, match)
			if err != nil {
				return nil, nil, err
			}
			if y != nil {
				ys = append(ys, y)
			}
			if n != nil {
				ns = append(ns, n)
			}
			continue
		}
		m, err := match(x)
		if err != nil {
			return nil, nil, err
		}
		if m {
			ys = append(ys, x)
		} else {
			ns = append(ns, x)
		}
	}
	build := func(items []Object) (*BaseException, error) {
		if len(items) == 0 {
			return nil, nil
		}
		if len(items) == len(members) {
			same := true
			for i, it := range items {
				if it != Object(members[i]) {
					same = false
				}
			}
			if same {
				return e, nil
			}
		}
		r, err := CallMethod(th, e, Intern("derive"), []Object{NewList(items)}, nil)
		if err != nil {
			return nil, err
		}
		d, ok := asException(r)
		if !ok {
			return nil, NewError(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
		}
		d.Traceback, d.catchDepth = e.Traceback, e.catchDepth
		d.Cause, d.Context, d.SuppressContext = e.Cause, e.Context, e.SuppressContext
		if e.Dict != nil {
			if notes := e.Dict.GetStr(Intern("__notes__")); notes != nil {
				d.InstanceDict().SetStr(Intern("__notes__"), notes)
			}
		}
		return d, nil
	}
	if yes, err = build(ys); err != nil {
		return nil, nil, err
	}
	no, err = build(ns)
	return yes, no, err
}

func init() {
	g := BaseExceptionGroupType
	DefMethod(g, "derive", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("BaseExceptionGroup.derive", args, kw); err != nil {
			return nil, err
		}
		return excGroupNew(th, BaseExceptionGroupType, []Object{excSelf(self).Attr("message"), args[0]}, nil)
	})
	DefMethod(g, "split", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("BaseExceptionGroup.split", args, kw); err != nil {
			return nil, err
		}
		m, err := excGroupMatcher(th, args[0])
		if err != nil {
			return nil, err
		}
		y, n, err := excGroupSplit(th, excSelf(self), m)
		if err != nil {
			return nil, err
		}
		pair := []Object{None, None}
		if y != nil {
			pair[0] = y
		}
		if n != nil {
			pair[1] = n
		}
		return NewTuple(pair), nil
	})
	DefMethod(g, "subgroup", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("BaseExceptionGroup.subgroup", args, kw); err != nil {
			return nil, err
		}
		m, err := excGroupMatcher(th, args[0])
		if err != nil {
			return nil, err
		}
		y, _, err := excGroupSplit(th, excSelf(self), m)
		if err != nil || y == nil {
			return None, err
		}
		return y, nil
	})
}
