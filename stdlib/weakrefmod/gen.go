package weakrefmod

// The weak containers and finalize are written in Python
// (py/weakref_extra.py) and compiled to Go by pygoc; the generated file is
// checked in. Regenerate with go generate after changing the Python source
// or the code generator.
//
//go:generate go run ../../compiler/cmd/pygoc transpile -module _pygo_weakref -package weakrefmod -o extra_gen.go py/weakref_extra.py
