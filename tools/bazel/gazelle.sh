#!/usr/bin/env bash
# Regenerates BUILD files: every Go package's (Gazelle's Go language) and the
# py_go_* rules (//gazelle_ext). One command after adding packages or imports:
#   tools/bazel/gazelle.sh [gazelle args...]
# Falls back to the Go language alone while //gazelle_ext does not build.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! bazel run //:gazelle -- "$@"; then
  echo "gazelle.sh: //:gazelle failed; regenerating Go packages only (//:gazelle_go)" >&2
  bazel run //:gazelle_go -- "$@"
fi
