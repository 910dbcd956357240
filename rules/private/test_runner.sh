#!/usr/bin/env bash
# Runs a py_go_test's binary: its exit status is the test's (an uncaught
# exception, a failing assert or unittest failure exits 1 and prints the
# traceback on stderr, which Bazel keeps in the test log).
bin="$1"
shift
exec "$bin" "$@"
