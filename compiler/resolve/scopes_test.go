package resolve

// Tests of the API on small programs. What each program's scopes must
// contain comes from CPython when the test runs (testdata/scope_facts.py):
// the symtable module's view of every table and symbol, and the code
// objects compile() makes (parameters, cell and free variables, generator
// and coroutine flags), which the code generator's output must match.

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

var scopePrograms = map[string]string{
	"closure": `
def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
`,
	"nested functions": `
def a(x):
    def b(y):
        def c(z):
            return x + y + z
        return c
    return b
def unrelated():
    return x
`,
	"class body": `
x = 1
class C(Base, metaclass=Meta):
    x = x + 1
    y = [x for _ in range(3)]
    def m(self):
        return x, self.y
    class Inner:
        def n(self):
            return C
`,
	"super and __class__": `
class A(B):
    def f(self):
        return super().f()
    def g(self):
        return __class__
    def h(self):
        return [super() for _ in ()]
    @staticmethod
    def s():
        def inner():
            return __class__
        return inner
`,
	"comprehensions": `
def f(xs, ys):
    a = [x * y for x in xs for y in ys if x]
    b = {x: y for x, y in zip(xs, ys)}
    c = {x for x in xs}
    d = (x for x in xs)
    e = [[x + y for y in ys] for x in xs]
    return a, b, c, d, e
`,
	"global and nonlocal": `
g = 0
def f():
    global g
    g = 1
    h = 2
    def inner():
        global h
        h = 3
        def innermost():
            return g, h
        return innermost
    return inner
def k():
    v = 1
    def m():
        nonlocal v
        def n():
            return v
        return n
    return m
`,
	"walrus in comprehension": `
def f(xs):
    if any((hit := x) > 3 for x in xs):
        return hit
    ys = [last := x for x in xs]
    return [[(deep := y) for y in ys] for _ in xs], deep, last
[top := 1 for _ in range(2)]
def g():
    global w
    [w := 1 for _ in range(2)]
`,
	"match captures": `
def f(cmd):
    match cmd:
        case ["go", direction] if direction:
            return direction
        case {"key": value, **rest}:
            return value, rest
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case [first, *others] as whole:
            return first, others, whole
        case _:
            return None
`,
	"except-as, del, with": `
def f():
    try:
        pass
    except ValueError as err:
        def g():
            return err
        return g
    with open("f") as (a, b), open("g") as c:
        del a
    del b.attr, c[0]
`,
	"imports": `
import os, os.path, xml.dom.minidom as md
from collections import OrderedDict as OD, deque
from . import sibling
from .pkg.mod import *
def f():
    import json
    from sys import argv as args
    return json, args, os
`,
	"annotations": `
x: int = 1
y: "str"
z.attr: int
def f(a: A, *args: B, k: C = 1, **kw: D) -> R:
    local: T = a
    unbound: U
    def g():
        return local
    return g
class K:
    field: F
    other: G = 2
`,
	"postponed annotations": `
from __future__ import annotations
x: Undefined = 1
def f(a: A, b: (lambda: Q)) -> R:
    v: V = 1
    return v
class K:
    field: F
`,
	"lambda defaults": `
def f(n):
    fs = [lambda i=i: i * n for i in range(n)]
    g = lambda *a, k=n, **kw: (a, k, kw, n)
    return fs, g, lambda: lambda: n
`,
	"generators and coroutines": `
def gen():
    yield 1
    return 2
def delegating():
    yield from gen()
async def coro():
    await x
async def agen():
    yield 1
async def acomp():
    return [y async for y in aiter()], (z async for z in aiter())
def sync_with_async_genexp():
    return (y async for y in aiter())
lam = lambda: (yield)
`,
	"private names": `
class Secret:
    __hidden = 1
    __dunder__ = 2
    def __m(self, __p):
        __local = __p
        return self.__hidden, __local, __undefined
    def uses(self):
        return [__c for __c in self.__hidden]
class __Under:
    __x = 1
class ___:
    __y = 2
`,
	"shadowing and class cells": `
def outer():
    x = 1
    class C:
        x = 2
        def m(self):
            return x
        y = x
    return C
def outer2():
    v = 1
    class D:
        global v
        def m(self):
            return v
    return D
`,
	"try/star, loops, async constructs": `
async def f(items):
    async with lock() as held:
        async for it in items:
            try:
                await it
            except* ValueError as eg:
                handle(eg, held)
    for i in range(3):
        while i:
            break
        else:
            continue
`,
	"deeply free": `
def a():
    x = 1
    def b():
        def c():
            def d():
                return x
            return d
        return c
    return b
`,
	"positional-only and keyword-only": `
def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    return a, b, c, args, d, e, kw
`,
	"empty module": ``,
}

// pySymbol and friends mirror scope_facts.py's output.
type pySymbol struct {
	Packed           int  `json:"packed"`
	IsReferenced     bool `json:"is_referenced"`
	IsImported       bool `json:"is_imported"`
	IsParameter      bool `json:"is_parameter"`
	IsGlobal         bool `json:"is_global"`
	IsNonlocal       bool `json:"is_nonlocal"`
	IsDeclaredGlobal bool `json:"is_declared_global"`
	IsLocal          bool `json:"is_local"`
	IsAnnotated      bool `json:"is_annotated"`
	IsFree           bool `json:"is_free"`
	IsAssigned       bool `json:"is_assigned"`
}

type pyFactsTable struct {
	Type        string              `json:"type"`
	Name        string              `json:"name"`
	Lineno      int                 `json:"lineno"`
	Nested      bool                `json:"nested"`
	Optimized   bool                `json:"optimized"`
	HasChildren bool                `json:"has_children"`
	Identifiers []string            `json:"identifiers"`
	Symbols     map[string]pySymbol `json:"symbols"`
}

type pyCode struct {
	Name        string   `json:"name"`
	Firstlineno int      `json:"firstlineno"`
	Params      []string `json:"params"`
	Cellvars    []string `json:"cellvars"`
	Freevars    []string `json:"freevars"`
	Flags       int      `json:"flags"`
}

type pyFacts struct {
	Error  string         `json:"error"`
	Tables []pyFactsTable `json:"tables"`
	Code   []pyCode       `json:"code"`
}

func scopeFacts(t *testing.T, sources []string) []pyFacts {
	py := python3(t)
	in, _ := json.Marshal(sources)
	cmd := exec.Command(py, "testdata/scope_facts.py")
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("scope_facts.py: %v", err)
	}
	var facts []pyFacts
	if err := json.Unmarshal(out, &facts); err != nil {
		t.Fatal(err)
	}
	return facts
}

func TestScopesMatchCPython(t *testing.T) {
	var names, sources []string
	for name := range scopePrograms {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		sources = append(sources, scopePrograms[name])
	}
	facts := scopeFacts(t, sources)
	for i, name := range names {
		t.Run(name, func(t *testing.T) {
			if facts[i].Error != "" {
				t.Fatalf("CPython rejects the program: %s", facts[i].Error)
			}
			mod, err := syntax.Parse("f.py", []byte(sources[i]))
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			tab, err := Module("f.py", mod)
			if err != nil {
				t.Fatalf("resolve: %v", err)
			}
			compareFacts(t, tab, facts[i])
			compareCode(t, tab, facts[i].Code)
			checkScopeOf(t, tab, mod)
		})
	}
}

// compareFacts compares every table and symbol with the symtable module's.
func compareFacts(t *testing.T, tab *Table, f pyFacts) {
	var ours []*Scope
	tab.Walk(func(s *Scope) { ours = append(ours, s) })
	if len(ours) != len(f.Tables) {
		t.Fatalf("%d scopes, CPython %d", len(ours), len(f.Tables))
	}
	for i, s := range ours {
		p := f.Tables[i]
		where := fmt.Sprintf("scope %s@%d", s.Name, s.Lineno)
		got := fmt.Sprint(s.Kind, s.Name, s.Lineno, s.Nested, s.Optimized(), s.HasChildren())
		want := fmt.Sprint(p.Type, p.Name, p.Lineno, p.Nested, p.Optimized, p.HasChildren)
		if got != want {
			t.Errorf("%s: kind name line nested optimized children: %s, CPython %s", where, got, want)
		}
		// Names in first-occurrence order; names added by the analysis
		// (pure pass-through free names) come last in an unspecified order.
		var order, pyOrder []string
		for _, n := range s.Names {
			if s.Symbols[n].Flags != 0 {
				order = append(order, n)
			}
		}
		for _, n := range p.Identifiers {
			if p.Symbols[n].Packed&(1<<scopeShift-1) != 0 {
				pyOrder = append(pyOrder, n)
			}
		}
		if !reflect.DeepEqual(order, pyOrder) {
			t.Errorf("%s: names %v, CPython %v", where, order, pyOrder)
		}
		if len(s.Symbols) != len(p.Symbols) {
			t.Errorf("%s: %d symbols, CPython %d", where, len(s.Symbols), len(p.Symbols))
		}
		for n, ps := range p.Symbols {
			sym := s.Symbols[n]
			if sym == nil {
				t.Errorf("%s: %s missing", where, n)
				continue
			}
			if s.Lookup(n) != sym && mangle(s.private, n) == n {
				t.Errorf("%s: Lookup(%q) does not find the symbol", where, n)
			}
			// The symtable module calls a name bound at module level
			// both local and global.
			moduleBound := s.Kind == ModuleScope && sym.IsBound()
			got := pySymbol{sym.Packed(), sym.IsReferenced(), sym.IsImported(), sym.IsParam(),
				sym.IsGlobal() || moduleBound, sym.IsNonlocal(), sym.IsDeclaredGlobal(),
				sym.IsLocal() || moduleBound, sym.IsAnnotated(), sym.IsFree(), sym.IsAssigned()}
			if got != ps {
				t.Errorf("%s: %s: ours %+v, CPython %+v", where, n, got, ps)
			}
		}
	}
}

// codeFlags computes the code-object flags CPython derives from a scope.
func codeFlags(s *Scope) int {
	if s.Kind != FunctionScope {
		return 0
	}
	f := 0
	if s.HasVarargs {
		f |= 0x04
	}
	if s.HasVarkeywords {
		f |= 0x08
	}
	if s.Nested {
		f |= 0x10
	}
	switch {
	case s.IsGenerator && s.IsCoroutine:
		f |= 0x200
	case s.IsGenerator:
		f |= 0x20
	case s.IsCoroutine:
		f |= 0x80
	}
	return f
}

// codeKey is how a scope's code object is named: co_name and co_firstlineno.
func codeKey(s *Scope) string {
	name, line := s.Name, s.Lineno
	var decorators []syntax.Expr
	switch n := s.Node.(type) {
	case *syntax.Module:
		name, line = "<module>", 1
	case *syntax.Lambda, *syntax.ListComp, *syntax.SetComp, *syntax.DictComp, *syntax.GeneratorExp:
		name = "<" + s.Name + ">"
	case *syntax.FunctionDef:
		decorators = n.DecoratorList
	case *syntax.AsyncFunctionDef:
		decorators = n.DecoratorList
	case *syntax.ClassDef:
		decorators = n.DecoratorList
	}
	if len(decorators) > 0 {
		line = decorators[0].Position().Lineno
	}
	return fmt.Sprintf("%s@%d", name, line)
}

// compareCode compares what the code generator will derive from each scope
// with CPython's code objects.
func compareCode(t *testing.T, tab *Table, codes []pyCode) {
	for _, d := range codeDifferences(tab, codes) {
		t.Error(d)
	}
}

// codeDifferences lists the differences between the scopes and CPython's
// code objects.
func codeDifferences(tab *Table, codes []pyCode) (diffs []string) {
	byKey := map[string][]*Scope{}
	tab.Walk(func(s *Scope) { byKey[codeKey(s)] = append(byKey[codeKey(s)], s) })
	const mask = 0x04 | 0x08 | 0x10 | 0x20 | 0x80 | 0x200
	for _, co := range codes {
		key := fmt.Sprintf("%s@%d", co.Name, co.Firstlineno)
		if len(byKey[key]) == 0 {
			diffs = append(diffs, fmt.Sprintf("no scope for code object %s", key))
			continue
		}
		s := byKey[key][0]
		byKey[key] = byKey[key][1:]
		params := s.Params
		if s.Kind != FunctionScope {
			params = nil
		}
		got := fmt.Sprintf("params %v cells %v frees %v flags %#x", nonNil(params), nonNil(s.CellVars()),
			nonNil(s.FreeVars()), codeFlags(s))
		want := fmt.Sprintf("params %v cells %v frees %v flags %#x", nonNil(co.Params), nonNil(co.Cellvars),
			nonNil(co.Freevars), co.Flags&mask)
		if got != want {
			diffs = append(diffs, fmt.Sprintf("code %s: ours %s, CPython %s", key, got, want))
		}
	}
	return diffs
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// checkScopeOf checks that every defining node maps to its scope and that
// every scope is reached that way.
func checkScopeOf(t *testing.T, tab *Table, mod *syntax.Module) {
	seen := map[*Scope]bool{}
	syntax.Walk(mod, func(n syntax.Node) bool {
		switch n.(type) {
		case *syntax.Module, *syntax.FunctionDef, *syntax.AsyncFunctionDef, *syntax.ClassDef,
			*syntax.Lambda, *syntax.ListComp, *syntax.SetComp, *syntax.DictComp, *syntax.GeneratorExp:
			s := tab.ScopeOf(n)
			if s == nil || s.Node != n {
				t.Errorf("ScopeOf(%T at %v) = %v", n, n.Position(), s)
				return true
			}
			seen[s] = true
		default:
			if s := tab.ScopeOf(n); s != nil {
				t.Errorf("ScopeOf(%T) = %s, want nil", n, s.Name)
			}
		}
		return true
	})
	tab.Walk(func(s *Scope) {
		if !seen[s] {
			t.Errorf("scope %s@%d not found from its node", s.Name, s.Lineno)
		}
		for _, c := range s.Children {
			if c.Parent != s {
				t.Errorf("scope %s@%d: wrong parent", c.Name, c.Lineno)
			}
		}
	})
}
