package py

// Ranges whose bounds or length do not fit in int64 (range(2**70,
// 2**70 + 2)): the same operations computed with math/big. Indexing and
// len() of such ranges raise OverflowError when the result does not fit,
// as in CPython.

import "math/big"

// rangeBig holds the exact values of a big range.
type rangeBig struct {
	start, stop, step, n *big.Int
}

// newBigRange builds a range from int objects (Int or *BigInt); step is
// not zero.
func newBigRange(start, stop, step Object) *Range {
	b := &rangeBig{
		start: new(big.Int).Set(bigOf(start)),
		stop:  new(big.Int).Set(bigOf(stop)),
		step:  new(big.Int).Set(bigOf(step)),
	}
	b.n = bigRangeLen(b.start, b.stop, b.step)
	return &Range{big: b}
}

// bigRangeLen is max(0, ceil((stop - start) / step)).
func bigRangeLen(start, stop, step *big.Int) *big.Int {
	d := new(big.Int).Sub(stop, start)
	if step.Sign() < 0 {
		d.Neg(d)
	}
	if d.Sign() <= 0 {
		return new(big.Int)
	}
	s := new(big.Int).Abs(step)
	d.Sub(d, big.NewInt(1))
	d.Quo(d, s)
	return d.Add(d, big.NewInt(1))
}

// rangeNeedsBig reports whether range(start, stop, step) must use big
// arithmetic: an operand or the length is outside int64.
func rangeNeedsBig(start, stop, step Object) bool {
	_, ok1 := start.(Int)
	_, ok2 := stop.(Int)
	_, ok3 := step.(Int)
	if !ok1 || !ok2 || !ok3 {
		return true
	}
	return !bigRangeLen(bigOf(start), bigOf(stop), bigOf(step)).IsInt64()
}

func bigObj(b *big.Int) Object { return NewIntFromBig(new(big.Int).Set(b)) }

// item returns start + i*step.
func (b *rangeBig) item(i *big.Int) *big.Int {
	v := new(big.Int).Mul(i, b.step)
	return v.Add(v, b.start)
}

// contains reports whether the int x is in the range.
func (b *rangeBig) contains(x *big.Int) bool {
	if b.n.Sign() == 0 {
		return false
	}
	if b.step.Sign() > 0 {
		if x.Cmp(b.start) < 0 || x.Cmp(b.stop) >= 0 {
			return false
		}
	} else if x.Cmp(b.start) > 0 || x.Cmp(b.stop) <= 0 {
		return false
	}
	d := new(big.Int).Sub(x, b.start)
	return d.Mod(d, new(big.Int).Abs(b.step)).Sign() == 0
}

// bigRangeIterator iterates over a big range.
type bigRangeIterator struct {
	next, step, left *big.Int
}

// Type returns RangeIteratorType... CPython names it longrange_iterator.
func (*bigRangeIterator) Type() *Type { return LongRangeIteratorType }

// LongRangeIteratorType is the iterator type of ranges beyond int64.
var LongRangeIteratorType = newBuiltinType("longrange_iterator", ObjectType, 0)

func init() {
	LongRangeIteratorType.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
	LongRangeIteratorType.Slots.Next = func(th *Thread, o Object) (Object, error) {
		it := o.(*bigRangeIterator)
		if it.left.Sign() <= 0 {
			return nil, nil
		}
		v := bigObj(it.next)
		it.next = new(big.Int).Add(it.next, it.step)
		it.left = new(big.Int).Sub(it.left, big.NewInt(1))
		return v, nil
	}
}

func errRangeTooBig() error {
	return NewError(OverflowErrorType, "Python int too large to convert to C ssize_t")
}

// bigRangeSlot implements the range slots for big ranges; ok is false
// when r is an int64 range.
func (r *Range) bigLen() (int, error) {
	if !r.big.n.IsInt64() {
		return 0, errRangeTooBig()
	}
	return int(r.big.n.Int64()), nil
}

func (r *Range) bigGetItem(th *Thread, key Object) (Object, error) {
	b := r.big
	if _, ok := key.(*Slice); ok {
		return nil, NewError(OverflowErrorType, "slicing a range beyond 64-bit integers is not supported")
	}
	k, err := Index(th, key)
	if err != nil {
		if key.Type().Slots.Index == nil {
			return nil, NewError(TypeErrorType, "range indices must be integers or slices, not %s", key.Type().Name)
		}
		return nil, err
	}
	i := new(big.Int).Set(bigOf(k))
	if i.Sign() < 0 {
		i.Add(i, b.n)
	}
	if i.Sign() < 0 || i.Cmp(b.n) >= 0 {
		return nil, NewError(IndexErrorType, "range object index out of range")
	}
	return bigObj(b.item(i)), nil
}

func (r *Range) bigIter(reverse bool) Object {
	b := r.big
	if !reverse {
		return &bigRangeIterator{next: new(big.Int).Set(b.start), step: b.step, left: b.n}
	}
	last := b.start
	if b.n.Sign() > 0 {
		last = b.item(new(big.Int).Sub(b.n, big.NewInt(1)))
	}
	return &bigRangeIterator{next: last, step: new(big.Int).Neg(b.step), left: b.n}
}

// bigEqual compares two ranges either of which may be big.
func rangeEqual(x, y *Range) bool {
	xb, yb := x.asBig(), y.asBig()
	if xb.n.Cmp(yb.n) != 0 {
		return false
	}
	if xb.n.Sign() == 0 {
		return true
	}
	if xb.start.Cmp(yb.start) != 0 {
		return false
	}
	return xb.n.Cmp(big.NewInt(1)) == 0 || xb.step.Cmp(yb.step) == 0
}

// asBig returns the range's values in big form.
func (r *Range) asBig() *rangeBig {
	if r.big != nil {
		return r.big
	}
	return &rangeBig{big.NewInt(r.Start), big.NewInt(r.Stop), big.NewInt(r.Step), big.NewInt(r.n)}
}
