package syntax

import (
	"strings"
	"testing"
)

// TestDeepNesting checks that pathological nesting gives an error (or a
// tree) instead of exhausting the Go stack.
func TestDeepNesting(t *testing.T) {
	cases := []struct {
		src string
		ok  bool
	}{
		{"x = " + strings.Repeat("-", 100000) + "1\n", false},
		{"x = " + strings.Repeat("not ", 100000) + "1\n", false},
		{"x = " + strings.Repeat("a**", 100000) + "1\n", false},
		{"x = " + strings.Repeat("lambda:", 100000) + "1\n", false},
		{"x = " + strings.Repeat("a if b else ", 100000) + "1\n", false},
		{"x = " + strings.Repeat("(", 100000) + "1\n", false},
		{"x = " + strings.Repeat("[", 100000) + "1\n", false},
		{"x = " + strings.Repeat("f(", 150) + strings.Repeat(")", 150) + "\n", true},
		{"x = " + strings.Repeat("a + ", 200000) + "1\n", true},
		{"x = a" + strings.Repeat(".b", 200000) + "\n", true},
		{"x = a" + strings.Repeat("()", 200000) + "\n", true},
		{strings.Repeat("if x:\n", 50) + "  pass\n", false},
		{func() string {
			var b strings.Builder
			for i := 0; i < 120; i++ {
				b.WriteString(strings.Repeat(" ", i) + "if x:\n")
			}
			b.WriteString(strings.Repeat(" ", 120) + "pass\n")
			return b.String()
		}(), false},
	}
	for _, c := range cases {
		mod, err := Parse("deep.py", []byte(c.src))
		if (err == nil) != c.ok {
			t.Errorf("%.40q...: err = %v, want ok=%v", c.src, err, c.ok)
			continue
		}
		if err != nil {
			if _, isSE := err.(*SyntaxError); !isSE || strings.Contains(err.Error(), "internal") {
				t.Errorf("%.40q...: %v", c.src, err)
			}
			continue
		}
		if len(Dump(mod)) == 0 {
			t.Errorf("%.40q...: empty dump", c.src)
		}
	}
}

// TestParseAPI checks ParseFile and the SyntaxError format.
func TestParseAPI(t *testing.T) {
	_, err := Parse("bad.py", []byte("x = (1,\n"))
	if err == nil || err.Error() != "bad.py:1:5: SyntaxError: '(' was never closed" {
		t.Errorf("got %v", err)
	}
	if _, err := ParseFile("testdata/does-not-exist.py"); err == nil {
		t.Error("ParseFile of a missing file succeeded")
	}
	mod, err := Parse("ok.py", []byte("def f(x):\n    return x + 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	fn := mod.Body[0].(*FunctionDef)
	if fn.Name != "f" || fn.Lineno != 1 || fn.EndLineno != 2 || fn.EndColOffset != 16 {
		t.Errorf("FunctionDef = %+v", fn.Pos)
	}
	n := 0
	Walk(mod, func(Node) bool { n++; return true })
	if n != 8 { // Module, FunctionDef, arguments, arg, Return, BinOp, Name, Constant
		t.Errorf("Walk visited %d nodes", n)
	}
}
