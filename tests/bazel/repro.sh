#!/usr/bin/env bash
# Reproducibility: examples/monorepo's //app:server built in its usual output
# base and from a copy of the whole tree at another path must have the same
# sha256. The copy necessarily builds in a second output base (Bazel keys the
# output base by the workspace path), so one extra cold build proves both
# "another output base" and "another path"; REPRO_FULL=1 adds a build in an
# explicit second output base of the same tree. No cache is shared between
# the builds (only Bazel's repository cache of downloaded zips).
source "$(dirname "$0")/lib.sh"
TARGET=//app:server
BIN=bazel-bin/app/server_/server
NOCACHE="--disk_cache= --remote_cache="

build_sha() { # DIR [startup flags...]
  local dir=$1; shift
  (cd "$dir" && bazel "$@" build $FLAGS $NOCACHE $TARGET >"$WORK/repro-build.log" 2>&1) ||
    { tail -30 "$WORK/repro-build.log"; die "build in $dir $* failed"; }
  local bin
  bin=$(cd "$dir" && bazel "$@" info $FLAGS bazel-bin 2>/dev/null)/app/server_/server
  sha "$bin"
}

a=$(build_sha "$MONOREPO")
log "A (usual output base):        $a"

OB=$WORK/repro-ob
rm -rf "$OB"
if [ "${REPRO_FULL:-0}" = 1 ]; then
  b=$(build_sha "$MONOREPO" --output_base="$OB")
  (cd "$MONOREPO" && bazel --output_base="$OB" shutdown) || true
  log "B (second output base):       $b"
else
  b=$a
fi

COPY=$WORK/repro-copy-$$/elsewhere/pygo
mkdir -p "$COPY"
(cd "$ROOT" && tar --exclude=./.git --exclude='./bazel-*' --exclude='./examples/monorepo/bazel-*' -cf - .) | (cd "$COPY" && tar -xf -)
c=$(build_sha "$COPY/examples/monorepo")
(cd "$COPY/examples/monorepo" && ob=$(bazel info output_base) && bazel shutdown && rm -rf "$ob") || true
log "C (copy at $COPY): $c"

chmod -R u+w "$OB" 2>/dev/null || true
rm -rf "$OB" "$WORK/repro-copy-$$"
[ "$a" = "$b" ] || die "sha256 differs between output bases"
[ "$a" = "$c" ] || die "sha256 differs for a copy of the tree at another path"
log "PASS: identical sha256 $a"
