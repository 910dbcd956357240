# Shared helpers for tests/bazel/*.sh (source it).
#
# PYGO_BAZEL_FLAGS: extra flags for every build. Default: empty when the real
# compiler, runtime and stdlib build with `go build`, else --config=standin
# (tests/bazel/testdata/standin), so the rules' machinery is tested either way.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
MONOREPO=$ROOT/examples/monorepo
WORK=${PYGO_TEST_TMP:-/tmp/pygo-bazel-tests}
mkdir -p "$WORK"

detect_flags() {
  if [ -n "${PYGO_BAZEL_FLAGS+x}" ]; then
    echo "$PYGO_BAZEL_FLAGS"
  elif [ -f "$ROOT/stdlib/MODULES" ] && (cd "$ROOT" && go build -o /dev/null ./compiler/cmd/pygoc >/dev/null 2>&1 && go build ./runtime ./stdlib >/dev/null 2>&1); then
    echo ""
  else
    echo "--config=standin"
  fi
}
FLAGS=$(detect_flags)
export PYGO_BAZEL_FLAGS=$FLAGS

log() { printf '[%s] %s\n' "$(basename "$0" .sh)" "$*" >&2; }
die() { log "FAIL: $*"; exit 1; }

# sha256 of a file.
sha() { sha256sum "$1" | cut -d' ' -f1; }

# count_spawns LOG [filter]: prints "mnemonic count" lines of an
# --execution_log_json_file (a stream of JSON objects).
exec_log_summary() {
  python3 - "$1" <<'PY'
import collections, json, sys
s = open(sys.argv[1]).read()
dec, i, objs = json.JSONDecoder(), 0, []
while True:
    while i < len(s) and s[i].isspace():
        i += 1
    if i >= len(s):
        break
    o, i = dec.raw_decode(s, i)
    objs.append(o)
c = collections.Counter(o.get("mnemonic", "?") for o in objs)
hits = sum(1 for o in objs if o.get("remoteCacheHit"))
cacheable = sum(1 for o in objs if o.get("remotable", True) and o.get("cacheable", True))
for m, n in sorted(c.items()):
    print(m, n)
print("TOTAL", len(objs))
print("REMOTE_HITS", hits)
print("CACHEABLE", cacheable)
for o in objs:
    if o.get("remotable", True) and o.get("cacheable", True) and not o.get("remoteCacheHit"):
        print("MISS", o.get("mnemonic"), o.get("progressMessage"))
PY
}
