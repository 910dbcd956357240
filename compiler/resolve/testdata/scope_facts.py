"""CPython's facts about the scopes of small programs, for scopes_test.go.

Reads a JSON list of sources on stdin and writes a JSON list with, for each:
  {"error": MSG}  if compile() rejects it, else
  {"tables": [...], "code": [...]}
"tables" lists symtable's tables in pre-order, each with what the symtable
module reports: type, name, lineno, is_nested, is_optimized, has_children,
identifiers in order, and per symbol its packed flags and predicates.
"code" lists every code object compile() makes (the module's first): name,
firstlineno, parameter names, cellvars, freevars and flags.
"""
import json
import symtable
import sys
import types
import warnings

PREDICATES = ["is_referenced", "is_imported", "is_parameter", "is_global",
              "is_nonlocal", "is_declared_global", "is_local", "is_annotated",
              "is_free", "is_assigned"]


def tables(t, out):
    raw = t._table
    syms = {}
    for name in t.get_identifiers():
        s = t.lookup(name)
        syms[name] = {"packed": raw.symbols[name],
                      **{p: bool(getattr(s, p)()) for p in PREDICATES}}
    out.append({
        "type": t.get_type(), "name": t.get_name(), "lineno": t.get_lineno(),
        "nested": t.is_nested(), "optimized": t.is_optimized(),
        "has_children": t.has_children(), "identifiers": list(t.get_identifiers()),
        "symbols": syms,
    })
    for c in t.get_children():
        tables(c, out)


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


def facts(src):
    try:
        co = compile(src, "f.py", "exec", dont_inherit=True)
    except SyntaxError as e:
        return {"error": e.msg}
    t, c = [], []
    tables(symtable.symtable(src, "f.py", "exec"), t)
    codes(co, c)
    return {"tables": t, "code": c}


warnings.simplefilter("ignore")
json.dump([facts(s) for s in json.load(sys.stdin)], sys.stdout)
