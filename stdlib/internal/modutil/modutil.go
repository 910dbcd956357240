// Package modutil holds the small helpers shared by Pygo's Go-native
// standard modules: declaring module functions, and converting Python
// arguments (numbers, text, bytes) to Go values with CPython's error
// messages.
package modutil

import (
	"math"
	"math/big"

	py "github.com/pygo-dev/pygo/runtime"
)

// Fn is the Go form of a module-level function.
type Fn func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error)

// NewFunc returns a built-in function of module mod named name.
func NewFunc(mod, name string, fn Fn) *py.BuiltinFunction {
	return &py.BuiltinFunction{Name: name, QualName: name, Module: mod,
		Fn: func(th *py.Thread, _ py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return fn(th, args, kw)
		}}
}

// Module fills a module namespace.
type Module struct {
	Name string
	Dict *py.Dict
}

// New wraps module m for filling.
func New(m *py.Module) *Module { return &Module{Name: m.Name, Dict: m.Dict} }

// Func adds a built-in function to the module.
func (m *Module) Func(name string, fn Fn) *py.BuiltinFunction {
	f := NewFunc(m.Name, name, fn)
	m.Dict.SetStr(py.Intern(name), f)
	return f
}

// Set adds any value to the module.
func (m *Module) Set(name string, v py.Object) { m.Dict.SetStr(py.Intern(name), v) }

// TypeName returns the Python type name of o.
func TypeName(o py.Object) string { return o.Type().Name }

// IsInt reports whether o is an int (Int, *BigInt or Bool), unwrapping a
// subclass instance.
func IsInt(o py.Object) bool {
	switch py.Unwrap(o).(type) {
	case py.Int, *py.BigInt, py.Bool:
		return true
	}
	return false
}

// BigOf returns the value of an int object (Int, *BigInt, Bool) as a new
// big.Int; ok is false for other objects.
func BigOf(o py.Object) (*big.Int, bool) {
	switch v := py.Unwrap(o).(type) {
	case py.Int:
		return big.NewInt(int64(v)), true
	case py.Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *py.BigInt:
		return v.Big(), true
	}
	return nil, false
}

// IntFromBig returns the Python int for b (Int when it fits).
func IntFromBig(b *big.Int) py.Object { return py.NewIntFromBig(b) }

// IndexBig converts o with __index__ to a big.Int.
func IndexBig(th *py.Thread, o py.Object) (*big.Int, error) {
	if b, ok := BigOf(o); ok {
		return b, nil
	}
	r, err := py.Index(th, o)
	if err != nil {
		return nil, err
	}
	b, _ := BigOf(r)
	return b, nil
}

// Int64 converts o with __index__ to an int64; OverflowError with msg
// (CPython's "Python int too large to convert to C long" by default) when
// it does not fit.
func Int64(th *py.Thread, o py.Object) (int64, error) {
	switch v := py.Unwrap(o).(type) {
	case py.Int:
		return int64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	b, err := IndexBig(th, o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, py.NewError(py.OverflowErrorType, "Python int too large to convert to C long")
	}
	return b.Int64(), nil
}

// Float converts a real number to float64 as PyFloat_AsDouble does:
// float, int, then __float__, then __index__. Other objects raise
// TypeError "must be real number, not str".
func Float(th *py.Thread, o py.Object) (float64, error) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		return BigToFloat(v.Big())
	}
	if in, ok := o.(*py.Instance); ok && in.Base != nil && in.Type().Slots.Float == nil {
		return Float(th, in.Base)
	}
	if f := o.Type().Slots.Float; f != nil {
		r, err := f(th, o)
		if err != nil {
			return 0, err
		}
		if x, ok := py.Unwrap(r).(py.Float); ok {
			return float64(x), nil
		}
		return 0, py.NewError(py.TypeErrorType, "%s.__float__ returned non-float (type %s)", o.Type().Name, r.Type().Name)
	}
	if o.Type().Slots.Index != nil {
		r, err := py.Index(th, o)
		if err != nil {
			return 0, err
		}
		return Float(th, r)
	}
	return 0, py.NewError(py.TypeErrorType, "must be real number, not %s", o.Type().Name)
}

// BigToFloat converts an integer to float64 with correct rounding, or
// OverflowError "int too large to convert to float".
func BigToFloat(b *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(b).Float64()
	if math.IsInf(f, 0) {
		return 0, py.NewError(py.OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// Str returns the Go string of a str argument, or TypeError with msg
// formatted with the argument's type name.
func Str(o py.Object) (string, bool) {
	if s, ok := py.Unwrap(o).(*py.Str); ok {
		return s.String(), true
	}
	return "", false
}

// Bytes returns the contents of a bytes-like object (bytes, bytearray).
func Bytes(o py.Object) ([]byte, bool) {
	switch v := py.Unwrap(o).(type) {
	case *py.Bytes:
		return v.Bytes(), true
	case *py.ByteArray:
		return v.Snapshot(), true
	}
	return nil, false
}

// Args binds positional and keyword arguments to names as
// py.ParseArgs does; missing optional arguments are nil.
func Args(fname string, args []py.Object, kw *py.KwArgs, names []string, nRequired int) ([]py.Object, error) {
	return py.ParseArgs(fname, args, kw, names, nRequired)
}

// NoKw rejects keyword arguments: "f() takes no keyword arguments".
func NoKw(fname string, kw *py.KwArgs) error {
	if kw.Len() > 0 {
		return py.NewError(py.TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// Exactly checks the positional argument count with argument clinic's
// wording: "f expected 2 arguments, got 1" / "f() takes exactly one
// argument (2 given)".
func Exactly(fname string, args []py.Object, kw *py.KwArgs, n int) error {
	if err := NoKw(fname, kw); err != nil {
		return err
	}
	if len(args) == n {
		return nil
	}
	if n == 1 {
		return py.NewError(py.TypeErrorType, "%s() takes exactly one argument (%d given)", fname, len(args))
	}
	return py.ArgRange(fname, args, nil, n, n)
}

// Range checks the positional argument count is within [min, max].
func Range(fname string, args []py.Object, kw *py.KwArgs, min, max int) error {
	if err := NoKw(fname, kw); err != nil {
		return err
	}
	return py.ArgRange(fname, args, nil, min, max)
}

// Bool returns py.True or py.False.
func Bool(b bool) py.Object { return py.Bool(b) }

// StrList makes a list of str from Go strings.
func StrList(ss []string) *py.List {
	items := make([]py.Object, len(ss))
	for i, s := range ss {
		items[i] = py.NewStr(s)
	}
	return py.NewList(items)
}

// ErrorF returns a new exception of type t with a formatted message.
func ErrorF(t *py.Type, format string, a ...any) error { return py.NewError(t, format, a...) }
