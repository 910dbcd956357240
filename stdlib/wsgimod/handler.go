package wsgimod

import (
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
)

// latin1 turns bytes into a PEP 3333 "native string": one code point per
// byte.
func latin1(b string) string {
	ascii := true
	for i := 0; i < len(b); i++ {
		if b[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return b
	}
	rs := make([]rune, len(b))
	for i := 0; i < len(b); i++ {
		rs[i] = rune(b[i])
	}
	return string(rs)
}

// fromLatin1 encodes a native string back to bytes; false if a code
// point is above U+00FF.
func fromLatin1(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xff {
			return "", false
		}
		b = append(b, byte(r))
	}
	return string(b), true
}

var (
	strWsgiVersion = py.NewTuple([]py.Object{py.Int(1), py.Int(0)})
	strHTTP        = py.NewStr("http")
	strHTTPS       = py.NewStr("https")
	strCGI         = py.NewStr("CGI/1.1")
	strSoftware    = py.NewStr("WSGIServer/0.2 Pygo")
	strEmpty       = py.NewStr("")
	strTextPlain   = py.NewStr("text/plain")
)

// Interned environ keys (py.Intern takes a global lock: not per request).
var (
	keyGateway, keySoftware, keyServerName, keyServerPort = py.Intern("GATEWAY_INTERFACE"), py.Intern("SERVER_SOFTWARE"), py.Intern("SERVER_NAME"), py.Intern("SERVER_PORT")
	keyProtocol, keyMethod, keyScriptName, keyPathInfo    = py.Intern("SERVER_PROTOCOL"), py.Intern("REQUEST_METHOD"), py.Intern("SCRIPT_NAME"), py.Intern("PATH_INFO")
	keyQuery, keyRemoteAddr, keyRemoteHost, keyCType      = py.Intern("QUERY_STRING"), py.Intern("REMOTE_ADDR"), py.Intern("REMOTE_HOST"), py.Intern("CONTENT_TYPE")
	keyCLength, keyHost, keyVersion, keyScheme            = py.Intern("CONTENT_LENGTH"), py.Intern("HTTP_HOST"), py.Intern("wsgi.version"), py.Intern("wsgi.url_scheme")
	keyInput, keyErrors, keyMultithread, keyMultiprocess  = py.Intern("wsgi.input"), py.Intern("wsgi.errors"), py.Intern("wsgi.multithread"), py.Intern("wsgi.multiprocess")
	keyRunOnce                                            = py.Intern("wsgi.run_once")
	methodStrs                                            = map[string]*py.Str{}
)

func init() {
	for _, m := range []string{"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS"} {
		methodStrs[m] = py.NewStr(m)
	}
}

// environ builds the PEP 3333 environ dict for r.
func environ(th *py.Thread, s *Server, r *http.Request) *py.Dict {
	env := py.NewDict()
	str := func(k *py.Str, v string) { env.SetStr(k, py.NewStr(latin1(v))) }
	env.SetStr(keyGateway, strCGI)
	env.SetStr(keySoftware, strSoftware)
	env.SetStr(keyServerName, s.hostStr)
	env.SetStr(keyServerPort, s.portStr)
	str(keyProtocol, r.Proto)
	if m := methodStrs[r.Method]; m != nil {
		env.SetStr(keyMethod, m)
	} else {
		str(keyMethod, r.Method)
	}
	env.SetStr(keyScriptName, strEmpty)
	path := r.URL.Path
	if path == "" {
		path = "/"
	}
	str(keyPathInfo, path)
	str(keyQuery, r.URL.RawQuery)
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	str(keyRemoteAddr, host)
	env.SetStr(keyRemoteHost, strEmpty)
	if ct := r.Header.Get("Content-Type"); ct != "" {
		str(keyCType, ct)
	} else {
		env.SetStr(keyCType, strTextPlain)
	}
	if cl := r.Header.Get("Content-Length"); cl != "" {
		str(keyCLength, cl)
	} else {
		env.SetStr(keyCLength, strEmpty)
	}
	if r.Host != "" {
		str(keyHost, r.Host)
	}
	for k, vs := range r.Header {
		if k == "Content-Type" || k == "Content-Length" {
			continue
		}
		name := "HTTP_" + strings.ToUpper(strings.ReplaceAll(k, "-", "_"))
		str(py.NewStr(name), strings.Join(vs, ","))
	}
	env.SetStr(keyVersion, strWsgiVersion)
	if r.TLS != nil {
		env.SetStr(keyScheme, strHTTPS)
	} else {
		env.SetStr(keyScheme, strHTTP)
	}
	env.SetStr(keyInput, &Input{r: r.Body})
	env.SetStr(keyErrors, s.errors(th))
	env.SetStr(keyMultithread, py.True)
	env.SetStr(keyMultiprocess, py.False)
	env.SetStr(keyRunOnce, py.False)
	return env
}

// response is the state of one request's reply.
type response struct {
	w           http.ResponseWriter
	status      int
	headers     [][2]string
	headersSet  bool
	headersSent bool
	size        int
}

// sendHeaders writes the status and headers, once.
func (rs *response) sendHeaders() {
	if rs.headersSent {
		return
	}
	rs.headersSent = true
	h := rs.w.Header()
	for _, kv := range rs.headers {
		// Keep the application's spelling of the header name.
		h[kv[0]] = append(h[kv[0]], kv[1])
	}
	rs.w.WriteHeader(rs.status)
}

func (rs *response) write(th *py.Thread, data py.Object) error {
	if !rs.headersSet {
		return py.NewError(py.AssertionErrorType, "write() before start_response()")
	}
	var b []byte
	switch v := py.Unwrap(data).(type) {
	case *py.Bytes:
		b = v.Bytes()
	case *py.ByteArray:
		b = v.Snapshot()
	default:
		return py.NewError(py.TypeErrorType, "write() argument must be a bytes instance, not %s", data.Type().Name)
	}
	rs.sendHeaders()
	if len(b) > 0 {
		n, err := rs.w.Write(b)
		rs.size += n
		if err != nil {
			return py.NewError(py.ConnectionErrorType, "%s", err.Error())
		}
	}
	return nil
}

// startResponse is start_response(status, response_headers, exc_info=None).
func (rs *response) startResponse(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := py.ParseArgs("start_response", args, kw, []string{"status", "headers", "exc_info"}, 2)
	if err != nil {
		return nil, err
	}
	if a[2] != nil && a[2] != py.None {
		if rs.headersSent {
			// PEP 3333: re-raise the original exception.
			info, err := py.Unpack(th, a[2], 3)
			if err != nil {
				return nil, err
			}
			if e, ok := info[1].(*py.BaseException); ok {
				return nil, e
			}
			return nil, py.NewError(py.RuntimeErrorType, "start_response: bad exc_info")
		}
	} else if rs.headersSet {
		return nil, py.NewError(py.AssertionErrorType, "Headers already set!")
	}
	status, ok := py.Unwrap(a[0]).(*py.Str)
	if !ok {
		return nil, py.NewError(py.AssertionErrorType, "Status must be of type str")
	}
	st := status.String()
	if len(st) < 4 || st[3] != ' ' {
		return nil, py.NewError(py.AssertionErrorType, "Status must be at least 4 characters and have a space after the code")
	}
	code, err2 := strconv.Atoi(st[:3])
	if err2 != nil || code < 100 {
		return nil, py.NewError(py.AssertionErrorType, "Status message must begin w/3-digit code")
	}
	hl, ok := py.Unwrap(a[1]).(*py.List)
	if !ok {
		return nil, py.NewError(py.AssertionErrorType, "Headers (%s) must be of type list: %s", reprOf(th, a[1]), a[1].Type().Name)
	}
	var headers [][2]string
	for _, item := range hl.Items() {
		kv, err := py.Unpack(th, item, 2)
		if err != nil {
			return nil, err
		}
		k, ok1 := py.Unwrap(kv[0]).(*py.Str)
		v, ok2 := py.Unwrap(kv[1]).(*py.Str)
		if !ok1 || !ok2 {
			return nil, py.NewError(py.AssertionErrorType, "Header names/values must be of type str")
		}
		name, ok1 := fromLatin1(k.String())
		val, ok2 := fromLatin1(v.String())
		if !ok1 || !ok2 || strings.ContainsAny(name+val, "\r\n") {
			return nil, py.NewError(py.ValueErrorType, "invalid header %s: %s", reprOf(th, k), reprOf(th, v))
		}
		headers = append(headers, [2]string{name, val})
	}
	rs.status, rs.headers, rs.headersSet = code, headers, true
	return py.NewBuiltin("write", func(th *py.Thread, _ py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("write", args, kw); err != nil {
			return nil, err
		}
		return py.None, rs.write(th, args[0])
	}), nil
}

func reprOf(th *py.Thread, o py.Object) string {
	r, err := py.Repr(th, o)
	if err != nil {
		return "?"
	}
	return r.String()
}

const errorBody = "A server error occurred.  Please contact the administrator."

// handle runs app for one request; it returns the status and body size
// for the access log.
func handle(th *py.Thread, app py.Object, s *Server, w http.ResponseWriter, r *http.Request) (int, int) {
	rs := &response{w: w}
	err := func() (err error) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				err = py.PanicError(p)
			}
		}()
		return runApp(th, app, s, rs, r)
	}()
	if err != nil {
		var b strings.Builder
		py.PrintException(th, &b, py.AsException(err))
		writeStderr(th, b.String())
		if rs.headersSent {
			// Too late for an error page: drop the connection.
			panic(http.ErrAbortHandler)
		}
		h := w.Header()
		for k := range h {
			delete(h, k)
		}
		h.Set("Content-Type", "text/plain")
		h.Set("Content-Length", strconv.Itoa(len(errorBody)))
		w.WriteHeader(http.StatusInternalServerError)
		io.WriteString(w, errorBody)
		return 500, len(errorBody)
	}
	return rs.status, rs.size
}

func runApp(th *py.Thread, app py.Object, s *Server, rs *response, r *http.Request) error {
	env := environ(th, s, r)
	start := py.NewBuiltin("start_response", func(th *py.Thread, _ py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return rs.startResponse(th, args, kw)
	})
	result, err := py.Call2(th, app, env, start)
	if err != nil {
		return err
	}
	err = writeResult(th, rs, result)
	if closer, cerr := py.GetAttrOpt(th, result, strClose); cerr == nil && closer != nil {
		if _, cerr := py.Call0(th, closer); cerr != nil && err == nil {
			err = cerr
		}
	} else if cerr != nil && err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	if !rs.headersSet {
		return py.NewError(py.AssertionErrorType, "start_response() was not called")
	}
	rs.sendHeaders()
	return nil
}

// writeResult writes the application's iterable.
func writeResult(th *py.Thread, rs *response, result py.Object) error {
	var items []py.Object
	switch v := py.Unwrap(result).(type) {
	case *py.List:
		items = v.Items()
	case *py.Tuple:
		items = v.Items
	}
	if items != nil {
		for _, c := range items {
			if err := rs.write(th, c); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := py.Iter(th, result)
	if err != nil {
		return err
	}
	flusher, _ := rs.w.(http.Flusher)
	for {
		c, err := py.Next(th, it)
		if err != nil {
			return err
		}
		if c == nil {
			return nil
		}
		if err := rs.write(th, c); err != nil {
			return err
		}
		if flusher != nil {
			flusher.Flush()
		}
	}
}

// Interned names used on hot paths (py.Intern takes a global lock).
var (
	strClose = py.Intern("close")
)
