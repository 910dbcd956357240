package collectionsmod

import (
	"strconv"
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// Deque is collections.deque: a double-ended queue over a Go slice used
// as a ring buffer, guarded by a mutex so that every single operation is
// atomic, as in CPython. Comparisons of items (count, index, remove, ==)
// run on a snapshot, outside the lock, since they may call Python code.
type Deque struct {
	mu     sync.Mutex
	buf    []py.Object // ring buffer; len(buf) is the capacity
	head   int
	n      int
	maxlen int // -1: unbounded
	state  uint64
	// owner is the instance of a Python subclass this deque is the value
	// of (for the subclass's name in repr); nil for plain deques.
	owner py.Object
}

// DequeType is collections.deque.
var DequeType = py.NewType("deque", "collections", nil, py.FlagBaseType)

var dequeIterType = pyutil.NewIterType("_deque_iterator", "collections")
var dequeRevIterType = pyutil.NewIterType("_deque_reverse_iterator", "collections")

// Type returns DequeType.
func (d *Deque) Type() *py.Type { return DequeType }

func dequeOf(o py.Object) *Deque {
	d, _ := py.Unwrap(o).(*Deque)
	return d
}

func (d *Deque) grow() {
	c := len(d.buf) * 2
	if c < 8 {
		c = 8
	}
	nb := make([]py.Object, c)
	for i := 0; i < d.n; i++ {
		nb[i] = d.buf[(d.head+i)%len(d.buf)]
	}
	d.buf, d.head = nb, 0
}

func (d *Deque) at(i int) py.Object { return d.buf[(d.head+i)%len(d.buf)] }

func (d *Deque) setAt(i int, v py.Object) { d.buf[(d.head+i)%len(d.buf)] = v }

// pushBack appends v (lock held), dropping from the left when full.
func (d *Deque) pushBack(v py.Object) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.popFront()
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.setAt(d.n, v)
	d.n++
}

// pushFront prepends v (lock held), dropping from the right when full.
func (d *Deque) pushFront(v py.Object) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && d.n == d.maxlen {
		d.popBack()
	}
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.n++
}

func (d *Deque) popBack() py.Object {
	d.state++
	v := d.at(d.n - 1)
	d.setAt(d.n-1, nil)
	d.n--
	return v
}

func (d *Deque) popFront() py.Object {
	d.state++
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	return v
}

// Snapshot returns the items in order.
func (d *Deque) Snapshot() []py.Object {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.snap()
}

func (d *Deque) snap() []py.Object {
	out := make([]py.Object, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

func (d *Deque) setItems(items []py.Object) {
	d.state++
	d.buf = make([]py.Object, len(items)+4)
	copy(d.buf, items)
	d.head, d.n = 0, len(items)
}

// Len returns the number of items.
func (d *Deque) Len() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.n
}

// NewDeque returns a deque with the given items and maxlen (-1: none).
func NewDeque(items []py.Object, maxlen int) *Deque {
	d := &Deque{maxlen: maxlen}
	for _, v := range items {
		d.pushBack(v)
	}
	return d
}

func (d *Deque) extend(th *py.Thread, it py.Object, left bool) error {
	if o := dequeOf(it); o == d {
		it = py.NewList(d.Snapshot())
	}
	return py.ForEach(th, it, func(v py.Object) (bool, error) {
		d.mu.Lock()
		if left {
			d.pushFront(v)
		} else {
			d.pushBack(v)
		}
		d.mu.Unlock()
		return true, nil
	})
}

func (d *Deque) rotate(k int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.n <= 1 {
		return
	}
	k %= d.n
	if k < 0 {
		k += d.n
	}
	if k == 0 {
		return
	}
	items := d.snap()
	out := append(append([]py.Object{}, items[d.n-k:]...), items[:d.n-k]...)
	d.setItems(out)
}

func (d *Deque) index(th *py.Thread, i py.Object) (int, error) {
	n, err := py.IndexInt(th, i)
	if err != nil {
		return 0, err
	}
	l := d.Len()
	if n < 0 {
		n += l
	}
	if n < 0 || n >= l {
		return 0, py.NewError(py.IndexErrorType, "deque index out of range")
	}
	return n, nil
}

func dequeRepr(th *py.Thread, o py.Object) (py.Object, error) {
	d := dequeOf(o)
	name := o.Type().Name
	if d.owner != nil {
		name = d.owner.Type().Name
	}
	if !pyutil.ReprEnter(th, o) {
		return py.NewStr("[...]"), nil
	}
	defer pyutil.ReprLeave(th, o)
	s, err := pyutil.ReprStr(th, py.NewList(d.Snapshot()))
	if err != nil {
		return nil, err
	}
	if d.maxlen >= 0 {
		return py.NewStr(name + "(" + s + ", maxlen=" + itoa(d.maxlen) + ")"), nil
	}
	return py.NewStr(name + "(" + s + ")"), nil
}

func itoa(n int) string { return strconv.Itoa(n) }

func newDequeSlot(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	d := &Deque{maxlen: -1}
	if cls == DequeType {
		return d, nil
	}
	in := py.NewInstance(cls)
	in.Base = d
	d.owner = in
	return in, nil
}

func initDeque(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
	a, err := py.ParseArgs("deque", args, kw, []string{"iterable", "maxlen"}, 0)
	if err != nil {
		return err
	}
	d := dequeOf(self)
	maxlen := -1
	if a[1] != nil && a[1] != py.None {
		n, err := py.IndexInt(th, a[1])
		if err != nil {
			return err
		}
		if n < 0 {
			return py.NewError(py.ValueErrorType, "maxlen must be non-negative")
		}
		maxlen = n
	}
	d.mu.Lock()
	d.maxlen = maxlen
	if d.n > 0 {
		d.setItems(nil)
	}
	d.mu.Unlock()
	if a[0] != nil {
		return d.extend(th, a[0], false)
	}
	return nil
}

// dequeCompare compares two deques as sequences.
func dequeCompare(th *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
	da, db := dequeOf(a), dequeOf(b)
	if da == nil || db == nil {
		return py.NotImplemented, nil
	}
	return py.Compare(th, op, py.NewList(da.Snapshot()), py.NewList(db.Snapshot()))
}

func dequeMethod(name string, fn func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error)) {
	py.DefMethod(DequeType, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		d := dequeOf(self)
		if d == nil {
			return nil, py.NewError(py.TypeErrorType, "descriptor '%s' for 'collections.deque' objects doesn't apply to a '%s' object", name, self.Type().Name)
		}
		return fn(th, d, args, kw)
	})
}

func (d *Deque) copyAs(th *py.Thread, self py.Object) (py.Object, error) {
	if self.Type() == DequeType {
		return NewDeque(d.Snapshot(), d.maxlen), nil
	}
	var ml py.Object = py.None
	if d.maxlen >= 0 {
		ml = py.Int(d.maxlen)
	}
	return py.Call(th, self.Type(), []py.Object{py.NewList(d.Snapshot()), ml}, nil)
}

func init() {
	t := DequeType
	t.Doc = "A list-like sequence optimized for data accesses near its endpoints."
	t.Slots.New = newDequeSlot
	t.Slots.Init = initDeque
	t.Slots.Repr = dequeRepr
	t.Slots.Compare = dequeCompare
	t.Slots.Hash = func(th *py.Thread, o py.Object) (int64, error) {
		name := o.Type().Name
		if o.Type() == DequeType {
			name = "collections.deque"
		}
		return 0, py.NewError(py.TypeErrorType, "unhashable type: '%s'", name)
	}
	t.Slots.Len = func(th *py.Thread, o py.Object) (int, error) { return dequeOf(o).Len(), nil }
	t.Slots.Bool = func(th *py.Thread, o py.Object) (bool, error) { return dequeOf(o).Len() > 0, nil }
	t.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) {
		d := dequeOf(o)
		d.mu.Lock()
		state, i := d.state, 0
		d.mu.Unlock()
		return pyutil.NewIter(dequeIterType, func(th *py.Thread) (py.Object, error) {
			d.mu.Lock()
			defer d.mu.Unlock()
			if d.state != state {
				return nil, py.NewError(py.RuntimeErrorType, "deque mutated during iteration")
			}
			if i >= d.n {
				return nil, nil
			}
			i++
			return d.at(i - 1), nil
		}), nil
	}
	t.Slots.Contains = func(th *py.Thread, o, item py.Object) (bool, error) {
		for _, v := range dequeOf(o).Snapshot() {
			if eq, err := py.Equal(th, v, item); err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	t.Slots.GetItem = func(th *py.Thread, o, k py.Object) (py.Object, error) {
		d := dequeOf(o)
		if _, ok := k.(*py.Slice); ok {
			return nil, py.NewError(py.TypeErrorType, "sequence index must be integer, not 'slice'")
		}
		i, err := d.index(th, k)
		if err != nil {
			return nil, err
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if i >= d.n {
			return nil, py.NewError(py.IndexErrorType, "deque index out of range")
		}
		return d.at(i), nil
	}
	t.Slots.SetItem = func(th *py.Thread, o, k, v py.Object) error {
		d := dequeOf(o)
		i, err := d.index(th, k)
		if err != nil {
			return err
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if i >= d.n {
			return py.NewError(py.IndexErrorType, "deque index out of range")
		}
		d.setAt(i, v)
		return nil
	}
	t.Slots.DelItem = func(th *py.Thread, o, k py.Object) error {
		d := dequeOf(o)
		i, err := d.index(th, k)
		if err != nil {
			return err
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		items := d.snap()
		if i >= len(items) {
			return py.NewError(py.IndexErrorType, "deque index out of range")
		}
		d.setItems(append(items[:i:i], items[i+1:]...))
		return nil
	}
	t.Slots.Binary[py.OpAdd] = func(th *py.Thread, a, b py.Object) (py.Object, error) {
		da, db := dequeOf(a), dequeOf(b)
		if db == nil {
			return nil, py.NewError(py.TypeErrorType, "can only concatenate deque (not \"%s\") to deque", b.Type().Name)
		}
		nd := NewDeque(da.Snapshot(), da.maxlen)
		for _, v := range db.Snapshot() {
			nd.pushBack(v)
		}
		return nd, nil
	}
	t.Slots.InPlace[py.OpAdd] = func(th *py.Thread, a, b py.Object) (py.Object, error) {
		if err := dequeOf(a).extend(th, b, false); err != nil {
			return nil, err
		}
		return a, nil
	}
	mul := func(th *py.Thread, a, b py.Object) (*Deque, error) {
		d := dequeOf(a)
		n, err := py.IndexInt(th, b)
		if err != nil {
			return nil, err
		}
		items := d.Snapshot()
		nd := NewDeque(nil, d.maxlen)
		for i := 0; i < n; i++ {
			for _, v := range items {
				nd.pushBack(v)
			}
		}
		return nd, nil
	}
	t.Slots.Binary[py.OpMul] = func(th *py.Thread, a, b py.Object) (py.Object, error) {
		if _, ok := py.Unwrap(b).(py.Int); !ok {
			return py.NotImplemented, nil
		}
		return mul(th, a, b)
	}
	t.Slots.RBinary[py.OpMul] = t.Slots.Binary[py.OpMul]
	t.Slots.InPlace[py.OpMul] = func(th *py.Thread, a, b py.Object) (py.Object, error) {
		nd, err := mul(th, a, b)
		if err != nil {
			return nil, err
		}
		d := dequeOf(a)
		d.mu.Lock()
		d.setItems(nd.snap())
		d.mu.Unlock()
		return a, nil
	}

	dequeMethod("append", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("append", args, kw); err != nil {
			return nil, err
		}
		d.mu.Lock()
		d.pushBack(args[0])
		d.mu.Unlock()
		return py.None, nil
	})
	dequeMethod("appendleft", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("appendleft", args, kw); err != nil {
			return nil, err
		}
		d.mu.Lock()
		d.pushFront(args[0])
		d.mu.Unlock()
		return py.None, nil
	})
	dequeMethod("pop", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.NoArgs("deque.pop", args, kw); err != nil {
			return nil, err
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.n == 0 {
			return nil, py.NewError(py.IndexErrorType, "pop from an empty deque")
		}
		return d.popBack(), nil
	})
	dequeMethod("popleft", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.NoArgs("deque.popleft", args, kw); err != nil {
			return nil, err
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.n == 0 {
			return nil, py.NewError(py.IndexErrorType, "pop from an empty deque")
		}
		return d.popFront(), nil
	})
	dequeMethod("extend", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("extend", args, kw); err != nil {
			return nil, err
		}
		return py.None, d.extend(th, args[0], false)
	})
	dequeMethod("extendleft", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("extendleft", args, kw); err != nil {
			return nil, err
		}
		return py.None, d.extend(th, args[0], true)
	})
	dequeMethod("rotate", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.ArgRange("rotate", args, kw, 0, 1); err != nil {
			return nil, err
		}
		k := 1
		if len(args) == 1 {
			var err error
			if k, err = py.IndexInt(th, args[0]); err != nil {
				return nil, err
			}
		}
		d.rotate(k)
		return py.None, nil
	})
	dequeMethod("clear", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		d.mu.Lock()
		d.setItems(nil)
		d.mu.Unlock()
		return py.None, nil
	})
	dequeMethod("reverse", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		d.mu.Lock()
		items := d.snap()
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		d.setItems(items)
		d.mu.Unlock()
		return py.None, nil
	})
	dequeMethod("copy", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return d.copyAs(th, d)
	})
	py.DefMethod(DequeType, "__copy__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return dequeOf(self).copyAs(th, self)
	})
	dequeMethod("count", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("count", args, kw); err != nil {
			return nil, err
		}
		n := 0
		for _, v := range d.Snapshot() {
			eq, err := py.Equal(th, v, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return py.Int(n), nil
	})
	dequeMethod("index", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.ArgRange("index", args, kw, 1, 3); err != nil {
			return nil, err
		}
		items := d.Snapshot()
		start, stop := 0, len(items)
		clamp := func(o py.Object) (int, error) {
			n, err := py.IndexInt(th, o)
			if err != nil {
				return 0, err
			}
			if n < 0 {
				n += len(items)
				if n < 0 {
					n = 0
				}
			}
			if n > len(items) {
				n = len(items)
			}
			return n, nil
		}
		var err error
		if len(args) > 1 {
			if start, err = clamp(args[1]); err != nil {
				return nil, err
			}
		}
		if len(args) > 2 {
			if stop, err = clamp(args[2]); err != nil {
				return nil, err
			}
		}
		for i := start; i < stop; i++ {
			eq, err := py.Equal(th, items[i], args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				return py.Int(i), nil
			}
		}
		r, _ := pyutil.ReprStr(th, args[0])
		return nil, py.NewError(py.ValueErrorType, "%s is not in deque", r)
	})
	dequeMethod("insert", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.ArgRange("insert", args, kw, 2, 2); err != nil {
			return nil, err
		}
		i, err := py.IndexInt(th, args[0])
		if err != nil {
			return nil, err
		}
		d.mu.Lock()
		defer d.mu.Unlock()
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return nil, py.NewError(py.IndexErrorType, "deque already at its maximum size")
		}
		items := d.snap()
		if i < 0 {
			i += len(items)
			if i < 0 {
				i = 0
			}
		}
		if i > len(items) {
			i = len(items)
		}
		items = append(items[:i], append([]py.Object{args[1]}, items[i:]...)...)
		d.setItems(items)
		return py.None, nil
	})
	dequeMethod("remove", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("remove", args, kw); err != nil {
			return nil, err
		}
		items := d.Snapshot()
		for i, v := range items {
			eq, err := py.Equal(th, v, args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				d.mu.Lock()
				cur := d.snap()
				if i < len(cur) && cur[i] == v {
					d.setItems(append(cur[:i:i], cur[i+1:]...))
				}
				d.mu.Unlock()
				return py.None, nil
			}
		}
		r, err := pyutil.ReprStr(th, args[0])
		if err != nil {
			return nil, err
		}
		return nil, py.NewError(py.ValueErrorType, "%s is not in deque", r)
	})
	dequeMethod("__reversed__", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		items := d.Snapshot()
		i := len(items)
		return pyutil.NewIter(dequeRevIterType, func(th *py.Thread) (py.Object, error) {
			if i <= 0 {
				return nil, nil
			}
			i--
			return items[i], nil
		}), nil
	})
	dequeMethod("__reduce__", func(th *py.Thread, d *Deque, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		var ml py.Object = py.None
		if d.maxlen >= 0 {
			ml = py.Int(d.maxlen)
		}
		return py.NewTuple([]py.Object{DequeType, py.NewTuple([]py.Object{py.NewList(d.Snapshot()), ml})}), nil
	})
	py.DefClassMethod(DequeType, "__class_getitem__", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewGenericAlias(cls, args[0]), nil
	})
	py.DefGetter(DequeType, "maxlen", func(th *py.Thread, self py.Object) (py.Object, error) {
		d := dequeOf(self)
		if d.maxlen < 0 {
			return py.None, nil
		}
		return py.Int(d.maxlen), nil
	})
}
