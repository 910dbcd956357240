// Package miscmod provides small standard modules for Pygo: difflib,
// pprint, numbers, keyword and reprlib, written in Python (py/*.py) and
// compiled to Go by pygoc; the generated *_gen.go files are checked in.
//
// Regenerate the Python parts after changing py/*.py or the code
// generator:
//
//	go generate ./stdlib/miscmod
//
// Missing: difflib.HtmlDiff; pprint's special layouts for
// OrderedDict/defaultdict/Counter/deque/dataclasses (they print with
// their plain repr, wrapped only by the generic rules).
package miscmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module difflib -package miscmod -o difflib_gen.go py/difflib.py
//go:generate go run ../../compiler/cmd/pygoc transpile -module pprint -package miscmod -o pprint_gen.go py/pprint.py
//go:generate go run ../../compiler/cmd/pygoc transpile -module numbers -package miscmod -o numbers_gen.go py/numbers.py
//go:generate go run ../../compiler/cmd/pygoc transpile -module keyword -package miscmod -o keyword_gen.go py/keyword.py
//go:generate go run ../../compiler/cmd/pygoc transpile -module reprlib -package miscmod -o reprlib_gen.go py/reprlib.py
