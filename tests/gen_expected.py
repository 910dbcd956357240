#!/usr/bin/env python3
"""Regenerate the expected outputs of the Pygo test programs with CPython.

For every program tests/py/NAME.py (helper modules are lib_*.py files and
pkg_* packages, which are not programs) this runs `python3 -B NAME.py` in
tests/py and writes, beside it:

  NAME.out   its standard output
  NAME.err   its standard error (the tests compare the last line, or for
             tb_*.py programs the whole traceback)
  NAME.code  its exit status

The absolute path of tests/py is replaced by <DIR> so the files do not
depend on where the repository is checked out. Expected outputs are never
written by hand: change a program, then run this script.

Usage: python3 tests/gen_expected.py [NAME ...]
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYDIR = os.path.join(HERE, "py")


def programs(names):
    for fn in sorted(os.listdir(PYDIR)):
        if not fn.endswith(".py") or fn.startswith("lib_"):
            continue
        name = fn[:-3]
        if names and name not in names:
            continue
        yield name


def main(argv):
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_expected.py must run under CPython 3.11 (found %s)" % sys.version.split()[0])
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8")
    env.pop("PYTHONPATH", None)
    count = 0
    for name in programs(set(argv)):
        try:
            p = subprocess.run([sys.executable, "-B", name + ".py"], cwd=PYDIR, env=env,
                               stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
            out, err, code = p.stdout, p.stderr, p.returncode
        except subprocess.TimeoutExpired:
            print("timeout:", name, file=sys.stderr)
            continue
        err = err.replace(PYDIR.encode() + b"/", b"<DIR>/")
        out = out.replace(PYDIR.encode() + b"/", b"<DIR>/")
        with open(os.path.join(PYDIR, name + ".out"), "wb") as f:
            f.write(out)
        with open(os.path.join(PYDIR, name + ".err"), "wb") as f:
            f.write(err)
        with open(os.path.join(PYDIR, name + ".code"), "w") as f:
            f.write("%d\n" % code)
        count += 1
    print("wrote expected output for %d programs" % count)


if __name__ == "__main__":
    main(sys.argv[1:])
