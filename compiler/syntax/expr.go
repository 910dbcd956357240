package syntax

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// star_expressions:
//
//	| star_expression (',' star_expression )+ [','] -> Tuple
//	| star_expression ',' -> Tuple
//	| star_expression
func (p *parser) starExpressions() Expr {
	start := p.here()
	e := p.starExpression()
	if p.kind() != tokComma {
		return e
	}
	elts := []Expr{e}
	for p.got(tokComma) {
		if !canStartExpr(p.kind()) {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &Tuple{Pos: p.pos(start), Elts: elts, Ctx: Load}
}

// star_expression: '*' bitwise_or | expression
func (p *parser) starExpression() Expr {
	if p.kind() == tokStar {
		start := p.here()
		p.next()
		v := p.bitwiseOr()
		return &Starred{Pos: p.pos(start), Value: v, Ctx: Load}
	}
	return p.expression()
}

// expressions: expression (',' expression )+ [','] | expression ',' | expression
func (p *parser) expressions() Expr {
	start := p.here()
	e := p.expression()
	if p.kind() != tokComma {
		return e
	}
	elts := []Expr{e}
	for p.got(tokComma) {
		if !canStartExpr(p.kind()) {
			break
		}
		elts = append(elts, p.expression())
	}
	return &Tuple{Pos: p.pos(start), Elts: elts, Ctx: Load}
}

// star_named_expression: '*' bitwise_or | named_expression
func (p *parser) starNamedExpression() Expr {
	if p.kind() == tokStar {
		start := p.here()
		p.next()
		v := p.bitwiseOr()
		return &Starred{Pos: p.pos(start), Value: v, Ctx: Load}
	}
	return p.namedExpression()
}

// named_expression: assignment_expression | expression !':='
// assignment_expression: NAME ':=' ~ expression
func (p *parser) namedExpression() Expr {
	if p.kind() == tokName && p.peekKind(1) == tokColonEq {
		start := p.here()
		target := &Name{Pos: p.pos0(), Id: p.ident(p.tok()), Ctx: Store}
		p.next()
		p.next()
		v := p.expression()
		return &NamedExpr{Pos: p.pos(start), Target: target, Value: v}
	}
	e := p.expression()
	if p.kind() == tokColonEq {
		p.errorNode(e, fmt.Sprintf("cannot use assignment expressions with %s", exprName(e)))
	}
	return e
}

// pos0 is the position of the current token alone.
func (p *parser) pos0() Pos {
	t := p.tok()
	return Pos{int(t.line), int(t.col), int(t.eline), int(t.ecol)}
}

// expression:
//
//	| disjunction 'if' disjunction 'else' expression
//	| disjunction
//	| lambdef
func (p *parser) expression() Expr {
	p.enter()
	defer p.leave()
	if p.kind() == tokLambda {
		return p.lambdef()
	}
	start := p.here()
	body := p.disjunction()
	if p.kind() != tokIf {
		return body
	}
	p.next()
	test := p.disjunction()
	if p.kind() != tokElse {
		if p.kind() != tokColon {
			p.errorRange(body, test, "expected 'else' after 'if' expression")
		}
		p.syntaxError()
	}
	p.next()
	orelse := p.expression()
	return &IfExp{Pos: p.pos(start), Test: test, Body: body, Orelse: orelse}
}

// yield_expr: 'yield' 'from' a=expression | 'yield' [star_expressions]
func (p *parser) yieldExpr() Expr {
	start := p.here()
	p.next()
	if p.got(tokFrom) {
		v := p.expression()
		return &YieldFrom{Pos: p.pos(start), Value: v}
	}
	var v Expr
	if canStartExpr(p.kind()) {
		v = p.starExpressions()
	}
	return &Yield{Pos: p.pos(start), Value: v}
}

// canStartExpr reports whether a token can begin an expression.
func canStartExpr(k tokKind) bool {
	switch k {
	case tokName, tokNumber, tokString, tokLpar, tokLsqb, tokLbrace, tokMinus, tokPlus, tokTilde,
		tokStar, tokNot, tokLambda, tokAwait, tokTrue, tokFalse, tokNone, tokEllipsis, tokYield:
		return true
	}
	return false
}

// disjunction: conjunction ('or' conjunction )+ | conjunction
func (p *parser) disjunction() Expr {
	start := p.here()
	e := p.conjunction()
	if p.kind() != tokOr {
		return e
	}
	vals := []Expr{e}
	for p.got(tokOr) {
		vals = append(vals, p.conjunction())
	}
	return &BoolOp{Pos: p.pos(start), Op: Or, Values: vals}
}

// conjunction: inversion ('and' inversion )+ | inversion
func (p *parser) conjunction() Expr {
	start := p.here()
	e := p.inversion()
	if p.kind() != tokAnd {
		return e
	}
	vals := []Expr{e}
	for p.got(tokAnd) {
		vals = append(vals, p.inversion())
	}
	return &BoolOp{Pos: p.pos(start), Op: And, Values: vals}
}

// inversion: 'not' inversion | comparison
func (p *parser) inversion() Expr {
	if p.kind() == tokNot {
		p.enter()
		defer p.leave()
		start := p.here()
		p.next()
		e := p.inversion()
		return &UnaryOp{Pos: p.pos(start), Op: Not, Operand: e}
	}
	return p.comparison()
}

// comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or
func (p *parser) comparison() Expr {
	start := p.here()
	e := p.bitwiseOr()
	var ops []Cmpop
	var comps []Expr
	for {
		var op Cmpop
		switch p.kind() {
		case tokEqEqual:
			op = Eq
		case tokNotEqual:
			op = NotEq
		case tokLess:
			op = Lt
		case tokLessEq:
			op = LtE
		case tokGreater:
			op = Gt
		case tokGreaterEq:
			op = GtE
		case tokIn:
			op = In
		case tokIs:
			op = Is
			if p.peekKind(1) == tokNot {
				p.next()
				op = IsNot
			}
		case tokNot:
			if p.peekKind(1) != tokIn {
				goto done
			}
			p.next()
			op = NotIn
		default:
			goto done
		}
		p.next()
		ops = append(ops, op)
		comps = append(comps, p.bitwiseOr())
	}
done:
	if ops == nil {
		return e
	}
	return &Compare{Pos: p.pos(start), Left: e, Ops: ops, Comparators: comps}
}

// binOp returns the operator and precedence of a binary-operator token.
func binOp(k tokKind) (Operator, int) {
	switch k {
	case tokVbar:
		return BitOr, 1
	case tokCircumflex:
		return BitXor, 2
	case tokAmper:
		return BitAnd, 3
	case tokLshift:
		return LShift, 4
	case tokRshift:
		return RShift, 4
	case tokPlus:
		return Add, 5
	case tokMinus:
		return Sub, 5
	case tokStar:
		return Mult, 6
	case tokSlash:
		return Div, 6
	case tokDoubleSlash:
		return FloorDiv, 6
	case tokPercent:
		return Mod, 6
	case tokAt:
		return MatMult, 6
	}
	return 0, 0
}

// bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor
// bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and
// bitwise_and: bitwise_and '&' shift_expr | shift_expr
// shift_expr: shift_expr ('<<'|'>>') sum | sum
// sum: sum ('+'|'-') term | term
// term: term ('*'|'/'|'//'|'%'|'@') factor | factor
func (p *parser) bitwiseOr() Expr { return p.binary(1) }

func (p *parser) binary(minPrec int) Expr {
	start := p.here()
	x := p.factor()
	for {
		op, prec := binOp(p.kind())
		if prec < minPrec || prec == 0 {
			return x
		}
		p.next()
		y := p.binary(prec + 1)
		x = &BinOp{Pos: p.pos(start), Left: x, Op: op, Right: y}
	}
}

// factor: '+' factor | '-' factor | '~' factor | power
func (p *parser) factor() Expr {
	var op Unaryop
	switch p.kind() {
	case tokPlus:
		op = UAdd
	case tokMinus:
		op = USub
	case tokTilde:
		op = Invert
	default:
		return p.power()
	}
	p.enter()
	defer p.leave()
	start := p.here()
	p.next()
	e := p.factor()
	return &UnaryOp{Pos: p.pos(start), Op: op, Operand: e}
}

// power: await_primary '**' factor | await_primary
// await_primary: AWAIT primary | primary
func (p *parser) power() Expr {
	start := p.here()
	var e Expr
	if p.kind() == tokAwait {
		p.next()
		v := p.primary()
		e = &Await{Pos: p.pos(start), Value: v}
	} else {
		e = p.primary()
	}
	if p.kind() == tokDoubleStar {
		p.enter()
		defer p.leave()
		p.next()
		r := p.factor()
		e = &BinOp{Pos: p.pos(start), Left: e, Op: Pow, Right: r}
	}
	return e
}

// primary:
//
//	| primary '.' NAME
//	| primary genexp
//	| primary '(' [arguments] ')'
//	| primary '[' slices ']'
//	| atom
func (p *parser) primary() Expr {
	start := p.here()
	e := p.atom()
	for {
		switch p.kind() {
		case tokDot:
			p.next()
			if p.kind() != tokName {
				p.syntaxError()
			}
			attr := p.ident(p.tok())
			p.next()
			e = &Attribute{Pos: p.pos(start), Value: e, Attr: attr, Ctx: Load}
		case tokLpar:
			lpar := p.here()
			p.next()
			args, kws := p.callArgs(lpar)
			e = &Call{Pos: p.pos(start), Func: e, Args: args, Keywords: kws}
		case tokLsqb:
			p.next()
			s := p.slices()
			p.expect(tokRsqb)
			e = &Subscript{Pos: p.pos(start), Value: e, Slice: s, Ctx: Load}
		default:
			return e
		}
	}
}

// callArgs parses call arguments after the '(' (at lpar) through the ')'.
//
// arguments: args [','] &')'
// args:
//
//	| ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs ]
//	| kwargs
func (p *parser) callArgs(lpar loc) ([]Expr, []*Keyword) {
	var args []Expr
	var kws []*Keyword
	noGenexp := p.noGenexp // class bases
	p.noGenexp = false
	sawKw, sawDStar := false, false
	posErr := "" // reported at the closing parenthesis, as CPython does
	for p.kind() != tokRpar {
		start := p.here()
		switch {
		case p.kind() == tokStar:
			if sawDStar || sawKw && !canStartExpr(p.peekKind(1)) {
				p.errorTok(p.tok(), "iterable argument unpacking follows keyword argument unpacking")
			}
			p.next()
			v := p.expression()
			st := &Starred{Pos: p.pos(start), Value: v, Ctx: Load}
			if p.kind() == tokFor || p.kind() == tokAsync {
				p.errorNode(st, "iterable unpacking cannot be used in comprehension")
			}
			args = append(args, st)
			p.afterArg(v)
		case p.kind() == tokDoubleStar:
			p.next()
			v := p.expression()
			kws = append(kws, &Keyword{Pos: p.pos(start), Value: v})
			sawDStar = true
			p.afterArg(v)
		case p.kind() == tokName && p.peekKind(1) == tokEqual:
			name := p.ident(p.tok())
			p.next()
			p.next()
			v := p.expression()
			kws = append(kws, &Keyword{Pos: p.pos(start), Arg: name, Value: v})
			sawKw = true
			p.afterArg(v)
		default:
			e := p.namedExpression()
			if (p.kind() == tokFor || p.kind() == tokAsync) && noGenexp {
				p.syntaxError()
			}
			if p.kind() == tokFor || p.kind() == tokAsync {
				gens := p.compFor()
				if len(args) == 0 && len(kws) == 0 && p.kind() == tokRpar && posErr == "" {
					p.next()
					ge := &GeneratorExp{Pos: p.pos(lpar), Elt: e, Generators: gens}
					return []Expr{ge}, nil
				}
				ge := &GeneratorExp{Pos: p.pos(start), Elt: e, Generators: gens}
				p.errorNode(ge, "Generator expression must be parenthesized")
			}
			if p.kind() == tokEqual {
				p.invalidKwarg(e)
			}
			if posErr == "" && sawDStar {
				posErr = "positional argument follows keyword argument unpacking"
			} else if posErr == "" && sawKw {
				posErr = "positional argument follows keyword argument"
			}
			args = append(args, e)
			p.afterArg(e)
		}
		if !p.got(tokComma) {
			break
		}
	}
	if p.kind() != tokRpar {
		p.syntaxError()
	}
	if posErr != "" {
		p.errorTok(p.tok(), posErr)
	}
	p.next()
	return args, kws
}

// invalidKwarg reports an invalid keyword argument target (invalid_kwarg).
func (p *parser) invalidKwarg(e Expr) {
	if c, ok := e.(*Constant); ok {
		switch c.Value.(type) {
		case BoolConst, NoneConst:
			p.errorRange(e, e, fmt.Sprintf("cannot assign to %s", exprName(e)))
		}
	}
	p.errorNode(e, `expression cannot contain assignment, perhaps you meant "=="?`)
}

// slices:
//
//	| slice !','
//	| ','.(slice | starred_expression)+ [','] -> Tuple
func (p *parser) slices() Expr {
	start := p.here()
	first := p.slice()
	if p.kind() != tokComma {
		if _, ok := first.(*Starred); !ok {
			return first
		}
	}
	elts := []Expr{first}
	for p.got(tokComma) {
		if p.kind() == tokRsqb {
			break
		}
		elts = append(elts, p.slice())
	}
	if k := p.kind(); k != tokRsqb {
		last := elts[len(elts)-1]
		if s, ok := last.(*Starred); ok {
			last = s.Value
		}
		p.invalidInDisplay(last)
	}
	return &Tuple{Pos: p.pos(start), Elts: elts, Ctx: Load}
}

// slice: [expression] ':' [expression] [':' [expression] ] | named_expression
// (and starred_expression inside a tuple of slices)
func (p *parser) slice() Expr {
	start := p.here()
	if p.kind() == tokStar {
		p.next()
		v := p.expression()
		return &Starred{Pos: p.pos(start), Value: v, Ctx: Load}
	}
	var lower Expr
	if p.kind() != tokColon {
		lower = p.namedExpression()
		if p.kind() != tokColon {
			return lower
		}
	}
	p.next()
	s := &Slice{Lower: lower}
	if k := p.kind(); k != tokColon && k != tokComma && k != tokRsqb {
		s.Upper = p.expression()
	}
	if p.got(tokColon) {
		if k := p.kind(); k != tokComma && k != tokRsqb {
			s.Step = p.expression()
		}
	}
	s.Pos = p.pos(start)
	return s
}

// atom:
//
//	| NAME | 'True' | 'False' | 'None' | strings | NUMBER
//	| (tuple | group | genexp) | (list | listcomp) | (dict | set | dictcomp | setcomp)
//	| '...'
func (p *parser) atom() Expr {
	t := p.tok()
	switch t.kind {
	case tokName:
		p.next()
		return &Name{Pos: p.pos(loc{t.line, t.col}), Id: p.ident(t), Ctx: Load}
	case tokTrue, tokFalse, tokNone, tokEllipsis:
		var v Const
		switch t.kind {
		case tokTrue:
			v = BoolConst(true)
		case tokFalse:
			v = BoolConst(false)
		case tokNone:
			v = NoneConst{}
		default:
			v = EllipsisConst{}
		}
		p.next()
		return &Constant{Pos: p.pos(loc{t.line, t.col}), Value: v}
	case tokNumber:
		p.next()
		return &Constant{Pos: p.pos(loc{t.line, t.col}), Value: p.number(t)}
	case tokString:
		return p.strings()
	case tokLpar:
		return p.parenAtom()
	case tokLsqb:
		return p.listAtom()
	case tokLbrace:
		return p.braceAtom()
	}
	p.syntaxError()
	return nil
}

// number converts a NUMBER token to its value.
func (p *parser) number(t *token) Const {
	text := p.text(t)
	s := string(text)
	if strings.IndexByte(s, '_') >= 0 {
		s = strings.ReplaceAll(s, "_", "")
	}
	last := s[len(s)-1] | 0x20
	if last == 'j' {
		f := parseFloat(s[:len(s)-1])
		return ComplexConst{0, f}
	}
	if len(s) > 1 && s[0] == '0' && (s[1]|0x20 == 'x' || s[1]|0x20 == 'o' || s[1]|0x20 == 'b') {
		base := map[byte]int{'x': 16, 'o': 8, 'b': 2}[s[1]|0x20]
		v, ok := new(big.Int).SetString(s[2:], base)
		if !ok {
			p.errorTok(t, "invalid number")
		}
		return &IntConst{V: v}
	}
	if strings.ContainsAny(s, ".eE") {
		return FloatConst(parseFloat(s))
	}
	if len(s) <= 18 {
		n, err := strconv.ParseInt(s, 10, 64)
		if err == nil {
			return &IntConst{V: big.NewInt(n)}
		}
	}
	if len(s) > 4300 {
		p.errorTok(t, fmt.Sprintf("Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", len(s)))
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		p.errorTok(t, "invalid number")
	}
	return &IntConst{V: v}
}

func parseFloat(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil && !math.IsInf(f, 0) {
		return 0
	}
	return f
}

// tuple: '(' [star_named_expression ',' [star_named_expressions] ] ')'
// group: '(' (yield_expr | named_expression) ')'
// genexp: '(' (assignment_expression | expression !':=') for_if_clauses ')'
func (p *parser) parenAtom() Expr {
	p.enter()
	defer p.leave()
	start := p.here()
	p.next()
	switch p.kind() {
	case tokRpar:
		p.next()
		return &Tuple{Pos: p.pos(start), Ctx: Load}
	case tokYield:
		e := p.yieldExpr()
		if p.kind() != tokRpar {
			if last := lastElt(yieldValue(e)); last != nil {
				p.invalidInDisplay(last)
			}
		}
		p.expect(tokRpar)
		return e
	}
	first := p.starNamedExpression()
	switch p.kind() {
	case tokFor, tokAsync:
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.compFor()
		p.expect(tokRpar)
		return &GeneratorExp{Pos: p.pos(start), Elt: first, Generators: gens}
	case tokRpar:
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "cannot use starred expression here")
		}
		p.next()
		return first
	case tokComma:
		elts := []Expr{first}
		for p.got(tokComma) {
			if p.kind() == tokRpar {
				break
			}
			elts = append(elts, p.starNamedExpression())
		}
		p.expect(tokRpar)
		return &Tuple{Pos: p.pos(start), Elts: elts, Ctx: Load}
	}
	p.invalidInDisplay(first)
	return nil
}

// list: '[' [star_named_expressions] ']'
// listcomp: '[' named_expression for_if_clauses ']'
func (p *parser) listAtom() Expr {
	p.enter()
	defer p.leave()
	start := p.here()
	p.next()
	if p.got(tokRsqb) {
		return &List{Pos: p.pos(start), Ctx: Load}
	}
	first := p.starNamedExpression()
	if p.kind() == tokFor || p.kind() == tokAsync {
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.compFor()
		p.expect(tokRsqb)
		return &ListComp{Pos: p.pos(start), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	for p.got(tokComma) {
		if p.kind() == tokRsqb {
			break
		}
		if p.kind() == tokFor || p.kind() == tokAsync {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	if p.kind() != tokRsqb {
		p.compTargetParens(elts)
		p.invalidInDisplay(elts[len(elts)-1])
	}
	p.next()
	return &List{Pos: p.pos(start), Elts: elts, Ctx: Load}
}

// dict: '{' [double_starred_kvpairs] '}'
// set: '{' star_named_expressions '}'
// dictcomp: '{' kvpair for_if_clauses '}'
// setcomp: '{' named_expression for_if_clauses '}'
func (p *parser) braceAtom() Expr {
	p.enter()
	defer p.leave()
	start := p.here()
	p.next()
	if p.got(tokRbrace) {
		return &Dict{Pos: p.pos(start)}
	}
	var first Expr
	if p.kind() == tokDoubleStar {
		return p.dictRest(start, nil, nil)
	}
	first = p.starNamedExpression()
	if p.kind() == tokColon {
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "cannot use a starred expression in a dictionary value")
		}
		p.next()
		if p.kind() == tokStar {
			st := p.starNamedExpression()
			p.errorNode(st, "cannot use a starred expression in a dictionary value")
		}
		if p.kind() == tokRbrace || p.kind() == tokComma {
			p.errorTok(&p.last, "expression expected after dictionary key and ':'")
		}
		v := p.expression()
		if p.kind() == tokFor || p.kind() == tokAsync {
			gens := p.compFor()
			p.expect(tokRbrace)
			return &DictComp{Pos: p.pos(start), Key: first, Value: v, Generators: gens}
		}
		return p.dictRest(start, []Expr{first}, []Expr{v})
	}
	if p.kind() == tokFor || p.kind() == tokAsync {
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.compFor()
		p.expect(tokRbrace)
		return &SetComp{Pos: p.pos(start), Elt: first, Generators: gens}
	}
	elts := []Expr{first}
	for p.got(tokComma) {
		if p.kind() == tokRbrace {
			break
		}
		if p.kind() == tokFor || p.kind() == tokAsync {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	if p.kind() != tokRbrace {
		p.compTargetParens(elts)
		p.invalidInDisplay(elts[len(elts)-1])
	}
	p.next()
	return &Set{Pos: p.pos(start), Elts: elts}
}

// dictRest parses the remaining double_starred_kvpairs of a dict display.
//
// double_starred_kvpair: '**' bitwise_or | kvpair
// kvpair: expression ':' expression
func (p *parser) dictRest(start loc, keys, vals []Expr) Expr {
	if keys != nil && !p.got(tokComma) {
		if p.kind() != tokRbrace {
			p.invalidInDisplay(vals[len(vals)-1])
		}
	}
	for p.kind() != tokRbrace {
		if p.kind() == tokDoubleStar {
			dstar := *p.tok()
			p.next()
			keys = append(keys, nil)
			vals = append(vals, p.bitwiseOr())
			if p.kind() == tokFor || p.kind() == tokAsync {
				p.errorTok(&dstar, "dict unpacking cannot be used in dict comprehension")
			}
		} else {
			k := p.expression()
			if p.kind() != tokColon {
				// invalid_kvpair: reported at the key's last character.
				ps := k.Position()
				panic(p.newError("SyntaxError", "':' expected after dictionary key", int32(ps.EndLineno), int32(ps.EndColOffset-1), int32(ps.EndLineno), int32(ps.EndColOffset-1)))
			}
			p.next()
			if p.kind() == tokRbrace || p.kind() == tokComma {
				p.errorTok(&p.last, "expression expected after dictionary key and ':'")
			}
			keys = append(keys, k)
			vals = append(vals, p.expression())
		}
		if !p.got(tokComma) {
			break
		}
	}
	if p.kind() != tokRbrace {
		p.invalidInDisplay(vals[len(vals)-1])
	}
	p.next()
	return &Dict{Pos: p.pos(start), Keys: keys, Values: vals}
}

// for_if_clauses: for_if_clause+
// for_if_clause:
//
//	| ASYNC 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
//	| 'for' star_targets 'in' ~ disjunction ('if' disjunction )*
func (p *parser) compFor() []*Comprehension {
	var gens []*Comprehension
	for {
		c := &Comprehension{}
		if p.kind() == tokAsync {
			if p.peekKind(1) != tokFor {
				break
			}
			p.next()
			c.IsAsync = 1
		} else if p.kind() != tokFor {
			break
		}
		p.next()
		c.Target = p.forTargets(true)
		p.next()
		c.Iter = p.disjunction()
		for p.got(tokIf) {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
	return gens
}

// lambdef: 'lambda' a=[lambda_params] ':' b=expression
func (p *parser) lambdef() Expr {
	start := p.here()
	p.next()
	args := p.parameters(tokColon)
	p.expectColon()
	body := p.expression()
	return &Lambda{Pos: p.pos(start), Args: args, Body: body}
}

// parameters parses a def's or lambda's parameter list up to (not
// including) the closing token end: ')' for def, ':' for lambda.
//
// parameters:
//
//	| slash_no_default param_no_default* param_with_default* [star_etc]
//	| slash_with_default param_with_default* [star_etc]
//	| param_no_default+ param_with_default* [star_etc]
//	| param_with_default+ [star_etc]
//	| star_etc
//
// star_etc:
//
//	| '*' param_no_default param_maybe_default* [kwds]
//	| '*' param_no_default_star_annotation param_maybe_default* [kwds]
//	| '*' ',' param_maybe_default+ [kwds]
//	| kwds
//
// kwds: '**' param_no_default
func (p *parser) parameters(end tokKind) *Arguments {
	a := &Arguments{}
	lambda := end == tokColon
	seenSlash, seenStar, seenDefault := false, false, false
	for p.kind() != end {
		switch p.kind() {
		case tokSlash:
			if seenSlash {
				p.errorTok(p.tok(), "/ may appear only once")
			}
			if seenStar {
				p.errorTok(p.tok(), "/ must be ahead of *")
			}
			if len(a.Args) == 0 {
				p.syntaxError()
			}
			p.next()
			a.Posonlyargs, a.Args = a.Args, nil
			seenSlash = true
		case tokStar:
			starTok := *p.tok()
			if seenStar {
				p.errorTok(&starTok, "* argument may appear only once")
			}
			p.next()
			seenStar = true
			if p.kind() == tokComma || p.kind() == end {
				if p.kind() == end || p.peekKind(1) == tokDoubleStar || p.peekKind(1) == end {
					if lambda {
						// invalid_lambda_star_etc reports at the last token read.
						at := p.tok()
						if p.kind() == tokComma {
							at = &p.toks[p.i+1]
						}
						p.errorTok(at, "named arguments must follow bare *")
					}
					p.errorTok(&starTok, "named arguments must follow bare *")
				}
				break
			}
			a.Vararg = p.param(lambda, true)
			if p.kind() == tokEqual {
				p.errorTok(p.tok(), "var-positional argument cannot have default value")
			}
		case tokDoubleStar:
			p.next()
			a.Kwarg = p.param(lambda, false)
			if p.kind() == tokEqual {
				p.errorTok(p.tok(), "var-keyword argument cannot have default value")
			}
			if p.kind() == tokComma {
				switch p.peekKind(1) {
				case tokName, tokStar, tokDoubleStar, tokSlash:
					p.next()
					p.errorTok(p.tok(), "arguments cannot follow var-keyword argument")
				}
				p.next()
			}
			return a
		default:
			arg := p.param(lambda, false)
			if p.got(tokEqual) {
				if k := p.kind(); k == tokComma || k == end {
					p.errorTok(&p.last, "expected default value expression")
				}
				d := p.expression()
				if k := p.kind(); k != tokComma && k != end {
					p.invalidInDisplay(d)
				}
				if seenStar {
					a.KwDefaults = append(a.KwDefaults, d)
				} else {
					a.Defaults = append(a.Defaults, d)
				}
				seenDefault = true
			} else if seenStar {
				a.KwDefaults = append(a.KwDefaults, nil)
			} else if seenDefault {
				p.errorNode(arg, "non-default argument follows default argument")
			}
			if seenStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
			} else {
				a.Args = append(a.Args, arg)
			}
		}
		if !p.got(tokComma) {
			break
		}
	}
	return a
}

// param: NAME annotation?  (annotation: ':' expression; for *args also ':' star_expression)
func (p *parser) param(lambda, star bool) *Arg {
	start := p.here()
	if p.kind() != tokName {
		p.syntaxError()
	}
	a := &Arg{Arg: p.ident(p.tok())}
	p.next()
	if !lambda && p.got(tokColon) {
		if star {
			a.Annotation = p.starExpression()
		} else {
			a.Annotation = p.expression()
		}
	}
	a.Pos = p.pos(start)
	return a
}

// star_targets: star_target !',' | star_target (',' star_target )* [','] -> Tuple
func (p *parser) starTargets() Expr {
	start := p.here()
	t := p.starTarget()
	if p.kind() != tokComma {
		return t
	}
	elts := []Expr{t}
	for p.got(tokComma) {
		if k := p.kind(); k == tokIn || k == tokEqual || !canStartExpr(k) {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return &Tuple{Pos: p.pos(start), Elts: elts, Ctx: Store}
}

// star_target: '*' (!'*' star_target) | target_with_star_atom
// target_with_star_atom:
//
//	| t_primary '.' NAME !t_lookahead
//	| t_primary '[' slices ']' !t_lookahead
//	| star_atom
func (p *parser) starTarget() Expr {
	if p.kind() == tokStar {
		start := p.here()
		p.next()
		if p.kind() == tokStar {
			p.syntaxError()
		}
		v := p.starTarget()
		s := &Starred{Pos: p.pos(start), Value: v, Ctx: Store}
		return s
	}
	// Callers set the Store context (setCtx) once the target is complete.
	return p.primary()
}
