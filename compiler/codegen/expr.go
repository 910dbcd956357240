package codegen

import (
	"fmt"
	"strings"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

// value is the result of compiling an expression: either a Go expression
// of type py.Object (s) that can be evaluated at any later point, or a
// pending Go call (call) returning (py.Object, error) that has not been
// emitted yet, so that its consumer can decide where its result goes.
type value struct {
	s     string
	call  string
	isVar bool // s names a Go variable that later code could reassign
}

// use materializes v into a Go expression, emitting the pending call.
func (f *fn) use(v value) string {
	if v.call == "" {
		return v.s
	}
	t := f.newTemp("t")
	f.emit("%s, err := %s", t, v.call)
	f.check()
	return t
}

// useExpr compiles and materializes an expression.
func (f *fn) useExpr(e syntax.Expr) string { return f.use(f.expr(e)) }

// discard evaluates v for its side effects only.
func (f *fn) discard(v value) {
	if v.call == "" {
		if strings.Contains(v.s, "{") || mentionsTemp(v.s) {
			f.emit("_ = %s", v.s)
		}
		return
	}
	f.usesErr = true
	f.emit("_, err = %s", v.call)
	f.check()
}

// mentionsTemp reports whether a Go expression reads a temporary (as
// py.Bool(!t2) does): discarding it must still use the temporary.
func mentionsTemp(s string) bool {
	for _, id := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
	}) {
		if isTempName(id) {
			return true
		}
	}
	return false
}

// useBool materializes a Go call returning (bool, error).
func (f *fn) useBool(call string) string {
	t := f.newTemp("t")
	f.emit("%s, err := %s", t, call)
	f.check()
	return t
}

// useAll evaluates expressions left to right. A value that a later
// expression could change (a local variable, a deferred expression) is
// copied first when a later expression may run arbitrary code.
func (f *fn) useAll(es []syntax.Expr) []string {
	out := make([]string, len(es))
	for i, e := range es {
		v := f.use(f.expr(e))
		if n, ok := e.(*syntax.Name); ok && f.access(n.Id) == accFast && !f.isCellish(n.Id) && !anyRebinds(es[i+1:]) {
			// Only this function can rebind a plain local, and the later
			// operands do not.
			out[i] = v
			continue
		}
		if !isConstExpr(v) && !f.isConstVar(v) && i+1 < len(es) && anyImpure(es[i+1:]) {
			t := f.newTemp("t")
			f.emit("%s := %s", t, v)
			v = t
		}
		out[i] = v
	}
	return out
}

// isConstVar reports whether v is a package-level constant variable or a
// temporary (which nothing else assigns).
func (f *fn) isConstVar(v string) bool {
	return strings.HasPrefix(v, f.g.prefix) && isGoIdent(v) || isTempName(v) ||
		strings.HasPrefix(v, "py.") && !strings.Contains(v, "(")
}

// anyImpure reports whether evaluating any of es could run code that
// rebinds variables (a call, a yield, a walrus, a comprehension).
func anyImpure(es []syntax.Expr) bool {
	for _, e := range es {
		if e != nil && impure(e) {
			return true
		}
	}
	return false
}

func impure(e syntax.Node) bool {
	found := false
	syntax.Walk(e, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.Call, *syntax.Yield, *syntax.YieldFrom, *syntax.NamedExpr, *syntax.Await,
			*syntax.ListComp, *syntax.SetComp, *syntax.DictComp, *syntax.GeneratorExp:
			found = true
		case *syntax.Lambda:
			return false
		}
		return !found
	})
	return found
}

var binOpFuncs = map[syntax.Operator]string{
	syntax.Add: "Add", syntax.Sub: "Sub", syntax.Mult: "Mul", syntax.MatMult: "MatMul", syntax.Div: "TrueDiv",
	syntax.Mod: "Mod", syntax.Pow: "Pow", syntax.LShift: "LShift", syntax.RShift: "RShift", syntax.BitOr: "Or",
	syntax.BitXor: "Xor", syntax.BitAnd: "And", syntax.FloorDiv: "FloorDiv",
}

var binOpConsts = map[syntax.Operator]string{
	syntax.Add: "py.OpAdd", syntax.Sub: "py.OpSub", syntax.Mult: "py.OpMul", syntax.MatMult: "py.OpMatMul",
	syntax.Div: "py.OpTrueDiv", syntax.Mod: "py.OpMod", syntax.Pow: "py.OpPow", syntax.LShift: "py.OpLShift",
	syntax.RShift: "py.OpRShift", syntax.BitOr: "py.OpOr", syntax.BitXor: "py.OpXor", syntax.BitAnd: "py.OpAnd",
	syntax.FloorDiv: "py.OpFloorDiv",
}

var cmpOpConsts = map[syntax.Cmpop]string{
	syntax.Lt: "py.OpLT", syntax.LtE: "py.OpLE", syntax.Eq: "py.OpEQ", syntax.NotEq: "py.OpNE",
	syntax.Gt: "py.OpGT", syntax.GtE: "py.OpGE",
}

// expr compiles an expression.
func (f *fn) expr(e syntax.Expr) value {
	g := f.g
	switch e := e.(type) {
	case *syntax.Constant:
		return value{s: g.constant(e.Value)}
	case *syntax.Name:
		return f.loadName(e)
	case *syntax.Attribute:
		o := f.useExpr(e.Value)
		c := g.cacheVar("ac", "py.AttrCache")
		return value{call: fmt.Sprintf("py.GetAttrCached(th, %s, %s, &%s)", o, g.nameStr(f.mangled(e.Attr)), c)}
	case *syntax.Subscript:
		args := f.useAll([]syntax.Expr{e.Value, e.Slice})
		return value{call: fmt.Sprintf("py.GetItem(th, %s, %s)", args[0], args[1])}
	case *syntax.Slice:
		parts := f.useAll(sliceParts(e))
		return value{s: fmt.Sprintf("py.NewSlice(%s, %s, %s)", parts[0], parts[1], parts[2])}
	case *syntax.BinOp:
		args := f.useAll([]syntax.Expr{e.Left, e.Right})
		return value{call: fmt.Sprintf("py.%s(th, %s, %s)", binOpFuncs[e.Op], args[0], args[1])}
	case *syntax.UnaryOp:
		return f.unary(e)
	case *syntax.BoolOp:
		return f.boolOp(e)
	case *syntax.Compare:
		return f.compare(e)
	case *syntax.Call:
		return f.call(e)
	case *syntax.IfExp:
		t := f.newTemp("t")
		f.emit("var %s py.Object", t)
		c := f.cond(e.Test)
		f.emit("if %s {", c)
		saved := f.saveBound()
		f.emit("%s = %s", t, f.useExpr(e.Body))
		f.restoreBound(saved)
		f.emit("} else {")
		f.emit("%s = %s", t, f.useExpr(e.Orelse))
		f.restoreBound(saved)
		f.emit("}")
		return value{s: t}
	case *syntax.NamedExpr:
		v := f.useExpr(e.Value)
		if !f.isConstVar(v) && !isConstExpr(v) {
			t := f.newTemp("t")
			f.emit("%s := %s", t, v)
			v = t
		}
		f.assign(e.Target, v)
		return value{s: v}
	case *syntax.Lambda:
		return value{s: f.lambda(e)}
	case *syntax.Tuple:
		return f.sequence(e.Elts, "tuple")
	case *syntax.List:
		return f.sequence(e.Elts, "list")
	case *syntax.Set:
		return f.sequence(e.Elts, "set")
	case *syntax.Dict:
		return f.dict(e)
	case *syntax.ListComp, *syntax.SetComp, *syntax.DictComp, *syntax.GeneratorExp:
		return f.comprehension(e)
	case *syntax.JoinedStr:
		return value{s: f.joinedStr(e)}
	case *syntax.FormattedValue:
		return value{s: f.formatted(e)}
	case *syntax.Yield:
		if f.kind != fnGenerator {
			g.unsupported(e, "yield outside a generator function body (in a lambda or class body)")
		}
		v := "py.None"
		if e.Value != nil {
			v = f.useExpr(e.Value)
		}
		return value{call: fmt.Sprintf("gen.Yield(%s)", v)}
	case *syntax.YieldFrom:
		if f.kind != fnGenerator {
			g.unsupported(e, "yield from outside a generator function body")
		}
		v := f.useExpr(e.Value)
		return value{call: fmt.Sprintf("gen.YieldFrom(th, %s)", v)}
	case *syntax.Await:
		if !f.async {
			g.fail(e, "'await' outside async function")
		}
		v := f.useExpr(e.Value)
		return value{call: fmt.Sprintf("gen.Await(th, %s)", v)}
	case *syntax.Starred:
		g.fail(e, "can't use starred expression here")
	}
	g.unsupported(e, fmt.Sprintf("expression %T", e))
	return value{}
}

func sliceParts(s *syntax.Slice) []syntax.Expr {
	none := func(e syntax.Expr) syntax.Expr {
		if e == nil {
			return &syntax.Constant{Value: syntax.NoneConst{}}
		}
		return e
	}
	return []syntax.Expr{none(s.Lower), none(s.Upper), none(s.Step)}
}

func (f *fn) unary(e *syntax.UnaryOp) value {
	if c, ok := e.Operand.(*syntax.Constant); ok {
		switch v := c.Value.(type) {
		case *syntax.IntConst:
			if e.Op == syntax.USub && v.V.IsInt64() && v.V.Int64() != 0 {
				return value{s: fmt.Sprintf("py.Int(%d)", -v.V.Int64())}
			}
		case syntax.FloatConst:
			if e.Op == syntax.USub {
				return value{s: "py.Float(" + f.g.goFloat(-float64(v)) + ")"}
			}
		}
	}
	if e.Op == syntax.Not {
		c := f.cond(e.Operand)
		return value{s: fmt.Sprintf("py.Bool(!%s)", c)}
	}
	o := f.useExpr(e.Operand)
	fn := map[syntax.Unaryop]string{syntax.USub: "Neg", syntax.UAdd: "Pos", syntax.Invert: "Invert"}[e.Op]
	return value{call: fmt.Sprintf("py.%s(th, %s)", fn, o)}
}

// boolOp compiles and/or, which return one of their operands.
func (f *fn) boolOp(e *syntax.BoolOp) value {
	t := f.newTemp("t")
	first := f.useExpr(e.Values[0])
	f.emit("%s := py.Object(%s)", t, first)
	saved := f.saveBound()
	closes := 0
	for _, v := range e.Values[1:] {
		b := f.useBool(fmt.Sprintf("py.Truth(th, %s)", t))
		if e.Op == syntax.And {
			f.emit("if %s {", b)
		} else {
			f.emit("if !%s {", b)
		}
		closes++
		f.emit("%s = %s", t, f.useExpr(v))
	}
	for ; closes > 0; closes-- {
		f.emit("}")
	}
	f.restoreBound(saved)
	return value{s: t}
}

// compare compiles a (possibly chained) comparison to an object.
func (f *fn) compare(e *syntax.Compare) value {
	if len(e.Ops) == 1 {
		args := f.useAll([]syntax.Expr{e.Left, e.Comparators[0]})
		return f.compareOne(e.Ops[0], args[0], args[1], false)
	}
	t := f.newTemp("t")
	f.emit("var %s py.Object", t)
	f.chain(e, func(last bool, a, b string, op syntax.Cmpop) string {
		r := f.use(f.compareOne(op, a, b, false))
		f.emit("%s = %s", t, r)
		if last {
			return ""
		}
		return f.useBool(fmt.Sprintf("py.Truth(th, %s)", t))
	})
	return value{s: t}
}

// chain evaluates a comparison chain: each operand once, stopping at the
// first false link; step returns the Go bool that continues the chain.
func (f *fn) chain(e *syntax.Compare, step func(last bool, a, b string, op syntax.Cmpop) string) {
	saved := f.saveBound()
	left := f.useExpr(e.Left)
	if !f.isConstVar(left) && !isConstExpr(left) {
		t := f.newTemp("t")
		f.emit("%s := %s", t, left)
		left = t
	}
	closes := 0
	for i, op := range e.Ops {
		right := f.useExpr(e.Comparators[i])
		last := i == len(e.Ops)-1
		if !last && !f.isConstVar(right) && !isConstExpr(right) {
			t := f.newTemp("t")
			f.emit("%s := %s", t, right)
			right = t
		}
		c := step(last, left, right, op)
		if !last {
			f.emit("if %s {", c)
			closes++
		}
		left = right
	}
	for ; closes > 0; closes-- {
		f.emit("}")
	}
	f.restoreBound(saved)
}

// compareOne compiles one comparison; asBool selects a Go bool result.
func (f *fn) compareOne(op syntax.Cmpop, a, b string, asBool bool) value {
	var boolExpr, boolCall string
	switch op {
	case syntax.Is:
		boolExpr = fmt.Sprintf("py.Is(%s, %s)", a, b)
	case syntax.IsNot:
		boolExpr = fmt.Sprintf("!py.Is(%s, %s)", a, b)
	case syntax.In:
		boolCall = fmt.Sprintf("py.Contains(th, %s, %s)", b, a)
	case syntax.NotIn:
		t := f.useBool(fmt.Sprintf("py.Contains(th, %s, %s)", b, a))
		boolExpr = "!" + t
	default:
		if asBool {
			boolCall = fmt.Sprintf("py.CompareBool(th, %s, %s, %s)", cmpOpConsts[op], a, b)
		} else {
			return value{call: fmt.Sprintf("py.Compare(th, %s, %s, %s)", cmpOpConsts[op], a, b)}
		}
	}
	if boolCall != "" {
		boolExpr = f.useBool(boolCall)
	}
	if asBool {
		return value{s: boolExpr}
	}
	return value{s: fmt.Sprintf("py.Bool(%s)", boolExpr)}
}

// cond compiles an expression used as a condition to a Go bool expression.
func (f *fn) cond(e syntax.Expr) string {
	switch e := e.(type) {
	case *syntax.Constant:
		switch v := e.Value.(type) {
		case syntax.BoolConst:
			if v {
				return "true"
			}
			return "false"
		case *syntax.IntConst:
			if v.V.Sign() != 0 {
				return "true"
			}
			return "false"
		case syntax.NoneConst:
			return "false"
		}
	case *syntax.UnaryOp:
		if e.Op == syntax.Not {
			return not(f.cond(e.Operand))
		}
	case *syntax.Compare:
		if len(e.Ops) == 1 {
			args := f.useAll([]syntax.Expr{e.Left, e.Comparators[0]})
			return f.compareOne(e.Ops[0], args[0], args[1], true).s
		}
		t := f.newTemp("t")
		f.emit("var %s bool", t)
		f.chain(e, func(last bool, a, b string, op syntax.Cmpop) string {
			r := f.compareOne(op, a, b, true).s
			f.emit("%s = %s", t, r)
			return t
		})
		return t
	case *syntax.BoolOp:
		t := f.newTemp("t")
		saved := f.saveBound()
		f.emit("%s := %s", t, f.cond(e.Values[0]))
		closes := 0
		for _, v := range e.Values[1:] {
			if e.Op == syntax.And {
				f.emit("if %s {", t)
			} else {
				f.emit("if !%s {", t)
			}
			closes++
			f.emit("%s = %s", t, f.cond(v))
		}
		for ; closes > 0; closes-- {
			f.emit("}")
		}
		f.restoreBound(saved)
		return t
	}
	v := f.useExpr(e)
	if strings.HasPrefix(v, "py.Bool(") && strings.HasSuffix(v, ")") {
		return v[len("py.Bool(") : len(v)-1]
	}
	return f.useBool(fmt.Sprintf("py.Truth(th, %s)", v))
}

func isGoIdent(s string) bool {
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9' || r > 127) {
			return false
		}
	}
	return s != ""
}

// sequence builds a tuple, list or set display.
func (f *fn) sequence(elts []syntax.Expr, kind string) value {
	starred := false
	for _, e := range elts {
		if _, ok := e.(*syntax.Starred); ok {
			starred = true
		}
	}
	if kind == "tuple" && !starred {
		if len(elts) == 0 {
			return value{s: "py.EmptyTuple"}
		}
		if c, ok := f.constTuple(elts); ok {
			return value{s: c}
		}
	}
	var items string
	if !starred {
		items = "[]py.Object{" + strings.Join(f.useAll(elts), ", ") + "}"
		if len(elts) == 0 {
			items = "nil"
		}
	} else {
		t := f.newTemp("t")
		f.emit("%s := make([]py.Object, 0, %d)", t, len(elts))
		for _, e := range elts {
			if s, ok := e.(*syntax.Starred); ok {
				v := f.useExpr(s.Value)
				f.emit("%s, err = py.AppendIter(th, %s, %s)", t, t, v)
				f.usesErr = true
				f.check()
			} else {
				f.emit("%s = append(%s, %s)", t, t, f.useExpr(e))
			}
		}
		items = t
	}
	switch kind {
	case "tuple":
		return value{s: fmt.Sprintf("py.NewTuple(%s)", items)}
	case "list":
		return value{s: fmt.Sprintf("py.NewList(%s)", items)}
	}
	return value{call: fmt.Sprintf("py.NewSetFrom(th, %s)", items)}
}

// constTuple makes a tuple of constants a package-level value.
func (f *fn) constTuple(elts []syntax.Expr) (string, bool) {
	parts := make([]string, len(elts))
	for i, e := range elts {
		switch e := e.(type) {
		case *syntax.Constant:
			parts[i] = f.g.constant(e.Value)
		case *syntax.Tuple:
			c, ok := f.constTuple(e.Elts)
			if !ok || len(e.Elts) == 0 {
				return "", false
			}
			parts[i] = c
		default:
			return "", false
		}
	}
	init := "py.NewTuple([]py.Object{" + strings.Join(parts, ", ") + "})"
	f.g.nconst++
	return f.g.constVar("tuple:"+init, fmt.Sprintf("tuple%d", f.g.nconst), init), true
}

// dict builds a dict display.
func (f *fn) dict(e *syntax.Dict) value {
	d := f.newTemp("t")
	f.emit("%s := py.NewDict()", d)
	f.usesErr = true
	for i, k := range e.Keys {
		if k == nil {
			v := f.useExpr(e.Values[i])
			f.emit("err = py.DictMerge(th, %s, %s)", d, v)
			f.check()
			continue
		}
		kv := f.useAll([]syntax.Expr{k, e.Values[i]})
		f.emit("err = %s.SetItem(th, %s, %s)", d, kv[0], kv[1])
		f.check()
	}
	return value{s: d}
}

// call compiles a call expression.
func (f *fn) call(c *syntax.Call) value {
	g := f.g
	if n, ok := c.Func.(*syntax.Name); ok && n.Id == "super" && len(c.Args) == 0 && len(c.Keywords) == 0 && f.access("super") == accGlobal {
		cell := f.classCellFor()
		if cell == "" || f.kind == fnClass {
			return value{call: "py.Super(th, nil, nil)"}
		}
		first := "nil"
		if f.firstParam != "" {
			first = f.firstParam
		}
		cv := f.goVarOf("__class__", true)
		return value{call: fmt.Sprintf("py.Super(th, %s, %s)", cv, first)}
	}
	if n, ok := c.Func.(*syntax.Name); ok && len(c.Args) == 0 && len(c.Keywords) == 0 && f.access(n.Id) == accGlobal {
		switch n.Id {
		case "globals":
			return value{s: g.prefix + "globals"}
		case "locals", "vars":
			return value{s: f.localsDict()}
		case "dir":
			return value{call: fmt.Sprintf("py.SortedKeys(th, %s)", f.localsDict())}
		}
	}
	simple := true
	for _, a := range c.Args {
		if _, ok := a.(*syntax.Starred); ok {
			simple = false
		}
	}
	for _, k := range c.Keywords {
		if k.Arg == "" {
			simple = false
		}
	}
	// Method call: obj.name(args) without building a bound method.
	if attr, ok := c.Func.(*syntax.Attribute); ok && simple {
		all := append([]syntax.Expr{attr.Value}, c.Args...)
		for _, k := range c.Keywords {
			all = append(all, k.Value)
		}
		vals := f.useAll(all)
		obj, args := vals[0], vals[1:1+len(c.Args)]
		name := g.nameStr(f.mangled(attr.Attr))
		if len(c.Keywords) == 0 && len(args) == 3 {
			return value{call: fmt.Sprintf("py.CallMethod3(th, %s, %s%s)", obj, name, joinArgs(args))}
		}
		cache := g.cacheVar("mc", "py.AttrCache")
		if len(c.Keywords) == 0 && len(args) < 3 {
			return value{call: fmt.Sprintf("py.CallMethodCached%d(th, %s, %s, &%s%s)", len(args), obj, name, cache, joinArgs(args))}
		}
		return value{call: fmt.Sprintf("py.CallMethodCached(th, %s, %s, &%s, %s, %s)", obj, name, cache, argSlice(args), f.kwArgs(c.Keywords, vals[1+len(c.Args):]))}
	}
	if simple {
		all := append([]syntax.Expr{c.Func}, c.Args...)
		for _, k := range c.Keywords {
			all = append(all, k.Value)
		}
		vals := f.useAll(all)
		fnv, args := vals[0], vals[1:1+len(c.Args)]
		if len(c.Keywords) == 0 && len(args) <= 3 {
			return value{call: fmt.Sprintf("py.Call%d(th, %s%s)", len(args), fnv, joinArgs(args))}
		}
		return value{call: fmt.Sprintf("py.Call(th, %s, %s, %s)", fnv, argSlice(args), f.kwArgs(c.Keywords, vals[1+len(c.Args):]))}
	}
	// General form: *args and **kwargs.
	fnv := f.useExpr(c.Func)
	if !f.isConstVar(fnv) {
		t := f.newTemp("t")
		f.emit("%s := %s", t, fnv)
		fnv = t
	}
	args := f.newTemp("t")
	f.emit("%s := make([]py.Object, 0, %d)", args, len(c.Args))
	f.usesErr = true
	for _, a := range c.Args {
		if s, ok := a.(*syntax.Starred); ok {
			v := f.useExpr(s.Value)
			f.emit("%s, err = py.AppendIter(th, %s, %s)", args, args, v)
			f.check()
		} else {
			f.emit("%s = append(%s, %s)", args, args, f.useExpr(a))
		}
	}
	var names, values []string
	starstar := "nil"
	for _, k := range c.Keywords {
		if k.Arg == "" {
			v := f.useExpr(k.Value)
			if starstar == "nil" {
				starstar = f.newTemp("t")
				f.emit("%s := py.NewDict()", starstar)
			}
			f.emit("err = py.MergeKwargs(th, %s, %s, %s)", starstar, v, fnv)
			f.check()
			continue
		}
		values = append(values, f.useExpr(k.Value))
		names = append(names, g.nameStr(k.Arg))
	}
	kw := "nil"
	if len(names) > 0 {
		kw = fmt.Sprintf("&py.KwArgs{Names: []*py.Str{%s}, Values: []py.Object{%s}}", strings.Join(names, ", "), strings.Join(values, ", "))
	}
	if starstar == "nil" {
		return value{call: fmt.Sprintf("py.Call(th, %s, %s, %s)", fnv, args, kw)}
	}
	return value{call: fmt.Sprintf("py.CallEx(th, %s, %s, nil, %s, %s)", fnv, args, kw, starstar)}
}

func joinArgs(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return ", " + strings.Join(args, ", ")
}

func argSlice(args []string) string {
	if len(args) == 0 {
		return "nil"
	}
	return "[]py.Object{" + strings.Join(args, ", ") + "}"
}

func (f *fn) kwArgs(kws []*syntax.Keyword, vals []string) string {
	if len(kws) == 0 {
		return "nil"
	}
	names := make([]string, len(kws))
	for i, k := range kws {
		names[i] = f.g.nameStr(k.Arg)
	}
	return fmt.Sprintf("&py.KwArgs{Names: []*py.Str{%s}, Values: []py.Object{%s}}", strings.Join(names, ", "), strings.Join(vals, ", "))
}

// joinedStr compiles an f-string to a *py.Str expression.
func (f *fn) joinedStr(e *syntax.JoinedStr) string {
	var parts []string
	for _, v := range e.Values {
		switch v := v.(type) {
		case *syntax.Constant:
			if s, ok := v.Value.(syntax.StrConst); ok {
				parts = append(parts, f.g.strConst(string(s)))
				continue
			}
			parts = append(parts, f.g.constant(v.Value))
		case *syntax.FormattedValue:
			s := f.formatted(v)
			if !isTempName(s) {
				t := f.newTemp("t")
				f.emit("%s := %s", t, s)
				s = t
			}
			parts = append(parts, s)
		default:
			parts = append(parts, f.useExpr(v))
		}
	}
	switch len(parts) {
	case 0:
		return f.g.strConst("")
	case 1:
		return parts[0]
	}
	return "py.ConcatStr(" + strings.Join(parts, ", ") + ")"
}

// formatted compiles one {value!conv:spec} part to a *py.Str temporary.
func (f *fn) formatted(v *syntax.FormattedValue) string {
	x := f.useExpr(v.Value)
	switch v.Conversion {
	case 'r':
		x = f.useStr(fmt.Sprintf("py.Repr(th, %s)", x))
	case 's':
		x = f.useStr(fmt.Sprintf("py.StrOf(th, %s)", x))
	case 'a':
		x = f.useStr(fmt.Sprintf("py.ASCII(th, %s)", x))
	}
	if v.FormatSpec == nil && v.Conversion > 0 {
		return x
	}
	spec := f.g.strConst("")
	if v.FormatSpec != nil {
		if js, ok := v.FormatSpec.(*syntax.JoinedStr); ok {
			spec = f.joinedStr(js)
		} else {
			spec = f.useExpr(v.FormatSpec) + ".(*py.Str)"
		}
	}
	return f.useStr(fmt.Sprintf("py.Format(th, %s, %s)", x, spec))
}

// useStr materializes a call returning (*py.Str, error).
func (f *fn) useStr(call string) string {
	t := f.newTemp("t")
	f.emit("%s, err := %s", t, call)
	f.check()
	return t
}

// not negates a Go bool expression.
func not(c string) string {
	switch {
	case c == "true":
		return "false"
	case c == "false":
		return "true"
	case strings.HasPrefix(c, "!") && isGoIdent(c[1:]):
		return c[1:]
	case isGoIdent(c):
		return "!" + c
	}
	return "!(" + c + ")"
}

// anyRebinds reports whether evaluating es could assign a local of the
// current function (a walrus outside any nested scope).
func anyRebinds(es []syntax.Expr) bool {
	found := false
	for _, e := range es {
		if e == nil {
			continue
		}
		syntax.Walk(e, func(n syntax.Node) bool {
			switch n.(type) {
			case *syntax.NamedExpr:
				found = true
			case *syntax.Lambda:
				return false
			}
			return !found
		})
	}
	return found
}

// localsDict implements locals() (and vars() without arguments): the
// namespace at module and class level, else a new dict of the function's
// bound local and free variables.
func (f *fn) localsDict() string {
	switch f.kind {
	case fnModule:
		return f.g.prefix + "globals"
	case fnClass:
		return "ns"
	}
	t := f.newTemp("t")
	f.emit("%s := py.NewDict()", t)
	for _, n := range f.scope.Names {
		sym := f.scope.Symbols[n]
		if sym == nil || !isPyIdent(n) || !(sym.IsLocal() || sym.IsFree()) {
			continue
		}
		if n == "__class__" {
			continue
		}
		v := f.goVarOf(n, true)
		f.emit("if %s != nil {\n%s.SetStr(%s, %s)\n}", v, t, f.g.nameStr(n), v)
	}
	return t
}
