package py

// Attribute access: the generic descriptor protocol (data descriptors,
// then the instance dict, then non-data descriptors), AttributeError
// messages, per-call-site inline caches, and method calls that avoid
// creating bound methods.

import "sync/atomic"

// DictHolder is implemented by Go types whose instances have a __dict__
// (other than *Instance, *Function, *Module, *BaseException, handled
// directly). InstanceDict returns the dict, creating it when create is set;
// it may return nil when create is false.
type DictHolder interface {
	InstanceDict(create bool) *Dict
}

// instanceDict returns o's __dict__ (nil if it has none).
func instanceDict(o Object, create bool) *Dict {
	switch v := o.(type) {
	case *Instance:
		return v.Dict
	case *Module:
		return v.Dict
	case *Function:
		if v.Dict == nil && create {
			v.Dict = NewDict()
		}
		return v.Dict
	case *BaseException:
		if v.Dict == nil && create {
			v.Dict = NewDict()
		}
		return v.Dict
	case DictHolder:
		return v.InstanceDict(create)
	}
	return nil
}

// attrError is CPython's AttributeError for a missing attribute.
func attrError(o Object, name *Str) error {
	var e *BaseException
	switch v := o.(type) {
	case *Module:
		if v.initializing() {
			e = NewError(AttributeErrorType, "partially initialized module '%s' has no attribute '%s' (most likely due to a circular import)", v.Name, name.String())
		} else {
			e = NewError(AttributeErrorType, "module '%s' has no attribute '%s'", v.Name, name.String())
		}
	case *Type:
		e = NewError(AttributeErrorType, "type object '%s' has no attribute '%s'", v.Name, name.String())
	default:
		e = NewError(AttributeErrorType, "'%s' object has no attribute '%s'", o.Type().Name, name.String())
	}
	setAttrErrorContext(e, o, name)
	return e
}

// setAttrErrorContext records AttributeError.name and .obj (used by the
// traceback printer's "Did you mean" suggestions).
func setAttrErrorContext(e *BaseException, o Object, name *Str) {
	e.SetAttr("name", name)
	e.SetAttr("obj", o)
}

// GetAttr is getattr(o, name).
func GetAttr(th *Thread, o Object, name *Str) (Object, error) {
	v, err := getAttrOpt(th, o, name)
	if v == nil && err == nil {
		return nil, attrError(o, name)
	}
	return v, err
}

// GetAttrOpt is getattr(o, name) returning (nil, nil) when the attribute
// does not exist (AttributeError raised by Python code is also reported
// as absent), as hasattr and getattr with a default need.
func GetAttrOpt(th *Thread, o Object, name *Str) (Object, error) {
	v, err := getAttrOpt(th, o, name)
	if err != nil {
		if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(AttributeErrorType) {
			return nil, nil
		}
	}
	return v, err
}

func getAttrOpt(th *Thread, o Object, name *Str) (Object, error) {
	t := o.Type()
	if f := t.Slots.GetAttr; f != nil {
		return f(th, o, name)
	}
	return GenericGetAttr(th, o, name)
}

// isDataDescr reports whether d's type defines __set__/__delete__.
func isDataDescr(d Object) bool { return d.Type().Slots.DescrSet != nil }

// GenericGetAttr is object.__getattribute__: data descriptors on the type
// win over the instance dict, which wins over other class attributes. It
// returns (nil, nil) when the attribute is not found.
func GenericGetAttr(th *Thread, o Object, name *Str) (Object, error) {
	t := o.Type()
	return genericGetAttrWith(th, o, name, t, t.Lookup(name))
}

func genericGetAttrWith(th *Thread, o Object, name *Str, t *Type, descr Object) (Object, error) {
	var get func(th *Thread, descr, obj Object, owner *Type) (Object, error)
	if descr != nil {
		dt := descr.Type()
		get = dt.Slots.DescrGet
		if get != nil && dt.Slots.DescrSet != nil {
			return get(th, descr, o, t)
		}
	}
	if d := instanceDict(o, false); d != nil && d.mayHaveStr(name) {
		if v := d.GetStr(name); v != nil {
			return v, nil
		}
	}
	if descr != nil {
		if get != nil {
			return get(th, descr, o, t)
		}
		return descr, nil
	}
	return nil, nil
}

// bindDescr applies a class attribute's __get__ (obj nil for class access).
func bindDescr(th *Thread, descr, obj Object, owner *Type) (Object, error) {
	if get := descr.Type().Slots.DescrGet; get != nil {
		return get(th, descr, obj, owner)
	}
	return descr, nil
}

// SetAttr is setattr(o, name, v).
func SetAttr(th *Thread, o Object, name *Str, v Object) error {
	if f := o.Type().Slots.SetAttr; f != nil {
		return f(th, o, name, v)
	}
	return GenericSetAttr(th, o, name, v)
}

// DelAttr is delattr(o, name).
func DelAttr(th *Thread, o Object, name *Str) error {
	if f := o.Type().Slots.SetAttr; f != nil {
		return f(th, o, name, nil)
	}
	return GenericSetAttr(th, o, name, nil)
}

// GenericSetAttr is object.__setattr__ / object.__delattr__ (v nil).
func GenericSetAttr(th *Thread, o Object, name *Str, v Object) error {
	t := o.Type()
	if descr := t.Lookup(name); descr != nil {
		if set := descr.Type().Slots.DescrSet; set != nil {
			return set(th, descr, o, v)
		}
	}
	d := instanceDict(o, true)
	if d == nil {
		if t.Lookup(name) != nil {
			return NewError(AttributeErrorType, "'%s' object attribute '%s' is read-only", t.Name, name.String())
		}
		return attrError(o, name)
	}
	if v == nil {
		if !d.DelStr(name) {
			return attrError(o, name)
		}
		return nil
	}
	if n, added := d.setStrLen(name, v); added {
		if in, ok := o.(*Instance); ok && int32(n) > in.typ.dictHint.Load() && n <= 32 {
			in.typ.dictHint.Store(int32(n))
		}
	}
	return nil
}

// AttrCache is the inline cache of one attribute access or method call
// site: generated code declares one package-level AttrCache per site. It
// remembers, for the last few types seen (attrCacheWays: sites such as
// self.area() in a base class see several subclasses), what each type's
// MRO holds under the name; an entry is valid while its type's version is
// unchanged. Entry sets are immutable and published atomically, so
// concurrent use is race-free, and a hit allocates nothing.
type AttrCache struct {
	p atomic.Pointer[attrEntries]
}

// attrCacheWays is how many types one AttrCache remembers.
const attrCacheWays = 4

type attrEntries struct {
	n    int // entries in use
	next int // the entry the next miss replaces once all are in use
	e    [attrCacheWays]attrEntry
}

type attrEntry struct {
	typ   *Type
	ver   uint32
	descr Object // t.Lookup(name), may be nil
}

// lookup returns the cached t.Lookup(name), refreshing the entry if stale.
func (c *AttrCache) lookup(t *Type, name *Str) Object {
	es := c.p.Load()
	if es != nil {
		for i := 0; i < es.n; i++ {
			if e := &es.e[i]; e.typ == t {
				if e.ver == t.Version() {
					return e.descr
				}
				break
			}
		}
	}
	return c.refresh(es, t, name)
}

// refresh looks name up on t and publishes a new entry set holding it.
func (c *AttrCache) refresh(es *attrEntries, t *Type, name *Str) Object {
	ver := t.Version()
	descr := t.Lookup(name)
	n := &attrEntries{}
	if es != nil {
		*n = *es
	}
	i := -1
	for j := 0; j < n.n; j++ {
		if n.e[j].typ == t {
			i = j
			break
		}
	}
	if i < 0 {
		if n.n < attrCacheWays {
			i = n.n
			n.n++
		} else {
			i = n.next
			n.next = (n.next + 1) % attrCacheWays
		}
	}
	n.e[i] = attrEntry{typ: t, ver: ver, descr: descr}
	c.p.Store(n)
	return descr
}

// GetAttrCached is GetAttr with a per-site inline cache.
func GetAttrCached(th *Thread, o Object, name *Str, c *AttrCache) (Object, error) {
	t := o.Type()
	if !t.genericAttr {
		return GetAttr(th, o, name)
	}
	v, err := genericGetAttrWith(th, o, name, t, c.lookup(t, name))
	if v == nil && err == nil {
		if t.getattrHook {
			return GetAttr(th, o, name)
		}
		return nil, attrError(o, name)
	}
	return v, err
}

// loadMethod finds obj.name for a call. When the attribute is a plain
// function or built-in method descriptor on the type (and not shadowed by
// the instance dict) it returns it with unbound set, so the caller passes
// obj as the first argument instead of creating a bound method.
func loadMethod(th *Thread, o Object, name *Str, c *AttrCache) (fn Object, unbound bool, err error) {
	t := o.Type()
	if t.genericAttr {
		var descr Object
		if c != nil {
			descr = c.lookup(t, name)
		} else {
			descr = t.Lookup(name)
		}
		switch descr.(type) {
		case *Function, *MethodDescriptor:
			if d := instanceDict(o, false); d == nil || !d.mayHaveStr(name) || d.GetStr(name) == nil {
				return descr, true, nil
			}
		}
		v, err := genericGetAttrWith(th, o, name, t, descr)
		if v != nil || err != nil {
			return v, false, err
		}
		if !t.getattrHook {
			return nil, false, attrError(o, name)
		}
	}
	v, err := GetAttr(th, o, name)
	return v, false, err
}

// callUnbound calls an unbound method found by loadMethod.
func callUnbound(th *Thread, fn Object, self Object, args []Object, kw *KwArgs) (Object, error) {
	if d, ok := fn.(*MethodDescriptor); ok {
		return callBuiltinMethod(th, d.Owner, d.Fn, self, args, kw)
	}
	return callBound(th, fn, self, args, kw)
}

// CallMethod0 is obj.name().
func CallMethod0(th *Thread, o Object, name *Str) (Object, error) {
	return CallMethodCached0(th, o, name, nil)
}

// CallMethod1 is obj.name(a).
func CallMethod1(th *Thread, o Object, name *Str, a Object) (Object, error) {
	return CallMethodCached1(th, o, name, nil, a)
}

// CallMethod2 is obj.name(a, b).
func CallMethod2(th *Thread, o Object, name *Str, a, b Object) (Object, error) {
	return CallMethodCached2(th, o, name, nil, a, b)
}

// CallMethod3 is obj.name(a, b, c).
func CallMethod3(th *Thread, o Object, name *Str, a, b, c Object) (Object, error) {
	fn, unbound, err := loadMethod(th, o, name, nil)
	if err != nil {
		return nil, err
	}
	if unbound {
		return callUnbound(th, fn, o, []Object{a, b, c}, nil)
	}
	return Call3(th, fn, a, b, c)
}

// CallMethod is obj.name(*args, **kw).
func CallMethod(th *Thread, o Object, name *Str, args []Object, kw *KwArgs) (Object, error) {
	return CallMethodCached(th, o, name, nil, args, kw)
}

// CallMethodCached0 is obj.name() with an inline cache (c may be nil).
func CallMethodCached0(th *Thread, o Object, name *Str, c *AttrCache) (Object, error) {
	fn, unbound, err := loadMethod(th, o, name, c)
	if err != nil {
		return nil, err
	}
	if unbound {
		if f, ok := fn.(*Function); ok {
			return Call1(th, f, o)
		}
		return callUnbound(th, fn, o, nil, nil)
	}
	return Call0(th, fn)
}

// CallMethodCached1 is obj.name(a) with an inline cache (c may be nil).
func CallMethodCached1(th *Thread, o Object, name *Str, c *AttrCache, a Object) (Object, error) {
	fn, unbound, err := loadMethod(th, o, name, c)
	if err != nil {
		return nil, err
	}
	if unbound {
		if f, ok := fn.(*Function); ok {
			return Call2(th, f, o, a)
		}
		if d, ok := fn.(*MethodDescriptor); ok && transientArgs(d.Owner) {
			return callMethodDescr1(th, d, o, a)
		}
		return callUnbound(th, fn, o, []Object{a}, nil)
	}
	return Call1(th, fn, a)
}

// CallMethodCached2 is obj.name(a, b) with an inline cache (c may be nil).
func CallMethodCached2(th *Thread, o Object, name *Str, c *AttrCache, a, b Object) (Object, error) {
	fn, unbound, err := loadMethod(th, o, name, c)
	if err != nil {
		return nil, err
	}
	if unbound {
		if f, ok := fn.(*Function); ok {
			return Call3(th, f, o, a, b)
		}
		if d, ok := fn.(*MethodDescriptor); ok && transientArgs(d.Owner) {
			return callMethodDescr2(th, d, o, a, b)
		}
		return callUnbound(th, fn, o, []Object{a, b}, nil)
	}
	return Call2(th, fn, a, b)
}

// CallMethodCached is obj.name(*args, **kw) with an inline cache (c may be nil).
func CallMethodCached(th *Thread, o Object, name *Str, c *AttrCache, args []Object, kw *KwArgs) (Object, error) {
	fn, unbound, err := loadMethod(th, o, name, c)
	if err != nil {
		return nil, err
	}
	if unbound {
		return callUnbound(th, fn, o, args, kw)
	}
	return Call(th, fn, args, kw)
}

// HasAttr is hasattr(o, name).
func HasAttr(th *Thread, o Object, name *Str) (bool, error) {
	v, err := GetAttrOpt(th, o, name)
	return v != nil, err
}

// lookupSpecial finds a special method on type(o) and binds it to o
// (CPython's _PyObject_LookupSpecial); nil if absent.
func lookupSpecial(th *Thread, o Object, name *Str) (Object, error) {
	t := o.Type()
	d := t.Lookup(name)
	if d == nil {
		return nil, nil
	}
	return bindDescr(th, d, o, t)
}
