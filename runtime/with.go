package py

// The with statement: Enter looks up __enter__/__exit__ on the type (as
// CPython's BEFORE_WITH does) and calls __enter__; Exit calls __exit__.

// Enter starts `with mgr`: it returns the bound __exit__, the value of
// __enter__() (the `as` target), or an error.
func Enter(th *Thread, mgr Object) (exit Object, value Object, err error) {
	t := mgr.Type()
	enter := t.Lookup(cnDnEnter)
	if enter == nil {
		return nil, nil, NewError(TypeErrorType, "'%s' object does not support the context manager protocol", t.Name)
	}
	ex := t.Lookup(cnDnExit)
	if ex == nil {
		return nil, nil, NewError(TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", t.Name)
	}
	exit, err = bindDescr(th, ex, mgr, t)
	if err != nil {
		return nil, nil, err
	}
	value, err = callSpecial0(th, enter, mgr)
	if err != nil {
		return nil, nil, err
	}
	return exit, value, nil
}

// Exit finishes a with block: excErr is the exception leaving the block
// (nil on normal exit). suppress reports whether __exit__ returned a true
// value, which swallows the exception.
func Exit(th *Thread, exit Object, excErr error) (suppress bool, err error) {
	if excErr == nil {
		_, err := Call3(th, exit, None, None, None)
		return false, err
	}
	e := AsException(excErr)
	// e is "being handled" while __exit__ runs (sys.exc_info(), context of
	// new exceptions), without marking where it was caught: unless
	// __exit__ suppresses it, it keeps unwinding with its full traceback.
	th.handling = append(th.handling, e)
	r, err := Call3(th, exit, e.Type(), e, None)
	th.PopHandled()
	if err != nil {
		return false, err
	}
	return Truth(th, r)
}

// AsyncEnter looks up __aenter__/__aexit__ for `async with`: it returns
// the bound __aexit__ and the awaitable returned by __aenter__().
func AsyncEnter(th *Thread, mgr Object) (aexit Object, awaitable Object, err error) {
	t := mgr.Type()
	enter := t.Lookup(cnDnAenter)
	if enter == nil {
		return nil, nil, NewError(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", t.Name)
	}
	ex := t.Lookup(cnDnAexit)
	if ex == nil {
		return nil, nil, NewError(TypeErrorType, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", t.Name)
	}
	if aexit, err = bindDescr(th, ex, mgr, t); err != nil {
		return nil, nil, err
	}
	awaitable, err = callSpecial0(th, enter, mgr)
	return aexit, awaitable, err
}

// AsyncExitCall calls __aexit__ and returns its awaitable (await it, then
// test its truth to decide suppression).
func AsyncExitCall(th *Thread, aexit Object, excErr error) (Object, error) {
	if excErr == nil {
		return Call3(th, aexit, None, None, None)
	}
	e := AsException(excErr)
	return Call3(th, aexit, e.Type(), e, None)
}
