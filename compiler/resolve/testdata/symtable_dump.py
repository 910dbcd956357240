"""Dump CPython's symbol tables for the differential test (resolve_stdlib_test.go).

Reads file paths, one per line, on stdin. Writes one JSON object per line:
  {"path": P, "skip": REASON, "error": E}     CPython cannot compile the file; E is the
                                              SyntaxError: {"msg", "lineno", "offset",
                                              "end_lineno", "end_offset"} (None is 0), and
                                              "parser": true if ast.parse rejects it too
  {"path": P, "table": T}                     T = {"type", "name", "lineno", "nested",
                                                   "symbols": {name: packed flags},
                                                   "children": [T...]}
The packed flags are symtable's raw values (scope << 11 | DEF_* flags).
"""
import ast
import json
import symtable
import sys
import warnings


def dump(t):
    return {
        "type": t.type,
        "name": t.name,
        "lineno": t.lineno,
        "nested": bool(t.nested),
        "symbols": dict(t.symbols),
        "children": [dump(c) for c in t.children],
    }


def main():
    warnings.simplefilter("ignore")
    out = sys.stdout
    for line in sys.stdin:
        path = line.rstrip("\n")
        if not path:
            continue
        try:
            with open(path, "rb") as f:
                src = f.read()
            compile(src, path, "exec", dont_inherit=True)
            top = symtable.symtable(src, path, "exec")
        except (SyntaxError, ValueError, UnicodeDecodeError, RecursionError, MemoryError) as e:
            rec = {"path": path, "skip": "%s: %s" % (type(e).__name__, e)}
            try:
                ast.parse(src, path)
            except Exception:
                rec["parser"] = True
            if isinstance(e, SyntaxError):
                rec["error"] = {
                    "msg": e.msg,
                    "lineno": e.lineno or 0,
                    "offset": e.offset or 0,
                    "end_lineno": e.end_lineno or 0,
                    "end_offset": e.end_offset or 0,
                }
            out.write(json.dumps(rec) + "\n")
            continue
        out.write(json.dumps({"path": path, "table": dump(top._table)}) + "\n")
        out.flush()


main()
