"""Serve the example application.

    server [PORT]          (or the PORT environment variable; default 8080)

Under Pygo, wsgiref.simple_server.make_server is Go's net/http: every
request runs on its own goroutine, in parallel, and SIGINT/SIGTERM shut the
server down gracefully. Under CPython the same file runs on wsgiref's
single-threaded server (bench/server/cpython_server.py adds ThreadingMixIn).
"""

import os
import sys
from wsgiref.simple_server import make_server

from app import application


def main(argv):
    if len(argv) > 1:
        port = int(argv[1])
    else:
        port = int(os.environ.get("PORT", "8080"))
    host = os.environ.get("HOST", "127.0.0.1")
    httpd = make_server(host, port, application)
    print("serving on http://%s:%d" % (host, httpd.server_port), flush=True)
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        httpd.server_close()
    print("server stopped", flush=True)


if __name__ == "__main__":
    main(sys.argv)
