// Package futuresmod provides Python's concurrent and concurrent.futures
// packages for Pygo: Future, ThreadPoolExecutor, wait and as_completed.
//
// Pool workers are Python threads (goroutines with their own *py.Thread,
// registered with threading so current_thread() names them as CPython
// does, "ThreadPoolExecutor-0_0"). With no GIL they run CPU-bound Python
// code in parallel, so ProcessPoolExecutor is provided as a thread pool
// too: the same API and parallelism, without processes or pickling.
//
// A Future is a small state machine guarded by a mutex, with a timed
// condition variable for result()/exception() and one-shot channels for
// wait() and as_completed(). Executors still running when the main module
// finishes are shut down (letting queued work finish), as CPython's
// interpreter-exit hook does.
package futuresmod

import (
	"fmt"
	"strings"
	"sync"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/threadingmod"
)

// Future states, as CPython names them.
const (
	pending = iota
	running
	cancelled
	cancelledAndNotified
	finished
)

var stateNames = [...]string{"pending", "running", "cancelled", "cancelled", "finished"}

// Future is concurrent.futures.Future.
type Future struct {
	self      py.Object
	mu        sync.Mutex
	cond      threadingmod.Cond
	state     int
	result    py.Object
	exc       *py.BaseException
	callbacks []py.Object
	waiters   []chan *Future
}

// Types and exceptions of concurrent.futures.
var (
	FutureType            = py.NewType("Future", "concurrent.futures._base", nil, py.FlagBaseType)
	ErrorType             = py.NewType("Error", "concurrent.futures._base", py.ExceptionType, py.FlagBaseType|py.FlagHasDict)
	CancelledErrorType    = py.NewType("CancelledError", "concurrent.futures._base", ErrorType, py.FlagBaseType|py.FlagHasDict)
	InvalidStateErrorType = py.NewType("InvalidStateError", "concurrent.futures._base", ErrorType, py.FlagBaseType|py.FlagHasDict)
	BrokenExecutorType    = py.NewType("BrokenExecutor", "concurrent.futures._base", py.RuntimeErrorType, py.FlagBaseType|py.FlagHasDict)
	BrokenThreadPoolType  = py.NewType("BrokenThreadPool", "concurrent.futures.thread", BrokenExecutorType, py.FlagBaseType|py.FlagHasDict)
)

// Type returns FutureType.
func (f *Future) Type() *py.Type { return FutureType }

// NewFuture returns a pending Future.
func NewFuture() *Future {
	f := &Future{}
	f.cond.L = &f.mu
	f.self = f
	return f
}

func futureOf(o py.Object) *Future {
	f, _ := py.Unwrap(o).(*Future)
	return f
}

// doneLocked reports whether the future is cancelled or finished.
func (f *Future) doneLocked() bool {
	return f.state == cancelled || f.state == cancelledAndNotified || f.state == finished
}

// complete wakes waiters and runs callbacks; call with f.mu held, and it
// returns with f.mu released.
func (f *Future) completeAndUnlock(th *py.Thread) {
	f.cond.Broadcast()
	ws := f.waiters
	f.waiters = nil
	cbs := f.callbacks
	f.callbacks = nil
	f.mu.Unlock()
	for _, w := range ws {
		select {
		case w <- f:
		default:
		}
	}
	for _, cb := range cbs {
		f.invoke(th, cb)
	}
}

// invoke calls a done callback; its exceptions are reported, not raised.
func (f *Future) invoke(th *py.Thread, cb py.Object) {
	if _, err := py.Call1(th, cb, f.self); err != nil {
		e := py.AsException(err)
		r, _ := py.Repr(th, f.self)
		var b strings.Builder
		fmt.Fprintf(&b, "exception calling callback for %s\n", r)
		py.PrintException(th, &b, e)
		writeStderr(th, b.String())
	}
}

func writeStderr(th *py.Thread, s string) {
	var stderr py.Object = py.Stderr
	if sys, err := py.ImportModule(th, "sys"); err == nil {
		if v, err := py.GetAttr(th, sys, py.Intern("stderr")); err == nil && v != py.None {
			stderr = v
		}
	}
	py.WriteTo(th, stderr, s)
}

// Cancel is Future.cancel.
func (f *Future) Cancel(th *py.Thread) bool {
	f.mu.Lock()
	switch f.state {
	case running, finished:
		f.mu.Unlock()
		return false
	case cancelled, cancelledAndNotified:
		f.mu.Unlock()
		return true
	}
	f.state = cancelled
	f.completeAndUnlock(th)
	return true
}

// SetRunningOrNotifyCancel is Future.set_running_or_notify_cancel: false
// if the future was cancelled (the work must not run).
func (f *Future) SetRunningOrNotifyCancel() (bool, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	switch f.state {
	case cancelled:
		f.state = cancelledAndNotified
		return false, nil
	case pending:
		f.state = running
		return true, nil
	}
	return false, py.NewError(py.RuntimeErrorType, "Future in unexpected state")
}

// SetResult finishes the future with a value.
func (f *Future) SetResult(th *py.Thread, v py.Object) error {
	f.mu.Lock()
	if f.state == cancelled || f.state == cancelledAndNotified || f.state == finished {
		f.mu.Unlock()
		return f.invalidState(th)
	}
	f.result, f.state = v, finished
	f.completeAndUnlock(th)
	return nil
}

// SetException finishes the future with an exception.
func (f *Future) SetException(th *py.Thread, e *py.BaseException) error {
	f.mu.Lock()
	if f.state == cancelled || f.state == cancelledAndNotified || f.state == finished {
		f.mu.Unlock()
		return f.invalidState(th)
	}
	f.exc, f.state = e, finished
	f.completeAndUnlock(th)
	return nil
}

func (f *Future) invalidState(th *py.Thread) error {
	r, _ := py.Repr(th, f.self)
	s := ""
	if r != nil {
		s = r.String()
	}
	return py.NewError(InvalidStateErrorType, "%s: %s", f.stateName(), s)
}

func (f *Future) stateName() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return strings.ToUpper(stateNames[f.state])
}

// wait waits until done or d passes (lock held); it reports done.
func (f *Future) waitLocked(d time.Duration) bool {
	deadline := threadingmod.Deadline(d)
	for !f.doneLocked() {
		if !f.cond.WaitUntil(deadline) && !f.doneLocked() {
			return false
		}
	}
	return true
}

// Result is Future.result(timeout).
func (f *Future) Result(d time.Duration) (py.Object, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.waitLocked(d) {
		return nil, py.NewException(py.TimeoutErrorType)
	}
	if f.state != finished {
		return nil, py.NewException(CancelledErrorType)
	}
	if f.exc != nil {
		return nil, f.exc
	}
	return f.result, nil
}

// Exception is Future.exception(timeout): the exception or None.
func (f *Future) Exception(d time.Duration) (py.Object, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.waitLocked(d) {
		return nil, py.NewException(py.TimeoutErrorType)
	}
	if f.state != finished {
		return nil, py.NewException(CancelledErrorType)
	}
	if f.exc != nil {
		return f.exc, nil
	}
	return py.None, nil
}

// addWaiter registers ch to receive f when it completes; it reports
// false (and does not register) if f is already done.
func (f *Future) addWaiter(ch chan *Future) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.doneLocked() {
		return false
	}
	f.waiters = append(f.waiters, ch)
	return true
}

func (f *Future) removeWaiter(ch chan *Future) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, w := range f.waiters {
		if w == ch {
			f.waiters = append(f.waiters[:i], f.waiters[i+1:]...)
			return
		}
	}
}

func (f *Future) repr(th *py.Thread) string {
	f.mu.Lock()
	state, result, exc := f.state, f.result, f.exc
	f.mu.Unlock()
	addr := py.Id(f.self)
	if state == finished {
		if exc != nil {
			return fmt.Sprintf("<Future at 0x%x state=finished raised %s>", addr, exc.Type().Name)
		}
		return fmt.Sprintf("<Future at 0x%x state=finished returned %s>", addr, result.Type().Name)
	}
	return fmt.Sprintf("<Future at 0x%x state=%s>", addr, stateNames[state])
}

func selfFuture(o py.Object) (*Future, error) {
	if f := futureOf(o); f != nil {
		return f, nil
	}
	return nil, py.NewError(py.TypeErrorType, "descriptor requires a 'Future' object but received a '%s'", o.Type().Name)
}

func timeoutArg(th *py.Thread, fname string, args []py.Object, kw *py.KwArgs) (time.Duration, error) {
	a, err := py.ParseArgs(fname, args, kw, []string{"timeout"}, 0)
	if err != nil {
		return 0, err
	}
	if a[0] == nil || a[0] == py.None {
		return threadingmod.Forever, nil
	}
	_, d, err := threadingmod.Seconds(th, a[0])
	return d, err
}

func initFuture() {
	FutureType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		f := NewFuture()
		if cls != FutureType && cls.Flags&py.FlagHeapType != 0 {
			in := py.NewInstance(cls)
			in.Base = f
			f.self = in
		}
		return f.self, nil
	}
	FutureType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		return py.NoArgs("Future", args, kw)
	}
	FutureType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		f, err := selfFuture(o)
		if err != nil {
			return nil, err
		}
		return py.NewStr(f.repr(th)), nil
	}
	m := func(name string, fn func(th *py.Thread, f *Future, args []py.Object, kw *py.KwArgs) (py.Object, error)) {
		py.DefMethod(FutureType, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			f, err := selfFuture(self)
			if err != nil {
				return nil, err
			}
			return fn(th, f, args, kw)
		})
	}
	m("cancel", func(th *py.Thread, f *Future, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(f.Cancel(th)), nil
	})
	stateIs := func(states ...int) func(th *py.Thread, f *Future, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return func(th *py.Thread, f *Future, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			f.mu.Lock()
			defer f.mu.Unlock()
			for _, s := range states {
				if f.state == s {
					return py.True, nil
				}
			}
			return py.False, nil
		}
	}
	m("cancelled", stateIs(cancelled, cancelledAndNotified))
	m("running", stateIs(running))
	m("done", stateIs(cancelled, cancelledAndNotified, finished))
	m("result", func(th *py.Thread, f *Future, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		d, err := timeoutArg(th, "result", args, kw)
		if err != nil {
			return nil, err
		}
		return f.Result(d)
	})
	m("exception", func(th *py.Thread, f *Future, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		d, err := timeoutArg(th, "exception", args, kw)
		if err != nil {
			return nil, err
		}
		return f.Exception(d)
	})
	m("add_done_callback", func(th *py.Thread, f *Future, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("add_done_callback", args, kw); err != nil {
			return nil, err
		}
		f.mu.Lock()
		if !f.doneLocked() {
			f.callbacks = append(f.callbacks, args[0])
			f.mu.Unlock()
			return py.None, nil
		}
		f.mu.Unlock()
		f.invoke(th, args[0])
		return py.None, nil
	})
	m("set_running_or_notify_cancel", func(th *py.Thread, f *Future, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		ok, err := f.SetRunningOrNotifyCancel()
		return py.Bool(ok), err
	})
	m("set_result", func(th *py.Thread, f *Future, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("set_result", args, kw); err != nil {
			return nil, err
		}
		return py.None, f.SetResult(th, args[0])
	})
	m("set_exception", func(th *py.Thread, f *Future, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("set_exception", args, kw); err != nil {
			return nil, err
		}
		e, ok := args[0].(*py.BaseException)
		if !ok {
			if t, isType := args[0].(*py.Type); isType && t.IsSubtype(py.BaseExceptionType) {
				r, err := py.Call0(th, t)
				if err != nil {
					return nil, err
				}
				e, ok = r.(*py.BaseException)
			}
		}
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "exceptions must derive from BaseException")
		}
		return py.None, f.SetException(th, e)
	})
	py.DefGetter(FutureType, "_state", func(th *py.Thread, self py.Object) (py.Object, error) {
		f, err := selfFuture(self)
		if err != nil {
			return nil, err
		}
		return py.NewStr(f.stateName()), nil
	})
}
