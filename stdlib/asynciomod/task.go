package asynciomod

import (
	"fmt"
	"sync/atomic"

	py "github.com/pygo-dev/pygo/runtime"
)

// taskState is what makes a Future a Task: the coroutine it drives.
type taskState struct {
	coro       py.Object
	name       string
	waiting    *Future // the future the coroutine awaits
	mustCancel bool
}

var taskCounter atomic.Int64

var (
	strSend  = py.Intern("send")
	strThrow = py.Intern("throw")
)

// newTask wraps a coroutine and schedules its first step.
func newTask(l *Loop, coro py.Object, name string) *Future {
	f := newFuture(l)
	f.typ = TaskType
	if name == "" {
		name = fmt.Sprintf("Task-%d", taskCounter.Add(1))
	}
	f.task = &taskState{coro: coro, name: name}
	l.callSoon(func(th *py.Thread) { f.step(th, nil) })
	return f
}

// step advances the task's coroutine by one send (or throw).
func (f *Future) step(th *py.Thread, thrown *py.BaseException) {
	t := f.task
	if f.done {
		return
	}
	if t.mustCancel && thrown == nil {
		thrown = py.NewException(CancelledErrorType)
		t.mustCancel = false
	}
	t.waiting = nil
	var r py.Object
	var err error
	if thrown != nil {
		r, err = py.CallMethod1(th, t.coro, strThrow, thrown)
	} else {
		r, err = py.CallMethod1(th, t.coro, strSend, py.None)
	}
	if err != nil {
		e := py.AsException(err)
		switch {
		case e.Type().IsSubtype(py.StopIterationType):
			f.setResult(stopValue(e))
		case e.Type().IsSubtype(CancelledErrorType):
			f.cancelled = true
			f.finish()
		default:
			f.setException(e)
		}
		return
	}
	if r == py.None {
		f.loop.callSoon(func(th *py.Thread) { f.step(th, nil) })
		return
	}
	w := futureOf(r)
	if w == nil {
		rr, _ := py.Repr(th, r)
		f.loop.callSoon(func(th *py.Thread) {
			f.step(th, py.NewError(py.RuntimeErrorType, "Task got bad yield: %s", rr))
		})
		return
	}
	t.waiting = w
	w.addCallback(func(th *py.Thread, _ *Future) { f.step(th, nil) })
}

func stopValue(e *py.BaseException) py.Object {
	if e.Args != nil && len(e.Args.Items) > 0 {
		return e.Args.Items[0]
	}
	return py.None
}

// cancel is Task.cancel: cancel what the task awaits, or throw
// CancelledError into it at its next step.
func (t *taskState) cancel(f *Future) bool {
	if f.done {
		return false
	}
	if t.waiting != nil && t.waiting.cancel() {
		return true
	}
	t.mustCancel = true
	return true
}

// ensureFuture turns a coroutine or awaitable into a Future on l.
func ensureFuture(th *py.Thread, l *Loop, o py.Object) (*Future, error) {
	if f := futureOf(o); f != nil {
		return f, nil
	}
	if isCoroutine(o) {
		return newTask(l, o, ""), nil
	}
	if aw, err := py.GetAttrOpt(th, o, py.Intern("__await__")); err == nil && aw != nil {
		// Drive any other awaitable from a small wrapper coroutine.
		coro := py.NewCoroutine(th, "_wrap_awaitable", "_wrap_awaitable", func(th *py.Thread, y *py.Yielder) (py.Object, error) {
			return y.Await(th, o)
		})
		return newTask(l, coro, ""), nil
	}
	return nil, py.NewError(py.TypeErrorType, "An asyncio.Future, a coroutine or an awaitable is required")
}

func isCoroutine(o py.Object) bool {
	return o.Type().Name == "coroutine" && o.Type().Module == "builtins"
}
