package asynciomod

import (
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
	"github.com/pygo-dev/pygo/stdlib/threadingmod"
)

// run is asyncio.run(main): a new loop on this thread, until main is done.
func run(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := py.ParseArgs("run", args, kw, []string{"main", "debug"}, 1)
	if err != nil {
		return nil, err
	}
	if runningLoop(th) != nil {
		return nil, py.NewError(py.RuntimeErrorType, "asyncio.run() cannot be called from a running event loop")
	}
	if !isCoroutine(a[0]) {
		r, _ := py.Repr(th, a[0])
		return nil, py.NewError(py.ValueErrorType, "a coroutine was expected, got %s", r)
	}
	l := NewLoop()
	runningMu.Lock()
	running[th.Ident()] = l
	runningMu.Unlock()
	defer func() {
		runningMu.Lock()
		delete(running, th.Ident())
		runningMu.Unlock()
	}()
	main := newTask(l, a[0], "")
	if err := l.runUntil(th, func() bool { return main.done }); err != nil {
		return nil, err
	}
	return main.Result()
}

func loopArg(th *py.Thread) (*Loop, error) { return needLoop(th) }

// sleep is asyncio.sleep(delay, result=None): an awaitable future.
func sleep(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := py.ParseArgs("sleep", args, kw, []string{"delay", "result"}, 1)
	if err != nil {
		return nil, err
	}
	l, err := loopArg(th)
	if err != nil {
		return nil, err
	}
	secs, d, err := threadingmod.Seconds(th, a[0])
	if err != nil {
		return nil, err
	}
	result := a[1]
	if result == nil {
		result = py.None
	}
	// A coroutine, as in CPython: the delay starts when it is awaited.
	return py.NewCoroutine(th, "sleep", "sleep", func(th *py.Thread, y *py.Yielder) (py.Object, error) {
		f := newFuture(l)
		set := func(th *py.Thread) {
			if !f.done {
				f.setResult(result)
			}
		}
		if secs <= 0 {
			l.callSoon(set)
		} else {
			l.callLater(d, set)
		}
		return y.Await(th, f)
	}), nil
}

// gather is asyncio.gather(*aws, return_exceptions=False).
func gather(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	returnExc := false
	for i, n := range kwNames(kw) {
		if n != "return_exceptions" {
			return nil, py.NewError(py.TypeErrorType, "gather() got an unexpected keyword argument '%s'", n)
		}
		b, err := py.Truth(th, kw.Values[i])
		if err != nil {
			return nil, err
		}
		returnExc = b
	}
	l, err := loopArg(th)
	if err != nil {
		return nil, err
	}
	outer := newFuture(l)
	children := make([]*Future, len(args))
	for i, aw := range args {
		if children[i], err = ensureFuture(th, l, aw); err != nil {
			return nil, err
		}
	}
	if len(children) == 0 {
		outer.setResult(py.NewList(nil))
		return outer, nil
	}
	remaining := len(children)
	for _, c := range children {
		c.addCallback(func(th *py.Thread, c *Future) {
			remaining--
			if outer.done {
				return
			}
			if !returnExc {
				if c.cancelled {
					outer.setException(py.NewException(CancelledErrorType))
					return
				}
				if c.exc != nil {
					outer.setException(c.exc)
					return
				}
			}
			if remaining > 0 {
				return
			}
			results := make([]py.Object, len(children))
			for i, ch := range children {
				switch {
				case ch.cancelled:
					results[i] = py.NewException(CancelledErrorType)
				case ch.exc != nil:
					results[i] = ch.exc
				default:
					results[i] = ch.result
				}
			}
			outer.setResult(py.NewList(results))
		})
	}
	return outer, nil
}

func kwNames(kw *py.KwArgs) []string {
	if kw == nil {
		return nil
	}
	out := make([]string, len(kw.Names))
	for i, n := range kw.Names {
		out[i] = n.String()
	}
	return out
}

// waitFor is asyncio.wait_for(aw, timeout).
func waitFor(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := py.ParseArgs("wait_for", args, kw, []string{"fut", "timeout"}, 2)
	if err != nil {
		return nil, err
	}
	l, err := loopArg(th)
	if err != nil {
		return nil, err
	}
	var d time.Duration
	if a[1] != py.None {
		if _, d, err = threadingmod.Seconds(th, a[1]); err != nil {
			return nil, err
		}
	}
	aw, hasTimeout := a[0], a[1] != py.None
	return py.NewCoroutine(th, "wait_for", "wait_for", func(th *py.Thread, y *py.Yielder) (py.Object, error) {
		inner, err := ensureFuture(th, l, aw)
		if err != nil {
			return nil, err
		}
		if !hasTimeout {
			return y.Await(th, inner)
		}
		return y.Await(th, timeoutFuture(l, inner, d))
	}), nil
}

// timeoutFuture completes with inner's outcome, or with TimeoutError
// (cancelling inner) after d.
func timeoutFuture(l *Loop, inner *Future, d time.Duration) *Future {
	outer := newFuture(l)
	tm := l.callLater(d, func(th *py.Thread) {
		if !inner.done {
			inner.cancel()
			outer.setException(py.NewException(py.TimeoutErrorType))
		}
	})
	inner.addCallback(func(th *py.Thread, in *Future) {
		tm.cancelled = true
		if outer.done {
			return
		}
		switch {
		case in.cancelled:
			outer.cancelled = true
			outer.finish()
		case in.exc != nil:
			outer.setException(in.exc)
		default:
			outer.setResult(in.result)
		}
	})
	return outer
}

// runInThread runs fn(*args, **kw) on a new Python thread (a goroutine)
// and completes a future on l with its result.
func runInThread(th *py.Thread, l *Loop, fn py.Object, args []py.Object, kw *py.KwArgs) (*Future, error) {
	f := newFuture(l)
	l.addPending(1)
	_, err := threadingmod.StartThread(th, threadingmod.NewName("asyncio-%d"), true, func(wth *py.Thread) error {
		r, err := py.Call(wth, fn, args, kw)
		l.callSoonThreadsafe(func(th *py.Thread) {
			l.addPending(-1)
			if f.done {
				return
			}
			if err != nil {
				f.setException(py.AsException(err))
			} else {
				f.setResult(r)
			}
		})
		return nil
	})
	if err != nil {
		l.addPending(-1)
		return nil, err
	}
	return f, nil
}

func toThread(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.NewError(py.TypeErrorType, "to_thread() missing 1 required positional argument: 'func'")
	}
	l, err := loopArg(th)
	if err != nil {
		return nil, err
	}
	return runInThread(th, l, args[0], append([]py.Object(nil), args[1:]...), kw)
}

func initLoopType() {
	m := func(name string, fn func(th *py.Thread, l *Loop, args []py.Object, kw *py.KwArgs) (py.Object, error)) {
		py.DefMethod(LoopType, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return fn(th, self.(*Loop), args, kw)
		})
	}
	m("time", func(th *py.Thread, l *Loop, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Float(time.Since(l.start).Seconds()), nil
	})
	m("create_future", func(th *py.Thread, l *Loop, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return newFuture(l), nil
	})
	m("create_task", func(th *py.Thread, l *Loop, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return createTaskOn(th, l, args, kw)
	})
	callArgs := func(args []py.Object) (py.Object, []py.Object) { return args[0], append([]py.Object(nil), args[1:]...) }
	m("call_soon", func(th *py.Thread, l *Loop, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "call_soon() missing callback")
		}
		fn, rest := callArgs(args)
		l.callSoon(pyCallback(fn, rest))
		return py.None, nil
	})
	m("call_soon_threadsafe", func(th *py.Thread, l *Loop, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "call_soon_threadsafe() missing callback")
		}
		fn, rest := callArgs(args)
		l.callSoonThreadsafe(pyCallback(fn, rest))
		return py.None, nil
	})
	m("call_later", func(th *py.Thread, l *Loop, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if len(args) < 2 {
			return nil, py.NewError(py.TypeErrorType, "call_later() needs a delay and a callback")
		}
		_, d, err := threadingmod.Seconds(th, args[0])
		if err != nil {
			return nil, err
		}
		fn, rest := callArgs(args[1:])
		l.callLater(d, pyCallback(fn, rest))
		return py.None, nil
	})
	m("run_in_executor", func(th *py.Thread, l *Loop, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if len(args) < 2 {
			return nil, py.NewError(py.TypeErrorType, "run_in_executor() needs an executor and a function")
		}
		if args[0] != py.None {
			// An explicit executor: submit there and wait on its future.
			cf, err := py.CallMethod(th, args[0], py.Intern("submit"), args[1:], nil)
			if err != nil {
				return nil, err
			}
			res := py.NewGoFunction("result", nil, nil, func(wth *py.Thread, _ []py.Object) (py.Object, error) {
				return py.CallMethod0(wth, cf, py.Intern("result"))
			})
			return runInThread(th, l, res, nil, nil)
		}
		return runInThread(th, l, args[1], append([]py.Object(nil), args[2:]...), nil)
	})
	m("is_running", func(th *py.Thread, l *Loop, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(runningLoop(th) == l), nil
	})
}

func pyCallback(fn py.Object, args []py.Object) callback {
	return func(th *py.Thread) {
		if _, err := py.Call(th, fn, args, nil); err != nil {
			r, _ := py.Repr(th, fn)
			s := "?"
			if r != nil {
				s = r.String()
			}
			reportCallbackError(th, s, err)
		}
	}
}

func createTaskOn(th *py.Thread, l *Loop, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := py.ParseArgs("create_task", args, kw, []string{"coro", "name", "context"}, 1)
	if err != nil {
		return nil, err
	}
	if !isCoroutine(a[0]) {
		r, _ := py.Repr(th, a[0])
		return nil, py.NewError(py.TypeErrorType, "a coroutine was expected, got %s", r)
	}
	name := ""
	if a[1] != nil && a[1] != py.None {
		s, _ := py.StrOf(th, a[1])
		name = s.String()
	}
	return newTask(l, a[0], name), nil
}

func init() {
	initFuture()
	initLoopType()
	initSync()
	py.DefMethod(TaskType, "get_name", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewStr(futureOf(self).task.name), nil
	})
	py.DefMethod(TaskType, "get_coro", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return futureOf(self).task.coro, nil
	})
	py.RegisterModule(&py.ModuleDef{Name: "asyncio", IsPkg: true, Doc: "The asyncio package: a core event loop for Pygo.", Body: func(th *py.Thread, mod *py.Module) error {
		m := modutil.New(mod)
		m.Func("run", run)
		m.Func("sleep", sleep)
		m.Func("gather", gather)
		m.Func("wait_for", waitFor)
		m.Func("to_thread", toThread)
		m.Func("create_task", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			l, err := loopArg(th)
			if err != nil {
				return nil, err
			}
			return createTaskOn(th, l, args, kw)
		})
		m.Func("ensure_future", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			if err := modutil.Exactly("ensure_future", args, kw, 1); err != nil {
				return nil, err
			}
			l, err := loopArg(th)
			if err != nil {
				return nil, err
			}
			f, err := ensureFuture(th, l, args[0])
			if err != nil {
				return nil, err
			}
			return f.self, nil
		})
		getLoop := func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			l, err := loopArg(th)
			if err != nil {
				return nil, err
			}
			return l, nil
		}
		m.Func("get_running_loop", getLoop)
		m.Func("get_event_loop", getLoop)
		m.Func("current_task", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return nil, py.NewError(py.NotImplementedErrorType, "asyncio.current_task is not supported by Pygo yet")
		})
		m.Func("iscoroutine", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			if err := modutil.Exactly("iscoroutine", args, kw, 1); err != nil {
				return nil, err
			}
			return py.Bool(isCoroutine(args[0])), nil
		})
		m.Set("Future", FutureType)
		m.Set("Task", TaskType)
		m.Set("Event", EventType)
		m.Set("Lock", LockType)
		m.Set("Queue", QueueType)
		m.Set("QueueEmpty", QueueEmptyType)
		m.Set("CancelledError", CancelledErrorType)
		m.Set("InvalidStateError", InvalidStateErrorType)
		m.Set("TimeoutError", py.TimeoutErrorType)
		return nil
	}})
}
