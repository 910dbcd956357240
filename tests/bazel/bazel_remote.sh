#!/usr/bin/env bash
# Prints the path of a bazel-remote binary (the cache server used by
# remote_cache.sh), building it from the Go module proxy on first use:
# `go install ...@version` is refused offline (no version list), so the
# module is downloaded and built from the module cache.
set -euo pipefail
VERSION=${BAZEL_REMOTE_VERSION:-v2.6.1}
OUT=${XDG_CACHE_HOME:-$HOME/.cache}/pygo-bazel/bazel-remote-$VERSION
if [ ! -x "$OUT" ]; then
  mkdir -p "$(dirname "$OUT")"
  tmp=$(mktemp -d)
  dir=$(cd "$tmp" && GOFLAGS=-mod=mod go mod download -json "github.com/buchgr/bazel-remote/v2@$VERSION" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p')
  [ -n "$dir" ] || { echo "bazel_remote.sh: go mod download failed" >&2; exit 1; }
  (cd "$dir" && GOFLAGS=-mod=mod CGO_ENABLED=0 go build -trimpath -o "$OUT.tmp" .) >&2
  mv "$OUT.tmp" "$OUT"
  rm -rf "$tmp"
fi
echo "$OUT"
