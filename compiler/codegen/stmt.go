package codegen

import (
	"fmt"
	"strings"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

// stmts compiles a statement list.
func (f *fn) stmts(ss []syntax.Stmt) {
	for _, s := range ss {
		f.stmt(s)
	}
}

// position emits the comment and //line directive that precede the code
// of a statement.
func (f *fn) position(s syntax.Node) {
	line := s.Position().Lineno
	f.emit("// %s:%d: %s", f.g.fileC, line, f.g.srcLine(line))
	switch s.(type) {
	case *syntax.Pass, *syntax.Global, *syntax.Nonlocal:
		return
	}
	if !f.g.opt.NoLineDirectives {
		f.emit("")
	}
	f.lineDirective(line)
}

func (f *fn) lineDirective(line int) {
	if !f.g.opt.NoLineDirectives {
		f.emit("//line %s:%d", f.g.opt.File, line)
	}
}

// stmt compiles one statement.
func (f *fn) stmt(s syntax.Stmt) {
	g := f.g
	f.position(s)
	switch s := s.(type) {
	case *syntax.ExprStmt:
		if c, ok := s.Value.(*syntax.Constant); ok {
			_ = c // a constant statement (docstring, ...) does nothing
			return
		}
		f.discard(f.expr(s.Value))
	case *syntax.Assign:
		f.assignStmt(s)
	case *syntax.AugAssign:
		f.augAssign(s)
	case *syntax.AnnAssign:
		f.annAssign(s)
	case *syntax.Pass:
	case *syntax.Return:
		v := "py.None"
		if s.Value != nil {
			v = f.useExpr(s.Value)
		}
		f.emitReturn(v)
	case *syntax.If:
		f.ifStmt(s)
	case *syntax.While:
		f.whileStmt(s)
	case *syntax.For:
		f.forStmt(s)
	case *syntax.Break:
		f.emitJump(true, s)
	case *syntax.Continue:
		f.emitJump(false, s)
	case *syntax.Delete:
		for _, t := range s.Targets {
			f.del(t)
		}
	case *syntax.Global, *syntax.Nonlocal:
		// Scoping only: handled by the resolver.
	case *syntax.FunctionDef:
		f.funcDef(s)
	case *syntax.ClassDef:
		f.classDef(s)
	case *syntax.Raise:
		f.raise(s)
	case *syntax.Try:
		f.tryStmt(s)
	case *syntax.With:
		f.withStmt(s, 0, false)
	case *syntax.Assert:
		f.assertStmt(s)
	case *syntax.Import:
		f.importStmt(s)
	case *syntax.ImportFrom:
		f.importFrom(s)
	case *syntax.Match:
		f.matchStmt(s)
	case *syntax.AsyncFunctionDef:
		f.asyncFuncDef(s)
	case *syntax.AsyncFor:
		if !f.async {
			g.fail(s, "'async for' outside async function")
		}
		f.asyncFor(s)
	case *syntax.AsyncWith:
		if !f.async {
			g.fail(s, "'async with' outside async function")
		}
		f.withStmt(&syntax.With{Pos: s.Pos, Items: s.Items, Body: s.Body}, 0, true)
	case *syntax.TryStar:
		g.unsupported(s, "try/except* (exception groups)")
	default:
		g.unsupported(s, fmt.Sprintf("statement %T", s))
	}
}

// assignStmt compiles a = b = value.
func (f *fn) assignStmt(s *syntax.Assign) {
	// a, b = x, y: no tuple is built.
	if len(s.Targets) == 1 {
		if lt, ok := s.Targets[0].(*syntax.Tuple); ok {
			if rt, ok := s.Value.(*syntax.Tuple); ok && len(lt.Elts) == len(rt.Elts) && !hasStarred(lt.Elts) && !hasStarred(rt.Elts) {
				vals := f.useAll(rt.Elts)
				for i, v := range vals {
					if !f.isConstVar(v) && !isConstExpr(v) {
						t := f.newTemp("t")
						f.emit("%s := %s", t, v)
						vals[i] = t
					}
				}
				for i, t := range lt.Elts {
					f.assign(t, vals[i])
				}
				return
			}
		}
		// x = call(...) straight into a local when nothing can observe the
		// variable between a failed call and the error check.
		if n, ok := s.Targets[0].(*syntax.Name); ok && f.access(n.Id) == accFast && !f.inProtected() {
			v := f.expr(s.Value)
			if v.call != "" && !f.isCellish(n.Id) {
				gv := f.goVarOf(n.Id, false)
				f.usesErr = true
				f.emit("%s, err = %s", gv, v.call)
				f.check()
				f.bound[f.mangled(n.Id)] = true
				return
			}
			f.assign(s.Targets[0], f.use(v))
			return
		}
	}
	v := f.useExpr(s.Value)
	if len(s.Targets) > 1 && !f.isConstVar(v) && !isConstExpr(v) {
		t := f.newTemp("t")
		f.emit("%s := %s", t, v)
		v = t
	}
	for _, t := range s.Targets {
		f.assign(t, v)
	}
}

// isCellish reports whether a name may be observed by another function
// (a cell or free variable), so it must never hold a transient nil.
func (f *fn) isCellish(name string) bool {
	sym := f.symbol(name)
	if sym == nil {
		return true
	}
	return sym.IsCell() || sym.IsFree() || f.kind == fnGenerator
}

func hasStarred(es []syntax.Expr) bool {
	for _, e := range es {
		if _, ok := e.(*syntax.Starred); ok {
			return true
		}
	}
	return false
}

// assign stores the Go expression v into an assignment target.
func (f *fn) assign(target syntax.Expr, v string) {
	g := f.g
	switch t := target.(type) {
	case *syntax.Name:
		f.storeName(t.Id, v)
	case *syntax.Attribute:
		o := f.useExpr(t.Value)
		f.usesErr = true
		f.emit("err = py.SetAttr(th, %s, %s, %s)", o, g.nameStr(f.mangled(t.Attr)), v)
		f.check()
	case *syntax.Subscript:
		args := f.useAll([]syntax.Expr{t.Value, t.Slice})
		f.usesErr = true
		f.emit("err = py.SetItem(th, %s, %s, %s)", args[0], args[1], v)
		f.check()
	case *syntax.Tuple:
		f.unpack(t.Elts, v)
	case *syntax.List:
		f.unpack(t.Elts, v)
	case *syntax.Starred:
		g.fail(t, "starred assignment target must be in a list or tuple")
	default:
		g.fail(target, "cannot assign to %T", target)
	}
}

// unpack assigns the items of v to targets (one of which may be starred).
func (f *fn) unpack(targets []syntax.Expr, v string) {
	star := -1
	for i, t := range targets {
		if _, ok := t.(*syntax.Starred); ok {
			star = i
		}
	}
	items := f.newTemp("t")
	if star < 0 {
		f.emit("%s, err := py.Unpack(th, %s, %d)", items, v, len(targets))
	} else {
		f.emit("%s, err := py.UnpackEx(th, %s, %d, %d)", items, v, star, len(targets)-star-1)
	}
	f.check()
	if len(targets) == 0 { // [] = x checks that x is empty
		f.emit("_ = %s", items)
	}
	for i, t := range targets {
		if s, ok := t.(*syntax.Starred); ok {
			t = s.Value
		}
		f.assign(t, fmt.Sprintf("%s[%d]", items, i))
	}
}

// augAssign compiles target op= value, evaluating the target's parts once.
func (f *fn) augAssign(s *syntax.AugAssign) {
	g := f.g
	op := binOpConsts[s.Op]
	f.usesErr = true
	switch t := s.Target.(type) {
	case *syntax.Name:
		cur := f.use(f.loadName(t))
		rhs := f.useExpr(s.Value)
		if f.access(t.Id) == accFast && !f.inProtected() && !f.isCellish(t.Id) {
			f.emit("%s, err = py.InPlaceOp(th, %s, %s, %s)", f.goVarOf(t.Id, false), op, cur, rhs)
			f.check()
			return
		}
		r := f.newTemp("t")
		f.emit("%s, err := py.InPlaceOp(th, %s, %s, %s)", r, op, cur, rhs)
		f.check()
		f.storeName(t.Id, r)
	case *syntax.Attribute:
		o := f.useExpr(t.Value)
		if !f.isConstVar(o) {
			tmp := f.newTemp("t")
			f.emit("%s := %s", tmp, o)
			o = tmp
		}
		name := g.nameStr(f.mangled(t.Attr))
		cur := f.use(value{call: fmt.Sprintf("py.GetAttr(th, %s, %s)", o, name)})
		rhs := f.useExpr(s.Value)
		r := f.newTemp("t")
		f.emit("%s, err := py.InPlaceOp(th, %s, %s, %s)", r, op, cur, rhs)
		f.check()
		f.emit("err = py.SetAttr(th, %s, %s, %s)", o, name, r)
		f.check()
	case *syntax.Subscript:
		args := f.useAll([]syntax.Expr{t.Value, t.Slice})
		for i, a := range args {
			if !f.isConstVar(a) && !isConstExpr(a) {
				tmp := f.newTemp("t")
				f.emit("%s := %s", tmp, a)
				args[i] = tmp
			}
		}
		cur := f.use(value{call: fmt.Sprintf("py.GetItem(th, %s, %s)", args[0], args[1])})
		rhs := f.useExpr(s.Value)
		r := f.newTemp("t")
		f.emit("%s, err := py.InPlaceOp(th, %s, %s, %s)", r, op, cur, rhs)
		f.check()
		f.emit("err = py.SetItem(th, %s, %s, %s)", args[0], args[1], r)
		f.check()
	default:
		g.fail(s.Target, "illegal expression for augmented assignment")
	}
}

// annAssign compiles x: T = v (the annotation is stored for module and
// class level simple names, as CPython does).
func (f *fn) annAssign(s *syntax.AnnAssign) {
	g := f.g
	if s.Value != nil {
		v := f.useExpr(s.Value)
		f.assign(s.Target, v)
	}
	if f.kind == fnFunction || f.kind == fnGenerator {
		return
	}
	n, ok := s.Target.(*syntax.Name)
	if !ok || s.Simple == 0 {
		// Complex targets: CPython evaluates the target's parts.
		return
	}
	var ann string
	if g.tab.FutureAnnotations {
		ann = g.strConst(g.segment(s.Annotation))
	} else {
		ann = f.useExpr(s.Annotation)
	}
	ns := g.prefix + "globals"
	if f.kind == fnClass {
		ns = "ns"
	}
	f.usesErr = true
	f.emit("err = py.StoreAnnotation(th, %s, %s, %s)", ns, g.nameStr(f.mangled(n.Id)), ann)
	f.check()
}

// del compiles one del target.
func (f *fn) del(t syntax.Expr) {
	g := f.g
	switch t := t.(type) {
	case *syntax.Name:
		f.deleteName(t)
	case *syntax.Attribute:
		o := f.useExpr(t.Value)
		f.usesErr = true
		f.emit("err = py.DelAttr(th, %s, %s)", o, g.nameStr(f.mangled(t.Attr)))
		f.check()
	case *syntax.Subscript:
		args := f.useAll([]syntax.Expr{t.Value, t.Slice})
		f.usesErr = true
		f.emit("err = py.DelItem(th, %s, %s)", args[0], args[1])
		f.check()
	case *syntax.Tuple:
		for _, e := range t.Elts {
			f.del(e)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			f.del(e)
		}
	default:
		g.fail(t, "cannot delete %T", t)
	}
}

func (f *fn) ifStmt(s *syntax.If) {
	c := f.cond(s.Test)
	f.emit("if %s {", c)
	saved := f.saveBound()
	f.stmts(s.Body)
	afterBody := f.bound
	f.bound = saved
	if len(s.Orelse) > 0 {
		f.bound = f.saveBound()
		f.emit("} else {")
		// elif chains read better as else-if, but the condition may need
		// statements; keep the nesting.
		f.stmts(s.Orelse)
		f.bound = intersectBound(afterBody, f.bound)
	} else {
		f.bound = intersectBound(afterBody, saved)
	}
	f.emit("}")
}

func (f *fn) whileStmt(s *syntax.While) {
	saved := f.saveBound()
	loop := &fblock{kind: fbLoop}
	if len(s.Orelse) > 0 {
		loop.breakLabel = f.newTemp("break")
	}
	body := f.capture(func() {
		f.pollInterrupt()
		f.push(loop)
		c := f.cond(s.Test)
		if c != "true" {
			f.emit("if %s {\nbreak\n}", not(c))
		}
		f.stmts(s.Body)
		f.pop()
	})
	f.bound = saved
	f.emit("for {")
	f.buf.WriteString(body)
	f.emit("}")
	f.loopElse(loop, s.Orelse)
	f.bound = saved
}

// loopElse emits a loop's else clause and its break label.
func (f *fn) loopElse(loop *fblock, orelse []syntax.Stmt) {
	if len(orelse) == 0 {
		return
	}
	saved := f.saveBound()
	f.emit("{")
	f.stmts(orelse)
	f.emit("}")
	f.bound = saved
	if loop.breakUsed {
		f.emit("%s:", loop.breakLabel)
	}
}

// forStmt compiles a for loop; for i in range(...) with a local target
// becomes a Go counting loop while range is the builtin.
func (f *fn) forStmt(s *syntax.For) {
	if f.rangeLoop(s) {
		return
	}
	it := f.newTemp("it")
	iterable := f.useExpr(s.Iter)
	f.emit("%s, err := py.Iter(th, %s)", it, iterable)
	f.check()
	saved := f.saveBound()
	loop := &fblock{kind: fbLoop}
	if len(s.Orelse) > 0 {
		loop.breakLabel = f.newTemp("break")
	}
	body := f.capture(func() {
		f.pollInterrupt()
		item := f.newTemp("t")
		f.emit("%s, err := py.Next(th, %s)", item, it)
		f.check()
		f.emit("if %s == nil {\nbreak\n}", item)
		f.push(loop)
		f.assign(s.Target, item)
		f.stmts(s.Body)
		f.pop()
	})
	f.bound = saved
	f.emit("for {")
	f.buf.WriteString(body)
	f.emit("}")
	f.loopElse(loop, s.Orelse)
	f.bound = saved
}

// rangeLoop compiles for NAME in range(a[, b[, CONST]]) as a Go counting
// loop (NAME may be a local or a module/class name). The builtin check happens once, before the loop: if range has been
// rebound, the loop iterates over whatever the call returns instead.
func (f *fn) rangeLoop(s *syntax.For) bool {
	call, ok := s.Iter.(*syntax.Call)
	if !ok || len(call.Keywords) > 0 || len(call.Args) < 1 || len(call.Args) > 3 || hasStarred(call.Args) {
		return false
	}
	fnName, ok := call.Func.(*syntax.Name)
	if !ok || fnName.Id != "range" || f.access("range") != accGlobal {
		return false
	}
	target, ok := s.Target.(*syntax.Name)
	if !ok {
		return false
	}
	down := false
	if len(call.Args) == 3 {
		step, ok := intConst(call.Args[2])
		if !ok || step == 0 {
			return false
		}
		down = step < 0
	}
	rng := f.use(f.loadName(fnName))
	args := f.useAll(call.Args)
	lo, hi, step, it := f.newTemp("lo"), f.newTemp("hi"), f.newTemp("step"), f.newTemp("it")
	f.emit("%s, %s, %s, %s, err := py.RangeLoop(th, %s%s)", lo, hi, step, it, rng, joinArgs(args))
	f.check()
	saved := f.saveBound()
	loop := &fblock{kind: fbLoop}
	if len(s.Orelse) > 0 {
		loop.breakLabel = f.newTemp("break")
	}
	c := f.newTemp("c")
	cmp := "<"
	if down {
		cmp = ">"
	}
	body := f.capture(func() {
		f.pollInterrupt()
		f.emit("if %s == nil {", it)
		f.emit("if %s %s= %s {\nbreak\n}", c, map[string]string{"<": ">", ">": "<"}[cmp], hi)
		f.storeName(target.Id, fmt.Sprintf("py.Int(%s)", c))
		f.emit("} else {")
		item := f.newTemp("t")
		f.emit("%s, err := py.Next(th, %s)", item, it)
		f.check()
		f.emit("if %s == nil {\nbreak\n}", item)
		f.storeName(target.Id, item)
		f.emit("}")
		f.bound[f.mangled(target.Id)] = true
		f.push(loop)
		f.stmts(s.Body)
		f.pop()
	})
	f.bound = saved
	f.emit("for %s := %s; ; %s += %s {", c, lo, c, step)
	f.buf.WriteString(body)
	f.emit("}")
	f.loopElse(loop, s.Orelse)
	f.bound = saved
	return true
}

func intConst(e syntax.Expr) (int64, bool) {
	neg := false
	if u, ok := e.(*syntax.UnaryOp); ok && u.Op == syntax.USub {
		neg = true
		e = u.Operand
	}
	c, ok := e.(*syntax.Constant)
	if !ok {
		return 0, false
	}
	i, ok := c.Value.(*syntax.IntConst)
	if !ok || !i.V.IsInt64() {
		return 0, false
	}
	if neg {
		return -i.V.Int64(), true
	}
	return i.V.Int64(), true
}

func (f *fn) raise(s *syntax.Raise) {
	if s.Exc == nil {
		f.onErr("py.ReRaise(th)")
		return
	}
	vals := []syntax.Expr{s.Exc}
	if s.Cause != nil {
		vals = append(vals, s.Cause)
	}
	args := f.useAll(vals)
	cause := "nil"
	if len(args) > 1 {
		cause = args[1]
	}
	f.onErr(fmt.Sprintf("py.Raise(th, %s, %s)", args[0], cause))
}

func (f *fn) assertStmt(s *syntax.Assert) {
	c := f.cond(s.Test)
	f.emit("if %s {", not(c))
	saved := f.saveBound()
	if s.Msg != nil {
		m := f.useExpr(s.Msg)
		t := f.newTemp("t")
		f.emit("%s, err := py.Call1(th, py.AssertionErrorType, %s)", t, m)
		f.check()
		f.onErr(fmt.Sprintf("py.Raise(th, %s, nil)", t))
	} else {
		f.onErr("py.Raise(th, py.AssertionErrorType, nil)")
	}
	f.restoreBound(saved)
	f.emit("}")
}

// tryStmt compiles try/except/else/finally.
func (f *fn) tryStmt(s *syntax.Try) {
	if len(s.Finalbody) == 0 {
		f.tryExcept(s)
		return
	}
	saved := f.saveBound()
	b := &fblock{kind: fbFinally, label: f.newTemp("finally"), flows: map[int]bool{}}
	b.exc = "exc" + strings.TrimPrefix(b.label, "finally")
	b.flow = "flow" + strings.TrimPrefix(b.label, "finally")
	body := f.capture(func() {
		f.push(b)
		if len(s.Handlers) > 0 {
			f.tryExcept(&syntax.Try{Pos: s.Pos, Body: s.Body, Handlers: s.Handlers, Orelse: s.Orelse})
		} else {
			f.stmts(s.Body)
		}
		f.pop()
	})
	f.bound = saved
	f.emit("var %s error", b.exc)
	f.emit("var %s int", b.flow)
	f.emit("{")
	f.buf.WriteString(body)
	f.emit("}")
	if b.used {
		f.emit("%s:", b.label)
	}
	// The finally clause; with a pending exception it is "being handled".
	fb := &fblock{kind: fbFinallyBody, flow: b.flow, flows: b.flows}
	f.emit("{")
	if b.flows[flowRaise] {
		f.emit("if %s == %d {\nth.PushHandled(py.AsException(%s))\n}", b.flow, flowRaise, b.exc)
	}
	f.push(fb)
	f.stmts(s.Finalbody)
	f.pop()
	if b.flows[flowRaise] {
		f.emit("if %s == %d {\nth.PopHandled()\n}", b.flow, flowRaise)
	}
	f.emit("}")
	f.finallyTail(b)
	f.emit("_, _ = %s, %s", b.exc, b.flow)
}

// tryExcept compiles try/except/else (no finally).
func (f *fn) tryExcept(s *syntax.Try) {
	saved := f.saveBound()
	b := &fblock{kind: fbExcept, label: f.newTemp("except")}
	b.exc = "exc" + strings.TrimPrefix(b.label, "except")
	body := f.capture(func() {
		f.push(b)
		f.stmts(s.Body)
		f.pop()
	})
	afterBody := f.bound
	f.bound = saved
	if !b.used {
		// Nothing in the body can raise: the handlers are dead code.
		f.emit("{")
		f.buf.WriteString(body)
		f.emit("}")
		f.bound = afterBody
		if len(s.Orelse) > 0 {
			f.emit("{")
			f.stmts(s.Orelse)
			f.emit("}")
		}
		return
	}
	end := f.newTemp("end")
	f.emit("var %s error", b.exc)
	f.emit("{")
	f.buf.WriteString(body)
	f.emit("}")
	f.bound = afterBody
	if len(s.Orelse) > 0 {
		f.emit("{")
		f.stmts(s.Orelse)
		f.emit("}")
	}
	afterElse := f.bound
	f.emit("goto %s", end)
	f.emit("%s:", b.label)
	f.bound = saved
	f.emit("{")
	f.handlers(s.Handlers, b.exc)
	f.emit("}")
	f.emit("%s:", end)
	f.bound = intersectBound(saved, afterElse)
}

// handlers emits the chain of except clauses for the error in exc.
func (f *fn) handlers(hs []*syntax.ExceptHandler, exc string) {
	closes := 0
	for _, h := range hs {
		saved := f.saveBound()
		f.lineDirective(h.Lineno)
		matched := "true"
		if h.Type != nil {
			typ := f.useExpr(h.Type)
			matched = f.useBool(fmt.Sprintf("py.ExceptionMatches(th, %s, %s)", exc, typ))
		}
		if matched != "true" {
			f.emit("if %s {", matched)
		} else {
			f.emit("{")
		}
		e := f.newTemp("t")
		f.emit("%s := py.AsException(%s)", e, exc)
		f.emit("th.PushHandled(%s)", e)
		hb := &fblock{kind: fbHandler}
		if h.Name != "" {
			f.storeName(h.Name, e)
			name := h.Name
			hb.clear = func() { f.clearName(name) }
		}
		f.push(hb)
		f.stmts(h.Body)
		f.pop()
		f.emit("th.PopHandled()")
		if hb.clear != nil {
			hb.clear()
		}
		f.restoreBound(saved)
		if matched == "true" {
			f.emit("}")
			for ; closes > 0; closes-- {
				f.emit("}")
			}
			return
		}
		f.emit("} else {")
		closes++
	}
	f.onErr(exc)
	for ; closes > 0; closes-- {
		f.emit("}")
	}
}

// clearName unbinds the name of an except ... as name clause.
func (f *fn) clearName(name string) {
	switch f.access(name) {
	case accFast:
		f.emit("%s = nil", f.goVarOf(name, false))
	case accGlobal:
		f.emit("%sglobals.DelStr(%s)", f.g.prefix, f.g.nameStr(f.mangled(name)))
	default:
		f.emit("ns.DelStr(%s)", f.g.nameStr(f.mangled(name)))
	}
}

// withStmt compiles a with statement (items from index i on).
func (f *fn) withStmt(s *syntax.With, i int, async bool) {
	if i == len(s.Items) {
		f.stmts(s.Body)
		return
	}
	item := s.Items[i]
	mgr := f.useExpr(item.ContextExpr)
	b := &fblock{kind: fbWith, label: f.newTemp("withexc"), async: async}
	n := strings.TrimPrefix(b.label, "withexc")
	b.exc, b.exit = "exc"+n, "exit"+n
	val := f.newTemp("t")
	if async {
		aw := f.newTemp("t")
		f.emit("%s, %s, err := py.AsyncEnter(th, %s)", b.exit, aw, mgr)
		f.check()
		f.emit("%s, err := gen.Await(th, %s)", val, aw)
		f.check()
	} else {
		f.emit("%s, %s, err := py.Enter(th, %s)", b.exit, val, mgr)
		f.check()
	}
	saved := f.saveBound()
	body := f.capture(func() {
		f.push(b)
		if item.OptionalVars != nil {
			f.assign(item.OptionalVars, val)
		} else {
			f.emit("_ = %s", val)
		}
		f.withStmt(s, i+1, async)
		f.pop()
	})
	afterBody := f.bound
	f.emit("var %s error", b.exc)
	f.emit("{")
	f.buf.WriteString(body)
	f.emit("}")
	end := f.newTemp("end")
	f.usesErr = true
	f.emit("{")
	f.emitExitNone(len(f.fblocks), b)
	f.emit("}")
	if b.used {
		f.emit("goto %s", end)
		f.emit("%s:", b.label)
		f.emit("{")
		sup := f.newTemp("t")
		if async {
			aw, r := f.newTemp("t"), f.newTemp("t")
			f.emit("%s, err := py.AsyncExitCall(th, %s, %s)", aw, b.exit, b.exc)
			f.check()
			f.emit("%s, err := gen.Await(th, %s)", r, aw)
			f.check()
			f.emit("%s, err := py.Truth(th, %s)", sup, r)
		} else {
			f.emit("%s, err := py.Exit(th, %s, %s)", sup, b.exit, b.exc)
		}
		f.check()
		f.emit("if !%s {", sup)
		f.onErr(b.exc)
		f.emit("}")
		f.emit("}")
		f.emit("%s:", end)
		f.bound = saved
	} else {
		f.emit("_ = %s", b.exc)
		f.bound = afterBody
	}
}

// asyncFor compiles async for: __aiter__, then awaiting __anext__() until
// it raises StopAsyncIteration.
func (f *fn) asyncFor(s *syntax.AsyncFor) {
	it := f.newTemp("it")
	iterable := f.useExpr(s.Iter)
	f.emit("%s, err := py.AIter(th, %s)", it, iterable)
	f.check()
	saved := f.saveBound()
	loop := &fblock{kind: fbLoop}
	if len(s.Orelse) > 0 {
		loop.breakLabel = f.newTemp("break")
	}
	body := f.capture(func() {
		aw, item := f.newTemp("t"), f.newTemp("t")
		f.emit("%s, err := py.ANext(th, %s)", aw, it)
		f.check()
		f.emit("%s, err := gen.Await(th, %s)", item, aw)
		f.emit("if err != nil {")
		stop := f.newTemp("t")
		f.emit("if %s, _ := py.ExceptionMatches(th, err, py.StopAsyncIterationType); %s {\nbreak\n}", stop, stop)
		f.onErr("err")
		f.emit("}")
		f.push(loop)
		f.assign(s.Target, item)
		f.stmts(s.Body)
		f.pop()
	})
	f.bound = saved
	f.emit("for {")
	f.buf.WriteString(body)
	f.emit("}")
	f.loopElse(loop, s.Orelse)
	f.bound = saved
}
