package tests

// Generated-code safety: Python programs whose identifiers, literals,
// comments, docstrings, file names and module names are chosen to collide
// with the Go that Pygo emits (Go keywords and predeclared names, the
// names of generated temporaries and module prefixes, quotes, backticks,
// comment terminators, line and paragraph separators, NUL, invalid UTF-8,
// byte order marks...). Every program is generated here, run by CPython
// for the expected output, compiled by Pygo into one test binary, run and
// compared.

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"
)

var (
	safetySeed  = flag.Int64("safety.seed", 1, "seed of the randomized safety programs (0: time-based)")
	safetyCount = flag.Int("safety.n", 24, "number of randomized safety programs")
)

// pyKeywords are Python's reserved words (soft keywords are usable names).
var pyKeywords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`False None True and as assert async await break class continue def del
		elif else except finally for from global if import in is lambda nonlocal not or pass raise return try
		while with yield`) {
		pyKeywords[w] = true
	}
}

// hostileNames are Python identifiers that are Go keywords, Go predeclared
// identifiers, names the code generator uses for its own variables and
// temporaries, or that need escaping in Go identifiers.
func hostileNames(modPrefix string) []string {
	names := strings.Fields(`
		break case chan const continue default defer else fallthrough for func go goto if import interface
		map package range return select struct switch type var
		any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune
		string uint uint8 uint16 uint32 uint64 uintptr true false iota nil append cap clear close complex
		copy delete imag len make max min new panic print println real recover
		th err rv py ns gen args math init main m y d s q b x n v c r f e i j k l o p u w z
		cell kw kwargs fn impl exc flow it exit lo hi step ok tmp res val key fast body sig
		t0 t1 t2 t12 it0 it3 exc1 flow2 c3 ok4 class5 lo6 hi7 step8 exit9 gc1 str1 name_x
		x_ th_ err_ t1_ __ ___x _x __x x__ Self None_ object type_ __name__x
		café ñ π µ Ⅸ ǅ ﬁ x·y a‿b ℌ 𝔘 日本`)
	names = append(names, modPrefix+"globals", modPrefix+"body", modPrefix+"modname", modPrefix+"source",
		modPrefix+"name_x", modPrefix+"gc1", modPrefix+"str2", modPrefix+"F0", "x_u00b7y", "a_u203fb", "x_u00b7y_")
	var out []string
	for _, n := range names {
		if !pyKeywords[n] {
			out = append(out, n)
		}
	}
	return out
}

// The prelude saves the builtins the templates use, so that a template may
// shadow any of them.
const safetyPrelude = `P0, R0, S0, L0, T0, G0, ST0, RP0, A0 = print, range, sorted, list, type, getattr, setattr, repr, ascii
KE0, ZE0, UE0, NE0, E0, DI0, V0 = KeyError, ZeroDivisionError, UnboundLocalError, NameError, Exception, dict, vars
SR0, HA0, LN0 = str, hasattr, len
`

// nameTemplates use the name N in every kind of binding Python has. Each
// leaves the module namespace as it found it. "NS" is N as a string.
var nameTemplates = []string{
	// module global
	"N = 'g-' + NS\nP0(N)\nN += '!'\nP0(N)\ndel N\n",
	// parameters, keyword arguments, locals
	"def F0(N, k0=1):\n    return N, k0\nP0(F0(1), F0(N=2, k0=3), F0(*[4], **{NS: 5} if False else {}))\n" +
		"def F1():\n    N = 5\n    N += 1\n    N = N * 2\n    return N\nP0(F1())\n",
	// closures and nonlocal
	"def F0():\n    N = 1\n    def F1():\n        nonlocal N\n        N += 10\n        return N\n    F1()\n    return N, (lambda: N)(), (lambda N=3: N)()\nP0(F0())\n",
	// comprehensions
	"P0([N for N in R0(3)], {N: N for N in 'ab'}, S0({N for N in (3, 1)}), L0(N * 2 for N in R0(2)))\n" +
		"P0([(N, y0) for N in R0(3) for y0 in R0(N) if N])\n",
	// class attribute, method, keyword argument
	"#noprivate\nclass K0:\n    N = 'attr'\n    def N(self, N=1):\n        return N\n    def m0(self):\n        return self.N(N=4)\n" +
		"P0(K0().m0(), K0.N.__name__, K0.N.__qualname__)\n",
	// def and class named N
	"def N(N=2):\n    return N\nP0(N(), N.__name__)\ndel N\nclass N:\n    N = 1\n    def f0(self):\n        return T0(self).N\nP0(N.__name__, N.__qualname__, N().f0())\ndel N\n",
	// generators
	"def F0(N):\n    for N in R0(N):\n        yield N\n    N = yield N\nP0(L0(F0(3)))\n",
	// except ... as, with ... as, for, while
	"def F0():\n    try:\n        raise KE0(NS)\n    except KE0 as N:\n        return RP0(N)\nP0(F0())\n" +
		"try:\n    1 / 0\nexcept ZE0 as N:\n    P0(T0(N).__name__)\n" +
		"class C0:\n    def __enter__(self):\n        return NS\n    def __exit__(self, *a0):\n        return False\n" +
		"def F1():\n    with C0() as N:\n        return N\nP0(F1())\n" +
		"def F2():\n    N = 0\n    while N < 3:\n        N += 1\n    for N in R0(N, 5):\n        pass\n    return N\nP0(F2())\n",
	// global statement
	"def F0():\n    global N\n    N = 'set-' + NS\nF0()\nP0(N)\ndel N\n",
	// unbound locals and free variables
	"def F0():\n    if False:\n        N = 1\n    try:\n        return N\n    except UE0 as e0:\n        return SR0(e0)\nP0(F0())\n" +
		"def F1():\n    def F2():\n        return N\n    if False:\n        N = 1\n    try:\n        return F2()\n    except NE0 as e0:\n        return SR0(e0)\nP0(F1())\n",
	// import aliases
	"import math as N\nP0(N.floor(2.5))\ndel N\nfrom math import floor as N\nP0(N(3.5))\ndel N\n",
	// attributes and **kwargs
	"class K0:\n    pass\no0 = K0()\no0.N = 3\no0.N += 1\nP0(o0.N, S0(V0(o0)))\ndel o0.N\nP0(HA0(o0, NS))\n" +
		"def F0(**kw0):\n    return S0(kw0)\nP0(F0(N=1), DI0(N=2))\n",
	// match captures and keyword patterns
	"#noprivate\nmatch (1, 2):\n    case (N, 2):\n        P0('m', N)\nmatch {'k': 5}:\n    case {'k': N}:\n        P0(N)\ndel N\n" +
		"class K1:\n    __match_args__ = (NS,)\n    def __init__(self):\n        self.N = 9\nmatch K1():\n    case K1(N=N):\n        P0('kw', N)\ndel N\n",
	// *args, **kwargs, keyword-only
	"def F0(*N, **kw0):\n    return N\ndef F1(**N):\n    return S0(N)\ndef F2(*, N):\n    return N\ndef F3(N, /):\n    return N\nP0(F0(1, 2), F1(a=1), F2(N=3), F3(4))\n",
	// walrus
	"def F0():\n    r0 = [(N := i0) for i0 in R0(3)]\n    return r0, N\nP0(F0())\n",
	// private names and annotations
	"class K0:\n    __N = 1\n    def m0(self):\n        __N = 2\n        return __N, self.__N\nP0(K0().m0())\n" +
		"def F0():\n    N: int = 5\n    return N\nP0(F0())\n",
	// decorators, defaults, lambdas, nested classes
	"#noprivate\ndef F0(N):\n    def F1(f0):\n        return lambda *a0, **k0: (N, f0(*a0, **k0))\n    return F1\n@F0(NS)\ndef F2(N=7):\n    return N\nP0(F2(), F2(N=1))\n" +
		"def F3():\n    class N:\n        def N(self):\n            return 1\n    return N().N(), N.__qualname__\nP0(F3())\n",
	// try/finally with flow through
	"def F0():\n    for N in R0(3):\n        try:\n            if N == 1:\n                continue\n            if N == 2:\n                return N\n        finally:\n            P0('fin', N)\nP0(F0())\n",
}

// instantiate fills a template with a name. Templates marked #noprivate
// are not filled with private names (__x), which they would mangle.
func instantiate(tmpl, name string) string {
	if t, ok := strings.CutPrefix(tmpl, "#noprivate\n"); ok {
		if strings.HasPrefix(name, "__") && !strings.HasSuffix(name, "__") {
			return ""
		}
		tmpl = t
	}
	s := strings.ReplaceAll(tmpl, "NS", pyStrLit(name))
	// Replace N only as a whole word.
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 'N' && (i == 0 || !isWordByte(s[i-1])) && (i+1 == len(s) || !isWordByte(s[i+1])) {
			b.WriteString(name)
			continue
		}
		// keep "__N" (private names) intact as __<name>
		if s[i] == 'N' && i >= 2 && s[i-2:i] == "__" && (i+1 == len(s) || !isWordByte(s[i+1])) {
			b.WriteString(name)
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// pyStrLit spells s as a Python string literal using only ASCII (escapes).
func pyStrLit(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// An invalid byte becomes a lone surrogate, as with
			// surrogateescape.
			fmt.Fprintf(&b, "\\udc%02x", s[i])
			i++
			continue
		}
		i += size
		switch {
		case r == '\'' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 0x20 && r < 0x7f:
			b.WriteRune(r)
		case r < 0x100:
			fmt.Fprintf(&b, "\\x%02x", r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// hostilePieces are fragments of text that mean something to Go's lexer or
// to the generated file's layout.
var hostilePieces = []string{
	`"`, `'`, "`", "``", "*/", "/*", "//", "//line x.py:1", "\\", "\n", "\r", "\r\n", "\t", "\x00", "\x01",
	"\x1b", "\x7f", "\x80", "\xff", "\u2028", "\u2029", "\ufeff", "\u200b", "\xed\xa0\x80", "\xed\xb3\xbf", "%s", "%v",
	"%!", "{", "}", "{}", "$", "é", "日本", "😀", "\U0010ffff", "}\n", "package main", "func init() {",
	"import \"os\"", "\")\n}", "`+`", "+",
}

// randText builds a string from hostile pieces and plain words.
func randText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if rng.Intn(3) == 0 {
			b.WriteString([]string{"a", "b c", "xyz", " ", "0"}[rng.Intn(5)])
		} else {
			b.WriteString(hostilePieces[rng.Intn(len(hostilePieces))])
		}
	}
	return b.String()
}

// rawSafe keeps the characters of s that may appear raw inside a Python
// comment or a triple-quoted string: no newlines, no NUL, no surrogates,
// no backslashes or quotes (the caller adds escapes), valid UTF-8.
func rawSafe(s string) string {
	var b strings.Builder
	for _, r := range strings.ToValidUTF8(s, "?") {
		switch {
		case r == '\n' || r == '\r' || r == 0 || r == '\\' || r == '"' || r == '\'':
			b.WriteByte('.')
		case r >= 0xd800 && r <= 0xdfff, r == 0xfffd:
			b.WriteByte('?')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// pyBytesLit spells b as a Python bytes literal with \x escapes.
func pyBytesLit(s string) string {
	var b strings.Builder
	b.WriteString("b'")
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '\'' && c != '\\' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "\\x%02x", c)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// literalSnippet exercises str and bytes literals, f-strings, comments and
// docstrings built from hostile text.
func literalSnippet(rng *rand.Rand, k int) string {
	t := randText(rng, 1+rng.Intn(6))
	raw := rawSafe(randText(rng, 1+rng.Intn(6)))
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n", raw)
	fmt.Fprintf(&b, "s%d = %s  # %s\n", k, pyStrLit(t), raw)
	fmt.Fprintf(&b, "P0(A0(s%d), LN0(s%d))\n", k, k)
	fmt.Fprintf(&b, "P0(A0(%s), A0('''%s'''), A0(\"\"\"%s\"\"\"))\n", pyStrLit(t+t), raw, raw)
	fmt.Fprintf(&b, "P0(%s, A0(f'<{s%d!r}>' f\"{{%s}}\"))\n", pyBytesLit(t), k, strings.NewReplacer("{", "{{", "}", "}}").Replace(raw))
	fmt.Fprintf(&b, "def D%d():\n    \"\"\"%s\"\"\"\n    # %s\n    return %s\n", k, raw, raw, pyStrLit(t))
	fmt.Fprintf(&b, "P0(A0(D%d.__doc__), A0(D%d()))\n", k, k)
	fmt.Fprintf(&b, "class Q%d:\n    '''%s'''\n    %s = %s\nP0(A0(Q%d.__doc__), A0(G0(Q%d, %s)))\n", k, raw, "attr0", pyBytesLit(t), k, k, pyStrLit("attr0"))
	// A string as a dict key and in an error message that reaches stderr.
	fmt.Fprintf(&b, "try:\n    {}[%s]\nexcept KE0 as e0:\n    P0(A0(SR0(e0)))\n", pyStrLit(t))
	return b.String()
}

// safetyProgram is one generated program.
type safetyProgram struct {
	name  string // module name
	file  string // file name (inside the work dir)
	src   string
	extra map[string]string // other files of the program (path -> source)
	mods  []module          // the modules to compile (besides the program)
	full  bool              // compare the whole of stderr (tracebacks)
	fails bool              // CPython exits with an error (else it must succeed)
}

// tableSafetyPrograms are the fixed cases: each template with every name,
// literal programs, and file and module names.
func tableSafetyPrograms() []safetyProgram {
	var progs []safetyProgram
	for i, tmpl := range nameTemplates {
		mod := fmt.Sprintf("safen%d", i)
		var b strings.Builder
		b.WriteString(safetyPrelude)
		for _, n := range hostileNames(mod + "_") {
			b.WriteString(instantiate(tmpl, n))
		}
		progs = append(progs, safetyProgram{name: mod, file: mod + ".py", src: b.String()})
	}
	// Literals.
	rng := rand.New(rand.NewSource(42))
	var b strings.Builder
	b.WriteString("'''module docstring */ ` \" \u2028 \\x00 \\\\ end'''\n" + safetyPrelude)
	for k := 0; k < 60; k++ {
		b.WriteString(literalSnippet(rng, k))
	}
	b.WriteString("P0(A0(__doc__))\n")
	progs = append(progs, safetyProgram{name: "safelit", file: "safelit.py", src: b.String()})
	// Raw hostile characters in the source text itself (comments, strings).
	progs = append(progs, safetyProgram{name: "saferaw", file: "saferaw.py", src: safetyPrelude +
		"# ` */ \u2028 \u2029 \ufeff \u200b \x0c \x0b \x1b \x7f //line evil.py:1\n" +
		"s0 = '` */ \u2028 \u2029 \ufeff \u200b \x0b \x1b \x7f'  # \ufeff\n" +
		"s1 = \"\"\"line1\nline2 ` \u2028\n*/\"\"\"\n" +
		"b0 = b'` */'\n" +
		"def f0():\n    \"\"\"`doc` \u2028 \ufeff */\"\"\"\n    return s0\n" +
		"P0(A0(s0), A0(s1), b0, A0(f0.__doc__), A0(f0()))\n" +
		"x0 = '" + strings.Repeat("é", 120) + "'  # a long line cut in the middle of a character\n" +
		"P0(LN0(x0))\n" +
		"if True:\n\x0c    P0('form feed')\n" +
		"raise ValueError('` */ \u2028 end')\n", fails: true})
	// A BOM, and a coding declaration with non-UTF-8 bytes.
	progs = append(progs, safetyProgram{name: "safebom", file: "safebom.py",
		src: "\ufeff# ` */\nprint('bom')\nraise ValueError('x')\n", full: true, fails: true})
	progs = append(progs, safetyProgram{name: "safelatin", file: "safelatin.py",
		src: "# -*- coding: latin-1 -*-\n# caf\xe9 \xff\nx = 'caf\xe9'  # \xe9\nprint(ascii(x), len(x))\n" +
			"def f():\n    '''d\xe9j\xe0'''\n    raise ValueError(x)\nprint(ascii(f.__doc__))\nf()\n", full: true, fails: true})
	progs = append(progs, safetyProgram{name: "safecrlf", file: "safecrlf.py",
		src: "x = 1\r\ny = '''a\r\nb'''\rprint(x, ascii(y))\r\nraise ValueError(y)\r\n", full: true, fails: true})
	// File names: the name appears in //line directives, comments and
	// string literals of the generated Go.
	for i, fn := range []string{"my prog.py", "it's.py", "q\"uote.py", "back`tick.py", "star*slash*/.py", "new\nline.py",
		"tab\there.py", "sp\u2028ace.py", "caf\u00e9.py", "a:1.py", "x.y.py", "dollar$.py", "semi;colon.py", "bad\xff.py"} {
		if strings.Contains(fn, "/") {
			fn = strings.ReplaceAll(fn, "/", "_")
		}
		mod := fmt.Sprintf("safefile%d", i)
		progs = append(progs, safetyProgram{name: mod, file: fn, full: !strings.ContainsAny(fn, "\n\xff"), fails: true,
			src: "import sys\nprint('file', __name__ == '__main__')\ndef f():\n    raise ValueError('in f')\nf()\n"})
	}
	// Modules whose names and definitions would give the same Go names in
	// one Go package: module a with def b_f, module a_b with def f,
	// package a (module a.b) with def f in a.b and def _b_f in a.
	progs = append(progs, safetyProgram{name: "safemods", file: "safemods.py",
		src: "import sfa, sfa_b, sfp, sfp.b\nprint(sfa.b_f(), sfa_b.f(), sfa.b_globals, sfp._b_f(), sfp.b.f(), sfp.b_body)\n",
		extra: map[string]string{
			"sfa.py":          "b_globals = 'sfa.b_globals'\ndef b_f():\n    return 'sfa.b_f'\ndef b_body(): pass\n",
			"sfa_b.py":        "def f():\n    return 'sfa_b.f'\n",
			"sfp/__init__.py": "b_body = 'x'\ndef _b_f():\n    return 'sfp._b_f'\ndef _b_globals(): pass\n",
			"sfp/b.py":        "def f():\n    return 'sfp.b.f'\n",
		},
		mods: []module{{name: "sfa", path: "sfa.py"}, {name: "sfa_b", path: "sfa_b.py"},
			{name: "sfp", path: "sfp/__init__.py", isPkg: true}, {name: "sfp.b", path: "sfp/b.py"}}})
	return progs
}

// randomSafetyPrograms mixes templates, names and literals at random.
func randomSafetyPrograms(seed int64, n int) []safetyProgram {
	rng := rand.New(rand.NewSource(seed))
	var progs []safetyProgram
	for i := 0; i < n; i++ {
		mod := fmt.Sprintf("saferand%d", i)
		names := hostileNames(mod + "_")
		var b strings.Builder
		b.WriteString(safetyPrelude)
		for k := 0; k < 30; k++ {
			if rng.Intn(4) == 0 {
				b.WriteString(literalSnippet(rng, k))
				continue
			}
			tmpl := nameTemplates[rng.Intn(len(nameTemplates))]
			b.WriteString(instantiate(tmpl, names[rng.Intn(len(names))]))
		}
		progs = append(progs, safetyProgram{name: mod, file: mod + ".py", src: b.String()})
	}
	return progs
}

// cpythonResult runs a program with python3.
func cpythonResult(dir, file string) (stdout, stderr string, code int, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "python3", "-B", file)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONDONTWRITEBYTECODE=1", "PYTHONIOENCODING=utf-8")
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err = cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code, err = ee.ExitCode(), nil
	}
	return o.String(), e.String(), code, err
}

// requireCPython311 skips the test unless python3 is CPython 3.11.
func requireCPython311(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	out, err := exec.Command("python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil || strings.TrimSpace(string(out)) != "True" {
		t.Skip("python3 (CPython 3.11) not available")
	}
}

// TestGeneratedCodeSafety compiles the hostile programs and compares them
// with CPython: stdout, exit status and the last line of stderr (the whole
// traceback for the cases marked full).
func TestGeneratedCodeSafety(t *testing.T) {
	requireCPython311(t)
	seed := *safetySeed
	if seed == 0 {
		seed = time.Now().UnixNano()
	}
	t.Logf("randomized programs: -safety.seed=%d -safety.n=%d", seed, *safetyCount)
	progs := append(tableSafetyPrograms(), randomSafetyPrograms(seed, *safetyCount)...)
	dir := t.TempDir()
	if *keepBuild {
		dir, _ = os.MkdirTemp("", "pygo-safety-")
		t.Logf("programs in %s", dir)
	}
	var mods []module
	for _, p := range progs {
		if err := os.WriteFile(filepath.Join(dir, p.file), []byte(p.src), 0o644); err != nil {
			t.Fatal(err)
		}
		for f, src := range p.extra {
			os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755)
			if err := os.WriteFile(filepath.Join(dir, f), []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		mods = append(mods, module{name: p.name, path: filepath.Join(dir, p.file)})
		for _, m := range p.mods {
			m.path = filepath.Join(dir, m.path)
			mods = append(mods, m)
		}
	}
	// Expected results from CPython, in parallel with the Go build.
	type result struct {
		out, err string
		code     int
	}
	want := make([]result, len(progs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	for i, p := range progs {
		wg.Add(1)
		go func(i int, p safetyProgram) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			o, e, c, err := cpythonResult(dir, p.file)
			if err != nil {
				e, c = "cannot run python3: "+err.Error(), -1
			}
			want[i] = result{o, e, c}
		}(i, p)
	}
	bin, failed := buildSuite(t, dir, mods)
	wg.Wait()
	passed := 0
	for i, p := range progs {
		p, w := p, want[i]
		t.Run(strings.NewReplacer("/", "_", "\n", "_").Replace(p.file), func(t *testing.T) {
			for _, m := range p.mods {
				if why, ok := failed[m.name]; ok {
					t.Fatalf("helper module %s: %s", m.name, why)
				}
			}
			if w.code != 0 && !p.fails {
				t.Fatalf("the generated program is wrong: CPython fails on it:\n%s\n--- program ---\n%s", w.err, excerpt(p.src))
			}
			tp := testProgram{name: p.name, wantOut: w.out, wantErr: w.err, wantCode: w.code}
			if msg := runSafety(bin, dir, tp, failed, p.full); msg != "" {
				t.Errorf("%s\n--- program (%s) ---\n%s", msg, p.file, excerpt(p.src))
				return
			}
			passed++
		})
	}
	t.Logf("safety programs: %d passed of %d", passed, len(progs))
}

// excerpt shortens a program for a failure message.
func excerpt(src string) string {
	if len(src) > 800 {
		return src[:800] + "\n..."
	}
	return src
}

// runSafety runs one program of the safety suite. Unlike runOne, the
// program's __file__ is not the module name, so the binary is told the
// module; stderr is compared whole when full is set.
func runSafety(bin, dir string, p testProgram, failed map[string]string, full bool) string {
	if why, ok := failed[p.name]; ok {
		return why
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, p.name)
	cmd.WaitDelay = 5 * time.Second
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		return "run: " + err.Error()
	}
	if ctx.Err() != nil {
		return "timed out"
	}
	var problems []string
	if got := stdout.String(); got != p.wantOut {
		problems = append(problems, "stdout differs:\n"+diff(p.wantOut, got))
	}
	if code != p.wantCode {
		problems = append(problems, fmt.Sprintf("exit status %d, want %d\nstderr:\n%s", code, p.wantCode, stderr.String()))
	}
	gotErr := stderr.String()
	if full {
		if w, g := normalizeTraceback(p.wantErr), normalizeTraceback(gotErr); w != g {
			problems = append(problems, "traceback differs:\n"+diff(w, g))
		}
	} else if w, g := lastLine(p.wantErr), lastLine(gotErr); w != g {
		problems = append(problems, fmt.Sprintf("last line of stderr:\n  got:  %q\n  want: %q", g, w))
	}
	return strings.Join(problems, "\n")
}

// sortedKeys is used by failure messages.
func sortedKeys(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// TestCLIHostileFileName builds, with the pygo command, a script whose
// name holds a quote, a double quote, a backtick, a star,
// U+2028 and a newline (all of which the command puts into generated Go),
// and compares its output with CPython's. The traceback names the file
// with the newline (and U+2028) escaped: a //line directive cannot hold
// a newline.
func TestCLIHostileFileName(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: builds a program with the pygo command")
	}
	requireCPython311(t)
	pygo := buildPygo(t)
	dir := t.TempDir()
	name := "it's \"q\" `b` *x \u2028\n.py"
	src := "import sys\nprint('ok', __name__, sys.argv[0].endswith('.py'))\ndef f():\n    raise ValueError('v')\nf()\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	wantOut, wantErr, wantCode, err := cpythonResult(dir, name)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(pygo, "run", name)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYGO_CACHE="+filepath.Join(dir, ".cache"))
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	code := runStatus(cmd.Run())
	gotErr := strings.NewReplacer("\\u000a", "\n", "\\u2028", "\u2028").Replace(e.String())
	if i := strings.Index(gotErr, "Traceback"); i >= 0 {
		gotErr = gotErr[i:] // drop "pygo: building ..."
	}
	if o.String() != wantOut || code != wantCode || normalizeTraceback(gotErr) != normalizeTraceback(wantErr) {
		t.Errorf("got stdout %q status %d stderr:\n%s\nwant stdout %q status %d stderr:\n%s", o.String(), code, e.String(), wantOut, wantCode, wantErr)
	}
}
