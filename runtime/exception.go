package py

import "fmt"

// BaseException is a Python exception instance of any exception class,
// built-in or user-defined (its class is Type()). It is the Go error value
// that carries a raised Python exception through generated code.
type BaseException struct {
	typ  *Type
	Dict *Dict // instance attributes (created on first use)
	Args *Tuple
	// Cause is __cause__ (raise ... from ...), Context is __context__
	// (the exception being handled when this one was raised).
	Cause, Context  *BaseException
	SuppressContext bool
	// Traceback is the Go call stack captured when the exception was first
	// raised (program counters), rendered as Python frames on demand.
	Traceback []uintptr
	// Base holds an extra built-in value for exception classes that also
	// derive from another built-in type (rare).
	Base Object
}

// Type returns the exception's class.
func (e *BaseException) Type() *Type { return e.typ }

// Error returns "TypeError: message", the last line of a traceback.
func (e *BaseException) Error() string { return FormatExceptionOnly(nil, e) }

// NewException creates an exception of class t with the given args
// (no __init__ of a user class is run).
func NewException(t *Type, args ...Object) *BaseException {
	return &BaseException{typ: t, Args: NewTuple(args)}
}

// NewError creates an exception of class t whose single argument is the
// message formatted with fmt.Sprintf, and records the Go stack for its
// traceback.
func NewError(t *Type, format string, a ...any) *BaseException {
	msg := format
	if len(a) > 0 {
		msg = fmt.Sprintf(format, a...)
	}
	e := NewException(t, NewStr(msg))
	e.CaptureTraceback(1)
	return e
}
