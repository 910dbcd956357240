// Package gointerop connects compiled Python to Go: Python code imports Go
// packages as modules named __go__.<import path with dots>, and Go code
// calls compiled Python functions.
//
//	from __go__.strings import ToUpper, Fields
//	print(ToUpper("pygo"), Fields(" a b "))      # PYGO ['a', 'b']
//
// A Go package becomes importable when some linked Go package registers
// it, usually from an init function:
//
//	gointerop.RegisterPackage("strings", map[string]any{
//		"ToUpper": strings.ToUpper,
//		"Fields":  strings.Fields,
//	})
//
// which registers the module __go__.strings (and the empty parent package
// __go__; "net/http" gives __go__.net.http with parents __go__.net and
// __go__). Package gointerop/gostd registers a few of Go's standard
// packages this way. Functions become Python callables; other values
// (constants, variables) are converted once, when the module is imported.
//
// Go code calls Python with Call:
//
//	v, err := gointerop.Call("app.pricing", "total", 3, 2.5) // app.pricing.total(3, 2.5)
//
// # Conversions
//
// Go to Python (results, constants, values passed to Python callbacks):
//
//	nil pointer/slice/map/interface   None
//	bool                              bool
//	int*, uint*, uintptr              int (arbitrary precision when needed)
//	float32, float64                  float
//	complex64, complex128             complex
//	string                            str
//	[]byte                            bytes
//	other slices, arrays              list (elements converted)
//	maps                              dict (keys and values converted)
//	func values                       a callable (arguments converted back)
//	error                             an exception (see below)
//	py.Object                         itself
//	anything else (structs, pointers, channels)
//	                                  a GoValue: exported fields and methods
//	                                  are attributes; passing it back to Go
//	                                  gives the original value
//
// Python to Go, driven by the Go parameter type:
//
//	int kinds      int or bool (OverflowError if out of range)
//	float kinds    float or int
//	complex kinds  complex, float or int
//	string         str
//	bool           any object, by truth value
//	[]byte         bytes or bytearray
//	slices/arrays  any iterable, elements converted
//	maps           dict, keys and values converted
//	func types     any callable: a Go func made with reflect.MakeFunc that
//	               calls it on a fresh Python thread (so Go may call it from
//	               any goroutine); a Python exception becomes the func's
//	               error result if its last result is an error, else a panic
//	interface{}    the natural Go value: int64 (or *big.Int), float64,
//	               string, []byte, []any, map[any]any, bool, nil, or the
//	               py.Object itself for other Python objects
//	py.Object      the object itself
//
// TypeError is raised with the parameter position when a value does not
// fit ("ToUpper() argument 1 must be str, not int").
//
// # Results and errors
//
// A Go function with no results returns None, one result returns it, and
// several results return a tuple — except that a final error result is
// not part of the value: a non-nil error is raised instead. Errors wrapping
// a syscall.Errno become the matching OSError subclass (FileNotFoundError,
// PermissionError, ...); other errors raise __go__.GoError (a subclass of
// Exception whose str() is err.Error()). A panic inside a Go call becomes
// __go__.GoPanic (a RuntimeError subclass) in the calling Python code,
// never a crash.
package gointerop
