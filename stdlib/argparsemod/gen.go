// Package argparsemod provides Python's argparse module for Pygo.
//
// The module is written in Python (py/argparse.py) following CPython
// 3.11's behaviour: the parsing algorithm, the help formatter's layout and
// every error message; pygoc compiles it to Go (argparse_gen.go, checked
// in). Regenerate after changing py/argparse.py or the code generator:
//
//	go generate ./stdlib/argparsemod
//
// CPython matches nargs patterns with the re module; here a small
// backtracking matcher does it, so argparse does not depend on re. The
// help width comes from $COLUMNS (else 80, minus 2), as
// shutil.get_terminal_size reports when output is not a terminal; the
// terminal's own size is not queried. parse_intermixed_args parses like
// parse_args (no intermixing).
package argparsemod

//go:generate go run ../../compiler/cmd/pygoc transpile -module argparse -package argparsemod -o argparse_gen.go py/argparse.py
