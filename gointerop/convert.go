package gointerop

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"syscall"

	py "github.com/pygo-dev/pygo/runtime"
)

var (
	objectType = reflect.TypeOf((*py.Object)(nil)).Elem()
	errorType  = reflect.TypeOf((*error)(nil)).Elem()
	bytesType  = reflect.TypeOf([]byte(nil))
	bigIntType = reflect.TypeOf((*big.Int)(nil))
)

// ToPython converts a Go value to a Python object (see the package
// documentation for the table).
func ToPython(v any) py.Object {
	if v == nil {
		return py.None
	}
	if o, ok := v.(py.Object); ok {
		return o
	}
	return valueToPython(reflect.ValueOf(v))
}

func valueToPython(v reflect.Value) py.Object {
	if !v.IsValid() {
		return py.None
	}
	if v.Type().Implements(objectType) && v.Kind() != reflect.Interface {
		if v.Kind() == reflect.Pointer && v.IsNil() {
			return py.None
		}
		return v.Interface().(py.Object)
	}
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return py.None
		}
		return valueToPython(v.Elem())
	case reflect.Bool:
		return py.Bool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return py.Int(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := v.Uint()
		if u <= math.MaxInt64 {
			return py.Int(int64(u))
		}
		return py.NewIntFromBig(new(big.Int).SetUint64(u))
	case reflect.Float32, reflect.Float64:
		return py.Float(v.Float())
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		return py.NewComplex(real(c), imag(c))
	case reflect.String:
		return py.NewStr(v.String())
	case reflect.Slice:
		if v.IsNil() {
			return py.None
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return py.NewBytes(append([]byte(nil), v.Bytes()...))
		}
		fallthrough
	case reflect.Array:
		items := make([]py.Object, v.Len())
		for i := range items {
			items[i] = valueToPython(v.Index(i))
		}
		return py.NewList(items)
	case reflect.Map:
		if v.IsNil() {
			return py.None
		}
		d := py.NewDict()
		th := py.NewThread()
		it := v.MapRange()
		for it.Next() {
			// Keys converted from Go are hashable (str, int, float, ...);
			// an unhashable one is left out rather than crashing.
			_ = d.SetItem(th, valueToPython(it.Key()), valueToPython(it.Value()))
		}
		return d
	case reflect.Func:
		if v.IsNil() {
			return py.None
		}
		return &GoFunc{name: v.Type().String(), fn: v}
	case reflect.Pointer:
		if v.IsNil() {
			return py.None
		}
		if v.Type() == bigIntType {
			return py.NewIntFromBig(v.Interface().(*big.Int))
		}
	}
	if v.Type().Implements(errorType) {
		return ErrorToPython(v.Interface().(error))
	}
	return &GoValue{v: v}
}

// ErrorToPython converts a Go error to a Python exception: the matching
// OSError subclass for a syscall.Errno, the exception itself for a Python
// exception, __go__.GoError otherwise.
func ErrorToPython(err error) *py.BaseException {
	if err == nil {
		return nil
	}
	var e *py.BaseException
	if errors.As(err, &e) {
		return e
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return py.NewOSError(int(errno), err.Error(), nil)
	}
	return py.NewError(GoErrorType, "%s", err.Error())
}

// FromPython converts a Python object to a Go value of type t.
func FromPython(th *py.Thread, o py.Object, t reflect.Type) (reflect.Value, error) {
	if gv, ok := o.(*GoValue); ok && gv.v.Type().AssignableTo(t) {
		return gv.v, nil
	}
	if gf, ok := o.(*GoFunc); ok && gf.fn.Type().AssignableTo(t) {
		return gf.fn, nil
	}
	if t == objectType {
		return reflect.ValueOf(&o).Elem(), nil
	}
	u := py.Unwrap(o)
	fail := func() (reflect.Value, error) {
		return reflect.Value{}, typeMismatch(o, t)
	}
	switch t.Kind() {
	case reflect.Interface:
		if t.NumMethod() == 0 {
			v := Natural(th, o)
			if v == nil {
				return reflect.Zero(t), nil
			}
			return reflect.ValueOf(v), nil
		}
		if reflect.TypeOf(o).Implements(t) {
			return reflect.ValueOf(o), nil
		}
		return fail()
	case reflect.Bool:
		b, err := py.Truth(th, o)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(b).Convert(t), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok, err := intOf(u)
		if !ok {
			return fail()
		}
		if err != nil {
			return reflect.Value{}, err
		}
		v := reflect.New(t).Elem()
		if v.OverflowInt(n) {
			return reflect.Value{}, py.NewError(py.OverflowErrorType, "Python int too large to convert to Go %s", t)
		}
		v.SetInt(n)
		return v, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		var b *big.Int
		switch x := u.(type) {
		case py.Int:
			b = big.NewInt(int64(x))
		case py.Bool:
			b = big.NewInt(0)
			if x {
				b.SetInt64(1)
			}
		case *py.BigInt:
			b = x.Big()
		default:
			return fail()
		}
		v := reflect.New(t).Elem()
		if b.Sign() < 0 || !b.IsUint64() || v.OverflowUint(b.Uint64()) {
			return reflect.Value{}, py.NewError(py.OverflowErrorType, "Python int out of range for Go %s", t)
		}
		v.SetUint(b.Uint64())
		return v, nil
	case reflect.Float32, reflect.Float64:
		var f float64
		switch x := u.(type) {
		case py.Float:
			f = float64(x)
		case py.Int:
			f = float64(x)
		case *py.BigInt:
			f, _ = new(big.Float).SetInt(x.Big()).Float64()
		default:
			return fail()
		}
		return reflect.ValueOf(f).Convert(t), nil
	case reflect.Complex64, reflect.Complex128:
		var c complex128
		switch x := u.(type) {
		case py.Complex:
			c = complex128(x)
		case py.Float:
			c = complex(float64(x), 0)
		case py.Int:
			c = complex(float64(x), 0)
		default:
			return fail()
		}
		return reflect.ValueOf(c).Convert(t), nil
	case reflect.String:
		s, ok := u.(*py.Str)
		if !ok {
			return fail()
		}
		return reflect.ValueOf(s.String()).Convert(t), nil
	case reflect.Slice, reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			var b []byte
			switch x := u.(type) {
			case *py.Bytes:
				b = append([]byte(nil), x.Bytes()...)
			case *py.ByteArray:
				b = x.Snapshot()
			}
			if b != nil || isBytes(u) {
				if t.Kind() == reflect.Slice {
					return reflect.ValueOf(b).Convert(t), nil
				}
			}
		}
		if _, isStr := u.(*py.Str); isStr {
			return fail()
		}
		items, err := iterItems(th, o)
		if err != nil {
			return fail()
		}
		var v reflect.Value
		if t.Kind() == reflect.Slice {
			v = reflect.MakeSlice(t, len(items), len(items))
		} else {
			if len(items) != t.Len() {
				return reflect.Value{}, py.NewError(py.ValueErrorType, "expected a sequence of length %d for Go %s, got %d", t.Len(), t, len(items))
			}
			v = reflect.New(t).Elem()
		}
		for i, it := range items {
			e, err := FromPython(th, it, t.Elem())
			if err != nil {
				return reflect.Value{}, err
			}
			v.Index(i).Set(e)
		}
		return v, nil
	case reflect.Map:
		d, ok := u.(*py.Dict)
		if !ok {
			return fail()
		}
		keys, vals := d.Items()
		m := reflect.MakeMapWithSize(t, len(keys))
		for i := range keys {
			k, err := FromPython(th, keys[i], t.Key())
			if err != nil {
				return reflect.Value{}, err
			}
			v, err := FromPython(th, vals[i], t.Elem())
			if err != nil {
				return reflect.Value{}, err
			}
			m.SetMapIndex(k, v)
		}
		return m, nil
	case reflect.Func:
		if !py.Callable(o) {
			return fail()
		}
		return makeFunc(o, t), nil
	case reflect.Pointer:
		if o == py.None {
			return reflect.Zero(t), nil
		}
		if t == bigIntType {
			if b, ok := bigOf(u); ok {
				return reflect.ValueOf(b), nil
			}
		}
	}
	if reflect.TypeOf(o).AssignableTo(t) {
		return reflect.ValueOf(o), nil
	}
	return fail()
}

func isBytes(o py.Object) bool {
	switch o.(type) {
	case *py.Bytes, *py.ByteArray:
		return true
	}
	return false
}

func bigOf(o py.Object) (*big.Int, bool) {
	switch x := o.(type) {
	case py.Int:
		return big.NewInt(int64(x)), true
	case *py.BigInt:
		return x.Big(), true
	}
	return nil, false
}

func intOf(o py.Object) (int64, bool, error) {
	switch x := o.(type) {
	case py.Int:
		return int64(x), true, nil
	case py.Bool:
		if x {
			return 1, true, nil
		}
		return 0, true, nil
	case *py.BigInt:
		return 0, true, py.NewError(py.OverflowErrorType, "Python int too large to convert to a Go integer")
	}
	return 0, false, nil
}

func iterItems(th *py.Thread, o py.Object) ([]py.Object, error) {
	switch x := py.Unwrap(o).(type) {
	case *py.List:
		return x.Items(), nil
	case *py.Tuple:
		return x.Items, nil
	}
	it, err := py.Iter(th, o)
	if err != nil {
		return nil, err
	}
	var out []py.Object
	for {
		v, err := py.Next(th, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return out, nil
		}
		out = append(out, v)
	}
}

func typeMismatch(o py.Object, t reflect.Type) error {
	return py.NewError(py.TypeErrorType, "cannot convert %s to Go %s", o.Type().Name, t)
}

// Natural converts a Python object to the Go value it most naturally is:
// None → nil, bool → bool, int → int64 (*big.Int when larger), float →
// float64, complex → complex128, str → string, bytes → []byte, list and
// tuple → []any, dict → map[any]any (unhashable Go keys are stringified),
// a GoValue → its value; other objects are returned as py.Object.
func Natural(th *py.Thread, o py.Object) any {
	switch x := py.Unwrap(o).(type) {
	case nil:
		return nil
	case *py.NoneType:
		return nil
	case py.Bool:
		return bool(x)
	case py.Int:
		return int64(x)
	case *py.BigInt:
		return x.Big()
	case py.Float:
		return float64(x)
	case py.Complex:
		return complex128(x)
	case *py.Str:
		return x.String()
	case *py.Bytes:
		return append([]byte(nil), x.Bytes()...)
	case *py.List:
		return naturalSlice(th, x.Items())
	case *py.Tuple:
		return naturalSlice(th, x.Items)
	case *py.Dict:
		keys, vals := x.Items()
		m := make(map[any]any, len(keys))
		for i := range keys {
			k := Natural(th, keys[i])
			if k != nil && !reflect.TypeOf(k).Comparable() {
				k = fmt.Sprint(k)
			}
			m[k] = Natural(th, vals[i])
		}
		return m
	case *GoValue:
		return x.v.Interface()
	case *GoFunc:
		return x.fn.Interface()
	}
	return o
}

func naturalSlice(th *py.Thread, items []py.Object) []any {
	out := make([]any, len(items))
	for i, it := range items {
		out[i] = Natural(th, it)
	}
	return out
}
