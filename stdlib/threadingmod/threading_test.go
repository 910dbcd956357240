package threadingmod

import (
	"sort"
	"sync/atomic"
	"testing"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
)

// mod imports the threading module on th.
func mod(t *testing.T, th *py.Thread) py.Object {
	t.Helper()
	m, err := py.ImportModule(th, "threading")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func attr(t *testing.T, th *py.Thread, o py.Object, name string) py.Object {
	t.Helper()
	v, err := py.GetAttr(th, o, py.NewStr(name))
	if err != nil {
		t.Fatalf("getattr %s: %v", name, err)
	}
	return v
}

func call(t *testing.T, th *py.Thread, fn py.Object, args []py.Object, kw map[string]py.Object) py.Object {
	t.Helper()
	var k *py.KwArgs
	for n, v := range kw {
		if k == nil {
			k = &py.KwArgs{}
		}
		k.Names = append(k.Names, py.NewStr(n))
		k.Values = append(k.Values, v)
	}
	r, err := py.Call(th, fn, args, k)
	if err != nil {
		t.Fatalf("call: %v", err)
	}
	return r
}

func method(t *testing.T, th *py.Thread, o py.Object, name string, args ...py.Object) py.Object {
	t.Helper()
	r, err := py.CallMethod(th, o, py.NewStr(name), args, nil)
	if err != nil {
		t.Fatalf("%s(): %v", name, err)
	}
	return r
}

// TestThreadsHammerSharedContainers runs Python threads whose Go targets
// append to one list and write one dict concurrently: no item may be lost
// (run with -race: no data race either).
func TestThreadsHammerSharedContainers(t *testing.T) {
	th := py.NewThread()
	m := mod(t, th)
	threadCls := attr(t, th, m, "Thread")
	list := py.NewList(nil)
	dict := py.NewDict()
	const nThreads, perThread = 8, 2000
	target := py.NewGoFunction("worker", []string{"n"}, nil, func(th *py.Thread, args []py.Object) (py.Object, error) {
		n := int64(args[0].(py.Int))
		for i := int64(0); i < perThread; i++ {
			v := py.Int(n*perThread + i)
			list.Append(v)
			if err := dict.SetItem(th, v, py.Int(th.Ident())); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	var threads []py.Object
	for i := 0; i < nThreads; i++ {
		tt := call(t, th, threadCls, nil, map[string]py.Object{"target": target, "args": py.NewTuple([]py.Object{py.Int(i)})})
		threads = append(threads, tt)
	}
	for _, tt := range threads {
		method(t, th, tt, "start")
	}
	for _, tt := range threads {
		method(t, th, tt, "join")
	}
	items := list.Items()
	if len(items) != nThreads*perThread || dict.Len() != nThreads*perThread {
		t.Fatalf("lost items: list %d dict %d, want %d", len(items), dict.Len(), nThreads*perThread)
	}
	got := make([]int, len(items))
	for i, it := range items {
		got[i] = int(it.(py.Int))
	}
	sort.Ints(got)
	for i, v := range got {
		if v != i {
			t.Fatalf("item %d is %d", i, v)
		}
	}
	// Each thread had its own ident.
	idents := map[py.Object]bool{}
	_, vals := dict.Items()
	for _, v := range vals {
		idents[v] = true
	}
	if len(idents) != nThreads {
		t.Fatalf("%d distinct idents, want %d", len(idents), nThreads)
	}
}

// TestLockCounter increments a shared Python int under threading.Lock.
func TestLockCounter(t *testing.T) {
	th := py.NewThread()
	m := mod(t, th)
	lock := call(t, th, attr(t, th, m, "Lock"), nil, nil)
	counter := py.NewList([]py.Object{py.Int(0)})
	target := py.NewGoFunction("inc", nil, nil, func(th *py.Thread, _ []py.Object) (py.Object, error) {
		for i := 0; i < 500; i++ {
			if _, err := py.CallMethod0(th, lock, py.Intern("acquire")); err != nil {
				return nil, err
			}
			v, _ := py.GetItem(th, counter, py.Int(0))
			py.SetItem(th, counter, py.Int(0), v.(py.Int)+1)
			if _, err := py.CallMethod0(th, lock, py.Intern("release")); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	var ts []py.Object
	for i := 0; i < 6; i++ {
		ts = append(ts, call(t, th, attr(t, th, m, "Thread"), nil, map[string]py.Object{"target": target}))
	}
	for _, x := range ts {
		method(t, th, x, "start")
	}
	for _, x := range ts {
		method(t, th, x, "join")
	}
	if v, _ := py.GetItem(th, counter, py.Int(0)); v != py.Int(3000) {
		t.Fatalf("counter = %v, want 3000", v)
	}
}

func TestLockTimeoutAndErrors(t *testing.T) {
	th := py.NewThread()
	l := NewLock()
	if !l.Acquire(Forever) {
		t.Fatal("acquire failed")
	}
	start := time.Now()
	if l.Acquire(30 * time.Millisecond) {
		t.Fatal("acquired a held lock")
	}
	if el := time.Since(start); el < 25*time.Millisecond {
		t.Fatalf("timeout returned after %v", el)
	}
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	if err := l.Release(); err == nil || py.AsException(err).Type() != py.RuntimeErrorType {
		t.Fatalf("second release: %v", err)
	}
	r := NewRLock()
	r.Acquire(th.Ident(), Forever)
	r.Acquire(th.Ident(), Forever)
	if err := r.Release(th.Ident() + 1); err == nil {
		t.Fatal("release by non-owner succeeded")
	}
	r.Release(th.Ident())
	r.Release(th.Ident())
	if r.IsOwned(th.Ident()) {
		t.Fatal("still owned")
	}
}

func TestSemaphoreBounded(t *testing.T) {
	th := py.NewThread()
	m := mod(t, th)
	s := call(t, th, attr(t, th, m, "BoundedSemaphore"), []py.Object{py.Int(2)}, nil)
	method(t, th, s, "acquire")
	method(t, th, s, "release")
	_, err := py.CallMethod0(th, s, py.Intern("release"))
	if err == nil || py.AsException(err).Type() != py.ValueErrorType {
		t.Fatalf("over-release: %v", err)
	}
	if got := py.AsException(err).Error(); got == "" {
		t.Fatal("empty message")
	}
}

// TestConditionProducerConsumer passes 1000 items through a Condition.
func TestConditionProducerConsumer(t *testing.T) {
	th := py.NewThread()
	m := mod(t, th)
	cond := call(t, th, attr(t, th, m, "Condition"), nil, nil)
	c := condOf(cond)
	var buf []int
	var sum atomic.Int64
	const n = 1000
	consumer := py.NewGoFunction("consumer", nil, nil, func(th *py.Thread, _ []py.Object) (py.Object, error) {
		for got := 0; got < n; {
			if _, err := py.CallMethod0(th, cond, py.Intern("acquire")); err != nil {
				return nil, err
			}
			for len(buf) == 0 {
				if _, err := c.Wait(th, Forever); err != nil {
					return nil, err
				}
			}
			for _, v := range buf {
				sum.Add(int64(v))
				got++
			}
			buf = buf[:0]
			py.CallMethod0(th, cond, py.Intern("release"))
		}
		return py.None, nil
	})
	ct := call(t, th, attr(t, th, m, "Thread"), nil, map[string]py.Object{"target": consumer})
	method(t, th, ct, "start")
	for i := 1; i <= n; i++ {
		method(t, th, cond, "acquire")
		buf = append(buf, i)
		method(t, th, cond, "notify")
		method(t, th, cond, "release")
	}
	method(t, th, ct, "join")
	if sum.Load() != n*(n+1)/2 {
		t.Fatalf("sum %d", sum.Load())
	}
}

func TestBarrierAndEvent(t *testing.T) {
	th := py.NewThread()
	m := mod(t, th)
	b := call(t, th, attr(t, th, m, "Barrier"), []py.Object{py.Int(4)}, nil)
	ev := NewEvent()
	var idx [4]atomic.Int64
	target := py.NewGoFunction("w", nil, nil, func(th *py.Thread, _ []py.Object) (py.Object, error) {
		r, err := py.CallMethod0(th, b, py.Intern("wait"))
		if err != nil {
			return nil, err
		}
		idx[int(r.(py.Int))].Add(1)
		ev.Wait(Forever)
		return py.None, nil
	})
	var ts []py.Object
	for i := 0; i < 4; i++ {
		x := call(t, th, attr(t, th, m, "Thread"), nil, map[string]py.Object{"target": target})
		method(t, th, x, "start")
		ts = append(ts, x)
	}
	time.Sleep(20 * time.Millisecond)
	if n := py.Unwrap(call(t, th, attr(t, th, m, "active_count"), nil, nil)); n.(py.Int) < 5 {
		t.Fatalf("active_count %v", n)
	}
	ev.Set()
	for _, x := range ts {
		method(t, th, x, "join")
	}
	for i := range idx {
		if idx[i].Load() != 1 {
			t.Fatalf("index %d returned %d times", i, idx[i].Load())
		}
	}
}

// TestLocal checks that threading.local values are per thread.
func TestLocal(t *testing.T) {
	th := py.NewThread()
	m := mod(t, th)
	loc := call(t, th, attr(t, th, m, "local"), nil, nil)
	py.SetAttr(th, loc, py.NewStr("x"), py.Int(1))
	seen := py.NewList(nil)
	target := py.NewGoFunction("w", []string{"n"}, nil, func(th *py.Thread, args []py.Object) (py.Object, error) {
		if v, _ := py.GetAttrOpt(th, loc, py.NewStr("x")); v != nil {
			seen.Append(v)
		}
		for i := 0; i < 100; i++ {
			py.SetAttr(th, loc, py.NewStr("x"), args[0])
			v, err := py.GetAttr(th, loc, py.NewStr("x"))
			if err != nil {
				return nil, err
			}
			if v != args[0] {
				seen.Append(v)
			}
		}
		return py.None, nil
	})
	var ts []py.Object
	for i := 0; i < 4; i++ {
		x := call(t, th, attr(t, th, m, "Thread"), nil, map[string]py.Object{"target": target, "args": py.NewTuple([]py.Object{py.Int(10 + i)})})
		method(t, th, x, "start")
		ts = append(ts, x)
	}
	for _, x := range ts {
		method(t, th, x, "join")
	}
	if n, _ := py.Len(th, seen); n != 0 {
		t.Fatalf("threads saw other threads' values: %d", n)
	}
	if v := attr(t, th, loc, "x"); v != py.Int(1) {
		t.Fatalf("main thread's value is %v", v)
	}
}
