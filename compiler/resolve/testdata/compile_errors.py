"""CPython's verdict on the sources of the error-table test (errors_test.go).

Reads a JSON list of sources on stdin and writes a JSON list with, for each,
either {"ok": true} or the SyntaxError CPython's compile() raises:
{"msg", "lineno", "offset", "end_lineno", "end_offset"} (None becomes 0).
"""
import json
import sys
import warnings


def verdict(src):
    try:
        compile(src, "f.py", "exec", dont_inherit=True)
    except SyntaxError as e:
        return {
            "msg": e.msg,
            "lineno": e.lineno or 0,
            "offset": e.offset or 0,
            "end_lineno": e.end_lineno or 0,
            "end_offset": e.end_offset or 0,
        }
    return {"ok": True}


warnings.simplefilter("ignore")
json.dump([verdict(s) for s in json.load(sys.stdin)], sys.stdout)
