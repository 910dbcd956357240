//go:build !go1.24

package weakrefmod

import (
	"runtime"

	py "github.com/pygo-dev/pygo/runtime"
)

// makeHandle, for Go toolchains without weak pointers (before 1.24),
// keeps a strong reference: referents never die and callbacks never run.
func makeHandle(o py.Object, cleanup func()) (*handle, error) {
	switch o.(type) {
	case *py.Instance, *py.Function, *py.Type, *py.BoundMethod, *py.Set, *py.FrozenSet, *py.Module, *py.Generator:
		return &handle{typ: o.Type(), id: py.Id(o), get: func() py.Object { return o }}, nil
	}
	return nil, py.NewError(py.TypeErrorType, "cannot create weak reference to '%s' object", o.Type().Name)
}

func waitCallbacks() { runtime.GC() }
