package py

// Tuple is a Python tuple. Its items never change after creation.
type Tuple struct {
	Items []Object
}

// Type returns TupleType.
func (t *Tuple) Type() *Type { return TupleType }

// EmptyTuple is the shared empty tuple.
var EmptyTuple = &Tuple{}

// NewTuple makes a tuple that owns items.
func NewTuple(items []Object) *Tuple {
	if len(items) == 0 {
		return EmptyTuple
	}
	return &Tuple{Items: items}
}
