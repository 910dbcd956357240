package py

import (
	"strings"
	"testing"
)

// genLog runs a generator body that yields 1, 2 and records what it
// receives, returning "ret".
func logGen(th *Thread, log *[]string) Object {
	return NewGenerator(th, "g", "g", func(th *Thread, y *Yielder) (Object, error) {
		for i := 1; i <= 2; i++ {
			v, err := y.Yield(Int(i))
			if err != nil {
				*log = append(*log, "caught "+AsException(err).Type().Name)
				if AsException(err).Type() == ValueErrorType {
					continue
				}
				return nil, err
			}
			r, _ := Repr(th, v)
			*log = append(*log, "got "+r.String())
		}
		return NewStr("ret"), nil
	})
}

func TestGeneratorProtocol(t *testing.T) {
	th := NewThread()
	var log []string
	g := logGen(th, &log).(*Generator)
	if _, err := g.Send(th, Int(5)); coreErrText(err) != "TypeError: can't send non-None value to a just-started generator" {
		t.Errorf("send to new: %q", coreErrText(err))
	}
	v, err := Next(th, g)
	if err != nil || !Is(v, Int(1)) {
		t.Fatalf("next = %v, %v", v, err)
	}
	v, err = g.Send(th, NewStr("x"))
	if err != nil || !Is(v, Int(2)) {
		t.Fatalf("send = %v, %v", v, err)
	}
	_, err = g.Send(th, None)
	e := AsException(err)
	if e == nil || e.Type() != StopIterationType || coreStr(t, th, stopValue(e)) != "ret" {
		t.Errorf("final send = %v", err)
	}
	if got := strings.Join(log, ","); got != "got 'x',got None" {
		t.Errorf("log = %s", got)
	}
	// throw: handled ValueError continues; close raises GeneratorExit inside.
	log = nil
	g = logGen(th, &log).(*Generator)
	Next(th, g)
	v, err = g.Throw(th, NewException(ValueErrorType))
	if err != nil || !Is(v, Int(2)) {
		t.Fatalf("throw = %v, %v", v, err)
	}
	if err := g.Close(th); err != nil {
		t.Fatalf("close: %v", err)
	}
	if got := strings.Join(log, ","); got != "caught ValueError,caught GeneratorExit" {
		t.Errorf("log = %s", got)
	}
	if v, err := Next(th, g); v != nil || err != nil {
		t.Errorf("next after close = %v, %v", v, err)
	}
	// A generator that ignores GeneratorExit.
	stubborn := NewGenerator(th, "s", "s", func(th *Thread, y *Yielder) (Object, error) {
		for {
			y.Yield(None)
		}
	}).(*Generator)
	Next(th, stubborn)
	if err := stubborn.Close(th); coreErrText(err) != "RuntimeError: generator ignored GeneratorExit" {
		t.Errorf("close stubborn: %q", coreErrText(err))
	}
	// StopIteration raised inside becomes RuntimeError.
	bad := NewGenerator(th, "b", "b", func(th *Thread, y *Yielder) (Object, error) {
		return nil, NewException(StopIterationType)
	})
	if _, err := Next(th, bad); coreErrText(err) != "RuntimeError: generator raised StopIteration" {
		t.Errorf("got %q", coreErrText(err))
	}
	// Re-entrancy.
	var self Object
	self = NewGenerator(th, "r", "r", func(th *Thread, y *Yielder) (Object, error) {
		_, err := Next(th, self)
		return nil, err
	})
	if _, err := Next(th, self); coreErrText(err) != "ValueError: generator already executing" {
		t.Errorf("got %q", coreErrText(err))
	}
	// Throw into a just-started generator raises it at once.
	fresh := logGen(th, &log).(*Generator)
	if _, err := fresh.Throw(th, NewException(KeyErrorType)); AsException(err).Type() != KeyErrorType {
		t.Errorf("throw into fresh = %v", err)
	}
}

func TestYieldFrom(t *testing.T) {
	th := NewThread()
	var log []string
	outer := NewGenerator(th, "outer", "outer", func(th *Thread, y *Yielder) (Object, error) {
		r, err := y.YieldFrom(th, logGen(th, &log))
		if err != nil {
			return nil, err
		}
		log = append(log, "inner returned "+coreStr(t, th, r))
		r, err = y.YieldFrom(th, NewList([]Object{Int(7)}))
		if err != nil {
			return nil, err
		}
		return r, nil
	}).(*Generator)
	var got []string
	v, err := Next(th, outer)
	for v != nil && err == nil {
		got = append(got, coreStr(t, th, v))
		var send Object = NewStr("s")
		if Is(v, Int(7)) {
			send = None // list iterators have no send(), as in CPython
		}
		v, err = outer.Send(th, send)
	}
	if e := AsException(err); e == nil || e.Type() != StopIterationType {
		t.Fatalf("end: %v", err)
	}
	if strings.Join(got, ",") != "1,2,7" {
		t.Errorf("values = %v", got)
	}
	if strings.Join(log, ",") != "got 's',got 's',inner returned ret" {
		t.Errorf("log = %v", log)
	}
}

// TestGeneratorHandledIsolation: an except block suspended in a generator
// does not leak into the caller's sys.exc_info().
func TestGeneratorHandledIsolation(t *testing.T) {
	th := NewThread()
	g := NewGenerator(th, "g", "g", func(th *Thread, y *Yielder) (Object, error) {
		th.PushHandled(NewException(KeyErrorType))
		y.Yield(None)
		th.PopHandled()
		return None, nil
	})
	Next(th, g)
	if h := th.Handled(); h != nil {
		t.Errorf("caller sees handled %v", h)
	}
}

func TestCoroutineAwait(t *testing.T) {
	th := NewThread()
	inner := NewCoroutine(th, "inner", "inner", func(th *Thread, y *Yielder) (Object, error) {
		v, err := y.Yield(NewStr("suspend"))
		if err != nil {
			return nil, err
		}
		return v, nil
	})
	outer := NewCoroutine(th, "outer", "outer", func(th *Thread, y *Yielder) (Object, error) {
		r, err := y.Await(th, inner)
		if err != nil {
			return nil, err
		}
		return NewTuple([]Object{NewStr("done"), r}), nil
	}).(*Generator)
	v, err := outer.Send(th, None)
	if err != nil || coreStr(t, th, v) != "suspend" {
		t.Fatalf("first send = %v, %v", v, err)
	}
	_, err = outer.Send(th, Int(42))
	e := AsException(err)
	if e == nil || e.Type() != StopIterationType || coreStr(t, th, stopValue(e)) != "('done', 42)" {
		t.Errorf("result = %v", err)
	}
	if _, err := Iter(th, outer); err == nil {
		t.Error("coroutine is iterable")
	}
	if r, _ := Repr(th, outer); !strings.HasPrefix(r.String(), "<coroutine object outer at 0x") {
		t.Errorf("repr = %s", r.String())
	}
}

func TestAsyncGenerator(t *testing.T) {
	th := NewThread()
	sleeper := func() Object {
		return NewCoroutine(th, "sleep", "sleep", func(th *Thread, y *Yielder) (Object, error) {
			if _, err := y.Yield(NewStr("tick")); err != nil {
				return nil, err
			}
			return None, nil
		})
	}
	agen := NewAsyncGenerator(th, "ag", "ag", func(th *Thread, y *Yielder) (Object, error) {
		if _, err := y.Yield(Int(1)); err != nil {
			return nil, err
		}
		if _, err := y.Await(th, sleeper()); err != nil {
			return nil, err
		}
		if _, err := y.Yield(Int(2)); err != nil {
			return nil, err
		}
		return None, nil
	})
	var got []string
	main := NewCoroutine(th, "main", "main", func(th *Thread, y *Yielder) (Object, error) {
		it, err := AIter(th, agen)
		if err != nil {
			return nil, err
		}
		for {
			aw, err := ANext(th, it)
			if err != nil {
				return nil, err
			}
			v, err := y.Await(th, aw)
			if err != nil {
				if m, _ := ExceptionMatches(th, err, StopAsyncIterationType); m {
					return NewStr("end"), nil
				}
				return nil, err
			}
			got = append(got, coreStr(t, th, v))
		}
	}).(*Generator)
	// A minimal event loop: resume until StopIteration, counting ticks.
	ticks := 0
	for {
		v, err := main.Send(th, None)
		if err != nil {
			e := AsException(err)
			if e.Type() != StopIterationType || coreStr(t, th, stopValue(e)) != "end" {
				t.Fatalf("main ended with %v", err)
			}
			break
		}
		if coreStr(t, th, v) == "tick" {
			ticks++
		}
	}
	if strings.Join(got, ",") != "1,2" || ticks != 1 {
		t.Errorf("got %v, ticks %d", got, ticks)
	}
}
