package syntax

// This file holds the parser core and the public API. The parser is a
// hand-written recursive-descent parser for CPython 3.11's PEG grammar
// (Grammar/python.gram). Each parse function is preceded by the production it
// implements. Node positions follow CPython's rule: a node spans from the first
// token its rule consumed to the last one (so "(a) + b" starts at the '(').
//
// Errors panic with a *SyntaxError inside the parser and are recovered once,
// in Parse, as starlark-go's parser does.

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"sync"
	"unicode/utf8"
)

// Parse parses a Python 3.11 module. src is the raw file content: a UTF-8 BOM
// and a PEP 263 coding declaration (utf-8, latin-1, ascii) are honoured.
// On failure the error is a *SyntaxError positioned as CPython positions it.
// Parse never panics.
func Parse(filename string, src []byte) (mod *Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			if se, ok := r.(*SyntaxError); ok {
				mod, err = nil, se
				return
			}
			if _, ok := r.(runtime.Error); ok {
				// An internal bug: report it as an error rather than crash.
				mod, err = nil, &SyntaxError{Filename: filename, Lineno: 1, Offset: 1, Kind: "SyntaxError", Msg: fmt.Sprintf("internal parser error: %v", r)}
				return
			}
			panic(r)
		}
	}()
	text, serr := decodeSource(filename, src)
	if serr != nil {
		return nil, serr
	}
	// The token slice is garbage once the tree is built: reuse it.
	bufp := tokenPool.Get().(*[]token)
	p := newParser(filename, text, 0, 0, nil, *bufp)
	defer func() {
		*bufp = p.toks[:0]
		tokenPool.Put(bufp)
	}()
	defer func() {
		if r := recover(); r != nil {
			panic(p.preferScanError(r))
		}
	}()
	return p.file(), nil
}

// preferScanError implements CPython's rule that after a parse error the
// rest of the file is tokenized and a tokenizer error found there wins; an
// unclosed bracket wins only if it opened on an earlier line than the error.
func (p *parser) preferScanError(r interface{}) interface{} {
	se, ok := r.(*SyntaxError)
	if !ok || se == p.sc.err || p.scanRaised {
		return r
	}
	if p.sc.err != nil {
		return p.sc.err
	}
	if p.sc.eofParens {
		op := p.sc.parens[len(p.sc.parens)-1]
		if se.Lineno > int(op.line) {
			return p.unclosedError()
		}
	}
	return r
}

// ParseFile reads and parses the named file.
func ParseFile(filename string) (*Module, error) {
	src, err := os.ReadFile(filename)
	if err != nil {
		return nil, err
	}
	return Parse(filename, src)
}

// decodeSource strips a BOM, applies the coding declaration, checks UTF-8 and
// translates \r\n and \r newlines to \n, as CPython's tokenizer does.
func decodeSource(filename string, src []byte) ([]byte, *SyntaxError) {
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, &SyntaxError{Filename: filename, Kind: "SyntaxError", Msg: "source code string cannot contain null bytes"}
	}
	// Encoding errors have no position in CPython (line 0, offset -1).
	encErr := func(msg string) *SyntaxError {
		return &SyntaxError{Filename: filename, Lineno: 0, Offset: -1, Kind: "SyntaxError", Msg: msg}
	}
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		src = src[3:]
		if enc, _, ok := codingSpec(src); ok && enc != "utf-8" {
			return nil, encErr("encoding problem: " + enc + " with BOM")
		}
	} else if enc, _, ok := codingSpec(src); ok {
		switch codec := lookupCodecName(enc); codec {
		case "utf-8":
		case "iso-8859-1":
			src = latin1ToUTF8(src)
		default:
			dec, known := singleByteCodecs[codec]
			if !known {
				return nil, encErr("unknown encoding: " + enc)
			}
			var msg string
			src, msg = dec(src)
			if msg != "" {
				return nil, encErr(msg)
			}
		}
	}
	if bytes.IndexByte(src, '\r') >= 0 {
		out := make([]byte, 0, len(src))
		for i := 0; i < len(src); i++ {
			c := src[i]
			if c == '\r' {
				if i+1 < len(src) && src[i+1] == '\n' {
					i++
				}
				c = '\n'
			}
			out = append(out, c)
		}
		src = out
	}
	// UTF-8 is checked where CPython decodes: in identifiers and string
	// literals (comments may hold any bytes).
	return src, nil
}

// utf8ErrorMsg returns CPython's message for the first invalid UTF-8
// sequence in b, positioned relative to b, or "" when b is valid.
func utf8ErrorMsg(b []byte) string {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError || n > 1 {
			i += n
			continue
		}
		c := b[i]
		// Length of the sequence c announces, and how much of it is valid.
		need := 0
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 2
		case c >= 0xE0 && c <= 0xEF:
			need = 3
		case c >= 0xF0 && c <= 0xF4:
			need = 4
		}
		if need == 0 {
			return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: invalid start byte", c, i)
		}
		good := 1
		for good < need && i+good < len(b) && validCont(c, good, b[i+good]) {
			good++
		}
		reason := "invalid continuation byte"
		if i+good >= len(b) {
			reason = "unexpected end of data"
		}
		if good == 1 {
			return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s", c, i, reason)
		}
		return fmt.Sprintf("(unicode error) 'utf-8' codec can't decode bytes in position %d-%d: %s", i, i+good-1, reason)
	}
	return ""
}

// validCont reports whether b may be byte k (k >= 1) of a sequence led by c.
func validCont(c byte, k int, b byte) bool {
	if k == 1 {
		switch c {
		case 0xE0:
			return b >= 0xA0 && b <= 0xBF
		case 0xED:
			return b >= 0x80 && b <= 0x9F
		case 0xF0:
			return b >= 0x90 && b <= 0xBF
		case 0xF4:
			return b >= 0x80 && b <= 0x8F
		}
	}
	return b >= 0x80 && b <= 0xBF
}

func latin1ToUTF8(src []byte) []byte {
	out := make([]byte, 0, len(src)+len(src)/8)
	for _, c := range src {
		if c < 0x80 {
			out = append(out, c)
		} else {
			out = utf8.AppendRune(out, rune(c))
		}
	}
	return out
}

// codingSpec finds a PEP 263 declaration on line 1 or 2 and returns the
// encoding's normal name (CPython's get_normal_name) and its line.
func codingSpec(src []byte) (string, int, bool) {
	for lineno := 1; lineno <= 2; lineno++ {
		nl := bytes.IndexByte(src, '\n')
		line := src
		if nl >= 0 {
			line = src[:nl]
			src = src[nl+1:]
		} else {
			src = nil
		}
		i := 0
		for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f') {
			i++
		}
		if i == len(line) || line[i] != '#' {
			if i < len(line) && line[i] != '\r' {
				return "", 0, false // a code line: no declaration after it
			}
			continue
		}
		rest := line[i:]
		for j := 0; j+6 < len(rest); j++ {
			if string(rest[j:j+6]) != "coding" || (rest[j+6] != ':' && rest[j+6] != '=') {
				continue
			}
			k := j + 7
			for k < len(rest) && (rest[k] == ' ' || rest[k] == '\t') {
				k++
			}
			b := k
			for k < len(rest) && (isAlnum(rest[k]) || rest[k] == '-' || rest[k] == '_' || rest[k] == '.') {
				k++
			}
			if k > b {
				return normalEncoding(string(rest[b:k])), lineno, true
			}
		}
		if src == nil {
			break
		}
	}
	return "", 0, false
}

func isAlnum(c byte) bool { return isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z' }

func normalEncoding(s string) string {
	b := []byte(s)
	if len(b) > 12 {
		b = b[:12]
	}
	for i, c := range b {
		if c == '_' {
			b[i] = '-'
		} else if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	n := string(b)
	has := func(p string) bool { return n == p || len(n) > len(p) && n[:len(p)+1] == p+"-" }
	switch {
	case has("utf-8"):
		return "utf-8"
	case has("latin-1"), has("iso-8859-1"), has("iso-latin-1"):
		return "iso-8859-1"
	}
	return s
}

// ---- parser core ----

type loc struct{ line, col int32 }

type parser struct {
	filename string
	src      []byte
	sc       *scanner
	toks     []token
	i        int
	last     token // last consumed significant token (not NEWLINE/INDENT/DEDENT)
	depth    int
	names    map[string]string
	parent   *parser // set for f-string sub-parsers
	inFormat bool    // parsing an f-string replacement field
	strErr   *token  // where errors in the literals being decoded are reported
	noGenexp bool    // class bases: a bare generator expression is not allowed

	scanRaised bool         // the error being raised comes from the scanner
	far        int          // index of the furthest token looked at (CPython's last token)
	generic    *SyntaxError // the last generic "invalid syntax" raised

	lineStarts []int // offsets of local lines (index 1..), built on first error
}

const maxDepth = 3000

var tokenPool = sync.Pool{New: func() interface{} { return new([]token) }}

func newParser(filename string, src []byte, lineBase, colBase int32, parent *parser, buf []token) *parser {
	sc := scanAll(filename, src, lineBase, colBase, buf)
	p := &parser{filename: filename, src: src, sc: sc, toks: sc.toks, parent: parent}
	if parent != nil {
		p.names = parent.names
	} else {
		p.names = make(map[string]string)
	}
	return p
}

// tok returns the current token, raising the scanner's error when the
// parser reaches the point where the tokenizer failed.
func (p *parser) tok() *token {
	t := &p.toks[p.i]
	if t.kind == tokError {
		p.scanFailure(t)
	}
	return t
}

func (p *parser) kind() tokKind {
	t := &p.toks[p.i]
	if t.kind == tokError {
		p.scanFailure(t)
	}
	return t.kind
}

// peekKind returns the kind of the token n after the current one. Like
// CPython's lookahead it fetches the token: a scanner error there is raised.
func (p *parser) peekKind(n int) tokKind {
	j := p.i + n
	if j >= len(p.toks) {
		j = len(p.toks) - 1
	}
	if j > p.far {
		p.far = j
	}
	k := p.toks[j].kind
	if k == tokError {
		p.scanFailure(&p.toks[j])
	}
	return k
}

func (p *parser) scanFailure(t *token) {
	p.scanRaised = true
	if p.sc.err != nil {
		panic(p.sc.err)
	}
	if p.sc.eofParens {
		panic(p.unclosedError())
	}
	p.errorTok(t, "invalid syntax")
}

// unclosedError is "'(' was never closed" for the innermost open bracket.
func (p *parser) unclosedError() *SyntaxError {
	op := p.sc.parens[len(p.sc.parens)-1]
	e := &SyntaxError{Filename: p.filename, Lineno: int(op.line + p.sc.lineBase), Kind: "SyntaxError",
		Msg: fmt.Sprintf("'%c' was never closed", op.ch)}
	e.Offset = p.charOffset(op.line+p.sc.lineBase, op.col) + 1
	return e
}

// next consumes the current token.
func (p *parser) next() {
	t := p.tok()
	if t.kind != tokNewline && t.kind != tokIndent && t.kind != tokDedent && t.kind != tokEOF {
		p.last = *t
	}
	if p.i < len(p.toks)-1 {
		p.i++
		if p.i > p.far {
			p.far = p.i
		}
	}
}

func (p *parser) got(k tokKind) bool {
	if p.kind() == k {
		p.next()
		return true
	}
	return false
}

func (p *parser) expect(k tokKind) {
	if p.kind() != k {
		p.syntaxError()
	}
	p.next()
}

// expectColon consumes ':' or reports CPython's "expected ':'".
func (p *parser) expectColon() {
	if p.kind() != tokColon {
		if p.kind() == tokNewline || p.kind() == tokEOF {
			p.errorTok(p.tok(), "expected ':'")
		}
		p.syntaxError()
	}
	p.next()
}

// forcedColon consumes ':' or raises "expected ':'" at whatever token is
// there (a forced token, &&':' in CPython's grammar).
func (p *parser) forcedColon() {
	if p.kind() != tokColon {
		p.errorTok(p.tok(), "expected ':'")
	}
	p.next()
}

func (p *parser) here() loc {
	t := p.tok()
	return loc{t.line, t.col}
}

func (p *parser) pos(start loc) Pos {
	return Pos{int(start.line), int(start.col), int(p.last.eline), int(p.last.ecol)}
}

func startOf(n Node) loc {
	ps := n.Position()
	return loc{int32(ps.Lineno), int32(ps.ColOffset)}
}

func (p *parser) text(t *token) []byte { return p.src[t.start:t.end] }

func (p *parser) intern(b []byte) string {
	if s, ok := p.names[string(b)]; ok {
		return s
	}
	s := string(b)
	p.names[s] = s
	return s
}

// isName reports whether the current token is the (soft keyword) name s.
func (p *parser) isName(s string) bool {
	t := &p.toks[p.i]
	return t.kind == tokName && string(p.src[t.start:t.end]) == s
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.errorTok(p.tok(), "expression too deeply nested")
	}
}

func (p *parser) leave() { p.depth-- }

// ---- errors ----

// lineText returns the text of the local line containing the token.
func (p *parser) charOffset(line, col int32) int {
	// line is absolute; find the local line start in p.src.
	local := line - p.sc.lineBase
	c := col
	if local == 1 {
		c -= p.sc.colBase
	}
	ls := p.localLineStart(local)
	if ls < 0 || c < 0 || ls+int(c) > len(p.src) {
		return int(col)
	}
	n := utf8.RuneCount(p.src[ls : ls+int(c)])
	if local == 1 {
		n += int(p.sc.colBase)
	}
	return n
}

func (p *parser) localLineStart(line int32) int {
	if line < 1 {
		return -1
	}
	if p.lineStarts == nil {
		p.lineStarts = []int{0, 0}
		for i, c := range p.src {
			if c == '\n' {
				p.lineStarts = append(p.lineStarts, i+1)
			}
		}
	}
	if int(line) >= len(p.lineStarts) {
		return -1
	}
	return p.lineStarts[line]
}

func (p *parser) newError(kind, msg string, sl, sc, el, ec int32) *SyntaxError {
	e := &SyntaxError{Filename: p.filename, Lineno: int(sl), Kind: kind, Msg: msg, EndLineno: int(el)}
	if p.parent != nil {
		// Errors in f-string expressions: CPython prefixes the message and
		// reports columns within the "(expression)" text.
		e.Msg = "f-string: " + msg
		if sl-p.sc.lineBase == 1 {
			sc -= p.sc.colBase
		}
		if el-p.sc.lineBase == 1 {
			ec -= p.sc.colBase
		}
	}
	e.Offset = p.charOffset(sl, sc) + 1
	e.EndOffset = p.charOffset(el, ec) + 1
	return e
}

// errorTok raises a SyntaxError spanning token t.
func (p *parser) errorTok(t *token, msg string) {
	panic(p.newError("SyntaxError", msg, t.line, t.col, t.eline, t.ecol))
}

// errorNode raises a SyntaxError spanning node n.
func (p *parser) errorNode(n Node, msg string) {
	ps := n.Position()
	panic(p.newError("SyntaxError", msg, int32(ps.Lineno), int32(ps.ColOffset), int32(ps.EndLineno), int32(ps.EndColOffset)))
}

// errorRange raises a SyntaxError from the start of a to the end of b.
func (p *parser) errorRange(a, b Node, msg string) {
	pa, pb := a.Position(), b.Position()
	panic(p.newError("SyntaxError", msg, int32(pa.Lineno), int32(pa.ColOffset), int32(pb.EndLineno), int32(pb.EndColOffset)))
}

// syntaxError raises the generic "invalid syntax" at the current token (or
// "unexpected indent" and friends, as CPython's _PyPegen_set_syntax_error).
func (p *parser) syntaxError() {
	t := p.tok()
	switch t.kind {
	case tokIndent, tokDedent:
		msg := "unexpected indent"
		if t.kind == tokDedent {
			msg = "unexpected unindent"
		}
		e := p.newError("IndentationError", msg, t.line, t.col, t.eline, t.ecol)
		// CPython gives the tokenizer's byte position here, not a column + 1,
		// and does not look for tokenizer errors further on.
		e.Offset, e.EndOffset = int(t.ecol), -1
		p.scanRaised = true
		panic(e)
	}
	// CPython reports a generic error at the furthest token it fetched.
	if p.far > p.i {
		t = &p.toks[p.far]
	}
	p.generic = p.newError("SyntaxError", "invalid syntax", t.line, t.col, t.eline, t.ecol)
	panic(p.generic)
}

// indentError raises the IndentationError for a missing block.
func (p *parser) expectedBlock(what string, line int32) {
	t := p.tok()
	e := p.newError("IndentationError", fmt.Sprintf("expected an indented block after %s on line %d", what, line), t.line, t.col, t.eline, t.ecol)
	if t.kind == tokDedent {
		e.Offset = 0 // CPython: a DEDENT token has no column
	}
	panic(e)
}
