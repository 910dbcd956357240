package operatormod

import (
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
)

// attrgetter, itemgetter and methodcaller.

// Getter is an instance of attrgetter, itemgetter or methodcaller.
type Getter struct {
	typ   *py.Type
	items []py.Object // attrgetter: [][]*py.Str paths flattened per item; itemgetter: keys
	paths [][]*py.Str
	name  *py.Str // methodcaller
	args  []py.Object
	kw    *py.KwArgs
}

// Type returns the getter's type.
func (g *Getter) Type() *py.Type { return g.typ }

// The getter types.
var (
	AttrGetterType   = py.NewType("attrgetter", "operator", nil, 0)
	ItemGetterType   = py.NewType("itemgetter", "operator", nil, 0)
	MethodCallerType = py.NewType("methodcaller", "operator", nil, 0)
)

func getAttrPath(th *py.Thread, o py.Object, path []*py.Str) (py.Object, error) {
	for _, n := range path {
		v, err := py.GetAttr(th, o, n)
		if err != nil {
			return nil, err
		}
		o = v
	}
	return o, nil
}

func joinReprs(th *py.Thread, items []py.Object) (string, error) {
	parts := make([]string, len(items))
	for i, it := range items {
		r, err := py.Repr(th, it)
		if err != nil {
			return "", err
		}
		parts[i] = r.String()
	}
	return strings.Join(parts, ", "), nil
}

func init() {
	AttrGetterType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if kw.Len() > 0 {
			return nil, py.NewError(py.TypeErrorType, "attrgetter() takes no keyword arguments")
		}
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "attrgetter expected 1 argument, got 0")
		}
		g := &Getter{typ: AttrGetterType, items: args}
		for _, a := range args {
			s, ok := py.Unwrap(a).(*py.Str)
			if !ok {
				return nil, py.NewError(py.TypeErrorType, "attribute name must be a string")
			}
			var path []*py.Str
			for _, p := range strings.Split(s.String(), ".") {
				path = append(path, py.Intern(p))
			}
			g.paths = append(g.paths, path)
		}
		return g, nil
	}
	AttrGetterType.Slots.Call = func(th *py.Thread, o py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		g := o.(*Getter)
		if err := py.ArgRange("attrgetter", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if len(g.paths) == 1 {
			return getAttrPath(th, args[0], g.paths[0])
		}
		out := make([]py.Object, len(g.paths))
		for i, p := range g.paths {
			v, err := getAttrPath(th, args[0], p)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return py.NewTuple(out), nil
	}
	ItemGetterType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if kw.Len() > 0 {
			return nil, py.NewError(py.TypeErrorType, "itemgetter() takes no keyword arguments")
		}
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "itemgetter expected 1 argument, got 0")
		}
		return &Getter{typ: ItemGetterType, items: append([]py.Object(nil), args...)}, nil
	}
	ItemGetterType.Slots.Call = func(th *py.Thread, o py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		g := o.(*Getter)
		if err := py.ArgRange("itemgetter", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if len(g.items) == 1 {
			return py.GetItem(th, args[0], g.items[0])
		}
		out := make([]py.Object, len(g.items))
		for i, k := range g.items {
			v, err := py.GetItem(th, args[0], k)
			if err != nil {
				return nil, err
			}
			out[i] = v
		}
		return py.NewTuple(out), nil
	}
	MethodCallerType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "methodcaller needs at least one argument, the method name")
		}
		s, ok := py.Unwrap(args[0]).(*py.Str)
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "method name must be a string")
		}
		g := &Getter{typ: MethodCallerType, name: s, args: append([]py.Object(nil), args[1:]...)}
		if kw.Len() > 0 {
			g.kw = &py.KwArgs{Names: append([]*py.Str(nil), kw.Names...), Values: append([]py.Object(nil), kw.Values...)}
		}
		return g, nil
	}
	MethodCallerType.Slots.Call = func(th *py.Thread, o py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		g := o.(*Getter)
		if err := py.ArgRange("methodcaller", args, kw, 1, 1); err != nil {
			return nil, err
		}
		return py.CallMethod(th, args[0], g.name, g.args, g.kw)
	}
	repr := func(th *py.Thread, o py.Object) (py.Object, error) {
		g := o.(*Getter)
		var s string
		var err error
		switch g.typ {
		case MethodCallerType:
			items := append([]py.Object{g.name}, g.args...)
			if s, err = joinReprs(th, items); err != nil {
				return nil, err
			}
			for i := 0; i < g.kw.Len(); i++ {
				r, err := py.Repr(th, g.kw.Values[i])
				if err != nil {
					return nil, err
				}
				s += ", " + g.kw.Names[i].String() + "=" + r.String()
			}
		default:
			if s, err = joinReprs(th, g.items); err != nil {
				return nil, err
			}
		}
		return py.NewStr("operator." + g.typ.Name + "(" + s + ")"), nil
	}
	for _, t := range []*py.Type{AttrGetterType, ItemGetterType, MethodCallerType} {
		t.Slots.Repr = repr
	}
}
