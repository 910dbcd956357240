package py

import "strconv"

// KwArgs are the keyword arguments of a call, in call order.
type KwArgs struct {
	Names  []*Str
	Values []Object
}

// Len returns the number of keyword arguments (0 for a nil *KwArgs).
func (kw *KwArgs) Len() int {
	if kw == nil {
		return 0
	}
	return len(kw.Names)
}

// Signature describes a function's parameters, in CPython's order:
// positional-only, positional-or-keyword, *args, keyword-only, **kwargs.
// Binding arguments against it produces one slot per name in Names.
// A Signature belongs to one Function: __defaults__ assignment changes it.
type Signature struct {
	Name       string   // function name used in error messages (its __qualname__)
	Names      []string // every parameter, in slot order
	NPosOnly   int      // leading positional-only parameters
	NPos       int      // positional parameters (including positional-only)
	NKwOnly    int      // keyword-only parameters (after *args)
	HasVarArgs bool     // a *args slot follows the positional ones
	HasKwArgs  bool     // a **kwargs slot comes last
	// Defaults are the defaults of the last len(Defaults) positional
	// parameters; KwDefaults has one entry per keyword-only parameter
	// (nil: required).
	Defaults   []Object
	KwDefaults []Object
}

// NSlots returns the number of slots Bind fills.
func (s *Signature) NSlots() int {
	n := s.NPos + s.NKwOnly
	if s.HasVarArgs {
		n++
	}
	if s.HasKwArgs {
		n++
	}
	return n
}

// Function is a Python function (def or lambda) or a Go function exposed
// to Python with a Python signature.
type Function struct {
	Name     string
	QualName string
	Module   string
	Doc      Object
	Sig      *Signature

	// Fixed-arity entry points, set by the code generator when the function
	// takes exactly that many positional parameters and nothing else.
	Fast0 func(th *Thread) (Object, error)
	Fast1 func(th *Thread, a Object) (Object, error)
	Fast2 func(th *Thread, a, b Object) (Object, error)
	Fast3 func(th *Thread, a, b, c Object) (Object, error)

	// Body is the general entry point: args holds one value per
	// Sig.Names slot, after binding (the *args slot holds a *Tuple and the
	// **kwargs slot a *Dict).
	Body func(th *Thread, args []Object) (Object, error)

	// Dict holds function attributes (f.x = 1); created on first use.
	Dict *Dict
	// Annotations is __annotations__ (nil until set).
	Annotations *Dict
	// Globals is __globals__ (the defining module's namespace), if known.
	Globals *Dict
}

// Type returns FunctionType.
func (f *Function) Type() *Type { return FunctionType }

// NewFunction finishes a function object built by generated code: it
// fills QualName, Doc and the signature's name when they are unset and
// returns f.
func NewFunction(f *Function) *Function {
	if f.QualName == "" {
		f.QualName = f.Name
	}
	if f.Doc == nil {
		f.Doc = None
	}
	if f.Sig == nil {
		f.Sig = &Signature{}
	}
	if f.Sig.Name == "" {
		f.Sig.Name = f.QualName
	}
	return f
}

// NewGoFunction makes a Python function object from a Go function that
// takes bound arguments: names are the positional-or-keyword parameter
// names; defaults apply to the last len(defaults) of them.
func NewGoFunction(name string, names []string, defaults []Object, body func(th *Thread, args []Object) (Object, error)) *Function {
	return NewFunction(&Function{Name: name, Sig: &Signature{Names: names, NPos: len(names), Defaults: defaults}, Body: body})
}

// BoundMethod is a function bound to an instance (obj.method without a call).
type BoundMethod struct {
	Func Object
	Self Object
}

// Type returns MethodType.
func (m *BoundMethod) Type() *Type { return MethodType }

// BuiltinFunction is a function implemented in Go (len, print, str.join...).
// Self is the bound receiver for built-in methods (nil for plain functions).
type BuiltinFunction struct {
	Name string
	// QualName is used in messages, e.g. "str.join".
	QualName string
	Doc      string
	Self     Object
	Fn       func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error)
	// Owner is the built-in type whose method this is (nil for functions);
	// an *Instance receiver of a subclass is unwrapped to its Base for it.
	Owner *Type
	// Module is __module__ for module-level functions ("" means builtins).
	Module  string
	wrapper bool // a method-wrapper (a bound slot wrapper)
	// transientArgs: Fn never keeps its argument slice (call_fast.go).
	transientArgs bool
}

// Type returns BuiltinFunctionType (MethodWrapperType for bound slot wrappers).
func (b *BuiltinFunction) Type() *Type {
	if b.wrapper {
		return MethodWrapperType
	}
	return BuiltinFunctionType
}

// NewBuiltin makes a built-in function (a module-level Go function).
func NewBuiltin(name string, fn func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error)) *BuiltinFunction {
	return &BuiltinFunction{Name: name, QualName: name, Fn: fn}
}

func (b *BuiltinFunction) call(th *Thread, args []Object, kw *KwArgs) (Object, error) {
	if b.Owner != nil {
		return callBuiltinMethod(th, b.Owner, b.Fn, b.Self, args, kw)
	}
	return b.Fn(th, b.Self, args, kw)
}

// Cell is a closure cell shared between a function and the functions
// nested in it; also the __class__ cell of a class body (zero-argument
// super()), which the class machinery fills when the class is created.
type Cell struct {
	V Object // nil: empty
}

// Type returns CellType.
func (c *Cell) Type() *Type { return CellType }

// Call0 calls fn with no arguments.
func Call0(th *Thread, fn Object) (Object, error) {
	switch f := fn.(type) {
	case *Function:
		if f.Fast0 != nil {
			return f.Fast0(th)
		}
	case *BoundMethod:
		return Call1(th, f.Func, f.Self)
	case *Type:
		if r, ok, err := newInstance0(th, f); ok {
			return r, err
		}
	}
	return Call(th, fn, nil, nil)
}

// Call1 calls fn(a) without allocating when fn is a one-parameter function
// or a bound method of a two-parameter one.
func Call1(th *Thread, fn Object, a Object) (Object, error) {
	switch f := fn.(type) {
	case *Function:
		if f.Fast1 != nil {
			return f.Fast1(th, a)
		}
	case *BoundMethod:
		return Call2(th, f.Func, f.Self, a)
	case *BuiltinFunction:
		if f.transientArgs {
			return callBuiltinTransient1(th, f, a)
		}
	case *Type:
		if r, ok, err := newInstance1(th, f, a); ok {
			return r, err
		}
	}
	return Call(th, fn, []Object{a}, nil)
}

// Call2 calls fn(a, b).
func Call2(th *Thread, fn Object, a, b Object) (Object, error) {
	switch f := fn.(type) {
	case *Function:
		if f.Fast2 != nil {
			return f.Fast2(th, a, b)
		}
	case *BoundMethod:
		return Call3(th, f.Func, f.Self, a, b)
	case *BuiltinFunction:
		if f.transientArgs {
			return callBuiltinTransient2(th, f, a, b)
		}
	case *Type:
		if r, ok, err := newInstance2(th, f, a, b); ok {
			return r, err
		}
	}
	return Call(th, fn, []Object{a, b}, nil)
}

// Call3 calls fn(a, b, c).
func Call3(th *Thread, fn Object, a, b, c Object) (Object, error) {
	if f, ok := fn.(*Function); ok && f.Fast3 != nil {
		return f.Fast3(th, a, b, c)
	}
	return Call(th, fn, []Object{a, b, c}, nil)
}

// Call calls fn(*args, **kw) through its type's Call slot. args is not
// retained or modified.
func Call(th *Thread, fn Object, args []Object, kw *KwArgs) (Object, error) {
	switch f := fn.(type) {
	case *Function:
		return f.call(th, args, kw)
	case *BoundMethod:
		return callBound(th, f.Func, f.Self, args, kw)
	case *BuiltinFunction:
		return f.call(th, args, kw)
	}
	slot := fn.Type().Slots.Call
	if slot == nil {
		return nil, NewError(TypeErrorType, "'%s' object is not callable", fn.Type().Name)
	}
	return slot(th, fn, args, kw)
}

// callBound calls fn(self, *args, **kw).
func callBound(th *Thread, fn, self Object, args []Object, kw *KwArgs) (Object, error) {
	if kw.Len() == 0 {
		switch len(args) {
		case 0:
			return Call1(th, fn, self)
		case 1:
			return Call2(th, fn, self, args[0])
		case 2:
			return Call3(th, fn, self, args[0], args[1])
		}
	}
	all := make([]Object, 0, len(args)+1)
	all = append(all, self)
	all = append(all, args...)
	return Call(th, fn, all, kw)
}

// call binds args/kw against f.Sig and runs f.Body, using a fixed-arity
// entry point when the call needs no binding.
func (f *Function) call(th *Thread, args []Object, kw *KwArgs) (Object, error) {
	if kw.Len() == 0 {
		switch len(args) {
		case 0:
			if f.Fast0 != nil {
				return f.Fast0(th)
			}
		case 1:
			if f.Fast1 != nil {
				return f.Fast1(th, args[0])
			}
		case 2:
			if f.Fast2 != nil {
				return f.Fast2(th, args[0], args[1])
			}
		case 3:
			if f.Fast3 != nil {
				return f.Fast3(th, args[0], args[1], args[2])
			}
		}
	}
	if f.Body == nil {
		return nil, f.Sig.tooManyPositional(len(args), kw)
	}
	slots, err := f.Sig.Bind(th, args, kw)
	if err != nil {
		return nil, err
	}
	return f.Body(th, slots)
}

// funcStr is CPython's _PyObject_FunctionStr: "mod.qualname()" used in
// messages about * and ** arguments.
func funcStr(th *Thread, fn Object) string {
	var qual, mod string
	switch f := fn.(type) {
	case *Function:
		qual, mod = f.QualName, f.Module
	case *BoundMethod:
		return funcStr(th, f.Func)
	case *BuiltinFunction:
		qual, mod = f.QualName, f.Module
	case *Type:
		qual, mod = f.QualName, f.Module
	default:
		return fn.Type().Name + " object"
	}
	if mod != "" && mod != "builtins" {
		return mod + "." + qual + "()"
	}
	return qual + "()"
}

func hexAddr(o Object) string { return "0x" + strconv.FormatInt(Id(o), 16) }

func init() {
	FunctionType.Slots.Call = func(th *Thread, fn Object, args []Object, kw *KwArgs) (Object, error) {
		return fn.(*Function).call(th, args, kw)
	}
	FunctionType.Slots.DescrGet = func(th *Thread, descr, obj Object, owner *Type) (Object, error) {
		if obj == nil {
			return descr, nil
		}
		return &BoundMethod{Func: descr, Self: obj}, nil
	}
	FunctionType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		f := o.(*Function)
		return NewStr("<function " + f.QualName + " at " + hexAddr(f) + ">"), nil
	}
	FunctionType.Flags |= FlagHasDict
	fget := func(f func(fn *Function) Object) func(th *Thread, self Object) (Object, error) {
		return func(th *Thread, self Object) (Object, error) { return f(self.(*Function)), nil }
	}
	DefGetSet(FunctionType, "__name__", fget(func(f *Function) Object { return NewStr(f.Name) }),
		func(th *Thread, self, v Object) error {
			s, ok := v.(*Str)
			if !ok {
				return NewError(TypeErrorType, "__name__ must be set to a string object")
			}
			self.(*Function).Name = s.String()
			return nil
		})
	DefGetSet(FunctionType, "__qualname__", fget(func(f *Function) Object { return NewStr(f.QualName) }),
		func(th *Thread, self, v Object) error {
			s, ok := v.(*Str)
			if !ok {
				return NewError(TypeErrorType, "__qualname__ must be set to a string object")
			}
			self.(*Function).QualName = s.String()
			return nil
		})
	DefGetSet(FunctionType, "__doc__", fget(func(f *Function) Object {
		if f.Doc == nil {
			return None
		}
		return f.Doc
	}), func(th *Thread, self, v Object) error {
		if v == nil {
			v = None
		}
		self.(*Function).Doc = v
		return nil
	})
	DefGetSet(FunctionType, "__module__", fget(func(f *Function) Object {
		if f.Module == "" {
			return None
		}
		return NewStr(f.Module)
	}), func(th *Thread, self, v Object) error {
		s, _ := v.(*Str)
		if s == nil {
			self.(*Function).Module = ""
		} else {
			self.(*Function).Module = s.String()
		}
		return nil
	})
	DefGetSet(FunctionType, "__defaults__", fget(func(f *Function) Object {
		if len(f.Sig.Defaults) == 0 {
			return None
		}
		return NewTuple(append([]Object(nil), f.Sig.Defaults...))
	}), func(th *Thread, self, v Object) error {
		f := self.(*Function)
		if v == nil || v == None {
			f.Sig.Defaults = nil
			return nil
		}
		t, ok := v.(*Tuple)
		if !ok {
			return NewError(TypeErrorType, "__defaults__ must be set to a tuple object")
		}
		f.Sig.Defaults = append([]Object(nil), t.Items...)
		return nil
	})
	DefGetSet(FunctionType, "__kwdefaults__", func(th *Thread, self Object) (Object, error) {
		f := self.(*Function)
		d := NewDict()
		kwStart := f.Sig.NPos
		if f.Sig.HasVarArgs {
			kwStart++
		}
		n := 0
		for i, v := range f.Sig.KwDefaults {
			if v != nil {
				d.SetStr(NewStr(f.Sig.Names[kwStart+i]), v)
				n++
			}
		}
		if n == 0 {
			return None, nil
		}
		return d, nil
	}, func(th *Thread, self, v Object) error {
		f := self.(*Function)
		kwStart := f.Sig.NPos
		if f.Sig.HasVarArgs {
			kwStart++
		}
		kd := make([]Object, f.Sig.NKwOnly)
		if v != nil && v != None {
			d, ok := v.(*Dict)
			if !ok {
				return NewError(TypeErrorType, "__kwdefaults__ must be set to a dict object")
			}
			for i := range kd {
				kd[i] = d.GetStr(NewStr(f.Sig.Names[kwStart+i]))
			}
		}
		f.Sig.KwDefaults = kd
		return nil
	})
	DefGetSet(FunctionType, "__annotations__", func(th *Thread, self Object) (Object, error) {
		f := self.(*Function)
		if f.Annotations == nil {
			f.Annotations = NewDict()
		}
		return f.Annotations, nil
	}, func(th *Thread, self, v Object) error {
		d, ok := v.(*Dict)
		if !ok && v != nil && v != None {
			return NewError(TypeErrorType, "__annotations__ must be set to a dict object")
		}
		self.(*Function).Annotations = d
		return nil
	})
	DefGetter(FunctionType, "__globals__", func(th *Thread, self Object) (Object, error) {
		if g := self.(*Function).Globals; g != nil {
			return g, nil
		}
		return NewDict(), nil
	})
	DefGetSet(FunctionType, "__dict__", func(th *Thread, self Object) (Object, error) {
		return instanceDict(self, true), nil
	}, func(th *Thread, self, v Object) error {
		d, ok := v.(*Dict)
		if !ok {
			return NewError(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", typeName(v))
		}
		self.(*Function).Dict = d
		return nil
	})

	MethodType.Slots.Call = func(th *Thread, fn Object, args []Object, kw *KwArgs) (Object, error) {
		m := fn.(*BoundMethod)
		return callBound(th, m.Func, m.Self, args, kw)
	}
	MethodType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		m := o.(*BoundMethod)
		r, err := Repr(th, m.Self)
		if err != nil {
			return nil, err
		}
		name := "?"
		if q, err := GetAttr(th, m.Func, cnDnQualname); err == nil {
			if s, ok := q.(*Str); ok {
				name = s.String()
			}
		}
		return NewStr("<bound method " + name + " of " + r.String() + ">"), nil
	}
	MethodType.Slots.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*BoundMethod)
		y, ok := b.(*BoundMethod)
		if !ok || (op != OpEQ && op != OpNE) {
			return NotImplemented, nil
		}
		eq := Is(x.Self, y.Self)
		if eq {
			var err error
			if eq, err = CompareBool(th, OpEQ, x.Func, y.Func); err != nil {
				return nil, err
			}
		}
		return Bool(eq == (op == OpEQ)), nil
	}
	MethodType.Slots.Hash = func(th *Thread, o Object) (int64, error) {
		m := o.(*BoundMethod)
		h, err := Hash(th, m.Func)
		if err != nil {
			return 0, err
		}
		return h ^ Id(m.Self), nil
	}
	MethodType.Slots.GetAttr = func(th *Thread, o Object, name *Str) (Object, error) {
		m := o.(*BoundMethod)
		switch name.String() {
		case "__self__":
			return m.Self, nil
		case "__func__":
			return m.Func, nil
		case "__doc__", "__name__", "__qualname__", "__module__", "__wrapped__", "__annotations__", "__defaults__", "__code__":
			return getAttrOpt(th, m.Func, name)
		}
		if v, err := GenericGetAttr(th, o, name); v != nil || err != nil {
			return v, err
		}
		return getAttrOpt(th, m.Func, name)
	}

	BuiltinFunctionType.Slots.Call = func(th *Thread, fn Object, args []Object, kw *KwArgs) (Object, error) {
		return fn.(*BuiltinFunction).call(th, args, kw)
	}
	MethodWrapperType.Slots.Call = BuiltinFunctionType.Slots.Call
	BuiltinFunctionType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		b := o.(*BuiltinFunction)
		if b.Self == nil {
			return NewStr("<built-in function " + b.Name + ">"), nil
		}
		if t, ok := b.Self.(*Type); ok {
			return NewStr("<built-in method " + b.Name + " of type object at " + hexAddr(t) + ">"), nil
		}
		return NewStr("<built-in method " + b.Name + " of " + b.Self.Type().Name + " object at " + hexAddr(b.Self) + ">"), nil
	}
	MethodWrapperType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		b := o.(*BuiltinFunction)
		return NewStr("<method-wrapper '" + b.Name + "' of " + b.Self.Type().Name + " object at " + hexAddr(b.Self) + ">"), nil
	}
	for _, t := range []*Type{BuiltinFunctionType, MethodWrapperType} {
		DefGetter(t, "__name__", func(th *Thread, self Object) (Object, error) { return NewStr(self.(*BuiltinFunction).Name), nil })
		DefGetter(t, "__qualname__", func(th *Thread, self Object) (Object, error) { return NewStr(self.(*BuiltinFunction).QualName), nil })
		DefGetter(t, "__doc__", func(th *Thread, self Object) (Object, error) {
			if d := self.(*BuiltinFunction).Doc; d != "" {
				return NewStr(d), nil
			}
			return None, nil
		})
		DefGetter(t, "__self__", func(th *Thread, self Object) (Object, error) {
			if s := self.(*BuiltinFunction).Self; s != nil {
				return s, nil
			}
			return None, nil
		})
		DefGetter(t, "__module__", func(th *Thread, self Object) (Object, error) {
			b := self.(*BuiltinFunction)
			if b.Self != nil {
				return None, nil
			}
			if b.Module == "" {
				return NewStr("builtins"), nil
			}
			return NewStr(b.Module), nil
		})
	}
	BuiltinFunctionType.Slots.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		x := a.(*BuiltinFunction)
		y, ok := b.(*BuiltinFunction)
		if !ok || (op != OpEQ && op != OpNE) {
			return NotImplemented, nil
		}
		eq := x == y || (x.Self != nil && Is(x.Self, y.Self) && x.Name == y.Name && x.Owner == y.Owner)
		return Bool(eq == (op == OpEQ)), nil
	}
	MethodWrapperType.Slots.Compare = BuiltinFunctionType.Slots.Compare

	CellType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		c := o.(*Cell)
		if c.V == nil {
			return NewStr("<cell at " + hexAddr(c) + ": empty>"), nil
		}
		return NewStr("<cell at " + hexAddr(c) + ": " + c.V.Type().Name + " object at " + hexAddr(c.V) + ">"), nil
	}
	DefGetSet(CellType, "cell_contents", func(th *Thread, self Object) (Object, error) {
		if v := self.(*Cell).V; v != nil {
			return v, nil
		}
		return nil, NewError(ValueErrorType, "Cell is empty")
	}, func(th *Thread, self, v Object) error {
		self.(*Cell).V = v
		return nil
	})
}

// CodeType is the type of function.__code__ (a read-only summary: Pygo
// functions have no bytecode).
var CodeType = newBuiltinType("code", ObjectType, 0)

// Code describes a function's parameters as CPython's code objects do.
type Code struct {
	fn *Function
}

// Type returns CodeType.
func (c *Code) Type() *Type { return CodeType }

func init() {
	DefGetter(FunctionType, "__code__", func(th *Thread, self Object) (Object, error) {
		return &Code{fn: self.(*Function)}, nil
	})
	CodeType.Slots.GetAttr = func(th *Thread, o Object, name *Str) (Object, error) {
		f := o.(*Code).fn
		s := f.Sig
		switch name.String() {
		case "co_name":
			return NewStr(f.Name), nil
		case "co_qualname":
			return NewStr(f.QualName), nil
		case "co_argcount":
			return Int(s.NPos), nil
		case "co_posonlyargcount":
			return Int(s.NPosOnly), nil
		case "co_kwonlyargcount":
			return Int(s.NKwOnly), nil
		case "co_varnames":
			items := make([]Object, len(s.Names))
			for i, n := range s.Names {
				items[i] = NewStr(n)
			}
			return NewTuple(items), nil
		case "co_nlocals":
			return Int(len(s.Names)), nil
		case "co_flags":
			flags := 0
			if s.HasVarArgs {
				flags |= 0x04
			}
			if s.HasKwArgs {
				flags |= 0x08
			}
			return Int(flags), nil
		case "co_filename":
			if d := LookupModuleDef(f.Module); d != nil {
				return NewStr(d.File), nil
			}
			return NewStr("<unknown>"), nil
		}
		return GenericGetAttr(th, o, name)
	}
	CodeType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		f := o.(*Code).fn
		return NewStr("<code object " + f.Name + " at " + hexAddr(o) + ">"), nil
	}
}
