package syntax

import (
	"fmt"

	"github.com/pygo-dev/pygo/internal/pystr"
	"unicode"
	"unicode/utf8"
)

// The scanner turns source bytes into the whole token slice up front, the way
// CPython's tokenizer would produce them one by one: NEWLINE at the end of
// each logical line, INDENT/DEDENT from the indentation stack (tabs to
// multiples of 8, checked against a tabs-as-1 column for TabError), no
// NEWLINE inside brackets or for blank lines, an implicit NEWLINE before EOF.
//
// A scanner error stops the scan: the token slice then ends with a tokError
// token and s.err holds the SyntaxError. The parser reports it when it reaches
// that token, or instead of a parser error found earlier (CPython tokenizes the
// rest of the file after a parse error and prefers tokenizer errors).

const maxIndent = 100 // CPython's MAXINDENT
const maxLevel = 200  // CPython's MAXLEVEL: nesting of brackets

type paren struct {
	ch        byte
	line, col int32
}

type scanner struct {
	filename  string
	src       []byte
	pos       int
	line      int32 // current physical line, 1-based (local to src)
	lineStart int   // offset of the current line's first byte

	// For f-string sub-expressions: added to lines, and to columns of
	// tokens that end on the first line (CPython's starting_lineno/col_offset).
	lineBase int32
	colBase  int32

	toks []token

	atbol    bool
	indstack []int
	altstack []int
	pendin   int
	parens   []paren

	err       *SyntaxError
	eofParens bool // EOF reached inside brackets (error reported by the parser)
}

// scanAll tokenizes src (already decoded to UTF-8, newlines translated).
func scanAll(filename string, src []byte, lineBase, colBase int32, buf []token) *scanner {
	s := &scanner{
		filename: filename,
		src:      src,
		line:     1,
		lineBase: lineBase,
		colBase:  colBase,
		atbol:    true,
		indstack: make([]int, 1, 16),
		altstack: make([]int, 1, 16),
	}
	if n := len(src)/4 + 16; cap(buf) >= n { // the stdlib averages a token per 6.7 bytes
		s.toks = buf[:0]
	} else {
		s.toks = make([]token, 0, n)
	}
	s.run()
	return s
}

// emit appends a token spanning src[start:s.pos], starting on line sline
// whose first byte is at sls.
func (s *scanner) emit(k tokKind, start int, sline int32, sls int) {
	t := token{kind: k, start: int32(start), end: int32(s.pos)}
	t.line = sline + s.lineBase
	t.col = int32(start - sls)
	t.eline = s.line + s.lineBase
	t.ecol = int32(s.pos - s.lineStart)
	if s.line == 1 {
		t.col += s.colBase
		t.ecol += s.colBase
	}
	s.toks = append(s.toks, t)
}

// errorAt records a scanner error at byte offset off on the current line.
func (s *scanner) errorAt(kind, msg string, line int32, lineStart, off int) {
	if s.err != nil {
		return
	}
	col := s.charCol(lineStart, off)
	s.err = &SyntaxError{Filename: s.filename, Lineno: int(line + s.lineBase), Offset: col + 1, Kind: kind, Msg: msg}
	s.emitError()
}

func (s *scanner) emitError() {
	s.toks = append(s.toks, token{kind: tokError, start: int32(s.pos), end: int32(s.pos), line: s.line + s.lineBase, eline: s.line + s.lineBase})
}

// charCol converts the byte offset off on the line starting at lineStart to a
// count of code points, as CPython reports error offsets.
func (s *scanner) charCol(lineStart, off int) int {
	if off > len(s.src) {
		off = len(s.src)
	}
	if off < lineStart {
		return off - lineStart
	}
	return utf8.RuneCount(s.src[lineStart:off])
}

func (s *scanner) errHere(msg string) { s.errorAt("SyntaxError", msg, s.line, s.lineStart, s.pos) }

// errCur reports an error the way CPython's tokenizer syntaxerror() does:
// the offset is the number of characters before the current position.
func (s *scanner) errCur(msg string) {
	s.errorAt("SyntaxError", msg, s.line, s.lineStart, s.pos)
	if s.err != nil {
		s.err.Offset--
	}
}

func (s *scanner) peek(i int) byte {
	if s.pos+i < len(s.src) {
		return s.src[s.pos+i]
	}
	return 0
}

func (s *scanner) newline() {
	s.line++
	s.lineStart = s.pos
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isIdentChar(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (s *scanner) run() {
	for s.err == nil {
		if !s.next() {
			return
		}
	}
}

// next scans one token (or a run of INDENT/DEDENT); false at the end.
func (s *scanner) next() bool {
	blankline := false
	if s.atbol {
		s.atbol = false
		col, altcol := 0, 0
		for {
			c := s.peek(0)
			if s.pos >= len(s.src) {
				break
			}
			if c == ' ' {
				col++
				altcol++
			} else if c == '\t' {
				col = (col/8 + 1) * 8
				altcol++
			} else if c == '\f' {
				col, altcol = 0, 0
			} else if c == '\\' && s.peek(1) == '\n' {
				// A continuation right in the indentation: CPython keeps counting.
				s.pos += 2
				s.newline()
				continue
			} else {
				break
			}
			s.pos++
		}
		if c := s.peek(0); s.pos < len(s.src) && (c == '#' || c == '\n') {
			blankline = true // blank or comment-only: no indentation processing
		}
		if !blankline && len(s.parens) == 0 && s.pos < len(s.src) {
			top := len(s.indstack) - 1
			if col == s.indstack[top] {
				if altcol != s.altstack[top] {
					s.tabError()
					return false
				}
			} else if col > s.indstack[top] {
				if len(s.indstack) >= maxIndent {
					s.errorAt("IndentationError", "too many levels of indentation", s.line, s.lineStart, s.pos)
					return false
				}
				if altcol <= s.altstack[top] {
					s.tabError()
					return false
				}
				s.pendin++
				s.indstack = append(s.indstack, col)
				s.altstack = append(s.altstack, altcol)
			} else {
				for top > 0 && col < s.indstack[top] {
					s.pendin--
					top--
				}
				s.indstack = s.indstack[:top+1]
				s.altstack = s.altstack[:top+1]
				if col != s.indstack[top] {
					// CPython points past the end of the line.
					end := s.pos
					for end < len(s.src) && s.src[end] != '\n' {
						end++
					}
					end++ // the newline (CPython adds one to an unterminated last line)
					s.errorAt("IndentationError", "unindent does not match any outer indentation level", s.line, s.lineStart, end)
					s.err.Offset--
					return false
				}
				if altcol != s.altstack[top] {
					s.tabError()
					return false
				}
			}
		}
	}
	// Pending INDENT/DEDENT tokens: zero-width at the current position.
	if s.pendin != 0 {
		k := tokIndent
		if s.pendin < 0 {
			k = tokDedent
			s.pendin++
		} else {
			s.pendin--
		}
		if k == tokDedent {
			s.emit(k, s.pos, s.line, s.lineStart)
		} else {
			s.emit(k, s.lineStart, s.line, s.lineStart)
		}
		return true
	}

again:
	// Skip spaces.
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c == ' ' || c == '\t' || c == '\f' {
			s.pos++
		} else {
			break
		}
	}
	start := s.pos
	if s.pos >= len(s.src) {
		return s.atEOF()
	}
	c := s.src[s.pos]
	switch {
	case c == '#':
		for s.pos < len(s.src) && s.src[s.pos] != '\n' {
			s.pos++
		}
		goto again
	case c == '\n':
		s.pos++
		if blankline || len(s.parens) > 0 {
			s.newline()
			s.atbol = true
			if len(s.parens) > 0 {
				s.atbol = false
				goto again
			}
			return true
		}
		s.emit(tokNewline, start, s.line, s.lineStart)
		s.newline()
		s.atbol = true
		return true
	case c == '\\':
		if s.peek(1) == '\n' {
			s.pos += 2
			s.newline()
			if s.pos >= len(s.src) {
				s.pos--
				s.line--
				s.errorAt("SyntaxError", "unexpected EOF while parsing", s.line, s.lineStartOf(s.pos), s.pos)
				return false
			}
			goto again
		}
		s.pos++
		if s.pos >= len(s.src) {
			s.errHere("unexpected EOF while parsing")
			return false
		}
		s.errHere("unexpected character after line continuation character")
		return false
	case isIdentStart(c):
		return s.identOrString(start)
	case isDigit(c) || c == '.' && isDigit(s.peek(1)):
		return s.number(start)
	case c == '"' || c == '\'':
		return s.str(start, start)
	}
	return s.operator(start)
}

func (s *scanner) lineStartOf(off int) int {
	for off > 0 && s.src[off-1] != '\n' {
		off--
	}
	return off
}

func (s *scanner) tabError() {
	s.errorAt("TabError", "inconsistent use of tabs and spaces in indentation", s.line, s.lineStart, s.lineStart)
}

// atEOF emits the implicit NEWLINE, the closing DEDENTs and EOF.
func (s *scanner) atEOF() bool {
	if len(s.parens) > 0 {
		s.eofParens = true
		s.emitError()
		return false
	}
	// CPython places the end-of-file tokens at the last newline character
	// (or at the end of an unterminated last line).
	if len(s.src) > 0 && s.src[len(s.src)-1] == '\n' && s.pos == len(s.src) && s.lineStart == len(s.src) {
		s.pos--
		s.line--
		s.lineStart = s.lineStartOf(s.pos)
	}
	n := len(s.toks)
	if n > 0 && s.toks[n-1].kind != tokNewline && s.toks[n-1].kind != tokDedent && s.toks[n-1].kind != tokIndent {
		s.emit(tokNewline, s.pos, s.line, s.lineStart)
	}
	for len(s.indstack) > 1 {
		s.indstack = s.indstack[:len(s.indstack)-1]
		s.emit(tokDedent, s.pos, s.line, s.lineStart)
	}
	s.emit(tokEOF, s.pos, s.line, s.lineStart)
	return false
}

// identOrString scans a name, keyword or a prefixed string literal.
func (s *scanner) identOrString(start int) bool {
	// String prefixes: any case-insensitive combination of at most one of
	// b/u/f and at most one r, with u not combined with r.
	sawB, sawR, sawU, sawF := false, false, false, false
	for {
		c := s.peek(0)
		switch {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		case c == '"' || c == '\'':
			if s.pos > start {
				return s.str(start, s.pos)
			}
			fallthrough
		default:
			goto ident
		}
		s.pos++
	}
ident:
	nonASCII := false
	for s.pos < len(s.src) && isIdentChar(s.src[s.pos]) {
		if s.src[s.pos] >= 0x80 {
			nonASCII = true
		}
		s.pos++
	}
	if nonASCII && !s.verifyIdent(start) {
		return false
	}
	k := tokName
	if n := s.pos - start; n >= 2 && n <= 8 {
		k = keywordKind(s.src[start:s.pos])
	}
	s.emit(k, start, s.line, s.lineStart)
	return true
}

// verifyIdent checks a non-ASCII identifier the way CPython does (XID_Start
// followed by XID_Continue characters), reporting the first bad character.
func (s *scanner) verifyIdent(start int) bool {
	for i := start; i < s.pos; {
		r, n := utf8.DecodeRune(s.src[i:s.pos])
		ok := r == '_' || isXIDStart(r) || i > start && isXIDContinue(r)
		if r == utf8.RuneError && n == 1 {
			msg := utf8ErrorMsg(s.src[start:s.pos])
			s.pos = i
			s.errorAt("SyntaxError", msg, s.line, s.lineStart, i)
			return false
		}
		if !ok {
			s.pos = i + n
			if !pystr.IsPrintable(r) {
				s.errorAt("SyntaxError", fmt.Sprintf("invalid non-printable character U+%04X", r), s.line, s.lineStart, i)
			} else {
				s.errorAt("SyntaxError", fmt.Sprintf("invalid character '%c' (U+%04X)", r, r), s.line, s.lineStart, i)
			}
			return false
		}
		i += n
	}
	return true
}

func isXIDStart(r rune) bool {
	return unicode.In(r, unicode.L, unicode.Nl, unicode.Other_ID_Start) && !unicode.In(r, unicode.Pattern_Syntax, unicode.Pattern_White_Space)
}

func isXIDContinue(r rune) bool {
	return isXIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

// str scans a string literal whose prefix starts at start and quote at q.
func (s *scanner) str(start, q int) bool {
	quote := s.src[q]
	s.pos = q + 1
	sline, sls := s.line, s.lineStart
	triple := false
	if s.peek(0) == quote && s.peek(1) == quote {
		triple = true
		s.pos += 2
	}
	for {
		if s.pos >= len(s.src) {
			if triple {
				s.errorAt("SyntaxError", fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", s.line+s.lineBase-boolInt32(s.pos > 0 && s.src[s.pos-1] == '\n')), sline, sls, start)
			} else {
				s.errorAt("SyntaxError", fmt.Sprintf("unterminated string literal (detected at line %d)", s.line+s.lineBase), sline, sls, start)
			}
			return false
		}
		c := s.src[s.pos]
		s.pos++
		switch c {
		case quote:
			if !triple {
				s.emit(tokString, start, sline, sls)
				return true
			}
			if s.peek(0) == quote && s.peek(1) == quote {
				s.pos += 2
				s.emit(tokString, start, sline, sls)
				return true
			}
		case '\n':
			if !triple {
				s.pos--
				s.errorAt("SyntaxError", fmt.Sprintf("unterminated string literal (detected at line %d)", s.line+s.lineBase), sline, sls, start)
				return false
			}
			s.newline()
		case '\\':
			if s.pos < len(s.src) {
				if s.src[s.pos] == '\n' {
					s.pos++
					s.newline()
				} else {
					s.pos++
				}
			}
		}
	}
}

func boolInt32(b bool) int32 {
	if b {
		return 1
	}
	return 0
}

// number scans a numeric literal, reporting CPython's errors.
func (s *scanner) number(start int) bool {
	c := s.src[s.pos]
	if c == '0' && (s.peek(1)|0x20 == 'x' || s.peek(1)|0x20 == 'o' || s.peek(1)|0x20 == 'b') {
		kind := s.peek(1) | 0x20
		s.pos += 2
		var isd func(byte) bool
		var name string
		switch kind {
		case 'x':
			isd = func(b byte) bool { return isDigit(b) || b|0x20 >= 'a' && b|0x20 <= 'f' }
			name = "hexadecimal"
		case 'o':
			isd = func(b byte) bool { return b >= '0' && b <= '7' }
			name = "octal"
		default:
			isd = func(b byte) bool { return b == '0' || b == '1' }
			name = "binary"
		}
		for {
			if s.peek(0) == '_' {
				s.pos++
			}
			if !isd(s.peek(0)) {
				if kind != 'x' && isDigit(s.peek(0)) {
					s.pos++
					s.errCur(fmt.Sprintf("invalid digit '%c' in %s literal", s.src[s.pos-1], name))
					return false
				}
				s.errCur(fmt.Sprintf("invalid %s literal", name))
				return false
			}
			for isd(s.peek(0)) {
				s.pos++
			}
			if s.peek(0) != '_' {
				break
			}
		}
		if kind != 'x' && isDigit(s.peek(0)) {
			s.pos++
			s.errCur(fmt.Sprintf("invalid digit '%c' in %s literal", s.src[s.pos-1], name))
			return false
		}
		if !s.verifyEnd(name) {
			return false
		}
		s.emit(tokNumber, start, s.line, s.lineStart)
		return true
	}
	isFloat := false
	if c != '.' {
		// Decimal integer part.
		leadingZero := c == '0'
		nonzero := false
		if !s.decimalTail() {
			return false
		}
		for _, b := range s.src[start:s.pos] {
			if b != '0' && b != '_' {
				nonzero = true
			}
		}
		if leadingZero && nonzero && s.peek(0) != '.' && s.peek(0)|0x20 != 'e' && s.peek(0)|0x20 != 'j' {
			s.errorAt("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", s.line, s.lineStart, start)
			return false
		}
	}
	if s.peek(0) == '.' {
		isFloat = true
		s.pos++
		if isDigit(s.peek(0)) {
			if !s.decimalTail() {
				return false
			}
		}
	}
	if s.peek(0)|0x20 == 'e' {
		isFloat = true
		save := s.pos
		s.pos++
		if s.peek(0) == '+' || s.peek(0) == '-' {
			s.pos++
			if !isDigit(s.peek(0)) {
				s.errCur("invalid decimal literal")
				return false
			}
		} else if !isDigit(s.peek(0)) {
			s.pos = save
			if !s.verifyEnd("decimal") {
				return false
			}
			s.emit(tokNumber, start, s.line, s.lineStart)
			return true
		}
		if !s.decimalTail() {
			return false
		}
	}
	if s.peek(0)|0x20 == 'j' {
		s.pos++
		if !s.verifyEnd("imaginary") {
			return false
		}
	} else if !s.verifyEnd("decimal") {
		return false
	}
	_ = isFloat
	s.emit(tokNumber, start, s.line, s.lineStart)
	return true
}

// decimalTail scans digits with single underscores between them.
func (s *scanner) decimalTail() bool {
	for {
		for isDigit(s.peek(0)) {
			s.pos++
		}
		if s.peek(0) != '_' {
			return true
		}
		s.pos++
		if !isDigit(s.peek(0)) {
			s.errCur("invalid decimal literal")
			return false
		}
	}
}

// verifyEnd checks what follows a number, as CPython's verify_end_of_number:
// a keyword that may directly follow (1if x else y) is allowed, any other
// identifier character is an error.
func (s *scanner) verifyEnd(kind string) bool {
	c := s.peek(0)
	if !isIdentChar(c) {
		return true
	}
	rest := s.src[s.pos:]
	for _, kw := range [...]string{"and", "else", "for", "if", "in", "is", "not", "or"} {
		if len(rest) >= len(kw) && string(rest[:len(kw)]) == kw {
			return true
		}
	}
	s.pos++
	if c >= 0x80 {
		_, n := utf8.DecodeRune(rest)
		s.pos += n - 1
	}
	s.pos--
	s.errCur(fmt.Sprintf("invalid %s literal", kind))
	return false
}

var opTable = [256]tokKind{
	'(': tokLpar, ')': tokRpar, '[': tokLsqb, ']': tokRsqb, '{': tokLbrace, '}': tokRbrace,
	':': tokColon, ',': tokComma, ';': tokSemi, '+': tokPlus, '-': tokMinus, '*': tokStar,
	'/': tokSlash, '|': tokVbar, '&': tokAmper, '<': tokLess, '>': tokGreater, '=': tokEqual,
	'.': tokDot, '%': tokPercent, '~': tokTilde, '^': tokCircumflex, '@': tokAt, '!': tokBang,
}

// operator scans an operator or delimiter.
func (s *scanner) operator(start int) bool {
	c := s.src[s.pos]
	k := opTable[c]
	if k == 0 || k == tokEOF {
		r, n := utf8.DecodeRune(s.src[s.pos:])
		if r == utf8.RuneError && n <= 1 {
			s.errHere(fmt.Sprintf("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position 0: invalid start byte", c))
			return false
		}
		s.pos += n
		if !pystr.IsPrintable(r) {
			s.errorAt("SyntaxError", fmt.Sprintf("invalid non-printable character U+%04X", r), s.line, s.lineStart, start)
		} else {
			// CPython reports a stray ASCII character ($, ?, `) as invalid syntax.
			s.pos = start
			s.emit(tokError, start, s.line, s.lineStart)
			s.toks[len(s.toks)-1].end = int32(start + n)
			s.toks[len(s.toks)-1].ecol += int32(n)
			s.pos = start + n
		}
		return false
	}
	c1, c2 := s.peek(1), s.peek(2)
	n := 1
	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxLevel {
			s.pos++
			s.errCur("too many nested parentheses")
			return false
		}
		s.parens = append(s.parens, paren{c, s.line, int32(s.pos - s.lineStart)})
	case ')', ']', '}':
		if len(s.parens) == 0 {
			s.pos++
			s.errorAt("SyntaxError", fmt.Sprintf("unmatched '%c'", c), s.line, s.lineStart, start)
			return false
		}
		open := s.parens[len(s.parens)-1]
		if !(open.ch == '(' && c == ')' || open.ch == '[' && c == ']' || open.ch == '{' && c == '}') {
			s.pos++
			if open.line != s.line {
				s.errorAt("SyntaxError", fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.line+s.lineBase), s.line, s.lineStart, start)
			} else {
				s.errorAt("SyntaxError", fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch), s.line, s.lineStart, start)
			}
			return false
		}
		s.parens = s.parens[:len(s.parens)-1]
	case '.':
		if c1 == '.' && c2 == '.' {
			k, n = tokEllipsis, 3
		}
	case '!':
		if c1 == '=' {
			k, n = tokNotEqual, 2
		}
	case '-':
		switch c1 {
		case '=':
			k, n = tokMinusEq, 2
		case '>':
			k, n = tokRarrow, 2
		}
	case ':':
		if c1 == '=' {
			k, n = tokColonEq, 2
		}
	case '=':
		if c1 == '=' {
			k, n = tokEqEqual, 2
		}
	case '+':
		if c1 == '=' {
			k, n = tokPlusEq, 2
		}
	case '%':
		if c1 == '=' {
			k, n = tokPercentEq, 2
		}
	case '&':
		if c1 == '=' {
			k, n = tokAmperEq, 2
		}
	case '|':
		if c1 == '=' {
			k, n = tokVbarEq, 2
		}
	case '^':
		if c1 == '=' {
			k, n = tokCircumflexEq, 2
		}
	case '@':
		if c1 == '=' {
			k, n = tokAtEq, 2
		}
	case '~':
	case '*':
		switch {
		case c1 == '*' && c2 == '=':
			k, n = tokDoubleStarEq, 3
		case c1 == '*':
			k, n = tokDoubleStar, 2
		case c1 == '=':
			k, n = tokStarEq, 2
		}
	case '/':
		switch {
		case c1 == '/' && c2 == '=':
			k, n = tokDoubleSlashEq, 3
		case c1 == '/':
			k, n = tokDoubleSlash, 2
		case c1 == '=':
			k, n = tokSlashEq, 2
		}
	case '<':
		switch {
		case c1 == '<' && c2 == '=':
			k, n = tokLshiftEq, 3
		case c1 == '<':
			k, n = tokLshift, 2
		case c1 == '=':
			k, n = tokLessEq, 2
		case c1 == '>':
			k, n = tokNotEqual, 2 // '<>': rejected by the parser
			s.pos += n
			s.emit(k, start, s.line, s.lineStart)
			s.toks[len(s.toks)-1].kind = tokError
			return false
		}
	case '>':
		switch {
		case c1 == '>' && c2 == '=':
			k, n = tokRshiftEq, 3
		case c1 == '>':
			k, n = tokRshift, 2
		case c1 == '=':
			k, n = tokGreaterEq, 2
		}
	}
	s.pos += n
	s.emit(k, start, s.line, s.lineStart)
	return true
}
