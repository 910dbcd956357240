package py

import (
	"bytes"

	"github.com/pygo-dev/pygo/internal/pystr"
)

// bytearray: the slots and the mutating methods. Every access holds the
// object's mutex; methods shared with bytes (bytes_methods.go) work on a
// snapshot.

func byteArrayOf(o Object) *ByteArray { return Unwrap(o).(*ByteArray) }

// setSlice replaces a[start:stop:step] (n items) with v.
func (a *ByteArray) setSlice(th *Thread, sl *Slice, v []byte) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	start, stop, step, err := sl.bounds(th)
	if err != nil {
		return err
	}
	n := contAdjustSlice(len(a.b), &start, &stop, step)
	if step == 1 {
		if stop < start {
			stop = start
		}
		if err := a.canResize(len(a.b) - (stop - start) + len(v)); err != nil {
			return err
		}
		nb := make([]byte, 0, len(a.b)-(stop-start)+len(v))
		nb = append(nb, a.b[:start]...)
		nb = append(nb, v...)
		nb = append(nb, a.b[stop:]...)
		a.b = nb
		return nil
	}
	if v == nil {
		// Deletion of an extended slice.
		if err := a.canResize(len(a.b) - n); err != nil {
			return err
		}
		del := make(map[int]bool, n)
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			del[i] = true
		}
		nb := a.b[:0:0]
		for i, c := range a.b {
			if !del[i] {
				nb = append(nb, c)
			}
		}
		a.b = nb
		return nil
	}
	if len(v) != n {
		return NewError(ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(v), n)
	}
	for i, k := start, 0; k < n; i, k = i+step, k+1 {
		a.b[i] = v[k]
	}
	return nil
}

func init() {
	s := &ByteArrayType.Slots
	s.Repr = func(th *Thread, o Object) (Object, error) {
		b := byteArrayOf(o).snapshot()
		name := o.Type().Name
		return NewStr(name + "(" + pystr.ReprBytes(b) + ")"), nil
	}
	s.Len = func(th *Thread, o Object) (int, error) {
		a := byteArrayOf(o)
		a.mu.Lock()
		defer a.mu.Unlock()
		return len(a.b), nil
	}
	s.Compare = func(th *Thread, x, y Object, op CompareOp) (Object, error) {
		other, ok := bytesOrByteArray(y)
		if !ok {
			return NotImplemented, nil
		}
		return bytesCompare(byteArrayOf(x).snapshot(), other, op), nil
	}
	s.Binary[OpAdd] = func(th *Thread, x, y Object) (Object, error) {
		other, ok := bytesLike(y)
		if !ok {
			if y.Type().Flags&FlagHeapType != 0 {
				return NotImplemented, nil
			}
			return nil, NewError(TypeErrorType, "can't concat %s to bytearray", y.Type().Name)
		}
		return NewByteArray(append(byteArrayOf(x).snapshot(), other...)), nil
	}
	s.InPlace[OpAdd] = func(th *Thread, x, y Object) (Object, error) {
		other, ok := bytesLike(y)
		if !ok {
			return nil, NewError(TypeErrorType, "can't concat %s to bytearray", y.Type().Name)
		}
		a := byteArrayOf(x)
		a.mu.Lock()
		defer a.mu.Unlock()
		if err := a.canResize(len(a.b) + len(other)); err != nil {
			return nil, err
		}
		a.b = append(a.b, other...)
		return x, nil
	}
	mul := func(th *Thread, x, y Object) (Object, error) {
		n, ok, err := repeatCount(th, y)
		if err != nil {
			return nil, err
		}
		if !ok {
			if y.Type().Flags&FlagHeapType != 0 {
				return NotImplemented, nil
			}
			return nil, NewError(TypeErrorType, "can't multiply sequence by non-int of type '%s'", y.Type().Name)
		}
		b := byteArrayOf(x).snapshot()
		if n <= 0 {
			return NewByteArray(nil), nil
		}
		if CheckAlloc(n, int64(len(b))) != nil {
			return nil, NewException(MemoryErrorType)
		}
		return NewByteArray(bytes.Repeat(b, int(n))), nil
	}
	s.Binary[OpMul] = mul
	s.RBinary[OpMul] = mul
	s.InPlace[OpMul] = func(th *Thread, x, y Object) (Object, error) {
		r, err := mul(th, x, y)
		if err != nil || r == NotImplemented {
			return r, err
		}
		a := byteArrayOf(x)
		a.mu.Lock()
		defer a.mu.Unlock()
		nb := r.(*ByteArray).b
		if err := a.canResize(len(nb)); err != nil {
			return nil, err
		}
		a.b = nb
		return x, nil
	}
	s.Binary[OpMod] = func(th *Thread, x, y Object) (Object, error) {
		r, err := bytesPercent(th, byteArrayOf(x).snapshot(), y)
		if err != nil {
			return nil, err
		}
		return NewByteArray(r), nil
	}
	s.Contains = func(th *Thread, c, item Object) (bool, error) {
		return bytesContains(th, byteArrayOf(c).snapshot(), item)
	}
	s.GetItem = func(th *Thread, o, key Object) (Object, error) {
		a := byteArrayOf(o)
		if _, ok := key.(*Slice); ok {
			return bytesGetItem(th, a.snapshot(), key, "bytearray", func(b []byte) Object { return NewByteArray(b) })
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		return bytesGetItem(th, a.b, key, "bytearray", nil)
	}
	s.SetItem = func(th *Thread, o, key, v Object) error {
		a := byteArrayOf(o)
		if sl, ok := key.(*Slice); ok {
			var data []byte
			if b, ok := bytesLike(v); ok {
				data = append([]byte{}, b...)
			} else if _, isInt := intOf(v); isInt {
				return NewError(TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			} else {
				d, err := bytesFromObject(th, v, "bytearray")
				if err != nil {
					return err
				}
				data = append([]byte{}, d...)
			}
			return a.setSlice(th, sl, data)
		}
		c, err := byteValue(th, v)
		if err != nil {
			return err
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		i, err := seqIndex(th, key, len(a.b), "bytearray")
		if err != nil {
			return err
		}
		a.b[i] = c
		return nil
	}
	s.DelItem = func(th *Thread, o, key Object) error {
		a := byteArrayOf(o)
		if sl, ok := key.(*Slice); ok {
			return a.setSlice(th, sl, nil)
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		i, err := seqIndex(th, key, len(a.b), "bytearray")
		if err != nil {
			return err
		}
		if err := a.canResize(len(a.b) - 1); err != nil {
			return err
		}
		a.b = append(a.b[:i], a.b[i+1:]...)
		return nil
	}
	s.Iter = func(th *Thread, o Object) (Object, error) { return &bytesIterator{src: byteArrayOf(o)}, nil }
	s.Hash = func(th *Thread, o Object) (int64, error) {
		return 0, NewError(TypeErrorType, "unhashable type: '%s'", o.Type().Name)
	}
	s.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		return wrapNew(cls, ByteArrayType, NewByteArray(nil)), nil
	}
	s.Init = func(th *Thread, self Object, args []Object, kw *KwArgs) error {
		b, err := bytesArgs(th, "bytearray", args, kw)
		if err != nil {
			return err
		}
		a := byteArrayOf(self)
		a.mu.Lock()
		defer a.mu.Unlock()
		if err := a.canResize(len(b)); err != nil {
			return err
		}
		a.b = b
		return nil
	}
}
