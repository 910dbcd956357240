// Package getoptmod provides Python's getopt module for Pygo (getopt,
// gnu_getopt, GetoptError), written in Python (py/getopt.py) and compiled
// to Go by pygoc; getopt_gen.go is checked in. Regenerate after changing
// py/getopt.py or the code generator:
//
//	go generate ./stdlib/getoptmod
//
// Error messages are CPython's (untranslated: there is no gettext).
package getoptmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module getopt -package getoptmod -o getopt_gen.go py/getopt.py
