package py

import "math"

// Bool is a Python bool. bool is a subclass of int: every int operation
// accepts a Bool as 0 or 1, and &, |, ^ between two bools give a bool.
type Bool bool

// Type returns BoolType.
func (Bool) Type() *Type { return BoolType }

// True and False.
const (
	True  = Bool(true)
	False = Bool(false)
)

// NewBool returns True or False.
func NewBool(b bool) Bool { return Bool(b) }

func boolRepr(b Bool) string {
	if b {
		return "True"
	}
	return "False"
}

// Is reports whether a and b are the same object (Python's `is`). Values
// of the header-less value types (Int, Float, Bool, Complex) are identical
// when they have the same type and bits.
func Is(a, b Object) bool {
	switch x := a.(type) {
	case Float:
		y, ok := b.(Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	case Complex:
		y, ok := b.(Complex)
		return ok && math.Float64bits(real(x)) == math.Float64bits(real(y)) &&
			math.Float64bits(imag(x)) == math.Float64bits(imag(y))
	}
	return a == b
}
