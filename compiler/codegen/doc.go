// Package codegen turns one parsed and resolved Python 3.11 module into one
// readable Go source file that uses Pygo's run-time (package py).
//
// # The shape of a generated file
//
// A module a.b (file a/b.py) becomes a Go file whose top-level identifiers
// all start with the module's prefix "a_b_" (several modules may share one
// Go package). It holds:
//
//	a_b_globals    the module namespace (*py.Dict), set when the body runs
//	init()         py.RegisterModule(&py.ModuleDef{...}) — the body runs on import
//	a_b_body       the module body: one Go statement group per Python statement
//	a_b_f, a_b_C_m one Go function per def that is not nested in another def
//	               (nested defs, lambdas and comprehensions are Go closures)
//	a_b_name_x     interned names and constants, package-level vars
//
// Every Python statement is preceded by a comment quoting it and a //line
// directive naming its Python line, so Go's stack traces (and Pygo's
// Python tracebacks, built from them) speak Python.
//
// # Names
//
// Function locals are Go locals declared at the top of the Go function
// (nil means unbound: reading one raises UnboundLocalError). A closure
// captures its free variables as Go variables — Go closures share variables
// exactly as Python cells do. Module and class names live in the namespace
// dict (py.LoadGlobal with a per-site cache, (*py.Dict).SetStr).
//
// # Control flow
//
// Exceptions are Go error values. A try statement, a with statement and a
// finally clause are compiled CPython-style into labelled sections inside
// the same Go function: an error inside a protected region jumps (goto) to
// its handler; return, break and continue that leave a finally clause
// record what they were doing in a flow variable and run the finally code
// first. No extra Go closures are created for control flow, so every Go
// frame of generated code is exactly one Python frame.
package codegen
