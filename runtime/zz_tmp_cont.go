package py

// TEMPORARY stand-ins (containers work) for names owned by the core work
// that do not exist yet. Each is deleted as soon as the real one lands.

// Iter is iter(o) (temporary).
func Iter(th *Thread, o Object) (Object, error) {
	if f := o.Type().Slots.Iter; f != nil {
		return f(th, o)
	}
	return nil, NewError(TypeErrorType, "'%s' object is not iterable", o.Type().Name)
}

// Next is next(it); (nil, nil) at the end (temporary).
func Next(th *Thread, it Object) (Object, error) {
	if f := it.Type().Slots.Next; f != nil {
		return f(th, it)
	}
	return nil, NewError(TypeErrorType, "'%s' object is not an iterator", it.Type().Name)
}

// Builtins is the builtins namespace (temporary).
var Builtins = NewDict()

// RegisterBuiltin adds a builtin (temporary).
func RegisterBuiltin(name string, o Object) { Builtins.SetStr(Intern(name), o) }
