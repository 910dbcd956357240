package py

// Async generators (async def with yield): the body is a coroutine body
// that calls y.Yield(v) for `yield v` and y.Await(th, x) for `await x`.
// __anext__/asend/athrow/aclose return awaitables that run the body until
// its next yield, passing the suspensions of its awaits through to the
// event loop.

// AsyncGenASendType is the type of the awaitables returned by
// __anext__/asend/athrow/aclose.
var AsyncGenASendType = newBuiltinType("async_generator_asend", ObjectType, 0)

// asyncYield marks a value yielded by an async generator (as opposed to
// a suspension of one of its awaits).
type asyncYield struct{ v Object }

func (*asyncYield) Type() *Type { return ObjectType }

// NewAsyncGenerator creates an async generator object.
func NewAsyncGenerator(th *Thread, name, qualname string, body func(th *Thread, y *Yielder) (Object, error)) Object {
	g := newGen(AsyncGeneratorType, name, qualname, body)
	g.st.asyncGen = true
	return g
}

// asyncOp is one __anext__/asend/athrow/aclose awaitable.
type asyncOp struct {
	g       *Generator
	send    Object // value for asend (None for __anext__)
	throw   *BaseException
	closing bool // aclose()
	started bool
	done    bool
}

func (*asyncOp) Type() *Type { return AsyncGenASendType }

// step runs the generator once for the awaitable: (value, nil) is a
// suspension to pass up; a StopIteration error carries the yielded value.
func (op *asyncOp) step(th *Thread, sent Object, thrown error) (Object, error) {
	if op.done {
		return nil, NewError(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	if !op.started {
		op.started = true
		if thrown == nil {
			if op.throw != nil {
				thrown = op.throw
			} else if op.closing {
				thrown = NewException(GeneratorExitType)
			} else if sent == None || sent == nil {
				sent = op.send
			}
		}
		if op.g.st.done {
			op.done = true
			if op.closing {
				return nil, NewException(StopIterationType)
			}
			if thrown != nil {
				return nil, thrown
			}
			return nil, NewException(StopAsyncIterationType)
		}
	}
	v, done, _, err := op.g.resume(th, sent, thrown)
	if err != nil {
		op.done = true
		if op.closing {
			if e, ok := err.(*BaseException); ok && (e.Type().IsSubtype(GeneratorExitType) || e.Type().IsSubtype(StopAsyncIterationType)) {
				return nil, NewException(StopIterationType)
			}
		}
		return nil, err
	}
	if done {
		op.done = true
		if op.closing {
			return nil, NewException(StopIterationType)
		}
		return nil, NewException(StopAsyncIterationType)
	}
	if y, ok := v.(*asyncYield); ok {
		op.done = true
		if op.closing {
			return nil, NewError(RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return nil, NewException(StopIterationType, y.v)
	}
	return v, nil
}

// AIter is aiter(o) / the start of `async for`.
func AIter(th *Thread, o Object) (Object, error) {
	m := o.Type().Lookup(Intern("__aiter__"))
	if m == nil {
		return nil, NewError(TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", o.Type().Name)
	}
	return callSpecial0(th, m, o)
}

// ANext returns the awaitable of one `async for` step (it raises
// StopAsyncIteration when awaited at the end).
func ANext(th *Thread, it Object) (Object, error) {
	m := it.Type().Lookup(Intern("__anext__"))
	if m == nil {
		return nil, NewError(TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", it.Type().Name)
	}
	return callSpecial0(th, m, it)
}

func init() {
	DefBuiltin("aiter", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("aiter", args, kw); err != nil {
			return nil, err
		}
		return AIter(th, args[0])
	})
	DefBuiltin("anext", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("anext", args, kw, 1, 2); err != nil {
			return nil, err
		}
		if len(args) == 2 {
			return nil, NewError(NotImplementedErrorType, "anext() with a default is not supported by pygo")
		}
		return ANext(th, args[0])
	})
	t := AsyncGeneratorType
	t.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		g := o.(*Generator)
		return NewStr("<async_generator object " + g.qualname + " at " + hexAddr(g) + ">"), nil
	}
	DefMethod(t, "__aiter__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) { return self, nil })
	DefMethod(t, "__anext__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return &asyncOp{g: self.(*Generator), send: None}, nil
	})
	DefMethod(t, "asend", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("asend", args, kw); err != nil {
			return nil, err
		}
		return &asyncOp{g: self.(*Generator), send: args[0]}, nil
	})
	DefMethod(t, "athrow", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		e, err := throwArgs(th, args, kw)
		if err != nil {
			return nil, err
		}
		return &asyncOp{g: self.(*Generator), throw: e}, nil
	})
	DefMethod(t, "aclose", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return &asyncOp{g: self.(*Generator), closing: true}, nil
	})
	DefGetter(t, "__name__", func(th *Thread, self Object) (Object, error) { return NewStr(self.(*Generator).name), nil })
	DefGetter(t, "__qualname__", func(th *Thread, self Object) (Object, error) { return NewStr(self.(*Generator).qualname), nil })
	DefGetter(t, "ag_running", func(th *Thread, self Object) (Object, error) { return Bool(self.(*Generator).st.running.Load()), nil })

	a := AsyncGenASendType
	a.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
	a.Slots.Next = func(th *Thread, o Object) (Object, error) { return o.(*asyncOp).step(th, None, nil) }
	DefMethod(a, "__await__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) { return self, nil })
	DefMethod(a, "send", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("send", args, kw); err != nil {
			return nil, err
		}
		return self.(*asyncOp).step(th, args[0], nil)
	})
	DefMethod(a, "throw", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		e, err := throwArgs(th, args, kw)
		if err != nil {
			return nil, err
		}
		return self.(*asyncOp).step(th, nil, e)
	})
	DefMethod(a, "close", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		self.(*asyncOp).done = true
		return None, nil
	})
}
