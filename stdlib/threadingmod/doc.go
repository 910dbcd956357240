// Package threadingmod provides Python's threading and _thread modules for
// Pygo, implemented in Go.
//
// Pygo has no GIL: every Python thread is a goroutine with its own
// *py.Thread, and threads run in parallel on all cores. The primitives
// here are built on Go's sync package and channels:
//
//	_thread.lock (threading.Lock)  a channel with room for one token, so
//	                               acquire can honour a timeout
//	_thread.RLock                  a lock plus an owner ident and a count
//	Condition                      a list of one-shot waiter channels, as
//	                               CPython's Condition keeps waiter locks
//	Semaphore, Event, Barrier      a sync.Mutex and a Cond (this package's
//	                               timed condition variable)
//	Thread, Timer                  a goroutine; join waits on a channel
//	                               closed when run() returns
//	local                          one __dict__ per thread ident
//
// Threads are identified by their *py.Thread's Ident (threading.get_ident),
// which generators inherit from the thread that resumes them, so
// current_thread() is right inside generators too. The module keeps
// CPython's registry of active threads (enumerate, active_count), names
// threads as CPython does ("Thread-1 (worker)"), reports exceptions through
// threading.excepthook with CPython's "Exception in thread ..." header, and
// makes the program wait for non-daemon threads when the main module
// finishes (a py.AtExit hook registered when threading is first imported).
//
// Other Go packages (queue, concurrent.futures, the WSGI server) use the
// exported helpers: Cond for timed waits, Timeout for argument parsing,
// StartThread to run Go code as a Python thread, and ThreadDone to
// unregister a request thread.
package threadingmod
