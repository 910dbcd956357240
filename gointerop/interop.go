package gointerop

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
)

// GoFunc is a Go function exposed to Python.
type GoFunc struct {
	name string
	fn   reflect.Value
}

// GoValue is a Go value with no Python equivalent (a struct, a pointer,
// a channel...): its exported fields and methods are attributes.
type GoValue struct {
	v reflect.Value
}

// Python types of Go values, and the exceptions Go errors and panics
// become.
var (
	GoFuncType  = py.NewType("go_function", "__go__", nil, 0)
	GoValueType = py.NewType("go_value", "__go__", nil, 0)
	GoErrorType = py.NewType("GoError", "__go__", py.ExceptionType, py.FlagBaseType|py.FlagHasDict)
	GoPanicType = py.NewType("GoPanic", "__go__", py.RuntimeErrorType, py.FlagBaseType|py.FlagHasDict)
)

// Type returns GoFuncType.
func (f *GoFunc) Type() *py.Type { return GoFuncType }

// Type returns GoValueType.
func (g *GoValue) Type() *py.Type { return GoValueType }

// Value returns the wrapped Go value.
func (g *GoValue) Value() any { return g.v.Interface() }

// NewFunc wraps a Go function as a Python callable named name.
func NewFunc(name string, fn any) *GoFunc {
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func {
		panic("gointerop.NewFunc: " + name + " is not a func")
	}
	return &GoFunc{name: name, fn: v}
}

// callGo calls fn with Python arguments, converting them to its
// parameter types and its results back; a panic becomes GoPanic.
func callGo(th *py.Thread, name string, fn reflect.Value, args []py.Object, kw *py.KwArgs) (result py.Object, err error) {
	if kw.Len() > 0 {
		return nil, py.NewError(py.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	t := fn.Type()
	nIn := t.NumIn()
	if t.IsVariadic() {
		if len(args) < nIn-1 {
			return nil, py.NewError(py.TypeErrorType, "%s() takes at least %d arguments (%d given)", name, nIn-1, len(args))
		}
	} else if len(args) != nIn {
		return nil, py.NewError(py.TypeErrorType, "%s() takes exactly %d argument%s (%d given)", name, nIn, plural(nIn), len(args))
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		var pt reflect.Type
		if t.IsVariadic() && i >= nIn-1 {
			pt = t.In(nIn - 1).Elem()
		} else {
			pt = t.In(i)
		}
		v, err := FromPython(th, a, pt)
		if err != nil {
			if e := py.AsException(err); e.Type() == py.TypeErrorType && strings.Contains(e.Error(), "cannot convert") {
				return nil, py.NewError(py.TypeErrorType, "%s() argument %d must be %s, not %s", name, i+1, pyNameOf(pt), a.Type().Name)
			}
			return nil, err
		}
		in[i] = v
	}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*py.BaseException); ok {
				// A Python exception raised in a callback, carried through Go.
				result, err = nil, e
				return
			}
			result, err = nil, py.NewError(GoPanicType, "%s: %v", name, r)
		}
	}()
	out := fn.Call(in)
	return resultsToPython(out, t)
}

// resultsToPython applies the result rules: a trailing error is raised,
// one value is returned as is, several make a tuple.
func resultsToPython(out []reflect.Value, t reflect.Type) (py.Object, error) {
	n := len(out)
	if n > 0 && t.Out(n-1) == errorType {
		if e := out[n-1]; !e.IsNil() {
			return nil, ErrorToPython(e.Interface().(error))
		}
		out = out[:n-1]
	}
	switch len(out) {
	case 0:
		return py.None, nil
	case 1:
		return valueToPython(out[0]), nil
	}
	items := make([]py.Object, len(out))
	for i, v := range out {
		items[i] = valueToPython(v)
	}
	return py.NewTuple(items), nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// pyNameOf names the Python type a Go parameter type expects.
func pyNameOf(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "str"
	case reflect.Bool:
		return "bool"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return "int"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return "bytes"
		}
		return "list"
	case reflect.Map:
		return "dict"
	case reflect.Func:
		return "callable"
	}
	return "Go " + t.String()
}

// makeFunc returns a Go func of type t that calls the Python callable c
// on a new Python thread.
func makeFunc(c py.Object, t reflect.Type) reflect.Value {
	return reflect.MakeFunc(t, func(in []reflect.Value) []reflect.Value {
		th := py.NewThread()
		args := make([]py.Object, len(in))
		for i, v := range in {
			args[i] = valueToPython(v)
		}
		if t.IsVariadic() && len(in) > 0 {
			last := in[len(in)-1]
			args = args[:len(args)-1]
			for i := 0; i < last.Len(); i++ {
				args = append(args, valueToPython(last.Index(i)))
			}
		}
		r, err := py.Call(th, c, args, nil)
		return callbackResults(th, t, r, err)
	})
}

// callbackResults converts a Python callback's result to t's results.
func callbackResults(th *py.Thread, t reflect.Type, r py.Object, err error) []reflect.Value {
	n := t.NumOut()
	out := make([]reflect.Value, n)
	hasErr := n > 0 && t.Out(n-1) == errorType
	fill := func(e error) []reflect.Value {
		if !hasErr {
			panic(py.AsException(e))
		}
		for i := 0; i < n-1; i++ {
			out[i] = reflect.Zero(t.Out(i))
		}
		out[n-1] = reflect.ValueOf(&e).Elem()
		return out
	}
	if err != nil {
		return fill(err)
	}
	vals := n
	if hasErr {
		vals--
		out[n-1] = reflect.Zero(errorType)
	}
	var items []py.Object
	switch vals {
	case 0:
		return out
	case 1:
		items = []py.Object{r}
	default:
		its, err := py.Unpack(th, r, vals)
		if err != nil {
			return fill(err)
		}
		items = its
	}
	for i := 0; i < vals; i++ {
		v, err := FromPython(th, items[i], t.Out(i))
		if err != nil {
			return fill(err)
		}
		out[i] = v
	}
	return out
}

// A Go package registered as a Python module.
type goPackage struct {
	members map[string]any
}

var (
	pkgMu sync.Mutex
	pkgs  = map[string]*goPackage{}
)

// ModuleName returns the Python module name for a Go import path:
// "net/http" → "__go__.net.http".
func ModuleName(importPath string) string {
	return "__go__." + strings.ReplaceAll(importPath, "/", ".")
}

// RegisterPackage makes the Go package importPath importable from Python
// as __go__.<importPath with dots>, with the given members (functions
// become callables; other values are converted when the module is first
// imported). Calling it again for the same path adds members. Call it from
// an init function.
func RegisterPackage(importPath string, members map[string]any) {
	pkgMu.Lock()
	defer pkgMu.Unlock()
	name := ModuleName(importPath)
	parts := strings.Split(name, ".")
	for i := 1; i <= len(parts); i++ {
		mod := strings.Join(parts[:i], ".")
		p := pkgs[mod]
		if p == nil {
			p = &goPackage{members: map[string]any{}}
			pkgs[mod] = p
			registerModule(mod, p)
		}
		if i == len(parts) {
			for k, v := range members {
				p.members[k] = v
			}
		}
	}
}

func registerModule(name string, p *goPackage) {
	py.RegisterModule(&py.ModuleDef{Name: name, IsPkg: true, Doc: "Go package " + strings.TrimPrefix(name, "__go__."),
		Body: func(th *py.Thread, m *py.Module) error {
			pkgMu.Lock()
			names := make([]string, 0, len(p.members))
			for k := range p.members {
				names = append(names, k)
			}
			sort.Strings(names)
			vals := make([]any, len(names))
			for i, k := range names {
				vals[i] = p.members[k]
			}
			pkgMu.Unlock()
			for i, k := range names {
				var o py.Object
				if rv := reflect.ValueOf(vals[i]); rv.Kind() == reflect.Func {
					o = &GoFunc{name: k, fn: rv}
				} else {
					o = ToPython(vals[i])
				}
				m.Dict.SetStr(py.Intern(k), o)
			}
			if name == "__go__" {
				m.Dict.SetStr(py.Intern("GoError"), GoErrorType)
				m.Dict.SetStr(py.Intern("GoPanic"), GoPanicType)
			}
			return nil
		}})
}

// Call imports the compiled Python module modName and calls its function
// funcName with args converted by ToPython, on a new Python thread; the
// result is converted with Natural. A Python exception is returned as
// the error (a *py.BaseException).
func Call(modName, funcName string, args ...any) (any, error) {
	th := py.NewThread()
	m, err := py.ImportModule(th, modName)
	if err != nil {
		return nil, err
	}
	fn, err := py.GetAttr(th, m, py.NewStr(funcName))
	if err != nil {
		return nil, err
	}
	pargs := make([]py.Object, len(args))
	for i, a := range args {
		pargs[i] = ToPython(a)
	}
	r, err := py.Call(th, fn, pargs, nil)
	if err != nil {
		return nil, err
	}
	return Natural(th, r), nil
}

// FuncOf converts a Python callable to a Go function of type F (for
// example func(int) (string, error)), as parameters of func type are.
func FuncOf[F any](callable py.Object) (F, error) {
	var zero F
	t := reflect.TypeOf(zero)
	if t == nil || t.Kind() != reflect.Func {
		return zero, fmt.Errorf("gointerop.FuncOf: %v is not a func type", t)
	}
	if !py.Callable(callable) {
		return zero, py.NewError(py.TypeErrorType, "'%s' object is not callable", callable.Type().Name)
	}
	return makeFunc(callable, t).Interface().(F), nil
}

func init() {
	GoFuncType.Slots.Call = func(th *py.Thread, o py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		f := o.(*GoFunc)
		return callGo(th, f.name, f.fn, args, kw)
	}
	GoFuncType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		f := o.(*GoFunc)
		return py.NewStr(fmt.Sprintf("<Go function %s %s>", f.name, f.fn.Type())), nil
	}
	GoValueType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		g := o.(*GoValue)
		return py.NewStr(fmt.Sprintf("<Go %s %v>", g.v.Type(), g.v)), nil
	}
	GoValueType.Slots.Str = func(th *py.Thread, o py.Object) (py.Object, error) {
		g := o.(*GoValue)
		if s, ok := g.v.Interface().(fmt.Stringer); ok {
			return py.NewStr(s.String()), nil
		}
		return py.NewStr(fmt.Sprint(g.v.Interface())), nil
	}
	GoValueType.Slots.GetAttr = goValueGetAttr
	GoValueType.Slots.SetAttr = goValueSetAttr
}

// goValueGetAttr finds an exported method, then an exported field.
func goValueGetAttr(th *py.Thread, o py.Object, name *py.Str) (py.Object, error) {
	g := o.(*GoValue)
	n := name.String()
	if m := g.v.MethodByName(n); m.IsValid() {
		return &GoFunc{name: n, fn: m}, nil
	}
	if g.v.Kind() == reflect.Pointer && !g.v.IsNil() {
		if m := g.v.Elem().MethodByName(n); m.IsValid() {
			return &GoFunc{name: n, fn: m}, nil
		}
	}
	s := g.v
	if s.Kind() == reflect.Pointer && !s.IsNil() {
		s = s.Elem()
	}
	if s.Kind() == reflect.Struct {
		if f, ok := s.Type().FieldByName(n); ok && f.IsExported() {
			return valueToPython(s.FieldByIndex(f.Index)), nil
		}
	}
	return py.GenericGetAttr(th, o, name)
}

// goValueSetAttr sets an exported field of a struct behind a pointer.
func goValueSetAttr(th *py.Thread, o py.Object, name *py.Str, v py.Object) error {
	g := o.(*GoValue)
	s := g.v
	if s.Kind() == reflect.Pointer && !s.IsNil() {
		s = s.Elem()
	}
	if s.Kind() == reflect.Struct && s.CanAddr() && v != nil {
		if f, ok := s.Type().FieldByName(name.String()); ok && f.IsExported() {
			fv, err := FromPython(th, v, f.Type)
			if err != nil {
				return err
			}
			s.FieldByIndex(f.Index).Set(fv)
			return nil
		}
	}
	return py.NewError(py.AttributeErrorType, "cannot set attribute '%s' of Go %s", name.String(), g.v.Type())
}
