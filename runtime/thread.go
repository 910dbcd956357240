package py

import "sync/atomic"

// Thread is the state of one Python thread (one goroutine). Generated code
// receives it as the first argument of every function and passes it on; it
// is never shared between goroutines.
type Thread struct {
	// depth counts active Python frames for the recursion limit.
	depth int
	// handling is the stack of exceptions being handled by except blocks
	// (sys.exc_info(), bare raise, and the implicit __context__ chain).
	handling []*BaseException
	// ident is threading.get_ident().
	ident int64
	// Data holds per-thread values for modules such as threading (the
	// current Thread object, threading.local storage); keyed by the module.
	Data map[any]any
	// parent is the thread that resumed the generator running on this
	// Thread (nil for a real thread): exceptions it handles are visible
	// to the generator, as CPython chains exception states.
	parent *Thread
	// main marks the program's main thread (the one that receives
	// KeyboardInterrupt).
	main bool
}

// interruptPending is set by SIGINT; the main thread raises
// KeyboardInterrupt at its next function entry.
var interruptPending atomic.Bool

var threadIdents atomic.Int64

// recursionLimit is sys.getrecursionlimit(); shared by all threads.
var recursionLimit atomic.Int64

func init() { recursionLimit.Store(1000) }

// RecursionLimit returns sys.getrecursionlimit().
func RecursionLimit() int { return int(recursionLimit.Load()) }

// SetRecursionLimit implements sys.setrecursionlimit.
func SetRecursionLimit(n int) { recursionLimit.Store(int64(n)) }

// NewThread returns the state for a new Python thread. Call it on the
// goroutine that will use it.
func NewThread() *Thread {
	readyAll()
	return &Thread{ident: 139_000_000_000_000 + threadIdents.Add(1)*4096}
}

// Ident returns the thread's identifier (threading.get_ident()).
func (th *Thread) Ident() int64 { return th.ident }

// Enter is called by every generated function on entry (and Leave on exit):
// it enforces the recursion limit. It returns RecursionError when the limit
// is exceeded, as CPython does.
func (th *Thread) Enter() error {
	if interruptPending.Load() && th.main {
		interruptPending.Store(false)
		e := NewException(KeyboardInterruptType)
		e.CaptureTraceback(1)
		return e
	}
	th.depth++
	if th.depth > int(recursionLimit.Load()) {
		th.depth--
		// The traceback starts at the caller of the function being
		// entered: that function never started, as in CPython.
		e := NewException(RecursionErrorType, NewStr("maximum recursion depth exceeded"))
		e.CaptureTraceback(2)
		return e
	}
	return nil
}

// Leave undoes Enter.
func (th *Thread) Leave() { th.depth-- }

// Depth returns the number of active Python frames.
func (th *Thread) Depth() int { return th.depth }

// PushHandled records that an except block started handling e.
// It also marks where e was caught, so its traceback ends there
// (BaseException.MarkCaught).
func (th *Thread) PushHandled(e *BaseException) {
	if e != nil {
		e.MarkCaught(1)
	}
	th.handling = append(th.handling, e)
}

// PopHandled records that the innermost except block finished.
func (th *Thread) PopHandled() {
	if n := len(th.handling); n > 0 {
		th.handling[n-1] = nil
		th.handling = th.handling[:n-1]
	}
}

// Handled returns the exception currently being handled (sys.exc_info()[1]),
// or nil.
func (th *Thread) Handled() *BaseException {
	for t := th; t != nil; t = t.parent {
		if n := len(t.handling); n > 0 {
			return t.handling[n-1]
		}
	}
	return nil
}
