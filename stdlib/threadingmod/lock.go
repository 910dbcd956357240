package threadingmod

import (
	"fmt"
	"sync/atomic"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
)

// Lock is _thread.lock (threading.Lock()): a non-reentrant lock that any
// thread may release. It is a channel holding at most one token, so that
// acquire can wait with a timeout.
type Lock struct {
	ch chan struct{}
}

// RLock is _thread.RLock: a reentrant lock owned by the thread that
// acquired it.
type RLock struct {
	lock  Lock
	owner atomic.Int64 // ident of the owning thread, 0 when free
	count atomic.Int64 // recursion level; only the owner changes it
}

// LockType and RLockType are the Python types of Lock and RLock.
var (
	LockType  = py.NewType("lock", "_thread", nil, 0)
	RLockType = py.NewType("RLock", "_thread", nil, py.FlagBaseType)
)

// NewLock returns an unlocked Lock.
func NewLock() *Lock { return &Lock{ch: make(chan struct{}, 1)} }

// NewRLock returns an unlocked RLock.
func NewRLock() *RLock { return &RLock{lock: Lock{ch: make(chan struct{}, 1)}} }

// Type returns LockType.
func (l *Lock) Type() *py.Type { return LockType }

// Type returns RLockType.
func (r *RLock) Type() *py.Type { return RLockType }

// Acquire takes the lock, waiting at most d (Forever: no limit; 0: do not
// wait). It reports whether the lock was taken.
func (l *Lock) Acquire(d time.Duration) bool {
	select {
	case l.ch <- struct{}{}:
		return true
	default:
	}
	if d == 0 {
		return false
	}
	if d < 0 {
		l.ch <- struct{}{}
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case l.ch <- struct{}{}:
		return true
	case <-t.C:
		return false
	}
}

// Release frees the lock; RuntimeError "release unlocked lock" if it is
// not locked.
func (l *Lock) Release() error {
	select {
	case <-l.ch:
		return nil
	default:
		return py.NewError(py.RuntimeErrorType, "release unlocked lock")
	}
}

// Locked reports whether the lock is held.
func (l *Lock) Locked() bool { return len(l.ch) == 1 }

// Acquire takes the lock for thread ident (reentrantly).
func (r *RLock) Acquire(ident int64, d time.Duration) bool {
	if r.owner.Load() == ident {
		r.count.Add(1)
		return true
	}
	if !r.lock.Acquire(d) {
		return false
	}
	r.owner.Store(ident)
	r.count.Store(1)
	return true
}

// Release undoes one Acquire by thread ident.
func (r *RLock) Release(ident int64) error {
	if r.owner.Load() != ident {
		return py.NewError(py.RuntimeErrorType, "cannot release un-acquired lock")
	}
	if r.count.Add(-1) == 0 {
		r.owner.Store(0)
		return r.lock.Release()
	}
	return nil
}

// IsOwned reports whether thread ident holds the lock.
func (r *RLock) IsOwned(ident int64) bool { return r.owner.Load() == ident }

// releaseAll frees the lock whatever the recursion level and returns the
// level (Condition.wait).
func (r *RLock) releaseAll(ident int64) (int, error) {
	if r.owner.Load() != ident {
		return 0, py.NewError(py.RuntimeErrorType, "cannot release un-acquired lock")
	}
	n := int(r.count.Load())
	r.count.Store(0)
	r.owner.Store(0)
	return n, r.lock.Release()
}

// restore re-acquires the lock at recursion level n.
func (r *RLock) restore(ident int64, n int) {
	r.lock.Acquire(Forever)
	r.owner.Store(ident)
	r.count.Store(int64(n))
}

// acquireArgs parses (blocking=True, timeout=-1) as _thread's locks do.
func acquireArgs(th *py.Thread, fname string, args []py.Object, kw *py.KwArgs) (time.Duration, error) {
	a, err := py.ParseArgs(fname, args, kw, []string{"blocking", "timeout"}, 0)
	if err != nil {
		return 0, err
	}
	blocking := true
	if a[0] != nil {
		if blocking, err = py.Truth(th, a[0]); err != nil {
			return 0, err
		}
	}
	secs := -1.0
	d := Forever
	if a[1] != nil {
		if secs, d, err = Seconds(th, a[1]); err != nil {
			return 0, err
		}
	}
	if !blocking {
		if secs != -1 {
			return 0, py.NewError(py.ValueErrorType, "can't specify a timeout for a non-blocking call")
		}
		return 0, nil
	}
	if secs == -1 {
		return Forever, nil
	}
	if secs < 0 {
		return 0, py.NewError(py.ValueErrorType, "timeout value must be positive")
	}
	return d, nil
}

func lockOf(o py.Object) *Lock {
	l, _ := py.Unwrap(o).(*Lock)
	return l
}

func rlockOf(o py.Object) *RLock {
	r, _ := py.Unwrap(o).(*RLock)
	return r
}

func init() {
	LockType.Doc = "A lock object is a synchronization primitive."
	acquire := func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		d, err := acquireArgs(th, "acquire", args, kw)
		if err != nil {
			return nil, err
		}
		return py.Bool(lockOf(self).Acquire(d)), nil
	}
	release := func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.NoArgs("lock.release", args, kw); err != nil {
			return nil, err
		}
		return py.None, lockOf(self).Release()
	}
	locked := func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(lockOf(self).Locked()), nil
	}
	for _, n := range []string{"acquire", "acquire_lock", "__enter__"} {
		py.DefMethod(LockType, n, acquire)
	}
	for _, n := range []string{"release", "release_lock"} {
		py.DefMethod(LockType, n, release)
	}
	py.DefMethod(LockType, "__exit__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.None, lockOf(self).Release()
	})
	py.DefMethod(LockType, "locked", locked)
	py.DefMethod(LockType, "locked_lock", locked)
	LockType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		state := "unlocked"
		if lockOf(o).Locked() {
			state = "locked"
		}
		return py.NewStr(fmt.Sprintf("<%s _thread.lock object at 0x%x>", state, py.Id(o))), nil
	}

	RLockType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return wrapNew(cls, RLockType, NewRLock()), nil
	}
	racquire := func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		d, err := acquireArgs(th, "acquire", args, kw)
		if err != nil {
			return nil, err
		}
		return py.Bool(rlockOf(self).Acquire(th.Ident(), d)), nil
	}
	py.DefMethod(RLockType, "acquire", racquire)
	py.DefMethod(RLockType, "__enter__", racquire)
	py.DefMethod(RLockType, "release", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.NoArgs("RLock.release", args, kw); err != nil {
			return nil, err
		}
		return py.None, rlockOf(self).Release(th.Ident())
	})
	py.DefMethod(RLockType, "__exit__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.None, rlockOf(self).Release(th.Ident())
	})
	py.DefMethod(RLockType, "_is_owned", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(rlockOf(self).IsOwned(th.Ident())), nil
	})
	py.DefMethod(RLockType, "_release_save", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		r := rlockOf(self)
		if r.owner.Load() == 0 {
			return nil, py.NewError(py.RuntimeErrorType, "cannot release un-acquired lock")
		}
		owner := r.owner.Load()
		n, err := r.releaseAll(owner)
		if err != nil {
			return nil, err
		}
		return py.NewTuple([]py.Object{py.Int(n), py.Int(owner)}), nil
	})
	py.DefMethod(RLockType, "_acquire_restore", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("RLock._acquire_restore", args, kw); err != nil {
			return nil, err
		}
		st, err := py.Unpack(th, args[0], 2)
		if err != nil {
			return nil, err
		}
		n, _ := st[0].(py.Int)
		owner, _ := st[1].(py.Int)
		rlockOf(self).restore(int64(owner), int(n))
		return py.None, nil
	})
	RLockType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		r := rlockOf(o)
		state := "unlocked"
		owner := r.owner.Load()
		count := int64(0)
		if owner != 0 {
			state = "locked"
			count = r.count.Load()
		}
		return py.NewStr(fmt.Sprintf("<%s %s.%s object owner=%d count=%d at 0x%x>", state,
			o.Type().Module, o.Type().QualName, owner, count, py.Id(o))), nil
	}
}

// wrapNew returns v as an instance of cls: v itself when cls is the
// built-in type, else a subclass instance extending v.
func wrapNew(cls, builtin *py.Type, v py.Object) py.Object {
	if cls == builtin || cls.Flags&py.FlagHeapType == 0 {
		return v
	}
	in := py.NewInstance(cls)
	in.Base = v
	return in
}
