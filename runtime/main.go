package py

// Main: the entry point of a compiled program.

import (
	"fmt"
	"os"
	"os/signal"
	"sync"
)

var (
	atExitMu sync.Mutex
	atExit   []func(th *Thread)
)

// AtExit registers fn to run when Main finishes (after the main module,
// before streams are flushed): the atexit and threading modules use it.
// Functions run in reverse order of registration.
func AtExit(fn func(th *Thread)) {
	atExitMu.Lock()
	atExit = append(atExit, fn)
	atExitMu.Unlock()
}

// Main runs module name as __main__ and exits the process: status 0, or 1
// after printing the traceback of an uncaught exception on stderr, or the
// status SystemExit asks for.
func Main(name string) {
	os.Exit(RunMain(name))
}

// RunMain runs module name as __main__ and returns the exit status
// (Main without os.Exit, for tests).
func RunMain(name string) int {
	defer startProfiling()()
	readyAll()
	th := NewThread()
	th.main = true
	stopSignals := catchInterrupt()
	defer stopSignals()
	catchSIGPIPE()
	def := LookupModuleDef(name)
	if def == nil {
		fmt.Fprintf(os.Stderr, "pygo: no module named '%s' is linked into this program\n", name)
		return 1
	}
	m := newModuleFromDef("__main__", def)
	m.state = modRunning
	m.importer = th
	m.done = make(chan struct{})
	key := NewStr("__main__")
	SysModules.SetStr(key, m)
	err := runModuleBody(th, m)
	importMu.Lock()
	m.state = modDone
	m.importer = nil
	close(m.done)
	importMu.Unlock()
	status := 0
	if err != nil {
		status = handleUncaught(th, err)
	}
	if st := runAtExit(th); st >= 0 && status == 0 {
		status = st
	}
	FlushStdStreams(th)
	return status
}

// runAtExit runs the exit hooks; it returns an exit status if a hook
// raised SystemExit, else -1.
func runAtExit(th *Thread) (status int) {
	status = -1
	atExitMu.Lock()
	fns := atExit
	atExit = nil
	atExitMu.Unlock()
	for i := len(fns) - 1; i >= 0; i-- {
		func() {
			defer func() {
				if r := recover(); r != nil {
					status = handleUncaught(th, PanicError(r))
				}
			}()
			fns[i](th)
		}()
	}
	return status
}

// catchInterrupt turns SIGINT into KeyboardInterrupt in the main thread
// (a second SIGINT before it is delivered exits at once with status 130).
func catchInterrupt() (stop func()) {
	c := make(chan os.Signal, 2)
	signal.Notify(c, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-c:
				if interruptPending.Swap(true) {
					FlushStdStreams(nil)
					os.Exit(130)
				}
				updateEnterGate()
				notifyInterrupt()
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(c)
		close(done)
	}
}

// handleUncaught reports an exception that reached the top of the
// program and returns the exit status.
func handleUncaught(th *Thread, err error) int {
	e := AsException(err)
	if e.Type().IsSubtype(SystemExitType) {
		return systemExitStatus(th, e)
	}
	status := 1
	if e.Type().IsSubtype(KeyboardInterruptType) {
		status = 130 // CPython re-raises SIGINT: the shell sees 128+2
	}
	// CPython flushes sys.stdout before printing the traceback.
	FlushStdStreams(th)
	stderr := sysStream("stderr")
	if w, ok := stderr.(*TextWriter); ok || stderr == nil || stderr == None {
		if w == nil {
			w = Stderr
		}
		PrintException(th, w, e)
		w.Flush()
	} else {
		var buf stringWriter
		PrintException(th, &buf, e)
		WriteTo(th, stderr, buf.String())
	}
	return status
}

type stringWriter struct{ b []byte }

func (w *stringWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

func (w *stringWriter) String() string { return string(w.b) }

// systemExitStatus applies CPython's rules for SystemExit's code: None →
// 0, an int → that status, anything else is printed to stderr → 1.
func systemExitStatus(th *Thread, e *BaseException) int {
	var code Object = None
	if e.Args != nil {
		switch len(e.Args.Items) {
		case 0:
		case 1:
			code = e.Args.Items[0]
		default:
			code = e.Args
		}
	}
	if code == None {
		return 0
	}
	if n, ok := Unwrap(code).(Int); ok {
		return int(n) & 0xff
	}
	if b, ok := code.(Bool); ok {
		if b {
			return 1
		}
		return 0
	}
	FlushStdStreams(th)
	s, err := StrOf(th, code)
	if err == nil {
		WriteTo(th, sysStreamOr("stderr"), s.String()+"\n")
	}
	return 1
}

func sysStreamOr(name string) Object {
	if s := sysStream(name); s != nil && s != None {
		return s
	}
	return Stderr
}
