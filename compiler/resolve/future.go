package resolve

// __future__ imports (CPython's Python/future.c): which features a module
// enables, and the errors for unknown features.

import (
	"fmt"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

// futureFeatures is what future.c's PyFutureFeatures records.
type futureFeatures struct {
	annotations bool
	barry       bool
	// lineno is the line of the last leading future import, or -1: the
	// compiler rejects __future__ imports on later lines.
	lineno int
}

// futureParse scans the module's leading __future__ imports (future_parse).
// Only a docstring and other future imports may precede one; a future
// import after another statement on the same line is an error here, one on
// a later line is reported by the compiler (check.go).
func futureParse(filename string, mod *syntax.Module) (ff futureFeatures) {
	ff.lineno = -1
	body := mod.Body
	i := 0
	if hasDocstring(body) {
		i++
	}
	done := false
	prevLine := 0
	for ; i < len(body); i++ {
		s := body[i]
		p := s.Position()
		if done && p.Lineno > prevLine {
			return ff
		}
		prevLine = p.Lineno
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module != "__future__" {
			done = true
			continue
		}
		if done {
			// future.c positions this one at col_offset, not col_offset+1.
			panic(&syntax.SyntaxError{Filename: filename, Lineno: p.Lineno, Offset: p.ColOffset,
				EndLineno: p.Lineno, Kind: "SyntaxError",
				Msg: "from __future__ imports must occur at the beginning of the file"})
		}
		for _, a := range imp.Names {
			switch a.Name {
			case "nested_scopes", "generators", "division", "absolute_import",
				"with_statement", "print_function", "unicode_literals", "generator_stop":
			case "barry_as_FLUFL":
				ff.barry = true
			case "annotations":
				ff.annotations = true
			case "braces":
				futureError(filename, p, "not a chance")
			default:
				futureError(filename, p, fmt.Sprintf("future feature %s is not defined", a.Name))
			}
		}
		ff.lineno = p.Lineno
	}
	return ff
}

// futureError raises an error positioned as future.c positions it: a start
// only (CPython reports end_lineno = lineno and no end column).
func futureError(filename string, p syntax.Pos, msg string) {
	panic(&syntax.SyntaxError{Filename: filename, Lineno: p.Lineno, Offset: p.ColOffset + 1,
		EndLineno: p.Lineno, Kind: "SyntaxError", Msg: msg})
}

// hasDocstring reports whether body starts with a string literal statement.
func hasDocstring(body []syntax.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	e, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*syntax.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(syntax.StrConst)
	return ok
}
