"""Snippets from CPython's own test suite, for errors_test.go.

For each test module named on the command line, takes every string literal
in its source and every doctest example in those literals that CPython's
parser accepts as a
module (so that any error is one raised after parsing, by the symbol table
or the compiler), and writes a JSON list of
  {"source", "file", "ok": true}  or
  {"source", "file", "msg", "lineno", "offset", "end_lineno", "end_offset"}
with CPython's compile() verdict.
"""
import ast
import doctest
import importlib.util
import json
import sys
import warnings


def snippets(name):
    spec = importlib.util.find_spec(name)
    with open(spec.origin, encoding="utf-8") as f:
        text = f.read()
    seen = set()
    for node in ast.walk(ast.parse(text)):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        found = [node.value]
        try:
            found += [ex.source for ex in doctest.DocTestParser().get_examples(node.value)]
        except ValueError:
            pass
        for s in found:
            if s not in seen:
                seen.add(s)
                yield s


def main():
    warnings.simplefilter("ignore")
    out = []
    for name in sys.argv[1:]:
        for src in snippets(name):
            if not src.strip() or "\0" in src:
                continue
            try:
                ast.parse(src)
            except Exception:
                continue
            rec = {"source": src, "file": name}
            try:
                compile(src, "f.py", "exec", dont_inherit=True)
                rec["ok"] = True
            except SyntaxError as e:
                rec.update(msg=e.msg, lineno=e.lineno or 0, offset=e.offset or 0,
                           end_lineno=e.end_lineno or 0, end_offset=e.end_offset or 0)
            except Exception:
                continue
            out.append(rec)
    json.dump(out, sys.stdout)


main()
