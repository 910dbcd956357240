package syntax

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

// This file decodes string literals and parses f-strings the way CPython
// 3.11 does (Parser/string_parser.c): an f-string is a single STRING token
// whose replacement fields are found by scanning the text, and each field's
// expression is parsed by a sub-parser over "(" + text + ")" whose token
// positions are shifted to the field's place in the file.

// strParts accumulates the values of implicitly concatenated literals.
type strParts struct {
	p       *parser
	fmode   bool   // some part is an f-string: the result is a JoinedStr
	last    []byte // pending literal text (UTF-8/WTF-8)
	hasLast bool
	values  []Expr
	pos     Pos // the whole concatenation
	kind    string
}

func (s *strParts) addLit(b []byte) {
	if len(b) == 0 {
		return
	}
	s.last = append(s.last, b...)
	s.hasLast = true
}

// flush turns the pending literal text into a Constant positioned at pos.
func (s *strParts) flush(pos Pos) {
	if s.hasLast && len(s.last) > 0 {
		s.values = append(s.values, &Constant{Pos: pos, Value: StrConst(s.last), Kind: s.kind})
	}
	s.last, s.hasLast = nil, false
}

// strings: STRING+
func (p *parser) strings() Expr {
	first := p.i
	start := p.here()
	for p.kind() == tokString {
		p.next()
	}
	toks := p.toks[first:p.i]
	pos := p.pos(start)
	// Errors in literals are reported at the token after them, as CPython.
	p.strErr = p.tok()
	defer func() { p.strErr = nil }()
	kind := ""
	if p.src[toks[0].start] == 'u' {
		kind = "u"
	}
	// Single plain token: the common case.
	bytesMode := false
	fmode := false
	for i := range toks {
		pre := prefixOf(p.src[toks[i].start:toks[i].end])
		isBytes := strings.ContainsAny(pre, "bB")
		if i == 0 {
			bytesMode = isBytes
		} else if isBytes != bytesMode {
			p.errorTok(p.strErrTok(&toks[len(toks)-1]), "cannot mix bytes and nonbytes literals")
		}
		if strings.ContainsAny(pre, "fF") {
			fmode = true
		}
	}
	if bytesMode {
		var buf []byte
		for i := range toks {
			buf = append(buf, p.decodeLiteral(&toks[i], nil)...)
		}
		return &Constant{Pos: pos, Value: BytesConst(buf)}
	}
	if !fmode {
		if len(toks) == 1 {
			return &Constant{Pos: pos, Value: StrConst(p.decodeLiteral(&toks[0], nil)), Kind: kind}
		}
		var buf []byte
		for i := range toks {
			buf = p.decodeLiteral(&toks[i], buf)
		}
		return &Constant{Pos: pos, Value: StrConst(buf), Kind: kind}
	}
	sp := &strParts{p: p, fmode: true, pos: pos, kind: kind}
	for i := range toks {
		t := &toks[i]
		text := p.src[t.start:t.end]
		pre := prefixOf(text)
		if !strings.ContainsAny(pre, "fF") {
			sp.addLit(p.decodeLiteral(t, nil))
			continue
		}
		body, _ := literalBody(text)
		raw := strings.ContainsAny(pre, "rR")
		bodyOff := int(t.start) + len(text) - len(body) - quoteLen(text)
		rest := p.fstringParse(sp, t, body, bodyOff, raw, 0)
		if len(rest) != 0 {
			// A '}' ended the top level: fstring_find_literal catches single
			// '}' so this only happens for malformed input.
			p.errorTok(p.strErrTok(t), "f-string: single '}' is not allowed")
		}
	}
	sp.flush(pos)
	return &JoinedStr{Pos: pos, Values: sp.values}
}

func prefixOf(text []byte) string {
	i := 0
	for i < len(text) && text[i] != '\'' && text[i] != '"' {
		i++
	}
	return string(text[:i])
}

func quoteLen(text []byte) int {
	q := text[len(text)-1]
	if len(text) >= 6 && text[len(text)-2] == q && text[len(text)-3] == q {
		pre := prefixOf(text)
		if len(text)-len(pre) >= 6 && text[len(pre)+1] == q && text[len(pre)+2] == q {
			return 3
		}
	}
	return 1
}

// literalBody returns the text between the quotes and the prefix.
func literalBody(text []byte) ([]byte, string) {
	pre := prefixOf(text)
	q := quoteLen(text)
	return text[len(pre)+q : len(text)-q], pre
}

// decodeLiteral appends the value of a non-f string or bytes token to buf.
func (p *parser) decodeLiteral(t *token, buf []byte) []byte {
	text := p.src[t.start:t.end]
	body, pre := literalBody(text)
	raw := strings.ContainsAny(pre, "rR")
	isBytes := strings.ContainsAny(pre, "bB")
	if isBytes {
		for _, c := range body {
			if c >= 0x80 {
				p.errorTok(t, "bytes can only contain ASCII literal characters")
			}
		}
	}
	if raw || bytes.IndexByte(body, '\\') < 0 {
		if !isBytes {
			if msg := utf8ErrorMsg(body); msg != "" {
				p.errorTok(p.strErrTok(t), msg)
			}
		}
		return append(buf, body...)
	}
	if !isBytes {
		p.checkUTF8Runs(t, body)
	}
	return p.unescape(t, body, isBytes, buf)
}

// unescape decodes backslash escapes (CPython's unicode-escape or
// bytes-escape decoding), appending to buf.
func (p *parser) unescape(t *token, s []byte, isBytes bool, buf []byte) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c != '\\' {
			j := i + 1
			for j < len(s) && s[j] != '\\' {
				j++
			}
			buf = append(buf, s[i:j]...)
			i = j
			continue
		}
		escStart := i
		i++
		if i >= len(s) {
			buf = append(buf, '\\')
			break
		}
		c = s[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			buf = append(buf, c)
		case 'a':
			buf = append(buf, 7)
		case 'b':
			buf = append(buf, 8)
		case 'f':
			buf = append(buf, 12)
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'v':
			buf = append(buf, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < len(s) && s[i] >= '0' && s[i] <= '7'; k++ {
				v = v*8 + rune(s[i]-'0')
				i++
			}
			if isBytes {
				buf = append(buf, byte(v))
			} else {
				buf = appendWTF8(buf, v)
			}
		case 'x':
			v, ok := hexValue(s, i, 2)
			if !ok {
				p.escapeError(t, isBytes, escStart, hexEnd(s, i, 2), s, "truncated \\xXX escape")
			}
			i += 2
			if isBytes {
				buf = append(buf, byte(v))
			} else {
				buf = appendWTF8(buf, v)
			}
		case 'u', 'U', 'N':
			if isBytes {
				buf = append(buf, '\\', c)
				continue
			}
			if c == 'N' {
				if i >= len(s) || s[i] != '{' {
					p.escapeError(t, false, escStart, i, s, "malformed \\N character escape")
				}
				end := bytes.IndexByte(s[i:], '}')
				if end < 0 {
					p.escapeError(t, false, escStart, len(s), s, "malformed \\N character escape")
				}
				name := string(s[i+1 : i+end])
				r, ok := lookupUnicodeName(name)
				if !ok {
					p.escapeError(t, false, escStart, i+end+1, s, "unknown Unicode character name")
				}
				i += end + 1
				buf = appendWTF8(buf, r)
				continue
			}
			n := 4
			what := "truncated \\uXXXX escape"
			if c == 'U' {
				n = 8
				what = "truncated \\UXXXXXXXX escape"
			}
			v, ok := hexValue(s, i, n)
			if !ok {
				p.escapeError(t, false, escStart, hexEnd(s, i, n), s, what)
			}
			if v > 0x10FFFF {
				p.escapeError(t, false, escStart, i+n, s, "illegal Unicode character")
			}
			i += n
			buf = appendWTF8(buf, v)
		default:
			// Unknown escape: kept as is (CPython warns).
			buf = append(buf, '\\')
			i--
		}
	}
	return buf
}

// hexEnd returns the end of the run of at most n hex digits at s[i:].
func hexEnd(s []byte, i, n int) int {
	j := i
	for j < len(s) && j < i+n && (isDigit(s[j]) || s[j]|0x20 >= 'a' && s[j]|0x20 <= 'f') {
		j++
	}
	return j
}

// strErrTok returns the token string errors are reported at.
func (p *parser) strErrTok(t *token) *token {
	if p.strErr != nil {
		return p.strErr
	}
	return t
}

func hexValue(s []byte, i, n int) (rune, bool) {
	if i+n > len(s) {
		return 0, false
	}
	var v rune
	for k := 0; k < n; k++ {
		c := s[i+k]
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c|0x20 >= 'a' && c|0x20 <= 'f':
			d = c | 0x20 - 'a' + 10
		default:
			return 0, false
		}
		v = v<<4 | rune(d)
	}
	return v, true
}

// appendWTF8 appends r in UTF-8, or a lone surrogate in its 3-byte form.
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// escapeError reports a bad escape as CPython's "(unicode error)".
func (p *parser) escapeError(t *token, isBytes bool, start, end int, s []byte, what string) {
	codec := "unicodeescape"
	if isBytes {
		p.errorTok(p.strErrTok(t), fmt.Sprintf("(value error) invalid \\x escape at position %d", start))
	}
	// Positions are in code points of the escaped text before the error.
	cs := utf8.RuneCount(s[:start])
	ce := cs + utf8.RuneCount(s[start:min(end, len(s))]) - 1
	if ce < cs {
		ce = cs
	}
	msg := fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: %s", codec, cs, ce, what)
	if ce == cs {
		msg = fmt.Sprintf("(unicode error) '%s' codec can't decode byte 0x5c in position %d: %s", codec, cs, what)
	}
	p.errorTok(p.strErrTok(t), msg)
}

// fstringParse parses the f-string text s (a tail of token t's body, which
// starts at byte offset bodyOff in p.src) into sp, at nesting level lvl. It
// returns the unconsumed rest: empty at top level, starting at the '}' that
// ends a nested format spec.
func (p *parser) fstringParse(sp *strParts, t *token, s []byte, bodyOff int, raw bool, lvl int) []byte {
	for {
		// fstring_find_literal
		i := 0
		litStart := 0
		for i < len(s) {
			c := s[i]
			i++
			if !raw && c == '\\' && i < len(s) {
				c = s[i]
				i++
				if c == 'N' {
					if i < len(s) && s[i] == '{' {
						i++
						for i < len(s) && s[i] != '}' {
							i++
						}
						if i < len(s) {
							i++
						}
						continue
					}
					break
				}
			}
			if c == '{' || c == '}' {
				if lvl == 0 && i < len(s) && s[i] == c {
					// Doubled brace: the literal includes one of them.
					sp.addLit(p.fstringLiteral(t, s[litStart:i], raw))
					i++
					litStart = i
					continue
				}
				if lvl == 0 && c == '}' {
					p.errorTok(p.strErrTok(t), "f-string: single '}' is not allowed")
				}
				i--
				break
			}
		}
		sp.addLit(p.fstringLiteral(t, s[litStart:i], raw))
		s = s[i:]
		if len(s) == 0 || s[0] == '}' {
			return s
		}
		// s[0] == '{': a replacement field.
		s = p.fstringExpr(sp, t, s, bodyOff, raw, lvl)
	}
}

// checkUTF8Runs checks each run of non-ASCII bytes of s on its own, as
// CPython's decode_unicode_with_escapes does (error positions are relative to
// the run).
func (p *parser) checkUTF8Runs(t *token, s []byte) {
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] >= 0x80 {
			j++
		}
		if msg := utf8ErrorMsg(s[i:j]); msg != "" {
			p.errorTok(p.strErrTok(t), msg)
		}
		i = j
	}
}

func (p *parser) fstringLiteral(t *token, lit []byte, raw bool) []byte {
	if raw {
		if msg := utf8ErrorMsg(lit); msg != "" {
			p.errorTok(p.strErrTok(t), msg)
		}
		return lit
	}
	p.checkUTF8Runs(t, lit)
	if bytes.IndexByte(lit, '\\') < 0 {
		return lit
	}
	return p.unescape(t, lit, false, nil)
}

// fstringExpr parses one replacement field starting at the '{' in s and
// returns the text after its closing '}'.
func (p *parser) fstringExpr(sp *strParts, t *token, s []byte, bodyOff int, raw bool, lvl int) []byte {
	if lvl >= 2 {
		p.errorTok(p.strErrTok(t), "f-string: expressions nested too deeply")
	}
	i := 1
	exprStart := 1
	var quote byte
	strType := 0
	var stack []byte
	for i < len(s) {
		c := s[i]
		if c == '\\' {
			p.errorTok(p.strErrTok(t), "f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if strType == 3 {
					if i+2 < len(s) && s[i+1] == c && s[i+2] == c {
						i += 3
						quote, strType = 0, 0
						continue
					}
				} else {
					i++
					quote, strType = 0, 0
					continue
				}
			}
			i++
			continue
		}
		switch {
		case c == '\'' || c == '"':
			if i+2 < len(s) && s[i+1] == c && s[i+2] == c {
				strType = 3
				i += 2
			} else {
				strType = 1
			}
			quote = c
		case c == '[' || c == '{' || c == '(':
			if len(stack) >= maxLevel {
				p.errorTok(p.strErrTok(t), "f-string: too many nested parenthesis")
			}
			stack = append(stack, c)
		case c == '#':
			p.errorTok(p.strErrTok(t), "f-string expression part cannot include '#'")
		case len(stack) == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<'):
			if i+1 < len(s) {
				nx := s[i+1]
				if c == '!' && nx == '=' || c == '=' && nx == '=' || c == '<' && nx == '=' || c == '>' && nx == '=' {
					i += 2
					continue
				}
			}
			if c == '>' || c == '<' {
				i++
				continue
			}
			goto out
		case c == ']' || c == '}' || c == ')':
			if len(stack) == 0 {
				p.errorTok(p.strErrTok(t), fmt.Sprintf("f-string: unmatched '%c'", c))
			}
			open := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}') {
				p.errorTok(p.strErrTok(t), fmt.Sprintf("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open))
			}
		}
		i++
	}
out:
	exprEnd := i
	if quote != 0 {
		p.errorTok(p.strErrTok(t), "f-string: unterminated string")
	}
	if len(stack) > 0 {
		p.errorTok(p.strErrTok(t), fmt.Sprintf("f-string: unmatched '%c'", stack[len(stack)-1]))
	}
	if i >= len(s) {
		p.errorTok(p.strErrTok(t), "f-string: expecting '}'")
	}
	expr := p.fstringCompileExpr(t, s[exprStart:exprEnd], cap(p.src)-cap(s)+exprStart)
	var exprText []byte
	if s[i] == '=' {
		i++
		for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
			i++
		}
		if i >= len(s) {
			p.errorTok(p.strErrTok(t), "f-string: expecting '}'")
		}
		exprText = s[exprStart:i]
	}
	conversion := -1
	if s[i] == '!' {
		i++
		if i >= len(s) {
			p.errorTok(p.strErrTok(t), "f-string: expecting '}'")
		}
		conversion = int(s[i])
		i++
		if !(conversion == 's' || conversion == 'r' || conversion == 'a') {
			p.errorTok(p.strErrTok(t), "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	var spec Expr
	if i >= len(s) {
		p.errorTok(p.strErrTok(t), "f-string: expecting '}'")
	}
	if s[i] == ':' {
		i++
		if i >= len(s) {
			p.errorTok(p.strErrTok(t), "f-string: expecting '}'")
		}
		// CPython positions the spec's JoinedStr and its trailing literal at
		// the current token only; literals before a nested field and nested
		// fields get the whole concatenation's position.
		tpos := Pos{int(t.line), int(t.col), int(t.eline), int(t.ecol)}
		sub := &strParts{p: p, fmode: true, pos: sp.pos, kind: sp.kind}
		rest := p.fstringParse(sub, t, s[i:], bodyOff, raw, lvl+1)
		sub.flush(tpos)
		spec = &JoinedStr{Pos: tpos, Values: sub.values}
		i = len(s) - len(rest)
	}
	if i >= len(s) || s[i] != '}' {
		p.errorTok(p.strErrTok(t), "f-string: expecting '}'")
	}
	i++
	if exprText != nil {
		sp.addLit(exprText)
		if spec == nil && conversion == -1 {
			conversion = 'r'
		}
	}
	sp.flush(sp.pos)
	sp.values = append(sp.values, &FormattedValue{Pos: sp.pos, Value: expr, Conversion: conversion, FormatSpec: spec})
	return s[i:]
}

// fstringCompileExpr parses the expression text of a replacement field
// (CPython's fstring_compile_expr). off is the byte offset of text in p.src.
func (p *parser) fstringCompileExpr(t *token, text []byte, off int) Expr {
	allSpace := true
	for _, c := range text {
		if !(c == ' ' || c == '\t' || c == '\n' || c == '\f') {
			allSpace = false
			break
		}
	}
	if allSpace {
		p.errorTok(p.strErrTok(t), "f-string: empty expression not allowed")
	}
	// Where the field sits within the token text (fstring_find_expr_location).
	tokText := p.src[t.start:t.end]
	brace := off - 1 - int(t.start) // offset of '{' in the token text
	lines, cols := int32(0), int32(0)
	newlineAfterBrace := true
	for k := brace + 1; k < len(tokText) && tokText[k] != '}' && tokText[k] != '\n'; k++ {
		if c := tokText[k]; c != ' ' && c != '\t' && c != '\f' {
			newlineAfterBrace = false
			break
		}
	}
	if !newlineAfterBrace {
		k := brace
		for k > 0 && tokText[k] != '\n' {
			k--
		}
		cols = int32(brace - k)
		if tokText[k] == '\n' {
			cols--
		}
	}
	for _, c := range tokText[:brace] {
		if c == '\n' {
			lines++
		}
	}
	lineBase := t.line + lines - 1
	colBase := cols
	if lines == 0 {
		colBase = t.col + cols
	}
	buf := make([]byte, 0, len(text)+2)
	buf = append(buf, '(')
	buf = append(buf, text...)
	buf = append(buf, ')')
	sub := newParser(p.filename, buf, lineBase, colBase, p, nil)
	sub.depth = p.depth
	e := sub.starExpressions()
	for sub.kind() == tokNewline {
		sub.next()
	}
	if sub.kind() != tokEOF {
		sub.syntaxError()
	}
	return e
}
