package threadingmod

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
)

// Thread is threading.Thread (and _MainThread, _DummyThread, Timer): the
// Python object describing a thread. A Python subclass instance is a
// *py.Instance whose Base is the *Thread; Self is that outer object, so
// that start() calls an overridden run().
type Thread struct {
	typ  *py.Type
	Self py.Object // the Python-visible object (an *Instance for subclasses)
	dict *py.Dict  // attributes of a plain Thread (subclasses use the Instance's)

	mu          sync.Mutex
	initialized bool
	name        string
	target      py.Object // nil when absent
	args        py.Object
	kwargs      py.Object
	daemon      bool
	started     bool
	stopped     bool
	ident       int64
	nativeID    int64
	done        chan struct{} // closed when the thread finishes
	kind        threadKind
	timer       *timerState
}

type threadKind uint8

const (
	kindNormal threadKind = iota
	kindMain
	kindDummy
)

// Types of thread objects.
var (
	ThreadType      = py.NewType("Thread", "threading", nil, py.FlagBaseType)
	mainThreadType  = py.NewType("_MainThread", "threading", ThreadType, 0)
	dummyThreadType = py.NewType("_DummyThread", "threading", ThreadType, 0)
	TimerType       = py.NewType("Timer", "threading", ThreadType, py.FlagBaseType)
)

// Type returns the thread's type.
func (t *Thread) Type() *py.Type { return t.typ }

// InstanceDict implements py.DictHolder.
func (t *Thread) InstanceDict(create bool) *py.Dict {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.dict == nil && create {
		t.dict = py.NewDict()
	}
	return t.dict
}

// Name returns the thread's name.
func (t *Thread) Name() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.name
}

// Ident returns the thread's ident (0 before start).
func (t *Thread) Ident() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.ident
}

// Done returns a channel closed when the thread has finished.
func (t *Thread) Done() <-chan struct{} { return t.done }

// The registry of running threads (CPython's threading._active), keyed
// by ident, and the main thread.
var (
	activeMu   sync.Mutex
	active     = map[int64]*Thread{}
	mainThread *Thread
	nameCount  atomic.Int64
	nativeIDs  atomic.Int64
	rawCount   atomic.Int64
)

func newName(template string) string {
	return fmt.Sprintf(template, nameCount.Add(1))
}

// threadOf returns the *Thread behind o (a thread or a subclass instance).
func threadOf(o py.Object) *Thread {
	t, _ := py.Unwrap(o).(*Thread)
	return t
}

// newThreadObject allocates an uninitialised thread of class cls, whose
// built-in type is builtin.
func newThreadObject(cls, builtin *py.Type) *Thread {
	t := &Thread{typ: builtin, done: make(chan struct{})}
	t.Self = wrapNew(cls, builtin, t)
	return t
}

// lookupCurrent returns the registered thread with ident id, or nil.
func lookupCurrent(id int64) *Thread {
	activeMu.Lock()
	defer activeMu.Unlock()
	return active[id]
}

// CurrentThread returns threading.current_thread() for th: the Thread
// object of a thread started by this module, the main thread, or a new
// _DummyThread for threads started elsewhere (Go code, the WSGI server).
func CurrentThread(th *py.Thread) *Thread {
	id := th.Ident()
	if t := lookupCurrent(id); t != nil {
		return t
	}
	t := newThreadObject(dummyThreadType, dummyThreadType)
	t.initialized, t.started, t.daemon, t.kind = true, true, true, kindDummy
	t.name = newName("Dummy-%d")
	t.ident = id
	t.nativeID = nativeIDs.Add(1)
	activeMu.Lock()
	active[id] = t
	activeMu.Unlock()
	return t
}

// ThreadDone unregisters the thread th (a _DummyThread created by
// current_thread for a goroutine this module did not start) and drops its
// threading.local values. Servers call it when a request's thread ends.
func ThreadDone(th *py.Thread) {
	id := th.Ident()
	activeMu.Lock()
	t := active[id]
	if t != nil && t.kind == kindDummy {
		delete(active, id)
	}
	activeMu.Unlock()
	dropLocals(id)
}

// initThread is Thread.__init__(group=None, target=None, name=None,
// args=(), kwargs=None, *, daemon=None).
func initThread(th *py.Thread, t *Thread, args []py.Object, kw *py.KwArgs) error {
	a, err := py.ParseArgs("Thread", args, kw, []string{"group", "target", "name", "args", "kwargs", "daemon"}, 0)
	if err != nil {
		return err
	}
	if a[0] != nil && a[0] != py.None {
		return py.NewError(py.AssertionErrorType, "group argument must be None for now")
	}
	target := a[1]
	if target == py.None {
		target = nil
	}
	var name string
	if a[2] != nil && a[2] != py.None {
		s, err := py.StrOf(th, a[2])
		if err != nil {
			return err
		}
		name = s.String()
	} else {
		name = newName("Thread-%d")
		if target != nil {
			if n, err := py.GetAttrOpt(th, target, strDunderName); err == nil && n != nil {
				if s, err := py.StrOf(th, n); err == nil {
					name += " (" + s.String() + ")"
				}
			}
		}
	}
	targs := a[3]
	if targs == nil {
		targs = py.NewTuple(nil)
	}
	tkw := a[4]
	if tkw == nil || tkw == py.None {
		tkw = py.NewDict()
	}
	var daemon bool
	if a[5] != nil && a[5] != py.None {
		if daemon, err = py.Truth(th, a[5]); err != nil {
			return err
		}
	} else {
		daemon = CurrentThread(th).isDaemon()
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.started {
		return py.NewError(py.RuntimeErrorType, "cannot re-initialize a started thread")
	}
	t.initialized = true
	t.name, t.target, t.args, t.kwargs, t.daemon = name, target, targs, tkw, daemon
	return nil
}

func (t *Thread) isDaemon() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.daemon
}

// Start runs the thread: a new goroutine with a fresh *py.Thread calls
// the object's run() method (Thread.start).
func (t *Thread) Start(th *py.Thread) error {
	t.mu.Lock()
	if !t.initialized {
		t.mu.Unlock()
		return py.NewError(py.RuntimeErrorType, "thread.__init__() not called")
	}
	if t.started {
		t.mu.Unlock()
		return py.NewError(py.RuntimeErrorType, "threads can only be started once")
	}
	nth := py.NewThread()
	t.started = true
	t.ident = nth.Ident()
	t.nativeID = nativeIDs.Add(1)
	t.mu.Unlock()
	activeMu.Lock()
	active[t.ident] = t
	activeMu.Unlock()
	go t.bootstrap(nth)
	return nil
}

// bootstrap is the body of a thread's goroutine.
func (t *Thread) bootstrap(th *py.Thread) {
	defer t.finish(th)
	err := func() (err error) {
		defer func() {
			if r := recover(); r != nil {
				err = py.PanicError(r)
			}
		}()
		_, err = py.CallMethod(th, t.Self, strRun, nil, nil)
		return err
	}()
	if err != nil {
		reportThreadException(th, t, err)
	}
}

// finish marks t stopped and unregisters it.
func (t *Thread) finish(th *py.Thread) {
	t.mu.Lock()
	t.stopped = true
	id := t.ident
	t.mu.Unlock()
	activeMu.Lock()
	if active[id] == t {
		delete(active, id)
	}
	activeMu.Unlock()
	dropLocals(id)
	close(t.done)
}

// run is Thread.run: call the target with its arguments, then drop them.
func (t *Thread) run(th *py.Thread) error {
	if t.timer != nil {
		return t.timer.run(th, t)
	}
	t.mu.Lock()
	target, args, kwargs := t.target, t.args, t.kwargs
	t.mu.Unlock()
	defer func() {
		t.mu.Lock()
		t.target, t.args, t.kwargs = nil, nil, nil
		t.mu.Unlock()
	}()
	if target == nil {
		return nil
	}
	_, err := py.CallEx(th, target, nil, args, nil, kwargs)
	return err
}

// Join waits for the thread to finish, at most d (Forever: no limit).
func (t *Thread) Join(th *py.Thread, d time.Duration) error {
	t.mu.Lock()
	initialized, started, ident := t.initialized, t.started, t.ident
	t.mu.Unlock()
	if !initialized {
		return py.NewError(py.RuntimeErrorType, "Thread.__init__() not called")
	}
	if !started {
		return py.NewError(py.RuntimeErrorType, "cannot join thread before it is started")
	}
	if ident == th.Ident() {
		return py.NewError(py.RuntimeErrorType, "cannot join current thread")
	}
	// The main thread's done channel closes when the main module has
	// finished (shutdown); a dummy thread's never does.
	waitChan(t.done, d)
	return nil
}

// IsAlive reports whether the thread has started and not finished.
func (t *Thread) IsAlive() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.started && !t.stopped
}

// repr is Thread.__repr__: <Thread(name, started daemon 1234)>.
func (t *Thread) repr(cls *py.Type) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	status := "initial"
	if t.started {
		status = "started"
	}
	if t.stopped {
		status = "stopped"
	}
	if t.daemon {
		status += " daemon"
	}
	if t.ident != 0 {
		status += fmt.Sprintf(" %d", t.ident)
	}
	return fmt.Sprintf("<%s(%s, %s)>", cls.Name, t.name, status)
}

// reportThreadException passes an exception that escaped run() to
// threading.excepthook (SystemExit is ignored, as in CPython).
func reportThreadException(th *py.Thread, t *Thread, err error) {
	e := py.AsException(err)
	if e.Type().IsSubtype(py.SystemExitType) {
		return
	}
	var hook py.Object
	if threadingModule != nil {
		hook = threadingModule.Dict.GetStr(strExcepthook)
	}
	hargs := &hookArgs{excType: e.Type(), exc: e, tb: tracebackOf(th, e), thread: t.Self}
	if hook == nil || hook == defaultExceptHook {
		defaultHook(th, hargs)
		return
	}
	if _, herr := py.Call1(th, hook, hargs); herr != nil {
		he := py.AsException(herr)
		if he.Type().IsSubtype(py.SystemExitType) {
			return
		}
		writeStderr(th, "Exception in threading.excepthook:\n")
		var b strings.Builder
		py.PrintException(th, &b, he)
		writeStderr(th, b.String())
	}
}

func tracebackOf(th *py.Thread, e *py.BaseException) py.Object {
	tb, err := py.GetAttr(th, e, py.Intern("__traceback__"))
	if err != nil || tb == nil {
		return py.None
	}
	return tb
}

// writeStderr writes s to sys.stderr.
func writeStderr(th *py.Thread, s string) {
	var stderr py.Object = py.Stderr
	if sys, err := py.ImportModule(th, "sys"); err == nil {
		if v, err := py.GetAttr(th, sys, py.Intern("stderr")); err == nil && v != py.None {
			stderr = v
		}
	}
	py.WriteTo(th, stderr, s)
	if w, ok := stderr.(*py.TextWriter); ok {
		w.Flush()
	}
}

// defaultHook is threading.excepthook's default behaviour:
// "Exception in thread NAME:" and the traceback on sys.stderr.
func defaultHook(th *py.Thread, a *hookArgs) {
	if a.excType.IsSubtype(py.SystemExitType) {
		return
	}
	var name string
	if t := threadOf(a.thread); t != nil {
		name = t.Name()
	} else {
		name = fmt.Sprint(th.Ident())
	}
	var b strings.Builder
	b.WriteString("Exception in thread " + name + ":\n")
	if e, ok := a.exc.(*py.BaseException); ok {
		py.PrintException(th, &b, e)
	}
	writeStderr(th, b.String())
}

var (
	strRun        = py.Intern("run")
	strDunderName = py.Intern("__name__")
	strExcepthook = py.Intern("excepthook")
)
