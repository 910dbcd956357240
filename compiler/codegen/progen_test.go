package codegen

// A random generator of Python programs for the fuzz target and the
// generated-program tests. Programs follow the grammar (statements nest,
// expressions nest to a bounded depth) but not necessarily Python's static
// rules, so some are rejected with a SyntaxError by the resolver: both
// outcomes are fine for the compiler, which must never crash or emit Go
// that does not compile.

import (
	"fmt"
	"math/rand"
	"strings"
)

// progen builds one program.
type progen struct {
	rng     *rand.Rand
	b       strings.Builder
	depth   int  // statement nesting
	inFunc  bool // inside a def (return, yield, nonlocal allowed)
	inLoop  bool // inside a loop (break, continue allowed)
	inAsync bool
	inClass bool
}

// genNames mixes ordinary names with Go keywords, predeclared identifiers
// and the code generator's own names.
var genNames = strings.Fields(`a b c x y n i k v self cls acc total
	func go chan nil len string err py th t1 it3 exc1 flow2 ok4 m gen ns rv args init main math
	type map range select struct var defer iota copy new make print café _x __p x_ T`)

// genProgram returns a random program.
func genProgram(seed int64) string {
	g := &progen{rng: rand.New(rand.NewSource(seed))}
	n := 3 + g.rng.Intn(10)
	for i := 0; i < n; i++ {
		g.stmt(0)
	}
	return g.b.String()
}

func (g *progen) pick(xs ...string) string { return xs[g.rng.Intn(len(xs))] }
func (g *progen) name() string             { return genNames[g.rng.Intn(len(genNames))] }
func (g *progen) chance(n int) bool        { return g.rng.Intn(n) == 0 }

func (g *progen) line(ind int, format string, args ...any) {
	g.b.WriteString(strings.Repeat("    ", ind))
	fmt.Fprintf(&g.b, format, args...)
	g.b.WriteByte('\n')
}

// block writes 1-3 statements at indentation ind.
func (g *progen) block(ind int) {
	n := 1 + g.rng.Intn(3)
	for i := 0; i < n; i++ {
		g.stmt(ind)
	}
}

// stmt writes one statement.
func (g *progen) stmt(ind int) {
	if ind > 4 {
		g.line(ind, "%s = %s", g.name(), g.expr(1))
		return
	}
	switch g.rng.Intn(30) {
	case 0, 1, 2:
		g.line(ind, "%s = %s", g.target(), g.expr(0))
	case 3:
		g.line(ind, "%s %s= %s", g.name(), g.pick("+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"), g.expr(0))
	case 4:
		g.line(ind, "%s", g.expr(0))
	case 5:
		g.line(ind, "if %s:", g.expr(0))
		g.block(ind + 1)
		if g.chance(2) {
			g.line(ind, "elif %s:", g.expr(0))
			g.block(ind + 1)
		}
		if g.chance(2) {
			g.line(ind, "else:")
			g.block(ind + 1)
		}
	case 6:
		g.line(ind, "while %s:", g.expr(0))
		g.loopBody(ind)
	case 7:
		g.line(ind, "%sfor %s in %s:", g.asyncKw(), g.target(), g.expr(0))
		g.loopBody(ind)
		if g.chance(3) {
			g.line(ind, "else:")
			g.block(ind + 1)
		}
	case 8:
		g.line(ind, "try:")
		g.block(ind + 1)
		n := g.rng.Intn(3)
		for i := 0; i < n; i++ {
			switch g.rng.Intn(3) {
			case 0:
				g.line(ind, "except %s as %s:", g.pick("ValueError", "(KeyError, IndexError)", "Exception"), g.name())
			case 1:
				g.line(ind, "except %s:", g.pick("ZeroDivisionError", "BaseException", "TypeError"))
			default:
				g.line(ind, "except:")
			}
			g.block(ind + 1)
		}
		if n > 0 && g.chance(2) {
			g.line(ind, "else:")
			g.block(ind + 1)
		}
		if n == 0 || g.chance(2) {
			g.line(ind, "finally:")
			g.block(ind + 1)
		}
	case 9:
		g.line(ind, "%swith %s as %s, %s:", g.asyncKw(), g.expr(1), g.target(), g.expr(1))
		g.block(ind + 1)
	case 10, 11:
		g.def(ind)
	case 12:
		g.class(ind)
	case 13:
		if g.inFunc {
			if g.chance(2) {
				g.line(ind, "return %s", g.expr(0))
			} else {
				g.line(ind, "return")
			}
		} else {
			g.line(ind, "pass")
		}
	case 14:
		if g.inFunc && !g.inAsync {
			g.line(ind, "%s = yield %s", g.name(), g.expr(1))
		} else if g.inFunc {
			g.line(ind, "await %s", g.expr(1))
		} else {
			g.line(ind, "del %s", g.name())
		}
	case 15:
		if g.inLoop {
			g.line(ind, "%s", g.pick("break", "continue"))
		} else {
			g.line(ind, "assert %s, %s", g.expr(1), g.expr(1))
		}
	case 16:
		g.line(ind, "raise %s", g.pick("ValueError('v')", "KeyError", "TypeError('t') from None", "RuntimeError() from "+g.expr(2)))
	case 17:
		if g.inFunc {
			g.line(ind, "%s %s", g.pick("global", "nonlocal"), g.name())
		} else {
			g.line(ind, "global %s", g.name())
		}
	case 18:
		g.line(ind, "%s", g.pick("import math", "import math as "+g.name(), "from math import floor, pi as "+g.name(),
			"import os.path", "from collections import OrderedDict", "import sys"))
	case 19:
		g.line(ind, "match %s:", g.expr(1))
		n := 1 + g.rng.Intn(3)
		for i := 0; i < n; i++ {
			g.line(ind+1, "case %s%s:", g.pattern(0), g.pick("", "", " if "+g.expr(2)))
			g.block(ind + 2)
		}
	case 20:
		g.line(ind, "%s, *%s = %s", g.name(), g.name(), g.expr(0))
	case 21:
		g.line(ind, "%s[%s] = %s", g.name(), g.expr(1), g.expr(1))
	case 22:
		g.line(ind, "%s.%s = %s", g.name(), g.name(), g.expr(1))
	case 23:
		g.line(ind, "%s: %s = %s", g.name(), g.pick("int", "list[str]", "'T'", "None"), g.expr(1))
	case 24:
		g.line(ind, "del %s[%s], %s.%s", g.name(), g.expr(2), g.name(), g.name())
	case 25:
		if g.inFunc && !g.inAsync {
			g.line(ind, "yield from %s", g.expr(1))
		} else {
			g.line(ind, "print(%s, sep=%s)", g.expr(1), g.str())
		}
	default:
		g.line(ind, "print(%s)", g.expr(0))
	}
}

func (g *progen) asyncKw() string {
	if g.inAsync && g.chance(3) {
		return "async "
	}
	return ""
}

func (g *progen) loopBody(ind int) {
	saved := g.inLoop
	g.inLoop = true
	g.block(ind + 1)
	g.inLoop = saved
}

// def writes a function definition, sometimes decorated or async.
func (g *progen) def(ind int) {
	if g.chance(4) {
		g.line(ind, "@%s", g.pick("staticmethod", "classmethod", "property", g.name(), "functools.wraps(f)"))
	}
	async := g.chance(6)
	kw := "def"
	if async {
		kw = "async def"
	}
	g.line(ind, "%s %s(%s)%s:", kw, g.name(), g.params(), g.pick("", "", " -> int", " -> 'x'"))
	savedF, savedL, savedA, savedC := g.inFunc, g.inLoop, g.inAsync, g.inClass
	g.inFunc, g.inLoop, g.inAsync, g.inClass = true, false, async, false
	if g.chance(4) {
		g.line(ind+1, "%s", g.str())
	}
	g.block(ind + 1)
	g.inFunc, g.inLoop, g.inAsync, g.inClass = savedF, savedL, savedA, savedC
}

// params writes a parameter list.
func (g *progen) params() string {
	var ps []string
	n := g.rng.Intn(4)
	dflt := false
	for i := 0; i < n; i++ {
		p := g.name()
		if dflt || g.chance(3) {
			p += "=" + g.expr(2)
			dflt = true
		}
		ps = append(ps, p)
	}
	if n > 0 && g.chance(4) {
		ps = append(ps, "/")
	}
	if g.chance(3) {
		ps = append(ps, "*"+g.name())
	} else if g.chance(4) {
		ps = append(ps, "*")
		ps = append(ps, g.name())
	}
	if g.chance(4) {
		ps = append(ps, "**"+g.name())
	}
	return strings.Join(ps, ", ")
}

func (g *progen) class(ind int) {
	bases := g.pick("", "(object)", "("+g.name()+")", "(Exception)", "(metaclass=type)", "("+g.name()+", x="+g.name()+")")
	g.line(ind, "class %s%s:", g.name(), bases)
	savedC, savedF, savedL := g.inClass, g.inFunc, g.inLoop
	g.inClass, g.inFunc, g.inLoop = true, false, false
	if g.chance(3) {
		g.line(ind+1, "%s", g.str())
	}
	g.block(ind + 1)
	if g.chance(2) {
		g.line(ind+1, "def %s(self, %s):", g.pick("__init__", "m", "__repr__", "__eq__"), g.name())
		g.inFunc = true
		g.line(ind+2, "super().__init__()")
		g.line(ind+2, "return %s", g.expr(1))
	}
	g.inClass, g.inFunc, g.inLoop = savedC, savedF, savedL
}

// target is an assignment target.
func (g *progen) target() string {
	switch g.rng.Intn(6) {
	case 0:
		return g.name() + ", " + g.name()
	case 1:
		return "(" + g.name() + ", [" + g.name() + ", *" + g.name() + "])"
	case 2:
		return g.name() + "[" + g.expr(2) + "]"
	case 3:
		return g.name() + "." + g.name()
	}
	return g.name()
}

// pattern is a match pattern.
func (g *progen) pattern(d int) string {
	if d > 2 {
		return g.pick("_", g.name(), "1", "'s'", "None")
	}
	switch g.rng.Intn(10) {
	case 0:
		return "[" + g.pattern(d+1) + ", *" + g.pick("_", g.name()) + "]"
	case 1:
		return "(" + g.pattern(d+1) + " | " + g.pattern(d+1) + ")"
	case 2:
		return "{" + g.str() + ": " + g.pattern(d+1) + ", **" + g.name() + "}"
	case 3:
		return g.pick("Point", "int", "str", "a.B") + "(" + g.pattern(d+1) + ", " + g.name() + "=" + g.pattern(d+1) + ")"
	case 4:
		return g.pattern(d+1) + " as " + g.name()
	case 5:
		return g.pick("-1", "1+2j", "0.5", "b'x'", "True", "a.b.c")
	}
	return g.pick("_", g.name(), "1", "'s'", "None")
}

// str returns a string literal, sometimes with hostile content.
func (g *progen) str() string {
	return g.pick(`'s'`, `"q\"uote"`, "'back`tick'", `'*/ /*'`, `'\u2028\u2029'`, `'\x00\xff\udcff'`,
		`"""doc\nstring"""`, `r'\d+'`, `'%s %d' % (1, 2)`, `'\N{BULLET}'`, `u'x'`, `'a' 'b'`, "'\\\\'")
}

// expr returns an expression; d is the nesting depth.
func (g *progen) expr(d int) string {
	if d > 3 {
		return g.atom()
	}
	switch g.rng.Intn(24) {
	case 0, 1:
		return "(" + g.expr(d+1) + " " + g.pick("+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@") + " " + g.expr(d+1) + ")"
	case 2:
		return "(" + g.pick("-", "+", "~", "not ") + g.expr(d+1) + ")"
	case 3:
		return "(" + g.expr(d+1) + " " + g.pick("<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not") + " " + g.expr(d+1) + " < " + g.expr(d+1) + ")"
	case 4:
		return "(" + g.expr(d+1) + " " + g.pick("and", "or") + " " + g.expr(d+1) + ")"
	case 5:
		return "(" + g.expr(d+1) + " if " + g.expr(d+1) + " else " + g.expr(d+1) + ")"
	case 6:
		return g.name() + "(" + g.args(d) + ")"
	case 7:
		return "(" + g.expr(d+1) + ")." + g.name()
	case 8:
		return g.expr(d+1) + "[" + g.pick(g.expr(d+1), g.expr(d+1)+":", ":"+g.expr(d+1), "::2", "1:2, ...") + "]"
	case 9:
		return "[" + g.expr(d+1) + ", *" + g.expr(d+1) + "]"
	case 10:
		return "{" + g.expr(d+1) + ": " + g.expr(d+1) + ", **" + g.name() + "}"
	case 11:
		return "{" + g.expr(d+1) + ", " + g.expr(d+1) + "}"
	case 12:
		return "(" + g.expr(d+1) + ", " + g.expr(d+1) + ")"
	case 13:
		v := g.name()
		open := g.rng.Intn(4)
		return []string{"[", "{", "(", "list("}[open] + g.expr(d+1) + " for " + v + " in " + g.expr(d+1) + g.pick("", " if "+v) + []string{"]", "}", ")", ")"}[open]
	case 14:
		v := g.name()
		return "{" + v + ": " + g.expr(d+1) + " for " + v + ", " + g.name() + " in " + g.expr(d+1) + "}"
	case 15:
		return "(lambda " + g.params() + ": " + g.expr(d+1) + ")"
	case 16:
		if d == 0 {
			return "(" + g.name() + " := " + g.expr(d+1) + ")"
		}
		return g.atom()
	case 17:
		return "f'" + g.pick("", "x") + "{" + g.pick(g.name(), g.name()+" + 1", g.name()+"[0]", "("+g.name()+")") + g.pick("", "!r", "!s", ":>10", ":{w}", "=") + "}" + g.pick("", "{{}}", "\\n") + "'"
	case 18:
		if g.inAsync {
			return "(await " + g.expr(d+1) + ")"
		}
		return g.atom()
	}
	return g.atom()
}

func (g *progen) args(d int) string {
	var as []string
	n := g.rng.Intn(4)
	for i := 0; i < n; i++ {
		as = append(as, g.expr(d+1))
	}
	if g.chance(4) {
		as = append(as, "*"+g.expr(d+1))
	}
	if g.chance(4) {
		as = append(as, g.name()+"="+g.expr(d+1))
	}
	if g.chance(5) {
		as = append(as, "**"+g.expr(d+1))
	}
	return strings.Join(as, ", ")
}

func (g *progen) atom() string {
	switch g.rng.Intn(6) {
	case 0:
		return g.pick("0", "1", "-5", "10**20", "0xff", "1_000", "123456789012345678901234567890", "2**63", "-2**63")
	case 1:
		return g.pick("1.5", "1e308", "1e-320", "float('nan')", "-0.0", "3j", "1e400")
	case 2:
		return g.str()
	case 3:
		return g.pick("None", "True", "False", "...", "b'\\x00\\xff'", "[]", "{}", "()", "__name__", "__debug__")
	}
	return g.name()
}
