package pyutil

import (
	py "github.com/pygo-dev/pygo/runtime"
)

// Class collects the namespace of a class whose methods are Go functions,
// to be created at run time with py.TypeNew (a heap type, like a class
// statement's): Python code can subclass it, override its methods and
// give it attributes, and its special methods dispatch through slots.
type Class struct {
	Name string
	NS   *py.Dict
}

// NewClass starts a class namespace.
func NewClass(name string) *Class { return &Class{Name: name, NS: py.NewDict()} }

// Set stores a class attribute.
func (c *Class) Set(name string, v py.Object) { c.NS.SetStr(py.Intern(name), v) }

// Fn makes a method function: params are positional-or-keyword names
// (self first), defaults the defaults of the last ones.
func (c *Class) Fn(name string, params []string, defaults []py.Object, body func(th *py.Thread, a []py.Object) (py.Object, error)) *py.Function {
	f := py.NewFunction(&py.Function{Name: name, QualName: c.Name + "." + name,
		Sig: &py.Signature{Names: params, NPos: len(params), Defaults: defaults}, Body: body})
	return f
}

// Method adds a method with positional-or-keyword params (self first).
func (c *Class) Method(name string, params []string, defaults []py.Object, body func(th *py.Thread, a []py.Object) (py.Object, error)) *py.Function {
	f := c.Fn(name, params, defaults, body)
	c.Set(name, f)
	return f
}

// MethodSig adds a method with a full signature (Sig.Name is filled in).
func (c *Class) MethodSig(name string, sig *py.Signature, body func(th *py.Thread, a []py.Object) (py.Object, error)) *py.Function {
	f := py.NewFunction(&py.Function{Name: name, QualName: c.Name + "." + name, Sig: sig, Body: body})
	c.Set(name, f)
	return f
}

// VarMethod adds a method taking (self, *args, **kwargs): body receives
// self, the positional arguments and the keyword dict.
func (c *Class) VarMethod(name string, body func(th *py.Thread, self py.Object, args []py.Object, kw *py.Dict) (py.Object, error)) *py.Function {
	return c.MethodSig(name, &py.Signature{Names: []string{"self", "args", "kwargs"}, NPos: 1, HasVarArgs: true, HasKwArgs: true},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			return body(th, a[0], a[1].(*py.Tuple).Items, a[2].(*py.Dict))
		})
}

// ClassMethod adds a classmethod taking (cls, *args, **kwargs).
func (c *Class) ClassMethod(name string, body func(th *py.Thread, cls py.Object, args []py.Object, kw *py.Dict) (py.Object, error)) {
	f := py.NewFunction(&py.Function{Name: name, QualName: c.Name + "." + name,
		Sig: &py.Signature{Names: []string{"cls", "args", "kwargs"}, NPos: 1, HasVarArgs: true, HasKwArgs: true},
		Body: func(th *py.Thread, a []py.Object) (py.Object, error) {
			return body(th, a[0], a[1].(*py.Tuple).Items, a[2].(*py.Dict))
		}})
	c.Set(name, &py.ClassMethod{Func: f})
}

// StaticMethod adds a staticmethod taking (*args, **kwargs).
func (c *Class) StaticMethod(name string, body func(th *py.Thread, args []py.Object, kw *py.Dict) (py.Object, error)) {
	f := py.NewFunction(&py.Function{Name: name, QualName: c.Name + "." + name,
		Sig: &py.Signature{Names: []string{"args", "kwargs"}, HasVarArgs: true, HasKwArgs: true},
		Body: func(th *py.Thread, a []py.Object) (py.Object, error) {
			return body(th, a[0].(*py.Tuple).Items, a[1].(*py.Dict))
		}})
	c.Set(name, &py.StaticMethod{Func: f})
}

// Property adds a read-only property.
func (c *Class) Property(name string, get func(th *py.Thread, self py.Object) (py.Object, error)) {
	f := c.Fn(name, []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) { return get(th, a[0]) })
	c.Set(name, &py.Property{Get: f, Doc: py.None})
}

// Build creates the class with metaclass meta (nil: type) in module.
func (c *Class) Build(th *py.Thread, meta *py.Type, module string, bases ...py.Object) (*py.Type, error) {
	if meta == nil {
		meta = py.TypeType
	}
	c.Set("__module__", py.NewStr(module))
	if c.NS.GetStr(py.Intern("__qualname__")) == nil {
		c.Set("__qualname__", py.NewStr(c.Name))
	}
	for _, v := range c.NS.Values() {
		if f, ok := v.(*py.Function); ok && f.Module == "" {
			f.Module = module
		}
	}
	return py.TypeNew(th, meta, c.Name, bases, c.NS, nil)
}

// KwArgsOf converts a keyword dict (from a **kwargs slot) to KwArgs.
func KwArgsOf(d *py.Dict) *py.KwArgs {
	if d == nil || d.Len() == 0 {
		return nil
	}
	kw := &py.KwArgs{}
	keys, vals := d.Items()
	for i, k := range keys {
		s, _ := k.(*py.Str)
		kw.Names = append(kw.Names, s)
		kw.Values = append(kw.Values, vals[i])
	}
	return kw
}
