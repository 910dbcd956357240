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
	// argStack holds the argument slices of calls to built-in methods
	// that never keep them (call_fast.go), so that those calls allocate
	// nothing; used as a stack, since such calls nest.
	argStack []Object
}

// interruptPending is set by SIGINT; the main thread raises
// KeyboardInterrupt at its next function entry.
var interruptPending atomic.Bool

var threadIdents atomic.Int64

// recursionLimit is sys.getrecursionlimit(); shared by all threads.
var recursionLimit atomic.Int64

func init() {
	recursionLimit.Store(1000)
	updateEnterGate()
}

// enterGate is the depth Enter compares with: the recursion limit, or 0
// while a KeyboardInterrupt is pending, so that Enter's common case is one
// comparison. Call updateEnterGate after changing either.
var enterGate atomic.Int64

func updateEnterGate() {
	if interruptPending.Load() {
		enterGate.Store(0)
	} else {
		enterGate.Store(recursionLimit.Load())
	}
}

// RecursionLimit returns sys.getrecursionlimit().
func RecursionLimit() int { return int(recursionLimit.Load()) }

// SetRecursionLimit implements sys.setrecursionlimit.
func SetRecursionLimit(n int) {
	recursionLimit.Store(int64(n))
	updateEnterGate()
}

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
	// The common case is small enough to be inlined into every function.
	if int64(th.depth) < enterGate.Load() {
		th.depth++
		return nil
	}
	return th.enterSlow()
}

// enterSlow is Enter when an interrupt is pending or the recursion limit
// is reached. It runs below Enter (inlined into the function being
// entered), hence the frame counts passed to CaptureTraceback.
func (th *Thread) enterSlow() error {
	if interruptPending.Load() && th.main {
		interruptPending.Store(false)
		updateEnterGate()
		e := NewException(KeyboardInterruptType)
		e.CaptureTraceback(2)
		return e
	}
	th.depth++
	if th.depth > int(recursionLimit.Load()) {
		th.depth--
		// The traceback starts at the caller of the function being
		// entered: that function never started, as in CPython.
		e := NewException(RecursionErrorType, NewStr("maximum recursion depth exceeded"))
		e.CaptureTraceback(3)
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
