#!/bin/sh
# Builds Gazelle v0.27.0's own command (cmd/gazelle) with the Pygo language
# added, runs it over every golden case and compares the BUILD files with
# BUILD.out. This checks that the stock update flow (what `bazel run
# //:gazelle` runs) and gazelle_ext/driver produce the same files. Needs the
# Go module cache (or proxy) for bazel-gazelle v0.27.0. Exit code 1 on a
# difference. The stock command exits 0 even when the extension reports
# problems, so expect.txt is not compared.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$here")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
src=$(cd "$repo" && go list -m -f '{{.Dir}}' github.com/bazelbuild/bazel-gazelle)
cp -r "$src" "$work/gz"
chmod -R u+w "$work/gz"
rm -rf "$work/gz/vendor"
cat > "$work/gz/cmd/gazelle/langs.go" <<'GO'
package main

import (
	"github.com/bazelbuild/bazel-gazelle/language"
	golang "github.com/bazelbuild/bazel-gazelle/language/go"
	"github.com/bazelbuild/bazel-gazelle/language/proto"
	pygo "github.com/pygo-dev/pygo/gazelle_ext"
)

var languages = []language.Language{proto.NewLanguage(), golang.NewLanguage(), pygo.NewLanguage()}
GO
(cd "$work/gz" && go mod edit -require github.com/pygo-dev/pygo@v0.0.0 -replace "github.com/pygo-dev/pygo=$repo" &&
	GOFLAGS=-mod=mod go build -o "$work/gazelle" ./cmd/gazelle)
status=0
for c in "$here"/testdata/*/; do
	name=$(basename "$c")
	d="$work/run/$name"
	mkdir -p "$d"
	(cd "$c" && find . -type f ! -name BUILD.out ! -name expect.txt ! -name args.txt) | while read -r f; do
		mkdir -p "$d/$(dirname "$f")"
		t="$d/$f"
		[ "$(basename "$f")" = BUILD.in ] && t="$d/$(dirname "$f")/BUILD"
		cp "$c/$f" "$t"
	done
	args=$(cat "$c/args.txt" 2>/dev/null || true)
	# shellcheck disable=SC2086 # one flag or directory per line
	(cd "$d" && "$work/gazelle" -repo_root="$d" -build_file_name=BUILD $args >/dev/null 2>&1) || true
	for o in $(cd "$c" && find . -name BUILD.out); do
		if ! cmp -s "$c/$o" "$d/$(dirname "$o")/BUILD"; then
			echo "DIFF $name/$o"
			diff "$c/$o" "$d/$(dirname "$o")/BUILD" || true
			status=1
		fi
	done
done
[ $status = 0 ] && echo "stock Gazelle v0.27.0 matches every BUILD.out"
exit $status
