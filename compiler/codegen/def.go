package codegen

import (
	"fmt"
	"strings"

	"github.com/pygo-dev/pygo/compiler/resolve"
	"github.com/pygo-dev/pygo/compiler/syntax"
)

// qualPrefix returns the __qualname__ prefix for scopes defined in f.
func (f *fn) qualPrefix() string {
	switch f.kind {
	case fnModule:
		return ""
	case fnClass:
		return f.qualname + "."
	}
	return f.qualname + ".<locals>."
}

// asyncFuncDef compiles an async def statement: a function returning a
// coroutine (or an async generator).
func (f *fn) asyncFuncDef(s *syntax.AsyncFunctionDef) {
	f.funcDef(&syntax.FunctionDef{Pos: s.Pos, Name: s.Name, Args: s.Args, Body: s.Body, DecoratorList: s.DecoratorList, Returns: s.Returns}, s)
}

// funcDef compiles a def statement (node is the defining node for scope
// lookup, when it is not s itself).
func (f *fn) funcDef(s *syntax.FunctionDef, node ...syntax.Node) {
	var def syntax.Node = s
	if len(node) > 0 {
		def = node[0]
	}
	decorators := f.useAll(s.DecoratorList)
	for i, d := range decorators {
		if !f.isConstVar(d) {
			t := f.newTemp("t")
			f.emit("%s := %s", t, d)
			decorators[i] = t
		}
	}
	fobj := f.makeFunction(def, s.Name, s.Args, s.Body, nil)
	for i := len(decorators) - 1; i >= 0; i-- {
		fobj = f.use(value{call: fmt.Sprintf("py.Call1(th, %s, %s)", decorators[i], fobj)})
	}
	f.storeName(s.Name, fobj)
}

// lambda compiles a lambda expression to a function object.
func (f *fn) lambda(e *syntax.Lambda) string {
	return f.makeFunction(e, "<lambda>", e.Args, nil, e.Body)
}

// params lists a function's parameters in Signature slot order.
func params(a *syntax.Arguments) (names []string, nposonly, npos, nkwonly int, varargs, kwargs bool) {
	for _, p := range a.Posonlyargs {
		names = append(names, p.Arg)
	}
	for _, p := range a.Args {
		names = append(names, p.Arg)
	}
	nposonly, npos = len(a.Posonlyargs), len(a.Posonlyargs)+len(a.Args)
	if a.Vararg != nil {
		names = append(names, a.Vararg.Arg)
		varargs = true
	}
	for _, p := range a.Kwonlyargs {
		names = append(names, p.Arg)
	}
	nkwonly = len(a.Kwonlyargs)
	if a.Kwarg != nil {
		names = append(names, a.Kwarg.Arg)
		kwargs = true
	}
	return
}

// makeFunction creates a function object for a def (body) or a lambda
// (expr) and returns the Go temporary holding it.
func (f *fn) makeFunction(node syntax.Node, name string, a *syntax.Arguments, body []syntax.Stmt, expr syntax.Expr) string {
	g := f.g
	scope := g.tab.ScopeOf(node)
	if scope == nil {
		g.fail(node, "internal error: no scope for function %s", name)
	}
	// Defaults are evaluated in the enclosing scope, at definition time.
	defaults := f.useAll(a.Defaults)
	var kwdefaults []string
	hasKwDefault := false
	for _, d := range a.KwDefaults {
		if d == nil {
			kwdefaults = append(kwdefaults, "nil")
			continue
		}
		hasKwDefault = true
		kwdefaults = append(kwdefaults, f.useExpr(d))
	}
	for i, d := range defaults {
		if !f.isConstVar(d) && !isConstExpr(d) {
			t := f.newTemp("t")
			f.emit("%s := %s", t, d)
			defaults[i] = t
		}
	}

	annotations := f.annotations(a, node)

	qual := f.qualPrefix() + name
	names, nposonly, npos, nkwonly, varargs, kwargs := params(a)
	kind := fnFunction
	ctor := ""
	switch {
	case scope.IsCoroutine && scope.IsGenerator:
		kind, ctor = fnGenerator, "py.NewAsyncGenerator"
	case scope.IsCoroutine:
		kind, ctor = fnGenerator, "py.NewCoroutine"
	case scope.IsGenerator:
		kind, ctor = fnGenerator, "py.NewGenerator"
	}
	child := newFn(g, f, scope, fnFunction)
	child.qualname = qual
	goParams := make([]string, len(names))
	for i, n := range names {
		goParams[i] = g.localName(scope.Mangle(n))
		child.params[goParams[i]] = true
	}
	if npos > 0 {
		child.firstParam = goParams[0]
	}
	// Span for tracebacks: the body's lines (the def line itself runs in
	// the enclosing frame).
	p := node.Position()
	spanName := name
	if expr != nil {
		g.spans = append(g.spans, span{p.Lineno, p.EndLineno, "<lambda>"})
	} else {
		start := p.Lineno
		if len(body) > 0 {
			start = body[0].Position().Lineno
		}
		g.spans = append(g.spans, span{start, p.EndLineno, spanName})
	}

	static := f.static && (f.kind == fnModule || f.kind == fnClass) && expr == nil
	var goName string
	if static {
		goName = g.topName(strings.ReplaceAll(qual, ".", "_"))
		child.goName = goName
	}

	// The Go function's signature.
	var sig string
	useSlice := len(names) > 3
	if useSlice {
		sig = "(th *py.Thread, args []py.Object) (py.Object, error)"
	} else {
		ps := []string{"th *py.Thread"}
		if len(goParams) > 0 {
			ps = append(ps, strings.Join(goParams, ", ")+" py.Object")
		}
		sig = "(" + strings.Join(ps, ", ") + ") (py.Object, error)"
	}

	var text strings.Builder
	if useSlice {
		fmt.Fprintf(&text, "%s := %s\n", strings.Join(goParams, ", "), slotList(len(goParams)))
		blanks := strings.TrimSuffix(strings.Repeat("_, ", len(goParams)), ", ")
		fmt.Fprintf(&text, "%s = %s\n", blanks, strings.Join(goParams, ", "))
	}
	if kind == fnGenerator {
		genFn := newFn(g, child, scope, fnGenerator)
		genFn.async = scope.IsCoroutine
		genFn.qualname = qual
		genFn.params = child.params
		genFn.firstParam = child.firstParam
		genBody := genFn.bodyOf(body, expr)
		fmt.Fprintf(&text, "return %s(th, %q, %q, func(th *py.Thread, gen *py.Yielder) (py.Object, error) {\n%s}), nil\n",
			ctor, name, qual, genBody)
	} else {
		text.WriteString("if err := th.Enter(); err != nil {\nreturn nil, err\n}\ndefer th.Leave()\n")
		text.WriteString(child.bodyOf(body, expr))
	}

	var impl string
	if static {
		doc := fmt.Sprintf("// %s is %s (%s:%d).", goName, sanitizeComment(describeDef(name, qual, expr != nil)), g.fileC, p.Lineno)
		var fb strings.Builder
		fb.WriteString(doc + "\n")
		if !g.opt.NoLineDirectives {
			fmt.Fprintf(&fb, "\n//line %s:%d\n", g.opt.File, p.Lineno)
		}
		fmt.Fprintf(&fb, "func %s%s {\n%s}\n\n", goName, sig, text.String())
		g.funcs = append(g.funcs, fb.String())
		impl = goName
	} else {
		impl = fmt.Sprintf("func%s {\n%s}", sig, text.String())
	}

	// The function object.
	t := f.newTemp("t")
	var sb strings.Builder
	fmt.Fprintf(&sb, "&py.Signature{Name: %q", qual)
	if len(names) > 0 {
		quoted := make([]string, len(names))
		for i, n := range names {
			quoted[i] = fmt.Sprintf("%q", scope.Mangle(n))
		}
		fmt.Fprintf(&sb, ", Names: []string{%s}", strings.Join(quoted, ", "))
	}
	if nposonly > 0 {
		fmt.Fprintf(&sb, ", NPosOnly: %d", nposonly)
	}
	if npos > 0 {
		fmt.Fprintf(&sb, ", NPos: %d", npos)
	}
	if nkwonly > 0 {
		fmt.Fprintf(&sb, ", NKwOnly: %d", nkwonly)
	}
	if varargs {
		sb.WriteString(", HasVarArgs: true")
	}
	if kwargs {
		sb.WriteString(", HasKwArgs: true")
	}
	if len(defaults) > 0 {
		fmt.Fprintf(&sb, ", Defaults: []py.Object{%s}", strings.Join(defaults, ", "))
	}
	if hasKwDefault {
		fmt.Fprintf(&sb, ", KwDefaults: []py.Object{%s}", strings.Join(kwdefaults, ", "))
	}
	sb.WriteString("}")
	docField := ""
	if body != nil {
		if d, _ := docstring(body); d != nil {
			docField = ", Doc: " + g.strConst(*d)
		}
	}
	f.emit("%s := py.NewFunction(&py.Function{Name: %q, QualName: %q, Module: %smodname%s, Globals: %sglobals, Sig: %s})",
		t, name, qual, g.prefix, docField, g.prefix, sb.String())
	if annotations != "" {
		f.emit("%s.Annotations = %s", t, annotations)
	}
	if useSlice {
		f.emit("%s.Body = %s", t, impl)
	} else {
		f.emit("py.SetImpl%d(%s, %s)", len(names), t, impl)
	}
	return t
}

// annotations evaluates a def's parameter and return annotations (at
// definition time, as CPython 3.11 does; as strings under
// "from __future__ import annotations") into a dict; "" when there are none.
func (f *fn) annotations(a *syntax.Arguments, node syntax.Node) string {
	type ann struct {
		name string
		expr syntax.Expr
	}
	var anns []ann
	add := func(p *syntax.Arg) {
		if p != nil && p.Annotation != nil {
			anns = append(anns, ann{p.Arg, p.Annotation})
		}
	}
	for _, p := range a.Posonlyargs {
		add(p)
	}
	for _, p := range a.Args {
		add(p)
	}
	add(a.Vararg)
	for _, p := range a.Kwonlyargs {
		add(p)
	}
	add(a.Kwarg)
	if d, ok := node.(*syntax.FunctionDef); ok && d.Returns != nil {
		anns = append(anns, ann{"return", d.Returns})
	}
	if d, ok := node.(*syntax.AsyncFunctionDef); ok && d.Returns != nil {
		anns = append(anns, ann{"return", d.Returns})
	}
	if len(anns) == 0 {
		return ""
	}
	d := f.newTemp("t")
	f.emit("%s := py.NewDict()", d)
	for _, x := range anns {
		var v string
		if f.g.tab.FutureAnnotations {
			v = f.g.strConst(f.g.segment(x.expr))
		} else {
			v = f.useExpr(x.expr)
		}
		f.emit("%s.SetStr(%s, %s)", d, f.g.nameStr(x.name), v)
	}
	return d
}

func describeDef(name, qual string, lambda bool) string {
	if lambda {
		return "lambda " + qual
	}
	return "def " + qual
}

func slotList(n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = fmt.Sprintf("args[%d]", i)
	}
	return strings.Join(parts, ", ")
}

// declareLocals declares the scope's local variables (not parameters).
func (f *fn) declareLocals() {
	for _, n := range f.scope.Names {
		sym := f.scope.Symbols[n]
		if sym == nil || !(sym.Binding == resolve.Local || sym.Binding == resolve.Cell) {
			continue
		}
		gn := f.g.localName(n)
		if f.params[gn] || !isPyIdent(n) {
			continue
		}
		f.declare(gn, "py.Object")
	}
}

func isPyIdent(s string) bool { return s != "" && s[0] != '.' }

// bodyOf generates the statements of a function body (or a lambda's
// expression) and returns the text including the local declarations.
func (f *fn) bodyOf(body []syntax.Stmt, expr syntax.Expr) string {
	f.declareLocals()
	collectDeleted(body, f.deleted, f.mangled)
	if expr != nil {
		v := f.useExpr(expr)
		f.emit("return %s, nil", v)
	} else {
		if _, rest := docstring(body); rest != nil || len(body) > 0 {
			if d, r := docstring(body); d != nil {
				body = r
			}
		}
		f.stmts(body)
		if !endsWithJump(body) {
			f.emit("return py.None, nil")
		}
	}
	return f.prologue() + f.buf.String()
}

// classDef compiles a class statement.
func (f *fn) classDef(s *syntax.ClassDef) {
	g := f.g
	scope := g.tab.ScopeOf(s)
	if scope == nil {
		g.fail(s, "internal error: no scope for class %s", s.Name)
	}
	decorators := f.useAll(s.DecoratorList)
	for i, d := range decorators {
		if !f.isConstVar(d) {
			t := f.newTemp("t")
			f.emit("%s := %s", t, d)
			decorators[i] = t
		}
	}
	if hasStarred(s.Bases) {
		g.unsupported(s, "starred base classes")
	}
	for _, k := range s.Keywords {
		if k.Arg == "" {
			g.unsupported(s, "** in a class statement")
		}
	}
	all := append([]syntax.Expr(nil), s.Bases...)
	for _, k := range s.Keywords {
		all = append(all, k.Value)
	}
	vals := f.useAll(all)
	bases := argSlice(vals[:len(s.Bases)])
	kw := f.kwArgs(s.Keywords, vals[len(s.Bases):])

	qual := f.qualPrefix() + s.Name
	child := newFn(g, f, scope, fnClass)
	child.qualname = qual
	static := f.static && (f.kind == fnModule || f.kind == fnClass)
	if scope.NeedsClassCell {
		// The __class__ cell: methods that use super() or __class__ read
		// it; type.__new__ fills it through ns["__classcell__"].
		if static {
			child.classCell = g.topName(strings.ReplaceAll(qual, ".", "_") + "_class")
			fmt.Fprintf(&g.decls, "\t%s *py.Cell // the __class__ cell of class %s\n", child.classCell, qual)
		} else {
			child.classCell = f.newTemp("class")
			f.declare(child.classCell, "*py.Cell").used = true
		}
		f.emit("%s = &py.Cell{}", child.classCell)
		child.emit("ns.SetStr(%s, %s)", g.nameStr("__classcell__"), child.classCell)
	}
	p := s.Position()
	start := p.Lineno
	if len(s.Body) > 0 {
		start = s.Body[0].Position().Lineno
	}
	g.spans = append(g.spans, span{start, p.EndLineno, s.Name})

	body := s.Body
	if d, rest := docstring(body); d != nil {
		child.emit("ns.SetStr(%s, %s)", g.nameStr("__doc__"), g.strConst(*d))
		body = rest
	}
	if hasAnnotations(s.Body) {
		child.emit("if err := py.SetupAnnotations(th, ns); err != nil {\nreturn err\n}")
	}
	child.stmts(body)
	child.emit("return nil")
	text := child.prologue() + child.buf.String()
	var bodyFn string
	if static {
		name := g.topName(strings.ReplaceAll(qual, ".", "_") + "_body")
		var fb strings.Builder
		fmt.Fprintf(&fb, "// %s runs the body of class %s (%s:%d).\n", name, sanitizeComment(qual), g.fileC, p.Lineno)
		if !g.opt.NoLineDirectives {
			fmt.Fprintf(&fb, "\n//line %s:%d\n", g.opt.File, p.Lineno)
		}
		fmt.Fprintf(&fb, "func %s(th *py.Thread, ns *py.Dict) error {\n%s}\n\n", name, text)
		g.funcs = append(g.funcs, fb.String())
		bodyFn = name
	} else {
		bodyFn = fmt.Sprintf("func(th *py.Thread, ns *py.Dict) error {\n%s}", text)
	}
	cls := f.use(value{call: fmt.Sprintf("py.MakeClass(th, %q, %q, %smodname, %s, %s, %s)", s.Name, qual, g.prefix, bases, kw, bodyFn)})
	for i := len(decorators) - 1; i >= 0; i-- {
		cls = f.use(value{call: fmt.Sprintf("py.Call1(th, %s, %s)", decorators[i], cls)})
	}
	f.storeName(s.Name, cls)
}

// comprehension compiles a list/set/dict comprehension or a generator
// expression: a Go closure with the comprehension's own scope, called at
// once (or wrapped in a generator).
func (f *fn) comprehension(e syntax.Expr) value {
	g := f.g
	var gens []*syntax.Comprehension
	var kind string
	switch e := e.(type) {
	case *syntax.ListComp:
		gens, kind = e.Generators, "listcomp"
	case *syntax.SetComp:
		gens, kind = e.Generators, "setcomp"
	case *syntax.DictComp:
		gens, kind = e.Generators, "dictcomp"
	case *syntax.GeneratorExp:
		gens, kind = e.Generators, "genexpr"
	}
	for _, c := range gens {
		if c.IsAsync != 0 {
			g.unsupported(e, "asynchronous comprehension")
		}
	}
	scope := g.tab.ScopeOf(e)
	if scope == nil {
		g.fail(e, "internal error: no scope for comprehension")
	}
	if scope.IsCoroutine {
		g.unsupported(e, "await in a comprehension")
	}
	p := e.Position()
	g.spans = append(g.spans, span{p.Lineno, p.EndLineno, "<" + kind + ">"})
	// The outermost iterable is evaluated in the enclosing scope.
	first := f.useExpr(gens[0].Iter)
	it := f.newTemp("it")
	f.emit("%s, err := py.Iter(th, %s)", it, first)
	f.check()

	ck := fnFunction
	if kind == "genexpr" {
		ck = fnGenerator
	}
	child := newFn(g, f, scope, ck)
	child.qualname = f.qualPrefix() + "<" + kind + ">"
	child.declareLocals()
	res := child.newTemp("t")
	switch kind {
	case "listcomp":
		child.emit("%s := py.NewList(nil)", res)
	case "setcomp":
		child.emit("%s := py.NewSet()", res)
	case "dictcomp":
		child.emit("%s := py.NewDict()", res)
	}
	var loop func(i int)
	loop = func(i int) {
		c := gens[i]
		iter := it
		if i > 0 {
			iter = child.newTemp("it")
			v := child.useExpr(c.Iter)
			child.emit("%s, err := py.Iter(th, %s)", iter, v)
			child.check()
		}
		child.emit("for {")
		item := child.newTemp("t")
		child.emit("%s, err := py.Next(th, %s)", item, iter)
		child.check()
		child.emit("if %s == nil {\nbreak\n}", item)
		child.assign(c.Target, item)
		for _, cond := range c.Ifs {
			b := child.cond(cond)
			child.emit("if %s {\ncontinue\n}", not(b))
		}
		if i+1 < len(gens) {
			loop(i + 1)
		} else {
			switch e := e.(type) {
			case *syntax.ListComp:
				child.emit("%s.Append(%s)", res, child.useExpr(e.Elt))
			case *syntax.SetComp:
				child.usesErr = true
				child.emit("err = %s.Add(th, %s)", res, child.useExpr(e.Elt))
				child.check()
			case *syntax.DictComp:
				kv := child.useAll([]syntax.Expr{e.Key, e.Value})
				child.usesErr = true
				child.emit("err = %s.SetItem(th, %s, %s)", res, kv[0], kv[1])
				child.check()
			case *syntax.GeneratorExp:
				v := child.useExpr(e.Elt)
				child.usesErr = true
				child.emit("_, err = gen.Yield(%s)", v)
				child.check()
			}
		}
		child.emit("}")
	}
	loop(0)
	if kind == "genexpr" {
		child.emit("return py.None, nil")
		return value{s: fmt.Sprintf("py.NewGenerator(th, %q, %q, func(th *py.Thread, gen *py.Yielder) (py.Object, error) {\n%s%s})",
			"<genexpr>", child.qualname, child.prologue(), child.buf.String())}
	}
	child.emit("return %s, nil", res)
	return value{call: fmt.Sprintf("func() (py.Object, error) {\n%s%s}()", child.prologue(), child.buf.String())}
}

// endsWithJump reports whether a body's last statement leaves it
// (return or raise), so no final return is needed.
func endsWithJump(body []syntax.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	switch body[len(body)-1].(type) {
	case *syntax.Return, *syntax.Raise:
		return true
	}
	return false
}
