#!/usr/bin/env bash
# Changing one .py re-runs exactly one transpile action plus the Go
# compile/link actions downstream of it (counted from the execution log).
source "$(dirname "$0")/lib.sh"
cd "$MONOREPO"
SRC=textutil/words.py
cp "$SRC" "$WORK/words.py.orig"
trap 'cp "$WORK/words.py.orig" "$MONOREPO/$SRC"' EXIT

bazel build $FLAGS //app:server >/dev/null 2>&1 || die "initial build failed"
# A statement, so the generated Go changes (a comment may not change it).
printf '\nprint("incremental %s")\n' "$(date +%s%N)" >> "$SRC"
bazel build $FLAGS //app:server --execution_log_json_file="$WORK/incr.json" >/dev/null 2>&1 || die "rebuild failed"
exec_log_summary "$WORK/incr.json" > "$WORK/incr.txt"
cat "$WORK/incr.txt" | grep -v '^MISS' | sed 's/^/  /'
count() { awk -v m="$1" '$1 == m {print $2}' "$WORK/incr.txt" | head -1; }
[ "$(count PyGoTranspile)" = 1 ] || die "want exactly 1 PyGoTranspile, got $(count PyGoTranspile)"
[ -z "$(count PyGoCheckImports)" ] || die "imports unchanged, yet the import check re-ran"
[ "$(count GoLink)" = 1 ] || die "want 1 GoLink"
# Downstream packages of libs/textutil: textutil, report, server_pylib, server_pymain.
n=$(count GoCompilePkg); [ -n "$n" ] && [ "$n" -le 4 ] || die "want 1..4 GoCompilePkg, got ${n:-0}"
other=$(awk '$1 !~ /^(PyGoTranspile|GoCompilePkg|GoLink|TOTAL|REMOTE_HITS|CACHEABLE|MISS)$/' "$WORK/incr.txt")
[ -z "$other" ] || die "unexpected actions: $other"
log "PASS (1 transpile, $n compile, 1 link)"
