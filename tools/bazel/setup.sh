#!/usr/bin/env bash
# Makes a fresh Debian (bookworm) machine able to build Pygo with Bazel, offline.
#
# Only what must live outside the workspace is done here: the Debian packages
# (Bazel 4.2.3 and the rule sets its built-in WORKSPACE suffix would download).
# rules_go, Gazelle, the Go SDK and their patches are pinned repository rules
# (tools/bazel/repositories.bzl) fetched by Bazel into its repository cache.
#
# Idempotent and fast when already done (checks dpkg, no apt-get update).
#   FETCH=1 tools/bazel/setup.sh   also pre-fetches every external repository.
set -euo pipefail

PACKAGES=(bazel-bootstrap bazel-skylib bazel-rules-cc bazel-rules-java bazel-rules-proto patch)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# rules_go's repository rules and Gazelle's go_repository run `go`: the Go SDK
# itself comes from the module proxy (repositories.bzl), but the proxy's
# address is read from $GOPROXY or `go env GOPROXY` of a go on PATH.
if [ -z "${GOPROXY:-}" ] && ! command -v go >/dev/null 2>&1; then
  echo "setup: warning: neither \$GOPROXY nor a go on PATH: Bazel can only use its repository cache" >&2
fi

if [ "${FETCH:-0}" = 1 ]; then
  cd "$(dirname "$0")/../.."
  bazel fetch //... @go_sdk//:all @bazel_gazelle//:gazelle
fi
echo "setup: ok ($(bazel --version 2>/dev/null || echo bazel missing))"
