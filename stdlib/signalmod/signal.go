// Package signalmod provides the basics of Python's signal module for
// Pygo: the signal numbers as the Signals IntEnum, Handlers (SIG_DFL,
// SIG_IGN), signal/getsignal, raise_signal, alarm, strsignal,
// valid_signals, default_int_handler and NSIG.
//
// Differences from CPython, which runs handlers in the main thread
// between bytecodes: a handler installed with signal() runs on its own
// Python thread when the process receives the signal (raise_signal calls
// it synchronously, so code that raises a signal at itself sees the
// handler run before raise_signal returns, as in CPython), and its frame
// argument is None. SIGINT stays with the runtime, which turns it into
// KeyboardInterrupt in the main thread: signal(SIGINT, SIG_IGN) ignores
// Ctrl-C for the rest of the run; any other SIGINT handler is recorded
// (getsignal returns it, raise_signal calls it) while Ctrl-C keeps
// raising KeyboardInterrupt. Missing: setitimer/getitimer, pause, sigwait,
// pthread_kill, set_wakeup_fd (returns -1), siginterrupt (no-op).
package signalmod

import (
	"os"
	"os/signal"
	"strings"
	"sync"
	"syscall"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// nsig is signal.NSIG on Linux.
const nsig = 65

var names = []struct {
	name string
	num  syscall.Signal
}{
	{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4}, {"SIGTRAP", 5}, {"SIGABRT", 6},
	{"SIGIOT", 6}, {"SIGBUS", 7}, {"SIGFPE", 8}, {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGSEGV", 11},
	{"SIGUSR2", 12}, {"SIGPIPE", 13}, {"SIGALRM", 14}, {"SIGTERM", 15}, {"SIGSTKFLT", 16},
	{"SIGCHLD", 17}, {"SIGCONT", 18}, {"SIGSTOP", 19}, {"SIGTSTP", 20}, {"SIGTTIN", 21},
	{"SIGTTOU", 22}, {"SIGURG", 23}, {"SIGXCPU", 24}, {"SIGXFSZ", 25}, {"SIGVTALRM", 26},
	{"SIGPROF", 27}, {"SIGWINCH", 28}, {"SIGIO", 29}, {"SIGPOLL", 29}, {"SIGPWR", 30}, {"SIGSYS", 31},
	{"SIGRTMIN", 34}, {"SIGRTMAX", 64},
}

// state is the module's handler table, shared by all threads.
type state struct {
	mu       sync.Mutex
	handlers map[int]py.Object
	chans    map[int]chan os.Signal
	alarmAt  time.Time
	alarm    *time.Timer
	sigs     py.Object // the Signals enum
	dfl, ign py.Object
	intH     py.Object // default_int_handler
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "signal", Doc: "This module provides mechanisms to use signal handlers in Python.", Body: body})
}

func body(th *py.Thread, m *py.Module) error {
	mod := modutil.New(m)
	st := &state{handlers: map[int]py.Object{}, chans: map[int]chan os.Signal{}}
	enum, err := py.ImportModule(th, "enum")
	if err != nil {
		return err
	}
	intEnum, err := pyutil.Attr(th, enum, "IntEnum")
	if err != nil {
		return err
	}
	var members []py.Object
	for _, n := range names {
		members = append(members, py.NewTuple([]py.Object{py.NewStr(n.name), py.Int(n.num)}))
	}
	if st.sigs, err = py.Call(th, intEnum, []py.Object{py.NewStr("Signals"), py.NewList(members)}, pyutil.Kw("module", py.NewStr("signal"))); err != nil {
		return err
	}
	handlers, err := py.Call(th, intEnum, []py.Object{py.NewStr("Handlers"), py.NewList([]py.Object{
		py.NewTuple([]py.Object{py.NewStr("SIG_DFL"), py.Int(0)}), py.NewTuple([]py.Object{py.NewStr("SIG_IGN"), py.Int(1)})})},
		pyutil.Kw("module", py.NewStr("signal")))
	if err != nil {
		return err
	}
	if st.dfl, err = pyutil.Attr(th, handlers, "SIG_DFL"); err != nil {
		return err
	}
	if st.ign, err = pyutil.Attr(th, handlers, "SIG_IGN"); err != nil {
		return err
	}
	mod.Set("Signals", st.sigs)
	mod.Set("Handlers", handlers)
	mod.Set("SIG_DFL", st.dfl)
	mod.Set("SIG_IGN", st.ign)
	mod.Set("NSIG", py.Int(nsig))
	for _, n := range names {
		v, err := pyutil.Attr(th, st.sigs, n.name)
		if err != nil {
			return err
		}
		mod.Set(n.name, v)
	}
	st.intH = mod.Func("default_int_handler", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return nil, py.NewException(py.KeyboardInterruptType)
	})
	st.handlers[int(syscall.SIGINT)] = st.intH
	st.handlers[int(syscall.SIGPIPE)] = st.ign

	mod.Func("getsignal", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("getsignal", args, kw, 1); err != nil {
			return nil, err
		}
		n, err := signum(th, args[0])
		if err != nil {
			return nil, err
		}
		st.mu.Lock()
		defer st.mu.Unlock()
		if h, ok := st.handlers[n]; ok {
			return h, nil
		}
		return st.dfl, nil
	})
	mod.Func("signal", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("signal", args, kw, 2); err != nil {
			return nil, err
		}
		n, err := signum(th, args[0])
		if err != nil {
			return nil, err
		}
		h := args[1]
		isDfl, _ := py.Equal(th, h, py.Int(0))
		isIgn, _ := py.Equal(th, h, py.Int(1))
		if !isDfl && !isIgn && !py.Callable(h) {
			return nil, py.NewError(py.TypeErrorType, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
		}
		if n == int(syscall.SIGKILL) || n == int(syscall.SIGSTOP) {
			return nil, py.NewOSError(int(syscall.EINVAL), "Invalid argument", nil)
		}
		st.mu.Lock()
		defer st.mu.Unlock()
		old, ok := st.handlers[n]
		if !ok {
			old = st.dfl
		}
		sig := syscall.Signal(n)
		if c := st.chans[n]; c != nil {
			signal.Stop(c)
			delete(st.chans, n)
		}
		switch {
		case isIgn:
			signal.Ignore(sig)
		case n == int(syscall.SIGINT):
			// The runtime's own handler keeps turning SIGINT into
			// KeyboardInterrupt (Go cannot hand it back after Ignore).
		case isDfl:
			signal.Reset(sig)
		default:
			c := make(chan os.Signal, 4)
			signal.Notify(c, sig)
			st.chans[n] = c
			go func() {
				for range c {
					st.mu.Lock()
					cur := st.handlers[n]
					st.mu.Unlock()
					if cur != nil && py.Callable(cur) {
						t := py.NewThread()
						if _, err := py.Call2(t, cur, py.Int(n), py.None); err != nil {
							py.PrintException(t, os.Stderr, py.AsException(err))
						}
					}
				}
			}()
		}
		st.handlers[n] = h
		return old, nil
	})
	mod.Func("raise_signal", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("raise_signal", args, kw, 1); err != nil {
			return nil, err
		}
		n, err := signum(th, args[0])
		if err != nil {
			return nil, err
		}
		st.mu.Lock()
		h, ok := st.handlers[n]
		st.mu.Unlock()
		if ok && py.Callable(h) {
			_, err := py.Call2(th, h, py.Int(n), py.None)
			return py.None, err
		}
		if ok {
			if ign, _ := py.Equal(th, h, py.Int(1)); ign {
				return py.None, nil
			}
		}
		if err := syscall.Kill(os.Getpid(), syscall.Signal(n)); err != nil {
			return nil, py.AsException(err)
		}
		return py.None, nil
	})
	mod.Func("alarm", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("alarm", args, kw, 1); err != nil {
			return nil, err
		}
		secs, err := modutil.Int64(th, args[0])
		if err != nil {
			return nil, err
		}
		st.mu.Lock()
		defer st.mu.Unlock()
		left := int64(0)
		if st.alarm != nil && st.alarm.Stop() {
			left = int64(time.Until(st.alarmAt).Seconds() + 0.999)
		}
		st.alarm = nil
		if secs > 0 {
			st.alarmAt = time.Now().Add(time.Duration(secs) * time.Second)
			st.alarm = time.AfterFunc(time.Duration(secs)*time.Second, func() {
				syscall.Kill(os.Getpid(), syscall.SIGALRM)
			})
		}
		return py.Int(left), nil
	})
	mod.Func("strsignal", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("strsignal", args, kw, 1); err != nil {
			return nil, err
		}
		n, err := signum(th, args[0])
		if err != nil {
			return nil, err
		}
		s := syscall.Signal(n).String()
		if strings.HasPrefix(s, "signal ") {
			if n >= 34 {
				return py.NewStr("Real-time signal " + itoa(n-34)), nil
			}
			return py.None, nil
		}
		return py.NewStr(strings.ToUpper(s[:1]) + s[1:]), nil
	})
	mod.Func("valid_signals", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		out := py.NewSet()
		for n := 1; n < nsig; n++ {
			if n == 32 || n == 33 {
				continue // reserved by the C library
			}
			v, err := py.Call1(th, st.sigs, py.Int(n))
			if err != nil {
				v = py.Int(n)
			}
			if err := out.Add(th, v); err != nil {
				return nil, err
			}
		}
		return out, nil
	})
	mod.Func("siginterrupt", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.None, modutil.Exactly("siginterrupt", args, kw, 2)
	})
	mod.Func("set_wakeup_fd", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Int(-1), nil
	})
	return nil
}

func signum(th *py.Thread, o py.Object) (int, error) {
	n, err := modutil.Int64(th, o)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= nsig {
		return 0, py.NewError(py.ValueErrorType, "signal number out of range")
	}
	return int(n), nil
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
