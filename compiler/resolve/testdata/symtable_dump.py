"""Dump CPython's symbol tables for the differential test (resolve_stdlib_test.go).

Reads file paths, one per line, on stdin. Writes one JSON object per line:
  {"path": P, "skip": REASON, "error": E}     CPython cannot compile the file; E is the
                                              SyntaxError: {"msg", "lineno", "offset",
                                              "end_lineno", "end_offset"} (None is 0), and
                                              "parser": true if ast.parse rejects it too
  {"path": P, "table": T, "code": C}         T = {"type", "name", "lineno", "nested",
                                                   "symbols": {name: packed flags},
                                                   "children": [T...]}
                                              C = every code object compile() makes:
                                                  {"name", "firstlineno", "params",
                                                   "cellvars", "freevars", "flags"}
The packed flags are symtable's raw values (scope << 11 | DEF_* flags).
"""
import ast
import json
import symtable
import sys
import types
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


def codes(co, out):
    nargs = co.co_argcount + co.co_kwonlyargcount
    nargs += bool(co.co_flags & 0x04) + bool(co.co_flags & 0x08)
    out.append({"name": co.co_name, "firstlineno": co.co_firstlineno,
                "params": list(co.co_varnames[:nargs]),
                "cellvars": sorted(co.co_cellvars), "freevars": sorted(co.co_freevars),
                "flags": co.co_flags})
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            codes(c, out)
    return out


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
            code = compile(src, path, "exec", dont_inherit=True)
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
        out.write(json.dumps({"path": path, "table": dump(top._table), "code": codes(code, [])}) + "\n")
        out.flush()


main()
