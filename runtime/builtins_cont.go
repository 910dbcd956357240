package py

// The container built-ins: the types list, tuple, dict, set, frozenset,
// range, slice, and the iterator types zip, enumerate, map, filter,
// reversed; and the functions sorted, min, max, sum, any, all.

// zipIterator is a zip object.
type zipIterator struct {
	its    []Object
	strict bool
	done   bool
}

// enumerateIterator is an enumerate object.
type enumerateIterator struct {
	it    Object
	n     int64
	big   Object // the count once it is not an int64 (or start was not an Int)
	useBg bool
}

// mapIterator is a map object.
type mapIterator struct {
	fn  Object
	its []Object
}

// filterIterator is a filter object.
type filterIterator struct {
	fn Object // nil: None (keep true items)
	it Object
}

// reversedIterator is a reversed object over a sequence (len + getitem).
type reversedIterator struct {
	seq Object
	i   int
}

// The built-in iterator types.
var (
	ZipType       = newBuiltinType("zip", ObjectType, FlagBaseType)
	EnumerateType = newBuiltinType("enumerate", ObjectType, FlagBaseType)
	MapType       = newBuiltinType("map", ObjectType, FlagBaseType)
	FilterType    = newBuiltinType("filter", ObjectType, FlagBaseType)
	ReversedType  = newBuiltinType("reversed", ObjectType, FlagBaseType)
)

func (*zipIterator) Type() *Type       { return ZipType }
func (*enumerateIterator) Type() *Type { return EnumerateType }
func (*mapIterator) Type() *Type       { return MapType }
func (*filterIterator) Type() *Type    { return FilterType }
func (*reversedIterator) Type() *Type  { return ReversedType }

func selfIter(th *Thread, o Object) (Object, error) { return o, nil }

func zipNext(th *Thread, o Object) (Object, error) {
	z := o.(*zipIterator)
	if z.done || len(z.its) == 0 {
		return nil, nil
	}
	items := make([]Object, len(z.its))
	for i, it := range z.its {
		v, err := Next(th, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			z.done = true
			if !z.strict {
				return nil, nil
			}
			if i > 0 {
				return nil, zipLengthError(i, "shorter")
			}
			// The first is exhausted: every other must be too.
			for j := 1; j < len(z.its); j++ {
				w, err := Next(th, z.its[j])
				if err != nil {
					return nil, err
				}
				if w != nil {
					return nil, zipLengthError(j, "longer")
				}
			}
			return nil, nil
		}
		items[i] = v
	}
	return NewTuple(items), nil
}

func zipLengthError(i int, what string) error {
	if i == 1 {
		return NewError(ValueErrorType, "zip() argument 2 is %s than argument 1", what)
	}
	return NewError(ValueErrorType, "zip() argument %d is %s than arguments 1-%d", i+1, what, i)
}

func enumerateNext(th *Thread, o Object) (Object, error) {
	e := o.(*enumerateIterator)
	v, err := Next(th, e.it)
	if err != nil || v == nil {
		return nil, err
	}
	var idx Object
	if e.useBg {
		idx = e.big
		if e.big, err = Add(th, e.big, Int(1)); err != nil {
			return nil, err
		}
	} else {
		idx = Int(e.n)
		if e.n == 1<<63-1 {
			e.useBg = true
			if e.big, err = Add(th, Int(e.n), Int(1)); err != nil {
				return nil, err
			}
		} else {
			e.n++
		}
	}
	return NewTuple([]Object{idx, v}), nil
}

func mapNext(th *Thread, o Object) (Object, error) {
	m := o.(*mapIterator)
	args := make([]Object, len(m.its))
	for i, it := range m.its {
		v, err := Next(th, it)
		if err != nil || v == nil {
			return nil, err
		}
		args[i] = v
	}
	if len(args) == 1 {
		return Call1(th, m.fn, args[0])
	}
	return Call(th, m.fn, args, nil)
}

func filterNext(th *Thread, o Object) (Object, error) {
	f := o.(*filterIterator)
	for {
		v, err := Next(th, f.it)
		if err != nil || v == nil {
			return nil, err
		}
		keep := v
		if f.fn != nil {
			if keep, err = Call1(th, f.fn, v); err != nil {
				return nil, err
			}
		}
		ok, err := Truth(th, keep)
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
	}
}

func reversedNext(th *Thread, o Object) (Object, error) {
	r := o.(*reversedIterator)
	if r.seq == nil || r.i < 0 {
		r.seq = nil
		return nil, nil
	}
	v, err := GetItem(th, r.seq, Int(r.i))
	if err != nil {
		if e, ok := err.(*BaseException); ok && (e.typ.IsSubtype(IndexErrorType) || e.typ.IsSubtype(StopIterationType)) {
			r.seq = nil
			return nil, nil
		}
		return nil, err
	}
	r.i--
	return v, nil
}

// Reversed implements reversed(seq).
func Reversed(th *Thread, seq Object) (Object, error) {
	if m := seq.Type().Lookup(Intern("__reversed__")); m != nil {
		if m == None {
			return nil, NewError(TypeErrorType, "'%s' object is not reversible", seq.Type().Name)
		}
		return CallMethod0(th, seq, Intern("__reversed__"))
	}
	if seq.Type().Slots.GetItem == nil || seq.Type().Slots.Len == nil {
		return nil, NewError(TypeErrorType, "'%s' object is not reversible", seq.Type().Name)
	}
	if _, ok := asDict(seq); ok {
		return nil, NewError(TypeErrorType, "'%s' object is not reversible", seq.Type().Name)
	}
	n, err := Len(th, seq)
	if err != nil {
		return nil, err
	}
	return &reversedIterator{seq: seq, i: n - 1}, nil
}

// minMax implements min() and max(): op is OpLT for min, OpGT for max.
func minMax(th *Thread, name string, op CompareOp, args []Object, kw *KwArgs) (Object, error) {
	var key, def Object
	for i := 0; i < kw.Len(); i++ {
		switch kw.Names[i].String() {
		case "key":
			if kw.Values[i] != None {
				key = kw.Values[i]
			}
		case "default":
			def = kw.Values[i]
		default:
			return nil, NewError(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, kw.Names[i].String())
		}
	}
	if len(args) == 0 {
		return nil, NewError(TypeErrorType, "%s expected at least 1 argument, got 0", name)
	}
	var src Object = args[0]
	if len(args) > 1 {
		if def != nil {
			return nil, NewError(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		src = NewTuple(args)
	}
	var best, bestKey Object
	err := contIterate(th, src, func(item Object) (bool, error) {
		k := item
		if key != nil {
			var err error
			if k, err = Call1(th, key, item); err != nil {
				return false, err
			}
		}
		if best == nil {
			best, bestKey = item, k
			return true, nil
		}
		better, err := CompareBool(th, op, k, bestKey)
		if err != nil {
			return false, err
		}
		if better {
			best, bestKey = item, k
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if best == nil {
		if def != nil {
			return def, nil
		}
		return nil, NewError(ValueErrorType, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

// Sum implements sum(iterable, start).
func Sum(th *Thread, iterable, start Object) (Object, error) {
	switch start.(type) {
	case *Str:
		return nil, NewError(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	}
	switch start.Type() {
	case BytesType:
		return nil, NewError(TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
	case ByteArrayType:
		return nil, NewError(TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	acc := start
	err := contIterate(th, iterable, func(item Object) (bool, error) {
		if a, ok := acc.(Int); ok {
			if b, ok := item.(Int); ok {
				s := a + b
				if (s > a) == (b > 0) {
					acc = s
					return true, nil
				}
			}
		}
		var err error
		acc, err = Add(th, acc, item)
		return err == nil, err
	})
	return acc, err
}

func init() {
	for _, t := range []*Type{ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType,
		ZipType, EnumerateType, MapType, FilterType, ReversedType} {
		RegisterBuiltin(t.Name, t)
	}
	for _, t := range []*Type{ZipType, EnumerateType, MapType, FilterType, ReversedType} {
		t.Slots.Iter = selfIter
	}
	ZipType.Slots.Next = zipNext
	EnumerateType.Slots.Next = enumerateNext
	MapType.Slots.Next = mapNext
	FilterType.Slots.Next = filterNext
	ReversedType.Slots.Next = reversedNext

	ZipType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		z := &zipIterator{}
		for i := 0; i < kw.Len(); i++ {
			if kw.Names[i].String() != "strict" {
				return nil, NewError(TypeErrorType, "zip() got an unexpected keyword argument '%s'", kw.Names[i].String())
			}
			s, err := Truth(th, kw.Values[i])
			if err != nil {
				return nil, err
			}
			z.strict = s
		}
		for _, a := range args {
			it, err := Iter(th, a)
			if err != nil {
				return nil, err
			}
			z.its = append(z.its, it)
		}
		return z, nil
	}
	EnumerateType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("enumerate", args, kw, []string{"iterable", "start"}, 1)
		if err != nil {
			return nil, err
		}
		it, err := Iter(th, a[0])
		if err != nil {
			return nil, err
		}
		e := &enumerateIterator{it: it}
		if a[1] != nil {
			switch v := a[1].(type) {
			case Int:
				e.n = int64(v)
			default:
				if _, ok := intOf(v); !ok {
					if v.Type().Slots.Index == nil {
						return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", v.Type().Name)
					}
				}
				idx, err := Index(th, v)
				if err != nil {
					return nil, err
				}
				if n, ok := idx.(Int); ok {
					e.n = int64(n)
				} else {
					e.useBg, e.big = true, idx
				}
			}
		}
		return e, nil
	}
	MapType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "map() takes no keyword arguments")
		}
		if len(args) < 2 {
			return nil, NewError(TypeErrorType, "map() must have at least two arguments.")
		}
		m := &mapIterator{fn: args[0]}
		for _, a := range args[1:] {
			it, err := Iter(th, a)
			if err != nil {
				return nil, err
			}
			m.its = append(m.its, it)
		}
		return m, nil
	}
	FilterType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "filter() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, NewError(TypeErrorType, "filter expected 2 arguments, got %d", len(args))
		}
		it, err := Iter(th, args[1])
		if err != nil {
			return nil, err
		}
		f := &filterIterator{it: it}
		if args[0] != None {
			f.fn = args[0]
		}
		return f, nil
	}
	ReversedType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if kw.Len() > 0 {
			return nil, NewError(TypeErrorType, "reversed() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, NewError(TypeErrorType, "reversed expected 1 argument, got %d", len(args))
		}
		return Reversed(th, args[0])
	}
	DefMethod(ReversedType, "__length_hint__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		r := self.(*reversedIterator)
		if r.seq == nil {
			return Int(0), nil
		}
		return Int(r.i + 1), nil
	})

	RegisterBuiltin("sorted", NewBuiltin("sorted", func(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) {
		if len(args) != 1 {
			if len(args) == 0 {
				return nil, NewError(TypeErrorType, "sorted expected 1 argument, got 0")
			}
			return nil, NewError(TypeErrorType, "sorted expected 1 argument, got %d", len(args))
		}
		l, err := NewListFromIter(th, args[0])
		if err != nil {
			return nil, err
		}
		if _, err := listSortMethod(th, l, nil, kw); err != nil {
			return nil, err
		}
		return l, nil
	}))
	RegisterBuiltin("min", NewBuiltin("min", func(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) {
		return minMax(th, "min", OpLT, args, kw)
	}))
	RegisterBuiltin("max", NewBuiltin("max", func(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) {
		return minMax(th, "max", OpGT, args, kw)
	}))
	RegisterBuiltin("sum", NewBuiltin("sum", func(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("sum", args, kw, []string{"iterable", "start"}, 1)
		if err != nil {
			return nil, err
		}
		if len(args) > 2 {
			return nil, NewError(TypeErrorType, "sum() takes at most 2 arguments (%d given)", len(args))
		}
		start := a[1]
		if start == nil {
			start = Int(0)
		}
		return Sum(th, a[0], start)
	}))
	anyAll := func(name string, want bool) {
		RegisterBuiltin(name, NewBuiltin(name, func(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg(name, args, kw); err != nil {
				return nil, err
			}
			result := !want
			err := contIterate(th, args[0], func(item Object) (bool, error) {
				t, err := Truth(th, item)
				if err != nil {
					return false, err
				}
				if t == want {
					result = want
					return false, nil
				}
				return true, nil
			})
			return Bool(result), err
		}))
	}
	anyAll("any", true)
	anyAll("all", false)
}
