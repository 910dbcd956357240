package wsgimod

import (
	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// RequestHandlerType is wsgiref.simple_server.WSGIRequestHandler. Requests
// are handled in Go; the class exists so that programs passing
// handler_class (e.g. a subclass that silences log_message) run unchanged.
var RequestHandlerType = py.NewType("WSGIRequestHandler", "wsgiref.simple_server", nil, py.FlagBaseType)

func serverOf(o py.Object) (*Server, error) {
	if s, ok := py.Unwrap(o).(*Server); ok {
		return s, nil
	}
	return nil, py.NewError(py.TypeErrorType, "expected a WSGIServer, got '%s'", o.Type().Name)
}

// hostPort parses (host, port) arguments.
func hostPort(th *py.Thread, h, p py.Object) (string, int, error) {
	host, ok := modutil.Str(h)
	if !ok {
		return "", 0, py.NewError(py.TypeErrorType, "host must be str, not %s", h.Type().Name)
	}
	port, err := modutil.Int64(th, p)
	if err != nil {
		return "", 0, err
	}
	if port < 0 || port > 65535 {
		return "", 0, py.NewError(py.OverflowErrorType, "bind(): port must be 0-65535.")
	}
	return host, int(port), nil
}

// makeServer is wsgiref.simple_server.make_server(host, port, app,
// server_class=WSGIServer, handler_class=WSGIRequestHandler).
func makeServer(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := py.ParseArgs("make_server", args, kw, []string{"host", "port", "app", "server_class", "handler_class"}, 3)
	if err != nil {
		return nil, err
	}
	if sc := a[3]; sc != nil {
		if t, ok := sc.(*py.Type); !ok || !t.IsSubtype(ServerType) {
			return nil, py.NewError(py.NotImplementedErrorType, "make_server: Pygo's server_class must be wsgiref.simple_server.WSGIServer")
		}
	}
	if hc := a[4]; hc != nil {
		if t, ok := hc.(*py.Type); !ok || !t.IsSubtype(RequestHandlerType) {
			return nil, py.NewError(py.NotImplementedErrorType, "make_server: Pygo's handler_class must be WSGIRequestHandler or a subclass")
		}
	}
	host, port, err := hostPort(th, a[0], a[1])
	if err != nil {
		return nil, err
	}
	return NewServer(host, port, a[2])
}

// serve is pygo.wsgi.serve(app, host="127.0.0.1", port=8000, access_log=False).
func serve(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := py.ParseArgs("serve", args, kw, []string{"app", "host", "port", "access_log"}, 1)
	if err != nil {
		return nil, err
	}
	var h, p py.Object = py.NewStr("127.0.0.1"), py.Int(8000)
	if a[1] != nil {
		h = a[1]
	}
	if a[2] != nil {
		p = a[2]
	}
	host, port, err := hostPort(th, h, p)
	if err != nil {
		return nil, err
	}
	s, err := NewServer(host, port, a[0])
	if err != nil {
		return nil, err
	}
	if a[3] != nil {
		if s.accessLog, err = py.Truth(th, a[3]); err != nil {
			return nil, err
		}
	}
	defer s.Close()
	if err := s.ServeForever(true); err != nil {
		if e := py.AsException(err); e.Type() == py.KeyboardInterruptType {
			return py.None, nil
		}
		return nil, err
	}
	return py.None, nil
}

func init() {
	ServerType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := py.ParseArgs("WSGIServer", args, kw, []string{"server_address", "RequestHandlerClass", "bind_and_activate"}, 1)
		if err != nil {
			return nil, err
		}
		hp, err := py.Unpack(th, a[0], 2)
		if err != nil {
			return nil, err
		}
		host, port, err := hostPort(th, hp[0], hp[1])
		if err != nil {
			return nil, err
		}
		return NewServer(host, port, py.None)
	}
	m := func(name string, fn func(th *py.Thread, s *Server, args []py.Object, kw *py.KwArgs) (py.Object, error)) {
		py.DefMethod(ServerType, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			s, err := serverOf(self)
			if err != nil {
				return nil, err
			}
			return fn(th, s, args, kw)
		})
	}
	m("serve_forever", func(th *py.Thread, s *Server, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if _, err := py.ParseArgs("serve_forever", args, kw, []string{"poll_interval"}, 0); err != nil {
			return nil, err
		}
		s.mu.Lock()
		app := s.app
		s.mu.Unlock()
		if app == py.None {
			return nil, py.NewError(py.RuntimeErrorType, "WSGIServer has no application: call set_app(app) first")
		}
		return py.None, s.ServeForever(true)
	})
	m("shutdown", func(th *py.Thread, s *Server, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		s.Shutdown()
		return py.None, nil
	})
	m("server_close", func(th *py.Thread, s *Server, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		s.Close()
		return py.None, nil
	})
	m("handle_request", func(th *py.Thread, s *Server, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return nil, py.NewError(py.NotImplementedErrorType, "WSGIServer.handle_request is not supported by Pygo; use serve_forever")
	})
	m("get_app", func(th *py.Thread, s *Server, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.app, nil
	})
	m("set_app", func(th *py.Thread, s *Server, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("set_app", args, kw); err != nil {
			return nil, err
		}
		s.mu.Lock()
		s.app = args[0]
		s.mu.Unlock()
		return py.None, nil
	})
	m("__enter__", func(th *py.Thread, s *Server, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return s, nil
	})
	m("__exit__", func(th *py.Thread, s *Server, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		s.Close()
		return py.False, nil
	})
	py.DefGetter(ServerType, "server_address", func(th *py.Thread, self py.Object) (py.Object, error) {
		s := self.(*Server)
		return py.NewTuple([]py.Object{py.NewStr(s.host), py.Int(s.port)}), nil
	})
	py.DefGetter(ServerType, "server_port", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.Int(self.(*Server).port), nil
	})
	py.DefGetter(ServerType, "server_name", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr(self.(*Server).host), nil
	})
	RequestHandlerType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return nil, py.NewError(py.NotImplementedErrorType, "Pygo's WSGI server handles requests in Go; WSGIRequestHandler cannot be instantiated")
	}
	py.DefMethod(RequestHandlerType, "log_message", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.None, nil
	})

	py.RegisterModule(&py.ModuleDef{Name: "wsgiref", IsPkg: true, Doc: "wsgiref -- a WSGI (PEP 3333) Reference Library",
		Body: func(th *py.Thread, m *py.Module) error { return nil }})
	py.RegisterModule(&py.ModuleDef{Name: "wsgiref.simple_server", Doc: "WSGI server on Go's net/http (one goroutine per request).",
		Body: func(th *py.Thread, mod *py.Module) error {
			m := modutil.New(mod)
			m.Func("make_server", makeServer)
			m.Set("WSGIServer", ServerType)
			m.Set("WSGIRequestHandler", RequestHandlerType)
			m.Set("server_version", py.NewStr("WSGIServer/0.2"))
			m.Set("software_version", py.NewStr("WSGIServer/0.2 Pygo"))
			m.Set("__all__", modutil.StrList([]string{"WSGIServer", "WSGIRequestHandler", "demo_app", "make_server"}))
			m.Func("demo_app", demoApp)
			return nil
		}})
	py.RegisterModule(&py.ModuleDef{Name: "pygo", IsPkg: true, Doc: "Pygo-specific modules.",
		Body: func(th *py.Thread, m *py.Module) error { return nil }})
	py.RegisterModule(&py.ModuleDef{Name: "pygo.wsgi", Doc: "Serve WSGI applications with Go's net/http.",
		Body: func(th *py.Thread, mod *py.Module) error {
			m := modutil.New(mod)
			m.Func("serve", serve)
			m.Func("make_server", makeServer)
			m.Set("WSGIServer", ServerType)
			return nil
		}})
}

// demoApp is wsgiref.simple_server.demo_app: "Hello world!" and the
// environ, one key per line.
func demoApp(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := modutil.Exactly("demo_app", args, kw, 2); err != nil {
		return nil, err
	}
	env, ok := py.Unwrap(args[0]).(*py.Dict)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "environ must be a dict")
	}
	out := "Hello world!\n\n"
	keys := env.Keys()
	names := make([]string, 0, len(keys))
	for _, k := range keys {
		if s, ok := k.(*py.Str); ok {
			names = append(names, s.String())
		}
	}
	sortStrings(names)
	for _, n := range names {
		v := env.GetStr(py.NewStr(n))
		r, err := py.Repr(th, v)
		if err != nil {
			return nil, err
		}
		out += n + " = " + r.String() + "\n"
	}
	headers := py.NewList([]py.Object{py.NewTuple([]py.Object{py.NewStr("Content-Type"), py.NewStr("text/plain; charset=utf-8")})})
	if _, err := py.Call2(th, args[1], py.NewStr("200 OK"), headers); err != nil {
		return nil, err
	}
	return py.NewList([]py.Object{py.NewBytes([]byte(out))}), nil
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
