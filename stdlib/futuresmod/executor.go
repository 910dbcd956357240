package futuresmod

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
	"github.com/pygo-dev/pygo/stdlib/threadingmod"
)

// workItem is one submitted call.
type workItem struct {
	fut  *Future
	fn   py.Object
	args []py.Object
	kw   *py.KwArgs
}

// Executor is concurrent.futures.ThreadPoolExecutor (and the base
// Executor, whose submit is abstract).
type Executor struct {
	typ         *py.Type
	self        py.Object
	mu          sync.Mutex
	cond        threadingmod.Cond // work available / shutdown
	queue       []*workItem
	maxWorkers  int
	prefix      string
	initializer py.Object
	initargs    py.Object
	threads     []*threadingmod.Thread
	idle        int
	shutdown    bool
	broken      string
}

// Executor types.
var (
	ExecutorType           = py.NewType("Executor", "concurrent.futures._base", nil, py.FlagBaseType|py.FlagHasDict)
	ThreadPoolExecutorType = py.NewType("ThreadPoolExecutor", "concurrent.futures.thread", ExecutorType, py.FlagBaseType|py.FlagHasDict)
	// ProcessPoolExecutor runs its workers as threads: Pygo has no GIL.
	ProcessPoolExecutorType = py.NewType("ProcessPoolExecutor", "concurrent.futures.process", ThreadPoolExecutorType, py.FlagBaseType|py.FlagHasDict)
	doneNotDoneType         = py.NewType("DoneAndNotDoneFutures", "concurrent.futures._base", nil, 0)
	asCompletedType         = py.NewType("as_completed", "concurrent.futures._base", nil, 0)
	mapIterType             = py.NewType("result_iterator", "concurrent.futures._base", nil, 0)
)

// Type returns the executor's type.
func (e *Executor) Type() *py.Type { return e.typ }

var (
	executorCount atomic.Int64
	liveMu        sync.Mutex
	live          = map[*Executor]bool{}
)

func executorOf(o py.Object) *Executor {
	e, _ := py.Unwrap(o).(*Executor)
	return e
}

// Submit schedules fn(*args, **kw) and returns its Future.
func (e *Executor) Submit(th *py.Thread, fn py.Object, args []py.Object, kw *py.KwArgs) (*Future, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.broken != "" {
		return nil, py.NewError(BrokenThreadPoolType, "%s", e.broken)
	}
	if e.shutdown {
		return nil, py.NewError(py.RuntimeErrorType, "cannot schedule new futures after shutdown")
	}
	f := NewFuture()
	e.queue = append(e.queue, &workItem{fut: f, fn: fn, args: args, kw: kw})
	e.cond.Signal()
	if e.idle > 0 {
		e.idle--
		return f, nil
	}
	if len(e.threads) < e.maxWorkers {
		name := fmt.Sprintf("%s_%d", e.prefix, len(e.threads))
		t, err := threadingmod.StartThread(th, name, false, e.worker)
		if err != nil {
			return nil, err
		}
		e.threads = append(e.threads, t)
	}
	return f, nil
}

// worker is the body of a pool thread.
func (e *Executor) worker(th *py.Thread) error {
	if e.initializer != nil {
		if _, err := py.CallEx(th, e.initializer, nil, e.initargs, nil, nil); err != nil {
			e.mu.Lock()
			e.broken = "A thread initializer failed, the thread pool is not usable anymore"
			q := e.queue
			e.queue = nil
			e.mu.Unlock()
			for _, w := range q {
				w.fut.SetException(th, py.NewError(BrokenThreadPoolType, "A thread initializer failed, the thread pool is not usable anymore"))
			}
			var b strings.Builder
			b.WriteString("Exception in initializer:\n")
			py.PrintException(th, &b, py.AsException(err))
			writeStderr(th, b.String())
			return nil
		}
	}
	for {
		e.mu.Lock()
		for len(e.queue) == 0 && !e.shutdown {
			e.cond.Wait(threadingmod.Forever)
		}
		if len(e.queue) == 0 {
			e.mu.Unlock()
			return nil
		}
		w := e.queue[0]
		e.queue[0] = nil
		e.queue = e.queue[1:]
		e.mu.Unlock()
		w.run(th)
		e.mu.Lock()
		e.idle++
		e.mu.Unlock()
	}
}

func (w *workItem) run(th *py.Thread) {
	ok, _ := w.fut.SetRunningOrNotifyCancel()
	if !ok {
		return
	}
	r, err := func() (r py.Object, err error) {
		defer func() {
			if p := recover(); p != nil {
				err = py.PanicError(p)
			}
		}()
		return py.Call(th, w.fn, w.args, w.kw)
	}()
	if err != nil {
		w.fut.SetException(th, py.AsException(err))
		return
	}
	w.fut.SetResult(th, r)
}

// Shutdown is Executor.shutdown(wait, cancel_futures).
func (e *Executor) Shutdown(th *py.Thread, wait, cancelFutures bool) {
	e.mu.Lock()
	e.shutdown = true
	var cancel []*workItem
	if cancelFutures {
		cancel = e.queue
		e.queue = nil
	}
	e.cond.Broadcast()
	threads := append([]*threadingmod.Thread(nil), e.threads...)
	e.mu.Unlock()
	for _, w := range cancel {
		w.fut.Cancel(th)
	}
	liveMu.Lock()
	delete(live, e)
	liveMu.Unlock()
	if wait {
		for _, t := range threads {
			<-t.Done()
		}
	}
}

// shutdownAll is the exit hook: executors still open finish their work.
func shutdownAll(th *py.Thread) {
	liveMu.Lock()
	es := make([]*Executor, 0, len(live))
	for e := range live {
		es = append(es, e)
	}
	liveMu.Unlock()
	for _, e := range es {
		e.Shutdown(th, true, false)
	}
}

func initExecutor() {
	ExecutorType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		builtin := ExecutorType
		if cls.IsSubtype(ThreadPoolExecutorType) {
			builtin = ThreadPoolExecutorType
		}
		e := &Executor{typ: builtin, maxWorkers: 1}
		e.cond.L = &e.mu
		e.self = e
		if cls != builtin && cls.Flags&py.FlagHeapType != 0 {
			in := py.NewInstance(cls)
			in.Base = e
			e.self = in
		} else if cls != builtin {
			e.typ = cls
		}
		return e.self, nil
	}
	ExecutorType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error { return nil }
	ThreadPoolExecutorType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		a, err := py.ParseArgs("ThreadPoolExecutor", args, kw, []string{"max_workers", "thread_name_prefix", "initializer", "initargs"}, 0)
		if err != nil {
			return err
		}
		e := executorOf(self)
		n := int64(runtime.NumCPU() + 4)
		if n > 32 {
			n = 32
		}
		if a[0] != nil && a[0] != py.None {
			if n, err = modutil.Int64(th, a[0]); err != nil {
				return err
			}
			if n <= 0 {
				return py.NewError(py.ValueErrorType, "max_workers must be greater than 0")
			}
		}
		prefix := ""
		if a[1] != nil {
			s, ok := modutil.Str(a[1])
			if !ok {
				return py.NewError(py.TypeErrorType, "thread_name_prefix must be a str")
			}
			prefix = s
		}
		if prefix == "" {
			prefix = fmt.Sprintf("ThreadPoolExecutor-%d", executorCount.Add(1)-1)
		}
		if a[2] != nil && a[2] != py.None {
			if !py.Callable(a[2]) {
				return py.NewError(py.TypeErrorType, "initializer must be a callable")
			}
			e.initializer = a[2]
		}
		e.initargs = a[3]
		if e.initargs == nil {
			e.initargs = py.NewTuple(nil)
		}
		e.mu.Lock()
		e.maxWorkers, e.prefix = int(n), prefix
		e.mu.Unlock()
		liveMu.Lock()
		live[e] = true
		liveMu.Unlock()
		return nil
	}
	py.DefMethod(ExecutorType, "submit", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "submit expected at least 1 argument, got 0")
		}
		e := executorOf(self)
		if e == nil || e.typ == ExecutorType {
			return nil, py.NewException(py.NotImplementedErrorType)
		}
		f, err := e.Submit(th, args[0], append([]py.Object(nil), args[1:]...), kw)
		if err != nil {
			return nil, err
		}
		return f.self, nil
	})
	py.DefMethod(ExecutorType, "map", executorMap)
	py.DefMethod(ExecutorType, "shutdown", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("shutdown", args, kw, []string{"wait", "cancel_futures"}, 0)
		if err != nil {
			return nil, err
		}
		wait, cancel := true, false
		if a[0] != nil {
			if wait, err = py.Truth(th, a[0]); err != nil {
				return nil, err
			}
		}
		if a[1] != nil {
			if cancel, err = py.Truth(th, a[1]); err != nil {
				return nil, err
			}
		}
		if e := executorOf(self); e != nil {
			e.Shutdown(th, wait, cancel)
		}
		return py.None, nil
	})
	py.DefMethod(ExecutorType, "__enter__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return self, nil
	})
	py.DefMethod(ExecutorType, "__exit__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		// Call shutdown through the object so that subclasses may override it.
		if _, err := py.CallMethod(th, self, py.Intern("shutdown"), nil, &py.KwArgs{Names: []*py.Str{py.Intern("wait")}, Values: []py.Object{py.True}}); err != nil {
			return nil, err
		}
		return py.False, nil
	})
	py.DefGetter(ThreadPoolExecutorType, "_max_workers", func(th *py.Thread, self py.Object) (py.Object, error) {
		e := executorOf(self)
		e.mu.Lock()
		defer e.mu.Unlock()
		return py.Int(e.maxWorkers), nil
	})
	py.DefGetter(ThreadPoolExecutorType, "_threads", func(th *py.Thread, self py.Object) (py.Object, error) {
		e := executorOf(self)
		e.mu.Lock()
		defer e.mu.Unlock()
		s := py.NewSet()
		for _, t := range e.threads {
			if err := s.Add(th, t.Self); err != nil {
				return nil, err
			}
		}
		return s, nil
	})
	ThreadPoolExecutorType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		t := o.Type()
		return py.NewStr(fmt.Sprintf("<%s.%s object at 0x%x>", t.Module, t.QualName, py.Id(o))), nil
	}
	ExecutorType.Slots.Repr = ThreadPoolExecutorType.Slots.Repr
}

// mapIter is the iterator Executor.map returns: results in order.
type mapIter struct {
	futures  []*Future
	deadline time.Time
}

// Type returns mapIterType.
func (m *mapIter) Type() *py.Type { return mapIterType }

// executorMap is Executor.map(fn, *iterables, timeout=None, chunksize=1).
func executorMap(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.NewError(py.TypeErrorType, "map() missing 1 required positional argument: 'fn'")
	}
	var timeout py.Object
	for i, n := range kwNames(kw) {
		switch n {
		case "timeout":
			timeout = kw.Values[i]
		case "chunksize":
			c, err := modutil.Int64(th, kw.Values[i])
			if err != nil {
				return nil, err
			}
			if c < 1 {
				return nil, py.NewError(py.ValueErrorType, "chunksize must be >= 1.")
			}
		default:
			return nil, py.NewError(py.TypeErrorType, "map() got an unexpected keyword argument '%s'", n)
		}
	}
	d, err := threadingmod.Timeout(th, timeout)
	if err != nil {
		return nil, err
	}
	deadline := threadingmod.Deadline(d)
	fn := args[0]
	iters := make([]py.Object, len(args)-1)
	for i, it := range args[1:] {
		if iters[i], err = py.Iter(th, it); err != nil {
			return nil, err
		}
	}
	m := &mapIter{deadline: deadline}
	if len(iters) == 0 {
		return m, nil
	}
	for {
		call := []py.Object{fn}
		for _, it := range iters {
			v, err := py.Next(th, it)
			if err != nil {
				m.cancel(th)
				return nil, err
			}
			if v == nil {
				return m, nil
			}
			call = append(call, v)
		}
		r, err := py.CallMethod(th, self, strSubmit, call, nil)
		if err != nil {
			m.cancel(th)
			return nil, err
		}
		f := futureOf(r)
		if f == nil {
			return nil, py.NewError(py.TypeErrorType, "submit() did not return a Future")
		}
		m.futures = append(m.futures, f)
	}
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

func (m *mapIter) cancel(th *py.Thread) {
	for _, f := range m.futures {
		f.Cancel(th)
	}
	m.futures = nil
}

func (m *mapIter) next(th *py.Thread) (py.Object, error) {
	if len(m.futures) == 0 {
		return nil, nil
	}
	f := m.futures[0]
	m.futures = m.futures[1:]
	d := threadingmod.Forever
	if !m.deadline.IsZero() {
		if d = time.Until(m.deadline); d < 0 {
			d = 0
		}
	}
	r, err := f.Result(d)
	if err != nil {
		m.cancel(th)
		return nil, err
	}
	return r, nil
}

var strSubmit = py.Intern("submit")
