package itertoolsmod

import (
	"math"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// groupby, islice, tee, zip_longest and the combinatoric iterators
// (product, permutations, combinations, combinations_with_replacement).

// groupState is shared by a groupby object and its _grouper children.
type groupState struct {
	it                       py.Object
	key                      py.Object // nil: identity
	tgtKey, currKey, currVal py.Object
	currGrouper              *iterObj
}

func (g *groupState) step(th *py.Thread) (bool, error) {
	v, err := py.Next(th, g.it)
	if err != nil || v == nil {
		return false, err
	}
	k := v
	if g.key != nil {
		if k, err = py.Call1(th, g.key, v); err != nil {
			return false, err
		}
	}
	g.currVal, g.currKey = v, k
	return true, nil
}

var grouperType = newIterType("_grouper", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	return nil, py.NewError(py.TypeErrorType, "cannot create 'itertools._grouper' instances")
})

var groupbyType = newIterType("groupby", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	a, err := mu.Args("groupby", args, kw, []string{"iterable", "key"}, 1)
	if err != nil {
		return nil, err
	}
	it, err := py.Iter(th, a[0])
	if err != nil {
		return nil, err
	}
	g := &groupState{it: it, key: a[1]}
	if g.key == py.None {
		g.key = nil
	}
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		g.currGrouper = nil
		// Skip to the next key.
		for {
			if g.currKey == nil {
				ok, err := g.step(th)
				if err != nil || !ok {
					return nil, err
				}
			} else if g.tgtKey == nil {
				break
			} else {
				eq, err := py.CompareBool(th, py.OpEQ, g.tgtKey, g.currKey)
				if err != nil {
					return nil, err
				}
				if !eq {
					break
				}
				ok, err := g.step(th)
				if err != nil || !ok {
					return nil, err
				}
			}
		}
		g.tgtKey = g.currKey
		tgt := g.tgtKey
		gr := &iterObj{typ: grouperType}
		gr.next = func(th *py.Thread) (py.Object, error) {
			if g.currGrouper != gr {
				return nil, nil
			}
			if g.currVal == nil {
				ok, err := g.step(th)
				if err != nil || !ok {
					return nil, err
				}
			}
			eq, err := py.CompareBool(th, py.OpEQ, tgt, g.currKey)
			if err != nil {
				return nil, err
			}
			if !eq {
				return nil, nil
			}
			v := g.currVal
			g.currVal = nil
			return v, nil
		}
		g.currGrouper = gr
		return py.NewTuple([]py.Object{g.currKey, gr}), nil
	}
	return o, nil
})

const maxSize = math.MaxInt64

// isliceArg converts an islice index (None or a non-negative int).
func isliceArg(th *py.Thread, o py.Object, def int64, msg string) (int64, error) {
	if o == py.None {
		return def, nil
	}
	if !mu.IsInt(o) && o.Type().Slots.Index == nil {
		return 0, py.NewError(py.ValueErrorType, "%s", msg)
	}
	b, err := mu.IndexBig(th, o)
	if err != nil {
		return 0, err
	}
	if b.Sign() < 0 {
		return 0, py.NewError(py.ValueErrorType, "%s", msg)
	}
	if !b.IsInt64() {
		return maxSize, nil
	}
	return b.Int64(), nil
}

var isliceType = newIterType("islice", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	if err := noKw("islice", kw); err != nil {
		return nil, err
	}
	if err := py.ArgRange("islice", args, nil, 2, 4); err != nil {
		return nil, err
	}
	const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	const idxMsg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	start, stop, step := int64(0), int64(-1), int64(1)
	var err error
	if len(args) == 2 {
		if stop, err = isliceArg(th, args[1], -1, stopMsg); err != nil {
			return nil, err
		}
	} else {
		if start, err = isliceArg(th, args[1], 0, idxMsg); err != nil {
			return nil, err
		}
		if stop, err = isliceArg(th, args[2], -1, stopMsg); err != nil {
			return nil, err
		}
		if len(args) == 4 {
			if args[3] != py.None {
				s, err := isliceArg(th, args[3], 1, "Step for islice() must be a positive integer or None.")
				if err != nil || s == 0 {
					return nil, py.NewError(py.ValueErrorType, "Step for islice() must be a positive integer or None.")
				}
				step = s
			}
		}
	}
	it, err := py.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	next := start // index of the next item to yield
	cnt := int64(0)
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		for cnt < next {
			if stop >= 0 && cnt >= stop {
				return nil, nil
			}
			v, err := py.Next(th, it)
			if err != nil || v == nil {
				return nil, err
			}
			cnt++
		}
		if stop >= 0 && cnt >= stop {
			return nil, nil
		}
		v, err := py.Next(th, it)
		if err != nil || v == nil {
			return nil, err
		}
		cnt++
		next += step
		if stop >= 0 && next > stop {
			next = stop
		}
		return v, nil
	}
	return o, nil
})

// teeData is the buffer shared by the iterators tee() returns.
type teeData struct {
	it    py.Object
	buf   []py.Object
	base  int // index in the stream of buf[0]
	pos   []int
	ended bool
}

var teeType = newIterType("_tee", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	if err := noKw("_tee", kw); err != nil {
		return nil, err
	}
	if err := py.ArgRange("_tee", args, nil, 1, 1); err != nil {
		return nil, err
	}
	it, err := py.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	d := &teeData{it: it}
	return d.newTee(0), nil
})

func (d *teeData) newTee(pos int) *iterObj {
	idx := len(d.pos)
	d.pos = append(d.pos, pos)
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		p := d.pos[idx]
		if p-d.base >= len(d.buf) {
			if d.ended {
				return nil, nil
			}
			v, err := py.Next(th, d.it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				d.ended = true
				return nil, nil
			}
			d.buf = append(d.buf, v)
		}
		v := d.buf[p-d.base]
		d.pos[idx] = p + 1
		d.trim()
		return v, nil
	}
	return o
}

// trim drops buffered items every tee has consumed.
func (d *teeData) trim() {
	low := d.pos[0]
	for _, p := range d.pos {
		if p < low {
			low = p
		}
	}
	if n := low - d.base; n > 0 && n >= len(d.buf)/2 {
		d.buf = append([]py.Object(nil), d.buf[n:]...)
		d.base = low
	}
}

func init() {
	py.DefMethod(teeType, "__copy__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return nil, py.NewError(py.NotImplementedErrorType, "tee.__copy__ is not supported")
	})
}

func tee(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := noKw("tee", kw); err != nil {
		return nil, err
	}
	if err := py.ArgRange("tee", args, nil, 1, 2); err != nil {
		return nil, err
	}
	n := int64(2)
	if len(args) == 2 {
		var err error
		if n, err = mu.Int64(th, args[1]); err != nil {
			return nil, err
		}
	}
	if n < 0 {
		return nil, py.NewError(py.ValueErrorType, "n must be >= 0")
	}
	it, err := py.Iter(th, args[0])
	if err != nil {
		return nil, err
	}
	d := &teeData{it: it}
	out := make([]py.Object, n)
	for i := range out {
		t := d.newTee(0)
		t.typ = teeType
		out[i] = t
	}
	return py.NewTuple(out), nil
}

var zipLongestType = newIterType("zip_longest", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	var fill py.Object = py.None
	for i := 0; i < kw.Len(); i++ {
		if kw.Names[i].String() != "fillvalue" {
			return nil, py.NewError(py.TypeErrorType, "zip_longest() got an unexpected keyword argument")
		}
		fill = kw.Values[i]
	}
	its, err := iters(th, args)
	if err != nil {
		return nil, err
	}
	active := len(its)
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		if len(its) == 0 || active == 0 {
			return nil, nil
		}
		items := make([]py.Object, len(its))
		for i, it := range its {
			if it == nil {
				items[i] = fill
				continue
			}
			v, err := py.Next(th, it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				active--
				if active == 0 {
					return nil, nil
				}
				its[i] = nil
				v = fill
			}
			items[i] = v
		}
		return py.NewTuple(items), nil
	}
	return o, nil
})

var productType = newIterType("product", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	repeat := int64(1)
	for i := 0; i < kw.Len(); i++ {
		if kw.Names[i].String() != "repeat" {
			return nil, py.NewError(py.TypeErrorType, "product() got an unexpected keyword argument '%s'", kw.Names[i].String())
		}
		var err error
		if repeat, err = mu.Int64(th, kw.Values[i]); err != nil {
			return nil, err
		}
	}
	if repeat < 0 {
		return nil, py.NewError(py.ValueErrorType, "repeat argument cannot be negative")
	}
	var pools [][]py.Object
	for _, a := range args {
		items, err := py.Collect(th, a)
		if err != nil {
			return nil, err
		}
		pools = append(pools, items)
	}
	var all [][]py.Object
	for r := int64(0); r < repeat; r++ {
		all = append(all, pools...)
	}
	idx := make([]int, len(all))
	first := true
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		if first {
			first = false
			for _, p := range all {
				if len(p) == 0 {
					return nil, nil
				}
			}
		} else {
			i := len(all) - 1
			for ; i >= 0; i-- {
				idx[i]++
				if idx[i] < len(all[i]) {
					break
				}
				idx[i] = 0
			}
			if i < 0 {
				return nil, nil
			}
		}
		items := make([]py.Object, len(all))
		for i, p := range all {
			items[i] = p[idx[i]]
		}
		return py.NewTuple(items), nil
	}
	return o, nil
})

// rArg reads the r argument of the combinatoric iterators.
func rArg(th *py.Thread, o py.Object, def int) (int, error) {
	if o == nil || o == py.None {
		return def, nil
	}
	r, err := mu.Int64(th, o)
	if err != nil {
		return 0, err
	}
	if r < 0 {
		return 0, py.NewError(py.ValueErrorType, "r must be non-negative")
	}
	return int(r), nil
}

func pick(pool []py.Object, idx []int) py.Object {
	items := make([]py.Object, len(idx))
	for i, j := range idx {
		items[i] = pool[j]
	}
	return py.NewTuple(items)
}

var permutationsType = newIterType("permutations", func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	a, err := mu.Args("permutations", args, kw, []string{"iterable", "r"}, 1)
	if err != nil {
		return nil, err
	}
	pool, err := py.Collect(th, a[0])
	if err != nil {
		return nil, err
	}
	n := len(pool)
	// Unlike combinations, permutations takes r as an exact int (no __index__).
	if a[1] != nil && a[1] != py.None && !mu.IsInt(a[1]) {
		return nil, py.NewError(py.TypeErrorType, "Expected int as r")
	}
	r, err := rArg(th, a[1], n)
	if err != nil {
		return nil, err
	}
	indices := make([]int, n)
	for i := range indices {
		indices[i] = i
	}
	cycles := make([]int, r)
	for i := range cycles {
		cycles[i] = n - i
	}
	first := true
	o := &iterObj{}
	o.next = func(th *py.Thread) (py.Object, error) {
		if r > n {
			return nil, nil
		}
		if first {
			first = false
			return pick(pool, indices[:r]), nil
		}
		if n == 0 {
			return nil, nil
		}
		for i := r - 1; i >= 0; i-- {
			cycles[i]--
			if cycles[i] == 0 {
				// Rotate indices[i:] left by one.
				v := indices[i]
				copy(indices[i:], indices[i+1:])
				indices[n-1] = v
				cycles[i] = n - i
			} else {
				j := cycles[i]
				indices[i], indices[n-j] = indices[n-j], indices[i]
				return pick(pool, indices[:r]), nil
			}
		}
		return nil, nil
	}
	return o, nil
})

// combIter builds combinations (repl false) and
// combinations_with_replacement (repl true).
func combIter(name string, repl bool) func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
	return func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (*iterObj, error) {
		a, err := mu.Args(name, args, kw, []string{"iterable", "r"}, 2)
		if err != nil {
			return nil, err
		}
		pool, err := py.Collect(th, a[0])
		if err != nil {
			return nil, err
		}
		n := len(pool)
		r, err := rArg(th, a[1], 0)
		if err != nil {
			return nil, err
		}
		indices := make([]int, r)
		if !repl {
			for i := range indices {
				indices[i] = i
			}
		}
		first := true
		o := &iterObj{}
		o.next = func(th *py.Thread) (py.Object, error) {
			if first {
				first = false
				if (!repl && r > n) || (repl && n == 0 && r > 0) {
					return nil, nil
				}
				return pick(pool, indices), nil
			}
			i := r - 1
			if repl {
				for ; i >= 0 && indices[i] == n-1; i-- {
				}
				if i < 0 {
					return nil, nil
				}
				v := indices[i] + 1
				for j := i; j < r; j++ {
					indices[j] = v
				}
			} else {
				for ; i >= 0 && indices[i] == i+n-r; i-- {
				}
				if i < 0 {
					return nil, nil
				}
				indices[i]++
				for j := i + 1; j < r; j++ {
					indices[j] = indices[j-1] + 1
				}
			}
			return pick(pool, indices), nil
		}
		return o, nil
	}
}

var (
	combinationsType     = newIterType("combinations", combIter("combinations", false))
	combinationsReplType = newIterType("combinations_with_replacement", combIter("combinations_with_replacement", true))
)
