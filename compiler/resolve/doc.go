// Package resolve computes the scope of every name in a Python 3.11 module,
// following CPython 3.11's Python/symtable.c rule for rule, and reports the
// compile-time errors that CPython raises after parsing (from symtable.c,
// future.c and compile.c).
//
// # Scopes
//
// A Scope is one of CPython's symbol-table blocks: the module, a class body,
// or a function. Lambdas and comprehensions are function scopes too (named
// "lambda", "listcomp", "setcomp", "dictcomp", "genexpr"); in 3.11 every
// comprehension, list comprehensions included, runs in its own function.
// Each Scope has a Symbol per name, holding the raw facts collected from
// the syntax tree (Flags: assigned, used, parameter, declared global...) and
// the Binding that the analysis derives from them:
//
//	Local           a local variable of this scope (module and class locals
//	                live in a namespace dict; function locals in fast slots)
//	GlobalExplicit  declared global here, or in an enclosing function
//	GlobalImplicit  not bound in any enclosing function: global or builtin
//	Free            bound in an enclosing function and read through a cell
//	Cell            local here and captured by a nested scope, so it must be
//	                stored in a cell
//
// A code generator can therefore keep every Local function variable in a
// plain Go variable and allocate cells only for Cell and Free names.
//
// # Algorithm
//
// As in CPython there are two passes. The first (build.go) walks the tree
// in symtable.c's exact order, creating a Scope for each block and
// recording for each name the flags of its occurrences. Names are mangled
// inside class bodies (__x becomes _C__x). Errors that symtable.c raises
// during this walk — duplicate arguments, global after use, walrus
// conflicts inside comprehensions, yield in a comprehension — are raised
// here.
//
// The second pass (analyze.go) walks the scopes top down, passing each child
// the set of names bound in enclosing function scopes ("bound") and the set
// of names declared global ("global"). A name that is only used becomes Free
// if an enclosing function binds it, otherwise GlobalImplicit. On the way
// back up, each scope learns which names its children need free; a function
// that binds such a name turns it into a Cell, and a class that is asked
// for __class__ (because a method uses super() or __class__) provides an
// implicit __class__ cell (Scope.NeedsClassCell). Free names that pass
// through a scope without being bound there are added to it as Free, so
// that the closure can be threaded through.
//
// The results match the symtable module: Symbol.Packed() equals the value
// in symtable.symtable(src, path, "exec") ... ._table.symbols[name], and a
// test compares the two over CPython's whole standard library.
//
// # Compile-time checks
//
// check.go and check_match.go reproduce the errors CPython's compiler
// raises after the symbol table is built ('return' outside function,
// 'break' outside loop, starred assignment targets, 'await' outside async
// function, default 'except:' must be last, keyword argument repeated,
// assignments to __debug__, misplaced __future__ imports, match patterns,
// ...), visiting the tree in the compiler's order so that the first error
// reported is CPython's. future.go reads the __future__ imports.
//
// # Differences from CPython
//
// CPython's RecursionError for pathologically deep trees ("maximum
// recursion depth exceeded during compilation") is not reproduced, nor are
// SyntaxWarnings. Only "exec" mode (a Module) is supported.
package resolve
