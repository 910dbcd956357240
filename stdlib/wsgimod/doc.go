// Package wsgimod serves Python WSGI applications (PEP 3333) with Go's
// net/http, for Pygo. It provides two modules:
//
//	wsgiref.simple_server   make_server(host, port, app) returning a server
//	                        with serve_forever(), shutdown(), server_close(),
//	                        server_address/server_port (the API CPython's
//	                        wsgiref has, so the same program runs on both)
//	pygo.wsgi               serve(app, host="127.0.0.1", port=8000,
//	                        access_log=False): make_server + serve_forever
//	                        with graceful shutdown on SIGINT/SIGTERM
//
// plus the wsgiref package itself (wsgiref.util, validate and headers are
// not provided).
//
// Why wsgiref's API: CPython programs already call
// wsgiref.simple_server.make_server, so a Python web app runs unchanged
// under CPython (single-threaded wsgiref, or with ThreadingMixIn) and
// under Pygo, where the same call gets a server that handles each request
// on its own goroutine with its own *py.Thread: requests run in parallel on
// every core, with no GIL. The pygo.wsgi module adds the few knobs that
// wsgiref does not have.
//
// Each request's environ has the PEP 3333 keys: REQUEST_METHOD,
// SCRIPT_NAME, PATH_INFO (URL-decoded, as a latin-1 "native string"),
// QUERY_STRING, CONTENT_TYPE, CONTENT_LENGTH, SERVER_NAME, SERVER_PORT,
// SERVER_PROTOCOL, REMOTE_ADDR, HTTP_* for the other headers, and
// wsgi.version (1, 0), wsgi.url_scheme, wsgi.input (read, readline,
// readlines, iteration), wsgi.errors (sys.stderr), wsgi.multithread True,
// wsgi.multiprocess False, wsgi.run_once False.
//
// start_response(status, headers, exc_info=None) returns a write()
// callable. The application's iterable is written chunk by chunk; a list
// or tuple is written without flushing (so small responses get a
// Content-Length), any other iterable is flushed after each chunk
// (streaming); close() is called if the iterable has it. An exception
// before the headers are sent becomes a 500 response and a traceback on
// stderr, as wsgiref does; after that, the connection is aborted.
//
// Differences from wsgiref: the reason phrase sent is Go's standard text
// for the status code; access logging is off unless asked for
// (pygo.wsgi.serve(access_log=True)); handle_request() is not supported.
package wsgimod
