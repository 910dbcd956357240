package threadingmod

import (
	"math"
	"sync"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// Forever is the Duration that Timeout returns for "no timeout".
const Forever time.Duration = -1

// timeoutMax is _thread.TIMEOUT_MAX in seconds (CPython's value on Linux).
const timeoutMax = 9223372036.0

// Cond is a condition variable bound to a sync.Mutex whose waits can time
// out (sync.Cond cannot). The zero value is not usable: set L.
type Cond struct {
	L       *sync.Mutex
	waiters []chan struct{}
}

// NewCond returns a Cond using mu.
func NewCond(mu *sync.Mutex) *Cond { return &Cond{L: mu} }

// Wait atomically unlocks c.L, waits for Signal/Broadcast or for d to pass
// (d < 0: no limit), and locks c.L again. It reports whether it was woken
// by a signal. The caller must hold c.L.
func (c *Cond) Wait(d time.Duration) bool {
	ch := make(chan struct{}, 1)
	c.waiters = append(c.waiters, ch)
	c.L.Unlock()
	woken := waitChan(ch, d)
	c.L.Lock()
	if woken {
		return true
	}
	for i, w := range c.waiters {
		if w == ch {
			c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
			return false
		}
	}
	// Signalled between the timeout and re-locking: the token is there.
	<-ch
	return true
}

// WaitUntil is Wait with an absolute deadline (zero: no limit); it reports
// false once the deadline has passed.
func (c *Cond) WaitUntil(deadline time.Time) bool {
	if deadline.IsZero() {
		return c.Wait(Forever)
	}
	d := time.Until(deadline)
	if d <= 0 {
		return false
	}
	return c.Wait(d)
}

// Signal wakes one waiter, if any. The caller must hold c.L.
func (c *Cond) Signal() {
	if len(c.waiters) > 0 {
		ch := c.waiters[0]
		c.waiters = c.waiters[1:]
		ch <- struct{}{}
	}
}

// Broadcast wakes every waiter. The caller must hold c.L.
func (c *Cond) Broadcast() {
	for _, ch := range c.waiters {
		ch <- struct{}{}
	}
	c.waiters = nil
}

// waitChan receives from ch, giving up after d (d < 0: never).
func waitChan(ch <-chan struct{}, d time.Duration) bool {
	if d < 0 {
		<-ch
		return true
	}
	if d == 0 {
		select {
		case <-ch:
			return true
		default:
			return false
		}
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ch:
		return true
	case <-t.C:
		return false
	}
}

// Seconds converts a Python number of seconds to a Duration (OverflowError
// "timeout value is too large" past TIMEOUT_MAX).
func Seconds(th *py.Thread, o py.Object) (float64, time.Duration, error) {
	f, err := modutil.Float(th, o)
	if err != nil {
		return 0, 0, err
	}
	if math.IsNaN(f) {
		return 0, 0, py.NewError(py.ValueErrorType, "Invalid value NaN (not a number)")
	}
	if f > timeoutMax {
		return 0, 0, py.NewError(py.OverflowErrorType, "timeout value is too large")
	}
	if f <= 0 {
		return f, 0, nil
	}
	return f, time.Duration(f * float64(time.Second)), nil
}

// Timeout parses an optional timeout argument as the Python-level
// primitives do: nil or None means Forever; negative values raise
// ValueError "'timeout' must be a non-negative number" (queue's wording).
func Timeout(th *py.Thread, o py.Object) (time.Duration, error) {
	if o == nil || o == py.None {
		return Forever, nil
	}
	f, d, err := Seconds(th, o)
	if err != nil {
		return 0, err
	}
	if f < 0 {
		return 0, py.NewError(py.ValueErrorType, "'timeout' must be a non-negative number")
	}
	return d, nil
}

// condTimeout parses Condition.wait's timeout: None waits forever, a
// non-positive number does not wait at all (as CPython's Condition.wait).
func condTimeout(th *py.Thread, o py.Object) (time.Duration, error) {
	if o == nil || o == py.None {
		return Forever, nil
	}
	_, d, err := Seconds(th, o)
	return d, err
}

// Deadline returns the absolute deadline for d (zero Time for Forever).
func Deadline(d time.Duration) time.Time {
	if d < 0 {
		return time.Time{}
	}
	return time.Now().Add(d)
}
