package py

// Rich comparison with CPython's rules (do_richcompare): the reflected
// operation of a subclass operand first, then the forward one, then the
// reflected one; == and != fall back to identity.

// swappedOp is the reflection of each comparison (a < b is b > a).
var swappedOp = [...]CompareOp{OpGT, OpGE, OpEQ, OpNE, OpLT, OpLE}

// compareSymbols are the operator texts used in messages.
var compareSymbols = [...]string{"<", "<=", "==", "!=", ">", ">="}

// compareNames are the special method names of the comparisons.
var compareNames = [...]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// Compare is `a op b` for a rich comparison.
func Compare(th *Thread, op CompareOp, a, b Object) (Object, error) {
	if r, ok := fastCompare(op, a, b); ok {
		return Bool(r), nil
	}
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) {
		if f := tb.Slots.Compare; f != nil {
			checkedReverse = true
			r, err := f(th, b, a, swappedOp[op])
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	if f := ta.Slots.Compare; f != nil {
		r, err := f(th, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !checkedReverse {
		if f := tb.Slots.Compare; f != nil {
			r, err := f(th, b, a, swappedOp[op])
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	switch op {
	case OpEQ:
		return Bool(Is(a, b)), nil
	case OpNE:
		return Bool(!Is(a, b)), nil
	}
	return nil, NewError(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'",
		compareSymbols[op], ta.Name, tb.Name)
}

func cmpInt64(x, y int64, op CompareOp) bool {
	switch op {
	case OpLT:
		return x < y
	case OpLE:
		return x <= y
	case OpEQ:
		return x == y
	case OpNE:
		return x != y
	case OpGT:
		return x > y
	}
	return x >= y
}

// CompareBool is bool(a op b). For == and != identical objects compare
// equal without calling __eq__, as in CPython's containers.
func CompareBool(th *Thread, op CompareOp, a, b Object) (bool, error) {
	if r, ok := fastCompare(op, a, b); ok {
		return r, nil
	}
	if x, ok := a.(*Str); ok {
		if y, ok := b.(*Str); ok && (op == OpEQ || op == OpNE) {
			return (x == y || x.String() == y.String()) == (op == OpEQ), nil
		}
	}
	r, err := Compare(th, op, a, b)
	if err != nil {
		return false, err
	}
	if v, ok := r.(Bool); ok {
		return bool(v), nil
	}
	return Truth(th, r)
}

// Equal reports a == b, with the identity shortcut CPython's containers
// use (PyObject_RichCompareBool).
func Equal(th *Thread, a, b Object) (bool, error) {
	if Is(a, b) {
		return true, nil
	}
	return CompareBool(th, OpEQ, a, b)
}

// Lt is a < b (Go bool), used by sorting and min/max.
func Lt(th *Thread, a, b Object) (bool, error) { return CompareBool(th, OpLT, a, b) }

// objectCompare is object's comparison: == by identity, everything else
// NotImplemented (object.__ne__ inverts __eq__).
func objectCompare(th *Thread, a, b Object, op CompareOp) (Object, error) {
	switch op {
	case OpEQ:
		if Is(a, b) {
			return True, nil
		}
		return NotImplemented, nil
	case OpNE:
		// object.__ne__ delegates to __eq__ and inverts its result.
		if f := a.Type().Slots.Compare; f != nil && a.Type().Lookup(cnDnEq) != objectEqWrapper {
			r, err := f(th, a, b, OpEQ)
			if err != nil || r == NotImplemented {
				return r, err
			}
			t, err := Truth(th, r)
			if err != nil {
				return nil, err
			}
			return Bool(!t), nil
		}
		if Is(a, b) {
			return False, nil
		}
		return NotImplemented, nil
	}
	return NotImplemented, nil
}
