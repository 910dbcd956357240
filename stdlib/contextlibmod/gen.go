// Package contextlibmod provides Python's contextlib module for Pygo,
// written in Python (py/contextlib.py, Pygo's own implementation) and
// compiled to Go by pygoc; the generated file is checked in. Regenerate
// with go generate after changing contextlib.py or the code generator.
//
// contextmanager (also usable as a decorator), suppress, closing,
// ExitStack, nullcontext, redirect_stdout, redirect_stderr, chdir,
// AbstractContextManager and ContextDecorator work as in CPython. The
// asynchronous helpers are placeholders: Pygo's compiler does not
// support async def in modules yet.
package contextlibmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module contextlib -package contextlibmod -o contextlib_gen.go py/contextlib.py
