package syntax

import (
	"strings"
	"testing"
)

// fuzzSeeds are small programs exercising most of the grammar.
var fuzzSeeds = []string{
	"x = 1\n",
	"def f(a, /, b=2, *args, c, d=4, **kw) -> int:\n    return a\n",
	"async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i\n",
	"@dec\nclass A(B, metaclass=M):\n    x: int = 3\n    def m(self): ...\n",
	"f(*a, **k, x=1)[1:2, ::3, ...].y\n",
	"print(f'{x!r:>{width}} {y=} {z:{{}}}' 'plain' rf'\\d{1}')\n",
	"match p:\n    case [1, *rest] | (2, 3) as q if q:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) | -1+2j | None:\n        pass\n",
	"try:\n    pass\nexcept* ValueError as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a, b[0]\n",
	"with (open(a) as f, open(b) as g):\n    global x; nonlocal y\n",
	"lambda *, k=1: (yield)\n",
	"[x for x in y if x async for z in w]\n{k: v for k, v in d}\n{*a, *b}\n(i for i in j)\n",
	"x = 0x_ff + 0o17 + 0b1 + 1_000.5e-3 + 3j + .5 + 5.\n",
	"if (n := len(a)) > 10: pass\nelif b: pass\nelse: pass\n",
	"while not a and b or c is not d in e: break\n",
	"s = b'\\x00' rb'\\n'\nt = '\\N{BULLET} \\u1234 \\U0001F600 \\777'\n",
	"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
	"\xef\xbb\xbfx = 1\r\ny = 2\r\n",
	"if x:\n\tpass\n        pass\n",
	"x = (\n", "f'{'\n", "'''\n", "\\\n", "a = \xff\n",
}

// FuzzParse checks that Parse never panics and never fails internally, and
// that Dump works on every tree it returns.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	for _, c := range loadBadInputs(f) {
		f.Add(c.source())
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		mod, err := Parse("fuzz.py", src)
		if err != nil {
			if strings.Contains(err.Error(), "internal parser error") {
				t.Fatalf("%q: %v", src, err)
			}
			if _, ok := err.(*SyntaxError); !ok {
				t.Fatalf("%q: error of type %T", src, err)
			}
			return
		}
		_ = Dump(mod)
	})
}
