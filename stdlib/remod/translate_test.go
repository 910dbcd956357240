package remod

import (
	"testing"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/stdtest"
)

func TestTranslate(t *testing.T) {
	cases := []struct {
		in, out string
		groups  int
	}{
		{`(?P<a>x)(y)`, `(x)(y)`, 2},
		{`(?P<q>['"]).*?(?P=q)`, `(['"]).*?\k<1>`, 1},
		{`a\Z`, `a\z`, 0},
		{`x{,3}`, `x{0,3}`, 0},
		{`(?:a)(?=b)(?<!c)`, `(?:a)(?=b)(?<!c)`, 0},
		{`\U0001F600`, "\U0001F600", 0},
	}
	for _, c := range cases {
		tr, err := translate(c.in, 0)
		if err != nil {
			t.Errorf("%s: %v", c.in, err)
			continue
		}
		if tr.pattern != c.out || tr.groups != c.groups {
			t.Errorf("%s: got %q (%d groups), want %q (%d)", c.in, tr.pattern, tr.groups, c.out, c.groups)
		}
	}
	for _, bad := range []string{"(", "a)", "*", "a**", "[a", `\q`, "(?P<1>x)"} {
		if _, err := translate(bad, 0); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}

func TestModuleMatchesCPython(t *testing.T) {
	th := stdtest.Thread()
	m := stdtest.Mod(t, th, "re")
	call := func(name string, args ...py.Object) func() (py.Object, error) {
		return func() (py.Object, error) { return stdtest.Call(th, m(name), args) }
	}
	S := stdtest.S
	stdtest.Run(t, th, "import re", []stdtest.Case{
		{Py: `re.findall(r'(\w)(\d)', 'a1 b2')`, Go: call("findall", S(`(\w)(\d)`), S("a1 b2"))},
		{Py: `re.sub('x*', '-', 'abxd')`, Go: call("sub", S("x*"), S("-"), S("abxd"))},
		{Py: `re.split(r'(,)', 'a,b')`, Go: call("split", S("(,)"), S("a,b"))},
		{Py: `re.match(r'(?P<n>a)(b)', 'ab').groupdict()`, Go: func() (py.Object, error) {
			r, err := stdtest.Call(th, m("match"), []py.Object{S(`(?P<n>a)(b)`), S("ab")})
			if err != nil {
				return nil, err
			}
			return py.CallMethod0(th, r, py.NewStr("groupdict"))
		}},
		{Py: `re.compile('(')`, Go: call("compile", S("("))},
		{Py: `re.escape('a.b c')`, Go: call("escape", S("a.b c"))},
	})
}
