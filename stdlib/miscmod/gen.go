// Package miscmod provides small standard modules for Pygo: difflib,
// pprint, numbers, keyword, reprlib and platform (basics), written in
// Python (py/*.py) and compiled to Go by pygoc; the generated *_gen.go
// files are checked in. platform's system facts come from uname(2)
// through the Go helper module _pygo_platform (platform_support.go).
//
// Regenerate the Python parts after changing py/*.py or the code
// generator:
//
//	go generate ./stdlib/miscmod
//
// Missing: difflib.HtmlDiff; pprint's special layouts for
// OrderedDict/defaultdict/Counter/deque/dataclasses (they print with
// their plain repr, wrapped only by the generic rules); platform's
// libc_ver (a static Go binary has no C library: (”, ”)), so
// platform.platform() has no "-with-glibc" suffix, and processor() is ”.
package miscmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module difflib -package miscmod -o difflib_gen.go py/difflib.py
//go:generate go run ../../compiler/cmd/pygoc transpile -module pprint -package miscmod -o pprint_gen.go py/pprint.py
//go:generate go run ../../compiler/cmd/pygoc transpile -module numbers -package miscmod -o numbers_gen.go py/numbers.py
//go:generate go run ../../compiler/cmd/pygoc transpile -module keyword -package miscmod -o keyword_gen.go py/keyword.py
//go:generate go run ../../compiler/cmd/pygoc transpile -module reprlib -package miscmod -o reprlib_gen.go py/reprlib.py
//go:generate go run ../../compiler/cmd/pygoc transpile -module platform -package miscmod -o platform_gen.go py/platform.py
