package weakrefmod

import (
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

func timeAfter() <-chan time.Time { return time.After(200 * time.Millisecond) }

func sleepShort() { time.Sleep(5 * time.Millisecond) }

// Proxy is weakref.proxy: attribute access, calls and common operators
// are forwarded to the referent; ReferenceError once it is gone.
type Proxy struct {
	r *Ref
}

// ProxyType is weakref.ProxyType.
var ProxyType = py.NewType("ProxyType", "weakref", nil, 0)

// Type returns ProxyType.
func (p *Proxy) Type() *py.Type { return ProxyType }

func (p *Proxy) target() (py.Object, error) {
	if v := p.r.h.get(); v != nil {
		return v, nil
	}
	return nil, py.NewError(py.ReferenceErrorType, "weakly-referenced object no longer exists")
}

func initProxy() {
	t := ProxyType
	t.Slots.GetAttr = func(th *py.Thread, o py.Object, name *py.Str) (py.Object, error) {
		v, err := o.(*Proxy).target()
		if err != nil {
			return nil, err
		}
		return py.GetAttrOpt(th, v, name)
	}
	t.Slots.SetAttr = func(th *py.Thread, o py.Object, name *py.Str, value py.Object) error {
		v, err := o.(*Proxy).target()
		if err != nil {
			return err
		}
		if value == nil {
			return py.DelAttr(th, v, name)
		}
		return py.SetAttr(th, v, name, value)
	}
	t.Slots.Call = func(th *py.Thread, o py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		v, err := o.(*Proxy).target()
		if err != nil {
			return nil, err
		}
		return py.Call(th, v, args, kw)
	}
	t.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		p := o.(*Proxy)
		v := p.r.h.get()
		if v == nil {
			return py.NewStr("<weakproxy at " + hexID(o) + "; dead>"), nil
		}
		return py.NewStr("<weakproxy at " + hexID(o) + "; to '" + typeQual(v.Type()) + "' at " + hexID(v) + ">"), nil
	}
	t.Slots.Str = func(th *py.Thread, o py.Object) (py.Object, error) {
		v, err := o.(*Proxy).target()
		if err != nil {
			return nil, err
		}
		return py.StrOf(th, v)
	}
	t.Slots.Len = func(th *py.Thread, o py.Object) (int, error) {
		v, err := o.(*Proxy).target()
		if err != nil {
			return 0, err
		}
		return py.Len(th, v)
	}
	t.Slots.GetItem = func(th *py.Thread, o, k py.Object) (py.Object, error) {
		v, err := o.(*Proxy).target()
		if err != nil {
			return nil, err
		}
		return py.GetItem(th, v, k)
	}
	t.Slots.Compare = func(th *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
		v, err := a.(*Proxy).target()
		if err != nil {
			return nil, err
		}
		if pb, ok := b.(*Proxy); ok {
			if b, err = pb.target(); err != nil {
				return nil, err
			}
		}
		return py.Compare(th, op, v, b)
	}
	t.Slots.Bool = func(th *py.Thread, o py.Object) (bool, error) {
		v, err := o.(*Proxy).target()
		if err != nil {
			return false, err
		}
		return py.Truth(th, v)
	}
	t.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) {
		v, err := o.(*Proxy).target()
		if err != nil {
			return nil, err
		}
		return py.Iter(th, v)
	}
}

func body(th *py.Thread, m *py.Module) error {
	set := func(n string, v py.Object) { m.Dict.SetStr(py.Intern(n), v) }
	set("ref", RefType)
	set("ReferenceType", RefType)
	set("ProxyType", ProxyType)
	set("CallableProxyType", ProxyType)
	set("ProxyTypes", py.NewTuple([]py.Object{ProxyType}))
	fn := func(name string, params []string, defaults []py.Object, b func(th *py.Thread, a []py.Object) (py.Object, error)) {
		set(name, pyutil.Func("weakref", name, params, defaults, b))
	}
	fn("proxy", []string{"object", "callback"}, []py.Object{py.None}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		r, err := NewRef(a[0], a[1])
		if err != nil {
			return nil, err
		}
		return &Proxy{r: r}, nil
	})
	fn("getweakrefcount", []string{"object"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		countsMu.Lock()
		defer countsMu.Unlock()
		return py.Int(counts[py.Id(a[0])]), nil
	})
	fn("_atexit", []string{"func"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		f := a[0]
		py.AtExit(func(th *py.Thread) { py.Call0(th, f) })
		return py.None, nil
	})
	extra, err := py.ImportModule(th, "_pygo_weakref")
	if err != nil {
		return err
	}
	for _, n := range []string{"WeakValueDictionary", "WeakKeyDictionary", "WeakSet", "WeakMethod", "finalize", "getweakrefs"} {
		v, err := pyutil.Attr(th, extra, n)
		if err != nil {
			return err
		}
		if t, ok := v.(*py.Type); ok {
			t.Dict.SetStr(py.Intern("__module__"), py.NewStr("weakref"))
		}
		set(n, v)
	}
	return nil
}
