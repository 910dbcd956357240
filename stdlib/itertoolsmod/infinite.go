package itertoolsmod

import (
	"strconv"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// The infinite and simple iterators: count, cycle, repeat, accumulate,
// chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise.

var countType = newIterType("count", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	if len(args) > 2 {
		return nil, py.NewError(py.TypeErrorType, "count() takes at most 2 arguments (%d given)", len(args))
	}
	a, err := mu.Args("count", args, kw, []string{"start", "step"}, 0)
	if err != nil {
		return nil, err
	}
	var cur, step py.Object = py.Int(0), py.Int(1)
	if a[0] != nil {
		cur = a[0]
	}
	if a[1] != nil {
		step = a[1]
	}
	for _, v := range []py.Object{cur, step} {
		if !isNumber(v) {
			return nil, py.NewError(py.TypeErrorType, "a number is required")
		}
	}
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		v := cur
		n, err := py.Add(th, cur, step)
		if err != nil {
			return nil, err
		}
		cur = n
		return v, nil
	}
	o.repr = func(th *py.Thread) (string, error) {
		s, err := reprOf(th, cur)
		if err != nil {
			return "", err
		}
		if iv, ok := step.(py.Int); ok && iv == 1 {
			return "count(" + s + ")", nil
		}
		t, err := reprOf(th, step)
		if err != nil {
			return "", err
		}
		return "count(" + s + ", " + t + ")", nil
	}
	return o, nil
})

func isNumber(o py.Object) bool {
	switch py.Unwrap(o).(type) {
	case py.Int, *py.BigInt, py.Bool, py.Float, py.Complex:
		return true
	}
	s := &o.Type().Slots
	return s.Index != nil || s.Float != nil || s.Int != nil
}

var cycleType = newIterType("cycle", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	if err := noKw("cycle", kw); err != nil {
		return nil, err
	}
	if err := py.ArgRange("cycle", args, nil, 1, 1); err != nil {
		return nil, err
	}
	it, err := py.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	var saved []py.Object
	idx, firstPass := 0, true
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		if firstPass {
			v, err := py.Next(th, it)
			if err != nil {
				return nil, err
			}
			if v != nil {
				saved = append(saved, v)
				return v, nil
			}
			firstPass = false
		}
		if len(saved) == 0 {
			return nil, nil
		}
		v := saved[idx]
		idx = (idx + 1) % len(saved)
		return v, nil
	}
	return o, nil
})

var repeatType = newIterType("repeat", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	if len(args) > 2 {
		return nil, py.NewError(py.TypeErrorType, "repeat() takes at most 2 arguments (%d given)", len(args))
	}
	a, err := mu.Args("repeat", args, kw, []string{"object", "times"}, 1)
	if err != nil {
		return nil, err
	}
	obj := a[0]
	times := int64(-1)
	if a[1] != nil {
		if times, err = mu.Int64(th, a[1]); err != nil {
			return nil, err
		}
		if times < 0 {
			times = 0
		}
	}
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		if times == 0 {
			return nil, nil
		}
		if times > 0 {
			times--
		}
		return obj, nil
	}
	o.repr = func(th *py.Thread) (string, error) {
		s, err := reprOf(th, obj)
		if err != nil {
			return "", err
		}
		if times < 0 {
			return "repeat(" + s + ")", nil
		}
		return "repeat(" + s + ", " + strconv.FormatInt(times, 10) + ")", nil
	}
	o.lengthHint = func() int { return int(times) }
	return o, nil
})

var accumulateType = newIterType("accumulate", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	a, err := mu.Args("accumulate", args, kw, []string{"iterable", "func", "$initial"}, 1)
	if err != nil {
		return nil, err
	}
	it, err := py.Iter(th, a[0])
	if err != nil {
		return nil, err
	}
	fn := a[1]
	if fn == py.None {
		fn = nil
	}
	total := a[2]
	if total == py.None {
		total = nil
	}
	initial := total != nil
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		if initial {
			initial = false
			return total, nil
		}
		v, err := py.Next(th, it)
		if err != nil || v == nil {
			return nil, err
		}
		if total == nil {
			total = v
		} else if fn == nil {
			if total, err = py.Add(th, total, v); err != nil {
				return nil, err
			}
		} else if total, err = py.Call2(th, fn, total, v); err != nil {
			return nil, err
		}
		return total, nil
	}
	return o, nil
})

// chainOver iterates the iterables produced by source one after another.
func chainOver(source py.Object) *iterObj {
	var cur py.Object
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		for {
			if cur == nil {
				nx, err := py.Next(th, source)
				if err != nil || nx == nil {
					return nil, err
				}
				if cur, err = py.Iter(th, nx); err != nil {
					return nil, err
				}
			}
			v, err := py.Next(th, cur)
			if err != nil || v != nil {
				return v, err
			}
			cur = nil
		}
	}
	return o
}

var chainType = newIterType("chain", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	if err := noKw("chain", kw); err != nil {
		return nil, err
	}
	src, err := py.Iter(th, py.NewTuple(append([]py.Object(nil), args...)))
	if err != nil {
		return nil, err
	}
	return chainOver(src), nil
})

func init() {
	py.DefClassMethod(chainType, "from_iterable", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("from_iterable", args, kw, 1); err != nil {
			return nil, err
		}
		src, err := py.Iter(th, args[0])
		if err != nil {
			return nil, err
		}
		o := chainOver(src)
		o.typ = chainType
		return o, nil
	})
	py.DefMethod(repeatType, "__length_hint__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		o := self.(*iterObj)
		if o.lengthHint == nil || o.lengthHint() < 0 {
			return nil, py.NewError(py.TypeErrorType, "len() of unsized object")
		}
		return py.Int(o.lengthHint()), nil
	})
}

func twoArgs(name string, args []py.Object, kw *py.KwArgs) error {
	if err := noKw(name, kw); err != nil {
		return err
	}
	return py.ArgRange(name, args, nil, 2, 2)
}

var compressType = newIterType("compress", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	a, err := mu.Args("compress", args, kw, []string{"data", "selectors"}, 2)
	if err != nil {
		return nil, err
	}
	its, err := iters(th, a)
	if err != nil {
		return nil, err
	}
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		for {
			d, err := py.Next(th, its[0])
			if err != nil || d == nil {
				return nil, err
			}
			s, err := py.Next(th, its[1])
			if err != nil || s == nil {
				return nil, err
			}
			ok, err := py.Truth(th, s)
			if err != nil {
				return nil, err
			}
			if ok {
				return d, nil
			}
		}
	}
	return o, nil
})

// predIter builds dropwhile, takewhile and filterfalse.
func predIter(name string, mode int) func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	return func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
		if err := twoArgs(name, args, kw); err != nil {
			return nil, err
		}
		pred := args[0]
		it, err := py.Iter(th, args[1])
		if err != nil {
			return nil, err
		}
		test := func(v py.Object) (bool, error) {
			if pred == py.None {
				return py.Truth(th, v)
			}
			r, err := py.Call1(th, pred, v)
			if err != nil {
				return false, err
			}
			return py.Truth(th, r)
		}
		dropping := true
		o := &iterObj{}
		o.next = func(th *py.Thread) (py.Object, error) {
			for {
				v, err := py.Next(th, it)
				if err != nil || v == nil {
					return nil, err
				}
				switch mode {
				case 0: // dropwhile
					if !dropping {
						return v, nil
					}
					ok, err := test(v)
					if err != nil {
						return nil, err
					}
					if !ok {
						dropping = false
						return v, nil
					}
				case 1: // takewhile
					ok, err := test(v)
					if err != nil {
						return nil, err
					}
					if ok {
						return v, nil
					}
					return nil, nil
				default: // filterfalse
					ok, err := test(v)
					if err != nil {
						return nil, err
					}
					if !ok {
						return v, nil
					}
				}
			}
		}
		return o, nil
	}
}

var (
	dropwhileType   = newIterType("dropwhile", predIter("dropwhile", 0))
	takewhileType   = newIterType("takewhile", predIter("takewhile", 1))
	filterfalseType = newIterType("filterfalse", predIter("filterfalse", 2))
)

var starmapType = newIterType("starmap", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	if err := twoArgs("starmap", args, kw); err != nil {
		return nil, err
	}
	fn := args[0]
	it, err := py.Iter(th, args[1])
	if err != nil {
		return nil, err
	}
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		v, err := py.Next(th, it)
		if err != nil || v == nil {
			return nil, err
		}
		items, err := py.Collect(th, v)
		if err != nil {
			return nil, err
		}
		return py.Call(th, fn, items, nil)
	}
	return o, nil
})

var pairwiseType = newIterType("pairwise", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	if err := noKw("pairwise", kw); err != nil {
		return nil, err
	}
	if err := py.ArgRange("pairwise", args, nil, 1, 1); err != nil {
		return nil, err
	}
	it, err := py.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	var old py.Object
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		if old == nil {
			v, err := py.Next(th, it)
			if err != nil || v == nil {
				return nil, err
			}
			old = v
		}
		v, err := py.Next(th, it)
		if err != nil || v == nil {
			return nil, err
		}
		pair := py.NewTuple([]py.Object{old, v})
		old = v
		return pair, nil
	}
	return o, nil
})
