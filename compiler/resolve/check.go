package resolve

// The compile-time errors that CPython 3.11's compiler (Python/compile.c)
// raises after the symbol table is built: misplaced return/yield/await/
// break/continue, async constructs outside async functions, starred
// assignment targets, repeated keyword arguments, assignments to
// __debug__, late __future__ imports, misplaced bare except, except*
// restrictions, match-statement pattern errors and block nesting depth.
//
// The checker walks the tree in the compiler's order (which differs from
// symtable.c's: a class body is compiled before its bases, a
// comprehension's body before its first iterable, an assignment's value
// before its targets) and tracks what the compiler tracks: the current
// code unit, its stack of "frame blocks" (loops, try, with, handlers), and
// the current source location, which becomes the error's position.

import (
	"fmt"
	"strings"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

// unitKind is compile.c's COMPILER_SCOPE_*.
type unitKind uint8

const (
	unitModule unitKind = iota
	unitClass
	unitFunction
	unitAsyncFunction
	unitLambda
	unitComprehension
)

// fblockKind is compile.c's fblocktype.
type fblockKind uint8

const (
	fbWhileLoop fblockKind = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
	fbExceptionGroupHandler
)

// maxBlocks is CPython's CO_MAXBLOCKS.
const maxBlocks = 20

// fblock is one entry of a unit's frame-block stack. A try/finally's
// entry keeps the finally body: return, break and continue compile it
// again when they leave the try.
type fblock struct {
	kind      fblockKind
	finalbody []syntax.Stmt
}

// unit is one code object being compiled.
type unit struct {
	kind    unitKind
	scope   *Scope
	fblocks []fblock
}

type checker struct {
	table *Table
	unit  *unit
	loc   syntax.Pos // compile.c's u_lineno, u_col_offset, ...
}

// check runs the compiler's checks over a resolved module.
func check(t *Table, mod *syntax.Module) (err error) {
	defer catch(&err)
	c := &checker{table: t}
	c.unit = &unit{kind: unitModule, scope: t.Top}
	c.stmts(mod.Body)
	return nil
}

func (c *checker) fail(format string, args ...interface{}) {
	errorAt(c.table.Filename, c.loc, fmt.Sprintf(format, args...))
}

// enter compiles body as a new code unit for the scope of node.
func (c *checker) enter(kind unitKind, node syntax.Node, body func()) {
	saved, savedLoc := c.unit, c.loc
	c.unit = &unit{kind: kind, scope: c.table.ScopeOf(node)}
	body()
	c.unit, c.loc = saved, savedLoc
}

func (c *checker) push(kind fblockKind, finalbody []syntax.Stmt) {
	if len(c.unit.fblocks) >= maxBlocks {
		c.fail("too many statically nested blocks")
	}
	c.unit.fblocks = append(c.unit.fblocks, fblock{kind, finalbody})
}

func (c *checker) pop() { c.unit.fblocks = c.unit.fblocks[:len(c.unit.fblocks)-1] }

// inFunction reports whether the current unit's scope is a function
// (symtable's FunctionBlock: def, lambda or comprehension).
func (c *checker) inFunction() bool { return c.unit.scope.Kind == FunctionScope }

// forbidden rejects storing to or deleting __debug__ (forbidden_name).
func (c *checker) forbidden(name string, ctx syntax.ExprContext) {
	if name != "__debug__" {
		return
	}
	switch ctx {
	case syntax.Store:
		c.fail("cannot assign to __debug__")
	case syntax.Del:
		c.fail("cannot delete __debug__")
	}
}

func (c *checker) stmts(list []syntax.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *checker) exprs(list []syntax.Expr) {
	for _, e := range list {
		if e != nil {
			c.expr(e)
		}
	}
}

func (c *checker) stmt(s syntax.Stmt) {
	c.loc = s.Position()
	switch x := s.(type) {
	case *syntax.FunctionDef:
		c.function(x, x.Name, x.Args, x.Body, x.DecoratorList, x.Returns, unitFunction)
	case *syntax.AsyncFunctionDef:
		c.function(x, x.Name, x.Args, x.Body, x.DecoratorList, x.Returns, unitAsyncFunction)
	case *syntax.ClassDef:
		c.exprs(x.DecoratorList)
		c.enter(unitClass, x, func() { c.stmts(x.Body) })
		c.keywords(x.Keywords)
		c.callArgs(x.Bases, x.Keywords)
		c.loc = x.Pos
		c.forbidden(x.Name, syntax.Store)
	case *syntax.Return:
		c.ret(x)
	case *syntax.Delete:
		c.exprs(x.Targets)
	case *syntax.Assign:
		c.expr(x.Value)
		c.exprs(x.Targets)
	case *syntax.AugAssign:
		c.augAssign(x)
	case *syntax.AnnAssign:
		c.annAssign(x)
	case *syntax.For:
		c.push(fbForLoop, nil)
		c.expr(x.Iter)
		c.expr(x.Target)
		c.stmts(x.Body)
		c.pop()
		c.stmts(x.Orelse)
	case *syntax.AsyncFor:
		if c.unit.kind != unitAsyncFunction {
			c.fail("'async for' outside async function")
		}
		c.expr(x.Iter)
		c.push(fbForLoop, nil)
		c.expr(x.Target)
		c.stmts(x.Body)
		c.pop()
		c.stmts(x.Orelse)
	case *syntax.While:
		c.push(fbWhileLoop, nil)
		c.expr(x.Test)
		c.stmts(x.Body)
		c.pop()
		c.stmts(x.Orelse)
	case *syntax.If:
		c.expr(x.Test)
		c.stmts(x.Body)
		c.stmts(x.Orelse)
	case *syntax.With:
		c.with(x.Items, x.Body, fbWith)
	case *syntax.AsyncWith:
		c.with(x.Items, x.Body, fbAsyncWith)
	case *syntax.Match:
		c.match(x)
	case *syntax.Raise:
		if x.Exc != nil {
			c.expr(x.Exc)
			if x.Cause != nil {
				c.expr(x.Cause)
			}
		}
	case *syntax.Try:
		c.try(x.Pos, x.Body, x.Handlers, x.Orelse, x.Finalbody, false)
	case *syntax.TryStar:
		c.try(x.Pos, x.Body, x.Handlers, x.Orelse, x.Finalbody, true)
	case *syntax.Assert:
		c.expr(x.Test)
		if x.Msg != nil {
			c.expr(x.Msg)
		}
	case *syntax.Import:
		for _, a := range x.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
				if i := strings.IndexByte(name, '.'); i >= 0 {
					name = name[:i]
				}
			}
			c.forbidden(name, syntax.Store)
		}
	case *syntax.ImportFrom:
		if x.Lineno > c.table.futureLineno && x.Module == "__future__" {
			c.fail("from __future__ imports must occur at the beginning of the file")
		}
		for _, a := range x.Names {
			if a.Name == "*" {
				break
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			c.forbidden(name, syntax.Store)
		}
	case *syntax.ExprStmt:
		if _, ok := x.Value.(*syntax.Constant); !ok {
			c.expr(x.Value)
		}
	case *syntax.Break:
		c.loopExit("'break' outside loop")
	case *syntax.Continue:
		c.loopExit("'continue' not properly in loop")
	case *syntax.Global, *syntax.Nonlocal, *syntax.Pass:
	default:
		c.fail("internal error: unexpected statement %T", s)
	}
}

// function compiles def and async def (compiler_function).
func (c *checker) function(node syntax.Stmt, name string, args *syntax.Arguments, body []syntax.Stmt,
	decorators []syntax.Expr, returns syntax.Expr, kind unitKind) {
	c.debugArgs(args)
	c.exprs(decorators)
	c.defaults(args)
	c.argAnnotations(args, returns)
	c.enter(kind, node, func() { c.stmts(body) })
	c.forbidden(name, syntax.Store)
}

// debugArgs rejects a parameter named __debug__ (compiler_check_debug_args).
func (c *checker) debugArgs(a *syntax.Arguments) {
	for _, list := range [][]*syntax.Arg{a.Posonlyargs, a.Args} {
		for _, arg := range list {
			c.forbidden(arg.Arg, syntax.Store)
		}
	}
	if a.Vararg != nil {
		c.forbidden(a.Vararg.Arg, syntax.Store)
	}
	for _, arg := range a.Kwonlyargs {
		c.forbidden(arg.Arg, syntax.Store)
	}
	if a.Kwarg != nil {
		c.forbidden(a.Kwarg.Arg, syntax.Store)
	}
}

// defaults compiles the default values, positional then keyword-only.
func (c *checker) defaults(a *syntax.Arguments) {
	c.exprs(a.Defaults)
	c.exprs(a.KwDefaults)
}

// argAnnotations compiles a function's annotations, unless they are
// postponed by "from __future__ import annotations" (then they are only
// turned into strings).
func (c *checker) argAnnotations(a *syntax.Arguments, returns syntax.Expr) {
	if c.table.FutureAnnotations {
		return
	}
	ann := func(arg *syntax.Arg) {
		if arg == nil || arg.Annotation == nil {
			return
		}
		if st, ok := arg.Annotation.(*syntax.Starred); ok {
			// *args: *Ts
			c.expr(st.Value)
			return
		}
		c.expr(arg.Annotation)
	}
	for _, arg := range a.Args {
		ann(arg)
	}
	for _, arg := range a.Posonlyargs {
		ann(arg)
	}
	ann(a.Vararg)
	for _, arg := range a.Kwonlyargs {
		ann(arg)
	}
	ann(a.Kwarg)
	if returns != nil {
		c.expr(returns)
	}
}

// ret compiles a return statement (compiler_return).
func (c *checker) ret(x *syntax.Return) {
	if !c.inFunction() {
		c.fail("'return' outside function")
	}
	if x.Value != nil && c.unit.scope.IsCoroutine && c.unit.scope.IsGenerator {
		c.fail("'return' with value in async generator")
	}
	_, isConst := x.Value.(*syntax.Constant)
	preserveTOS := x.Value != nil && !isConst
	if preserveTOS {
		c.expr(x.Value)
	} else if x.Value != nil {
		c.loc = x.Value.Position()
	}
	if x.Value == nil || x.Value.Position().Lineno != x.Lineno {
		c.loc = x.Pos
	}
	c.unwindStack(preserveTOS, false)
}

// loopExit compiles break or continue: leaving every block up to the
// innermost loop of the unit.
func (c *checker) loopExit(msg string) {
	loc := c.loc
	if !c.unwindStack(false, true) {
		c.loc = loc
		c.fail(msg)
	}
}

// unwindStack mirrors compiler_unwind_fblock_stack: it leaves the blocks on
// top of the stack (up to the innermost loop if toLoop), compiling the
// finally bodies on the way, and reports whether a loop was found.
func (c *checker) unwindStack(preserveTOS, toLoop bool) bool {
	u := c.unit
	n := len(u.fblocks)
	if n == 0 {
		return false
	}
	top := u.fblocks[n-1]
	if top.kind == fbExceptionGroupHandler {
		c.fail("'break', 'continue' and 'return' cannot appear in an except* block")
	}
	if toLoop && (top.kind == fbWhileLoop || top.kind == fbForLoop) {
		return true
	}
	u.fblocks = u.fblocks[:n-1]
	if top.kind == fbFinallyTry {
		if preserveTOS {
			c.push(fbPopValue, nil)
		}
		c.stmts(top.finalbody)
		if preserveTOS {
			c.pop()
		}
	}
	found := c.unwindStack(preserveTOS, toLoop)
	u.fblocks = append(u.fblocks, top)
	return found
}

func (c *checker) augAssign(x *syntax.AugAssign) {
	c.loc = x.Target.Position()
	switch t := x.Target.(type) {
	case *syntax.Attribute:
		c.expr(t.Value)
	case *syntax.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
	}
	c.loc = x.Pos
	c.expr(x.Value)
	c.loc = x.Target.Position()
	if n, ok := x.Target.(*syntax.Name); ok {
		c.forbidden(n.Id, syntax.Store)
	}
}

// annAssign compiles an annotated assignment (compiler_annassign). The
// annotation is evaluated only in module and class bodies, and not at all
// under "from __future__ import annotations".
func (c *checker) annAssign(x *syntax.AnnAssign) {
	if x.Value != nil {
		c.expr(x.Value)
		c.expr(x.Target)
	}
	moduleOrClass := c.unit.kind == unitModule || c.unit.kind == unitClass
	switch t := x.Target.(type) {
	case *syntax.Name:
		c.forbidden(t.Id, syntax.Store)
		if x.Simple != 0 && moduleOrClass && !c.table.FutureAnnotations {
			c.expr(x.Annotation)
		}
	case *syntax.Attribute:
		c.forbidden(t.Attr, syntax.Store)
		if x.Value == nil {
			c.expr(t.Value)
		}
	case *syntax.Subscript:
		if x.Value == nil {
			c.expr(t.Value)
			c.expr(t.Slice)
		}
	}
	if x.Simple == 0 && moduleOrClass && !c.table.FutureAnnotations {
		c.expr(x.Annotation)
	}
}

// with compiles the items of a with statement one at a time, each inside
// the block of the previous (compiler_with, compiler_async_with).
func (c *checker) with(items []*syntax.WithItem, body []syntax.Stmt, kind fblockKind) {
	if kind == fbAsyncWith && c.unit.kind != unitAsyncFunction {
		c.fail("'async with' outside async function")
	}
	it := items[0]
	c.expr(it.ContextExpr)
	c.push(kind, nil)
	if it.OptionalVars != nil {
		c.expr(it.OptionalVars)
	}
	if len(items) == 1 {
		c.stmts(body)
	} else {
		c.with(items[1:], body, kind)
	}
	c.pop()
}

// try compiles try and try* statements (compiler_try, compiler_try_star).
func (c *checker) try(p syntax.Pos, body []syntax.Stmt, handlers []*syntax.ExceptHandler,
	orelse, finalbody []syntax.Stmt, star bool) {
	if len(finalbody) == 0 {
		c.tryExcept(p, body, handlers, orelse, star)
		return
	}
	c.push(fbFinallyTry, finalbody)
	if len(handlers) > 0 {
		c.tryExcept(p, body, handlers, orelse, star)
	} else {
		c.stmts(body)
	}
	c.pop()
	c.stmts(finalbody)
	// The finally body is compiled a second time, for the exceptional
	// path, one block deeper.
	c.push(fbFinallyEnd, nil)
	c.stmts(finalbody)
	c.pop()
}

func (c *checker) tryExcept(p syntax.Pos, body []syntax.Stmt, handlers []*syntax.ExceptHandler,
	orelse []syntax.Stmt, star bool) {
	c.loc = p
	c.push(fbTryExcept, nil)
	c.stmts(body)
	c.pop()
	if !star {
		c.stmts(orelse)
	}
	c.loc = p
	if star {
		c.push(fbExceptionGroupHandler, nil)
	} else {
		c.push(fbExceptionHandler, nil)
	}
	for i, h := range handlers {
		c.loc = h.Pos
		if h.Type == nil && i < len(handlers)-1 && !star {
			c.fail("default 'except:' must be last")
		}
		if h.Type != nil {
			c.expr(h.Type)
		}
		if h.Name != "" {
			c.forbidden(h.Name, syntax.Store)
		}
		c.push(fbHandlerCleanup, nil)
		c.stmts(h.Body)
		c.pop()
	}
	c.pop()
	if star {
		c.stmts(orelse)
	}
}

func (c *checker) expr(e syntax.Expr) {
	saved := c.loc
	c.loc = e.Position()
	c.expr1(e)
	c.loc = saved
}

func (c *checker) expr1(e syntax.Expr) {
	switch x := e.(type) {
	case *syntax.NamedExpr:
		c.expr(x.Value)
		c.expr(x.Target)
	case *syntax.BoolOp:
		c.exprs(x.Values)
	case *syntax.BinOp:
		c.expr(x.Left)
		c.expr(x.Right)
	case *syntax.UnaryOp:
		c.expr(x.Operand)
	case *syntax.Lambda:
		c.debugArgs(x.Args)
		c.defaults(x.Args)
		c.enter(unitLambda, x, func() { c.expr(x.Body) })
	case *syntax.IfExp:
		c.expr(x.Test)
		c.expr(x.Body)
		c.expr(x.Orelse)
	case *syntax.Dict:
		for i, v := range x.Values {
			if i < len(x.Keys) && x.Keys[i] != nil {
				c.expr(x.Keys[i])
			}
			c.expr(v)
		}
	case *syntax.Set:
		c.starUnpack(x.Elts)
	case *syntax.GeneratorExp:
		c.comprehension(x, x.Generators, x.Elt, nil)
	case *syntax.ListComp:
		c.comprehension(x, x.Generators, x.Elt, nil)
	case *syntax.SetComp:
		c.comprehension(x, x.Generators, x.Elt, nil)
	case *syntax.DictComp:
		c.comprehension(x, x.Generators, x.Key, x.Value)
	case *syntax.Yield:
		if !c.inFunction() {
			c.fail("'yield' outside function")
		}
		if x.Value != nil {
			c.expr(x.Value)
		}
	case *syntax.YieldFrom:
		if !c.inFunction() {
			c.fail("'yield' outside function")
		}
		if c.unit.kind == unitAsyncFunction {
			c.fail("'yield from' inside async function")
		}
		c.expr(x.Value)
	case *syntax.Await:
		if !c.inFunction() {
			c.fail("'await' outside function")
		}
		if c.unit.kind != unitAsyncFunction && c.unit.kind != unitComprehension {
			c.fail("'await' outside async function")
		}
		c.expr(x.Value)
	case *syntax.Compare:
		c.expr(x.Left)
		c.exprs(x.Comparators)
	case *syntax.Call:
		c.keywords(x.Keywords)
		c.expr(x.Func)
		c.callArgs(x.Args, x.Keywords)
	case *syntax.FormattedValue:
		c.expr(x.Value)
		if x.FormatSpec != nil {
			c.expr(x.FormatSpec)
		}
	case *syntax.JoinedStr:
		c.exprs(x.Values)
	case *syntax.Constant:
	case *syntax.Attribute:
		c.expr(x.Value)
		c.attrLocation(x)
		if x.Ctx == syntax.Store {
			c.forbidden(x.Attr, syntax.Store)
		}
	case *syntax.Subscript:
		c.expr(x.Value)
		c.expr(x.Slice)
	case *syntax.Starred:
		if x.Ctx == syntax.Store {
			c.fail("starred assignment target must be in a list or tuple")
		}
		c.fail("can't use starred expression here")
	case *syntax.Name:
		c.forbidden(x.Id, x.Ctx)
	case *syntax.List:
		c.sequence(x.Elts, x.Ctx)
	case *syntax.Tuple:
		c.sequence(x.Elts, x.Ctx)
	case *syntax.Slice:
		if x.Lower != nil {
			c.expr(x.Lower)
		}
		if x.Upper != nil {
			c.expr(x.Upper)
		}
		if x.Step != nil {
			c.expr(x.Step)
		}
	default:
		c.fail("internal error: unexpected expression %T", e)
	}
}

// attrLocation moves the location to the attribute name when an
// attribute spans lines (update_start_location_to_match_attr).
func (c *checker) attrLocation(x *syntax.Attribute) {
	if c.loc.Lineno == x.EndLineno {
		return
	}
	c.loc.Lineno = x.EndLineno
	if n := len(x.Attr); n <= x.EndColOffset {
		c.loc.ColOffset = x.EndColOffset - n
	} else {
		c.loc.ColOffset, c.loc.EndColOffset = -1, -1
	}
	if c.loc.EndLineno < c.loc.Lineno {
		c.loc.EndLineno = c.loc.Lineno
	}
	if c.loc.Lineno == c.loc.EndLineno && c.loc.EndColOffset < c.loc.ColOffset {
		c.loc.EndColOffset = c.loc.ColOffset
	}
}

// sequence compiles a list or tuple display or target.
func (c *checker) sequence(elts []syntax.Expr, ctx syntax.ExprContext) {
	switch ctx {
	case syntax.Store:
		// unpack_helper, then assignment_helper.
		seen := false
		for i, e := range elts {
			if _, ok := e.(*syntax.Starred); !ok {
				continue
			}
			if seen {
				c.fail("multiple starred expressions in assignment")
			}
			if i >= 1<<8 || len(elts)-i-1 >= (1<<31-1)>>8 {
				c.fail("too many expressions in star-unpacking assignment")
			}
			seen = true
		}
		for _, e := range elts {
			if st, ok := e.(*syntax.Starred); ok {
				e = st.Value
			}
			c.expr(e)
		}
	case syntax.Load:
		c.starUnpack(elts)
	default:
		c.exprs(elts)
	}
}

// starUnpack compiles the elements of a display, where *x is allowed.
func (c *checker) starUnpack(elts []syntax.Expr) {
	for _, e := range elts {
		if st, ok := e.(*syntax.Starred); ok {
			e = st.Value
		}
		c.expr(e)
	}
}

// keywords rejects a repeated keyword argument or one named __debug__
// (validate_keywords).
func (c *checker) keywords(kws []*syntax.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		c.forbidden(k.Arg, syntax.Store)
		for _, other := range kws[i+1:] {
			if other.Arg == k.Arg {
				c.loc = other.Pos
				c.fail("keyword argument repeated: %s", k.Arg)
			}
		}
	}
}

// callArgs compiles a call's arguments (or a class's bases and keywords).
func (c *checker) callArgs(args []syntax.Expr, kws []*syntax.Keyword) {
	c.starUnpack(args)
	for _, k := range kws {
		c.expr(k.Value)
	}
}

// comprehension compiles a comprehension (compiler_comprehension): its body
// in its own unit, then the first iterable in the enclosing one.
func (c *checker) comprehension(e syntax.Expr, gens []*syntax.Comprehension, elt, value syntax.Expr) {
	outerKind := c.unit.kind
	c.enter(unitComprehension, e, func() {
		s := c.unit.scope
		if _, isGen := e.(*syntax.GeneratorExp); s.IsCoroutine && !isGen &&
			outerKind != unitAsyncFunction && outerKind != unitComprehension {
			c.fail("asynchronous comprehension outside of an asynchronous function")
		}
		for i, g := range gens {
			if i > 0 {
				c.expr(g.Iter)
			}
			c.expr(g.Target)
			c.exprs(g.Ifs)
		}
		c.expr(elt)
		if value != nil {
			c.expr(value)
		}
	})
	c.expr(gens[0].Iter)
}
