"""Prints, for each case of snippets.jsonl, CPython's
ast.dump(ast.parse(src), include_attributes=True) or its SyntaxError, as JSON
lines {"dump": ...} or {"error": {"type", "msg", "lineno", "offset"}}.
usage: python3 snippets.py snippets.jsonl
"""
import ast
import json
import sys
import warnings

warnings.simplefilter("ignore")
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if not line.strip() or line.startswith("#"):
            continue
        case = json.loads(line)
        src = case["src"].encode(case.get("encoding", "utf-8"), "surrogateescape")
        try:
            out = {"dump": ast.dump(ast.parse(src), include_attributes=True)}
        except SyntaxError as e:
            out = {"error": {"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno or 0, "offset": e.offset or 0}}
        print(json.dumps(out))
