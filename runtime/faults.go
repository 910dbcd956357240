package py

// Run-time faults that the host system reports outside Python's control
// flow, turned into Python exceptions as CPython does: a closed stdout pipe
// (BrokenPipeError from the write, not death by SIGPIPE), SIGINT during a
// sleep (KeyboardInterrupt at once), and allocations larger than the
// machine can ever satisfy (MemoryError, not Go's fatal "out of memory").

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// interruptWake wakes a sleeping main thread when SIGINT arrives.
var interruptWake = make(chan struct{}, 1)

// notifyInterrupt is called by the SIGINT handler after setting
// interruptPending.
func notifyInterrupt() {
	select {
	case interruptWake <- struct{}{}:
	default:
	}
}

// CheckInterrupt returns KeyboardInterrupt when SIGINT arrived and th is
// the main thread (clearing the request), else nil. Long-running Go code
// called from Python (loops, waits) calls it to stay interruptible.
func (th *Thread) CheckInterrupt() error {
	if th != nil && th.main && interruptPending.Load() && interruptPending.CompareAndSwap(true, false) {
		updateEnterGate()
		e := NewException(KeyboardInterruptType)
		e.CaptureTraceback(1)
		return e
	}
	return nil
}

// Sleep waits for d. In the main thread SIGINT ends the wait at once with
// KeyboardInterrupt, as in CPython's time.sleep.
func Sleep(th *Thread, d time.Duration) error {
	if th == nil || !th.main {
		time.Sleep(d)
		return nil
	}
	if err := th.CheckInterrupt(); err != nil {
		return err
	}
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			return nil
		case <-interruptWake:
			if err := th.CheckInterrupt(); err != nil {
				return err
			}
		}
	}
}

var (
	allocLimitOnce sync.Once
	allocLimit     int64
)

// maxAllocBytes is the size above which an allocation cannot succeed on
// this machine: its physical memory plus swap (or the address-space
// limit, when lower). Go treats a failed allocation as a fatal error, so
// requests above it are refused up front with MemoryError.
func maxAllocBytes() int64 {
	allocLimitOnce.Do(func() {
		allocLimit = 1 << 40 // when the machine cannot tell
		if f, err := os.Open("/proc/meminfo"); err == nil {
			var total int64
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				fields := strings.Fields(sc.Text())
				if len(fields) >= 2 && (fields[0] == "MemTotal:" || fields[0] == "SwapTotal:") {
					if kb, err := strconv.ParseInt(fields[1], 10, 64); err == nil {
						total += kb * 1024
					}
				}
			}
			f.Close()
			if total > 0 {
				allocLimit = total
			}
		}
		if as := addressSpaceLimit(); as > 0 && as < allocLimit {
			allocLimit = as
		}
	})
	return allocLimit
}

// CheckAlloc returns MemoryError when n items of size bytes each (n >= 0)
// cannot be allocated on this machine. Code that sizes an allocation from a
// Python value (repetition, padding, bytearray(n)) calls it first.
func CheckAlloc(n, size int64) error {
	if size < 1 {
		size = 1
	}
	if n > 0 && n > maxAllocBytes()/size {
		return NewException(MemoryErrorType)
	}
	return nil
}

// streamWriteError is the exception for a failed write to a standard
// stream, as CPython reports it: the errno's OSError subclass with C's
// strerror text and no file name ("BrokenPipeError: [Errno 32] Broken
// pipe"), with the traceback of the Python code that wrote.
func streamWriteError(err error) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return AsException(err)
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return NewOSError(int(errno), msg, nil)
}

// seqIndexError turns the OverflowError of an index beyond int64 into the
// IndexError CPython raises for sequence subscripts ([1][2**70]).
func seqIndexError(err error, key Object) error {
	if e, ok := err.(*BaseException); ok && e.Type() == OverflowErrorType {
		return NewError(IndexErrorType, "cannot fit '%s' into an index-sized integer", key.Type().Name)
	}
	return err
}

// Interrupted reports whether SIGINT waits to be raised in th (the main
// thread). Loops in generated code poll it once per iteration (one atomic
// load), so a loop that calls no function can still be interrupted; they
// then raise th.CheckInterrupt().
func (th *Thread) Interrupted() bool {
	return interruptPending.Load() && th.main
}
