package functoolsmod

import (
	"strconv"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// lru_cache: a wrapper keeping results in a dict keyed by the call's
// arguments, evicting the least recently used entry beyond maxsize. The
// user function runs outside the lock, as in CPython (two threads may both
// compute a missing entry).

// lruNode is a cache entry on the recency list; it is stored as the dict
// value so that lookups find it directly.
type lruNode struct {
	key, value py.Object
	prev, next *lruNode
}

var lruNodeType = py.NewType("_lru_list_elem", "functools", nil, 0)

func (n *lruNode) Type() *py.Type { return lruNodeType }

// LRUWrapper is functools._lru_cache_wrapper.
type LRUWrapper struct {
	dictObj
	fn      py.Object
	maxsize int64 // -1: unbounded
	typed   bool
	cache   *py.Dict
	root    lruNode // sentinel of the circular recency list
	hits    int64
	misses  int64
	cmu     chan struct{}
}

// LRUWrapperType is functools._lru_cache_wrapper.
var LRUWrapperType = py.NewType("_lru_cache_wrapper", "functools", nil, 0)

// Type returns LRUWrapperType.
func (w *LRUWrapper) Type() *py.Type { return LRUWrapperType }

func (w *LRUWrapper) lock()   { w.cmu <- struct{}{} }
func (w *LRUWrapper) unlock() { <-w.cmu }

var kwdMark = py.NewTuple([]py.Object{py.NewStr("<kwd_mark>")})

func (w *LRUWrapper) makeKey(args []py.Object, kw *py.KwArgs) py.Object {
	if !w.typed && kw.Len() == 0 && len(args) == 1 {
		// Like CPython, a lone exact int or str argument is its own key (no
		// enclosing tuple), so f(1) and f(1.0) are cached separately.
		if t := args[0].Type(); t == py.IntType || t == py.StrType {
			return args[0]
		}
	}
	key := append([]py.Object(nil), args...)
	if kw.Len() > 0 {
		key = append(key, kwdMark)
		for i := range kw.Names {
			key = append(key, kw.Names[i], kw.Values[i])
		}
	}
	if w.typed {
		for _, a := range args {
			key = append(key, a.Type())
		}
		for i := 0; i < kw.Len(); i++ {
			key = append(key, kw.Values[i].Type())
		}
	}
	return py.NewTuple(key)
}

func (w *LRUWrapper) unlink(n *lruNode) {
	n.prev.next = n.next
	n.next.prev = n.prev
}

func (w *LRUWrapper) pushFront(n *lruNode) { // most recent at root.prev
	last := w.root.prev
	last.next = n
	n.prev = last
	n.next = &w.root
	w.root.prev = n
}

func (w *LRUWrapper) call(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if w.maxsize == 0 {
		w.lock()
		w.misses++
		w.unlock()
		return py.Call(th, w.fn, args, kw)
	}
	key := w.makeKey(args, kw)
	h, err := py.Hash(th, key)
	if err != nil {
		return nil, err
	}
	w.lock()
	found, err := w.cache.GetHash(th, key, h)
	if err != nil {
		w.unlock()
		return nil, err
	}
	if found != nil {
		n := found.(*lruNode)
		if w.maxsize > 0 {
			w.unlink(n)
			w.pushFront(n)
		}
		w.hits++
		w.unlock()
		return n.value, nil
	}
	w.misses++
	w.unlock()
	res, err := py.Call(th, w.fn, args, kw)
	if err != nil {
		return nil, err
	}
	w.lock()
	defer w.unlock()
	if again, _ := w.cache.GetHash(th, key, h); again != nil {
		// Another call stored it meanwhile.
		return res, nil
	}
	n := &lruNode{key: key, value: res}
	if err := w.cache.SetItemHash(th, key, h, n); err != nil {
		return nil, err
	}
	if w.maxsize > 0 {
		w.pushFront(n)
		if int64(w.cache.Len()) > w.maxsize {
			old := w.root.next
			w.unlink(old)
			if err := w.cache.DelItem(th, old.key); err != nil {
				return nil, err
			}
		}
	}
	return res, nil
}

func newLRU(th *py.Thread, fn py.Object, maxsize int64, typed bool) (*LRUWrapper, error) {
	w := &LRUWrapper{fn: fn, maxsize: maxsize, typed: typed, cache: py.NewDict(), cmu: make(chan struct{}, 1)}
	w.root.prev, w.root.next = &w.root, &w.root
	if _, err := updateWrapper(th, w, fn, wrapperAssignments, wrapperUpdates); err != nil {
		return nil, err
	}
	return w, nil
}

// cacheInfoType is the fallback CacheInfo type (see cacheInfoClass).
var cacheInfoType = py.NewType("CacheInfo", "functools", py.TupleType, 0)

func init() {
	LRUWrapperType.Slots.Call = func(th *py.Thread, o py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return o.(*LRUWrapper).call(th, args, kw)
	}
	LRUWrapperType.Slots.DescrGet = func(th *py.Thread, descr, obj py.Object, owner *py.Type) (py.Object, error) {
		if obj == nil {
			return descr, nil
		}
		return &py.BoundMethod{Func: descr, Self: obj}, nil
	}
	LRUWrapperType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		w := o.(*LRUWrapper)
		name := "?"
		if d := w.InstanceDict(false); d != nil {
			if q, ok := d.GetStr(py.Intern("__qualname__")).(*py.Str); ok {
				name = q.String()
			}
		}
		return py.NewStr("<functools._lru_cache_wrapper object at 0x" + strconv.FormatInt(py.Id(o), 16) + "> wrapping " + name), nil
	}
	py.DefMethod(LRUWrapperType, "cache_info", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.NoArgs("cache_info", args, kw); err != nil {
			return nil, err
		}
		w := self.(*LRUWrapper)
		w.lock()
		defer w.unlock()
		var ms py.Object = py.None
		if w.maxsize >= 0 {
			ms = py.Int(w.maxsize)
		}
		return newCacheInfo(th, w.hits, w.misses, ms, w.cache.Len())
	})
	py.DefMethod(LRUWrapperType, "cache_clear", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.NoArgs("cache_clear", args, kw); err != nil {
			return nil, err
		}
		w := self.(*LRUWrapper)
		w.lock()
		defer w.unlock()
		w.cache.Clear()
		w.root.prev, w.root.next = &w.root, &w.root
		w.hits, w.misses = 0, 0
		return py.None, nil
	})
	py.DefMethod(LRUWrapperType, "cache_parameters", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		w := self.(*LRUWrapper)
		d := py.NewDict()
		var ms py.Object = py.None
		if w.maxsize >= 0 {
			ms = py.Int(w.maxsize)
		}
		d.SetStr(py.NewStr("maxsize"), ms)
		d.SetStr(py.NewStr("typed"), py.Bool(w.typed))
		return d, nil
	})
	py.DefGetSet(LRUWrapperType, "__dict__", func(th *py.Thread, self py.Object) (py.Object, error) {
		return self.(*LRUWrapper).InstanceDict(true), nil
	}, nil)
}

// newCacheInfo builds CacheInfo(hits, misses, maxsize, currsize) with the
// collections.namedtuple-like class made on first use.
func newCacheInfo(th *py.Thread, hits, misses int64, maxsize py.Object, currsize int) (py.Object, error) {
	cls, err := cacheInfoClass(th)
	if err != nil {
		return nil, err
	}
	return py.Call(th, cls, []py.Object{py.Int(hits), py.Int(misses), maxsize, py.Int(currsize)}, nil)
}

var cacheInfoCls py.Object

// cacheInfoClass returns CacheInfo: collections.namedtuple when the
// collections module is available, else a plain tuple subclass with
// CPython's repr.
func cacheInfoClass(th *py.Thread) (py.Object, error) {
	if cacheInfoCls != nil {
		return cacheInfoCls, nil
	}
	if py.LookupModuleDef("collections") != nil {
		coll, err := py.ImportModule(th, "collections")
		if err == nil {
			nt, err := py.GetAttr(th, coll, py.NewStr("namedtuple"))
			if err == nil {
				cls, err := py.Call(th, nt, []py.Object{py.NewStr("CacheInfo"), mu.StrList([]string{"hits", "misses", "maxsize", "currsize"})}, nil)
				if err == nil {
					cacheInfoCls = cls
					return cls, nil
				}
			}
		}
	}
	cacheInfoCls = simpleCacheInfo
	return cacheInfoCls, nil
}

var simpleCacheInfo = mu.NewFunc("functools", "CacheInfo", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	return &cacheInfoValue{py.NewTuple(append([]py.Object(nil), args...))}, nil
})

// cacheInfoValue is CacheInfo when collections.namedtuple is unavailable.
type cacheInfoValue struct{ t *py.Tuple }

func (c *cacheInfoValue) Type() *py.Type { return cacheInfoType }

var cacheInfoFields = []string{"hits", "misses", "maxsize", "currsize"}

func init() {
	cacheInfoType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		c := o.(*cacheInfoValue)
		s := "CacheInfo("
		for i, f := range cacheInfoFields {
			r, err := py.Repr(th, c.t.Items[i])
			if err != nil {
				return nil, err
			}
			if i > 0 {
				s += ", "
			}
			s += f + "=" + r.String()
		}
		return py.NewStr(s + ")"), nil
	}
	cacheInfoType.Slots.GetItem = func(th *py.Thread, o, k py.Object) (py.Object, error) {
		return py.GetItem(th, o.(*cacheInfoValue).t, k)
	}
	cacheInfoType.Slots.Len = func(th *py.Thread, o py.Object) (int, error) { return 4, nil }
	cacheInfoType.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) { return py.Iter(th, o.(*cacheInfoValue).t) }
	cacheInfoType.Slots.Compare = func(th *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
		if bb, ok := b.(*cacheInfoValue); ok {
			b = bb.t
		}
		return py.Compare(th, op, a.(*cacheInfoValue).t, b)
	}
	for i, f := range cacheInfoFields {
		i := i
		py.DefGetter(cacheInfoType, f, func(th *py.Thread, self py.Object) (py.Object, error) {
			return self.(*cacheInfoValue).t.Items[i], nil
		})
	}
}

// lruCache implements lru_cache(maxsize=128, typed=False) and
// lru_cache(user_function).
func lruCache(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("lru_cache", args, kw, []string{"maxsize", "typed"}, 0)
	if err != nil {
		return nil, err
	}
	typed := false
	if a[1] != nil {
		if typed, err = py.Truth(th, a[1]); err != nil {
			return nil, err
		}
	}
	maxsize := int64(128)
	switch {
	case a[0] == nil:
	case a[0] == py.None:
		maxsize = -1
	case mu.IsInt(a[0]):
		if maxsize, err = mu.Int64(th, a[0]); err != nil {
			return nil, err
		}
		if maxsize < 0 {
			maxsize = 0
		}
	case callable(a[0]):
		return newLRU(th, a[0], 128, typed)
	default:
		return nil, py.NewError(py.TypeErrorType, "Expected first argument to be an integer, a callable, or None")
	}
	return mu.NewFunc("functools", "decorating_function", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("decorating_function", args, kw, 1); err != nil {
			return nil, err
		}
		return newLRU(th, args[0], maxsize, typed)
	}), nil
}

func cacheFn(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Exactly("cache", args, kw, 1); err != nil {
		return nil, err
	}
	return newLRU(th, args[0], -1, false)
}
