"""Writes CPython's ast.dump(..., include_attributes=True) for every .py file
of the installed standard library (site-packages excluded) as JSON lines:
{"path": ..., "dump": ...} or {"path": ..., "error": ...} when CPython itself
cannot parse the file. Used by TestStdlibDiff (differential test) and by
bench/parse (which only needs the file list and timing).

usage: python3 stdlib_dumps.py OUT.jsonl [--time-only]
"""
import ast
import json
import os
import sys
import sysconfig
import time
import warnings


def files():
    root = sysconfig.get_paths()["stdlib"]
    out = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for f in sorted(filenames):
            if f.endswith(".py"):
                out.append(os.path.join(dirpath, f))
    return out


def main():
    warnings.simplefilter("ignore")
    out_path = sys.argv[1]
    time_only = "--time-only" in sys.argv
    paths = files()
    srcs = []
    for path in paths:
        with open(path, "rb") as f:
            srcs.append(f.read())
    if time_only:
        ok = 0
        t0 = time.perf_counter()
        for src in srcs:
            try:
                ast.parse(src)
                ok += 1
            except (SyntaxError, ValueError):
                pass
        t1 = time.perf_counter()
        lines = sum(s.count(b"\n") for s in srcs)
        with open(out_path, "w") as out:
            json.dump({"files": len(srcs), "parsed": ok, "lines": lines, "seconds": t1 - t0}, out)
        return
    with open(out_path, "w") as out:
        for path, src in zip(paths, srcs):
            rec = {"path": path}
            try:
                rec["dump"] = ast.dump(ast.parse(src), include_attributes=True)
            except (SyntaxError, ValueError) as e:
                rec["error"] = "%s: %s" % (type(e).__name__, e)
            out.write(json.dumps(rec) + "\n")


main()
