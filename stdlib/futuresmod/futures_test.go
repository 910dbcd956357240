package futuresmod

import (
	"sync/atomic"
	"testing"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/threadingmod"
)

// TestPoolRunsEverything submits 2,000 calls that each bump a shared
// counter and append to a shared list (run with -race).
func TestPoolRunsEverything(t *testing.T) {
	th := py.NewThread()
	if _, err := py.ImportModule(th, "concurrent.futures"); err != nil {
		t.Fatal(err)
	}
	ex, err := py.Call(th, ThreadPoolExecutorType, []py.Object{py.Int(4)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	list := py.NewList(nil)
	var calls atomic.Int64
	fn := py.NewGoFunction("work", []string{"x"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		calls.Add(1)
		list.Append(a[0])
		return py.Mul(th, a[0], a[0])
	})
	var futures []*Future
	for i := 0; i < 2000; i++ {
		f, err := executorOf(ex).Submit(th, fn, []py.Object{py.Int(i)}, nil)
		if err != nil {
			t.Fatal(err)
		}
		futures = append(futures, f)
	}
	sum := int64(0)
	for _, f := range futures {
		r, err := f.Result(threadingmod.Forever)
		if err != nil {
			t.Fatal(err)
		}
		sum += int64(r.(py.Int))
	}
	executorOf(ex).Shutdown(th, true, false)
	if calls.Load() != 2000 || len(list.Items()) != 2000 {
		t.Fatalf("calls %d, list %d", calls.Load(), len(list.Items()))
	}
	if want := int64(1999 * 2000 * 3999 / 6); sum != want {
		t.Fatalf("sum %d, want %d", sum, want)
	}
	if n := len(executorOf(ex).threads); n > 4 {
		t.Fatalf("%d worker threads for max_workers=4", n)
	}
	if _, err := executorOf(ex).Submit(th, fn, nil, nil); err == nil {
		t.Fatal("submit after shutdown succeeded")
	}
}

func TestFutureStates(t *testing.T) {
	th := py.NewThread()
	f := NewFuture()
	if !f.Cancel(th) || f.Cancel(th) != true {
		t.Fatal("cancel of a pending future")
	}
	if _, err := f.Result(0); err == nil || py.AsException(err).Type() != CancelledErrorType {
		t.Fatalf("result of cancelled: %v", err)
	}
	g := NewFuture()
	if _, err := g.Result(0); err == nil || py.AsException(err).Type() != py.TimeoutErrorType {
		t.Fatalf("result timeout: %v", err)
	}
	ok, _ := g.SetRunningOrNotifyCancel()
	if !ok || g.Cancel(th) {
		t.Fatal("running future was cancelled")
	}
	g.SetException(th, py.NewError(py.KeyErrorType, "k"))
	if err := g.SetResult(th, py.None); err == nil || py.AsException(err).Type() != InvalidStateErrorType {
		t.Fatalf("second set: %v", err)
	}
}
