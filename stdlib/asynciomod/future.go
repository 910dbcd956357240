package asynciomod

import (
	"fmt"

	py "github.com/pygo-dev/pygo/runtime"
)

// Future is asyncio.Future (and the base of Task). It belongs to one loop
// and is only touched on the loop's thread.
type Future struct {
	typ       *py.Type
	self      py.Object
	loop      *Loop
	done      bool
	cancelled bool
	result    py.Object
	exc       *py.BaseException
	callbacks []func(th *py.Thread, f *Future)
	task      *taskState // non-nil for a Task
}

// Types and exceptions.
var (
	FutureType            = py.NewType("Future", "asyncio", nil, py.FlagBaseType)
	TaskType              = py.NewType("Task", "asyncio", FutureType, 0)
	awaitIterType         = py.NewType("FutureIter", "asyncio", nil, 0)
	CancelledErrorType    = py.NewType("CancelledError", "asyncio.exceptions", py.BaseExceptionType, py.FlagBaseType|py.FlagHasDict)
	InvalidStateErrorType = py.NewType("InvalidStateError", "asyncio.exceptions", py.ExceptionType, py.FlagBaseType|py.FlagHasDict)
)

// Type returns the future's type.
func (f *Future) Type() *py.Type { return f.typ }

func newFuture(l *Loop) *Future {
	f := &Future{typ: FutureType, loop: l}
	f.self = f
	return f
}

func futureOf(o py.Object) *Future {
	f, _ := py.Unwrap(o).(*Future)
	return f
}

// addCallback runs fn (on the loop) when f is done.
func (f *Future) addCallback(fn func(th *py.Thread, f *Future)) {
	if f.done {
		f.loop.callSoon(func(th *py.Thread) { fn(th, f) })
		return
	}
	f.callbacks = append(f.callbacks, fn)
}

func (f *Future) finish() {
	f.done = true
	cbs := f.callbacks
	f.callbacks = nil
	for _, cb := range cbs {
		cb := cb
		f.loop.callSoon(func(th *py.Thread) { cb(th, f) })
	}
}

func (f *Future) setResult(v py.Object) error {
	if f.done {
		return py.NewError(InvalidStateErrorType, "invalid state")
	}
	f.result = v
	f.finish()
	return nil
}

func (f *Future) setException(e *py.BaseException) error {
	if f.done {
		return py.NewError(InvalidStateErrorType, "invalid state")
	}
	f.exc = e
	f.finish()
	return nil
}

// cancel is Future.cancel (Task overrides it).
func (f *Future) cancel() bool {
	if f.task != nil {
		return f.task.cancel(f)
	}
	if f.done {
		return false
	}
	f.cancelled = true
	f.finish()
	return true
}

// Result returns the value or raises (CancelledError, the exception,
// InvalidStateError when not done).
func (f *Future) Result() (py.Object, error) {
	if f.cancelled {
		return nil, py.NewException(CancelledErrorType)
	}
	if !f.done {
		return nil, py.NewError(InvalidStateErrorType, "Result is not set.")
	}
	if f.exc != nil {
		return nil, f.exc
	}
	return f.result, nil
}

// awaitIter is the iterator `await future` delegates to: it yields the
// future once (the task waits for it), then returns its result.
type awaitIter struct {
	f       *Future
	yielded bool
}

// Type returns awaitIterType.
func (a *awaitIter) Type() *py.Type { return awaitIterType }

func (a *awaitIter) next() (py.Object, error) {
	if !a.f.done && !a.yielded {
		a.yielded = true
		return a.f.self, nil
	}
	if !a.f.done {
		return nil, py.NewError(py.RuntimeErrorType, "await wasn't used with future")
	}
	r, err := a.f.Result()
	if err != nil {
		return nil, err
	}
	return nil, py.NewStopIteration(r)
}

func (f *Future) repr() string {
	state := "pending"
	switch {
	case f.cancelled:
		state = "cancelled"
	case f.done && f.exc != nil:
		state = "finished exception=" + f.exc.Type().Name
	case f.done:
		state = "finished"
	}
	name := "Future"
	if f.task != nil {
		name = "Task " + f.task.name
	}
	return fmt.Sprintf("<%s %s>", name, state)
}

func selfFuture(o py.Object) (*Future, error) {
	if f := futureOf(o); f != nil {
		return f, nil
	}
	return nil, py.NewError(py.TypeErrorType, "expected an asyncio Future, got '%s'", o.Type().Name)
}

func initFuture() {
	FutureType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		l, err := needLoop(th)
		if err != nil {
			return nil, err
		}
		f := newFuture(l)
		if cls != FutureType && cls.Flags&py.FlagHeapType != 0 {
			in := py.NewInstance(cls)
			in.Base = f
			f.self = in
		}
		return f.self, nil
	}
	FutureType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error { return nil }
	FutureType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		f, err := selfFuture(o)
		if err != nil {
			return nil, err
		}
		return py.NewStr(f.repr()), nil
	}
	m := func(name string, fn func(th *py.Thread, f *Future, args []py.Object) (py.Object, error)) {
		py.DefMethod(FutureType, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			f, err := selfFuture(self)
			if err != nil {
				return nil, err
			}
			return fn(th, f, args)
		})
	}
	m("result", func(th *py.Thread, f *Future, args []py.Object) (py.Object, error) { return f.Result() })
	m("exception", func(th *py.Thread, f *Future, args []py.Object) (py.Object, error) {
		if f.cancelled {
			return nil, py.NewException(CancelledErrorType)
		}
		if !f.done {
			return nil, py.NewError(InvalidStateErrorType, "Exception is not set.")
		}
		if f.exc != nil {
			return f.exc, nil
		}
		return py.None, nil
	})
	m("done", func(th *py.Thread, f *Future, args []py.Object) (py.Object, error) { return py.Bool(f.done), nil })
	m("cancelled", func(th *py.Thread, f *Future, args []py.Object) (py.Object, error) { return py.Bool(f.cancelled), nil })
	m("cancel", func(th *py.Thread, f *Future, args []py.Object) (py.Object, error) { return py.Bool(f.cancel()), nil })
	m("set_result", func(th *py.Thread, f *Future, args []py.Object) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "set_result() takes exactly one argument")
		}
		return py.None, f.setResult(args[0])
	})
	m("set_exception", func(th *py.Thread, f *Future, args []py.Object) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "set_exception() takes exactly one argument")
		}
		e, ok := args[0].(*py.BaseException)
		if !ok {
			if t, isT := args[0].(*py.Type); isT && t.IsSubtype(py.BaseExceptionType) {
				r, err := py.Call0(th, t)
				if err != nil {
					return nil, err
				}
				e, ok = r.(*py.BaseException)
			}
		}
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "exception must be a BaseException")
		}
		return py.None, f.setException(e)
	})
	m("add_done_callback", func(th *py.Thread, f *Future, args []py.Object) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "add_done_callback() takes exactly one argument")
		}
		cb := args[0]
		f.addCallback(func(th *py.Thread, f *Future) {
			if _, err := py.Call1(th, cb, f.self); err != nil {
				reportCallbackError(th, f.repr(), err)
			}
		})
		return py.None, nil
	})
	m("get_loop", func(th *py.Thread, f *Future, args []py.Object) (py.Object, error) { return f.loop, nil })
	py.DefMethod(FutureType, "__await__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		f, err := selfFuture(self)
		if err != nil {
			return nil, err
		}
		return &awaitIter{f: f}, nil
	})
	py.DefMethod(FutureType, "__iter__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		f, err := selfFuture(self)
		if err != nil {
			return nil, err
		}
		return &awaitIter{f: f}, nil
	})
	awaitIterType.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	awaitIterType.Slots.Next = func(th *py.Thread, o py.Object) (py.Object, error) { return o.(*awaitIter).next() }
	py.DefMethod(awaitIterType, "send", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return self.(*awaitIter).next()
	})
}
