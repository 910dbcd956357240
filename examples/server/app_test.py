"""Tests of the example application, calling the WSGI callable directly."""

import io
import json
import unittest

from app import application


def call(method, path, body=b"", query=""):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
    }
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"] = status
        seen["headers"] = dict(headers)

    chunks = application(environ, start_response)
    data = b"".join(chunks)
    payload = json.loads(data) if data else None
    return seen["status"], payload


class AppTest(unittest.TestCase):
    def test_healthz(self):
        self.assertEqual(call("GET", "/healthz"), ("200 OK", {"status": "ok"}))

    def test_fib(self):
        status, body = call("GET", "/fib/20")
        self.assertEqual(status, "200 OK")
        self.assertEqual(body, {"n": 20, "fib": 6765})

    def test_fib_too_large(self):
        status, body = call("GET", "/fib/99")
        self.assertTrue(status.startswith("400"))
        self.assertIn("at most", body["error"])

    def test_kv_lifecycle(self):
        self.assertTrue(call("GET", "/kv/colour")[0].startswith("404"))
        self.assertTrue(call("PUT", "/kv/colour", b"blue")[0].startswith("201"))
        self.assertEqual(call("GET", "/kv/colour")[1], {"key": "colour", "value": "blue"})
        self.assertTrue(call("PUT", "/kv/colour", b"red")[0].startswith("200"))
        self.assertTrue(call("DELETE", "/kv/colour")[0].startswith("204"))
        self.assertTrue(call("GET", "/kv/colour")[0].startswith("404"))

    def test_unknown_route(self):
        self.assertTrue(call("GET", "/nope")[0].startswith("404"))


if __name__ == "__main__":
    unittest.main()
