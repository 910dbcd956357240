package codegen

import (
	"strings"
	"testing"
)

// TestCompileErrors checks that constructs Pygo refuses or does not support
// yet fail at compile time with a positioned message, never with broken Go.
func TestCompileErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"x = 1\nexec('print(1)')\n", "x.py:2:1: error: exec() is not supported: Pygo compiles ahead of time and cannot run code built at run time"},
		{"y = eval('1+1')\n", "x.py:1:5: error: eval() is not supported"},
		{"def f():\n    return compile('1', 'f', 'eval')\n", "x.py:2:12: error: compile() is not supported"},
		{"import numpy as np\n", "x.py:1:1: error: import of numpy is not supported"},
		{"from ctypes import c_int\n", "x.py:1:1: error: import of ctypes is not supported"},
		{"async def f():\n    return [x async for x in y]\n", "x.py:2:12: error: asynchronous comprehension is not supported yet"},
		{"try:\n    pass\nexcept* ValueError:\n    pass\n", "x.py:1:1: error: try/except* (exception groups) is not supported yet"},
		{"from . import x\n", "x.py:1:1: error: attempted relative import with no known parent package"},
		{"x = (\n", "x.py:1:"},
	}
	for _, c := range cases {
		_, err := Transpile([]byte(c.src), Options{Module: "x", File: "x.py"})
		if err == nil {
			t.Errorf("%q: compiled, want error %q", c.src, c.want)
			continue
		}
		if !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q:\n got: %v\nwant: %s...", c.src, err, c.want)
		}
	}
	// A locally defined exec is an ordinary function.
	if _, err := Transpile([]byte("def exec(s):\n    return s\nexec('x')\n"), Options{Module: "x", File: "x.py"}); err != nil {
		t.Errorf("shadowed exec: %v", err)
	}
}

// TestModulePrefix checks that prefixes are valid, distinct identifiers.
func TestModulePrefix(t *testing.T) {
	seen := map[string]string{}
	for _, m := range []string{"a", "a.b", "a_b", "a.b_c", "a_b.c", "pkg.__init__", "x-y", "9lives"} {
		p := modulePrefix(m)
		if !isGoIdent(p) {
			t.Errorf("modulePrefix(%q) = %q is not an identifier", m, p)
		}
		if other, dup := seen[p]; dup {
			t.Errorf("modulePrefix(%q) = modulePrefix(%q) = %q", m, other, p)
		}
		seen[p] = m
	}
}

// TestRelativeImports checks compile-time resolution of relative imports.
func TestRelativeImports(t *testing.T) {
	cases := []struct {
		module string
		isPkg  bool
		level  int
		name   string
		want   string
	}{
		{"a.b.c", false, 1, "d", "a.b.d"},
		{"a.b.c", false, 2, "", "a"},
		{"a.b", true, 1, "x", "a.b.x"},
		{"a.b", true, 2, "x", "a.x"},
	}
	for _, c := range cases {
		got, err := resolveRelative(c.module, c.isPkg, c.level, c.name)
		if err != nil || got != c.want {
			t.Errorf("resolveRelative(%q, %v, %d, %q) = %q, %v; want %q", c.module, c.isPkg, c.level, c.name, got, err, c.want)
		}
	}
	if _, err := resolveRelative("a", false, 2, "x"); err == nil {
		t.Error("relative import beyond top level: no error")
	}
}
