package resolve

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

// Flags are the raw facts symtable.c records about a name in one scope.
// The values are CPython's DEF_* and USE constants.
type Flags uint16

// The flags, with CPython's values.
const (
	DefGlobal    Flags = 1 << iota // declared global (global statement, or walrus target hoisted to module)
	DefLocal                       // bound here: assignment, for/with/except/import-as target, def, class, del, match capture
	DefParam                       // a parameter (or a comprehension's implicit ".0")
	DefNonlocal                    // declared nonlocal (or a walrus target hoisted to an enclosing function)
	Use                            // read
	DefFree                        // unused by CPython 3.11; kept for its value
	DefFreeClass                   // a class-level name that a method also uses free
	DefImport                      // bound by an import
	DefAnnot                       // annotated (x: T)
	DefCompIter                    // a comprehension iteration variable

	// DefBound is any kind of binding.
	DefBound = DefLocal | DefParam | DefImport
)

// Binding is where a name lives, as symtable.c computes it (its "scope").
type Binding uint8

// The bindings, with CPython's values.
const (
	Unresolved     Binding = iota // only before analysis
	Local                         // LOCAL
	GlobalExplicit                // GLOBAL_EXPLICIT
	GlobalImplicit                // GLOBAL_IMPLICIT
	Free                          // FREE
	Cell                          // CELL
)

var bindingNames = [...]string{"Unresolved", "Local", "GlobalExplicit", "GlobalImplicit", "Free", "Cell"}

// String returns the binding's name, e.g. "Cell".
func (b Binding) String() string { return bindingNames[b] }

// scopeShift is symtable.c's SCOPE_OFFSET: a symbol's packed value is
// binding<<scopeShift | flags.
const scopeShift = 11

// Symbol is one name in one scope.
type Symbol struct {
	Name    string // as stored: mangled inside classes (_C__x)
	Flags   Flags
	Binding Binding
}

// Packed returns the symbol as CPython's symtable stores it
// (scope << 11 | flags), the value of symtable's _table.symbols[name].
func (s *Symbol) Packed() int { return int(s.Binding)<<scopeShift | int(s.Flags) }

// IsLocal reports whether the name is a local of its scope (Local or Cell).
func (s *Symbol) IsLocal() bool { return s.Binding == Local || s.Binding == Cell }

// IsGlobal reports whether the name is global (declared or implicit). Note
// that the module's own Local names are module globals too (the symtable
// module's is_global and is_local are both true for them).
func (s *Symbol) IsGlobal() bool {
	return s.Binding == GlobalExplicit || s.Binding == GlobalImplicit
}

// IsDeclaredGlobal reports whether the name is declared global here, by a
// global statement (or a walrus in a comprehension at module level).
func (s *Symbol) IsDeclaredGlobal() bool { return s.Binding == GlobalExplicit }

// IsNonlocal reports whether a nonlocal statement names it here.
func (s *Symbol) IsNonlocal() bool { return s.Flags&DefNonlocal != 0 }

// IsFree reports whether the name is a free variable, read from a cell of
// an enclosing function.
func (s *Symbol) IsFree() bool { return s.Binding == Free }

// IsCell reports whether the name is a local captured by a nested scope.
func (s *Symbol) IsCell() bool { return s.Binding == Cell }

// IsParam reports whether the name is a parameter.
func (s *Symbol) IsParam() bool { return s.Flags&DefParam != 0 }

// IsImported reports whether an import binds the name.
func (s *Symbol) IsImported() bool { return s.Flags&DefImport != 0 }

// IsAnnotated reports whether the name has a variable annotation here.
func (s *Symbol) IsAnnotated() bool { return s.Flags&DefAnnot != 0 }

// IsAssigned reports whether the name is assigned here (symtable's
// is_assigned: DefLocal; imports and parameters are not included).
func (s *Symbol) IsAssigned() bool { return s.Flags&DefLocal != 0 }

// IsBound reports whether the name is bound here in any way: assigned,
// imported or a parameter.
func (s *Symbol) IsBound() bool { return s.Flags&DefBound != 0 }

// IsReferenced reports whether the name is read here.
func (s *Symbol) IsReferenced() bool { return s.Flags&Use != 0 }

// IsCompIter reports whether the name is a comprehension iteration variable.
func (s *Symbol) IsCompIter() bool { return s.Flags&DefCompIter != 0 }

// Kind is a scope's kind, with the values of CPython's _symtable.TYPE_*.
type Kind uint8

// The kinds of scope.
const (
	FunctionScope Kind = iota // def, async def, lambda, comprehension
	ClassScope
	ModuleScope
)

// String returns what symtable's get_type() returns: "function", "class"
// or "module".
func (k Kind) String() string { return [...]string{"function", "class", "module"}[k] }

// Comprehension says which comprehension a function scope implements.
type Comprehension uint8

// The comprehension kinds.
const (
	NotComprehension Comprehension = iota
	ListComprehension
	DictComprehension
	SetComprehension
	GeneratorExpression
)

// Scope is one symbol-table block: the module, a class body or a function
// (def, lambda, comprehension).
type Scope struct {
	Kind Kind
	// Name is the function or class name; "top" for the module, "lambda",
	// "listcomp", "setcomp", "dictcomp" or "genexpr" for the anonymous ones.
	Name string
	// Node is the defining node: *syntax.Module, *syntax.ClassDef,
	// *syntax.FunctionDef, *syntax.AsyncFunctionDef, *syntax.Lambda,
	// *syntax.ListComp, *syntax.SetComp, *syntax.DictComp or
	// *syntax.GeneratorExp.
	Node syntax.Node
	// Lineno is the defining node's first line (0 for the module), as
	// symtable's get_lineno() reports it.
	Lineno int

	Parent   *Scope
	Children []*Scope // nested scopes, in CPython's order

	// Symbols maps each name (mangled if inside a class) to its symbol.
	Symbols map[string]*Symbol
	// Names lists Symbols' keys in CPython's order: first occurrence, then
	// free names added by the analysis (sorted).
	Names []string
	// Params lists the parameters in co_varnames order: positional-only,
	// positional, keyword-only, *args, **kwargs (".0" for a comprehension).
	Params []string

	Comprehension Comprehension
	// Nested is symtable's is_nested(): inside a function, or inside a
	// scope that is nested.
	Nested bool
	// IsGenerator: the function contains yield (or is a generator expression).
	IsGenerator bool
	// IsCoroutine: async def, or a comprehension that is asynchronous
	// (async for, await inside, or an inner async comprehension).
	IsCoroutine bool
	// HasVarargs and HasVarkeywords: the function takes *args / **kwargs.
	HasVarargs, HasVarkeywords bool
	// ReturnsValue: a return statement with a value occurs in the function.
	ReturnsValue bool
	// NeedsClassCell: this class body must create the implicit __class__
	// cell because a method uses super() or __class__.
	NeedsClassCell bool
	// HasFree: this scope uses a free variable, or is nested and refers to
	// a global implicitly (CPython's ste_free).
	HasFree bool
	// ChildHasFree: some nested scope has free variables (ste_child_free).
	ChildHasFree bool

	// private is the class name used for mangling inside this scope ("" if
	// none); directives records global/nonlocal statements for errors.
	private    string
	directives []directive
	// compIterTarget and compIterExpr track what symtable.c's
	// ste_comp_iter_target and ste_comp_iter_expr track during the build.
	compIterTarget bool
	compIterExpr   int
}

// directive is a global or nonlocal declaration, kept to position errors.
type directive struct {
	name string
	pos  syntax.Pos
}

// IsFunction reports whether the scope is a function (including lambdas
// and comprehensions).
func (s *Scope) IsFunction() bool { return s.Kind == FunctionScope }

// Optimized reports whether locals are fast locals (symtable's
// is_optimized(): true for function scopes).
func (s *Scope) Optimized() bool { return s.Kind == FunctionScope }

// HasChildren reports whether the scope contains nested scopes.
func (s *Scope) HasChildren() bool { return len(s.Children) > 0 }

// Mangle returns name as stored in this scope's Symbols: private names
// (__x, not __x__) are prefixed with the enclosing class name inside a
// class, as CPython's _Py_Mangle does.
func (s *Scope) Mangle(name string) string { return mangle(s.private, name) }

// Lookup returns the symbol for name, mangling it first; nil if the name
// does not occur in the scope.
func (s *Scope) Lookup(name string) *Symbol { return s.Symbols[s.Mangle(name)] }

// CellVars returns the names with binding Cell, sorted, in the order of
// CPython's co_cellvars. For a class that NeedsClassCell, "__class__" is
// included.
func (s *Scope) CellVars() []string {
	var out []string
	for name, sym := range s.Symbols {
		if sym.Binding == Cell {
			out = append(out, name)
		}
	}
	if s.NeedsClassCell {
		out = append(out, "__class__")
	}
	sort.Strings(out)
	return out
}

// FreeVars returns the names with binding Free, sorted, in the order of
// CPython's co_freevars (in a class scope, also names that are local to the
// class but free in a method, which CPython passes through too).
func (s *Scope) FreeVars() []string {
	var out []string
	for name, sym := range s.Symbols {
		if sym.Binding == Free || (s.Kind == ClassScope && sym.Flags&DefFreeClass != 0) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// Table is the result of resolving a module: the tree of scopes and a
// lookup from defining nodes to scopes.
type Table struct {
	Filename string
	Top      *Scope // the module scope
	// FutureAnnotations: the module starts with
	// "from __future__ import annotations".
	FutureAnnotations bool
	// FutureBarry: "from __future__ import barry_as_FLUFL".
	FutureBarry bool

	byNode       map[syntax.Node]*Scope
	futureLineno int // line of the last leading __future__ import, or -1
}

// ScopeOf returns the scope that a defining node creates: the module for
// the *syntax.Module, else a *syntax.FunctionDef, *syntax.AsyncFunctionDef,
// *syntax.Lambda, *syntax.ClassDef, *syntax.ListComp, *syntax.SetComp,
// *syntax.DictComp or *syntax.GeneratorExp. It returns nil for other nodes.
// A lambda or comprehension inside an annotation that "from __future__
// import annotations" postpones has a scope outside the tree, never
// analyzed (as in CPython: such annotations are only kept as strings).
func (t *Table) ScopeOf(n syntax.Node) *Scope { return t.byNode[n] }

// Walk calls f for every scope, parents before children, in order.
func (t *Table) Walk(f func(*Scope)) {
	var rec func(*Scope)
	rec = func(s *Scope) {
		f(s)
		for _, c := range s.Children {
			rec(c)
		}
	}
	rec(t.Top)
}

// Module resolves a parsed module and checks it for the compile-time errors
// CPython raises after parsing. On failure the error is a
// *syntax.SyntaxError worded and positioned as CPython's (the first one
// CPython would report). Module never panics.
func Module(filename string, mod *syntax.Module) (*Table, error) {
	t, err := Symtable(filename, mod)
	if err != nil {
		return nil, err
	}
	if err := check(t, mod); err != nil {
		return nil, err
	}
	return t, nil
}

// Symtable builds and analyzes the symbol table only, as CPython's
// symtable.symtable(src, filename, "exec") does: it reports the errors of
// future.c and symtable.c but not those of the compiler proper (use Module
// for those).
func Symtable(filename string, mod *syntax.Module) (t *Table, err error) {
	defer catch(&err)
	t = &Table{Filename: filename, byNode: map[syntax.Node]*Scope{}}
	ff := futureParse(filename, mod)
	t.FutureAnnotations = ff.annotations
	t.FutureBarry = ff.barry
	t.futureLineno = ff.lineno
	b := &builder{table: t, filename: filename}
	b.module(mod)
	analyze(t)
	return t, nil
}

// errorAt raises a SyntaxError at the range of p (columns made 1-based).
// It is recovered by catch at the package's API.
func errorAt(filename string, p syntax.Pos, msg string) {
	panic(&syntax.SyntaxError{
		Filename:  filename,
		Lineno:    p.Lineno,
		Offset:    p.ColOffset + 1,
		EndLineno: p.EndLineno,
		EndOffset: p.EndColOffset + 1,
		Kind:      "SyntaxError",
		Msg:       msg,
	})
}

// catch turns a SyntaxError panic into *err. Any other panic is a bug in
// this package (or a malformed tree): it becomes an internal error rather
// than a crash.
func catch(err *error) {
	if r := recover(); r != nil {
		if se, ok := r.(*syntax.SyntaxError); ok {
			*err = se
			return
		}
		*err = fmt.Errorf("internal resolver error: %v", r)
	}
}

// mangle is CPython's _Py_Mangle: inside class private, __name (not ending
// in __, without dots) becomes _private__name, private stripped of leading
// underscores; a class named only with underscores mangles nothing.
func mangle(private, name string) string {
	if private == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if name[len(name)-1] == '_' && name[len(name)-2] == '_' {
		return name
	}
	if strings.IndexByte(name, '.') >= 0 {
		return name
	}
	i := 0
	for i < len(private) && private[i] == '_' {
		i++
	}
	if i == len(private) {
		return name
	}
	return "_" + private[i:] + name
}
