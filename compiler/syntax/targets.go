package syntax

import "fmt"

// setCtx marks an assignment or deletion target with ctx (Store or Del),
// recursively through tuples, lists and starred targets, or raises CPython's
// "cannot assign to X" / "cannot delete X" for the first invalid target.
func (p *parser) setCtx(e Expr, ctx ExprContext, verb string) {
	switch t := e.(type) {
	case *Name:
		t.Ctx = ctx
	case *Attribute:
		t.Ctx = ctx
	case *Subscript:
		t.Ctx = ctx
	case *Starred:
		if ctx == Del {
			p.errorNode(e, "cannot delete starred")
		}
		p.setCtx(t.Value, ctx, verb)
		t.Ctx = ctx
	case *Tuple:
		for _, x := range t.Elts {
			p.setCtx(x, ctx, verb)
		}
		t.Ctx = ctx
	case *List:
		for _, x := range t.Elts {
			p.setCtx(x, ctx, verb)
		}
		t.Ctx = ctx
	default:
		p.errorNode(e, fmt.Sprintf("cannot %s %s", verb, exprName(e)))
	}
}

// setStore marks the target of an assignment statement (x = ...).
func (p *parser) setStore(e Expr, _ string) {
	if bad := invalidTarget(e); bad != nil {
		switch bad.(type) {
		case *Call, *Compare, *BinOp, *BoolOp, *UnaryOp, *Attribute, *Subscript:
		}
		p.errorNode(bad, fmt.Sprintf("cannot assign to %s", exprName(bad)))
	}
	p.setCtx(e, Store, "assign to")
}

// invalidTarget returns the first sub-expression of e that cannot be
// assigned to, or nil (CPython's _PyPegen_get_invalid_target).
func invalidTarget(e Expr) Expr {
	switch t := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Starred:
		return invalidTarget(t.Value)
	case *Tuple:
		for _, x := range t.Elts {
			if b := invalidTarget(x); b != nil {
				return b
			}
		}
		return nil
	case *List:
		for _, x := range t.Elts {
			if b := invalidTarget(x); b != nil {
				return b
			}
		}
		return nil
	case *Compare:
		// "a in b = c" in a for target is reported on the left side first.
		return e
	}
	return e
}

// exprName is CPython's _PyPegen_get_expr_name: how error messages name an
// expression kind.
func exprName(e Expr) string {
	switch t := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := t.Value.(type) {
		case NoneConst:
			return "None"
		case BoolConst:
			if v {
				return "True"
			}
			return "False"
		case EllipsisConst:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// invalidAfterExpr is called when an expression statement is followed by an
// unexpected token: it reproduces CPython's most common specific messages.
func (p *parser) invalidAfterExpr(e Expr) {
	t := p.tok()
	save, saveLast, far := p.i, p.last, p.far
	// invalid_legacy_expression: NAME !'(' star_expressions. The expressions
	// are parsed even when the name is not print/exec: errors in them count.
	if n, ok := e.(*Name); ok && t.kind != tokLpar && canStartExpr(t.kind) {
		var rest Expr
		if p.tryHard(func() { rest = p.starExpressions() }) && (n.Id == "print" || n.Id == "exec") {
			p.errorRange(e, rest, fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id))
		}
		p.i, p.last = save, saveLast
	}
	// invalid_expression: !(NAME STRING | SOFT_KEYWORD) disjunction
	// expression_without_invalid. At statement level (no enclosing bracket)
	// it reports nothing, but errors in the second expression count.
	if p.commaCandidate(lastElt(e)) {
		p.tryHard(func() { p.expression() })
		p.i, p.last = save, saveLast
	}
	p.far = far
	p.syntaxError()
}

// commaCandidate reports whether CPython's invalid_expression applies to e
// followed by the current token: the token can start an expression and e is
// not a NAME followed by a STRING, nor a soft keyword.
func (p *parser) commaCandidate(e Expr) bool {
	t := p.tok()
	if !canStartExpr(t.kind) || t.kind == tokStar || t.kind == tokMinus || t.kind == tokPlus ||
		t.kind == tokNot || t.kind == tokLambda || t.kind == tokYield {
		return false
	}
	if n, ok := e.(*Name); ok {
		if t.kind == tokString || n.Id == "match" || n.Id == "case" || n.Id == "_" {
			return false
		}
	}
	return true
}

// forgotComma raises "invalid syntax. Perhaps you forgot a comma?" spanning
// from e to the expression that follows it, when that one parses.
func (p *parser) forgotComma(e Expr) {
	save, saveLast := p.i, p.last
	defer func(far int) { p.far = far }(p.far)
	var next Expr
	if p.tryHard(func() { next = p.expression() }) && next != nil {
		p.errorRange(e, next, "invalid syntax. Perhaps you forgot a comma?")
	}
	p.i, p.last = save, saveLast
}

// invalidInDisplay handles an unexpected token after an element of a
// parenthesized/bracketed display or argument list.
func (p *parser) invalidInDisplay(e Expr) {
	if p.kind() == tokEqual {
		p.namedEq(e)
	}
	if p.commaCandidate(e) {
		p.forgotComma(e)
	}
	p.syntaxError()
}

// namedEq reports CPython's invalid_named_expression messages for an
// expression e followed by a stray '='.
func (p *parser) namedEq(e Expr) {
	if n, ok := e.(*Name); ok {
		save, saveLast, far := p.i, p.last, p.far
		defer func() { p.far = far }()
		p.next()
		var rhs Expr
		if p.try(func() { rhs = p.bitwiseOr() }) && p.kind() != tokEqual && p.kind() != tokColonEq {
			p.errorRange(n, rhs, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
		}
		p.i, p.last = save, saveLast
		return
	}
	p.checkMaybeEq(e, false)
}

// condition parses the named_expression of an if/elif/while and reports
// CPython's invalid_named_expression messages for a stray '='.
func (p *parser) condition() Expr {
	start := p.here()
	e := p.namedExpression()
	if p.kind() == tokEqual {
		if _, ok := e.(*Name); ok {
			p.namedEq(e)
		}
		p.checkMaybeEq(e, startOf(e) != start)
	}
	return e
}

// checkMaybeEq reports "cannot assign to X here. Maybe you meant '==' instead
// of '='?" when e (followed by '=') cannot be assigned to, is a bitwise_or
// not starting with a list, tuple, genexp, True, None or False, and the '='
// is followed by a bitwise_or that is not itself followed by '=' or ':='.
func (p *parser) checkMaybeEq(e Expr, parenthesized bool) {
	if invalidTarget(e) == nil {
		return
	}
	switch t := e.(type) {
	case *Tuple, *List, *GeneratorExp, *Starred:
		return
	case *Compare, *BoolOp, *Lambda, *IfExp, *NamedExpr, *Yield, *YieldFrom:
		if !parenthesized {
			return
		}
	case *UnaryOp:
		if t.Op == Not && !parenthesized {
			return
		}
	case *Constant:
		switch t.Value.(type) {
		case BoolConst, NoneConst:
			return
		}
	}
	save, saveLast := p.i, p.last
	defer func(far int) { p.far = far }(p.far)
	p.next()
	if canStartExpr(p.kind()) && p.kind() != tokLambda && p.kind() != tokYield && p.kind() != tokStar && p.kind() != tokNot {
		if p.try(func() { p.bitwiseOr() }) && p.kind() != tokEqual && p.kind() != tokColonEq {
			p.errorNode(e, fmt.Sprintf("cannot assign to %s here. Maybe you meant '==' instead of '='?", exprName(e)))
		}
	}
	p.i, p.last = save, saveLast
}

// afterArg checks what follows a call argument: ',' or ')', or else the
// "Perhaps you forgot a comma?" error when another expression follows.
func (p *parser) afterArg(v Expr) {
	if k := p.kind(); k != tokComma && k != tokRpar {
		p.invalidInDisplay(v)
	}
}

// yieldValue returns the value of a yield expression (nil for none).
func yieldValue(e Expr) Expr {
	switch y := e.(type) {
	case *Yield:
		return y.Value
	case *YieldFrom:
		return y.Value
	}
	return nil
}

// lastElt returns the last element of a tuple, or e itself.
func lastElt(e Expr) Expr {
	if t, ok := e.(*Tuple); ok && len(t.Elts) > 0 {
		return t.Elts[len(t.Elts)-1]
	}
	return e
}

// compTargetParens reports "did you forget parentheses around the
// comprehension target?" for [a, b for ...] and {a, b for ...}
// (invalid_comprehension).
func (p *parser) compTargetParens(elts []Expr) {
	if k := p.kind(); k != tokFor && !(k == tokAsync && p.peekKind(1) == tokFor) {
		return
	}
	if len(elts) > 1 {
		p.errorRange(elts[0], elts[len(elts)-1], "did you forget parentheses around the comprehension target?")
	}
	// [a, for ...]: from a to the comma.
	comma := p.lastAsNode()
	p.errorRange(elts[0], comma, "did you forget parentheses around the comprehension target?")
}

// forTargets parses the targets of a for statement or comprehension and the
// 'in' after them (left as the current token). On failure it reproduces
// CPython's invalid_for_target: the text is parsed again as expressions and
// the first one that cannot be assigned to is reported.
func (p *parser) forTargets(inBrackets bool) Expr {
	save, saveLast := p.i, p.last
	var t Expr
	if p.try(func() { t = p.starTargets() }) && p.kind() == tokIn {
		p.setCtx(t, Store, "assign to")
		return t
	}
	far := p.far
	p.i, p.last = save, saveLast
	var e Expr
	ok := p.tryHard(func() {
		if inBrackets {
			e = p.starExpressionsInBrackets()
		} else {
			e = p.starExpressions()
		}
	})
	if ok {
		if bad := invalidTarget(e); bad != nil {
			p.errorNode(bad, "cannot assign to "+exprName(bad))
		}
	}
	p.far = far
	p.i = far
	p.syntaxError()
	return nil
}

// starExpressionsInBrackets parses star_expressions where a missing comma
// between two expressions is reported (inside brackets).
func (p *parser) starExpressionsInBrackets() Expr {
	e := p.starExpressions()
	if k := p.kind(); k != tokIn && canStartExpr(k) {
		p.forgotComma(lastElt(e))
	}
	return e
}
