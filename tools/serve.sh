#!/usr/bin/env bash
# The main job: set up Bazel offline (idempotent), build the example WSGI
# server with Bazel, and run it on 127.0.0.1 (PORT, default 8080).
#   tools/serve.sh            build and serve until Ctrl-C / SIGTERM
#   SMOKE=1 tools/serve.sh    build, serve, make a few requests, stop
set -euo pipefail
cd "$(dirname "$0")/.."
tools/bazel/setup.sh
bazel build //examples/server
bin=$(bazel info bazel-bin 2>/dev/null)/examples/server/server_/server
[ -x "$bin" ] || bin=$(bazel info bazel-bin 2>/dev/null)/examples/server/server
PORT=${PORT:-8080}
if [ "${SMOKE:-0}" = 1 ]; then
  "$bin" "$PORT" &
  pid=$!
  trap 'kill $pid 2>/dev/null || true' EXIT
  for _ in $(seq 50); do curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.2; done
  curl -fsS "http://127.0.0.1:$PORT/healthz"; echo
  curl -fsS "http://127.0.0.1:$PORT/fib/20"; echo
  kill -TERM $pid; wait $pid || true
  exit 0
fi
echo "serving on http://127.0.0.1:$PORT (Ctrl-C to stop)"
exec "$bin" "$PORT"
