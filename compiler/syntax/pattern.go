package syntax

// tryMatchStmt parses a match statement if the soft keyword "match" at the
// current position starts one, and returns nil (consuming nothing) otherwise.
//
// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
func (p *parser) tryMatchStmt() (Stmt, *token) {
	save, saveLast := p.i, p.last
	start := p.here()
	var subject Expr
	var nl *token
	ok := p.try(func() {
		p.next()
		sstart := p.here()
		e := p.starNamedExpression()
		if p.kind() == tokComma {
			elts := []Expr{e}
			for p.got(tokComma) {
				if p.kind() == tokColon {
					break
				}
				elts = append(elts, p.starNamedExpression())
			}
			e = &Tuple{Pos: p.pos(sstart), Elts: elts, Ctx: Load}
		}
		if p.kind() == tokNewline {
			nl = p.tok() // invalid_match_stmt, if nothing else parses
		}
		if p.kind() != tokColon {
			p.syntaxError()
		}
		subject = e
	})
	if !ok {
		p.i, p.last = save, saveLast
		return nil, nl
	}
	p.next() // ':'
	if p.kind() != tokNewline {
		p.syntaxError()
	}
	p.next()
	if p.kind() != tokIndent {
		p.expectedBlock("'match' statement", start.line)
	}
	p.next()
	m := &Match{Subject: subject}
	for p.kind() != tokDedent && p.kind() != tokEOF {
		if !p.isName("case") {
			p.syntaxError()
		}
		m.Cases = append(m.Cases, p.caseBlock())
	}
	if len(m.Cases) == 0 {
		p.syntaxError()
	}
	p.got(tokDedent)
	m.Pos = p.pos(start)
	return m, nil
}

// case_block: "case" patterns guard? ':' block
// guard: 'if' named_expression
func (p *parser) caseBlock() *MatchCase {
	line := p.tok().line
	p.next()
	c := &MatchCase{Pattern: p.patterns()}
	if p.got(tokIf) {
		c.Guard = p.namedExpression()
	}
	p.expectColon()
	c.Body = p.block("'case' statement", line)
	return c
}

// patterns: open_sequence_pattern | pattern
// open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
func (p *parser) patterns() Pattern {
	start := p.here()
	pat := p.maybeStarPattern()
	if p.kind() != tokComma {
		if _, ok := pat.(*MatchStar); ok {
			p.syntaxError()
		}
		return pat
	}
	pats := []Pattern{pat}
	for p.got(tokComma) {
		if p.kind() == tokColon || p.kind() == tokIf {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Pos: p.pos(start), Patterns: pats}
}

// maybe_star_pattern: star_pattern | pattern
// star_pattern: '*' pattern_capture_target | '*' wildcard_pattern
func (p *parser) maybeStarPattern() Pattern {
	if p.kind() == tokStar {
		start := p.here()
		p.next()
		if p.kind() != tokName {
			p.syntaxError()
		}
		name := p.name()
		if name == "_" {
			name = ""
		}
		return &MatchStar{Pos: p.pos(start), Name: name}
	}
	return p.pattern()
}

// pattern: as_pattern | or_pattern
// as_pattern: or_pattern 'as' pattern_capture_target
func (p *parser) pattern() Pattern {
	p.enter()
	defer p.leave()
	start := p.here()
	pat := p.orPattern()
	if p.got(tokAs) {
		if p.kind() != tokName {
			p.syntaxError()
		}
		t := p.tok()
		name := p.name()
		if name == "_" {
			p.errorTok(t, "cannot use '_' as a target")
		}
		return &MatchAs{Pos: p.pos(start), Pattern: pat, Name: name}
	}
	return pat
}

// or_pattern: '|'.closed_pattern+
func (p *parser) orPattern() Pattern {
	start := p.here()
	pat := p.closedPattern()
	if p.kind() != tokVbar {
		return pat
	}
	pats := []Pattern{pat}
	for p.got(tokVbar) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Pos: p.pos(start), Patterns: pats}
}

// closed_pattern:
//
//	| literal_pattern | capture_pattern | wildcard_pattern | value_pattern
//	| group_pattern | sequence_pattern | mapping_pattern | class_pattern
func (p *parser) closedPattern() Pattern {
	start := p.here()
	switch p.kind() {
	case tokNumber, tokMinus:
		e := p.literalNumber()
		return &MatchValue{Pos: e.Position(), Value: e}
	case tokString:
		e := p.strings()
		return &MatchValue{Pos: e.Position(), Value: e}
	case tokNone, tokTrue, tokFalse:
		var v Const = NoneConst{}
		if p.kind() == tokTrue {
			v = BoolConst(true)
		} else if p.kind() == tokFalse {
			v = BoolConst(false)
		}
		p.next()
		return &MatchSingleton{Pos: p.pos(start), Value: v}
	case tokName:
		nameTok := *p.tok()
		e := p.nameOrAttr()
		if p.kind() == tokLpar {
			return p.classPattern(start, e)
		}
		if n, ok := e.(*Name); ok {
			if n.Id == "_" {
				return &MatchAs{Pos: n.Pos}
			}
			_ = nameTok
			return &MatchAs{Pos: n.Pos, Name: n.Id}
		}
		return &MatchValue{Pos: e.Position(), Value: e}
	case tokLpar:
		// group_pattern: '(' pattern ')'
		// sequence_pattern: '(' open_sequence_pattern? ')'
		p.next()
		if p.got(tokRpar) {
			return &MatchSequence{Pos: p.pos(start)}
		}
		pat := p.maybeStarPattern()
		if p.kind() == tokRpar {
			if _, ok := pat.(*MatchStar); !ok {
				p.next()
				return pat
			}
		}
		pats := []Pattern{pat}
		if p.kind() != tokRpar {
			p.expect(tokComma)
			for p.kind() != tokRpar {
				pats = append(pats, p.maybeStarPattern())
				if !p.got(tokComma) {
					break
				}
			}
		}
		p.expect(tokRpar)
		return &MatchSequence{Pos: p.pos(start), Patterns: pats}
	case tokLsqb:
		// sequence_pattern: '[' maybe_sequence_pattern? ']'
		p.next()
		var pats []Pattern
		for p.kind() != tokRsqb {
			pats = append(pats, p.maybeStarPattern())
			if !p.got(tokComma) {
				break
			}
		}
		p.expect(tokRsqb)
		return &MatchSequence{Pos: p.pos(start), Patterns: pats}
	case tokLbrace:
		return p.mappingPattern()
	}
	p.syntaxError()
	return nil
}

// nameOrAttr: attr | NAME   (attr: name_or_attr '.' NAME)
func (p *parser) nameOrAttr() Expr {
	start := p.here()
	var e Expr = &Name{Pos: p.pos0(), Id: p.name(), Ctx: Load}
	for p.got(tokDot) {
		attr := p.name()
		e = &Attribute{Pos: p.pos(start), Value: e, Attr: attr, Ctx: Load}
	}
	return e
}

// literalNumber parses signed_number or complex_number.
//
// signed_number: NUMBER | '-' NUMBER
// complex_number: signed_real_number ('+' | '-') imaginary_number
func (p *parser) literalNumber() Expr {
	start := p.here()
	var e Expr
	if p.got(tokMinus) {
		if p.kind() != tokNumber {
			p.syntaxError()
		}
		t := *p.tok()
		p.next()
		c := &Constant{Pos: p.pos(loc{t.line, t.col}), Value: p.number(&t)}
		e = &UnaryOp{Pos: p.pos(start), Op: USub, Operand: c}
	} else {
		t := *p.tok()
		p.next()
		e = &Constant{Pos: p.pos(start), Value: p.number(&t)}
	}
	if p.kind() == tokPlus || p.kind() == tokMinus {
		if isImaginary(e) {
			p.errorNode(e, "real number required in complex literal")
		}
		op := Add
		if p.kind() == tokMinus {
			op = Sub
		}
		p.next()
		if p.kind() != tokNumber {
			p.syntaxError()
		}
		t := *p.tok()
		p.next()
		r := &Constant{Pos: p.pos(loc{t.line, t.col}), Value: p.number(&t)}
		if !isImaginary(r) {
			p.errorNode(r, "imaginary number required in complex literal")
		}
		e = &BinOp{Pos: p.pos(start), Left: e, Op: op, Right: r}
	}
	return e
}

func isImaginary(e Expr) bool {
	if u, ok := e.(*UnaryOp); ok {
		e = u.Operand
	}
	c, ok := e.(*Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(ComplexConst)
	return ok
}

// class_pattern:
//
//	| name_or_attr '(' ')'
//	| name_or_attr '(' positional_patterns ','? ')'
//	| name_or_attr '(' keyword_patterns ','? ')'
//	| name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
//
// keyword_pattern: NAME '=' pattern
func (p *parser) classPattern(start loc, cls Expr) Pattern {
	p.next()
	mc := &MatchClass{Cls: cls}
	for p.kind() != tokRpar {
		if p.kind() == tokName && p.peekKind(1) == tokEqual {
			mc.KwdAttrs = append(mc.KwdAttrs, p.name())
			p.next()
			mc.KwdPatterns = append(mc.KwdPatterns, p.pattern())
		} else {
			pat := p.pattern()
			if len(mc.KwdAttrs) > 0 {
				p.errorNode(pat, "positional patterns follow keyword patterns")
			}
			mc.Patterns = append(mc.Patterns, pat)
		}
		if !p.got(tokComma) {
			break
		}
	}
	p.expect(tokRpar)
	mc.Pos = p.pos(start)
	return mc
}

// mapping_pattern:
//
//	| '{' '}'
//	| '{' double_star_pattern ','? '}'
//	| '{' items_pattern ',' double_star_pattern ','? '}'
//	| '{' items_pattern ','? '}'
//
// key_value_pattern: (literal_expr | attr) ':' pattern
// double_star_pattern: '**' pattern_capture_target
func (p *parser) mappingPattern() Pattern {
	start := p.here()
	p.next()
	mm := &MatchMapping{}
	for p.kind() != tokRbrace {
		if p.got(tokDoubleStar) {
			mm.Rest = p.name()
			p.got(tokComma)
			break
		}
		var key Expr
		switch p.kind() {
		case tokNumber, tokMinus:
			key = p.literalNumber()
		case tokString:
			key = p.strings()
		case tokNone, tokTrue, tokFalse:
			key = p.atom()
		case tokName:
			key = p.nameOrAttr()
			if _, ok := key.(*Name); ok {
				p.syntaxError()
			}
		default:
			p.syntaxError()
		}
		p.expect(tokColon)
		mm.Keys = append(mm.Keys, key)
		mm.Patterns = append(mm.Patterns, p.pattern())
		if !p.got(tokComma) {
			break
		}
	}
	p.expect(tokRbrace)
	mm.Pos = p.pos(start)
	return mm
}
