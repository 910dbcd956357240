package threadingmod

import (
	"fmt"
	"strings"
	"sync"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// threadingModule is the threading module once imported (excepthook
// is looked up in it on each uncaught exception).
var threadingModule *py.Module

// hookArgs is threading.ExceptHookArgs (_thread._ExceptHookArgs).
type hookArgs struct {
	excType *py.Type
	exc     py.Object
	tb      py.Object
	thread  py.Object
}

// ExceptHookArgsType is _thread._ExceptHookArgs.
var ExceptHookArgsType = py.NewType("_ExceptHookArgs", "_thread", nil, 0)

// Type returns ExceptHookArgsType.
func (h *hookArgs) Type() *py.Type { return ExceptHookArgsType }

// defaultExceptHook is threading.excepthook as first installed (also
// threading.__excepthook__).
var defaultExceptHook = modutil.NewFunc("_thread", "_excepthook", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := modutil.Exactly("_excepthook", args, kw, 1); err != nil {
		return nil, err
	}
	a, ok := args[0].(*hookArgs)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "_thread._excepthook argument type must be ExceptHookArgs")
	}
	defaultHook(th, a)
	return py.None, nil
})

// timerState is the part of a Thread that makes it a Timer.
type timerState struct {
	interval time.Duration
	secs     py.Object
	function py.Object
	args     py.Object
	kwargs   py.Object
	finished *Event
}

func (ts *timerState) run(th *py.Thread, t *Thread) error {
	if !ts.finished.Wait(ts.interval) {
		if _, err := py.CallEx(th, ts.function, nil, ts.args, nil, ts.kwargs); err != nil {
			ts.finished.Set()
			return err
		}
	}
	ts.finished.Set()
	return nil
}

// shutdown waits for every non-daemon thread (threading._shutdown), run
// when the main module finishes.
func shutdown(th *py.Thread) {
	// As in CPython, the main thread counts as stopped from here on, so
	// threads joining it can finish.
	if mainThread != nil {
		mainThread.mu.Lock()
		stopped := mainThread.stopped
		mainThread.stopped = true
		mainThread.mu.Unlock()
		if !stopped {
			close(mainThread.done)
		}
	}
	for {
		var wait []*Thread
		activeMu.Lock()
		for _, t := range active {
			if t.kind == kindNormal && !t.isDaemon() {
				wait = append(wait, t)
			}
		}
		activeMu.Unlock()
		if len(wait) == 0 {
			break
		}
		for _, t := range wait {
			<-t.done
		}
	}
}

// StartThread runs fn on a new goroutine as a Python thread named name
// (a daemon thread if daemon is set) and returns its Thread object. It is
// for Go code (executors, servers) that needs threads visible to
// threading.current_thread() and waited for at exit.
func StartThread(th *py.Thread, name string, daemon bool, fn func(th *py.Thread) error) (*Thread, error) {
	t := newThreadObject(ThreadType, ThreadType)
	t.initialized, t.daemon = true, daemon
	t.name = name
	t.target = py.NewGoFunction(name, nil, nil, func(th *py.Thread, _ []py.Object) (py.Object, error) {
		return py.None, fn(th)
	})
	t.args, t.kwargs = py.NewTuple(nil), py.NewDict()
	return t, t.Start(th)
}

// NewName returns the next name "Thread-N" from the counter CPython's
// unnamed threads share; template holds one %d.
func NewName(template string) string { return newName(template) }

var mainOnce sync.Once

// ensureMain registers the importing thread as the main thread.
func ensureMain(th *py.Thread) {
	mainOnce.Do(func() {
		id := th.Ident()
		activeMu.Lock()
		if t := active[id]; t != nil {
			activeMu.Unlock()
			mainThread = t
			return
		}
		t := newThreadObject(mainThreadType, mainThreadType)
		t.initialized, t.started, t.kind = true, true, kindMain
		t.name = "MainThread"
		t.ident = id
		t.nativeID = nativeIDs.Add(1)
		active[id] = t
		mainThread = t
		activeMu.Unlock()
		py.AtExit(shutdown)
	})
}

func threadSelf(o py.Object) (*Thread, error) {
	if t := threadOf(o); t != nil {
		return t, nil
	}
	return nil, py.NewError(py.TypeErrorType, "descriptor requires a 'threading.Thread' object but received a '%s'", o.Type().Name)
}

func initThreadType() {
	ThreadType.Doc = "A class that represents a thread of control."
	ThreadType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		builtin := ThreadType
		if cls.IsSubtype(TimerType) {
			builtin = TimerType
		}
		return newThreadObject(cls, builtin).Self, nil
	}
	ThreadType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		t, err := threadSelf(self)
		if err != nil {
			return err
		}
		return initThread(th, t, args, kw)
	}
	ThreadType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		t, err := threadSelf(o)
		if err != nil {
			return nil, err
		}
		return py.NewStr(t.repr(o.Type())), nil
	}
	method := func(name string, fn func(th *py.Thread, t *Thread, args []py.Object, kw *py.KwArgs) (py.Object, error)) {
		py.DefMethod(ThreadType, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			t, err := threadSelf(self)
			if err != nil {
				return nil, err
			}
			return fn(th, t, args, kw)
		})
	}
	method("start", func(th *py.Thread, t *Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.NoArgs("Thread.start", args, kw); err != nil {
			return nil, err
		}
		return py.None, t.Start(th)
	})
	method("run", func(th *py.Thread, t *Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.NoArgs("Thread.run", args, kw); err != nil {
			return nil, err
		}
		return py.None, t.run(th)
	})
	method("join", func(th *py.Thread, t *Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("join", args, kw, []string{"timeout"}, 0)
		if err != nil {
			return nil, err
		}
		d := Forever
		if a[0] != nil && a[0] != py.None {
			if _, d, err = Seconds(th, a[0]); err != nil {
				return nil, err
			}
		}
		return py.None, t.Join(th, d)
	})
	isAlive := func(th *py.Thread, t *Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(t.IsAlive()), nil
	}
	method("is_alive", isAlive)
	method("getName", func(th *py.Thread, t *Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewStr(t.Name()), nil
	})
	method("setName", func(th *py.Thread, t *Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("setName", args, kw); err != nil {
			return nil, err
		}
		return py.None, setName(th, t, args[0])
	})
	method("isDaemon", func(th *py.Thread, t *Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(t.isDaemon()), nil
	})
	method("setDaemon", func(th *py.Thread, t *Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("setDaemon", args, kw); err != nil {
			return nil, err
		}
		return py.None, setDaemon(th, t, args[0])
	})
	getset := func(name string, get func(t *Thread) py.Object, set func(th *py.Thread, t *Thread, v py.Object) error) {
		var setter func(th *py.Thread, self py.Object, v py.Object) error
		if set != nil {
			setter = func(th *py.Thread, self py.Object, v py.Object) error {
				t, err := threadSelf(self)
				if err != nil {
					return err
				}
				if v == nil {
					return py.NewError(py.AttributeErrorType, "can't delete attribute")
				}
				return set(th, t, v)
			}
		}
		py.DefGetSet(ThreadType, name, func(th *py.Thread, self py.Object) (py.Object, error) {
			t, err := threadSelf(self)
			if err != nil {
				return nil, err
			}
			t.mu.Lock()
			defer t.mu.Unlock()
			return get(t), nil
		}, setter)
	}
	getset("name", func(t *Thread) py.Object { return py.NewStr(t.name) }, setName)
	getset("daemon", func(t *Thread) py.Object { return py.Bool(t.daemon) }, setDaemon)
	getset("ident", func(t *Thread) py.Object {
		if t.ident == 0 {
			return py.None
		}
		return py.Int(t.ident)
	}, nil)
	getset("native_id", func(t *Thread) py.Object {
		if t.nativeID == 0 {
			return py.None
		}
		return py.Int(t.nativeID)
	}, nil)
	orNone := func(o py.Object) py.Object {
		if o == nil {
			return py.None
		}
		return o
	}
	getset("_target", func(t *Thread) py.Object { return orNone(t.target) }, nil)
	getset("_args", func(t *Thread) py.Object { return orNone(t.args) }, nil)
	getset("_kwargs", func(t *Thread) py.Object { return orNone(t.kwargs) }, nil)

	// Timer(interval, function, args=None, kwargs=None)
	TimerType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		t, err := threadSelf(self)
		if err != nil {
			return err
		}
		a, err := py.ParseArgs("Timer", args, kw, []string{"interval", "function", "args", "kwargs"}, 2)
		if err != nil {
			return err
		}
		if err := initThread(th, t, nil, nil); err != nil {
			return err
		}
		_, d, err := Seconds(th, a[0])
		if err != nil {
			return err
		}
		ts := &timerState{interval: d, secs: a[0], function: a[1], args: a[2], kwargs: a[3], finished: NewEvent()}
		if ts.args == nil || ts.args == py.None {
			ts.args = py.NewList(nil)
		}
		if ts.kwargs == nil || ts.kwargs == py.None {
			ts.kwargs = py.NewDict()
		}
		t.mu.Lock()
		t.timer = ts
		t.mu.Unlock()
		return nil
	}
	timerOf := func(self py.Object) (*timerState, error) {
		t, err := threadSelf(self)
		if err != nil {
			return nil, err
		}
		t.mu.Lock()
		defer t.mu.Unlock()
		if t.timer == nil {
			return nil, py.NewError(py.RuntimeErrorType, "Timer.__init__() not called")
		}
		return t.timer, nil
	}
	py.DefMethod(TimerType, "cancel", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		ts, err := timerOf(self)
		if err != nil {
			return nil, err
		}
		ts.finished.Set()
		return py.None, nil
	})
	for _, n := range []string{"interval", "function", "args", "kwargs", "finished"} {
		n := n
		py.DefGetter(TimerType, n, func(th *py.Thread, self py.Object) (py.Object, error) {
			ts, err := timerOf(self)
			if err != nil {
				return nil, err
			}
			switch n {
			case "interval":
				return ts.secs, nil
			case "function":
				return ts.function, nil
			case "args":
				return ts.args, nil
			case "kwargs":
				return ts.kwargs, nil
			}
			return ts.finished, nil
		})
	}

	for _, f := range []string{"exc_type", "exc_value", "exc_traceback", "thread"} {
		f := f
		py.DefGetter(ExceptHookArgsType, f, func(th *py.Thread, self py.Object) (py.Object, error) {
			h := self.(*hookArgs)
			switch f {
			case "exc_type":
				return h.excType, nil
			case "exc_value":
				return h.exc, nil
			case "exc_traceback":
				return h.tb, nil
			}
			if h.thread == nil {
				return py.None, nil
			}
			return h.thread, nil
		})
	}
}

func setName(th *py.Thread, t *Thread, v py.Object) error {
	s, err := py.StrOf(th, v)
	if err != nil {
		return err
	}
	t.mu.Lock()
	t.name = s.String()
	t.mu.Unlock()
	return nil
}

func setDaemon(th *py.Thread, t *Thread, v py.Object) error {
	b, err := py.Truth(th, v)
	if err != nil {
		return err
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if !t.initialized {
		return py.NewError(py.RuntimeErrorType, "Thread.__init__() not called")
	}
	if t.started {
		return py.NewError(py.RuntimeErrorType, "cannot set daemon status of active thread")
	}
	t.daemon = b
	return nil
}

// enumerate returns the live threads (threading.enumerate()).
func enumerate() []py.Object {
	activeMu.Lock()
	ts := make([]*Thread, 0, len(active))
	for _, t := range active {
		ts = append(ts, t)
	}
	activeMu.Unlock()
	// Stable order: by ident, the main thread first.
	sortThreads(ts)
	out := make([]py.Object, len(ts))
	for i, t := range ts {
		out[i] = t.Self
	}
	return out
}

func sortThreads(ts []*Thread) {
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && less(ts[j], ts[j-1]); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
}

func less(a, b *Thread) bool {
	if (a.kind == kindMain) != (b.kind == kindMain) {
		return a.kind == kindMain
	}
	return a.Ident() < b.Ident()
}

func noTrace(name string) modutil.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return nil, py.NewError(py.NotImplementedErrorType, "threading.%s is not supported by Pygo (compiled code has no trace hooks)", name)
	}
}

// startNewThread is _thread.start_new_thread(function, args, kwargs=None).
func startNewThread(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := modutil.Range("start_new_thread", args, kw, 2, 3); err != nil {
		return nil, err
	}
	fn, targs := args[0], args[1]
	if !py.Callable(fn) {
		return nil, py.NewError(py.TypeErrorType, "first arg must be callable")
	}
	if _, ok := py.Unwrap(targs).(*py.Tuple); !ok {
		return nil, py.NewError(py.TypeErrorType, "2nd arg must be a tuple")
	}
	var tkw py.Object = py.NewDict()
	if len(args) == 3 {
		if _, ok := py.Unwrap(args[2]).(*py.Dict); !ok {
			return nil, py.NewError(py.TypeErrorType, "optional 3rd arg must be a dictionary")
		}
		tkw = args[2]
	}
	nth := py.NewThread()
	rawCount.Add(1)
	go func() {
		defer rawCount.Add(-1)
		defer dropLocals(nth.Ident())
		_, err := func() (_ py.Object, err error) {
			defer func() {
				if r := recover(); r != nil {
					err = py.PanicError(r)
				}
			}()
			return py.CallEx(nth, fn, nil, targs, nil, tkw)
		}()
		if err != nil {
			e := py.AsException(err)
			if e.Type().IsSubtype(py.SystemExitType) {
				return
			}
			fr, _ := py.Repr(nth, fn)
			var b strings.Builder
			fmt.Fprintf(&b, "Exception ignored in thread started by: %s\n", fr)
			py.PrintException(nth, &b, e)
			writeStderr(nth, b.String())
		}
	}()
	return py.Int(nth.Ident()), nil
}

func init() {
	initThreadType()
	py.RegisterModule(&py.ModuleDef{Name: "_thread", Doc: "This module provides primitive operations to write multi-threaded programs.", Body: threadModuleBody})
	py.RegisterModule(&py.ModuleDef{Name: "threading", Doc: "Thread module emulating a subset of Java's threading model.", Body: threadingBody})
}

func commonFuncs(m *modutil.Module) {
	m.Func("get_ident", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("get_ident", args, kw, 0); err != nil {
			return nil, err
		}
		return py.Int(th.Ident()), nil
	})
	m.Func("get_native_id", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("get_native_id", args, kw, 0); err != nil {
			return nil, err
		}
		return py.Int(CurrentThread(th).nativeID), nil
	})
	m.Func("stack_size", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Range("stack_size", args, kw, 0, 1); err != nil {
			return nil, err
		}
		return py.Int(0), nil
	})
	m.Set("TIMEOUT_MAX", py.Float(timeoutMax))
	m.Set("RLock", RLockType)
	m.Set("_excepthook", defaultExceptHook)
	m.Set("_ExceptHookArgs", ExceptHookArgsType)
}

func threadModuleBody(th *py.Thread, mod *py.Module) error {
	m := modutil.New(mod)
	commonFuncs(m)
	alloc := func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("allocate_lock", args, kw, 0); err != nil {
			return nil, err
		}
		return NewLock(), nil
	}
	m.Func("allocate_lock", alloc)
	m.Func("allocate", alloc)
	m.Set("LockType", LockType)
	m.Set("lock", LockType)
	m.Set("error", py.RuntimeErrorType)
	m.Set("_local", LocalType)
	m.Func("start_new_thread", startNewThread)
	m.Func("start_new", startNewThread)
	m.Func("_count", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Int(rawCount.Load()), nil
	})
	m.Func("interrupt_main", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return nil, py.NewError(py.NotImplementedErrorType, "_thread.interrupt_main is not supported by Pygo")
	})
	return nil
}

func threadingBody(th *py.Thread, mod *py.Module) error {
	threadingModule = mod
	ensureMain(th)
	m := modutil.New(mod)
	commonFuncs(m)
	m.Func("Lock", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("allocate_lock", args, kw, 0); err != nil {
			return nil, err
		}
		return NewLock(), nil
	})
	m.Set("Thread", ThreadType)
	m.Set("Timer", TimerType)
	m.Set("_MainThread", mainThreadType)
	m.Set("_DummyThread", dummyThreadType)
	m.Set("Condition", ConditionType)
	m.Set("Semaphore", SemaphoreType)
	m.Set("BoundedSemaphore", BoundedSemaphoreType)
	m.Set("Event", EventType)
	m.Set("Barrier", BarrierType)
	m.Set("BrokenBarrierError", BrokenBarrierErrorType)
	m.Set("local", LocalType)
	m.Set("ThreadError", py.RuntimeErrorType)
	m.Set("ExceptHookArgs", ExceptHookArgsType)
	m.Set("excepthook", defaultExceptHook)
	m.Set("__excepthook__", defaultExceptHook)
	current := func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("current_thread", args, kw, 0); err != nil {
			return nil, err
		}
		return CurrentThread(th).Self, nil
	}
	m.Func("current_thread", current)
	m.Func("currentThread", current)
	m.Func("main_thread", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("main_thread", args, kw, 0); err != nil {
			return nil, err
		}
		return mainThread.Self, nil
	})
	count := func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("active_count", args, kw, 0); err != nil {
			return nil, err
		}
		activeMu.Lock()
		defer activeMu.Unlock()
		return py.Int(len(active)), nil
	}
	m.Func("active_count", count)
	m.Func("activeCount", count)
	m.Func("enumerate", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("enumerate", args, kw, 0); err != nil {
			return nil, err
		}
		return py.NewList(enumerate()), nil
	})
	for _, n := range []string{"settrace", "setprofile", "settrace_all_threads", "setprofile_all_threads"} {
		m.Func(n, noTrace(n))
	}
	none := func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) { return py.None, nil }
	m.Func("gettrace", none)
	m.Func("getprofile", none)
	m.Set("__all__", modutil.StrList([]string{"get_ident", "active_count", "Condition", "current_thread",
		"enumerate", "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
		"BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer", "ThreadError",
		"ExceptHookArgs", "setprofile", "settrace", "local", "stack_size", "excepthook",
		"get_native_id", "getprofile", "gettrace"}))
	return nil
}
