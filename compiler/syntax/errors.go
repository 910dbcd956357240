package syntax

import "fmt"

// SyntaxError is a compile-time error in Python source, positioned as CPython
// positions it: Lineno is 1-based and Offset is CPython's 1-based column
// (SyntaxError.offset). End positions are 0 when CPython gives none.
// The resolver reports scoping errors (e.g. nonlocal at module level) with the
// same type; Kind is "SyntaxError" or "IndentationError" or "TabError".
type SyntaxError struct {
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Kind      string
	Msg       string
}

// Error formats the error as file.py:LINE:COL: SyntaxError: MESSAGE.
func (e *SyntaxError) Error() string {
	kind := e.Kind
	if kind == "" {
		kind = "SyntaxError"
	}
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Lineno, e.Offset, kind, e.Msg)
}
