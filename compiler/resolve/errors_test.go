package resolve

// The compile-time errors of symtable.c, future.c and compile.c: each
// source below is compiled by CPython (testdata/compile_errors.py) when the
// test runs, and our parser + resolver must report the same message at the
// same position, or accept it when CPython does.

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

var errorCases = []string{
	// symtable.c: global and nonlocal.
	"nonlocal x",
	"class C:\n    nonlocal x",
	"def f():\n    nonlocal x",
	"def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
	"def f():\n    x = 1\n    def g():\n        x += 1\n        nonlocal x",
	"def f():\n    x = 1\n    global x",
	"def f():\n    print(x)\n    global x",
	"def f(x):\n    global x",
	"def f(x):\n    nonlocal x",
	"def f():\n    x: int\n    global x",
	"def f():\n    global x\n    x: int = 1",
	"def f():\n    y = 1\n    def g():\n        nonlocal y\n        y: int",
	"def f():\n    x = 1\n    class C:\n        nonlocal x\n        x: int",
	"x = 1\ndef f():\n    global x\n    nonlocal x",
	"def f():\n    class C:\n        x = 1\n        def g(self):\n            nonlocal x",
	"class C:\n    def f(self):\n        nonlocal __x",
	"def f():\n    def g():\n        nonlocal a, b\n    a = 1",
	// symtable.c: parameters and imports.
	"def f(a, b, a): pass",
	"lambda a, a: 0",
	"def f(a, *, a): pass",
	"def f(*, a, **a): pass",
	"def f(a, /, b, *a): pass",
	"def f():\n    from os import *",
	"class C:\n    from os import *",
	// symtable.c: walrus in comprehensions, yield in comprehensions.
	"[(x := 1) for x in y]",
	"def f():\n    [(x := 1) for x in y]",
	"[i for i in range(5) if (j := 0) for j in range(5)]",
	"class C:\n    [(y := 1) for x in z]",
	"[x for x in (y := [1])]",
	"[x for x in [1] for y in (z := [2])]",
	"[x for x in [lambda: (y := 1)]]",
	"def f():\n    global y\n    [y for y in z if (y := 1)]",
	"[(yield) for x in y]",
	"def f():\n    return {(yield) for x in y}",
	"{x: (yield) for x in y}",
	"((yield from z) for x in y)",
	// symtable.c: postponed annotations.
	"from __future__ import annotations\ndef f(x: (yield)): pass",
	"from __future__ import annotations\nx: (y := 1)",
	"from __future__ import annotations\nasync def f(x: (await y)): pass",
	// future.c
	"import os; from __future__ import annotations",
	"from __future__ import braces",
	"from __future__ import nope",
	// compile.c: return, yield, await.
	"return 1",
	"class C:\n    return",
	"yield 1",
	"class C:\n    x = yield",
	"await x",
	"def f():\n    await x",
	"lambda: await x",
	"async def f():\n    lambda: (await x)",
	"async def f():\n    yield 1\n    return 2",
	"async def f():\n    yield from g()",
	"def f():\n    [x async for x in y]",
	"[await x for x in y]",
	"def f():\n    [[x async for x in y] for z in w]",
	"async def f():\n    def g():\n        async with a: pass",
	"def f():\n    async for x in y: pass",
	"async with a: pass",
	"s = 'é'; return",
	// compile.c: break and continue.
	"break",
	"continue",
	"for x in y:\n    pass\nelse:\n    break",
	"while x:\n    def f():\n        break",
	"while x:\n    class C:\n        continue",
	"try:\n    pass\nfinally:\n    break",
	"def f():\n    for x in y:\n        pass\n    else:\n        continue",
	"for x in y:\n    try:\n        pass\n    except* E:\n        break",
	"def f():\n    try:\n        pass\n    except* E:\n        return x",
	"def f():\n    try:\n        pass\n    except* E:\n        return 1",
	"def f():\n    try:\n        pass\n    except* E:\n        if x:\n            continue",
	// compile.c: starred targets, handlers, keywords, __debug__.
	"a, *b, *c = d",
	"*a = 1",
	"for *a in b: pass",
	"[a, *b, *c] = d",
	"with a as (b, *c, *d): pass",
	"try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass",
	"f(a=1, a=2)",
	"o.m(x, k=1, k=2)",
	"(yield)(a=1, a=2)",
	"class C(metaclass=M, metaclass=N): pass",
	"f(__debug__=1)",
	"__debug__ = 1",
	"__debug__ += 1",
	"del __debug__",
	"x.__debug__ = 1",
	"def f(__debug__): pass",
	"def __debug__(): pass",
	"class __debug__: pass",
	"import os, __debug__",
	"from os import path as __debug__",
	"try:\n    pass\nexcept E as __debug__:\n    pass",
	"x = 1\nfrom __future__ import annotations",
	"def f():\n    from __future__ import annotations",
	// compile.c: match statements.
	"match x:\n    case a:\n        pass\n    case b:\n        pass",
	"match x:\n    case _:\n        pass\n    case 1:\n        pass",
	"match x:\n    case [a, a]: pass",
	"match x:\n    case [a, *a]: pass",
	"match x:\n    case {'k': a, **a}: pass",
	"match x:\n    case [a] as a: pass",
	"match x:\n    case C(a=1, a=2): pass",
	"match x:\n    case [1] | [a]: pass",
	"match x:\n    case a | b: pass",
	"match x:\n    case (a | a) | b: pass",
	"match x:\n    case {1: a, True: b}: pass",
	"match x:\n    case {'a': 1, 'a': 2}: pass",
	"match x:\n    case __debug__: pass",
	// Nesting depth.
	nested("for x in y:", 21),
	nested("while x:", 20),
	nested("with a:", 21),
	tryFinally(10),
	tryFinally(11),
	"def f():\n    try:\n        pass\n    except* E:\n        try:\n            pass\n        finally:\n            return",
	"for x in y:\n    try:\n        pass\n    except* E:\n        for z in w:\n            break\n        try:\n            return\n        finally:\n            pass",
	"async def f():\n    g = lambda: [x async for x in y]",
	"async def f():\n    g = lambda: (x async for x in y)",
	"class C:\n    [[(z := 1) for y in x] for x in w]",
	"def f():\n    class C:\n        def g(self):\n            [(w := 1) for x in y]\n            nonlocal w",
	// Accepted by CPython: no false positives.
	"def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2",
	"async def f():\n    [x async for x in y]\n    return [await z for z in w]",
	"(x async for x in y)",
	"while 1:\n    try:\n        pass\n    finally:\n        continue",
	"def f():\n    x: (yield) = 1",
	"match x:\n    case [a, *_] | [*_, a]: pass\n    case _: pass",
	"def f():\n    try:\n        pass\n    except* E:\n        def g():\n            return 1",
	nested("for x in y:", 19),
}

// tryFinally nests n try/finally statements, each finally holding a
// with: the finally bodies are compiled one block deeper the second time.
func tryFinally(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		ind := strings.Repeat("    ", i)
		b.WriteString(ind + "try:\n")
	}
	for i := n - 1; i >= 0; i-- {
		ind := strings.Repeat("    ", i)
		b.WriteString(ind + "    pass\n" + ind + "finally:\n" + ind + "    with a:\n" + ind + "        pass\n")
	}
	return b.String()
}

// nested returns head nested n times, with pass at the bottom.
func nested(head string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i) + head + "\n")
	}
	b.WriteString(strings.Repeat(" ", n) + "pass\n")
	return b.String()
}

// cpythonVerdict is what compile_errors.py reports for one source.
type cpythonVerdict struct {
	OK        bool   `json:"ok"`
	Msg       string `json:"msg"`
	Lineno    int    `json:"lineno"`
	Offset    int    `json:"offset"`
	EndLineno int    `json:"end_lineno"`
	EndOffset int    `json:"end_offset"`
}

func (v cpythonVerdict) String() string {
	if v.OK {
		return "accepted"
	}
	return fmt.Sprintf("%d:%d-%d:%d %s", v.Lineno, v.Offset, v.EndLineno, v.EndOffset, v.Msg)
}

// cpythonVerdicts compiles each source with CPython.
func cpythonVerdicts(t *testing.T, sources []string) []cpythonVerdict {
	py := python3(t)
	in, err := json.Marshal(sources)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "testdata/compile_errors.py")
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("compile_errors.py: %v", err)
	}
	var vs []cpythonVerdict
	if err := json.Unmarshal(out, &vs); err != nil {
		t.Fatal(err)
	}
	if len(vs) != len(sources) {
		t.Fatalf("compile_errors.py gave %d verdicts for %d sources", len(vs), len(sources))
	}
	return vs
}

// ourVerdict parses and resolves src.
func ourVerdict(src string) (cpythonVerdict, error) {
	mod, err := syntax.Parse("f.py", []byte(src))
	if err != nil {
		return cpythonVerdict{}, fmt.Errorf("our parser rejects it: %v", err)
	}
	if _, err := Module("f.py", mod); err != nil {
		se, ok := err.(*syntax.SyntaxError)
		if !ok {
			return cpythonVerdict{}, err
		}
		return cpythonVerdict{Msg: se.Msg, Lineno: se.Lineno, Offset: se.Offset,
			EndLineno: se.EndLineno, EndOffset: se.EndOffset}, nil
	}
	return cpythonVerdict{OK: true}, nil
}

func TestCompileErrorsMatchCPython(t *testing.T) {
	want := cpythonVerdicts(t, errorCases)
	errorsSeen, matched := 0, 0
	for i, src := range errorCases {
		if !want[i].OK {
			errorsSeen++
		}
		got, err := ourVerdict(src)
		if err != nil {
			t.Errorf("%q: %v; CPython: %s", src, err, want[i])
			continue
		}
		if got != want[i] {
			t.Errorf("%q:\n\tours:    %s\n\tCPython: %s", src, got, want[i])
			continue
		}
		matched++
	}
	t.Logf("%d cases (%d errors in CPython), %d match", len(errorCases), errorsSeen, matched)
	if errorsSeen < 30 {
		t.Errorf("only %d of the cases are errors in CPython; want at least 30", errorsSeen)
	}
}

// cpythonTestModules are the modules of CPython's test suite whose string
// literals and doctest examples feed TestCPythonTestSuiteSnippets.
var cpythonTestModules = []string{
	"test.test_syntax", "test.test_named_expressions", "test.test_patma", "test.test_grammar",
	"test.test_scope", "test.test_coroutines", "test.test_exceptions", "test.test_compile",
	"test.test_keywordonlyarg", "test.test_positional_only_arg", "test.test_unpack_ex",
	"test.test_except_star", "test.test_global", "test.test_super", "test.test_generators",
	"test.test_genexps", "test.test_listcomps", "test.test_setcomps",
	"test.test_future_stmt.test_future", "test.test_symtable", "test.test_fstring",
	"test.test_type_annotations", "test.test_exception_group", "test.test_asyncgen",
	"test.test_unparse",
}

// snippet is one record of test_snippets.py.
type snippet struct {
	Source string `json:"source"`
	File   string `json:"file"`
	cpythonVerdict
}

// TestCPythonTestSuiteSnippets compares our verdict with CPython's on the
// snippets of CPython's own tests that its parser accepts: hundreds of
// them are scoping or compiler errors.
func TestCPythonTestSuiteSnippets(t *testing.T) {
	py := python3(t)
	out, err := exec.Command(py, append([]string{"testdata/test_snippets.py"}, cpythonTestModules...)...).Output()
	if err != nil {
		t.Fatalf("test_snippets.py: %v", err)
	}
	var snippets []snippet
	if err := json.Unmarshal(out, &snippets); err != nil {
		t.Fatal(err)
	}
	errorsSeen, matched, parserRejects := 0, 0, 0
	for _, s := range snippets {
		if !s.OK {
			errorsSeen++
		}
		got, err := ourVerdict(s.Source)
		if err != nil {
			if strings.HasPrefix(err.Error(), "our parser") {
				parserRejects++
				t.Logf("%s: %q: %v", s.File, s.Source, err)
				continue
			}
			t.Errorf("%s: %q: %v", s.File, s.Source, err)
			continue
		}
		if got != s.cpythonVerdict {
			t.Errorf("%s: %q:\n\tours:    %s\n\tCPython: %s", s.File, s.Source, got, s.cpythonVerdict)
			continue
		}
		matched++
	}
	t.Logf("%d snippets (%d errors in CPython): %d match, %d rejected by our parser (not compared)",
		len(snippets), errorsSeen, matched, parserRejects)
	if len(snippets) == 0 {
		t.Error("no snippets")
	}
}
