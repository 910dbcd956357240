package threadingmod

import (
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
)

// Local is threading.local (_thread._local): each thread sees its own
// attribute dict. A subclass's __init__ runs again, with the constructor's
// arguments, the first time another thread touches the object.
type Local struct {
	mu    sync.Mutex
	self  py.Object // the Python-visible object
	dicts map[int64]*py.Dict
	args  []py.Object
	kw    *py.KwArgs
}

// LocalType is _thread._local.
var LocalType = py.NewType("_local", "_thread", nil, py.FlagBaseType)

// Type returns LocalType.
func (l *Local) Type() *py.Type { return LocalType }

// Every Local that holds a dict for a thread, by thread ident, so that a
// finishing thread's values can be dropped.
var (
	localsMu    sync.Mutex
	localsByTID = map[int64][]*Local{}
)

// dropLocals forgets the threading.local values of thread id.
func dropLocals(id int64) {
	localsMu.Lock()
	ls := localsByTID[id]
	delete(localsByTID, id)
	localsMu.Unlock()
	for _, l := range ls {
		l.mu.Lock()
		delete(l.dicts, id)
		l.mu.Unlock()
	}
}

func localOf(o py.Object) *Local {
	l, _ := py.Unwrap(o).(*Local)
	return l
}

// dict returns the calling thread's dict, creating it (and running a
// subclass's __init__) on first use.
func (l *Local) dict(th *py.Thread) (*py.Dict, error) {
	id := th.Ident()
	l.mu.Lock()
	d := l.dicts[id]
	if d != nil {
		l.mu.Unlock()
		return d, nil
	}
	d = py.NewDict()
	l.dicts[id] = d
	args, kw, self := l.args, l.kw, l.self
	l.mu.Unlock()
	localsMu.Lock()
	localsByTID[id] = append(localsByTID[id], l)
	localsMu.Unlock()
	if init := self.Type().Lookup(strDunderInit); init != nil && self.Type() != LocalType {
		if _, isWrapper := init.(*py.SlotWrapper); !isWrapper {
			if _, err := py.CallMethod(th, self, strDunderInit, args, kw); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

// getAttr is local.__getattribute__: the generic lookup with the
// calling thread's dict as the instance dict.
func localGetAttr(th *py.Thread, o py.Object, name *py.Str) (py.Object, error) {
	l := localOf(o)
	d, err := l.dict(th)
	if err != nil {
		return nil, err
	}
	if name.String() == "__dict__" {
		return d, nil
	}
	t := o.Type()
	descr := t.Lookup(name)
	if descr != nil {
		dt := descr.Type()
		if dt.Slots.DescrGet != nil && dt.Slots.DescrSet != nil {
			return dt.Slots.DescrGet(th, descr, o, t)
		}
	}
	if v := d.GetStr(name); v != nil {
		return v, nil
	}
	if descr != nil {
		if get := descr.Type().Slots.DescrGet; get != nil {
			return get(th, descr, o, t)
		}
		return descr, nil
	}
	return nil, nil
}

// localSetAttr is local.__setattr__ / __delattr__ (v nil).
func localSetAttr(th *py.Thread, o py.Object, name *py.Str, v py.Object) error {
	l := localOf(o)
	d, err := l.dict(th)
	if err != nil {
		return err
	}
	if name.String() == "__dict__" {
		return py.NewError(py.AttributeErrorType, "'%s' object attribute '__dict__' is read-only", o.Type().Name)
	}
	if descr := o.Type().Lookup(name); descr != nil {
		if set := descr.Type().Slots.DescrSet; set != nil {
			return set(th, descr, o, v)
		}
	}
	if v == nil {
		if !d.DelStr(name) {
			return py.NewError(py.AttributeErrorType, "'%s' object has no attribute '%s'", o.Type().Name, name.String())
		}
		return nil
	}
	d.SetStr(name, v)
	return nil
}

func init() {
	LocalType.Doc = "Thread-local data"
	LocalType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if (len(args) > 0 || kw.Len() > 0) && cls.Lookup(py.Intern("__init__")) == LocalType.Dict.GetStr(py.Intern("__init__")) {
			return nil, py.NewError(py.TypeErrorType, "Initialization arguments are not supported")
		}
		l := &Local{dicts: map[int64]*py.Dict{}, args: args, kw: kw}
		l.self = wrapNew(cls, LocalType, l)
		// The creating thread's dict exists from the start; its __init__
		// is the ordinary one run by the constructor.
		id := th.Ident()
		l.dicts[id] = py.NewDict()
		localsMu.Lock()
		localsByTID[id] = append(localsByTID[id], l)
		localsMu.Unlock()
		return l.self, nil
	}
	LocalType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error { return nil }
	LocalType.Slots.GetAttr = localGetAttr
	LocalType.Slots.SetAttr = localSetAttr
}

var strDunderInit = py.Intern("__init__")
