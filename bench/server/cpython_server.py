"""Serve examples/server's application with CPython's threaded wsgiref.

    python3 bench/server/cpython_server.py [PORT]

The benchmark's CPython side: the same `app.application` that Pygo
compiles, on wsgiref's WSGIServer with socketserver.ThreadingMixIn (one
thread per connection) and request logging off. wsgiref answers with
HTTP/1.0 status lines, so clients open a connection per request: that is
CPython's stock WSGI server. SIGTERM stops it.
"""

import os
import signal
import sys
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "examples", "server"))

from app import application  # noqa: E402


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 256


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


def main(argv):
    port = int(argv[1]) if len(argv) > 1 else int(os.environ.get("PORT", "8080"))
    httpd = make_server("127.0.0.1", port, application,
                        server_class=ThreadingWSGIServer, handler_class=QuietHandler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print("serving on http://127.0.0.1:%d" % httpd.server_port, flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()


if __name__ == "__main__":
    main(sys.argv)
