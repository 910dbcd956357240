package syntax

import (
	"math/big"
	"strings"
)

// Pos is a node's source range, exactly as CPython's ast records it:
// 1-based lines, 0-based columns counted in UTF-8 bytes.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// Position returns the node's source range.
func (p Pos) Position() Pos { return p }

// Node is any AST node. Node types are generated into ast_gen.go from
// CPython's ast module, one Go struct per Python class, fields in ASDL order.
type Node interface {
	Position() Pos
	dump(d *dumper)
}

// ModNode is ast.mod: Module, Interactive, Expression, FunctionType.
type ModNode interface {
	Node
	modnodeNode()
}

// Stmt is ast.stmt.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is ast.expr.
type Expr interface {
	Node
	exprNode()
}

// Pattern is ast.pattern (the patterns of a match statement's cases).
type Pattern interface {
	Node
	patternNode()
}

// Const is the value of an ast.Constant or ast.MatchSingleton:
// one of NoneConst, BoolConst, EllipsisConst, *IntConst, FloatConst,
// ComplexConst, StrConst, BytesConst.
type Const interface{ constValue() }

type (
	// NoneConst is None.
	NoneConst struct{}
	// BoolConst is True or False.
	BoolConst bool
	// EllipsisConst is `...`.
	EllipsisConst struct{}
	// IntConst is an int literal of any size.
	IntConst struct{ V *big.Int }
	// FloatConst is a float literal.
	FloatConst float64
	// ComplexConst is an imaginary literal such as 3j (the real part is always 0).
	ComplexConst struct{ Real, Imag float64 }
	// StrConst is a str literal, stored as UTF-8. Lone surrogates from escapes
	// such as "\ud800" are stored in WTF-8 (their 3-byte generalized UTF-8 form).
	StrConst string
	// BytesConst is a bytes literal.
	BytesConst string
)

func (NoneConst) constValue()     {}
func (BoolConst) constValue()     {}
func (EllipsisConst) constValue() {}
func (*IntConst) constValue()     {}
func (FloatConst) constValue()    {}
func (ComplexConst) constValue()  {}
func (StrConst) constValue()      {}
func (BytesConst) constValue()    {}

// Walk calls f for n and then, if f returns true, for each of n's descendants in
// field order (pre-order, depth first).
func Walk(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	walkChildren(n, func(c Node) { Walk(c, f) })
}

// Dump returns the text that CPython's
// ast.dump(node, include_attributes=True) gives for the same node.
func Dump(n Node) string {
	d := &dumper{}
	d.node(n)
	return d.b.String()
}

// dumper builds ast.dump's one-line format: Class(field=value, ..., lineno=1, ...).
// Fields that are None and optional are left out, like CPython does.
type dumper struct {
	b     strings.Builder
	first []bool // per open node: no argument written yet
}

func (d *dumper) open(name string) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	d.first = append(d.first, true)
}

func (d *dumper) close() {
	d.first = d.first[:len(d.first)-1]
	d.b.WriteByte(')')
}

func (d *dumper) field(name string) {
	top := len(d.first) - 1
	if !d.first[top] {
		d.b.WriteString(", ")
	}
	d.first[top] = false
	d.b.WriteString(name)
	d.b.WriteByte('=')
}

func (d *dumper) raw(s string) { d.b.WriteString(s) }

func (d *dumper) node(n Node) {
	if n == nil {
		d.b.WriteString("None")
		return
	}
	n.dump(d)
}

func (d *dumper) list(n int, each func(i int)) {
	d.b.WriteByte('[')
	for i := 0; i < n; i++ {
		if i > 0 {
			d.b.WriteString(", ")
		}
		each(i)
	}
	d.b.WriteByte(']')
}

func (d *dumper) str(s string) { d.b.WriteString(ReprStr(s)) }

func (d *dumper) strings(ss []string) {
	d.list(len(ss), func(i int) { d.str(ss[i]) })
}

func (d *dumper) constant(c Const) { d.b.WriteString(ReprConst(c)) }

func (d *dumper) pos(p Pos) {
	d.field("lineno")
	d.b.WriteString(itoa(p.Lineno))
	d.field("col_offset")
	d.b.WriteString(itoa(p.ColOffset))
	d.field("end_lineno")
	d.b.WriteString(itoa(p.EndLineno))
	d.field("end_col_offset")
	d.b.WriteString(itoa(p.EndColOffset))
}
