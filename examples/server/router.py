"""A tiny URL router for WSGI applications.

Routes are patterns of path segments; a segment in angle brackets captures
a value: ``/kv/<key>`` or ``/fib/<int:n>``. Handlers receive the Request and
the captured values as keyword arguments and return ``(status, body)`` or
just ``body`` (status 200); bodies that are dicts or lists are sent as JSON.
"""


class HTTPError(Exception):
    """An error response: status code and a message for the JSON body."""

    def __init__(self, status, message):
        super().__init__(message)
        self.status = status
        self.message = message


REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    400: "Bad Request",
    404: "Not Found",
    405: "Method Not Allowed",
    500: "Internal Server Error",
}


def status_line(code):
    return "%d %s" % (code, REASONS.get(code, "Unknown"))


def unquote(s):
    """Decode %XX escapes and '+' (application/x-www-form-urlencoded)."""
    if "%" not in s and "+" not in s:
        return s
    out = bytearray()
    i = 0
    s = s.replace("+", " ")
    while i < len(s):
        c = s[i]
        if c == "%" and i + 2 < len(s):
            try:
                out.append(int(s[i + 1:i + 3], 16))
                i += 3
                continue
            except ValueError:
                pass
        out.extend(c.encode("utf-8"))
        i += 1
    return out.decode("utf-8", "replace")


def parse_query(qs):
    """Parse a query string into a dict (the last value of a repeated key wins)."""
    params = {}
    for part in qs.split("&"):
        if not part:
            continue
        name, _, value = part.partition("=")
        params[unquote(name)] = unquote(value)
    return params


class Request:
    """The parts of a WSGI environ that handlers use."""

    def __init__(self, environ):
        self.environ = environ
        self.method = environ["REQUEST_METHOD"]
        self.path = environ.get("PATH_INFO") or "/"
        self.query = parse_query(environ.get("QUERY_STRING", ""))

    def body(self):
        length = self.environ.get("CONTENT_LENGTH") or "0"
        try:
            n = int(length)
        except ValueError:
            raise HTTPError(400, "bad Content-Length")
        if n <= 0:
            return b""
        return self.environ["wsgi.input"].read(n)


class Route:
    def __init__(self, pattern, methods, handler):
        self.segments = [s for s in pattern.split("/") if s]
        self.methods = tuple(methods)
        self.handler = handler

    def match(self, parts):
        """Return the captured values if the path parts match, else None."""
        if len(parts) != len(self.segments):
            return None
        params = {}
        for seg, part in zip(self.segments, parts):
            if seg.startswith("<") and seg.endswith(">"):
                kind, _, name = seg[1:-1].rpartition(":")
                if kind == "int":
                    if not part.isdigit():
                        return None
                    params[name] = int(part)
                else:
                    params[name] = unquote(part)
            elif seg != part:
                return None
        return params


class Router:
    def __init__(self):
        self.routes = []

    def route(self, pattern, methods=("GET",)):
        """Decorator: register the function for pattern and methods."""
        def register(handler):
            self.routes.append(Route(pattern, methods, handler))
            return handler
        return register

    def dispatch(self, request):
        parts = [p for p in request.path.split("/") if p]
        allowed = []
        for route in self.routes:
            params = route.match(parts)
            if params is None:
                continue
            if request.method not in route.methods:
                allowed.extend(route.methods)
                continue
            return route.handler(request, **params)
        if allowed:
            raise HTTPError(405, "method %s not allowed; use %s" % (request.method, ", ".join(allowed)))
        raise HTTPError(404, "no route for %s" % request.path)
