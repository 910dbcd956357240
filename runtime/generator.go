package py

// Generators and coroutines, run as Go coroutines with iter.Pull: the
// body is an ordinary Go function that calls y.Yield(v) and gets back the
// value sent in (or the exception thrown in by throw()/close()).

import (
	"iter"
	"runtime"
	"sync/atomic"
)

// CoroutineWrapperType is the type of coroutine.__await__().
var CoroutineWrapperType = newBuiltinType("coroutine_wrapper", ObjectType, 0)

// Generator is a generator or coroutine object.
type Generator struct {
	typ      *Type
	name     string
	qualname string
	next     func() (Object, bool)
	stop     func()
	st       *genState
	// retval is the return value of a finished generator, for next() and
	// send() to put in StopIteration.
	retval Object
}

// genState is shared between the generator object and its coroutine (it
// must not refer back to the Generator, so that an abandoned generator
// can be collected and its coroutine stopped).
type genState struct {
	body    func(th *Thread, y *Yielder) (Object, error)
	th      *Thread
	sent    Object
	thrown  error
	result  Object
	err     error
	started bool
	running atomic.Bool
	done    bool
	stopped bool // stop() was called: every Yield fails with GeneratorExit
	// asyncGen: an async generator, whose yields are marked (asyncYield)
	// to tell them from the suspensions of its awaits.
	asyncGen bool
}

// Yielder is the generator body's handle for yielding.
type Yielder struct {
	s     *genState
	yield func(Object) bool
}

// Type returns GeneratorType or CoroutineType.
func (g *Generator) Type() *Type { return g.typ }

// NewGenerator creates a generator object whose body runs on first next().
func NewGenerator(th *Thread, name, qualname string, body func(th *Thread, y *Yielder) (Object, error)) Object {
	return newGen(GeneratorType, name, qualname, body)
}

// NewCoroutine creates a coroutine object (async def); its body awaits
// with y.Await.
func NewCoroutine(th *Thread, name, qualname string, body func(th *Thread, y *Yielder) (Object, error)) Object {
	return newGen(CoroutineType, name, qualname, body)
}

func newGen(t *Type, name, qualname string, body func(th *Thread, y *Yielder) (Object, error)) *Generator {
	if qualname == "" {
		qualname = name
	}
	st := &genState{body: body, th: &Thread{}}
	seq := func(yield func(Object) bool) {
		y := &Yielder{s: st, yield: yield}
		defer func() {
			if r := recover(); r != nil {
				st.result, st.err = nil, PanicError(r)
			}
			st.done = true
		}()
		st.result, st.err = st.body(st.th, y)
	}
	next, stop := iter.Pull(iter.Seq[Object](seq))
	g := &Generator{typ: t, name: name, qualname: qualname, next: next, stop: stop, st: st}
	runtime.SetFinalizer(g, func(g *Generator) {
		if g.st.started && !g.st.done {
			g.st.th.parent = nil
		}
		g.stop()
	})
	return g
}

// Yield suspends the generator, producing v. It returns the value sent in
// (None for next()), or the exception thrown in.
func (y *Yielder) Yield(v Object) (Object, error) {
	if y.s.asyncGen {
		v = &asyncYield{v: v}
	}
	return y.suspend(v)
}

// suspend passes v to the resumer as is (Yield, and the suspensions of a
// delegated await).
func (y *Yielder) suspend(v Object) (Object, error) {
	s := y.s
	if s.stopped {
		return nil, NewException(GeneratorExitType)
	}
	if !y.yield(v) {
		s.stopped = true
		return nil, NewException(GeneratorExitType)
	}
	if t := s.thrown; t != nil {
		s.thrown = nil
		return nil, t
	}
	sent := s.sent
	s.sent = nil
	if sent == nil {
		sent = None
	}
	return sent, nil
}

// resume runs the generator until its next yield (done false) or its end
// (done true, with its return value or exception).
func (g *Generator) resume(th *Thread, sent Object, thrown error) (v Object, done bool, ret Object, err error) {
	s := g.st
	what := "generator"
	if g.typ == CoroutineType {
		what = "coroutine"
	}
	if !s.running.CompareAndSwap(false, true) {
		return nil, false, nil, NewError(ValueErrorType, "%s already executing", what)
	}
	if s.done {
		s.running.Store(false)
		if thrown != nil {
			return nil, true, nil, thrown
		}
		if g.typ == CoroutineType {
			return nil, true, nil, NewError(RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return nil, true, None, nil
	}
	if !s.started {
		if thrown != nil {
			s.done = true
			g.stop()
			s.running.Store(false)
			return nil, true, nil, thrown
		}
		if sent != nil && sent != None {
			s.running.Store(false)
			return nil, false, nil, NewError(TypeErrorType, "can't send non-None value to a just-started %s", what)
		}
		s.started = true
	}
	gth := s.th
	gth.parent = th
	gth.depth = th.depth
	gth.ident = th.ident
	gth.Data = th.Data
	gth.main = th.main
	s.sent, s.thrown = sent, thrown
	v, ok := g.next()
	s.running.Store(false)
	gth.parent = nil
	if ok {
		return v, false, nil, nil
	}
	s.done = true
	if s.err != nil {
		err := s.err
		s.err = nil
		if e, ok := err.(*BaseException); ok && err != thrown {
			appendResumerStack(e)
		}
		if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(StopIterationType) {
			re := NewError(RuntimeErrorType, "%s raised StopIteration", what)
			re.Cause = e
			re.Context = e
			re.SuppressContext = true
			return nil, true, nil, re
		}
		return nil, true, nil, err
	}
	r := s.result
	if r == nil {
		r = None
	}
	g.retval = r
	return nil, true, r, nil
}

// appendResumerStack extends the traceback of an exception leaving a
// generator (captured on the generator's own goroutine) with the stack of
// the code that resumed it, so that it shows the consumer's frames below
// the generator's, as CPython's does.
func appendResumerStack(e *BaseException) {
	if len(e.Traceback) == 0 {
		return
	}
	pcs := make([]uintptr, 64)
	n := runtime.Callers(3, pcs)
	for n == len(pcs) && len(pcs) < 1<<20 {
		pcs = make([]uintptr, len(pcs)*8)
		n = runtime.Callers(3, pcs)
	}
	tb := make([]uintptr, 0, len(e.Traceback)+n)
	tb = append(tb, e.Traceback...)
	e.Traceback = append(tb, pcs[:n]...)
}

// Send is generator.send(v): the next yielded value, or (nil, nil) with
// the return value in StopIteration raised by the caller.
func (g *Generator) Send(th *Thread, v Object) (Object, error) {
	y, done, ret, err := g.resume(th, v, nil)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, stopIteration(ret)
	}
	return y, nil
}

func stopIteration(ret Object) error {
	var e *BaseException
	if ret == nil || ret == None {
		e = NewException(StopIterationType)
	} else {
		e = NewException(StopIterationType, ret)
	}
	e.CaptureTraceback(1)
	return e
}

// Throw is generator.throw(exc).
func (g *Generator) Throw(th *Thread, exc *BaseException) (Object, error) {
	y, done, ret, err := g.resume(th, nil, exc)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, stopIteration(ret)
	}
	return y, nil
}

// Close is generator.close().
func (g *Generator) Close(th *Thread) error {
	s := g.st
	if s.done {
		return nil
	}
	if !s.started {
		s.done = true
		g.stop()
		return nil
	}
	_, done, _, err := g.resume(th, nil, NewException(GeneratorExitType))
	if err != nil {
		if e, ok := err.(*BaseException); ok && (e.Type().IsSubtype(GeneratorExitType) || e.Type().IsSubtype(StopIterationType)) {
			return nil
		}
		return err
	}
	if !done {
		return NewError(RuntimeErrorType, "generator ignored GeneratorExit")
	}
	return nil
}

// YieldFrom implements `yield from iterable` inside a generator body:
// values, send() and throw() pass through to the inner iterator; the
// result is its return value.
func (y *Yielder) YieldFrom(th *Thread, iterable Object) (Object, error) {
	it, err := Iter(th, iterable)
	if err != nil {
		return nil, err
	}
	return y.delegate(th, it)
}

// Await implements `await awaitable` inside a coroutine body.
func (y *Yielder) Await(th *Thread, awaitable Object) (Object, error) {
	it, err := getAwaitable(th, awaitable)
	if err != nil {
		return nil, err
	}
	return y.delegate(th, it)
}

// getAwaitable returns the iterator that `await o` delegates to.
func getAwaitable(th *Thread, o Object) (Object, error) {
	if g, ok := o.(*Generator); ok && g.typ == CoroutineType {
		if g.st.running.Load() {
			return nil, NewError(RuntimeErrorType, "coroutine is being awaited already")
		}
		return g, nil
	}
	m, err := lookupSpecial(th, o, cnDnAwait)
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, NewError(TypeErrorType, "object %s can't be used in 'await' expression", o.Type().Name)
	}
	it, err := Call0(th, m)
	if err != nil {
		return nil, err
	}
	if g, ok := it.(*Generator); ok && g.typ == CoroutineType {
		return nil, NewError(TypeErrorType, "__await__() returned a coroutine")
	}
	if it.Type().Slots.Next == nil {
		return nil, NewError(TypeErrorType, "__await__() returned non-iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}

func (y *Yielder) delegate(th *Thread, it Object) (Object, error) {
	g, isGen := it.(*Generator)
	if w, ok := it.(*coroWrapper); ok {
		g, isGen = w.g, true
	}
	var sent Object = None
	var thrown error
	for {
		var v Object
		if isGen {
			var done bool
			var ret Object
			var err error
			if thrown != nil {
				if e := AsException(thrown); e.Type().IsSubtype(GeneratorExitType) {
					if err := g.Close(th); err != nil {
						return nil, err
					}
					return nil, thrown
				}
				v, done, ret, err = g.resume(th, nil, thrown)
			} else {
				v, done, ret, err = g.resume(th, sent, nil)
			}
			if err != nil {
				return nil, err
			}
			if done {
				return ret, nil
			}
		} else {
			var err error
			if thrown != nil {
				e := AsException(thrown)
				if e.Type().IsSubtype(GeneratorExitType) {
					if cl, _ := GetAttrOpt(th, it, cnNameClose); cl != nil {
						if _, err := Call0(th, cl); err != nil {
							return nil, err
						}
					}
					return nil, thrown
				}
				tm, _ := GetAttrOpt(th, it, cnNameThrow)
				if tm == nil {
					return nil, thrown
				}
				v, err = Call1(th, tm, e)
			} else if sent == None {
				v, err = Next(th, it)
				if err == nil && v == nil {
					return None, nil
				}
			} else {
				v, err = CallMethod1(th, it, cnNameSend, sent)
			}
			if err != nil {
				if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(StopIterationType) {
					return stopValue(e), nil
				}
				return nil, err
			}
		}
		sent, thrown = y.suspend(v)
	}
}

// stopValue is StopIteration.value.
func stopValue(e *BaseException) Object {
	if e.Args != nil && len(e.Args.Items) > 0 {
		return e.Args.Items[0]
	}
	return None
}

// coroWrapper is the iterator returned by coroutine.__await__().
type coroWrapper struct{ g *Generator }

func (*coroWrapper) Type() *Type { return CoroutineWrapperType }

// throwArgs builds the exception for throw(typ[, val[, tb]]).
func throwArgs(th *Thread, args []Object, kw *KwArgs) (*BaseException, error) {
	if err := ArgRange("throw", args, kw, 1, 3); err != nil {
		return nil, err
	}
	typ := args[0]
	var val Object
	if len(args) > 1 && args[1] != None {
		val = args[1]
	}
	switch t := typ.(type) {
	case *BaseException:
		if val != nil {
			return nil, NewError(TypeErrorType, "instance exception may not have a separate value")
		}
		return t, nil
	case *Type:
		if !t.IsSubtype(BaseExceptionType) {
			break
		}
		if ve, ok := val.(*BaseException); ok && ve.Type().IsSubtype(t) {
			return ve, nil
		}
		var r Object
		var err error
		switch v := val.(type) {
		case nil:
			r, err = Call0(th, t)
		case *Tuple:
			r, err = Call(th, t, v.Items, nil)
		default:
			r, err = Call1(th, t, v)
		}
		if err != nil {
			return nil, err
		}
		e, ok := r.(*BaseException)
		if !ok {
			return nil, NewError(TypeErrorType, "exceptions must derive from BaseException")
		}
		return e, nil
	}
	return nil, NewError(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
}

func init() {
	for _, t := range []*Type{GeneratorType, CoroutineType} {
		what := "generator"
		if t == CoroutineType {
			what = "coroutine"
		}
		t.Slots.Repr = func(th *Thread, o Object) (Object, error) {
			g := o.(*Generator)
			return NewStr("<" + what + " object " + g.qualname + " at " + hexAddr(g) + ">"), nil
		}
		DefMethod(t, "send", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg(what+".send", args, kw); err != nil {
				return nil, err
			}
			return self.(*Generator).Send(th, args[0])
		})
		DefMethod(t, "throw", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			e, err := throwArgs(th, args, kw)
			if err != nil {
				return nil, err
			}
			return self.(*Generator).Throw(th, e)
		})
		DefMethod(t, "close", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := NoArgs(what+".close", args, kw); err != nil {
				return nil, err
			}
			return None, self.(*Generator).Close(th)
		})
		DefGetter(t, "__name__", func(th *Thread, self Object) (Object, error) { return NewStr(self.(*Generator).name), nil })
		DefGetter(t, "__qualname__", func(th *Thread, self Object) (Object, error) { return NewStr(self.(*Generator).qualname), nil })
		prefix := "gi_"
		if t == CoroutineType {
			prefix = "cr_"
		}
		DefGetter(t, prefix+"running", func(th *Thread, self Object) (Object, error) { return Bool(self.(*Generator).st.running.Load()), nil })
		DefGetter(t, prefix+"frame", func(th *Thread, self Object) (Object, error) { return None, nil })
	}
	GeneratorType.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
	GeneratorType.Slots.Next = func(th *Thread, o Object) (Object, error) {
		g := o.(*Generator)
		v, done, _, err := g.resume(th, nil, nil)
		if err != nil || done {
			return nil, err
		}
		return v, nil
	}
	DefMethod(CoroutineType, "__await__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return &coroWrapper{g: self.(*Generator)}, nil
	})
	CoroutineWrapperType.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
	CoroutineWrapperType.Slots.Next = func(th *Thread, o Object) (Object, error) {
		g := o.(*coroWrapper).g
		v, done, ret, err := g.resume(th, nil, nil)
		if err != nil {
			return nil, err
		}
		if done {
			g.retval = ret
			if ret != None {
				return nil, stopIteration(ret)
			}
			return nil, nil
		}
		return v, nil
	}
	DefMethod(CoroutineWrapperType, "send", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("send", args, kw); err != nil {
			return nil, err
		}
		return self.(*coroWrapper).g.Send(th, args[0])
	})
	DefMethod(CoroutineWrapperType, "throw", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		e, err := throwArgs(th, args, kw)
		if err != nil {
			return nil, err
		}
		return self.(*coroWrapper).g.Throw(th, e)
	})
	DefMethod(CoroutineWrapperType, "close", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return None, self.(*coroWrapper).g.Close(th)
	})
}

// CloseIter closes it if it is a suspended generator. Generated code may
// call it when a for loop over a temporary iterator (`for x in gen():`)
// ends early by break, return or an exception: CPython's reference
// counting closes such a generator at that point, running its finally
// blocks. Do not call it for iterators that other code may still hold.
func CloseIter(th *Thread, it Object) error {
	if g, ok := it.(*Generator); ok && g.typ == GeneratorType && g.st.started && !g.st.done {
		return g.Close(th)
	}
	return nil
}
