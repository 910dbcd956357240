#!/usr/bin/env bash
# Gazelle end to end: delete every BUILD file of examples/monorepo's
# packages, run `bazel run //:gazelle`, check that Gazelle wrote them all
# back exactly as they are checked in (they were made by Gazelle), then
# `bazel build //...` and `bazel test //...` on what it wrote.
#
# The root BUILD.bazel stays: it holds the gazelle target itself. The
# checked-in files are saved first and put back on exit, whatever happens.
source "$(dirname "$0")/lib.sh"
cd "$MONOREPO"

save=$WORK/gazelle_e2e.saved
rm -rf "$save"
mkdir -p "$save"
mapfile -t files < <(find . -name BUILD.bazel -not -path './bazel-*' -not -path ./BUILD.bazel | sort)
[ ${#files[@]} -ge 3 ] || die "expected the monorepo's package BUILD files, found ${#files[@]}"
for f in "${files[@]}"; do
  mkdir -p "$save/$(dirname "$f")"
  cp "$f" "$save/$f"
done
restore() {
  for f in "${files[@]}"; do cp "$save/$f" "$MONOREPO/$f"; done
}
trap restore EXIT

for f in "${files[@]}"; do rm "$f"; done
log "deleted ${#files[@]} BUILD files: ${files[*]}"
bazel run $FLAGS //:gazelle || die "bazel run //:gazelle failed"
for f in "${files[@]}"; do
  [ -f "$f" ] || die "gazelle did not write $f"
  diff -u "$save/$f" "$f" || die "gazelle wrote $f differently from the checked-in file (diff above)"
done
log "gazelle wrote back ${#files[@]} BUILD files, identical to the checked-in ones"
bazel build $FLAGS //... || die "bazel build //... failed on Gazelle's BUILD files"
bazel test $FLAGS //... || die "bazel test //... failed on Gazelle's BUILD files"
log "PASS"
