#!/usr/bin/env bash
# Remote caching: build examples/monorepo's //app:server against a real
# bazel-remote on 127.0.0.1, `bazel clean --expunge`, rebuild: every
# cacheable action must be a remote cache hit (from the execution log).
source "$(dirname "$0")/lib.sh"
TARGET=//app:server
SERVER=$("$(dirname "$0")/bazel_remote.sh")
OB=$WORK/remote-ob
SNAP=$WORK/remote-snapshot
CACHE_DIR=$WORK/remote-cache
rm -rf "$CACHE_DIR"; mkdir -p "$CACHE_DIR"
read -r GRPC HTTP < <(python3 -c 'import socket
ps=[]
for _ in range(2):
    s=socket.socket(); s.bind(("127.0.0.1",0)); ps.append(s)
print(*[s.getsockname()[1] for s in ps])')
"$SERVER" --dir "$CACHE_DIR" --max_size 5 --grpc_address "127.0.0.1:$GRPC" --http_address "127.0.0.1:$HTTP" \
  >"$WORK/bazel-remote.log" 2>&1 &
SERVER_PID=$!
cleanup() {
  kill "$SERVER_PID" 2>/dev/null || true
  (cd "$SNAP/examples/monorepo" 2>/dev/null && bazel --output_base="$OB" shutdown >/dev/null 2>&1) || true
  chmod -R u+w "$OB" 2>/dev/null || true
  rm -rf "$OB" "$CACHE_DIR" "$SNAP"
}
trap cleanup EXIT
for _ in $(seq 50); do
  curl -fs "http://127.0.0.1:$HTTP/status" >/dev/null 2>&1 && break
  sleep 0.2
done
REMOTE="--remote_cache=grpc://127.0.0.1:$GRPC --disk_cache="
# Build a snapshot of the tree, so that edits made meanwhile (other people's
# work on a shared checkout) cannot change action inputs between the builds.
rm -rf "$SNAP"; mkdir -p "$SNAP"
(cd "$ROOT" && tar --exclude=./.git --exclude='./bazel-*' --exclude='./examples/monorepo/bazel-*' -cf - .) | (cd "$SNAP" && tar -xf -)
cd "$SNAP/examples/monorepo"
bazel --output_base="$OB" build $FLAGS $REMOTE $TARGET >"$WORK/remote-1.log" 2>&1 || { tail -30 "$WORK/remote-1.log"; die "first build failed"; }
sha1=$(sha "$(bazel --output_base="$OB" info $FLAGS bazel-bin 2>/dev/null)/app/server_/server")
bazel --output_base="$OB" clean --expunge >/dev/null 2>&1
start=$(date +%s)
bazel --output_base="$OB" build $FLAGS $REMOTE --execution_log_json_file="$WORK/remote.json" $TARGET >"$WORK/remote-2.log" 2>&1 ||
  { tail -30 "$WORK/remote-2.log"; die "rebuild failed"; }
secs=$(( $(date +%s) - start ))
sha2=$(sha "$(bazel --output_base="$OB" info $FLAGS bazel-bin 2>/dev/null)/app/server_/server")
exec_log_summary "$WORK/remote.json" > "$WORK/remote.txt"
hits=$(awk '$1=="REMOTE_HITS"{print $2}' "$WORK/remote.txt")
cacheable=$(awk '$1=="CACHEABLE"{print $2}' "$WORK/remote.txt")
grep '^MISS' "$WORK/remote.txt" && die "cache misses after clean --expunge"
[ "$hits" -gt 0 ] && [ "$hits" = "$cacheable" ] || die "remote hits $hits of $cacheable"
[ "$sha1" = "$sha2" ] || die "binary differs after the cached rebuild"
log "PASS: $hits/$cacheable cacheable actions were remote cache hits (rebuild after clean --expunge: ${secs}s)"
