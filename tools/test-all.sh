#!/usr/bin/env bash
# Sets up a fresh machine (idempotent) and runs every Pygo test:
# go vet, the Go unit and differential tests (parser/resolver vs CPython,
# runtime, codegen goldens, tests/py end to end, generated-code safety,
# runtime faults, error messages), the runtime under the race detector,
# short fuzz runs of the parser and of the whole compiler, and the Bazel
# integration tests.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
summary=()
step() { # step NAME CMD...
  local name=$1; shift
  local t0=$(date +%s)
  echo "=== $name"
  if "$@"; then
    summary+=("PASS  $name ($(( $(date +%s) - t0 ))s)")
  else
    summary+=("FAIL  $name ($(( $(date +%s) - t0 ))s)")
    failed=1
  fi
}
failed=0
# fuzz NAME TARGET PKG: a 60 s fuzz run whose summary line gives the number
# of executions (and the failing input's file when it finds a bug).
fuzz() {
  local name=$1 target=$2 pkg=$3 log
  log=$(mktemp)
  local t0=$(date +%s)
  echo "=== $name"
  if go test -run '^$' -fuzz="^$target\$" -fuzztime=60s "$pkg" 2>&1 | tee "$log" | grep -v '^fuzz: elapsed'; then :; fi
  local execs
  execs=$(grep -o 'execs: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || true)
  if grep -q '^ok' "$log"; then
    summary+=("PASS  $name: ${execs:-?} executions, no failure ($(( $(date +%s) - t0 ))s)")
  else
    local input
    input=$(grep -o 'testdata/fuzz/[^ ]*' "$log" | head -1 || true)
    summary+=("FAIL  $name: ${execs:-?} executions, failing input ${input:-(see log above)} ($(( $(date +%s) - t0 ))s)")
    failed=1
  fi
  rm -f "$log"
}
export GOFLAGS=${GOFLAGS:-}
# -unreachable=false: generated Go (stdlib modules written in Python and
# compiled by pygoc) can contain statements after a return in except blocks;
# the code generator does not prune them yet. Every other vet check runs.
step "go vet" go vet -unreachable=false ./...
step "go test (all packages)" go test -count=1 -timeout 30m ./...
step "go test -race (runtime)" go test -count=1 -race -timeout 20m ./runtime/...
fuzz "fuzz parser (60s)" FuzzParse ./compiler/syntax
fuzz "fuzz compiler: parse, resolve, codegen, type-check (60s)" FuzzCompile ./compiler/codegen
if [ "${PYGO_SKIP_BAZEL:-0}" != 1 ]; then
  step "bazel integration" tests/bazel/run_all.sh
fi
echo
echo "=== summary ($(( $(date +%s) - start ))s)"
printf '%s\n' "${summary[@]}"
exit $failed
