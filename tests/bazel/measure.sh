#!/usr/bin/env bash
# Build times: cold (fresh output base; only Bazel's repository cache of
# downloaded zips is warm), warm no-op rebuild, and rebuild after changing
# one .py, for examples/monorepo and a generated 200-module workspace.
#   tests/bazel/measure.sh [monorepo] [synth]
source "$(dirname "$0")/lib.sh"
which=${*:-monorepo synth}

measure() { # NAME DIR TARGET PYFILE
  local name=$1 dir=$2 target=$3 py=$4 ob=$WORK/measure-ob-$1
  chmod -R u+w "$ob" 2>/dev/null; rm -rf "$ob"
  cd "$dir"
  local t0=$SECONDS
  bazel --output_base="$ob" build $FLAGS --disk_cache= --remote_cache= "$target" >"$WORK/measure-$name.log" 2>&1 ||
    { tail -20 "$WORK/measure-$name.log"; die "$name: cold build failed"; }
  local cold=$((SECONDS - t0)); t0=$SECONDS
  bazel --output_base="$ob" build $FLAGS --disk_cache= --remote_cache= "$target" >/dev/null 2>&1
  local warm=$((SECONDS - t0))
  cp "$py" "$WORK/measure.py.orig"
  printf '\nprint("measure %s")\n' "$(date +%s%N)" >>"$py"
  t0=$SECONDS
  bazel --output_base="$ob" build $FLAGS --disk_cache= --remote_cache= "$target" >/dev/null 2>&1
  local incr=$((SECONDS - t0))
  cp "$WORK/measure.py.orig" "$py"
  local actions; actions=$(grep -o '[0-9]* total actions' "$WORK/measure-$name.log" | tail -1)
  bazel --output_base="$ob" shutdown >/dev/null 2>&1
  chmod -R u+w "$ob"; rm -rf "$ob"
  echo "$name: cold ${cold}s ($actions), warm no-op ${warm}s, one .py changed ${incr}s"
}

for w in $which; do
  case $w in
    monorepo) measure monorepo "$MONOREPO" //app:server "$MONOREPO/textutil/words.py" ;;
    synth)
      rm -rf "$WORK/synth200"
      python3 "$ROOT/tests/bazel/synth_gen.py" "$WORK/synth200" --modules 200 >&2
      measure synth200 "$WORK/synth200" //app:main "$WORK/synth200/pkg010/mod03.py" ;;
  esac
done
