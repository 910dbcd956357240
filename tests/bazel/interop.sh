#!/usr/bin/env bash
# Go interop (always with the stand-in runtime, whose API the Go code here
# uses): a py_go_library imports a Go-native module declared by
# py_go_interop; Go code links a py_go_library and runs its module; a
# py_go_binary links the whole closure through the libraries' deps.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
T=//tests/bazel/testdata/interop
bazel build --config=standin $T:gomain $T:pymain >"$WORK/interop.log" 2>&1 || { tail -20 "$WORK/interop.log"; die "build failed"; }
bin=$(bazel info --config=standin bazel-bin 2>/dev/null)/tests/bazel/testdata/interop
out=$("$bin/gomain_/gomain")
# A library does not link the stdlib (Go code blank-imports it if it wants it).
want='gomain: modules [fastmath uses]
fastmath: Go module loaded
uses: imported fastmath'
[ "$out" = "$want" ] || die "gomain printed:
$out"
out=$("$bin/pymain_/pymain")
want='fastmath: Go module loaded
uses: imported fastmath
entry: done'
[ "$out" = "$want" ] || die "pymain printed:
$out"
log "PASS"
