#!/bin/sh
# Regenerate the expected outputs of the stdlib programs with CPython,
# using the project's tests/gen_expected.py pointed at this directory.
#   sh tests/py/concurrency/regen.sh [NAME ...]
here=$(cd "$(dirname "$0")" && pwd)
exec python3 -c '
import sys
sys.path.insert(0, sys.argv[1])
import gen_expected
gen_expected.PYDIR = sys.argv[2]
gen_expected.main(sys.argv[3:])
' "$here/../.." "$here" "$@"
