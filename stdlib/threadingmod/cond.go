package threadingmod

import (
	"fmt"
	"sync"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
)

// condLock is the lock under a Condition: a Go-native Lock or RLock, or
// any Python object with acquire and release methods.
type condLock interface {
	acquire(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error)
	release(th *py.Thread) error
	owned(th *py.Thread) (bool, error)
	// releaseSave releases the lock completely; restore re-acquires it.
	releaseSave(th *py.Thread) (any, error)
	restore(th *py.Thread, state any) error
}

type nativeLock struct{ l *Lock }

func (n nativeLock) acquire(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	d, err := acquireArgs(th, "acquire", args, kw)
	if err != nil {
		return nil, err
	}
	return py.Bool(n.l.Acquire(d)), nil
}
func (n nativeLock) release(th *py.Thread) error { return n.l.Release() }
func (n nativeLock) owned(th *py.Thread) (bool, error) {
	if n.l.Acquire(0) {
		n.l.Release()
		return false, nil
	}
	return true, nil
}
func (n nativeLock) releaseSave(th *py.Thread) (any, error) { return nil, n.l.Release() }
func (n nativeLock) restore(th *py.Thread, _ any) error {
	n.l.Acquire(Forever)
	return nil
}

type nativeRLock struct{ r *RLock }

func (n nativeRLock) acquire(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	d, err := acquireArgs(th, "acquire", args, kw)
	if err != nil {
		return nil, err
	}
	return py.Bool(n.r.Acquire(th.Ident(), d)), nil
}
func (n nativeRLock) release(th *py.Thread) error       { return n.r.Release(th.Ident()) }
func (n nativeRLock) owned(th *py.Thread) (bool, error) { return n.r.IsOwned(th.Ident()), nil }
func (n nativeRLock) releaseSave(th *py.Thread) (any, error) {
	return n.r.releaseAll(th.Ident())
}
func (n nativeRLock) restore(th *py.Thread, st any) error {
	n.r.restore(th.Ident(), st.(int))
	return nil
}

// pyLock adapts a Python object with acquire/release (and optionally
// _is_owned, _release_save, _acquire_restore), as CPython's Condition does.
type pyLock struct{ o py.Object }

func (p pyLock) acquire(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	return py.CallMethod(th, p.o, strAcquire, args, kw)
}
func (p pyLock) release(th *py.Thread) error {
	_, err := py.CallMethod0(th, p.o, strRelease)
	return err
}
func (p pyLock) owned(th *py.Thread) (bool, error) {
	if m, err := py.GetAttrOpt(th, p.o, strIsOwned); err != nil || m != nil {
		if err != nil {
			return false, err
		}
		r, err := py.Call0(th, m)
		if err != nil {
			return false, err
		}
		return py.Truth(th, r)
	}
	r, err := py.CallMethod1(th, p.o, strAcquire, py.False)
	if err != nil {
		return false, err
	}
	got, err := py.Truth(th, r)
	if err != nil {
		return false, err
	}
	if got {
		return false, p.release(th)
	}
	return true, nil
}
func (p pyLock) releaseSave(th *py.Thread) (any, error) {
	if m, err := py.GetAttrOpt(th, p.o, strReleaseSave); err != nil || m != nil {
		if err != nil {
			return nil, err
		}
		return py.Call0(th, m)
	}
	return nil, p.release(th)
}
func (p pyLock) restore(th *py.Thread, st any) error {
	if m, err := py.GetAttrOpt(th, p.o, strAcquireRestore); err != nil || m != nil {
		if err != nil {
			return err
		}
		_, err = py.Call1(th, m, st.(py.Object))
		return err
	}
	_, err := py.CallMethod0(th, p.o, strAcquire)
	return err
}

func adaptLock(o py.Object) condLock {
	switch v := o.(type) {
	case *Lock:
		return nativeLock{v}
	case *RLock:
		return nativeRLock{v}
	}
	return pyLock{o}
}

// Condition is threading.Condition.
type Condition struct {
	lockObj py.Object
	lock    condLock
	mu      sync.Mutex
	waiters []chan struct{}
}

// ConditionType is threading.Condition.
var ConditionType = py.NewType("Condition", "threading", nil, py.FlagBaseType)

// Type returns ConditionType.
func (c *Condition) Type() *py.Type { return ConditionType }

func condOf(o py.Object) *Condition {
	c, _ := py.Unwrap(o).(*Condition)
	return c
}

// Wait is Condition.wait: release the lock, wait for notify or the
// timeout, re-acquire. It reports whether it was notified.
func (c *Condition) Wait(th *py.Thread, d time.Duration) (bool, error) {
	owned, err := c.lock.owned(th)
	if err != nil {
		return false, err
	}
	if !owned {
		return false, py.NewError(py.RuntimeErrorType, "cannot wait on un-acquired lock")
	}
	ch := make(chan struct{}, 1)
	c.mu.Lock()
	c.waiters = append(c.waiters, ch)
	c.mu.Unlock()
	st, err := c.lock.releaseSave(th)
	if err != nil {
		c.remove(ch)
		return false, err
	}
	got := waitChan(ch, d)
	if !got && !c.remove(ch) {
		<-ch // notified while timing out
		got = true
	}
	return got, c.lock.restore(th, st)
}

// remove drops waiter ch; false if a notify already took it.
func (c *Condition) remove(ch chan struct{}) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, w := range c.waiters {
		if w == ch {
			c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
			return true
		}
	}
	return false
}

// Notify wakes up to n waiters (n < 0: all).
func (c *Condition) Notify(th *py.Thread, n int) error {
	owned, err := c.lock.owned(th)
	if err != nil {
		return err
	}
	if !owned {
		return py.NewError(py.RuntimeErrorType, "cannot notify on un-acquired lock")
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for len(c.waiters) > 0 && n != 0 {
		c.waiters[0] <- struct{}{}
		c.waiters = c.waiters[1:]
		n--
	}
	return nil
}

// waitFor is Condition.wait_for(predicate, timeout=None).
func (c *Condition) waitFor(th *py.Thread, pred, timeout py.Object) (py.Object, error) {
	var deadline time.Time
	hasTimeout := timeout != nil && timeout != py.None
	var wait time.Duration = Forever
	if hasTimeout {
		var err error
		if _, wait, err = Seconds(th, timeout); err != nil {
			return nil, err
		}
	}
	result, err := py.Call0(th, pred)
	if err != nil {
		return nil, err
	}
	for {
		ok, err := py.Truth(th, result)
		if err != nil || ok {
			return result, err
		}
		if hasTimeout {
			if deadline.IsZero() {
				deadline = time.Now().Add(wait)
			} else {
				wait = time.Until(deadline)
				if wait <= 0 {
					return result, nil
				}
			}
		}
		if _, err := c.Wait(th, wait); err != nil {
			return nil, err
		}
		if result, err = py.Call0(th, pred); err != nil {
			return nil, err
		}
	}
}

// Semaphore is threading.Semaphore and BoundedSemaphore.
type Semaphore struct {
	typ     *py.Type
	mu      sync.Mutex
	cond    Cond
	value   int64
	initial int64
	bounded bool
}

// Event is threading.Event.
type Event struct {
	mu   sync.Mutex
	cond Cond
	flag bool
}

// Barrier is threading.Barrier.
type Barrier struct {
	mu      sync.Mutex
	cond    Cond
	parties int
	action  py.Object
	timeout time.Duration
	state   int // 0 filling, 1 draining, -1 resetting, -2 broken
	count   int
}

// Types of the synchronisation objects.
var (
	SemaphoreType          = py.NewType("Semaphore", "threading", nil, py.FlagBaseType)
	BoundedSemaphoreType   = py.NewType("BoundedSemaphore", "threading", SemaphoreType, py.FlagBaseType)
	EventType              = py.NewType("Event", "threading", nil, py.FlagBaseType)
	BarrierType            = py.NewType("Barrier", "threading", nil, py.FlagBaseType)
	BrokenBarrierErrorType = py.NewType("BrokenBarrierError", "threading", py.RuntimeErrorType, py.FlagBaseType|py.FlagHasDict)
)

// Type returns the semaphore's type.
func (s *Semaphore) Type() *py.Type { return s.typ }

// Type returns EventType.
func (e *Event) Type() *py.Type { return EventType }

// Type returns BarrierType.
func (b *Barrier) Type() *py.Type { return BarrierType }

// NewEvent returns an unset Event.
func NewEvent() *Event {
	e := &Event{}
	e.cond.L = &e.mu
	return e
}

// Set sets the flag and wakes all waiters.
func (e *Event) Set() {
	e.mu.Lock()
	e.flag = true
	e.cond.Broadcast()
	e.mu.Unlock()
}

// Clear resets the flag.
func (e *Event) Clear() {
	e.mu.Lock()
	e.flag = false
	e.mu.Unlock()
}

// IsSet reports the flag.
func (e *Event) IsSet() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.flag
}

// Wait waits until the flag is set or d passes; it returns the flag.
func (e *Event) Wait(d time.Duration) bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.flag && d != 0 {
		e.cond.Wait(d)
	}
	return e.flag
}

// Acquire is Semaphore.acquire.
func (s *Semaphore) Acquire(blocking bool, d time.Duration) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	deadline := Deadline(d)
	for s.value == 0 {
		if !blocking {
			return false
		}
		if !s.cond.WaitUntil(deadline) && s.value == 0 {
			return false
		}
	}
	s.value--
	return true
}

// Release is Semaphore.release(n).
func (s *Semaphore) Release(n int64) error {
	if n < 1 {
		return py.NewError(py.ValueErrorType, "n must be one or more")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.bounded && s.value+n > s.initial {
		return py.NewError(py.ValueErrorType, "Semaphore released too many times")
	}
	s.value += n
	for i := int64(0); i < n; i++ {
		s.cond.Signal()
	}
	return nil
}

func brokenBarrier() error { return py.NewException(BrokenBarrierErrorType) }

// Wait is Barrier.wait: it returns the arrival index.
func (b *Barrier) Wait(th *py.Thread, d time.Duration) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.state == -1 || b.state == 1 {
		b.cond.Wait(Forever)
	}
	if b.state < 0 {
		return 0, brokenBarrier()
	}
	index := b.count
	b.count++
	defer func() {
		b.count--
		if b.count == 0 && (b.state == -1 || b.state == 1) {
			b.state = 0
			b.cond.Broadcast()
		}
	}()
	if index+1 == b.parties {
		if b.action != nil {
			// The action runs with the barrier locked, as in CPython.
			_, err := py.Call0(th, b.action)
			if err != nil {
				b.breakLocked()
				return 0, err
			}
		}
		b.state = 1
		b.cond.Broadcast()
		return index, nil
	}
	deadline := Deadline(d)
	for b.state == 0 {
		if !b.cond.WaitUntil(deadline) && b.state == 0 {
			b.breakLocked()
			return 0, brokenBarrier()
		}
	}
	if b.state < 0 {
		return 0, brokenBarrier()
	}
	return index, nil
}

func (b *Barrier) breakLocked() {
	b.state = -2
	b.cond.Broadcast()
}

func init() {
	ConditionType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return wrapNew(cls, ConditionType, &Condition{}), nil
	}
	ConditionType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		a, err := py.ParseArgs("Condition", args, kw, []string{"lock"}, 0)
		if err != nil {
			return err
		}
		c := condOf(self)
		lock := a[0]
		if lock == nil || lock == py.None {
			lock = NewRLock()
		}
		c.lockObj, c.lock = lock, adaptLock(lock)
		return nil
	}
	enter := func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return condOf(self).lock.acquire(th, args, kw)
	}
	py.DefMethod(ConditionType, "acquire", enter)
	py.DefMethod(ConditionType, "__enter__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return condOf(self).lock.acquire(th, nil, nil)
	})
	release := func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.None, condOf(self).lock.release(th)
	}
	py.DefMethod(ConditionType, "release", release)
	py.DefMethod(ConditionType, "__exit__", release)
	py.DefMethod(ConditionType, "_is_owned", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		ok, err := condOf(self).lock.owned(th)
		return py.Bool(ok), err
	})
	py.DefMethod(ConditionType, "wait", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("wait", args, kw, []string{"timeout"}, 0)
		if err != nil {
			return nil, err
		}
		d, err := condTimeout(th, a[0])
		if err != nil {
			return nil, err
		}
		ok, err := condOf(self).Wait(th, d)
		return py.Bool(ok), err
	})
	py.DefMethod(ConditionType, "wait_for", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("wait_for", args, kw, []string{"predicate", "timeout"}, 1)
		if err != nil {
			return nil, err
		}
		return condOf(self).waitFor(th, a[0], a[1])
	})
	py.DefMethod(ConditionType, "notify", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("notify", args, kw, []string{"n"}, 0)
		if err != nil {
			return nil, err
		}
		n := int64(1)
		if a[0] != nil {
			if n, err = intArg(th, a[0]); err != nil {
				return nil, err
			}
		}
		if n <= 0 {
			n = 0
		}
		return py.None, condOf(self).Notify(th, int(n))
	})
	notifyAll := func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.None, condOf(self).Notify(th, -1)
	}
	py.DefMethod(ConditionType, "notify_all", notifyAll)
	py.DefMethod(ConditionType, "notifyAll", notifyAll)
	ConditionType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		c := condOf(o)
		lr, err := py.Repr(th, c.lockObj)
		if err != nil {
			return nil, err
		}
		c.mu.Lock()
		n := len(c.waiters)
		c.mu.Unlock()
		return py.NewStr(fmt.Sprintf("<Condition(%s, %d)>", lr.String(), n)), nil
	}

	initSemaphores()
	initEvent()
	initBarrier()
}

func intArg(th *py.Thread, o py.Object) (int64, error) {
	r, err := py.Index(th, o)
	if err != nil {
		return 0, err
	}
	n, ok := r.(py.Int)
	if !ok {
		return 0, py.NewError(py.OverflowErrorType, "Python int too large to convert to C long")
	}
	return int64(n), nil
}

func semOf(o py.Object) *Semaphore {
	s, _ := py.Unwrap(o).(*Semaphore)
	return s
}

func initSemaphores() {
	newSem := func(builtin *py.Type) func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			s := &Semaphore{typ: builtin, bounded: builtin == BoundedSemaphoreType}
			s.cond.L = &s.mu
			return wrapNew(cls, builtin, s), nil
		}
	}
	SemaphoreType.Slots.New = newSem(SemaphoreType)
	BoundedSemaphoreType.Slots.New = newSem(BoundedSemaphoreType)
	SemaphoreType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		a, err := py.ParseArgs("Semaphore", args, kw, []string{"value"}, 0)
		if err != nil {
			return err
		}
		v := int64(1)
		if a[0] != nil {
			if v, err = intArg(th, a[0]); err != nil {
				return err
			}
		}
		if v < 0 {
			return py.NewError(py.ValueErrorType, "semaphore initial value must be >= 0")
		}
		s := semOf(self)
		s.mu.Lock()
		s.value, s.initial = v, v
		s.mu.Unlock()
		return nil
	}
	acquire := func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("acquire", args, kw, []string{"blocking", "timeout"}, 0)
		if err != nil {
			return nil, err
		}
		blocking := true
		if a[0] != nil {
			if blocking, err = py.Truth(th, a[0]); err != nil {
				return nil, err
			}
		}
		if !blocking && a[1] != nil && a[1] != py.None {
			return nil, py.NewError(py.ValueErrorType, "can't specify timeout for non-blocking acquire")
		}
		d := Forever
		if a[1] != nil && a[1] != py.None {
			if _, d, err = Seconds(th, a[1]); err != nil {
				return nil, err
			}
		}
		return py.Bool(semOf(self).Acquire(blocking, d)), nil
	}
	py.DefMethod(SemaphoreType, "acquire", acquire)
	py.DefMethod(SemaphoreType, "__enter__", acquire)
	py.DefMethod(SemaphoreType, "release", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("release", args, kw, []string{"n"}, 0)
		if err != nil {
			return nil, err
		}
		n := int64(1)
		if a[0] != nil {
			if n, err = intArg(th, a[0]); err != nil {
				return nil, err
			}
		}
		return py.None, semOf(self).Release(n)
	})
	py.DefMethod(SemaphoreType, "__exit__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.None, semOf(self).Release(1)
	})
	py.DefGetter(SemaphoreType, "_value", func(th *py.Thread, self py.Object) (py.Object, error) {
		s := semOf(self)
		s.mu.Lock()
		defer s.mu.Unlock()
		return py.Int(s.value), nil
	})
	py.DefGetter(BoundedSemaphoreType, "_initial_value", func(th *py.Thread, self py.Object) (py.Object, error) {
		s := semOf(self)
		s.mu.Lock()
		defer s.mu.Unlock()
		return py.Int(s.initial), nil
	})
	SemaphoreType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		s := semOf(o)
		s.mu.Lock()
		defer s.mu.Unlock()
		t := o.Type()
		v := fmt.Sprint(s.value)
		if s.bounded {
			v += fmt.Sprintf("/%d", s.initial)
		}
		return py.NewStr(fmt.Sprintf("<%s.%s at 0x%x: value=%s>", t.Module, t.QualName, py.Id(o), v)), nil
	}
}

func eventOf(o py.Object) *Event {
	e, _ := py.Unwrap(o).(*Event)
	return e
}

func initEvent() {
	EventType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.NoArgs("Event", args, kw); err != nil && cls == EventType {
			return nil, err
		}
		return wrapNew(cls, EventType, NewEvent()), nil
	}
	isSet := func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(eventOf(self).IsSet()), nil
	}
	py.DefMethod(EventType, "is_set", isSet)
	py.DefMethod(EventType, "isSet", isSet)
	py.DefMethod(EventType, "set", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		eventOf(self).Set()
		return py.None, nil
	})
	py.DefMethod(EventType, "clear", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		eventOf(self).Clear()
		return py.None, nil
	})
	py.DefMethod(EventType, "wait", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("wait", args, kw, []string{"timeout"}, 0)
		if err != nil {
			return nil, err
		}
		d, err := condTimeout(th, a[0])
		if err != nil {
			return nil, err
		}
		return py.Bool(eventOf(self).Wait(d)), nil
	})
	EventType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		st := "unset"
		if eventOf(o).IsSet() {
			st = "set"
		}
		t := o.Type()
		return py.NewStr(fmt.Sprintf("<%s.%s at 0x%x: %s>", t.Module, t.QualName, py.Id(o), st)), nil
	}
}

func barrierOf(o py.Object) *Barrier {
	b, _ := py.Unwrap(o).(*Barrier)
	return b
}

func initBarrier() {
	BarrierType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		b := &Barrier{}
		b.cond.L = &b.mu
		return wrapNew(cls, BarrierType, b), nil
	}
	BarrierType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		a, err := py.ParseArgs("Barrier", args, kw, []string{"parties", "action", "timeout"}, 1)
		if err != nil {
			return err
		}
		n, err := intArg(th, a[0])
		if err != nil {
			return err
		}
		if n < 1 {
			return py.NewError(py.ValueErrorType, "parties must be > 0")
		}
		d, err := Timeout(th, a[2])
		if err != nil {
			return err
		}
		b := barrierOf(self)
		b.mu.Lock()
		defer b.mu.Unlock()
		b.parties, b.timeout = int(n), d
		if a[1] != nil && a[1] != py.None {
			b.action = a[1]
		}
		return nil
	}
	py.DefMethod(BarrierType, "wait", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("wait", args, kw, []string{"timeout"}, 0)
		if err != nil {
			return nil, err
		}
		b := barrierOf(self)
		d := b.timeout
		if a[0] != nil && a[0] != py.None {
			if _, d, err = Seconds(th, a[0]); err != nil {
				return nil, err
			}
		}
		i, err := b.Wait(th, d)
		if err != nil {
			return nil, err
		}
		return py.Int(i), nil
	})
	py.DefMethod(BarrierType, "reset", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		b := barrierOf(self)
		b.mu.Lock()
		defer b.mu.Unlock()
		if b.count > 0 {
			if b.state == 0 || b.state == -2 {
				b.state = -1
			}
		} else {
			b.state = 0
		}
		b.cond.Broadcast()
		return py.None, nil
	})
	py.DefMethod(BarrierType, "abort", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		b := barrierOf(self)
		b.mu.Lock()
		defer b.mu.Unlock()
		b.breakLocked()
		return py.None, nil
	})
	py.DefGetter(BarrierType, "parties", func(th *py.Thread, self py.Object) (py.Object, error) {
		b := barrierOf(self)
		b.mu.Lock()
		defer b.mu.Unlock()
		return py.Int(b.parties), nil
	})
	py.DefGetter(BarrierType, "n_waiting", func(th *py.Thread, self py.Object) (py.Object, error) {
		b := barrierOf(self)
		b.mu.Lock()
		defer b.mu.Unlock()
		if b.state == 0 {
			return py.Int(b.count), nil
		}
		return py.Int(0), nil
	})
	py.DefGetter(BarrierType, "broken", func(th *py.Thread, self py.Object) (py.Object, error) {
		b := barrierOf(self)
		b.mu.Lock()
		defer b.mu.Unlock()
		return py.Bool(b.state == -2), nil
	})
	BarrierType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		b := barrierOf(o)
		b.mu.Lock()
		defer b.mu.Unlock()
		t := o.Type()
		if b.state == -2 {
			return py.NewStr(fmt.Sprintf("<%s.%s at 0x%x: broken>", t.Module, t.QualName, py.Id(o))), nil
		}
		n := 0
		if b.state == 0 {
			n = b.count
		}
		return py.NewStr(fmt.Sprintf("<%s.%s at 0x%x: waiters=%d/%d>", t.Module, t.QualName, py.Id(o), n, b.parties)), nil
	}
}

// Interned names used on hot paths (py.Intern takes a global lock).
var (
	strAcquire        = py.Intern("acquire")
	strRelease        = py.Intern("release")
	strIsOwned        = py.Intern("_is_owned")
	strReleaseSave    = py.Intern("_release_save")
	strAcquireRestore = py.Intern("_acquire_restore")
)
