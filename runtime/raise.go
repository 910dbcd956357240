package py

// Raising and catching exceptions: raise (with cause and context), bare
// raise, except-clause matching, conversion of Go errors and panics.

import (
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"syscall"
)

// Raise implements `raise exc` and `raise exc from cause` (cause nil when
// there is no from clause, None for `from None`). It returns the
// exception to propagate as the error.
func Raise(th *Thread, exc Object, cause Object) error {
	e, err := makeException(th, exc, "exceptions must derive from BaseException")
	if err != nil {
		return err
	}
	if cause != nil {
		if cause == None {
			e.Cause = nil
		} else {
			c, err := makeException(th, cause, "exception causes must derive from BaseException")
			if err != nil {
				return err
			}
			e.Cause = c
		}
		e.SuppressContext = true
	}
	setContext(th, e)
	if old := e.Traceback; len(old) > 0 && e.catchDepth > 0 && e.catchDepth <= len(old) {
		// Re-raising a caught exception (`raise e`): CPython's traceback
		// is the raising frame followed by the frames the exception had
		// unwound through up to where it was caught.
		keep := len(old) - e.catchDepth + 1
		cur := callersFrom(3)
		tb := make([]uintptr, 0, keep+len(cur))
		tb = append(tb, old[:keep]...)
		e.Traceback = append(tb, cur...)
		e.catchDepth = 0
	} else {
		e.Traceback = nil
		e.CaptureTraceback(1)
	}
	return e
}

// callersFrom returns the program counters of the stack from skip frames
// above its caller's caller (runtime.Callers numbering).
func callersFrom(skip int) []uintptr {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(skip, pcs)
	for n == len(pcs) && len(pcs) < 1<<20 {
		pcs = make([]uintptr, len(pcs)*8)
		n = runtime.Callers(skip, pcs)
	}
	return pcs[:n]
}

// makeException turns `raise X` operands into an instance.
func makeException(th *Thread, exc Object, msg string) (*BaseException, error) {
	switch v := exc.(type) {
	case *BaseException:
		return v, nil
	case *Type:
		if !v.IsSubtype(BaseExceptionType) {
			return nil, NewError(TypeErrorType, "%s", msg)
		}
		r, err := Call0(th, v)
		if err != nil {
			return nil, err
		}
		e, ok := r.(*BaseException)
		if !ok {
			return nil, NewError(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s",
				reprOrName(th, v), r.Type().Name)
		}
		return e, nil
	}
	return nil, NewError(TypeErrorType, "%s", msg)
}

func reprOrName(th *Thread, o Object) string {
	r, err := Repr(th, o)
	if err != nil {
		return o.Type().Name
	}
	return r.String()
}

// setContext sets e.__context__ to the exception being handled, breaking
// cycles as CPython does.
func setContext(th *Thread, e *BaseException) {
	h := th.Handled()
	if h == nil || h == e {
		return
	}
	// Avoid a cycle: if e is already in h's context chain, cut it there.
	for o := h; o != nil; o = o.Context {
		if o.Context == e {
			o.Context = nil
			break
		}
	}
	e.Context = h
}

// isHandling reports whether e is being handled by an except block.
func (th *Thread) isHandling(e *BaseException) bool {
	for t := th; t != nil; t = t.parent {
		for _, h := range t.handling {
			if h == e {
				return true
			}
		}
	}
	return false
}

// ReRaise implements a bare `raise`.
func ReRaise(th *Thread) error {
	if h := th.Handled(); h != nil {
		h.MarkReRaised()
		return h
	}
	return NewError(RuntimeErrorType, "No active exception to reraise")
}

// ExceptionMatches reports whether err is an instance of typ (a class or
// a tuple of classes), for an except clause.
func ExceptionMatches(th *Thread, err error, typ Object) (bool, error) {
	e := AsException(err)
	if e == nil {
		return false, nil
	}
	return exceptionMatches(e.Type(), typ)
}

func exceptionMatches(et *Type, typ Object) (bool, error) {
	switch v := typ.(type) {
	case *Type:
		if !v.IsSubtype(BaseExceptionType) {
			return false, NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		return et.IsSubtype(v), nil
	case *Tuple:
		for _, x := range v.Items {
			if _, ok := x.(*Type); !ok {
				return false, NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
			}
		}
		for _, x := range v.Items {
			m, err := exceptionMatches(et, x)
			if err != nil || m {
				return m, err
			}
		}
		return false, nil
	}
	return false, NewError(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
}

// GoErrorConverter, when set (by the os module), converts Go errors that
// are not Python exceptions; otherwise AsException's defaults apply.
var GoErrorConverter func(err error) *BaseException

// AsException returns err as a Python exception: a *BaseException as is;
// Go I/O errors as OSError; any other Go error as SystemError.
func AsException(err error) *BaseException {
	if err == nil {
		return nil
	}
	if e, ok := err.(*BaseException); ok {
		return e
	}
	var e *BaseException
	if errors.As(err, &e) {
		return e
	}
	if GoErrorConverter != nil {
		if e := GoErrorConverter(err); e != nil {
			return e
		}
	}
	var errno syscall.Errno
	if errors.As(err, &errno) {
		var pe *fs.PathError
		args := []Object{Int(int(errno)), NewStr(errno.Error())}
		if errors.As(err, &pe) {
			args = append(args, NewStr(pe.Path))
		}
		return NewException(OSErrorType, args...)
	}
	return NewException(SystemErrorType, NewStr(err.Error()))
}

// PanicError converts a value recovered from a Go panic into a Python
// exception: Python exceptions pass through, runtime errors become
// SystemError with the Go message.
func PanicError(r any) *BaseException {
	switch v := r.(type) {
	case *BaseException:
		return v
	case runtime.Error:
		e := NewError(SystemErrorType, "internal error: %s", v.Error())
		return e
	case error:
		return AsException(v)
	}
	return NewError(SystemErrorType, "internal error: %s", fmt.Sprint(r))
}

// UnboundLocal is the error for reading a local variable before assignment.
func UnboundLocal(name string) error {
	return NewNameError(UnboundLocalErrorType, name, "cannot access local variable '%s' where it is not associated with a value", name)
}

// UnboundFree is the error for reading an unassigned variable of an
// enclosing function.
func UnboundFree(name string) error {
	return NewNameError(NameErrorType, name, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// NameError is the error for an undefined global or builtin name.
func NameError(name *Str) error {
	return NewNameError(NameErrorType, name.String(), "name '%s' is not defined", name.String())
}
