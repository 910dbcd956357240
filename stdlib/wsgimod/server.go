package wsgimod

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/threadingmod"
)

// Server is a WSGI server (wsgiref.simple_server.WSGIServer): a listening
// socket bound at creation, served by net/http once serve_forever runs.
type Server struct {
	mu        sync.Mutex
	app       py.Object
	host      string
	port      int
	ln        net.Listener
	srv       *http.Server
	serving   bool
	closed    bool
	accessLog bool
	hostStr   *py.Str // SERVER_NAME
	portStr   *py.Str // SERVER_PORT
	errOnce   sync.Once
	errStream py.Object     // wsgi.errors: sys.stderr when the first request came
	done      chan struct{} // closed when serve_forever returns
}

// ServerType is wsgiref.simple_server.WSGIServer.
var ServerType = py.NewType("WSGIServer", "wsgiref.simple_server", nil, 0)

// Type returns ServerType.
func (s *Server) Type() *py.Type { return ServerType }

// NewServer binds host:port (port 0 picks a free port) for app.
func NewServer(host string, port int, app py.Object) (*Server, error) {
	ln, err := net.Listen("tcp", net.JoinHostPort(host, strconv.Itoa(port)))
	if err != nil {
		var errno syscall.Errno
		if errors.As(err, &errno) {
			return nil, py.NewOSError(int(errno), errno.Error(), nil)
		}
		return nil, py.NewError(py.OSErrorType, "%s", err.Error())
	}
	s := &Server{app: app, host: host, port: ln.Addr().(*net.TCPAddr).Port, ln: ln}
	s.hostStr, s.portStr = py.NewStr(latin1(host)), py.NewStr(strconv.Itoa(s.port))
	s.srv = &http.Server{Handler: s, ReadHeaderTimeout: 30 * time.Second}
	return s, nil
}

// Port returns the bound port.
func (s *Server) Port() int { return s.port }

// ServeHTTP runs the application for one request on a new Python thread.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	th := py.NewThread()
	defer threadingmod.ThreadDone(th)
	s.mu.Lock()
	app := s.app
	s.mu.Unlock()
	status, size := handle(th, app, s, w, r)
	if s.accessLog {
		writeStderr(th, fmt.Sprintf("%s - - [%s] \"%s %s %s\" %d %d\n", remoteHost(r),
			time.Now().Format("02/Jan/2006 15:04:05"), r.Method, r.URL.RequestURI(), r.Proto, status, size))
	}
}

func remoteHost(r *http.Request) string {
	h, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return h
}

// ServeForever serves until Shutdown, or until SIGINT/SIGTERM when
// handleSignals is set (then it shuts down gracefully: in-flight requests
// finish). It returns KeyboardInterrupt after SIGINT, nil otherwise.
func (s *Server) ServeForever(handleSignals bool) error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return py.NewError(py.ValueErrorType, "server is closed")
	}
	if s.serving {
		s.mu.Unlock()
		return py.NewError(py.RuntimeErrorType, "serve_forever() is already running")
	}
	s.serving = true
	s.done = make(chan struct{})
	s.mu.Unlock()
	defer close(s.done)
	var interrupted atomic.Bool
	stop := make(chan struct{})
	drained := make(chan struct{})
	if handleSignals {
		sigc := make(chan os.Signal, 1)
		signal.Notify(sigc, syscall.SIGINT, syscall.SIGTERM)
		defer signal.Stop(sigc)
		go func() {
			defer close(drained)
			select {
			case sig := <-sigc:
				interrupted.Store(sig == syscall.SIGINT)
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
				s.srv.Shutdown(ctx) // returns when in-flight requests are done
			case <-stop:
			}
		}()
	} else {
		close(drained)
	}
	err := s.srv.Serve(s.ln)
	close(stop)
	<-drained
	if err != nil && err != http.ErrServerClosed {
		return py.NewError(py.OSErrorType, "%s", err.Error())
	}
	if interrupted.Load() {
		return py.NewException(py.KeyboardInterruptType)
	}
	return nil
}

// Shutdown stops serve_forever gracefully and waits for it to return.
func (s *Server) Shutdown() {
	s.mu.Lock()
	serving, done := s.serving, s.done
	s.mu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s.srv.Shutdown(ctx)
	if serving && done != nil {
		<-done
	}
}

// Close releases the socket (server_close).
func (s *Server) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.closed = true
		s.ln.Close()
	}
}

func writeStderr(th *py.Thread, s string) {
	var stderr py.Object = py.Stderr
	if sys, err := py.ImportModule(th, "sys"); err == nil {
		if v, err := py.GetAttr(th, sys, py.Intern("stderr")); err == nil && v != py.None {
			stderr = v
		}
	}
	py.WriteTo(th, stderr, s)
	if w, ok := stderr.(*py.TextWriter); ok {
		w.Flush()
	}
}

// errors returns wsgi.errors (sys.stderr, looked up once).
func (s *Server) errors(th *py.Thread) py.Object {
	s.errOnce.Do(func() { s.errStream = sysStderr(th) })
	return s.errStream
}

func sysStderr(th *py.Thread) py.Object {
	if sys, err := py.ImportModule(th, "sys"); err == nil {
		if v, err := py.GetAttr(th, sys, py.Intern("stderr")); err == nil {
			return v
		}
	}
	return py.Stderr
}
