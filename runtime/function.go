package py

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
}

// Type returns FunctionType.
func (f *Function) Type() *Type { return FunctionType }

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
}

// Type returns BuiltinFunctionType.
func (b *BuiltinFunction) Type() *Type { return BuiltinFunctionType }

// Call0 calls fn with no arguments.
func Call0(th *Thread, fn Object) (Object, error) {
	if f, ok := fn.(*Function); ok && f.Fast0 != nil {
		return f.Fast0(th)
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

// Call calls fn(*args, **kw) through its type's Call slot.
func Call(th *Thread, fn Object, args []Object, kw *KwArgs) (Object, error) {
	if f, ok := fn.(*Function); ok {
		return f.call(th, args, kw)
	}
	slot := fn.Type().Slots.Call
	if slot == nil {
		return nil, NewError(TypeErrorType, "'%s' object is not callable", fn.Type().Name)
	}
	return slot(th, fn, args, kw)
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
	slots, err := f.Sig.Bind(th, args, kw)
	if err != nil {
		return nil, err
	}
	return f.Body(th, slots)
}
