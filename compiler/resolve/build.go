package resolve

// The first pass: collect the raw flags of every name in every scope,
// walking the tree in the order of CPython 3.11's symtable.c (the order
// matters for which error is reported first and for the order of
// Scope.Children and Scope.Names).

import (
	"fmt"
	"strings"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

// annotationScope is the kind of the detached block that symtable.c
// creates for annotations under "from __future__ import annotations". Such
// blocks are walked (so errors inside annotations are reported) but are
// not part of the scope tree, as in CPython 3.11.
const annotationScope Kind = 3

// The symtable.c messages used in more than one place.
const (
	msgNamedExprCompConflict  = "assignment expression cannot rebind comprehension iteration variable '%s'"
	msgNamedExprInnerLoop     = "comprehension inner loop cannot rebind assignment expression target '%s'"
	msgNamedExprCompInClass   = "assignment expression within a comprehension cannot be used in a class body"
	msgNamedExprCompIterExpr  = "assignment expression cannot be used in a comprehension iterable expression"
	msgAnnotationNotAllowed   = "'%s' can not be used within an annotation"
	msgDuplicateArgument      = "duplicate argument '%s' in function definition"
	msgImportStarNotAtModule  = "import * only allowed at module level"
	msgAnnotatedGlobal        = "annotated name '%s' can't be global"
	msgAnnotatedNonlocal      = "annotated name '%s' can't be nonlocal"
	msgNonlocalAtModuleLevel  = "nonlocal declaration not allowed at module level"
	msgNoBindingForNonlocal   = "no binding for nonlocal '%s' found"
	msgNonlocalAndGlobal      = "name '%s' is nonlocal and global"
	msgYieldInComprehension   = "'yield' inside %s"
	msgDirectiveAfterParam    = "name '%s' is parameter and %s"
	msgDirectiveAfterUse      = "name '%s' is used prior to %s declaration"
	msgDirectiveAfterAssigned = "name '%s' is assigned to before %s declaration"
)

// builder holds the state of the first pass (symtable.c's struct symtable).
type builder struct {
	table    *Table
	filename string
	top      *Scope
	cur      *Scope
	stack    []*Scope
	private  string // the class name that mangles private names, or ""
}

func (b *builder) fail(p syntax.Pos, format string, args ...interface{}) {
	errorAt(b.filename, p, fmt.Sprintf(format, args...))
}

// enter opens a new scope as a child of the current one (symtable_enter_block).
func (b *builder) enter(name string, kind Kind, node syntax.Node, lineno int) {
	s := &Scope{
		Kind:    kind,
		Name:    name,
		Node:    node,
		Lineno:  lineno,
		Symbols: map[string]*Symbol{},
		private: b.private,
	}
	if prev := b.cur; prev != nil {
		s.Nested = prev.Nested || prev.Kind == FunctionScope
		// bpo-37757: no walrus anywhere inside a comprehension's iterable,
		// even inside a nested lambda or comprehension.
		s.compIterExpr = prev.compIterExpr
		if kind != annotationScope {
			s.Parent = prev
			prev.Children = append(prev.Children, s)
		}
	}
	if kind != annotationScope {
		b.table.byNode[node] = s
	}
	b.stack = append(b.stack, s)
	b.cur = s
}

// exit closes the current scope (symtable_exit_block).
func (b *builder) exit() {
	b.stack = b.stack[:len(b.stack)-1]
	b.cur = nil
	if n := len(b.stack); n > 0 {
		b.cur = b.stack[n-1]
	}
}

// lookup returns the flags collected so far for name in the current scope.
func (b *builder) lookup(name string) Flags {
	if sym := b.cur.Symbols[mangle(b.private, name)]; sym != nil {
		return sym.Flags
	}
	return 0
}

// addDef records flag for name in the current scope (symtable_add_def).
func (b *builder) addDef(name string, flag Flags, p syntax.Pos) { b.addDefIn(b.cur, name, flag, p) }

// addDefIn records flag for name in scope s (symtable_add_def_helper).
func (b *builder) addDefIn(s *Scope, name string, flag Flags, p syntax.Pos) {
	mangled := mangle(b.private, name)
	sym := s.Symbols[mangled]
	val := flag
	if sym != nil {
		if flag&DefParam != 0 && sym.Flags&DefParam != 0 {
			b.fail(p, msgDuplicateArgument, name)
		}
		val |= sym.Flags
	}
	if s.compIterTarget {
		// A comprehension iteration variable: it may not also be the
		// target of a walrus hoisted out of an inner comprehension.
		if val&(DefGlobal|DefNonlocal) != 0 {
			b.fail(p, msgNamedExprInnerLoop, name)
		}
		val |= DefCompIter
	}
	if sym == nil {
		sym = newSymbol(s, mangled)
	}
	sym.Flags = val
	if flag&DefParam != 0 {
		s.Params = append(s.Params, mangled)
	} else if flag&DefGlobal != 0 {
		g := b.top.Symbols[mangled]
		if g == nil {
			g = newSymbol(b.top, mangled)
		}
		g.Flags |= flag
	}
}

// newSymbol adds an empty symbol for name to s.
func newSymbol(s *Scope, name string) *Symbol {
	sym := &Symbol{Name: name}
	s.Symbols[name] = sym
	s.Names = append(s.Names, name)
	return sym
}

// recordDirective remembers a global/nonlocal declaration's position.
func (b *builder) recordDirective(name string, p syntax.Pos) {
	b.cur.directives = append(b.cur.directives, directive{mangle(b.private, name), p})
}

// module is the entry point (_PySymtable_Build for a Module).
func (b *builder) module(mod *syntax.Module) {
	b.enter("top", ModuleScope, mod, 0)
	b.top = b.cur
	b.table.Top = b.cur
	b.stmts(mod.Body)
	b.exit()
}

func (b *builder) stmts(list []syntax.Stmt) {
	for _, s := range list {
		b.stmt(s)
	}
}

func (b *builder) exprs(list []syntax.Expr) {
	for _, e := range list {
		if e != nil {
			b.expr(e)
		}
	}
}

func (b *builder) stmt(s syntax.Stmt) {
	switch x := s.(type) {
	case *syntax.FunctionDef:
		b.function(x, x.Name, x.Args, x.Body, x.DecoratorList, x.Returns, false)
	case *syntax.AsyncFunctionDef:
		b.function(x, x.Name, x.Args, x.Body, x.DecoratorList, x.Returns, true)
	case *syntax.ClassDef:
		b.addDef(x.Name, DefLocal, x.Pos)
		b.exprs(x.Bases)
		for _, k := range x.Keywords {
			b.expr(k.Value)
		}
		b.exprs(x.DecoratorList)
		b.enter(x.Name, ClassScope, x, x.Lineno)
		saved := b.private
		b.private = x.Name
		b.cur.private = x.Name
		b.stmts(x.Body)
		b.private = saved
		b.exit()
	case *syntax.Return:
		if x.Value != nil {
			b.expr(x.Value)
			b.cur.ReturnsValue = true
		}
	case *syntax.Delete:
		b.exprs(x.Targets)
	case *syntax.Assign:
		b.exprs(x.Targets)
		b.expr(x.Value)
	case *syntax.AnnAssign:
		b.annAssign(x)
	case *syntax.AugAssign:
		b.expr(x.Target)
		b.expr(x.Value)
	case *syntax.For:
		b.expr(x.Target)
		b.expr(x.Iter)
		b.stmts(x.Body)
		b.stmts(x.Orelse)
	case *syntax.AsyncFor:
		b.expr(x.Target)
		b.expr(x.Iter)
		b.stmts(x.Body)
		b.stmts(x.Orelse)
	case *syntax.While:
		b.expr(x.Test)
		b.stmts(x.Body)
		b.stmts(x.Orelse)
	case *syntax.If:
		b.expr(x.Test)
		b.stmts(x.Body)
		b.stmts(x.Orelse)
	case *syntax.Match:
		b.expr(x.Subject)
		for _, c := range x.Cases {
			b.pattern(c.Pattern)
			if c.Guard != nil {
				b.expr(c.Guard)
			}
			b.stmts(c.Body)
		}
	case *syntax.Raise:
		if x.Exc != nil {
			b.expr(x.Exc)
			if x.Cause != nil {
				b.expr(x.Cause)
			}
		}
	case *syntax.Try:
		b.try(x.Body, x.Orelse, x.Handlers, x.Finalbody)
	case *syntax.TryStar:
		b.try(x.Body, x.Orelse, x.Handlers, x.Finalbody)
	case *syntax.Assert:
		b.expr(x.Test)
		if x.Msg != nil {
			b.expr(x.Msg)
		}
	case *syntax.Import:
		for _, a := range x.Names {
			b.alias(a)
		}
	case *syntax.ImportFrom:
		for _, a := range x.Names {
			b.alias(a)
		}
	case *syntax.Global:
		b.declare(x.Names, x.Pos, DefGlobal, "global", msgAnnotatedGlobal)
	case *syntax.Nonlocal:
		b.declare(x.Names, x.Pos, DefNonlocal, "nonlocal", msgAnnotatedNonlocal)
	case *syntax.ExprStmt:
		b.expr(x.Value)
	case *syntax.Pass, *syntax.Break, *syntax.Continue:
	case *syntax.With:
		b.withItems(x.Items)
		b.stmts(x.Body)
	case *syntax.AsyncWith:
		b.withItems(x.Items)
		b.stmts(x.Body)
	default:
		panic(fmt.Sprintf("resolve: unexpected statement %T", s))
	}
}

// function handles def and async def (the FunctionDef case of
// symtable_visit_stmt): the name, defaults, annotations and decorators
// belong to the enclosing scope; the parameters and body to the new one.
func (b *builder) function(node syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr, async bool) {
	p := node.Position()
	b.addDef(name, DefLocal, p)
	b.exprs(args.Defaults)
	b.exprs(args.KwDefaults)
	b.annotations(node, args, returns)
	b.exprs(decorators)
	b.enter(name, FunctionScope, node, p.Lineno)
	if async {
		b.cur.IsCoroutine = true
	}
	b.arguments(args)
	b.stmts(body)
	b.exit()
}

func (b *builder) try(body, orelse []syntax.Stmt, handlers []*syntax.ExceptHandler, finalbody []syntax.Stmt) {
	b.stmts(body)
	b.stmts(orelse)
	for _, h := range handlers {
		if h.Type != nil {
			b.expr(h.Type)
		}
		if h.Name != "" {
			b.addDef(h.Name, DefLocal, h.Pos)
		}
		b.stmts(h.Body)
	}
	b.stmts(finalbody)
}

func (b *builder) withItems(items []*syntax.WithItem) {
	for _, it := range items {
		b.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			b.expr(it.OptionalVars)
		}
	}
}

// declare handles global and nonlocal statements.
func (b *builder) declare(names []string, p syntax.Pos, flag Flags, what, annotMsg string) {
	for _, name := range names {
		cur := b.lookup(name)
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			switch {
			case cur&DefParam != 0:
				b.fail(p, msgDirectiveAfterParam, name, what)
			case cur&Use != 0:
				b.fail(p, msgDirectiveAfterUse, name, what)
			case cur&DefAnnot != 0:
				b.fail(p, annotMsg, name)
			default:
				b.fail(p, msgDirectiveAfterAssigned, name, what)
			}
		}
		b.addDef(name, flag, p)
		b.recordDirective(name, p)
	}
}

func (b *builder) annAssign(x *syntax.AnnAssign) {
	if name, ok := x.Target.(*syntax.Name); ok {
		cur := b.lookup(name.Id)
		if cur&(DefGlobal|DefNonlocal) != 0 && b.cur != b.top && x.Simple != 0 {
			msg := msgAnnotatedNonlocal
			if cur&DefGlobal != 0 {
				msg = msgAnnotatedGlobal
			}
			b.fail(x.Pos, msg, name.Id)
		}
		if x.Simple != 0 {
			b.addDef(name.Id, DefAnnot|DefLocal, name.Pos)
		} else if x.Value != nil {
			b.addDef(name.Id, DefLocal, name.Pos)
		}
	} else {
		b.expr(x.Target)
	}
	b.annotation(x.Annotation)
	if x.Value != nil {
		b.expr(x.Value)
	}
}

// annotation visits one annotation (symtable_visit_annotation).
func (b *builder) annotation(e syntax.Expr) {
	if b.table.FutureAnnotations {
		b.enter("_annotation", annotationScope, e, e.Position().Lineno)
		b.expr(e)
		b.exit()
		return
	}
	b.expr(e)
}

// annotations visits a function's annotations (symtable_visit_annotations).
func (b *builder) annotations(node syntax.Stmt, a *syntax.Arguments, returns syntax.Expr) {
	if b.table.FutureAnnotations {
		b.enter("_annotation", annotationScope, node, node.Position().Lineno)
	}
	argAnnotations := func(args []*syntax.Arg) {
		for _, arg := range args {
			if arg.Annotation != nil {
				b.expr(arg.Annotation)
			}
		}
	}
	argAnnotations(a.Posonlyargs)
	argAnnotations(a.Args)
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		b.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		b.expr(a.Kwarg.Annotation)
	}
	argAnnotations(a.Kwonlyargs)
	if b.table.FutureAnnotations {
		b.exit()
	}
	if returns != nil {
		b.annotation(returns)
	}
}

// arguments defines the parameters in the function's own scope.
func (b *builder) arguments(a *syntax.Arguments) {
	for _, list := range [][]*syntax.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, arg := range list {
			b.addDef(arg.Arg, DefParam, arg.Pos)
		}
	}
	if a.Vararg != nil {
		b.addDef(a.Vararg.Arg, DefParam, a.Vararg.Pos)
		b.cur.HasVarargs = true
	}
	if a.Kwarg != nil {
		b.addDef(a.Kwarg.Arg, DefParam, a.Kwarg.Pos)
		b.cur.HasVarkeywords = true
	}
}

// alias handles one name of an import statement.
func (b *builder) alias(a *syntax.Alias) {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	if name == "*" {
		if b.cur.Kind != ModuleScope {
			b.fail(a.Pos, msgImportStarNotAtModule)
		}
		return
	}
	// "import a.b.c" binds a.
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	b.addDef(name, DefImport, a.Pos)
}

func (b *builder) pattern(p syntax.Pattern) {
	switch x := p.(type) {
	case *syntax.MatchValue:
		b.expr(x.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		for _, q := range x.Patterns {
			b.pattern(q)
		}
	case *syntax.MatchStar:
		if x.Name != "" {
			b.addDef(x.Name, DefLocal, x.Pos)
		}
	case *syntax.MatchMapping:
		b.exprs(x.Keys)
		for _, q := range x.Patterns {
			b.pattern(q)
		}
		if x.Rest != "" {
			b.addDef(x.Rest, DefLocal, x.Pos)
		}
	case *syntax.MatchClass:
		b.expr(x.Cls)
		for _, q := range x.Patterns {
			b.pattern(q)
		}
		for _, q := range x.KwdPatterns {
			b.pattern(q)
		}
	case *syntax.MatchAs:
		if x.Pattern != nil {
			b.pattern(x.Pattern)
		}
		if x.Name != "" {
			b.addDef(x.Name, DefLocal, x.Pos)
		}
	case *syntax.MatchOr:
		for _, q := range x.Patterns {
			b.pattern(q)
		}
	default:
		panic(fmt.Sprintf("resolve: unexpected pattern %T", p))
	}
}

// inAnnotation raises symtable.c's error for yield, await and walrus inside
// a postponed annotation.
func (b *builder) inAnnotation(what string, p syntax.Pos) {
	if b.cur.Kind == annotationScope {
		b.fail(p, msgAnnotationNotAllowed, what)
	}
}

func (b *builder) expr(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.NamedExpr:
		b.inAnnotation("named expression", x.Pos)
		b.namedExpr(x)
	case *syntax.BoolOp:
		b.exprs(x.Values)
	case *syntax.BinOp:
		b.expr(x.Left)
		b.expr(x.Right)
	case *syntax.UnaryOp:
		b.expr(x.Operand)
	case *syntax.Lambda:
		b.exprs(x.Args.Defaults)
		b.exprs(x.Args.KwDefaults)
		b.enter("lambda", FunctionScope, x, x.Lineno)
		b.arguments(x.Args)
		b.expr(x.Body)
		b.exit()
	case *syntax.IfExp:
		b.expr(x.Test)
		b.expr(x.Body)
		b.expr(x.Orelse)
	case *syntax.Dict:
		b.exprs(x.Keys)
		b.exprs(x.Values)
	case *syntax.Set:
		b.exprs(x.Elts)
	case *syntax.GeneratorExp:
		b.comprehension(x, "genexpr", GeneratorExpression, x.Generators, x.Elt, nil)
	case *syntax.ListComp:
		b.comprehension(x, "listcomp", ListComprehension, x.Generators, x.Elt, nil)
	case *syntax.SetComp:
		b.comprehension(x, "setcomp", SetComprehension, x.Generators, x.Elt, nil)
	case *syntax.DictComp:
		b.comprehension(x, "dictcomp", DictComprehension, x.Generators, x.Key, x.Value)
	case *syntax.Yield:
		b.inAnnotation("yield expression", x.Pos)
		if x.Value != nil {
			b.expr(x.Value)
		}
		b.yield(x.Pos)
	case *syntax.YieldFrom:
		b.inAnnotation("yield expression", x.Pos)
		b.expr(x.Value)
		b.yield(x.Pos)
	case *syntax.Await:
		b.inAnnotation("await expression", x.Pos)
		b.expr(x.Value)
		b.cur.IsCoroutine = true
	case *syntax.Compare:
		b.expr(x.Left)
		b.exprs(x.Comparators)
	case *syntax.Call:
		b.expr(x.Func)
		b.exprs(x.Args)
		for _, k := range x.Keywords {
			b.expr(k.Value)
		}
	case *syntax.FormattedValue:
		b.expr(x.Value)
		if x.FormatSpec != nil {
			b.expr(x.FormatSpec)
		}
	case *syntax.JoinedStr:
		b.exprs(x.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		b.expr(x.Value)
	case *syntax.Subscript:
		b.expr(x.Value)
		b.expr(x.Slice)
	case *syntax.Starred:
		b.expr(x.Value)
	case *syntax.Slice:
		if x.Lower != nil {
			b.expr(x.Lower)
		}
		if x.Upper != nil {
			b.expr(x.Upper)
		}
		if x.Step != nil {
			b.expr(x.Step)
		}
	case *syntax.Name:
		flag := DefLocal
		if x.Ctx == syntax.Load {
			flag = Use
		}
		b.addDef(x.Id, flag, x.Pos)
		// super() needs the __class__ cell: it counts as a use of __class__.
		if x.Ctx == syntax.Load && b.cur.Kind == FunctionScope && x.Id == "super" {
			b.addDef("__class__", Use, x.Pos)
		}
	case *syntax.List:
		b.exprs(x.Elts)
	case *syntax.Tuple:
		b.exprs(x.Elts)
	default:
		panic(fmt.Sprintf("resolve: unexpected expression %T", e))
	}
}

// yield marks the current scope a generator; yield is not allowed directly
// in a comprehension.
func (b *builder) yield(p syntax.Pos) {
	b.cur.IsGenerator = true
	if c := b.cur.Comprehension; c != NotComprehension {
		what := [...]string{"", "list comprehension", "dict comprehension", "set comprehension", "generator expression"}[c]
		b.fail(p, msgYieldInComprehension, what)
	}
}

// comprehension handles the four comprehensions
// (symtable_handle_comprehension). The first iterable is evaluated in the
// enclosing scope and passed to the new function as its parameter ".0".
func (b *builder) comprehension(e syntax.Expr, name string, kind Comprehension,
	gens []*syntax.Comprehension, elt, value syntax.Expr) {
	outer := gens[0]
	b.cur.compIterExpr++
	b.expr(outer.Iter)
	b.cur.compIterExpr--
	b.enter(name, FunctionScope, e, e.Position().Lineno)
	b.cur.Comprehension = kind
	if outer.IsAsync != 0 {
		b.cur.IsCoroutine = true
	}
	b.addDef(".0", DefParam, e.Position())
	b.cur.compIterTarget = true
	b.expr(outer.Target)
	b.cur.compIterTarget = false
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		b.cur.compIterTarget = true
		b.expr(g.Target)
		b.cur.compIterTarget = false
		b.cur.compIterExpr++
		b.expr(g.Iter)
		b.cur.compIterExpr--
		b.exprs(g.Ifs)
		if g.IsAsync != 0 {
			b.cur.IsCoroutine = true
		}
	}
	if value != nil {
		b.expr(value)
	}
	b.expr(elt)
	isGen := kind == GeneratorExpression
	b.cur.IsGenerator = isGen
	async := b.cur.IsCoroutine && !isGen
	b.exit()
	// An asynchronous list/set/dict comprehension makes its enclosing
	// scope asynchronous too.
	if async {
		b.cur.IsCoroutine = true
	}
}

// namedExpr handles ":=" (symtable_handle_namedexpr).
func (b *builder) namedExpr(x *syntax.NamedExpr) {
	if b.cur.compIterExpr > 0 {
		b.fail(x.Pos, msgNamedExprCompIterExpr)
	}
	if b.cur.Comprehension != NotComprehension {
		b.extendNamedExprScope(x.Target.(*syntax.Name))
	}
	b.expr(x.Value)
	b.expr(x.Target)
}

// extendNamedExprScope binds a walrus target inside a comprehension in the
// nearest enclosing non-comprehension scope
// (symtable_extend_namedexpr_scope).
func (b *builder) extendNamedExprScope(target *syntax.Name) {
	name := target.Id
	for i := len(b.stack) - 1; i >= 0; i-- {
		s := b.stack[i]
		if s.Comprehension != NotComprehension {
			// symtable.c looks the name up unmangled here.
			if sym := s.Symbols[name]; sym != nil && sym.Flags&DefCompIter != 0 {
				b.fail(target.Pos, msgNamedExprCompConflict, name)
			}
			continue
		}
		switch s.Kind {
		case FunctionScope:
			if sym := s.Symbols[name]; sym != nil && sym.Flags&DefGlobal != 0 {
				b.addDef(name, DefGlobal, target.Pos)
			} else {
				b.addDef(name, DefNonlocal, target.Pos)
			}
			b.recordDirective(name, target.Pos)
			b.addDefIn(s, name, DefLocal, target.Pos)
			return
		case ModuleScope:
			b.addDef(name, DefGlobal, target.Pos)
			b.recordDirective(name, target.Pos)
			b.addDefIn(s, name, DefGlobal, target.Pos)
			return
		case ClassScope:
			b.fail(target.Pos, msgNamedExprCompInClass)
		}
	}
}
