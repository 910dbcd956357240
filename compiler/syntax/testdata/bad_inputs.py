"""Compiles each case of bad_inputs.jsonl with CPython and prints, per case,
a JSON line with the exception CPython raises: {"name", "type", "msg",
"lineno", "offset", "end_lineno", "end_offset"} ("type": "" if it compiles).

Cases are {"name": ..., "src": ...} or {"name": ..., "src_hex": ...} (for
bytes that are not UTF-8); "owner" says which package reports the error:
"parser" (default; compiler/syntax) or "resolve" (compiler/resolve).
"ast_ok" is true when ast.parse accepts the source: the error then comes from
CPython's symtable or compiler, not from the parser.
usage: python3 bad_inputs.py bad_inputs.jsonl
"""
import ast
import json
import sys
import warnings

warnings.simplefilter("ignore")
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        case = json.loads(line)
        src = bytes.fromhex(case["src_hex"]) if "src_hex" in case else case["src"].encode("utf-8")
        out = {"name": case["name"], "type": "", "msg": "", "lineno": 0, "offset": 0, "end_lineno": 0, "end_offset": 0, "ast_ok": True}
        try:
            ast.parse(src)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            out["ast_ok"] = False
        try:
            compile(src, "f.py", "exec")
        except SyntaxError as e:
            out.update(type=type(e).__name__, msg=e.msg, lineno=e.lineno or 0, offset=e.offset or 0,
                       end_lineno=e.end_lineno or 0, end_offset=e.end_offset or 0)
        except (ValueError, MemoryError, RecursionError) as e:
            out.update(type=type(e).__name__, msg=str(e))
        print(json.dumps(out))
