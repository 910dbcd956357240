package codegen

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pygo-dev/pygo/compiler/resolve"
	"github.com/pygo-dev/pygo/compiler/syntax"
)

// fnKind says what kind of Go function a fn context emits.
type fnKind int

const (
	fnModule    fnKind = iota // the module body: func(th, m) error
	fnClass                   // a class body: func(th, ns) error
	fnFunction                // a def, lambda or comprehension: (py.Object, error)
	fnGenerator               // the body of a generator: (py.Object, error), yields through gen
)

// fn is the state of one Go function being generated: one Python scope
// (or, for a generator, the generator body of one).
type fn struct {
	g      *gen
	parent *fn
	scope  *resolve.Scope
	kind   fnKind
	goName string

	buf *strings.Builder
	// tmp numbers temporaries and labels; shared with nested closures so
	// that names never shadow each other.
	tmp *int

	fblocks []*fblock
	// vars are the Go locals declared at the top of this function, by Go name.
	vars     map[string]*goVar
	varOrder []string
	// bound holds the local names that are certainly assigned at the
	// current point; deleted, the names that a del or except-as unbinds
	// anywhere in the function (never considered certainly bound).
	bound   map[string]bool
	deleted map[string]bool
	params  map[string]bool

	usesErr bool
	usesRV  bool
	// firstParam is the Go name of the first parameter (for super()).
	firstParam string
	// classCell is, in a class body that needs one, the Go variable holding
	// the __class__ cell.
	classCell string
	// qualname is the Python __qualname__ of the scope.
	qualname string
	// static: this scope is not nested in any function, so its functions
	// can be top-level Go functions.
	static bool
	// async: the body of a coroutine or async generator (await allowed).
	async bool
}

// goVar is a Go local variable of a generated function.
type goVar struct {
	name string
	typ  string
	used bool
}

func newFn(g *gen, parent *fn, scope *resolve.Scope, kind fnKind) *fn {
	f := &fn{g: g, parent: parent, scope: scope, kind: kind, buf: &strings.Builder{},
		vars: map[string]*goVar{}, bound: map[string]bool{}, deleted: map[string]bool{}, params: map[string]bool{}}
	if parent != nil {
		f.tmp = parent.tmp
		f.static = parent.static && parent.kind != fnFunction && parent.kind != fnGenerator
	} else {
		f.tmp = new(int)
		f.static = true
	}
	return f
}

// emit writes one or more lines of Go.
func (f *fn) emit(format string, args ...any) {
	if len(args) > 0 {
		fmt.Fprintf(f.buf, format, args...)
	} else {
		f.buf.WriteString(format)
	}
	f.buf.WriteByte('\n')
}

// capture runs gen with output going to a fresh buffer and returns the text.
func (f *fn) capture(gen func()) string {
	saved := f.buf
	f.buf = &strings.Builder{}
	gen()
	out := f.buf.String()
	f.buf = saved
	return out
}

// newTemp returns a fresh temporary name with the given stem.
func (f *fn) newTemp(stem string) string {
	*f.tmp++
	return fmt.Sprintf("%s%d", stem, *f.tmp)
}

// declare adds a Go local of this function, declared at its top.
func (f *fn) declare(name, typ string) *goVar {
	if v, ok := f.vars[name]; ok {
		return v
	}
	v := &goVar{name: name, typ: typ}
	f.vars[name] = v
	f.varOrder = append(f.varOrder, name)
	return v
}

// finish wraps the generated body into a Go function with the given
// signature, declaring locals, and returns its text (or, for a top-level
// function, records it).
func (f *fn) finish(sig, doc string) string {
	var b strings.Builder
	if doc != "" {
		b.WriteString(doc + "\n")
	}
	b.WriteString(sig + " {\n")
	b.WriteString(f.prologue())
	b.WriteString(f.buf.String())
	b.WriteString("}\n\n")
	return b.String()
}

// prologue declares the function's locals.
func (f *fn) prologue() string {
	var b strings.Builder
	byType := map[string][]string{}
	var types []string
	var unused []string
	for _, n := range f.varOrder {
		v := f.vars[n]
		if _, ok := byType[v.typ]; !ok {
			types = append(types, v.typ)
		}
		byType[v.typ] = append(byType[v.typ], n)
		if !v.used {
			unused = append(unused, n)
		}
	}
	for _, t := range types {
		fmt.Fprintf(&b, "var %s %s\n", strings.Join(byType[t], ", "), t)
	}
	if f.usesRV {
		b.WriteString("var rv py.Object\n")
	}
	if f.usesErr {
		b.WriteString("var err error\n_ = err\n")
	}
	if len(unused) > 0 {
		sort.Strings(unused)
		blanks := make([]string, len(unused))
		for i := range blanks {
			blanks[i] = "_"
		}
		fmt.Fprintf(&b, "%s = %s\n", strings.Join(blanks, ", "), strings.Join(unused, ", "))
	}
	return b.String()
}

// fblockKind is the kind of an enclosing construct that return, break,
// continue and errors must pass through.
type fblockKind int

const (
	fbLoop        fblockKind = iota // a for or while loop
	fbExcept                        // the body of a try with except clauses
	fbFinally                       // the body (and handlers) of a try with finally
	fbFinallyBody                   // the finally clause itself
	fbHandler                       // an except clause body
	fbWith                          // the body of a with statement
)

// flow values recorded before jumping to a finally clause.
const (
	flowRaise    = 1
	flowReturn   = 2
	flowBreak    = 3
	flowContinue = 4
)

// fblock is one enclosing construct.
type fblock struct {
	kind  fblockKind
	label string // where errors (or all exits, for finally) jump
	exc   string // the error variable
	flow  string // the flow variable (finally)
	exit  string // the __exit__ method (with)
	async bool   // async with
	used  bool   // label used
	flows map[int]bool
	// for loops: breakLabel is set when the loop has an else clause (break
	// must skip it).
	breakLabel string
	breakUsed  bool
	// handler: the name bound by "except E as name" (Go store code) —
	// cleared on every exit.
	clear func()
}

func (f *fn) push(b *fblock) { f.fblocks = append(f.fblocks, b) }
func (f *fn) pop()           { f.fblocks = f.fblocks[:len(f.fblocks)-1] }

// errReturn is the statement that leaves the Go function with an error.
func (f *fn) errReturn(errExpr string) string {
	switch f.kind {
	case fnModule, fnClass:
		return "return " + errExpr
	}
	return "return nil, " + errExpr
}

// onErr emits what happens when errExpr (a non-nil error) occurs here.
func (f *fn) onErr(errExpr string) { f.onErrFrom(len(f.fblocks), errExpr) }

func (f *fn) onErrFrom(n int, errExpr string) {
	// The error is computed before any handler state is unwound: raise
	// and bare raise read the exception being handled.
	if !isGoIdent(errExpr) {
		for i := n - 1; i >= 0; i-- {
			k := f.fblocks[i].kind
			if k == fbHandler || k == fbFinallyBody {
				t := f.newTemp("t")
				f.emit("%s := %s", t, errExpr)
				errExpr = t
				break
			}
			if k == fbExcept || k == fbWith || k == fbFinally {
				break
			}
		}
	}
	for i := n - 1; i >= 0; i-- {
		b := f.fblocks[i]
		switch b.kind {
		case fbExcept, fbWith:
			b.used = true
			f.emit("%s = %s", b.exc, errExpr)
			f.emit("goto %s", b.label)
			return
		case fbFinally:
			b.used = true
			b.flows[flowRaise] = true
			f.emit("%s, %s = %s, %d", b.exc, b.flow, errExpr, flowRaise)
			f.emit("goto %s", b.label)
			return
		case fbHandler:
			f.emit("th.PopHandled()")
		case fbFinallyBody:
			if b.flows[flowRaise] {
				f.emit("if %s == %d {\nth.PopHandled()\n}", b.flow, flowRaise)
			}
		}
	}
	f.emit(f.errReturn(errExpr))
}

// usesErrIfOuter is a no-op hook: "err" always refers to a variable that
// the emitting code declared (or the function-level one).
func (f *fn) usesErrIfOuter() {}

// check emits the usual error test after a call that set err.
func (f *fn) check() {
	f.emit("if err != nil {")
	f.onErr("err")
	f.emit("}")
}

// emitReturn emits a Python return of the Go expression v.
func (f *fn) emitReturn(v string) { f.returnFrom(len(f.fblocks), v) }

func (f *fn) returnFrom(n int, v string) {
	for i := n - 1; i >= 0; i-- {
		b := f.fblocks[i]
		switch b.kind {
		case fbHandler:
			f.emit("th.PopHandled()")
			if b.clear != nil {
				b.clear()
			}
		case fbFinallyBody:
			if b.flows[flowRaise] {
				f.emit("if %s == %d {\nth.PopHandled()\n}", b.flow, flowRaise)
			}
		case fbFinally:
			b.used = true
			b.flows[flowReturn] = true
			f.usesRV = true
			if v != "rv" {
				f.emit("rv = %s", v)
			}
			f.emit("%s = %d", b.flow, flowReturn)
			f.emit("goto %s", b.label)
			return
		case fbWith:
			if v != "rv" && !isConstExpr(v) {
				f.usesRV = true
				f.emit("rv = %s", v)
				v = "rv"
			}
			f.emitExitNone(i, b)
		}
	}
	f.emit("return %s, nil", v)
}

// emitExitNone calls a with statement's __exit__(None, None, None) on the
// way out; errors from it propagate from outside the with.
func (f *fn) emitExitNone(i int, b *fblock) {
	f.usesErr = true
	if b.async {
		aw := f.newTemp("t")
		f.emit("%s, err := py.AsyncExitCall(th, %s, nil)", aw, b.exit)
		f.emit("if err == nil {\n_, err = gen.Await(th, %s)\n}", aw)
		f.emit("if err != nil {")
		f.onErrFrom(i, "err")
		f.emit("}")
		return
	}
	f.emit("if _, err = py.Exit(th, %s, nil); err != nil {", b.exit)
	f.onErrFrom(i, "err")
	f.emit("}")
}

func isConstExpr(v string) bool {
	return v == "py.None" || strings.HasPrefix(v, "py.Int(") || v == "py.True" || v == "py.False"
}

// emitJump emits break (isBreak) or continue for the innermost loop.
func (f *fn) emitJump(isBreak bool, n syntax.Node) { f.jumpFrom(len(f.fblocks), isBreak) }

func (f *fn) jumpFrom(n int, isBreak bool) {
	for i := n - 1; i >= 0; i-- {
		b := f.fblocks[i]
		switch b.kind {
		case fbHandler:
			f.emit("th.PopHandled()")
			if b.clear != nil {
				b.clear()
			}
		case fbFinallyBody:
			if b.flows[flowRaise] {
				f.emit("if %s == %d {\nth.PopHandled()\n}", b.flow, flowRaise)
			}
		case fbFinally:
			b.used = true
			fl := flowContinue
			if isBreak {
				fl = flowBreak
			}
			b.flows[fl] = true
			f.emit("%s = %d", b.flow, fl)
			f.emit("goto %s", b.label)
			return
		case fbWith:
			f.emitExitNone(i, b)
		case fbLoop:
			if isBreak {
				if b.breakLabel != "" {
					b.breakUsed = true
					f.emit("goto %s", b.breakLabel)
				} else {
					f.emit("break")
				}
			} else {
				f.emit("continue")
			}
			return
		}
	}
}

// finallyTail emits, after a finally clause, the continuation of each
// recorded flow.
func (f *fn) finallyTail(b *fblock) {
	n := len(f.fblocks)
	if b.flows[flowRaise] {
		f.emit("if %s == %d {", b.flow, flowRaise)
		f.onErrFrom(n, b.exc)
		f.emit("}")
	}
	if b.flows[flowReturn] {
		f.emit("if %s == %d {", b.flow, flowReturn)
		f.returnFrom(n, "rv")
		f.emit("}")
	}
	if b.flows[flowBreak] {
		f.emit("if %s == %d {", b.flow, flowBreak)
		f.jumpFrom(n, true)
		f.emit("}")
	}
	if b.flows[flowContinue] {
		f.emit("if %s == %d {", b.flow, flowContinue)
		f.jumpFrom(n, false)
		f.emit("}")
	}
}

// inProtected reports whether an error here would be caught inside this
// Go function (so assignments must not clobber variables before the
// error check).
func (f *fn) inProtected() bool {
	for _, b := range f.fblocks {
		if b.kind == fbExcept || b.kind == fbFinally || b.kind == fbWith {
			return true
		}
	}
	return false
}

// --- names ---------------------------------------------------------------

// symbol returns the resolver's symbol for a name in this scope.
func (f *fn) symbol(name string) *resolve.Symbol {
	if f.scope == nil {
		return nil
	}
	return f.scope.Lookup(name)
}

// nameAccess says how a name is reached from this scope.
type nameAccess int

const (
	accGlobal      nameAccess = iota // module dict (LoadGlobal / SetStr)
	accFast                          // a Go variable (local, cell or free)
	accClassLocal                    // the class namespace
	accClassGlobal                   // LOAD_NAME: class namespace, globals, builtins
	accClassFree                     // class namespace, then a Go variable of an enclosing function
)

func (f *fn) access(name string) nameAccess {
	sym := f.symbol(name)
	switch f.kind {
	case fnModule:
		return accGlobal
	case fnClass:
		if sym == nil {
			return accClassGlobal
		}
		switch sym.Binding {
		case resolve.Local, resolve.Cell:
			return accClassLocal
		case resolve.GlobalExplicit:
			return accGlobal
		case resolve.Free:
			return accClassFree
		}
		return accClassGlobal
	}
	if sym == nil {
		return accGlobal
	}
	switch sym.Binding {
	case resolve.Local, resolve.Cell, resolve.Free:
		return accFast
	}
	return accGlobal
}

// mangled returns the name as stored (private names mangled in classes).
func (f *fn) mangled(name string) string {
	if f.scope == nil {
		return name
	}
	return f.scope.Mangle(name)
}

// goVarOf returns the Go variable for a fast name and marks it used.
func (f *fn) goVarOf(name string, use bool) string {
	m := f.mangled(name)
	if m == "__class__" {
		if c := f.classCellFor(); c != "" {
			return c
		}
	}
	gn := f.g.localName(m)
	if use {
		for p := f; p != nil; p = p.parent {
			if v, ok := p.vars[gn]; ok {
				v.used = true
				break
			}
			if p.params[gn] {
				break
			}
		}
	}
	return gn
}

// classCellFor finds the __class__ cell variable of the nearest enclosing
// class body.
func (f *fn) classCellFor() string {
	for p := f.parent; p != nil; p = p.parent {
		if p.kind == fnClass {
			return p.classCell
		}
	}
	return ""
}

// isDefinitelyBound reports whether a fast local needs no unbound check.
func (f *fn) isDefinitelyBound(name string) bool {
	m := f.mangled(name)
	if f.deleted[m] {
		return false
	}
	if f.bound[m] {
		return true
	}
	sym := f.symbol(name)
	if sym != nil && sym.Binding == resolve.Free {
		// Free: bound if it is a parameter of the function that owns it
		// and never deleted there.
		for p := f.parent; p != nil; p = p.parent {
			if p.kind != fnFunction && p.kind != fnGenerator {
				continue
			}
			if s := p.symbol(name); s != nil && (s.Binding == resolve.Cell || s.Binding == resolve.Local) {
				return p.params[f.g.localName(m)] && !p.deleted[m]
			}
		}
		return false
	}
	return f.params[f.g.localName(m)] || f.bound[m]
}

// loadName returns a Go expression for reading a name.
func (f *fn) loadName(n *syntax.Name) value {
	name := n.Id
	g := f.g
	if name == "__class__" && f.kind != fnClass && f.kind != fnModule && f.access(name) == accFast {
		if c := f.classCellFor(); c != "" {
			t := f.newTemp("t")
			f.emit("%s := %s.V", t, c)
			f.emit("if %s == nil {", t)
			f.onErr(`py.UnboundFree("__class__")`)
			f.emit("}")
			return value{s: t}
		}
	}
	switch f.access(name) {
	case accFast:
		v := f.goVarOf(name, true)
		if !f.isDefinitelyBound(name) {
			sym := f.symbol(name)
			f.emit("if %s == nil {", v)
			if sym != nil && sym.Binding == resolve.Free {
				f.onErr(fmt.Sprintf("py.UnboundFree(%q)", name))
			} else {
				f.onErr(fmt.Sprintf("py.UnboundLocal(%q)", name))
			}
			f.emit("}")
		}
		return value{s: v, isVar: true}
	case accClassLocal, accClassGlobal:
		c := g.cacheVar("gc", "py.GlobalCache")
		return value{call: fmt.Sprintf("py.LoadName(th, ns, %sglobals, %s, &%s)", g.prefix, g.nameStr(f.mangled(name)), c)}
	case accClassFree:
		gv := f.goVarOf(name, true)
		t := f.newTemp("t")
		f.emit("%s := py.LookupStr(ns, %s)", t, g.nameStr(f.mangled(name)))
		f.emit("if %s == nil {", t)
		f.emit("if %s == nil {", gv)
		f.onErr(fmt.Sprintf("py.UnboundFree(%q)", name))
		f.emit("}")
		f.emit("%s = %s", t, gv)
		f.emit("}")
		return value{s: t}
	}
	c := g.cacheVar("gc", "py.GlobalCache")
	return value{call: fmt.Sprintf("py.LoadGlobal(th, %sglobals, %s, &%s)", g.prefix, g.nameStr(f.mangled(name)), c)}
}

// storeName assigns the Go expression v to a name.
func (f *fn) storeName(name string, v string) {
	g := f.g
	switch f.access(name) {
	case accFast:
		gv := f.goVarOf(name, false)
		if gv != v {
			f.emit("%s = %s", gv, v)
		}
		if len(f.fblocks) == 0 || !f.inLoopOrBranch() {
			f.bound[f.mangled(name)] = true
		}
	case accClassLocal, accClassGlobal, accClassFree:
		f.emit("ns.SetStr(%s, %s)", g.nameStr(f.mangled(name)), v)
	default:
		f.emit("%sglobals.SetStr(%s, %s)", g.prefix, g.nameStr(f.mangled(name)), v)
	}
}

// inLoopOrBranch is true while generating code that does not run on every
// path (handled by saving and restoring bound instead).
func (f *fn) inLoopOrBranch() bool { return false }

// deleteName emits del name.
func (f *fn) deleteName(n *syntax.Name) {
	g := f.g
	name := n.Id
	switch f.access(name) {
	case accFast:
		gv := f.goVarOf(name, true)
		if !f.isDefinitelyBound(name) {
			f.emit("if %s == nil {", gv)
			sym := f.symbol(name)
			if sym != nil && sym.Binding == resolve.Free {
				f.onErr(fmt.Sprintf("py.UnboundFree(%q)", name))
			} else {
				f.onErr(fmt.Sprintf("py.UnboundLocal(%q)", name))
			}
			f.emit("}")
		}
		f.emit("%s = nil", gv)
		delete(f.bound, f.mangled(name))
	case accClassLocal, accClassGlobal, accClassFree:
		f.emit("if !ns.DelStr(%s) {", g.nameStr(f.mangled(name)))
		f.onErr(fmt.Sprintf("py.NameNotDefined(%q)", f.mangled(name)))
		f.emit("}")
	default:
		f.emit("if !%sglobals.DelStr(%s) {", g.prefix, g.nameStr(f.mangled(name)))
		f.onErr(fmt.Sprintf("py.NameNotDefined(%q)", f.mangled(name)))
		f.emit("}")
	}
}

// saveBound and restoreBound bracket code that may not run.
func (f *fn) saveBound() map[string]bool {
	c := make(map[string]bool, len(f.bound))
	for k, v := range f.bound {
		c[k] = v
	}
	return c
}

func (f *fn) restoreBound(saved map[string]bool) { f.bound = saved }

// intersectBound keeps only the names bound on both paths.
func intersectBound(a, b map[string]bool) map[string]bool {
	out := map[string]bool{}
	for k := range a {
		if b[k] {
			out[k] = true
		}
	}
	return out
}

// collectDeleted records every name a function unbinds (del x, except
// ... as x) so that reads of it are always checked.
func collectDeleted(body []syntax.Stmt, out map[string]bool, mangle func(string) string) {
	for _, s := range body {
		syntax.Walk(s, func(n syntax.Node) bool {
			switch n := n.(type) {
			case *syntax.FunctionDef, *syntax.AsyncFunctionDef, *syntax.ClassDef, *syntax.Lambda,
				*syntax.ListComp, *syntax.SetComp, *syntax.DictComp, *syntax.GeneratorExp:
				return false
			case *syntax.Delete:
				for _, t := range n.Targets {
					collectDelTargets(t, out, mangle)
				}
			case *syntax.ExceptHandler:
				if n.Name != "" {
					out[mangle(n.Name)] = true
				}
			}
			return true
		})
	}
}

func collectDelTargets(t syntax.Expr, out map[string]bool, mangle func(string) string) {
	switch t := t.(type) {
	case *syntax.Name:
		out[mangle(t.Id)] = true
	case *syntax.Tuple:
		for _, e := range t.Elts {
			collectDelTargets(e, out, mangle)
		}
	case *syntax.List:
		for _, e := range t.Elts {
			collectDelTargets(e, out, mangle)
		}
	}
}
