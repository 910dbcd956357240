package py

import (
	"runtime"
	"sync"
	"time"
)

// memoryview: one-dimensional views with format 'B' over the memory of a
// bytes or bytearray object (memoryview of a memoryview shares the same
// memory). A view of a bytearray holds an export of it until release()
// (or the end of a with block): the bytearray refuses to change size
// meanwhile, as in CPython. Views dropped without release() give their
// export back when the garbage collector finds them (see canResize).

// MemoryView is a Python memoryview object.
type MemoryView struct {
	mu  sync.Mutex
	obj Object // the exporting object (memoryview.obj)
	src Object // *Bytes or *ByteArray holding the memory
	// The view's item i is src[start+i*step], for 0 <= i < n.
	start, step, n int
	readonly       bool
	released       bool
	exported       bool // holds one of src's exports (a *ByteArray)
}

// Type returns MemoryViewType.
func (m *MemoryView) Type() *Type { return MemoryViewType }

// MemoryIteratorType is the type of iter(memoryview).
var MemoryIteratorType = newBuiltinType("memory_iterator", ObjectType, 0)

type memoryIterator struct {
	mu  sync.Mutex
	m   *MemoryView
	pos int
}

func (it *memoryIterator) Type() *Type { return MemoryIteratorType }

func errReleased() error {
	return NewError(ValueErrorType, "operation forbidden on released memoryview object")
}

// NewMemoryView implements memoryview(o).
func NewMemoryView(th *Thread, o Object) (*MemoryView, error) {
	switch src := Unwrap(o).(type) {
	case *Bytes:
		return &MemoryView{obj: o, src: src, step: 1, n: len(src.b), readonly: true}, nil
	case *ByteArray:
		src.mu.Lock()
		n := len(src.b)
		src.mu.Unlock()
		return newExportingView(&MemoryView{obj: o, src: src, step: 1, n: n}), nil
	case *MemoryView:
		src.mu.Lock()
		defer src.mu.Unlock()
		if src.released {
			return nil, errReleased()
		}
		return newExportingView(&MemoryView{obj: src.obj, src: src.src, start: src.start, step: src.step, n: src.n, readonly: src.readonly}), nil
	}
	return nil, NewError(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", o.Type().Name)
}

// newExportingView registers m as an export of its bytearray, if any.
func newExportingView(m *MemoryView) *MemoryView {
	if a, ok := m.src.(*ByteArray); ok {
		a.exports.Add(1)
		m.exported = true
		runtime.SetFinalizer(m, func(m *MemoryView) { m.release() })
	}
	return m
}

// release gives the view's export back; it reports whether the view was
// still usable.
func (m *MemoryView) release() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.exported {
		m.exported = false
		m.src.(*ByteArray).exports.Add(-1)
	}
	was := !m.released
	m.released = true
	return was
}

// data returns a copy of the viewed bytes.
func (m *MemoryView) data() ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.released {
		return nil, errReleased()
	}
	var mem []byte
	if a, ok := m.src.(*ByteArray); ok {
		a.mu.Lock()
		defer a.mu.Unlock()
		mem = a.b
	} else {
		mem = m.src.(*Bytes).b
	}
	out := make([]byte, 0, m.n)
	for i, k := m.start, 0; k < m.n; i, k = i+m.step, k+1 {
		if i >= 0 && i < len(mem) {
			out = append(out, mem[i])
		}
	}
	return out, nil
}

// item returns item i (already bounds-checked against m.n).
func (m *MemoryView) item(i int) (Object, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.released {
		return nil, errReleased()
	}
	j := m.start + i*m.step
	if a, ok := m.src.(*ByteArray); ok {
		a.mu.Lock()
		defer a.mu.Unlock()
		if j < len(a.b) {
			return Int(a.b[j]), nil
		}
		return Int(0), nil
	}
	return Int(m.src.(*Bytes).b[j]), nil
}

// live returns the view's geometry, or the released error.
func (m *MemoryView) live() (start, step, n int, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.released {
		return 0, 0, 0, errReleased()
	}
	return m.start, m.step, m.n, nil
}

// memIndex converts an int-like key to an index into a view of n items.
func memIndex(th *Thread, key Object, n int) (int, error) {
	v, ok := intOf(key)
	if !ok {
		r, err := Index(th, key)
		if err != nil {
			return 0, err
		}
		v, _ = intOf(r)
	}
	x, small := v.(Int)
	if !small {
		return 0, NewError(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if x < 0 {
		x += Int(n)
	}
	if x < 0 || int64(x) >= int64(n) {
		return 0, NewError(IndexErrorType, "index out of bounds on dimension 1")
	}
	return int(x), nil
}

// isIndexKey reports whether key can index a view (an int or __index__).
func isIndexKey(key Object) bool {
	if _, ok := intOf(key); ok {
		return true
	}
	return key.Type().Slots.Index != nil
}

func memGetItem(th *Thread, o, key Object) (Object, error) {
	m := o.(*MemoryView)
	start, step, n, err := m.live()
	if err != nil {
		return nil, err
	}
	switch k := key.(type) {
	case *Slice:
		s, _, st, cnt, err := k.Indices(th, n)
		if err != nil {
			return nil, err
		}
		v := &MemoryView{obj: m.obj, src: m.src, start: start + s*step, step: step * st, n: max(cnt, 0), readonly: m.readonly}
		return newExportingView(v), nil
	case *Tuple:
		return nil, memTupleKeyError(k)
	}
	if !isIndexKey(key) {
		return nil, NewError(TypeErrorType, "memoryview: invalid slice key")
	}
	i, err := memIndex(th, key, n)
	if err != nil {
		return nil, err
	}
	return m.item(i)
}

func memTupleKeyError(k *Tuple) error {
	if k.Len() == 0 || k.Len() == 1 {
		return NewError(TypeErrorType, "memoryview: invalid slice key")
	}
	return NewError(TypeErrorType, "cannot index 1-dimension view with %d-element tuple", k.Len())
}

func memSetItem(th *Thread, o, key, value Object) error {
	m := o.(*MemoryView)
	start, step, n, err := m.live()
	if err != nil {
		return err
	}
	if m.readonly {
		return NewError(TypeErrorType, "cannot modify read-only memory")
	}
	a := m.src.(*ByteArray)
	switch k := key.(type) {
	case *Slice:
		data, ok := bytesLike(value)
		if !ok {
			return NewError(TypeErrorType, "a bytes-like object is required, not '%s'", value.Type().Name)
		}
		s, _, st, cnt, err := k.Indices(th, n)
		if err != nil {
			return err
		}
		if max(cnt, 0) != len(data) {
			return NewError(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		for i, j := 0, start+s*step; i < len(data); i, j = i+1, j+st*step {
			if j >= 0 && j < len(a.b) {
				a.b[j] = data[i]
			}
		}
		return nil
	case *Tuple:
		return memTupleKeyError(k)
	}
	if !isIndexKey(key) {
		return NewError(TypeErrorType, "memoryview: invalid slice key")
	}
	i, err := memIndex(th, key, n)
	if err != nil {
		return err
	}
	v, ok := intOf(value)
	if !ok {
		return NewError(TypeErrorType, "memoryview: invalid type for format 'B'")
	}
	x, small := v.(Int)
	if !small || x < 0 || x > 255 {
		return NewError(ValueErrorType, "memoryview: invalid value for format 'B'")
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if j := start + i*step; j < len(a.b) {
		a.b[j] = byte(x)
	}
	return nil
}

// memBytes returns the contents of a memoryview receiver.
func memBytes(self Object) ([]byte, error) { return self.(*MemoryView).data() }

func memIterNext(th *Thread, o Object) (Object, error) {
	it := o.(*memoryIterator)
	it.mu.Lock()
	defer it.mu.Unlock()
	_, _, n, err := it.m.live()
	if err != nil {
		return nil, err
	}
	if it.pos >= n {
		return nil, nil
	}
	it.pos++
	return it.m.item(it.pos - 1)
}

func init() {
	t := MemoryViewType
	s := &t.Slots
	s.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("memoryview", args, kw, []string{"object"}, 1)
		if err != nil {
			return nil, err
		}
		return NewMemoryView(th, a[0])
	}
	s.Repr = func(th *Thread, o Object) (Object, error) {
		m := o.(*MemoryView)
		m.mu.Lock()
		released := m.released
		m.mu.Unlock()
		if released {
			return NewStr("<released memory at " + hexAddr(o) + ">"), nil
		}
		return NewStr("<memory at " + hexAddr(o) + ">"), nil
	}
	s.Len = func(th *Thread, o Object) (int, error) {
		_, _, n, err := o.(*MemoryView).live()
		return n, err
	}
	s.GetItem = memGetItem
	s.SetItem = memSetItem
	s.DelItem = func(th *Thread, o, key Object) error {
		if _, _, _, err := o.(*MemoryView).live(); err != nil {
			return err
		}
		return NewError(TypeErrorType, "cannot delete memory")
	}
	s.Iter = func(th *Thread, o Object) (Object, error) {
		m := o.(*MemoryView)
		if _, _, _, err := m.live(); err != nil {
			return nil, err
		}
		return &memoryIterator{m: m}, nil
	}
	MemoryIteratorType.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
	MemoryIteratorType.Slots.Next = memIterNext
	s.Hash = func(th *Thread, o Object) (int64, error) {
		m := o.(*MemoryView)
		if _, _, _, err := m.live(); err != nil {
			return 0, NewError(ValueErrorType, "cannot hash released memoryview object")
		}
		if !m.readonly {
			return 0, NewError(ValueErrorType, "cannot hash writable memoryview object")
		}
		b, err := m.data()
		if err != nil {
			return 0, err
		}
		return NewBytes(b).Hash(), nil
	}
	s.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		if op != OpEQ && op != OpNE {
			return NotImplemented, nil
		}
		m := a.(*MemoryView)
		var equal bool
		if a == b {
			equal = true
		} else if other, ok := b.(*MemoryView); ok && (isReleased(m) || isReleased(other)) {
			equal = false
		} else if isReleased(m) {
			equal = false
		} else {
			y, ok := bytesLike(b)
			if !ok {
				return NotImplemented, nil
			}
			x, err := m.data()
			if err != nil {
				return nil, err
			}
			equal = string(x) == string(y)
		}
		return Bool(equal == (op == OpEQ)), nil
	}

	noArgs := func(name string, fn func(th *Thread, m *MemoryView) (Object, error)) {
		DefMethod(t, name, func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := NoArgs("memoryview."+name, args, kw); err != nil {
				return nil, err
			}
			return fn(th, self.(*MemoryView))
		})
	}
	DefMethod(t, "tobytes", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if _, err := ParseArgs("tobytes", args, kw, []string{"order"}, 0); err != nil {
			return nil, err
		}
		b, err := memBytes(self)
		if err != nil {
			return nil, err
		}
		return NewBytes(b), nil
	})
	noArgs("tolist", func(th *Thread, m *MemoryView) (Object, error) {
		b, err := m.data()
		if err != nil {
			return nil, err
		}
		items := make([]Object, len(b))
		for i, c := range b {
			items[i] = Int(c)
		}
		return NewList(items), nil
	})
	DefMethod(t, "hex", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		b, err := memBytes(self)
		if err != nil {
			return nil, err
		}
		return CallMethod(th, NewBytes(b), Intern("hex"), args, kw)
	})
	noArgs("toreadonly", func(th *Thread, m *MemoryView) (Object, error) {
		start, step, n, err := m.live()
		if err != nil {
			return nil, err
		}
		return newExportingView(&MemoryView{obj: m.obj, src: m.src, start: start, step: step, n: n, readonly: true}), nil
	})
	noArgs("release", func(th *Thread, m *MemoryView) (Object, error) {
		m.release()
		return None, nil
	})
	noArgs("__enter__", func(th *Thread, m *MemoryView) (Object, error) {
		if _, _, _, err := m.live(); err != nil {
			return nil, err
		}
		return m, nil
	})
	DefMethod(t, "__exit__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		self.(*MemoryView).release()
		return None, nil
	})

	getter := func(name string, fn func(m *MemoryView, n, step int) Object) {
		DefGetter(t, name, func(th *Thread, self Object) (Object, error) {
			m := self.(*MemoryView)
			_, step, n, err := m.live()
			if err != nil {
				return nil, err
			}
			return fn(m, n, step), nil
		})
	}
	getter("obj", func(m *MemoryView, n, step int) Object { return m.obj })
	getter("nbytes", func(m *MemoryView, n, step int) Object { return Int(n) })
	getter("readonly", func(m *MemoryView, n, step int) Object { return Bool(m.readonly) })
	getter("format", func(m *MemoryView, n, step int) Object { return NewStr("B") })
	getter("itemsize", func(m *MemoryView, n, step int) Object { return Int(1) })
	getter("ndim", func(m *MemoryView, n, step int) Object { return Int(1) })
	getter("shape", func(m *MemoryView, n, step int) Object { return NewTuple([]Object{Int(n)}) })
	getter("strides", func(m *MemoryView, n, step int) Object { return NewTuple([]Object{Int(step)}) })
	getter("suboffsets", func(m *MemoryView, n, step int) Object { return NewTuple(nil) })
	contiguous := func(m *MemoryView, n, step int) Object { return Bool(step == 1 || n <= 1) }
	getter("contiguous", contiguous)
	getter("c_contiguous", contiguous)
	getter("f_contiguous", contiguous)
	RegisterBuiltin("memoryview", t)
}

func isReleased(m *MemoryView) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.released
}

// canResize returns BufferError while views export a's memory; the caller
// holds a.mu. Views that were dropped without release() are found by
// running the garbage collector (their finalizers give the exports back).
func (a *ByteArray) canResize(newLen int) error {
	if newLen == len(a.b) || a.exports.Load() == 0 {
		return nil
	}
	for round := 0; round < 2 && a.exports.Load() > 0; round++ {
		runtime.GC()
		for i := 0; i < 20 && a.exports.Load() > 0; i++ {
			runtime.Gosched()
			time.Sleep(50 * time.Microsecond)
		}
	}
	if a.exports.Load() > 0 {
		return NewError(BufferErrorType, "Existing exports of data: object cannot be re-sized")
	}
	return nil
}
