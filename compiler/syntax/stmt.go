package syntax

import "fmt"

// file: [statements] ENDMARKER
func (p *parser) file() *Module {
	m := &Module{Body: []Stmt{}, TypeIgnores: []*TypeIgnore{}}
	for p.kind() != tokEOF {
		if p.kind() == tokNewline {
			p.next()
			continue
		}
		m.Body = p.statement(m.Body)
	}
	return m
}

// statement: compound_stmt | simple_stmts
func (p *parser) statement(out []Stmt) []Stmt {
	switch p.kind() {
	case tokDef, tokIf, tokClass, tokWith, tokFor, tokTry, tokWhile, tokAt, tokAsync:
		return append(out, p.compoundStmt())
	case tokName:
		if p.isName("match") {
			s, nl := p.tryMatchStmt()
			if s != nil {
				return append(out, s)
			}
			if nl != nil {
				// "match x" NEWLINE: a statement, or else a match missing ':'.
				var res []Stmt
				if p.tryHard(func() { res = p.simpleStmts(out) }) {
					return res
				}
				p.errorTok(nl, "expected ':'")
			}
		}
	case tokIndent, tokDedent:
		p.syntaxError()
	}
	return p.simpleStmts(out)
}

// simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE
func (p *parser) simpleStmts(out []Stmt) []Stmt {
	for {
		out = append(out, p.simpleStmt())
		if p.kind() == tokNewline {
			p.next()
			return out
		}
		if p.kind() != tokSemi {
			p.syntaxError()
		}
		p.next()
		if p.kind() == tokNewline {
			p.next()
			return out
		}
	}
}

// block: NEWLINE INDENT statements DEDENT | simple_stmts
func (p *parser) block(what string, line int32) []Stmt {
	if p.kind() != tokNewline {
		return p.simpleStmts(nil)
	}
	p.next()
	if p.kind() != tokIndent {
		p.expectedBlock(what, line)
	}
	p.next()
	var body []Stmt
	for p.kind() != tokDedent && p.kind() != tokEOF {
		body = p.statement(body)
	}
	p.got(tokDedent)
	return body
}

// simple_stmt:
//
//	| assignment | star_expressions | return_stmt | import_stmt | raise_stmt
//	| 'pass' | del_stmt | yield_stmt | assert_stmt | 'break' | 'continue'
//	| global_stmt | nonlocal_stmt
func (p *parser) simpleStmt() Stmt {
	start := p.here()
	switch p.kind() {
	case tokPass:
		p.next()
		return &Pass{p.pos(start)}
	case tokBreak:
		p.next()
		return &Break{p.pos(start)}
	case tokContinue:
		p.next()
		return &Continue{p.pos(start)}
	case tokReturn:
		// return_stmt: 'return' [star_expressions]
		p.next()
		var v Expr
		if !p.atStmtEnd() {
			v = p.starExpressions()
			if !p.atStmtEnd() {
				p.invalidAfterExpr(v)
			}
		}
		return &Return{Pos: p.pos(start), Value: v}
	case tokImport:
		return p.importName()
	case tokFrom:
		return p.importFrom()
	case tokRaise:
		// raise_stmt: 'raise' expression ['from' expression] | 'raise'
		p.next()
		s := &Raise{}
		if !p.atStmtEnd() {
			s.Exc = p.expression()
			if p.got(tokFrom) {
				s.Cause = p.expression()
			}
		}
		s.Pos = p.pos(start)
		return s
	case tokGlobal, tokNonlocal:
		// global_stmt: 'global' ','.NAME+
		k := p.kind()
		p.next()
		var names []string
		for {
			if p.kind() != tokName {
				p.syntaxError()
			}
			names = append(names, p.ident(p.tok()))
			p.next()
			if !p.got(tokComma) {
				break
			}
		}
		if k == tokGlobal {
			return &Global{Pos: p.pos(start), Names: names}
		}
		return &Nonlocal{Pos: p.pos(start), Names: names}
	case tokDel:
		return p.delStmt()
	case tokAssert:
		// assert_stmt: 'assert' expression [',' expression]
		p.next()
		s := &Assert{Test: p.expression()}
		if p.got(tokComma) {
			s.Msg = p.expression()
		}
		s.Pos = p.pos(start)
		return s
	}
	return p.assignmentOrExpr()
}

func (p *parser) atStmtEnd() bool {
	k := p.kind()
	return k == tokNewline || k == tokSemi || k == tokEOF
}

// assignment:
//
//	| NAME ':' expression ['=' annotated_rhs ]
//	| ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs ]
//	| (star_targets '=' )+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
//	| single_target augassign ~ (yield_expr | star_expressions)
//
// star_expressions (an expression statement) otherwise.
func (p *parser) assignmentOrExpr() Stmt {
	start := p.here()
	firstTok := p.kind()
	var first Expr
	if p.kind() == tokYield {
		first = p.yieldExpr()
	} else {
		first = p.starExpressions()
	}
	switch k := p.kind(); k {
	case tokColon:
		// Annotated assignment.
		p.next()
		simple := 0
		switch t := first.(type) {
		case *Name:
			if firstTok != tokLpar {
				simple = 1
			}
			t.Ctx = Store
		case *Attribute:
			t.Ctx = Store
		case *Subscript:
			t.Ctx = Store
		case *Tuple:
			p.errorNode(first, "only single target (not tuple) can be annotated")
		case *List:
			p.errorNode(first, "only single target (not list) can be annotated")
		default:
			p.errorNode(first, "illegal target for annotation")
		}
		ann := p.expression()
		s := &AnnAssign{Target: first, Annotation: ann, Simple: simple}
		if p.got(tokEqual) {
			s.Value = p.annotatedRHS()
		}
		s.Pos = p.pos(start)
		return s
	case tokEqual:
		p.checkMaybeEq(first, startOf(first) != start)
		targets := []Expr{first}
		e := first
		for p.kind() == tokEqual {
			// Each target is checked when its '=' is seen (invalid_assignment).
			switch e.(type) {
			case *Yield, *YieldFrom:
				p.errorNode(e, "assignment to yield expression not possible")
			}
			p.setStore(e, "assign")
			p.next()
			if p.kind() == tokYield {
				e = p.yieldExpr()
			} else {
				e = p.starExpressions()
			}
			targets = append(targets, e)
		}
		value := targets[len(targets)-1]
		targets = targets[:len(targets)-1]
		if !p.atStmtEnd() {
			p.invalidAfterExpr(value)
		}
		return &Assign{Pos: p.pos(start), Targets: targets, Value: value}
	default:
		if op, ok := augOps[k]; ok {
			switch t := first.(type) {
			case *Name:
				t.Ctx = Store
			case *Attribute:
				t.Ctx = Store
			case *Subscript:
				t.Ctx = Store
			default:
				p.errorNode(first, fmt.Sprintf("'%s' is an illegal expression for augmented assignment", exprName(first)))
			}
			p.next()
			var v Expr
			if p.kind() == tokYield {
				v = p.yieldExpr()
			} else {
				v = p.starExpressions()
			}
			if !p.atStmtEnd() {
				p.invalidAfterExpr(v)
			}
			return &AugAssign{Pos: p.pos(start), Target: first, Op: op, Value: v}
		}
	}
	if p.kind() == tokColonEq {
		if _, ok := first.(*Name); !ok {
			p.errorNode(first, fmt.Sprintf("cannot use assignment expressions with %s", exprName(first)))
		}
	}
	if !p.atStmtEnd() {
		p.invalidAfterExpr(first)
	}
	return &ExprStmt{Pos: p.pos(start), Value: first}
}

// annotated_rhs: yield_expr | star_expressions
func (p *parser) annotatedRHS() Expr {
	if p.kind() == tokYield {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

// del_stmt: 'del' del_targets &(';' | NEWLINE)
func (p *parser) delStmt() Stmt {
	start := p.here()
	p.next()
	var targets []Expr
	for {
		if p.kind() == tokStar {
			start := p.here()
			p.next()
			v := p.bitwiseOr()
			p.errorNode(&Starred{Pos: p.pos(start), Value: v}, "cannot delete starred")
		}
		e := p.bitwiseOr()
		p.setCtx(e, Del, "delete")
		targets = append(targets, e)
		if !p.got(tokComma) || p.atStmtEnd() {
			break
		}
	}
	if !p.atStmtEnd() {
		p.syntaxError()
	}
	return &Delete{Pos: p.pos(start), Targets: targets}
}

// import_name: 'import' dotted_as_names
func (p *parser) importName() Stmt {
	start := p.here()
	p.next()
	var names []*Alias
	for {
		astart := p.here()
		name := p.dottedName()
		a := &Alias{Name: name}
		if p.got(tokAs) {
			a.Asname = p.name()
		}
		a.Pos = p.pos(astart)
		names = append(names, a)
		if !p.got(tokComma) {
			break
		}
	}
	return &Import{Pos: p.pos(start), Names: names}
}

// dotted_name: dotted_name '.' NAME | NAME
func (p *parser) dottedName() string {
	n := p.name()
	if p.kind() != tokDot {
		return n
	}
	b := []byte(n)
	for p.got(tokDot) {
		b = append(b, '.')
		b = append(b, p.name()...)
	}
	return p.intern(b)
}

// name consumes a NAME and returns it.
func (p *parser) name() string {
	if p.kind() != tokName {
		p.syntaxError()
	}
	s := p.ident(p.tok())
	p.next()
	return s
}

// import_from:
//
//	| 'from' ('.' | '...')* dotted_name 'import' import_from_targets
//	| 'from' ('.' | '...')+ 'import' import_from_targets
//
// import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'
func (p *parser) importFrom() Stmt {
	start := p.here()
	p.next()
	s := &ImportFrom{}
	for {
		if p.got(tokDot) {
			s.Level++
		} else if p.got(tokEllipsis) {
			s.Level += 3
		} else {
			break
		}
	}
	if p.kind() != tokImport || s.Level == 0 {
		s.Module = p.dottedName()
	}
	p.expect(tokImport)
	if p.kind() == tokStar {
		astart := p.here()
		p.next()
		s.Names = []*Alias{{Pos: p.pos(astart), Name: "*"}}
	} else {
		paren := p.got(tokLpar)
		for {
			astart := p.here()
			a := &Alias{Name: p.name()}
			if p.got(tokAs) {
				a.Asname = p.name()
			}
			a.Pos = p.pos(astart)
			s.Names = append(s.Names, a)
			if !p.got(tokComma) {
				break
			}
			if paren && p.kind() == tokRpar {
				break
			}
			if !paren && p.atStmtEnd() {
				p.errorTok(p.tok(), "trailing comma not allowed without surrounding parentheses")
			}
		}
		if paren {
			p.expect(tokRpar)
		}
	}
	s.Pos = p.pos(start)
	return s
}

// compound_stmt:
//
//	| &('def' | '@' | ASYNC) function_def | &'if' if_stmt | &('class' | '@') class_def
//	| &('with' | ASYNC) with_stmt | &('for' | ASYNC) for_stmt | &'try' try_stmt
//	| &'while' while_stmt | match_stmt
func (p *parser) compoundStmt() Stmt {
	switch p.kind() {
	case tokAt:
		return p.decorated()
	case tokDef:
		return p.funcDef(nil, false, p.here())
	case tokClass:
		return p.classDef(nil)
	case tokIf:
		return p.ifStmt()
	case tokWhile:
		return p.whileStmt()
	case tokFor:
		return p.forStmt(false, p.here())
	case tokWith:
		return p.withStmt(false, p.here())
	case tokTry:
		return p.tryStmt()
	case tokAsync:
		start := p.here()
		p.next()
		switch p.kind() {
		case tokDef:
			return p.funcDef(nil, true, start)
		case tokFor:
			return p.forStmt(true, start)
		case tokWith:
			return p.withStmt(true, start)
		}
		p.syntaxError()
	}
	p.syntaxError()
	return nil
}

// decorators: ('@' f=named_expression NEWLINE)+
func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.got(tokAt) {
		decos = append(decos, p.condition())
		p.expect(tokNewline)
	}
	switch p.kind() {
	case tokDef:
		return p.funcDef(decos, false, p.here())
	case tokAsync:
		start := p.here()
		p.next()
		if p.kind() != tokDef {
			p.syntaxError()
		}
		return p.funcDef(decos, true, start)
	case tokClass:
		return p.classDef(decos)
	}
	p.syntaxError()
	return nil
}

// function_def_raw:
//
//	| 'def' n=NAME '(' params=[params] ')' a=['->' z=expression] ':' [func_type_comment] b=block
//	| ASYNC 'def' ...
func (p *parser) funcDef(decos []Expr, async bool, start loc) Stmt {
	defLine := p.tok().line
	if async {
		defLine = start.line
	}
	p.expect(tokDef)
	name := p.name()
	if p.kind() != tokLpar {
		p.errorTok(p.tok(), "expected '('")
	}
	p.next()
	args := p.parameters(tokRpar)
	p.expect(tokRpar)
	var returns Expr
	if p.got(tokRarrow) {
		returns = p.expression()
	}
	p.forcedColon()
	body := p.block("function definition", defLine)
	if decos == nil {
		decos = []Expr{}
	}
	if async {
		return &AsyncFunctionDef{Pos: p.pos(start), Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns}
	}
	return &FunctionDef{Pos: p.pos(start), Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns}
}

// class_def_raw: 'class' a=NAME b=['(' z=[arguments] ')' ] ':' c=block
func (p *parser) classDef(decos []Expr) Stmt {
	start := p.here()
	line := start.line
	p.next()
	s := &ClassDef{Name: p.name(), Bases: []Expr{}, Keywords: []*Keyword{}}
	if p.kind() == tokLpar {
		lpar := p.here()
		p.next()
		p.noGenexp = true
		s.Bases, s.Keywords = p.callArgs(lpar)
	}
	p.expectColon()
	s.Body = p.block("class definition", line)
	if decos == nil {
		decos = []Expr{}
	}
	s.DecoratorList = decos
	s.Pos = p.pos(start)
	return s
}

// if_stmt:
//
//	| 'if' a=named_expression ':' b=block c=elif_stmt
//	| 'if' a=named_expression ':' b=block c=[else_block]
//
// elif_stmt: 'elif' named_expression ':' block (elif_stmt | [else_block])
func (p *parser) ifStmt() Stmt {
	start := p.here()
	what := "'if' statement"
	if p.kind() == tokElif {
		what = "'elif' statement"
	}
	p.next()
	s := &If{Test: p.condition()}
	p.expectColon()
	s.Body = p.block(what, start.line)
	switch p.kind() {
	case tokElif:
		s.Orelse = []Stmt{p.ifStmt()}
	case tokElse:
		s.Orelse = p.elseBlock()
	}
	s.Pos = p.pos(start)
	return s
}

// else_block: 'else' &&':' b=block
func (p *parser) elseBlock() []Stmt {
	line := p.tok().line
	p.next()
	p.forcedColon()
	return p.block("'else' statement", line)
}

// while_stmt: 'while' a=named_expression ':' b=block c=[else_block]
func (p *parser) whileStmt() Stmt {
	start := p.here()
	p.next()
	s := &While{Test: p.condition()}
	p.expectColon()
	s.Body = p.block("'while' statement", start.line)
	if p.kind() == tokElse {
		s.Orelse = p.elseBlock()
	}
	s.Pos = p.pos(start)
	return s
}

// for_stmt:
//
//	| 'for' t=star_targets 'in' ~ ex=star_expressions ':' [TYPE_COMMENT] b=block eb=[else_block]
//	| ASYNC 'for' ...
func (p *parser) forStmt(async bool, start loc) Stmt {
	line := p.tok().line
	p.next()
	target := p.forTargets(false)
	p.next()
	iter := p.starExpressions()
	p.expectColon()
	what := "'for' statement"
	if async {
		what = "'async for' statement"
		line = start.line
	}
	body := p.block(what, line)
	var orelse []Stmt
	if p.kind() == tokElse {
		orelse = p.elseBlock()
	}
	if async {
		return &AsyncFor{Pos: p.pos(start), Target: target, Iter: iter, Body: body, Orelse: orelse}
	}
	return &For{Pos: p.pos(start), Target: target, Iter: iter, Body: body, Orelse: orelse}
}

// with_stmt:
//
//	| 'with' '(' a[asdl_withitem_seq*]=','.with_item+ ','? ')' ':' b=block
//	| 'with' a[asdl_withitem_seq*]=','.with_item+ ':' tc=[TYPE_COMMENT] b=block
//	| ASYNC ...
func (p *parser) withStmt(async bool, start loc) Stmt {
	line := p.tok().line
	if async {
		line = start.line
	}
	p.next()
	var items []*WithItem
	if p.kind() == tokLpar {
		save := p.i
		saveLast := p.last
		ok := p.try(func() {
			p.next()
			for {
				items = append(items, p.withItem(true))
				if !p.got(tokComma) || p.kind() == tokRpar {
					break
				}
			}
			p.expect(tokRpar)
			if p.kind() != tokColon {
				p.syntaxError()
			}
		})
		if !ok {
			p.i, p.last, items = save, saveLast, nil
		}
	}
	if items == nil {
		for {
			items = append(items, p.withItem(false))
			if !p.got(tokComma) {
				break
			}
		}
	}
	p.expectColon()
	what := "'with' statement"
	if async {
		what = "'async with' statement"
	}
	body := p.block(what, line)
	if async {
		return &AsyncWith{Pos: p.pos(start), Items: items, Body: body}
	}
	return &With{Pos: p.pos(start), Items: items, Body: body}
}

// with_item:
//
//	| e=expression 'as' t=star_target &(',' | ')' | ':')
//	| e=expression
func (p *parser) withItem(inParens bool) *WithItem {
	w := &WithItem{ContextExpr: p.expression()}
	if p.got(tokAs) {
		t := p.starTarget()
		if k := p.kind(); k != tokComma && k != tokColon && !(inParens && k == tokRpar) {
			p.syntaxError()
		}
		p.setCtx(t, Store, "assign to")
		w.OptionalVars = t
	}
	return w
}

// try parses speculatively: it runs f and reports whether it succeeded
// without a syntax error.
func (p *parser) try(f func()) (ok bool) {
	depth := p.depth
	defer func() {
		if r := recover(); r != nil {
			if _, isSE := r.(*SyntaxError); !isSE {
				panic(r)
			}
			p.depth = depth
			ok = false
		}
	}()
	f()
	return true
}

// tryHard is like try, but lets errors other than the generic "invalid
// syntax" through: CPython's error-pass rules fail silently on a plain
// mismatch but raise their specific errors.
func (p *parser) tryHard(f func()) (ok bool) {
	depth := p.depth
	defer func() {
		if r := recover(); r != nil {
			if se, isSE := r.(*SyntaxError); !isSE || se != p.generic || p.scanRaised {
				panic(r)
			}
			p.depth = depth
			ok = false
		}
	}()
	f()
	return true
}

// try_stmt:
//
//	| 'try' &&':' b=block f=finally_block
//	| 'try' &&':' b=block ex[asdl_excepthandler_seq*]=except_block+ el=[else_block] f=[finally_block]
//	| 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block]
func (p *parser) tryStmt() Stmt {
	start := p.here()
	p.next()
	p.forcedColon()
	body := p.block("'try' statement", start.line)
	var handlers []*ExceptHandler
	star := false
	for p.kind() == tokExcept {
		// except_block: 'except' e=expression ['as' NAME] ':' b=block | 'except' ':' block
		// except_star_block: 'except' '*' e=expression ['as' NAME] ':' block
		hstart := p.here()
		exceptTok := *p.tok()
		p.next()
		h := &ExceptHandler{}
		isStar := false
		if p.kind() == tokStar {
			isStar = true
			p.next()
		}
		if p.kind() == tokNewline {
			p.errorTok(p.tok(), "expected ':'")
		}
		if isStar && p.kind() == tokColon {
			p.errorTok(p.tok(), "expected one or more exception types")
		}
		if p.kind() != tokColon || isStar {
			h.Type = p.expression()
			if p.kind() == tokComma {
				// invalid_except_stmt: 'except' a=expression ',' expressions ['as' NAME ] ':'
				p.next()
				p.expressions()
				if p.got(tokAs) {
					p.name()
				}
				if p.kind() == tokColon {
					p.errorRange(h.Type, p.lastAsNode(), "multiple exception types must be parenthesized")
				}
				p.syntaxError()
			}
			if p.got(tokAs) {
				h.Name = p.name()
			}
		}
		p.expectColon()
		if len(handlers) > 0 && isStar != star {
			p.errorTok(&exceptTok, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		star = isStar
		what := "'except' statement"
		if isStar {
			what = "'except*' statement"
		}
		h.Body = p.block(what, hstart.line)
		h.Pos = p.pos(hstart)
		handlers = append(handlers, h)
	}
	var orelse, final []Stmt
	if len(handlers) > 0 && p.kind() == tokElse {
		orelse = p.elseBlock()
	}
	if p.kind() == tokFinally {
		line := p.tok().line
		p.next()
		p.forcedColon()
		final = p.block("'finally' statement", line)
	}
	if len(handlers) == 0 && final == nil {
		p.errorTok(p.tok(), "expected 'except' or 'finally' block")
	}
	if star {
		return &TryStar{Pos: p.pos(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	}
	return &Try{Pos: p.pos(start), Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
}

// lastAsNode returns a node spanning the last consumed token (for error ranges).
func (p *parser) lastAsNode() Node {
	return &Pass{Pos{int(p.last.line), int(p.last.col), int(p.last.eline), int(p.last.ecol)}}
}
