// Package asynciomod provides a core of Python's asyncio for Pygo: an
// event loop driving coroutines compiled by Pygo (async def / await).
//
// Provided: run, sleep, gather, create_task, ensure_future, wait_for,
// get_running_loop / get_event_loop (time, call_soon, call_later,
// call_soon_threadsafe, create_future, create_task, run_in_executor),
// to_thread, iscoroutine, Future, Task, Event, Lock, Queue (unbounded),
// CancelledError, TimeoutError, InvalidStateError.
//
// The loop runs on the Python thread that calls asyncio.run, as in
// CPython. Because Pygo has no GIL, run_in_executor and to_thread run
// their functions truly in parallel on other goroutines (each with its own
// Python thread state) and hand the result back to the loop.
//
// Not provided: network streams and transports, subprocesses, signals,
// TaskGroup, timeouts(), Semaphore/Condition, bounded Queue; importing
// asyncio works, using a missing name raises AttributeError.
package asynciomod

import (
	"container/heap"
	"fmt"
	"strings"
	"sync"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
)

// callback is work scheduled on the loop.
type callback func(th *py.Thread)

type timer struct {
	when      time.Time
	fn        callback
	cancelled bool
	index     int
}

type timerHeap []*timer

func (h timerHeap) Len() int           { return len(h) }
func (h timerHeap) Less(i, j int) bool { return h[i].when.Before(h[j].when) }
func (h timerHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i]; h[i].index = i; h[j].index = j }
func (h *timerHeap) Push(x any)        { t := x.(*timer); t.index = len(*h); *h = append(*h, t) }
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	*h = old[:len(old)-1]
	return t
}

// Loop is an asyncio event loop.
type Loop struct {
	ready  []callback
	timers timerHeap
	start  time.Time

	mu       sync.Mutex // guards external and wake
	external []callback
	wake     chan struct{}
	closed   bool
}

// LoopType is the Python type of Loop.
var LoopType = py.NewType("_PygoEventLoop", "asyncio", nil, 0)

// Type returns LoopType.
func (l *Loop) Type() *py.Type { return LoopType }

// NewLoop returns an empty loop.
func NewLoop() *Loop { return &Loop{start: time.Now(), wake: make(chan struct{}, 1)} }

// callSoon schedules fn on the loop (loop thread only).
func (l *Loop) callSoon(fn callback) { l.ready = append(l.ready, fn) }

// callLater schedules fn after d (loop thread only).
func (l *Loop) callLater(d time.Duration, fn callback) *timer {
	t := &timer{when: time.Now().Add(d), fn: fn}
	heap.Push(&l.timers, t)
	return t
}

// callSoonThreadsafe schedules fn from any goroutine.
func (l *Loop) callSoonThreadsafe(fn callback) {
	l.mu.Lock()
	l.external = append(l.external, fn)
	l.mu.Unlock()
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// runUntil runs callbacks until done reports true.
func (l *Loop) runUntil(th *py.Thread, done func() bool) error {
	for !done() {
		l.mu.Lock()
		ext := l.external
		l.external = nil
		l.mu.Unlock()
		l.ready = append(l.ready, ext...)
		now := time.Now()
		for len(l.timers) > 0 && !l.timers[0].when.After(now) {
			t := heap.Pop(&l.timers).(*timer)
			if !t.cancelled {
				l.ready = append(l.ready, t.fn)
			}
		}
		if len(l.ready) == 0 {
			var tc <-chan time.Time
			var tm *time.Timer
			if len(l.timers) > 0 {
				tm = time.NewTimer(time.Until(l.timers[0].when))
				tc = tm.C
			} else if !l.hasPending() {
				return py.NewError(py.RuntimeErrorType, "Event loop stopped before Future completed.")
			}
			select {
			case <-l.wake:
			case <-tc:
			}
			if tm != nil {
				tm.Stop()
			}
			continue
		}
		batch := l.ready
		l.ready = nil
		for _, fn := range batch {
			fn(th)
		}
	}
	return nil
}

// pending counts work running elsewhere (executor calls) that will call
// back into the loop.
var pendingMu sync.Mutex
var pendingCount = map[*Loop]int{}

func (l *Loop) hasPending() bool {
	pendingMu.Lock()
	defer pendingMu.Unlock()
	return pendingCount[l] > 0
}

func (l *Loop) addPending(n int) {
	pendingMu.Lock()
	pendingCount[l] += n
	if pendingCount[l] == 0 {
		delete(pendingCount, l)
	}
	pendingMu.Unlock()
}

// The running loop of each Python thread, by ident.
var (
	runningMu sync.Mutex
	running   = map[int64]*Loop{}
)

func runningLoop(th *py.Thread) *Loop {
	runningMu.Lock()
	defer runningMu.Unlock()
	return running[th.Ident()]
}

func needLoop(th *py.Thread) (*Loop, error) {
	if l := runningLoop(th); l != nil {
		return l, nil
	}
	return nil, py.NewError(py.RuntimeErrorType, "no running event loop")
}

// reportCallbackError prints an exception raised by a callback.
func reportCallbackError(th *py.Thread, what string, err error) {
	var b strings.Builder
	fmt.Fprintf(&b, "Exception in callback %s\n", what)
	py.PrintException(th, &b, py.AsException(err))
	writeStderr(th, b.String())
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
