// Package textwrapmod provides Python's textwrap module for Pygo: wrap,
// fill, shorten, dedent, indent and TextWrapper, written in Python
// (py/textwrap.py) and compiled to Go by pygoc; textwrap_gen.go is checked
// in. Regenerate after changing py/textwrap.py or the code generator:
//
//	go generate ./stdlib/textwrapmod
//
// The word splitting that CPython does with a regular expression
// (TextWrapper.wordsep_re) is a hand-written scanner with the same
// results, so textwrap does not depend on re; the wordsep_re and
// wordsep_simple_re class attributes are therefore absent.
package textwrapmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module textwrap -package textwrapmod -o textwrap_gen.go py/textwrap.py
