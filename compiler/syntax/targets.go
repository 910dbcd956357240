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
	if canStartExpr(t.kind) && t.kind != tokStar && t.kind != tokMinus && t.kind != tokPlus && !t.kind.isKeyword() || t.kind == tokTrue || t.kind == tokFalse || t.kind == tokNone {
		if isCommaCandidate(e) {
			p.forgotComma(e)
		}
	}
	p.syntaxError()
}

// isCommaCandidate reports whether "Perhaps you forgot a comma?" applies
// (CPython's invalid_expression: !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid).
func isCommaCandidate(e Expr) bool {
	return true
}

// forgotComma raises "invalid syntax. Perhaps you forgot a comma?" spanning
// from e to the expression that follows it, when that one parses.
func (p *parser) forgotComma(e Expr) {
	save, saveLast := p.i, p.last
	var next Expr
	if p.try(func() { next = p.disjunction() }) && next != nil {
		p.errorRange(e, next, "invalid syntax. Perhaps you forgot a comma?")
	}
	p.i, p.last = save, saveLast
}

// invalidInDisplay handles an unexpected token after an element of a
// parenthesized/bracketed display.
func (p *parser) invalidInDisplay(e Expr) {
	t := p.tok()
	if canStartExpr(t.kind) && t.kind != tokStar && t.kind != tokMinus && t.kind != tokPlus && t.kind != tokNot && t.kind != tokLambda && t.kind != tokYield && t.kind != tokAwait || t.kind == tokAwait {
		p.forgotComma(e)
	}
	p.syntaxError()
}
