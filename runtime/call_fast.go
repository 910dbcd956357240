package py

// Calling a class without type.__call__'s generic path.
//
// Most classes defined in Python create their instances with
// object.__new__ and initialise them with a Python __init__. For those,
// Call0..Call2 on the class make the instance and call __init__'s
// fixed-arity entry point directly: no argument slice, no slot dispatch.
// Every condition the generic path would observe is checked on each call
// (through the type's lookup cache), so metaclasses, a __new__, abstract
// classes, subclasses of built-in types and patched classes all take the
// generic path.

// plainInit returns the __init__ of cls when calling cls may take the
// fast path: cls is a class whose metaclass is type, instances are plain
// (object.__new__, object's layout, not abstract), and __init__ is either
// a Python function or object.__init__ (init nil).
func plainInit(cls *Type) (init *Function, ok bool) {
	if cls.meta != nil || cls.Flags&(FlagHeapType|FlagAbstract) != FlagHeapType || cls.Base != ObjectType {
		return nil, false
	}
	if cls.Lookup(cnDnNew) != objectNewFunc {
		return nil, false
	}
	switch f := cls.Lookup(cnDnInit).(type) {
	case *Function:
		return f, true
	case *SlotWrapper:
		if Object(f) == objectInitWrapper {
			return nil, true
		}
	}
	return nil, false
}

// initResult checks __init__'s return value as type.__call__ does.
func initResult(obj *Instance, r Object, err error) (Object, error) {
	if err != nil {
		return nil, err
	}
	if r != None {
		return nil, NewError(TypeErrorType, "__init__() should return None, not '%s'", r.Type().Name)
	}
	return obj, nil
}

// newInstance0 is cls() on the fast path; ok is false when the generic
// path must be taken.
func newInstance0(th *Thread, cls *Type) (r Object, ok bool, err error) {
	init, ok := plainInit(cls)
	if !ok {
		return nil, false, nil
	}
	if init == nil {
		return NewInstance(cls), true, nil
	}
	if init.Fast1 == nil {
		return nil, false, nil
	}
	obj := NewInstance(cls)
	r, err = init.Fast1(th, obj)
	r, err = initResult(obj, r, err)
	return r, true, err
}

// newInstance1 is cls(a) on the fast path.
func newInstance1(th *Thread, cls *Type, a Object) (r Object, ok bool, err error) {
	init, ok := plainInit(cls)
	if !ok || init == nil || init.Fast2 == nil {
		return nil, false, nil
	}
	obj := NewInstance(cls)
	r, err = init.Fast2(th, obj, a)
	r, err = initResult(obj, r, err)
	return r, true, err
}

// newInstance2 is cls(a, b) on the fast path.
func newInstance2(th *Thread, cls *Type, a, b Object) (r Object, ok bool, err error) {
	init, ok := plainInit(cls)
	if !ok || init == nil || init.Fast3 == nil {
		return nil, false, nil
	}
	obj := NewInstance(cls)
	r, err = init.Fast3(th, obj, a, b)
	r, err = initResult(obj, r, err)
	return r, true, err
}

// Calls of built-in methods without allocating the argument slice.
//
// A built-in method takes its arguments as a []Object. The methods of the
// core built-in types below use that slice only while they run (they
// never store it), so obj.method(a) can pass a slice of the calling
// thread's argStack instead of a new one. Calls nest (list.index compares
// with __eq__, which may call list.append), so argStack is used as a
// stack; each call truncates it back to where it started.

// transientArgs reports whether the built-in methods of t never keep
// their argument slice.
func transientArgs(t *Type) bool {
	switch t {
	case ListType, DictType, SetType, FrozenSetType, StrType, BytesType, TupleType, IntType, FloatType:
		return true
	}
	return false
}

// callMethodDescr1 calls built-in method d as self.d(a).
func callMethodDescr1(th *Thread, d *MethodDescriptor, self, a Object) (Object, error) {
	top := len(th.argStack)
	th.argStack = append(th.argStack, a)
	r, err := callBuiltinMethod(th, d.Owner, d.Fn, self, th.argStack[top:top+1:top+1], nil)
	th.argStack[top] = nil
	th.argStack = th.argStack[:top]
	return r, err
}

// callMethodDescr2 calls built-in method d as self.d(a, b).
func callMethodDescr2(th *Thread, d *MethodDescriptor, self, a, b Object) (Object, error) {
	top := len(th.argStack)
	th.argStack = append(th.argStack, a, b)
	r, err := callBuiltinMethod(th, d.Owner, d.Fn, self, th.argStack[top:top+2:top+2], nil)
	th.argStack[top], th.argStack[top+1] = nil, nil
	th.argStack = th.argStack[:top]
	return r, err
}

// transientBuiltins are the built-in functions whose implementations use
// their argument slice only while they run; calls of them with one or two
// positional arguments pass a slice of th.argStack (see transientArgs).
// Functions that keep their arguments (zip, map, filter, print's file
// handling, functools...) are not listed.
var transientBuiltins = []string{
	"len", "abs", "ord", "chr", "isinstance", "issubclass", "hash", "id", "callable", "repr",
	"ascii", "min", "max", "sum", "any", "all", "round", "divmod", "pow", "getattr", "hasattr",
	"setattr", "sorted", "format", "bin", "oct", "hex", "next", "iter",
}

// markTransientBuiltins flags transientBuiltins (readyAll runs it once,
// after every package has registered its built-ins).
func markTransientBuiltins() {
	for _, name := range transientBuiltins {
		if b, ok := Builtins.GetStr(Intern(name)).(*BuiltinFunction); ok && b.Owner == nil {
			b.transientArgs = true
		}
	}
}

// callBuiltinTransient1 calls b(a).
func callBuiltinTransient1(th *Thread, b *BuiltinFunction, a Object) (Object, error) {
	top := len(th.argStack)
	th.argStack = append(th.argStack, a)
	r, err := b.Fn(th, b.Self, th.argStack[top:top+1:top+1], nil)
	th.argStack[top] = nil
	th.argStack = th.argStack[:top]
	return r, err
}

// callBuiltinTransient2 calls b(a, b).
func callBuiltinTransient2(th *Thread, b *BuiltinFunction, x, y Object) (Object, error) {
	top := len(th.argStack)
	th.argStack = append(th.argStack, x, y)
	r, err := b.Fn(th, b.Self, th.argStack[top:top+2:top+2], nil)
	th.argStack[top], th.argStack[top+1] = nil, nil
	th.argStack = th.argStack[:top]
	return r, err
}
