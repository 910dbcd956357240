package codegen

import (
	"bytes"
	"fmt"
	"go/format"
	"math"
	"math/big"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pygo-dev/pygo/compiler/resolve"
	"github.com/pygo-dev/pygo/compiler/syntax"
)

// Options describe the module being compiled.
type Options struct {
	// Module is the dotted module name ("a.b.c"; "a.b" for a/b/__init__.py).
	Module string
	// File is the source path as tracebacks show it; it names the
	// //line directives and the header.
	File string
	// Package is the Go package name of the generated file.
	Package string
	// IsPackage is true for a package's __init__.py (relative imports
	// resolve against the module itself rather than its parent).
	IsPackage bool
	// NoLineDirectives leaves out the //line directives (for debugging the
	// generated Go itself).
	NoLineDirectives bool
}

// Error is a compile error that is not a SyntaxError: a construct Pygo does
// not support (yet), or one it rejects on purpose (exec, eval...).
type Error struct {
	File      string
	Line, Col int // Col is 1-based
	Msg       string
}

// Error formats the error as file.py:LINE:COL: error: MSG.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: error: %s", e.File, e.Line, e.Col, e.Msg)
}

// Transpile compiles Python source into the Go source of one module.
// Errors are *syntax.SyntaxError or *Error values naming the position.
func Transpile(src []byte, opt Options) (out []byte, err error) {
	if opt.Package == "" {
		opt.Package = "main"
	}
	if opt.File == "" {
		opt.File = strings.ReplaceAll(opt.Module, ".", "/") + ".py"
	}
	mod, err := syntax.Parse(opt.File, src)
	if err != nil {
		return nil, err
	}
	tab, err := resolve.Module(opt.File, mod)
	if err != nil {
		return nil, err
	}
	g := newGen(src, opt, tab)
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok {
				out, err = nil, e
				return
			}
			if re, ok := r.(runtime.Error); ok {
				out, err = nil, fmt.Errorf("%s: internal code generator error: %v", opt.File, re)
				return
			}
			panic(r)
		}
	}()
	check(g, mod)
	code := g.module(mod)
	formatted, ferr := format.Source(code)
	if ferr != nil {
		return code, fmt.Errorf("%s: internal code generator error: generated Go does not parse: %v", opt.File, ferr)
	}
	if !opt.NoLineDirectives {
		formatted = addLineDirectives(formatted)
	}
	return formatted, nil
}

// gen holds the state of one module's compilation.
type gen struct {
	opt    Options
	src    []byte
	lines  []string
	tab    *resolve.Table
	prefix string

	decls    bytes.Buffer // package-level var declarations
	funcs    []string     // top-level Go functions, in order
	consts   map[string]string
	topNames map[string]bool // top-level Go identifiers taken
	spans    []span
	nconst   int
	usesMath bool // a float constant needs package math
	// fileC is the file name as it may appear inside Go comments.
	fileC string
}

// span is a traceback function span.
type span struct {
	start, end int
	name       string
}

func newGen(src []byte, opt Options, tab *resolve.Table) *gen {
	g := &gen{
		opt:      opt,
		src:      src,
		tab:      tab,
		prefix:   modulePrefix(opt.Module),
		consts:   map[string]string{},
		topNames: map[string]bool{},
	}
	g.src = decodeSource(src)
	g.lines = strings.Split(string(g.src), "\n")
	g.fileC = sanitizeComment(opt.File)
	if !directiveSafe(opt.File) {
		// A //line directive cannot name this file: name it (here and in
		// ModuleDef.File, which tracebacks match against the directives)
		// with the offending characters escaped.
		g.opt.File = sanitizeComment(opt.File)
	}
	return g
}

// sanitizeComment makes text safe inside a Go // comment: invalid UTF-8,
// control and other non-graphic characters (newlines, NUL, byte order
// marks, line separators) are spelled as escapes.
func sanitizeComment(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, "\\x%02x", s[i])
		case r == '\t' || r != '\ufeff' && unicode.IsGraphic(r):
			b.WriteRune(r)
		case r < 0x10000:
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			fmt.Fprintf(&b, "\\U%08x", r)
		}
		i += size
	}
	return b.String()
}

// directiveSafe reports whether a file name can appear in a //line
// directive unchanged: Go accepts any text there (tabs, spaces, quotes,
// U+2028) except line ends, NUL, byte order marks and invalid UTF-8.
func directiveSafe(file string) bool {
	return file != "" && utf8.ValidString(file) && !strings.ContainsAny(file, "\n\r\x00\ufeff")
}

// decodeSource returns the source as UTF-8: sources that are not UTF-8
// must declare their encoding (PEP 263); Latin-1 (and its aliases) is
// converted, anything else is kept as it is (the parser rejects it).
func decodeSource(src []byte) []byte {
	// The parser's own decoding (BOM, every coding it knows, \r and \r\n
	// newlines): line numbers then agree with the parsed tree.
	if text, err := syntax.DecodeSource("", src); err == nil {
		return text
	}
	if utf8.Valid(src) {
		return src
	}
	head := src
	for n, i := 0, 0; i < len(src); i++ {
		if src[i] == '\n' {
			n++
			if n == 2 {
				head = src[:i]
				break
			}
		}
	}
	m := codingRE.FindSubmatch(head)
	if m == nil {
		return src
	}
	switch strings.ReplaceAll(strings.ToLower(string(m[1])), "_", "-") {
	case "latin-1", "iso-8859-1", "iso8859-1", "latin1", "l1", "iso-latin-1", "cp819", "8859":
		out := make([]rune, len(src))
		for i, c := range src {
			out[i] = rune(c)
		}
		return []byte(string(out))
	}
	return src
}

var codingRE = regexp.MustCompile(`(?m)^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// modulePrefix derives the Go identifier prefix of a module: its dotted
// name with each dot turned into a double underscore (a.b → a__b_).
// Names that contain an underscore (or characters that Go identifiers
// cannot hold) get a short hash (a_b → a_b_1c2d_), so prefixes never
// collide and no prefix followed by a name (which never starts with "_",
// see topName) equals another.
func modulePrefix(mod string) string {
	var b strings.Builder
	for _, r := range mod {
		switch {
		case r == '.':
			b.WriteString("__")
		case r < utf8.RuneSelf && (r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'):
			b.WriteRune(r)
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, "_u%04x", r)
		}
	}
	p := b.String()
	// Modules of one Go package must not produce the same names: with
	// single underscores kept, module a's def b_f and module a_b's def f
	// would both be a_b_f, so a name holding "_" (or starting with a
	// digit, which gets an "m") is disambiguated by a hash too.
	if strings.Contains(mod, "_") || mod != "" && mod[0] >= '0' && mod[0] <= '9' || p != strings.ReplaceAll(mod, ".", "__") {
		var h uint32 = 2166136261
		for i := 0; i < len(mod); i++ {
			h ^= uint32(mod[i])
			h *= 16777619
		}
		p += fmt.Sprintf("_%04x", h&0xffff)
	}
	if p == "" || p[0] >= '0' && p[0] <= '9' {
		p = "m" + p
	}
	return p + "_"
}

// fail stops compilation with a positioned error.
func (g *gen) fail(n syntax.Node, format string, args ...any) {
	p := n.Position()
	panic(&Error{File: g.opt.File, Line: p.Lineno, Col: p.ColOffset + 1, Msg: fmt.Sprintf(format, args...)})
}

// unsupported reports a construct that Pygo does not compile yet.
func (g *gen) unsupported(n syntax.Node, what string) {
	g.fail(n, "%s is not supported yet", what)
}

// topName reserves a unique top-level Go identifier starting with the
// module prefix.
func (g *gen) topName(base string) string {
	if strings.HasPrefix(base, "_") {
		// Module a's def _b_f must not meet module a.b's def f (a__b_f).
		base = "p" + base
	}
	name := g.prefix + identPart(base)
	if !g.topNames[name] {
		g.topNames[name] = true
		return name
	}
	for i := 2; ; i++ {
		n := fmt.Sprintf("%s_%d", name, i)
		if !g.topNames[n] {
			g.topNames[n] = true
			return n
		}
	}
}

// constVar returns the package-level variable holding the value built by
// init (a Go expression), creating it on first use. key deduplicates.
func (g *gen) constVar(key, base, init string) string {
	if v, ok := g.consts[key]; ok {
		return v
	}
	v := g.topName(base)
	g.consts[key] = v
	fmt.Fprintf(&g.decls, "\t%s = %s\n", v, init)
	return v
}

// nameStr returns the interned *py.Str variable for an identifier.
func (g *gen) nameStr(name string) string {
	base := "name_" + identPart(name)
	return g.constVar("name:"+name, base, fmt.Sprintf("py.Intern(%s)", strconv.Quote(name)))
}

// strConst returns the variable holding a str constant.
func (g *gen) strConst(s string) string {
	if isIdent(s) && len(s) <= 30 {
		return g.nameStr(s)
	}
	g.nconst++
	return g.constVar("str:"+s, fmt.Sprintf("str%d", g.nconst), fmt.Sprintf("py.NewStr(%s)", goString(s)))
}

// cacheVar declares a per-site cache variable of the given type.
func (g *gen) cacheVar(kind, typ string) string {
	g.nconst++
	v := g.topName(fmt.Sprintf("%s%d", kind, g.nconst))
	fmt.Fprintf(&g.decls, "\t%s %s\n", v, typ)
	return v
}

// goString quotes s as a Go string literal (bytes kept as they are).
func goString(s string) string {
	if utf8.ValidString(s) {
		return strconv.Quote(s)
	}
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "\\x%02x", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// constant returns a Go expression for a Python constant.
func (g *gen) constant(c syntax.Const) string {
	switch v := c.(type) {
	case syntax.NoneConst:
		return "py.None"
	case syntax.BoolConst:
		if v {
			return "py.True"
		}
		return "py.False"
	case syntax.EllipsisConst:
		return "py.Ellipsis"
	case *syntax.IntConst:
		if v.V.IsInt64() {
			return fmt.Sprintf("py.Int(%d)", v.V.Int64())
		}
		s := v.V.String()
		g.nconst++
		return g.constVar("int:"+s, fmt.Sprintf("int%d", g.nconst), fmt.Sprintf("py.NewIntFromString(%q, 10)", s))
	case syntax.FloatConst:
		return "py.Float(" + g.goFloat(float64(v)) + ")"
	case syntax.ComplexConst:
		return g.constVar(fmt.Sprintf("complex:%v:%v", v.Real, v.Imag), fmt.Sprintf("complex%d", g.nconst+1),
			fmt.Sprintf("py.NewComplex(%s, %s)", g.goFloat(v.Real), g.goFloat(v.Imag)))
	case syntax.StrConst:
		return g.strConst(string(v))
	case syntax.BytesConst:
		g.nconst++
		return g.constVar("bytes:"+string(v), fmt.Sprintf("bytes%d", g.nconst), fmt.Sprintf("py.NewBytes([]byte(%s))", goString(string(v))))
	}
	panic(fmt.Sprintf("codegen: unknown constant %T", c))
}

// goFloat spells a float64 as a Go expression that yields exactly it.
func (g *gen) goFloat(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 && math.Signbit(f) {
		g.usesMath = true
	}
	switch {
	case math.IsInf(f, 1):
		return "math.Inf(1)"
	case math.IsInf(f, -1):
		return "math.Inf(-1)"
	case math.IsNaN(f):
		return "math.NaN()"
	}
	if f == 0 && math.Signbit(f) {
		return "math.Copysign(0, -1)"
	}
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return s
}

var _ = big.NewInt

// identPart makes s usable inside a Go identifier.
func identPart(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '_' || r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "_u%04x", r)
		}
	}
	return b.String()
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

var goReserved = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`break case chan const continue default defer else fallthrough for func go goto if
		import interface map package range return select struct switch type var
		any bool byte comparable complex64 complex128 error float32 float64 int int8 int16 int32 int64 rune string
		uint uint8 uint16 uint32 uint64 uintptr true false iota nil append cap clear close complex copy delete imag
		len make max min new panic print println real recover
		th err rv py ns gen args math init main`) {
		goReserved[w] = true
	}
}

// isTempName reports whether s has the form of a generated temporary.
func isTempName(s string) bool {
	for _, p := range []string{"t", "exc", "flow", "it", "exit", "lo", "hi", "step", "c", "ok", "class"} {
		if strings.HasPrefix(s, p) && len(s) > len(p) {
			digits := true
			for _, ch := range s[len(p):] {
				if ch < '0' || ch > '9' {
					digits = false
				}
			}
			if digits {
				return true
			}
		}
	}
	return false
}

// localName maps a Python identifier to the Go identifier of a local
// variable: unchanged unless it collides with a Go keyword, a predeclared
// identifier, a generated name or the module prefix, in which case it
// gets a trailing underscore (names already ending in _ always do, which
// keeps the mapping one-to-one).
func (g *gen) localName(name string) string {
	id := identPart(name)
	if goReserved[id] || isTempName(id) || strings.HasSuffix(id, "_") || strings.HasPrefix(id, g.prefix) || id != name {
		return id + "_"
	}
	return id
}

// srcLine returns line n (1-based) of the source, trimmed.
func (g *gen) srcLine(n int) string {
	if n < 1 || n > len(g.lines) {
		return ""
	}
	s := strings.TrimSpace(strings.TrimRight(g.lines[n-1], "\r"))
	if len(s) > 100 {
		s = s[:97]
		for len(s) > 90 && !utf8.ValidString(s) {
			s = s[:len(s)-1]
		}
		s += "..."
	}
	return sanitizeComment(s)
}

// segment returns the source text of a node (used for annotations under
// "from __future__ import annotations").
func (g *gen) segment(n syntax.Node) string {
	p := n.Position()
	if p.Lineno < 1 || p.EndLineno > len(g.lines) {
		return ""
	}
	if p.Lineno == p.EndLineno {
		l := g.lines[p.Lineno-1]
		if p.EndColOffset <= len(l) {
			return l[p.ColOffset:p.EndColOffset]
		}
		return ""
	}
	var b strings.Builder
	b.WriteString(g.lines[p.Lineno-1][p.ColOffset:])
	for i := p.Lineno; i < p.EndLineno-1; i++ {
		b.WriteString("\n" + g.lines[i])
	}
	b.WriteString("\n" + g.lines[p.EndLineno-1][:p.EndColOffset])
	return b.String()
}

// module generates the whole file.
func (g *gen) module(mod *syntax.Module) []byte {
	scope := g.tab.Top
	globals := g.topName("globals")
	g.topNames[g.prefix+"modname"] = true
	body := g.topName("body")
	f := newFn(g, nil, scope, fnModule)
	f.goName = body
	nlines := len(g.lines)
	if nlines > 0 && g.lines[nlines-1] == "" {
		nlines--
	}
	if nlines < 1 {
		nlines = 1
	}
	g.spans = append(g.spans, span{1, nlines, "<module>"})
	f.emit("%s = m.Dict", globals)
	f.emit("%smodname = py.ModuleName(%s)", g.prefix, globals)
	stmts := mod.Body
	if doc, rest := docstring(stmts); doc != nil {
		f.emit("%s.SetStr(%s, %s)", globals, g.nameStr("__doc__"), g.strConst(*doc))
		stmts = rest
	}
	if hasAnnotations(mod.Body) {
		f.emit("if err := py.SetupAnnotations(th, %s); err != nil {\nreturn err\n}", globals)
	}
	f.stmts(stmts)
	f.emit("return nil")
	bodyText := f.finish(fmt.Sprintf("func %s(th *py.Thread, m *py.Module) error", body),
		fmt.Sprintf("// %s runs the body of module %s.", body, sanitizeComment(g.opt.Module)))

	var out bytes.Buffer
	fmt.Fprintf(&out, "// Code generated by pygo from %s. DO NOT EDIT.\n\n", g.fileC)
	fmt.Fprintf(&out, "package %s\n\n", g.opt.Package)
	code := bodyText + strings.Join(g.funcs, "")
	if g.usesMath {
		fmt.Fprintf(&out, "import (\n\t\"math\"\n\n\tpy \"github.com/pygo-dev/pygo/runtime\"\n)\n\n")
	} else {
		fmt.Fprintf(&out, "import py \"github.com/pygo-dev/pygo/runtime\"\n\n")
	}
	fmt.Fprintf(&out, "// %s is the namespace of module %s (set when its body runs).\nvar %s *py.Dict\n\n", globals, sanitizeComment(g.opt.Module), globals)
	fmt.Fprintf(&out, "// %smodname is __name__ of module %s (\"__main__\" when run as a program).\nvar %smodname string\n\n", g.prefix, sanitizeComment(g.opt.Module), g.prefix)
	sort.SliceStable(g.spans, func(i, j int) bool { return g.spans[i].start < g.spans[j].start })
	fmt.Fprintf(&out, "func init() {\n\tpy.RegisterModule(&py.ModuleDef{\n")
	fmt.Fprintf(&out, "\t\tName: %q,\n\t\tFile: %q,\n\t\tSource: %ssource,\n", g.opt.Module, g.opt.File, g.prefix)
	if g.opt.IsPackage {
		fmt.Fprintf(&out, "\t\tIsPkg: true,\n")
	}
	fmt.Fprintf(&out, "\t\tFuncs: []py.FuncSpan{\n")
	for _, s := range g.spans {
		fmt.Fprintf(&out, "\t\t\t{Start: %d, End: %d, Name: %q},\n", s.start, s.end, s.name)
	}
	fmt.Fprintf(&out, "\t\t},\n\t\tBody: %s,\n\t})\n}\n\n", body)
	out.WriteString(code)
	if g.decls.Len() > 0 {
		fmt.Fprintf(&out, "// Names, constants and inline caches.\nvar (\n%s)\n\n", g.decls.String())
	}
	fmt.Fprintf(&out, "// %ssource is the text of %s, for tracebacks.\nconst %ssource = %s\n", g.prefix, g.fileC, g.prefix, sourceLiteral(string(g.src)))
	return out.Bytes()
}

// sourceLiteral quotes the module source, as a raw string when possible.
func sourceLiteral(s string) string {
	raw := utf8.ValidString(s)
	for _, r := range s {
		if r == '`' || r == '\ufeff' || r != '\n' && r != '\t' && !unicode.IsGraphic(r) {
			raw = false
			break
		}
	}
	if raw {
		return "`" + s + "`"
	}
	return goString(s)
}

// docstring returns the docstring of a body and the statements after it.
func docstring(body []syntax.Stmt) (*string, []syntax.Stmt) {
	if len(body) == 0 {
		return nil, body
	}
	if es, ok := body[0].(*syntax.ExprStmt); ok {
		if c, ok := es.Value.(*syntax.Constant); ok {
			if s, ok := c.Value.(syntax.StrConst); ok {
				str := string(s)
				return &str, body[1:]
			}
		}
	}
	return nil, body
}

// hasAnnotations reports whether a module or class body annotates a
// simple name at its top level (CPython's SETUP_ANNOTATIONS condition:
// any AnnAssign not nested in a function or class).
func hasAnnotations(body []syntax.Stmt) bool {
	found := false
	var walk func([]syntax.Stmt)
	walk = func(ss []syntax.Stmt) {
		for _, s := range ss {
			switch s := s.(type) {
			case *syntax.AnnAssign:
				found = true
			case *syntax.If:
				walk(s.Body)
				walk(s.Orelse)
			case *syntax.For:
				walk(s.Body)
				walk(s.Orelse)
			case *syntax.While:
				walk(s.Body)
				walk(s.Orelse)
			case *syntax.With:
				walk(s.Body)
			case *syntax.Try:
				walk(s.Body)
				for _, h := range s.Handlers {
					walk(h.Body)
				}
				walk(s.Orelse)
				walk(s.Finalbody)
			case *syntax.Match:
				for _, c := range s.Cases {
					walk(c.Body)
				}
			}
		}
	}
	walk(body)
	return found
}

// addLineDirectives repeats the current //line directive before every
// line of a function body that contains a call, after the first line
// following a directive. A //line directive names the line of the Go line
// that follows it, and each later Go line counts up from there; without
// the repetition, the second call of a statement would be reported one or
// more Python lines too far.
func addLineDirectives(code []byte) []byte {
	lines := strings.SplitAfter(string(code), "\n")
	var out strings.Builder
	out.Grow(len(code) + len(code)/4)
	cur := ""
	prevDirective := false
	for i, l := range lines {
		if strings.HasPrefix(l, "const ") && strings.Contains(l, "source = ") {
			// The source text: copy the rest verbatim.
			out.WriteString(strings.Join(lines[i:], ""))
			break
		}
		if strings.HasPrefix(l, "//line ") {
			cur = l
			prevDirective = true
			out.WriteString(l)
			continue
		}
		if strings.HasPrefix(l, "}") {
			cur = ""
		}
		t := strings.TrimLeft(l, "\t")
		if cur != "" && !prevDirective && len(t) < len(l) && strings.Contains(t, "(") &&
			!strings.HasPrefix(t, "//") && !strings.HasPrefix(t, "if err != nil") && !strings.HasPrefix(t, "var ") {
			out.WriteString(cur)
		}
		prevDirective = false
		out.WriteString(l)
	}
	return []byte(out.String())
}
