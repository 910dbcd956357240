package py

// Small helpers that only generated code calls (owned by the code
// generator; see docs/RUNTIME_API.md, "Code generator helpers").

import (
	"sort"
	"strings"
)

// SetImpl0 installs a zero-parameter implementation as f's Body and Fast0.
func SetImpl0(f *Function, impl func(th *Thread) (Object, error)) {
	f.Fast0 = impl
	f.Body = func(th *Thread, args []Object) (Object, error) { return impl(th) }
}

// simpleSig reports whether the fast entry points may bypass binding:
// only positional parameters.
func simpleSig(s *Signature) bool {
	return !s.HasVarArgs && !s.HasKwArgs && s.NKwOnly == 0
}

// SetImpl1 installs a one-slot implementation: Body always, and Fast1 (and
// Fast0 when the parameter has a default) for a positional-only signature.
func SetImpl1(f *Function, impl func(th *Thread, a Object) (Object, error)) {
	f.Body = func(th *Thread, args []Object) (Object, error) { return impl(th, args[0]) }
	if !simpleSig(f.Sig) {
		return
	}
	f.Fast1 = impl
	if len(f.Sig.Defaults) == 1 {
		f.Fast0 = func(th *Thread) (Object, error) {
			d := f.Sig.Defaults
			if len(d) != 1 {
				return Call(th, f, nil, nil)
			}
			return impl(th, d[0])
		}
	}
}

// SetImpl2 installs a two-slot implementation (see SetImpl1).
func SetImpl2(f *Function, impl func(th *Thread, a, b Object) (Object, error)) {
	f.Body = func(th *Thread, args []Object) (Object, error) { return impl(th, args[0], args[1]) }
	if !simpleSig(f.Sig) {
		return
	}
	f.Fast2 = impl
	nd := len(f.Sig.Defaults)
	if nd >= 1 {
		f.Fast1 = func(th *Thread, a Object) (Object, error) {
			d := f.Sig.Defaults
			if len(d) != nd {
				return Call(th, f, []Object{a}, nil)
			}
			return impl(th, a, d[nd-1])
		}
	}
	if nd == 2 {
		f.Fast0 = func(th *Thread) (Object, error) {
			d := f.Sig.Defaults
			if len(d) != 2 {
				return Call(th, f, nil, nil)
			}
			return impl(th, d[0], d[1])
		}
	}
}

// SetImpl3 installs a three-slot implementation (see SetImpl1).
func SetImpl3(f *Function, impl func(th *Thread, a, b, c Object) (Object, error)) {
	f.Body = func(th *Thread, args []Object) (Object, error) { return impl(th, args[0], args[1], args[2]) }
	if !simpleSig(f.Sig) {
		return
	}
	f.Fast3 = impl
	nd := len(f.Sig.Defaults)
	if nd >= 1 {
		f.Fast2 = func(th *Thread, a, b Object) (Object, error) {
			d := f.Sig.Defaults
			if len(d) != nd {
				return Call(th, f, []Object{a, b}, nil)
			}
			return impl(th, a, b, d[nd-1])
		}
	}
	if nd >= 2 {
		f.Fast1 = func(th *Thread, a Object) (Object, error) {
			d := f.Sig.Defaults
			if len(d) != nd {
				return Call(th, f, []Object{a}, nil)
			}
			return impl(th, a, d[nd-2], d[nd-1])
		}
	}
	if nd == 3 {
		f.Fast0 = func(th *Thread) (Object, error) {
			d := f.Sig.Defaults
			if len(d) != 3 {
				return Call(th, f, nil, nil)
			}
			return impl(th, d[0], d[1], d[2])
		}
	}
}

var cgNameDunderName = Intern("__name__")

// ModuleName returns __name__ from a module namespace ("" if unset).
func ModuleName(globals *Dict) string {
	if s, ok := globals.GetStr(cgNameDunderName).(*Str); ok {
		return s.String()
	}
	return ""
}

// LookupStr returns d[name] for a str key without running Python code,
// or nil.
func LookupStr(d *Dict, name *Str) Object { return d.GetStr(name) }

// LoadName implements a name lookup in a class body (CPython's LOAD_NAME):
// the class namespace, then the module globals, then builtins.
func LoadName(th *Thread, ns, globals *Dict, name *Str, c *GlobalCache) (Object, error) {
	if v := ns.GetStr(name); v != nil {
		return v, nil
	}
	return LoadGlobal(th, globals, name, c)
}

// NameNotDefined returns NameError "name 'x' is not defined".
func NameNotDefined(name string) error {
	return NewError(NameErrorType, "name '%s' is not defined", name)
}

// AppendIter appends the items of an iterable to dst (for *args and
// starred items in displays).
func AppendIter(th *Thread, dst []Object, iterable Object) ([]Object, error) {
	switch v := iterable.(type) {
	case *Tuple:
		return append(dst, v.Items...), nil
	}
	it, err := Iter(th, iterable)
	if err != nil {
		return dst, err
	}
	for {
		x, err := Next(th, it)
		if err != nil {
			return dst, err
		}
		if x == nil {
			return dst, nil
		}
		dst = append(dst, x)
	}
}

// NewSetFrom builds a set display.
func NewSetFrom(th *Thread, items []Object) (Object, error) {
	s := NewSet()
	for _, x := range items {
		if err := s.Add(th, x); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// DictMerge implements {**other} in a dict display: other's keys() and
// items are added to d.
var cgNameKeys = Intern("keys")

func DictMerge(th *Thread, d *Dict, other Object) error {
	if o, ok := other.(*Dict); ok {
		keys, vals := o.Items()
		for i, k := range keys {
			if err := d.SetItem(th, k, vals[i]); err != nil {
				return err
			}
		}
		return nil
	}
	keys, err := CallMethod0(th, other, cgNameKeys)
	if err != nil {
		if ok, _ := ExceptionMatches(th, err, AttributeErrorType); ok {
			return NewError(TypeErrorType, "'%s' object is not a mapping", other.Type().Name)
		}
		return err
	}
	ks, err := AppendIter(th, nil, keys)
	if err != nil {
		return err
	}
	for _, k := range ks {
		v, err := GetItem(th, other, k)
		if err != nil {
			return err
		}
		if err := d.SetItem(th, k, v); err != nil {
			return err
		}
	}
	return nil
}

// MergeKwargs implements f(**other): like DictMerge, but keys must be
// strings and may not repeat ("f() got multiple values for keyword
// argument 'x'").
func MergeKwargs(th *Thread, d *Dict, other Object, fn Object) error {
	tmp := NewDict()
	if err := DictMerge(th, tmp, other); err != nil {
		if ok, _ := ExceptionMatches(th, err, TypeErrorType); ok {
			if _, isMap := other.(*Dict); !isMap {
				return NewError(TypeErrorType, "%s argument after ** must be a mapping, not %s", funcDescr(fn), other.Type().Name)
			}
		}
		return err
	}
	keys, vals := tmp.Items()
	for i, k := range keys {
		ks, ok := k.(*Str)
		if !ok {
			return NewError(TypeErrorType, "keywords must be strings")
		}
		if d.GetStr(ks) != nil {
			return NewError(TypeErrorType, "%s got multiple values for keyword argument '%s'", funcDescr(fn), ks.String())
		}
		d.SetStr(ks, vals[i])
	}
	return nil
}

func funcDescr(fn Object) string {
	switch f := fn.(type) {
	case *Function:
		return f.QualName + "()"
	case *BuiltinFunction:
		return f.Name + "()"
	case *Type:
		return f.Name + "()"
	}
	return fn.Type().Name + " object"
}

// ConcatStr joins the parts of an f-string.
func ConcatStr(parts ...*Str) *Str {
	n := 0
	for _, p := range parts {
		n += len(p.String())
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		b.WriteString(p.String())
	}
	return NewStr(b.String())
}

var cgNameRange = Intern("range")

// RangeLoop prepares `for i in range(args...)`: when rng is the builtin
// range and the arguments are ints that fit the counting loop, it returns
// the bounds (the loop runs c = lo; c < hi (or c > hi for a negative
// step); c += step) and a nil iterator. Otherwise it calls rng(args...)
// and returns an iterator over the result, which the loop uses instead.
func RangeLoop(th *Thread, rng Object, args ...Object) (lo, hi, step int64, it Object, err error) {
	if rng == Builtins.GetStr(cgNameRange) {
		ok := true
		vals := [3]int64{0, 0, 1}
		for i, a := range args {
			v, isInt := a.(Int)
			if !isInt {
				ok = false
				break
			}
			vals[i] = int64(v)
		}
		if ok {
			switch len(args) {
			case 1:
				lo, hi, step = 0, vals[0], 1
			case 2:
				lo, hi, step = vals[0], vals[1], 1
			case 3:
				lo, hi, step = vals[0], vals[1], vals[2]
			}
			// Keep c += step from overflowing: huge ranges take the general path.
			const limit = 1 << 62
			if step != 0 && lo > -limit && lo < limit && hi > -limit && hi < limit && step > -limit && step < limit {
				return lo, hi, step, nil, nil
			}
		}
	}
	r, err := Call(th, rng, append([]Object(nil), args...), nil)
	if err != nil {
		return 0, 0, 1, nil, err
	}
	it, err = Iter(th, r)
	if err != nil {
		return 0, 0, 1, nil, err
	}
	return 0, 0, 1, it, nil
}

var cgNameAnnotations = Intern("__annotations__")

// SetupAnnotations creates __annotations__ in a module or class namespace
// that annotates names (CPython's SETUP_ANNOTATIONS).
func SetupAnnotations(th *Thread, ns *Dict) error {
	if ns.GetStr(cgNameAnnotations) == nil {
		ns.SetStr(cgNameAnnotations, NewDict())
	}
	return nil
}

// StoreAnnotation records __annotations__[name] = ann in a module or class
// namespace.
func StoreAnnotation(th *Thread, ns *Dict, name *Str, ann Object) error {
	a := ns.GetStr(cgNameAnnotations)
	if a == nil {
		return NewError(NameErrorType, "__annotations__ not found")
	}
	return SetItem(th, a, name, ann)
}

// SortedKeys implements dir() without arguments: the sorted names of a
// namespace.
func SortedKeys(th *Thread, d *Dict) (Object, error) {
	keys := d.Keys()
	names := make([]string, 0, len(keys))
	for _, k := range keys {
		if s, ok := k.(*Str); ok {
			names = append(names, s.String())
		}
	}
	sort.Strings(names)
	items := make([]Object, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return NewList(items), nil
}
