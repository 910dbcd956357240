package futuresmod

import (
	"fmt"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
	"github.com/pygo-dev/pygo/stdlib/threadingmod"
)

// doneNotDone is DoneAndNotDoneFutures(done, not_done): a 2-tuple with
// named fields.
type doneNotDone struct {
	done, notDone *py.Set
}

// Type returns doneNotDoneType.
func (d *doneNotDone) Type() *py.Type { return doneNotDoneType }

func (d *doneNotDone) tuple() *py.Tuple { return py.NewTuple([]py.Object{d.done, d.notDone}) }

// The return_when values.
const (
	firstCompleted = "FIRST_COMPLETED"
	firstException = "FIRST_EXCEPTION"
	allCompleted   = "ALL_COMPLETED"
)

// collectFutures returns the distinct futures of an iterable, in order.
func collectFutures(th *py.Thread, fs py.Object) ([]*Future, []py.Object, error) {
	it, err := py.Iter(th, fs)
	if err != nil {
		return nil, nil, err
	}
	seen := map[*Future]bool{}
	var out []*Future
	var objs []py.Object
	for {
		v, err := py.Next(th, it)
		if err != nil {
			return nil, nil, err
		}
		if v == nil {
			return out, objs, nil
		}
		f := futureOf(v)
		if f == nil {
			return nil, nil, py.NewError(py.TypeErrorType, "expected a Future, got '%s'", v.Type().Name)
		}
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
			objs = append(objs, v)
		}
	}
}

func (f *Future) isDone() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.doneLocked()
}

func (f *Future) raised() bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state == finished && f.exc != nil
}

// waitFutures is concurrent.futures.wait.
func waitFutures(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := py.ParseArgs("wait", args, kw, []string{"fs", "timeout", "return_when"}, 1)
	if err != nil {
		return nil, err
	}
	fs, objs, err := collectFutures(th, a[0])
	if err != nil {
		return nil, err
	}
	d, err := threadingmod.Timeout(th, a[1])
	if err != nil {
		return nil, err
	}
	when := allCompleted
	if a[2] != nil {
		s, _ := modutil.Str(a[2])
		when = s
	}
	satisfied := func() bool {
		done, failed := 0, false
		for _, f := range fs {
			if f.isDone() {
				done++
				if f.raised() {
					failed = true
				}
			}
		}
		switch {
		case done == len(fs):
			return true
		case when == firstCompleted:
			return done > 0
		case when == firstException:
			return failed
		}
		return false
	}
	if !satisfied() {
		ch := make(chan *Future, len(fs))
		for _, f := range fs {
			f.addWaiter(ch)
		}
		deadline := threadingmod.Deadline(d)
		for !satisfied() {
			if deadline.IsZero() {
				<-ch
				continue
			}
			rem := time.Until(deadline)
			if rem <= 0 {
				break
			}
			t := time.NewTimer(rem)
			select {
			case <-ch:
			case <-t.C:
			}
			t.Stop()
		}
		for _, f := range fs {
			f.removeWaiter(ch)
		}
	}
	res := &doneNotDone{done: py.NewSet(), notDone: py.NewSet()}
	for i, f := range fs {
		s := res.notDone
		if f.isDone() {
			s = res.done
		}
		if err := s.Add(th, objs[i]); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// asCompleted is the iterator returned by as_completed(fs, timeout).
type asCompleted struct {
	pending  map[*Future]py.Object
	ready    []py.Object
	total    int
	ch       chan *Future
	deadline time.Time
}

// Type returns asCompletedType.
func (a *asCompleted) Type() *py.Type { return asCompletedType }

func newAsCompleted(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := py.ParseArgs("as_completed", args, kw, []string{"fs", "timeout"}, 1)
	if err != nil {
		return nil, err
	}
	fs, objs, err := collectFutures(th, a[0])
	if err != nil {
		return nil, err
	}
	d, err := threadingmod.Timeout(th, a[1])
	if err != nil {
		return nil, err
	}
	it := &asCompleted{pending: map[*Future]py.Object{}, total: len(fs), ch: make(chan *Future, len(fs)), deadline: threadingmod.Deadline(d)}
	for i, f := range fs {
		if f.addWaiter(it.ch) {
			it.pending[f] = objs[i]
		} else {
			it.ready = append(it.ready, objs[i])
		}
	}
	return it, nil
}

func (a *asCompleted) next(th *py.Thread) (py.Object, error) {
	if len(a.ready) > 0 {
		v := a.ready[0]
		a.ready = a.ready[1:]
		return v, nil
	}
	if len(a.pending) == 0 {
		return nil, nil
	}
	var f *Future
	if a.deadline.IsZero() {
		f = <-a.ch
	} else {
		rem := time.Until(a.deadline)
		if rem > 0 {
			t := time.NewTimer(rem)
			select {
			case f = <-a.ch:
			case <-t.C:
			}
			t.Stop()
		}
		if f == nil {
			select {
			case f = <-a.ch:
			default:
				for p := range a.pending {
					p.removeWaiter(a.ch)
				}
				return nil, py.NewError(py.TimeoutErrorType, "%d (of %d) futures unfinished", len(a.pending), a.total)
			}
		}
	}
	v := a.pending[f]
	delete(a.pending, f)
	return v, nil
}

func init() {
	initFuture()
	initExecutor()
	ProcessPoolExecutorType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		a, err := py.ParseArgs("ProcessPoolExecutor", args, kw, []string{"max_workers", "mp_context", "initializer", "initargs", "max_tasks_per_child"}, 0)
		if err != nil {
			return err
		}
		var targs []py.Object
		var names []*py.Str
		for i, n := range []string{"max_workers", "", "initializer", "initargs"} {
			if n != "" && a[i] != nil {
				names = append(names, py.Intern(n))
				targs = append(targs, a[i])
			}
		}
		return ThreadPoolExecutorType.Slots.Init(th, self, nil, &py.KwArgs{Names: names, Values: targs})
	}
	doneNotDoneType.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) {
		return py.Iter(th, o.(*doneNotDone).tuple())
	}
	doneNotDoneType.Slots.Len = func(th *py.Thread, o py.Object) (int, error) { return 2, nil }
	doneNotDoneType.Slots.GetItem = func(th *py.Thread, o, k py.Object) (py.Object, error) {
		return py.GetItem(th, o.(*doneNotDone).tuple(), k)
	}
	doneNotDoneType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		d := o.(*doneNotDone)
		a, err := py.Repr(th, d.done)
		if err != nil {
			return nil, err
		}
		b, err := py.Repr(th, d.notDone)
		if err != nil {
			return nil, err
		}
		return py.NewStr(fmt.Sprintf("DoneAndNotDoneFutures(done=%s, not_done=%s)", a, b)), nil
	}
	py.DefGetter(doneNotDoneType, "done", func(th *py.Thread, self py.Object) (py.Object, error) { return self.(*doneNotDone).done, nil })
	py.DefGetter(doneNotDoneType, "not_done", func(th *py.Thread, self py.Object) (py.Object, error) { return self.(*doneNotDone).notDone, nil })
	doneNotDoneType.Dict.SetStr(py.Intern("_fields"), py.NewTuple([]py.Object{py.NewStr("done"), py.NewStr("not_done")}))

	asCompletedType.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	asCompletedType.Slots.Next = func(th *py.Thread, o py.Object) (py.Object, error) { return o.(*asCompleted).next(th) }
	mapIterType.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	mapIterType.Slots.Next = func(th *py.Thread, o py.Object) (py.Object, error) { return o.(*mapIter).next(th) }

	py.RegisterModule(&py.ModuleDef{Name: "concurrent", IsPkg: true, Body: func(th *py.Thread, m *py.Module) error { return nil }})
	py.RegisterModule(&py.ModuleDef{Name: "concurrent.futures", IsPkg: true,
		Doc: "Execute computations asynchronously using threads or processes.", Body: futuresBody})
	py.RegisterModule(&py.ModuleDef{Name: "concurrent.futures.thread", Body: func(th *py.Thread, mod *py.Module) error {
		m := modutil.New(mod)
		m.Set("ThreadPoolExecutor", ThreadPoolExecutorType)
		m.Set("BrokenThreadPool", BrokenThreadPoolType)
		return nil
	}})
	py.RegisterModule(&py.ModuleDef{Name: "concurrent.futures._base", Body: func(th *py.Thread, mod *py.Module) error {
		fill(modutil.New(mod))
		return nil
	}})
}

func fill(m *modutil.Module) {
	m.Set("FIRST_COMPLETED", py.NewStr(firstCompleted))
	m.Set("FIRST_EXCEPTION", py.NewStr(firstException))
	m.Set("ALL_COMPLETED", py.NewStr(allCompleted))
	m.Set("Future", FutureType)
	m.Set("Executor", ExecutorType)
	m.Set("Error", ErrorType)
	m.Set("CancelledError", CancelledErrorType)
	m.Set("TimeoutError", py.TimeoutErrorType)
	m.Set("InvalidStateError", InvalidStateErrorType)
	m.Set("BrokenExecutor", BrokenExecutorType)
	m.Set("DoneAndNotDoneFutures", doneNotDoneType)
	m.Func("wait", waitFutures)
	m.Func("as_completed", newAsCompleted)
}

func futuresBody(th *py.Thread, mod *py.Module) error {
	// threading first: its exit hook (join non-daemon threads) must run
	// after ours (shut the pools down), and hooks run in reverse order.
	if _, err := py.ImportModule(th, "threading"); err != nil {
		return err
	}
	py.AtExit(shutdownAll)
	m := modutil.New(mod)
	fill(m)
	m.Set("ThreadPoolExecutor", ThreadPoolExecutorType)
	m.Set("ProcessPoolExecutor", ProcessPoolExecutorType)
	m.Set("__all__", modutil.StrList([]string{"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
		"CancelledError", "TimeoutError", "BrokenExecutor", "Future", "Executor", "wait",
		"as_completed", "ProcessPoolExecutor", "ThreadPoolExecutor"}))
	return nil
}
