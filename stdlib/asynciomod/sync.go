package asynciomod

import (
	py "github.com/pygo-dev/pygo/runtime"
)

// Event is asyncio.Event.
type Event struct {
	flag    bool
	waiters []*Future
}

// Lock is asyncio.Lock.
type Lock struct {
	locked  bool
	waiters []*Future
}

// Queue is an unbounded asyncio.Queue.
type Queue struct {
	items   []py.Object
	getters []*Future
}

// asyncio synchronisation types.
var (
	EventType      = py.NewType("Event", "asyncio", nil, py.FlagBaseType)
	LockType       = py.NewType("Lock", "asyncio", nil, py.FlagBaseType)
	QueueType      = py.NewType("Queue", "asyncio", nil, py.FlagBaseType)
	QueueEmptyType = py.NewType("QueueEmpty", "asyncio", py.ExceptionType, py.FlagBaseType|py.FlagHasDict)
)

// Type returns EventType.
func (e *Event) Type() *py.Type { return EventType }

// Type returns LockType.
func (l *Lock) Type() *py.Type { return LockType }

// Type returns QueueType.
func (q *Queue) Type() *py.Type { return QueueType }

func doneFuture(l *Loop, v py.Object) *Future {
	f := newFuture(l)
	f.setResult(v)
	return f
}

func initSync() {
	def := func(t *py.Type, name string, fn func(th *py.Thread, self py.Object, l *Loop, args []py.Object) (py.Object, error)) {
		py.DefMethod(t, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			l, err := needLoop(th)
			if err != nil {
				return nil, err
			}
			return fn(th, py.Unwrap(self), l, args)
		})
	}
	EventType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return wrap(cls, EventType, &Event{}), nil
	}
	py.DefMethod(EventType, "is_set", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(py.Unwrap(self).(*Event).flag), nil
	})
	py.DefMethod(EventType, "clear", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		py.Unwrap(self).(*Event).flag = false
		return py.None, nil
	})
	def(EventType, "set", func(th *py.Thread, self py.Object, l *Loop, args []py.Object) (py.Object, error) {
		e := self.(*Event)
		e.flag = true
		for _, w := range e.waiters {
			if !w.done {
				w.setResult(py.True)
			}
		}
		e.waiters = nil
		return py.None, nil
	})
	def(EventType, "wait", func(th *py.Thread, self py.Object, l *Loop, args []py.Object) (py.Object, error) {
		e := self.(*Event)
		if e.flag {
			return doneFuture(l, py.True), nil
		}
		f := newFuture(l)
		e.waiters = append(e.waiters, f)
		return f, nil
	})

	LockType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return wrap(cls, LockType, &Lock{}), nil
	}
	acquire := func(th *py.Thread, self py.Object, l *Loop, args []py.Object) (py.Object, error) {
		k := self.(*Lock)
		if !k.locked {
			k.locked = true
			return doneFuture(l, py.True), nil
		}
		f := newFuture(l)
		k.waiters = append(k.waiters, f)
		return f, nil
	}
	release := func(k *Lock) error {
		if !k.locked {
			return py.NewError(py.RuntimeErrorType, "Lock is not acquired.")
		}
		for len(k.waiters) > 0 {
			w := k.waiters[0]
			k.waiters = k.waiters[1:]
			if !w.done {
				// Ownership passes directly to the next waiter.
				w.setResult(py.True)
				return nil
			}
		}
		k.locked = false
		return nil
	}
	def(LockType, "acquire", acquire)
	def(LockType, "__aenter__", func(th *py.Thread, self py.Object, l *Loop, args []py.Object) (py.Object, error) {
		f, err := acquire(th, self, l, args)
		if err != nil {
			return nil, err
		}
		// __aenter__'s value is None, as CPython's Lock gives.
		out := newFuture(l)
		ff := f.(*Future)
		ff.addCallback(func(th *py.Thread, _ *Future) { out.setResult(py.None) })
		return out, nil
	})
	py.DefMethod(LockType, "release", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.None, release(py.Unwrap(self).(*Lock))
	})
	def(LockType, "__aexit__", func(th *py.Thread, self py.Object, l *Loop, args []py.Object) (py.Object, error) {
		if err := release(self.(*Lock)); err != nil {
			return nil, err
		}
		return doneFuture(l, py.None), nil
	})
	py.DefMethod(LockType, "locked", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(py.Unwrap(self).(*Lock).locked), nil
	})

	QueueType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if len(args) > 0 || kw.Len() > 0 {
			return nil, py.NewError(py.NotImplementedErrorType, "Pygo's asyncio.Queue is unbounded: maxsize is not supported")
		}
		return wrap(cls, QueueType, &Queue{}), nil
	}
	put := func(q *Queue, v py.Object) {
		for len(q.getters) > 0 {
			g := q.getters[0]
			q.getters = q.getters[1:]
			if !g.done {
				g.setResult(v)
				return
			}
		}
		q.items = append(q.items, v)
	}
	def(QueueType, "put", func(th *py.Thread, self py.Object, l *Loop, args []py.Object) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "put() takes exactly one argument")
		}
		put(self.(*Queue), args[0])
		return doneFuture(l, py.None), nil
	})
	py.DefMethod(QueueType, "put_nowait", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "put_nowait() takes exactly one argument")
		}
		put(py.Unwrap(self).(*Queue), args[0])
		return py.None, nil
	})
	def(QueueType, "get", func(th *py.Thread, self py.Object, l *Loop, args []py.Object) (py.Object, error) {
		q := self.(*Queue)
		if len(q.items) > 0 {
			v := q.items[0]
			q.items = q.items[1:]
			return doneFuture(l, v), nil
		}
		f := newFuture(l)
		q.getters = append(q.getters, f)
		return f, nil
	})
	py.DefMethod(QueueType, "get_nowait", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		q := py.Unwrap(self).(*Queue)
		if len(q.items) == 0 {
			return nil, py.NewException(QueueEmptyType)
		}
		v := q.items[0]
		q.items = q.items[1:]
		return v, nil
	})
	py.DefMethod(QueueType, "qsize", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Int(len(py.Unwrap(self).(*Queue).items)), nil
	})
	py.DefMethod(QueueType, "empty", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(len(py.Unwrap(self).(*Queue).items) == 0), nil
	})
}

func wrap(cls, builtin *py.Type, v py.Object) py.Object {
	if cls == builtin || cls.Flags&py.FlagHeapType == 0 {
		return v
	}
	in := py.NewInstance(cls)
	in.Base = v
	return in
}
