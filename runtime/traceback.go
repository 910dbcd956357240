package py

import "runtime"

// CaptureTraceback records the Go call stack of the caller (skip frames
// above it) as the exception's traceback, unless it already has one.
func (e *BaseException) CaptureTraceback(skip int) {
	if e.Traceback != nil {
		return
	}
	pcs := make([]uintptr, 64)
	n := runtime.Callers(skip+2, pcs)
	e.Traceback = pcs[:n]
}

// FormatExceptionOnly returns the last line of a traceback for e:
// "TypeError: msg", or just "TypeError" when str(e) is empty.
// PLACEHOLDER: the exceptions work replaces this with str(e) semantics.
func FormatExceptionOnly(th *Thread, e *BaseException) string {
	name := e.typ.Name
	if e.Args != nil && len(e.Args.Items) == 1 {
		if s, ok := e.Args.Items[0].(*Str); ok && s.s != "" {
			return name + ": " + s.s
		}
	}
	return name
}
