#!/usr/bin/env bash
# Analysis/validation errors: each bad target must fail with a message naming
# the problem and the fix.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

expect_error() { # TARGET PATTERN...
  local target=$1; shift
  local out=$WORK/errors.out
  if bazel build $FLAGS "$target" >"$out" 2>&1; then
    die "$target built, expected an error"
  fi
  for pat in "$@"; do
    grep -qF -- "$pat" "$out" || { cat "$out"; die "$target: message lacks: $pat"; }
  done
  log "ok: $target: $(grep -m1 -F -- "$1" "$out" | sed 's/^.*Error in fail: //' | cut -c1-160)"
}

T=//tests/bazel/testdata/errors
expect_error $T/missing_dep:app \
  'missing_dep/app.py:5: import "util": no dependency of //tests/bazel/testdata/errors/missing_dep:app_pylib provides module "util"' \
  'add "//tests/bazel/testdata/errors/missing_dep:util" to deps'
expect_error $T/dup_src:app \
  'Python module "common" is provided by both //tests/bazel/testdata/errors/dup_src:one and //tests/bazel/testdata/errors/dup_src:two'
expect_error $T/bad_module:bad \
  'bad-name/x.py would be Python module "bad-name.x", which is not a valid dotted module name: "bad-name" is not an identifier'
log "PASS"
