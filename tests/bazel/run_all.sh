#!/usr/bin/env bash
# Pygo's Bazel CI: set-up, build and test of this repository and of
# examples/monorepo, then every integration script in tests/bazel/.
# Prints a summary ("N passed, M failed") and exits nonzero on any failure.
#
#   PYGO_BAZEL_FLAGS=--config=standin tests/bazel/run_all.sh   force the stand-in compiler
#   SKIP="repro remote_cache" tests/bazel/run_all.sh             skip some scripts
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=lib.sh
source "$HERE/lib.sh"
set +e
LOGDIR=$WORK/logs
mkdir -p "$LOGDIR"
passed=0
failed=0
summary=()

step() { # NAME DIR COMMAND...
  local name=$1 dir=$2; shift 2
  case " ${SKIP:-} " in *" $name "*) summary+=("SKIP  $name"); return;; esac
  local start=$SECONDS
  printf '=== %s\n' "$name"
  (cd "$dir" && "$@") >"$LOGDIR/$name.log" 2>&1
  local rc=$? secs=$((SECONDS - start))
  if [ $rc = 0 ]; then
    passed=$((passed + 1)); summary+=("PASS  $name (${secs}s)")
    grep -h '^\[.*\] PASS' "$LOGDIR/$name.log" | tail -1
  else
    failed=$((failed + 1)); summary+=("FAIL  $name (${secs}s, log: $LOGDIR/$name.log)")
    tail -25 "$LOGDIR/$name.log"
  fi
}

echo "pygo bazel CI: flags '${FLAGS}' (empty = the real compiler, runtime and stdlib)"
step setup "$ROOT" tools/bazel/setup.sh
# BUILD files of Go packages are generated: bring them up to date with the
# sources first (others add Go packages and files), and say if they were stale.
build_files_sum() { (cd "$ROOT" && find . -name BUILD.bazel -not -path './bazel-*' -not -path './examples/monorepo/bazel-*' | sort | xargs md5sum | md5sum); }
before=$(build_files_sum)
step gazelle "$ROOT" tools/bazel/gazelle.sh
[ "$before" = "$(build_files_sum)" ] || echo "NOTE: BUILD files were stale; tools/bazel/gazelle.sh updated them (commit them)"
step repo_build "$ROOT" bazel build $FLAGS --keep_going //...
step repo_test "$ROOT" bazel test $FLAGS --keep_going //...
step monorepo_build "$MONOREPO" bazel build $FLAGS --keep_going //...
step monorepo_test "$MONOREPO" bazel test $FLAGS --keep_going //...
for t in errors gazelle_e2e incremental interop repro remote_cache; do
  step "$t" "$ROOT" "$HERE/$t.sh"
done

echo
echo "=== summary (flags '${FLAGS}')"
printf '%s\n' "${summary[@]}"
echo "bazel: $passed passed, $failed failed"
[ "$failed" = 0 ]
