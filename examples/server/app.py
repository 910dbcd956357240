"""The example web application: a WSGI callable, `application`.

Endpoints:
  GET    /healthz          {"status": "ok"}
  GET    /kv/<key>         the stored value (404 if absent)
  PUT    /kv/<key>         store the request body (201 new, 200 replaced)
  DELETE /kv/<key>         remove the key (204, or 404 if absent)
  GET    /kv               store statistics
  GET    /fib/<n>          fib(n) computed recursively in pure Python (CPU-bound)
  GET    /sleep?ms=10      sleep, then answer (I/O-bound)

Runs unchanged under CPython (wsgiref) and Pygo.
"""

import json
import threading
import time

from router import HTTPError, Request, Router, status_line
from store import KVStore

router = Router()
store = KVStore()
MAX_FIB = 32


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@router.route("/healthz")
def healthz(request):
    return {"status": "ok"}


@router.route("/kv")
def kv_stats(request):
    return store.stats()


@router.route("/kv/<key>", methods=("GET", "PUT", "DELETE"))
def kv(request, key):
    if request.method == "GET":
        value = store.get(key)
        if value is None:
            raise HTTPError(404, "no key %r" % key)
        return {"key": key, "value": value}
    if request.method == "PUT":
        try:
            value = request.body().decode("utf-8")
        except UnicodeDecodeError:
            raise HTTPError(400, "value must be UTF-8 text")
        created = store.put(key, value)
        return (201 if created else 200), {"key": key, "value": value}
    if not store.delete(key):
        raise HTTPError(404, "no key %r" % key)
    return 204, None


@router.route("/fib/<int:n>")
def fib_endpoint(request, n):
    if n > MAX_FIB:
        raise HTTPError(400, "n must be at most %d" % MAX_FIB)
    return {"n": n, "fib": fib(n)}


@router.route("/sleep")
def sleep(request):
    try:
        ms = int(request.query.get("ms", "10"))
    except ValueError:
        raise HTTPError(400, "ms must be an integer")
    if ms < 0 or ms > 10000:
        raise HTTPError(400, "ms must be between 0 and 10000")
    time.sleep(ms / 1000)
    return {"slept_ms": ms, "thread": threading.current_thread().name != ""}


def respond(start_response, status, body):
    if body is None:
        start_response(status_line(status), [("Content-Length", "0")])
        return [b""]
    data = (json.dumps(body, sort_keys=True) + "\n").encode("utf-8")
    start_response(status_line(status), [
        ("Content-Type", "application/json"),
        ("Content-Length", str(len(data))),
    ])
    return [data]


def application(environ, start_response):
    """The WSGI entry point."""
    request = Request(environ)
    try:
        result = router.dispatch(request)
    except HTTPError as e:
        return respond(start_response, e.status, {"error": e.message})
    if isinstance(result, tuple):
        status, body = result
    else:
        status, body = 200, result
    return respond(start_response, status, body)
