package wsgimod

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"

	py "github.com/pygo-dev/pygo/runtime"
)

// app is a WSGI application written in Go against the Python API: it
// echoes the environ keys the tests check and counts requests in a
// shared dict.
func app(hits *py.Dict) py.Object {
	return py.NewGoFunction("app", []string{"environ", "start_response"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		env := a[0].(*py.Dict)
		get := func(k string) string {
			v := env.GetStr(py.NewStr(k))
			if v == nil {
				return "<missing>"
			}
			r, _ := py.Repr(th, v)
			return r.String()
		}
		path := env.GetStr(py.NewStr("PATH_INFO")).(*py.Str)
		if path.String() == "/error" {
			return nil, py.NewError(py.ValueErrorType, "app failed")
		}
		body, err := py.CallMethod0(th, env.GetStr(py.NewStr("wsgi.input")), py.NewStr("read"))
		if err != nil {
			return nil, err
		}
		py.CallMethod2(th, hits, py.NewStr("setdefault"), path, py.Int(0))
		var lines []string
		for _, k := range []string{"REQUEST_METHOD", "PATH_INFO", "QUERY_STRING", "CONTENT_TYPE", "CONTENT_LENGTH",
			"SERVER_PROTOCOL", "HTTP_X_TEST", "wsgi.url_scheme", "wsgi.multithread", "wsgi.version"} {
			lines = append(lines, k+"="+get(k))
		}
		r, _ := py.Repr(th, body)
		lines = append(lines, "body="+r.String())
		headers := py.NewList([]py.Object{py.NewTuple([]py.Object{py.NewStr("Content-Type"), py.NewStr("text/plain")})})
		if _, err := py.Call2(th, a[1], py.NewStr("201 Created"), headers); err != nil {
			return nil, err
		}
		return py.NewList([]py.Object{py.NewBytes([]byte(strings.Join(lines, "\n")))}), nil
	})
}

func TestServerEnvironAndConcurrency(t *testing.T) {
	hits := py.NewDict()
	s, err := NewServer("127.0.0.1", 0, app(hits))
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- s.ServeForever(false) }()
	base := fmt.Sprintf("http://127.0.0.1:%d", s.Port())
	req, _ := http.NewRequest("POST", base+"/a%20b?x=1&y=%41", strings.NewReader("payload"))
	req.Header.Set("X-Test", "yes")
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	got := string(b)
	for _, want := range []string{"REQUEST_METHOD='POST'", "PATH_INFO='/a b'", "QUERY_STRING='x=1&y=%41'",
		"CONTENT_TYPE='application/json'", "CONTENT_LENGTH='7'", "SERVER_PROTOCOL='HTTP/1.1'", "HTTP_X_TEST='yes'",
		"wsgi.url_scheme='http'", "wsgi.multithread=True", "wsgi.version=(1, 0)", "body=b'payload'"} {
		if !strings.Contains(got, want) {
			t.Errorf("environ lacks %s:\n%s", want, got)
		}
	}
	if resp.StatusCode != 201 || resp.Header.Get("Content-Type") != "text/plain" {
		t.Errorf("status %d, content-type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	// An exception in the application is a 500.
	resp, err = http.Get(base + "/error")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 500 {
		t.Errorf("error status %d", resp.StatusCode)
	}
	// 200 concurrent requests on 20 paths.
	var wg sync.WaitGroup
	for i := 0; i < 200; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r, err := http.Get(fmt.Sprintf("%s/p%d", base, i%20))
			if err != nil {
				t.Error(err)
				return
			}
			io.Copy(io.Discard, r.Body)
			r.Body.Close()
		}(i)
	}
	wg.Wait()
	if hits.Len() != 21 {
		t.Errorf("%d distinct paths seen, want 21", hits.Len())
	}
	s.Shutdown()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	s.Close()
}
