// Package shlexmod provides Python's shlex module for Pygo (split, quote,
// join and the shlex lexer class with posix mode, whitespace_split,
// punctuation_chars, comments, push_token/push_source), written in Python
// (py/shlex.py) and compiled to Go by pygoc; shlex_gen.go is checked in.
// Regenerate after changing py/shlex.py or the code generator:
//
//	go generate ./stdlib/shlexmod
//
// Missing: the "source" inclusion hook of get_token (the attribute exists
// but is not acted on), and debug output.
package shlexmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module shlex -package shlexmod -o shlex_gen.go py/shlex.py
