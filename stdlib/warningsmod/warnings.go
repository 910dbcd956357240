// Package warningsmod provides Python's warnings module for Pygo: warn,
// warn_explicit, showwarning, formatwarning, simplefilter,
// filterwarnings, resetwarnings, catch_warnings (with record=True) and
// the filters list, with CPython 3.11's default filters and its stderr
// format "file.py:3: UserWarning: msg" followed by the source line.
//
// The location of a warning (file, line, module) comes from the Python
// frames of the Go call stack (the //line directives of generated code),
// so stacklevel works. Filter message and module patterns use Python's
// re syntax through the re module.
package warningsmod

import (
	"strconv"
	"strings"
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

var (
	mu       sync.Mutex
	registry = map[string]bool{} // "default"/"module"/"once" keys already shown
	modDict  *py.Dict
)

func defaultFilters() *py.List {
	f := func(action string, cat *py.Type, module py.Object) py.Object {
		return py.NewTuple([]py.Object{py.NewStr(action), py.None, cat, module, py.Int(0)})
	}
	return py.NewList([]py.Object{
		f("default", py.DeprecationWarningType, py.NewStr("__main__")),
		f("ignore", py.DeprecationWarningType, py.None),
		f("ignore", py.PendingDeprecationWarningType, py.None),
		f("ignore", py.ImportWarningType, py.None),
		f("ignore", py.ResourceWarningType, py.None),
	})
}

func filtersList() *py.List {
	if l, ok := modDict.GetStr(py.Intern("filters")).(*py.List); ok {
		return l
	}
	l := defaultFilters()
	modDict.SetStr(py.Intern("filters"), l)
	return l
}

// location finds the file, line, source and module of the Python frame
// stacklevel levels up.
func location(stacklevel int) (file string, line int, text string, module string) {
	e := py.NewError(py.WarningType, "")
	frames := e.Frames()
	i := len(frames) - stacklevel
	if i < 0 {
		return "sys", 1, "", "sys"
	}
	if i >= len(frames) {
		i = len(frames) - 1
	}
	if i < 0 {
		return "sys", 1, "", "sys"
	}
	f := frames[i]
	module = "__main__"
	if main := py.SysModules.GetStr(py.Intern("__main__")); main != nil {
		if m, ok := main.(*py.Module); ok {
			if mf, ok := m.Dict.GetStr(py.Intern("__file__")).(*py.Str); ok && mf.String() != f.File {
				if def := py.ModuleDefForFile(f.File); def != nil {
					module = def.Name
				}
			}
		}
	}
	return f.File, f.Line, f.Text, module
}

func reMatch(th *py.Thread, pattern py.Object, s string, ignoreCase bool) (bool, error) {
	if pattern == py.None {
		return true, nil
	}
	if p, ok := pattern.(*py.Str); ok && p.String() == "" {
		return true, nil
	}
	re, err := py.ImportModule(th, "re")
	if err != nil {
		return false, err
	}
	if p, ok := pattern.(*py.Str); ok {
		flags := py.Int(0)
		if ignoreCase {
			flags = py.Int(2)
		}
		c, err := py.CallMethod(th, re, py.Intern("compile"), []py.Object{p, flags}, nil)
		if err != nil {
			return false, err
		}
		pattern = c
	}
	m, err := py.CallMethod1(th, pattern, py.Intern("match"), py.NewStr(s))
	if err != nil {
		return false, err
	}
	return m != py.None, nil
}

// action returns the action of the first matching filter.
func action(th *py.Thread, text string, cat *py.Type, module string, line int) (string, error) {
	for _, f := range filtersList().Items() {
		t, ok := f.(*py.Tuple)
		if !ok || len(t.Items) < 5 {
			continue
		}
		ok, err := reMatch(th, t.Items[1], text, true)
		if err != nil || !ok {
			if err != nil {
				return "", err
			}
			continue
		}
		if fc, isT := t.Items[2].(*py.Type); isT && !cat.IsSubtype(fc) {
			continue
		}
		if mp, isS := t.Items[3].(*py.Str); isS {
			if mp.String() != module {
				ok, err := reMatch(th, py.NewStr(mp.String()+`\Z`), module, false)
				if err != nil {
					return "", err
				}
				if !ok {
					continue
				}
			}
		} else if t.Items[3] != py.None {
			ok, err := reMatch(th, t.Items[3], module, false)
			if err != nil || !ok {
				if err != nil {
					return "", err
				}
				continue
			}
		}
		if ln, _ := py.IntValue(t.Items[4]); ln != 0 && int(ln) != line {
			continue
		}
		s, _ := pyutil.StrStr(th, t.Items[0])
		return s, nil
	}
	s, _ := pyutil.StrStr(th, modDict.GetStr(py.Intern("defaultaction")))
	if s == "" {
		s = "default"
	}
	return s, nil
}

func formatWarning(th *py.Thread, msg py.Object, cat py.Object, file string, line int, src py.Object) (string, error) {
	m, err := pyutil.StrStr(th, msg)
	if err != nil {
		return "", err
	}
	name := "Warning"
	if t, ok := cat.(*py.Type); ok {
		name = t.Name
	}
	s := file + ":" + strconv.Itoa(line) + ": " + name + ": " + m + "\n"
	if src != nil && src != py.None {
		if t, ok := src.(*py.Str); ok && strings.TrimSpace(t.String()) != "" {
			s += "  " + strings.TrimSpace(t.String()) + "\n"
		}
	}
	return s, nil
}

// warnExplicit applies the filters and shows or raises the warning.
func warnExplicit(th *py.Thread, message py.Object, cat *py.Type, file string, line int, module string, text string, src string) error {
	if be, ok := message.(*py.BaseException); ok {
		cat = be.Type()
		s, err := pyutil.StrStr(th, message)
		if err != nil {
			return err
		}
		text = s
	}
	act, err := action(th, text, cat, module, line)
	if err != nil {
		return err
	}
	if act == "error" {
		if be, ok := message.(*py.BaseException); ok {
			return be
		}
		e, err := py.Call1(th, cat, message)
		if err != nil {
			return err
		}
		return py.Raise(th, e, nil)
	}
	if act == "ignore" {
		return nil
	}
	var key string
	switch act {
	case "once":
		key = "once\x00" + text + "\x00" + cat.Name
	case "module":
		key = "module\x00" + text + "\x00" + cat.Name + "\x00" + module
	case "default":
		key = "default\x00" + text + "\x00" + cat.Name + "\x00" + file + "\x00" + strconv.Itoa(line)
	case "always", "all":
	default:
		return py.NewError(py.RuntimeErrorType, "Unrecognized action (%s) in warnings.filters:\n %s", strconv.Quote(act), act)
	}
	if key != "" {
		mu.Lock()
		seen := registry[key]
		registry[key] = true
		mu.Unlock()
		if seen {
			return nil
		}
	}
	msgObj := message
	if _, ok := message.(*py.BaseException); !ok {
		e, err := py.Call1(th, cat, message)
		if err != nil {
			return err
		}
		msgObj = e
	}
	show := modDict.GetStr(py.Intern("showwarning"))
	if show == nil {
		return nil
	}
	_, err = py.Call(th, show, []py.Object{msgObj, cat, py.NewStr(file), py.Int(line)}, pyutil.Kw("file", py.None, "line", py.NewStr(src)))
	return err
}

func categoryOf(th *py.Thread, message, category py.Object) (*py.Type, error) {
	if be, ok := message.(*py.BaseException); ok && be.Type().IsSubtype(py.WarningType) {
		return be.Type(), nil
	}
	if category == nil || category == py.None {
		return py.UserWarningType, nil
	}
	t, ok := category.(*py.Type)
	if !ok || !t.IsSubtype(py.WarningType) {
		return nil, py.NewError(py.TypeErrorType, "category must be a Warning subclass, not '%s'", category.Type().Name)
	}
	return t, nil
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "warnings", Doc: "Python part of the warnings subsystem.", Body: body})
}

func body(th *py.Thread, m *py.Module) error {
	modDict = m.Dict
	set := func(n string, v py.Object) { m.Dict.SetStr(py.Intern(n), v) }
	fn := func(name string, sig *py.Signature, b func(th *py.Thread, a []py.Object) (py.Object, error)) *py.Function {
		f := py.NewFunction(&py.Function{Name: name, Module: "warnings", Sig: sig, Body: b})
		set(name, f)
		return f
	}
	set("filters", defaultFilters())
	set("defaultaction", py.NewStr("default"))
	set("onceregistry", py.NewDict())
	fn("warn", &py.Signature{Names: []string{"message", "category", "stacklevel", "source", "skip_file_prefixes"}, NPos: 4, NKwOnly: 1,
		Defaults: []py.Object{py.None, py.Int(1), py.None}, KwDefaults: []py.Object{py.NewTuple(nil)}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			cat, err := categoryOf(th, a[0], a[1])
			if err != nil {
				return nil, err
			}
			level, err := py.IndexInt(th, a[2])
			if err != nil {
				return nil, err
			}
			if level < 1 {
				level = 1
			}
			file, line, src, module := location(level)
			text, err := pyutil.StrStr(th, a[0])
			if err != nil {
				return nil, err
			}
			return py.None, warnExplicit(th, a[0], cat, file, line, module, text, src)
		})
	fn("warn_explicit", &py.Signature{Names: []string{"message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"}, NPos: 8,
		Defaults: []py.Object{py.None, py.None, py.None, py.None}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			cat, err := categoryOf(th, a[0], a[1])
			if err != nil {
				return nil, err
			}
			file, _ := pyutil.StrStr(th, a[2])
			line, _ := py.IndexInt(th, a[3])
			module := strings.TrimSuffix(file, ".py")
			if a[4] != py.None {
				module, _ = pyutil.StrStr(th, a[4])
			}
			text, err := pyutil.StrStr(th, a[0])
			if err != nil {
				return nil, err
			}
			return py.None, warnExplicit(th, a[0], cat, file, line, module, text, "")
		})
	fn("formatwarning", &py.Signature{Names: []string{"message", "category", "filename", "lineno", "line"}, NPos: 5, Defaults: []py.Object{py.None}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			file, _ := pyutil.StrStr(th, a[2])
			line, _ := py.IndexInt(th, a[3])
			s, err := formatWarning(th, a[0], a[1], file, line, a[4])
			return py.NewStr(s), err
		})
	fn("showwarning", &py.Signature{Names: []string{"message", "category", "filename", "lineno", "file", "line"}, NPos: 6, Defaults: []py.Object{py.None, py.None}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			fw := modDict.GetStr(py.Intern("formatwarning"))
			s, err := py.Call(th, fw, []py.Object{a[0], a[1], a[2], a[3], a[5]}, nil)
			if err != nil {
				return nil, err
			}
			out := a[4]
			if out == py.None {
				out = py.SysModule.Dict.GetStr(py.Intern("stderr"))
			}
			text, _ := pyutil.StrStr(th, s)
			return py.None, py.WriteTo(th, out, text)
		})
	addFilter := func(th *py.Thread, item py.Object, appendIt bool) error {
		l := filtersList()
		items := l.Items()
		var rest []py.Object
		for _, it := range items {
			if eq, _ := py.Equal(th, it, item); !eq {
				rest = append(rest, it)
			}
		}
		if appendIt {
			rest = append(rest, item)
		} else {
			rest = append([]py.Object{item}, rest...)
		}
		l.SetItems(rest)
		mu.Lock()
		registry = map[string]bool{}
		mu.Unlock()
		return nil
	}
	checkAction := func(th *py.Thread, a py.Object) error {
		s, _ := pyutil.StrStr(th, a)
		switch s {
		case "error", "ignore", "always", "default", "module", "once":
			return nil
		}
		return py.NewError(py.AssertionErrorType, "invalid action: %s", strconv.Quote(s))
	}
	fn("simplefilter", &py.Signature{Names: []string{"action", "category", "lineno", "append"}, NPos: 4,
		Defaults: []py.Object{py.WarningType, py.Int(0), py.False}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			if err := checkAction(th, a[0]); err != nil {
				return nil, err
			}
			app, _ := py.Truth(th, a[3])
			return py.None, addFilter(th, py.NewTuple([]py.Object{a[0], py.None, a[1], py.None, a[2]}), app)
		})
	fn("filterwarnings", &py.Signature{Names: []string{"action", "message", "category", "module", "lineno", "append"}, NPos: 6,
		Defaults: []py.Object{py.NewStr(""), py.WarningType, py.NewStr(""), py.Int(0), py.False}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			if err := checkAction(th, a[0]); err != nil {
				return nil, err
			}
			msg, mod := a[1], a[3]
			if s, ok := msg.(*py.Str); ok && s.String() == "" {
				msg = py.None
			}
			if s, ok := mod.(*py.Str); ok && s.String() == "" {
				mod = py.None
			}
			app, _ := py.Truth(th, a[5])
			return py.None, addFilter(th, py.NewTuple([]py.Object{a[0], msg, a[2], mod, a[4]}), app)
		})
	fn("resetwarnings", &py.Signature{}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		filtersList().SetItems(nil)
		mu.Lock()
		registry = map[string]bool{}
		mu.Unlock()
		return py.None, nil
	})
	wm, err := buildWarningMessage(th)
	if err != nil {
		return err
	}
	set("WarningMessage", wm)
	cw, err := buildCatchWarnings(th, wm)
	if err != nil {
		return err
	}
	set("catch_warnings", cw)
	set("__all__", pyutil.StrListObj("warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"))
	return nil
}

var wmFields = []string{"message", "category", "filename", "lineno", "file", "line", "source"}

func buildWarningMessage(th *py.Thread) (*py.Type, error) {
	c := pyutil.NewClass("WarningMessage")
	c.Method("__init__", append([]string{"self"}, wmFields...), []py.Object{py.None, py.None, py.None}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		for i, n := range wmFields {
			if err := py.SetAttr(th, a[0], py.Intern(n), a[i+1]); err != nil {
				return nil, err
			}
		}
		cat := a[2]
		name := py.Object(py.None)
		if t, ok := cat.(*py.Type); ok {
			name = py.NewStr(t.Name)
		}
		return py.None, py.SetAttr(th, a[0], py.Intern("_category_name"), name)
	})
	c.Method("__str__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		get := func(n string) string {
			v, _ := pyutil.Attr(th, a[0], n)
			s, _ := pyutil.ReprStr(th, v)
			return s
		}
		cn, _ := pyutil.Attr(th, a[0], "_category_name")
		cs, _ := pyutil.StrStr(th, cn)
		return py.NewStr("{message : " + get("message") + ", category : " + strconv.Quote(cs) + ", filename : " + get("filename") +
			", lineno : " + get("lineno") + ", line : " + get("line") + "}"), nil
	})
	return c.Build(th, nil, "warnings", py.ObjectType)
}

func buildCatchWarnings(th *py.Thread, wm *py.Type) (*py.Type, error) {
	c := pyutil.NewClass("catch_warnings")
	c.MethodSig("__init__", &py.Signature{Names: []string{"self", "record", "module", "action", "category", "lineno", "append"}, NPos: 1, NKwOnly: 6,
		KwDefaults: []py.Object{py.False, py.None, py.None, py.WarningType, py.Int(0), py.False}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			for i, n := range []string{"_record", "_module", "_action", "_category", "_lineno", "_append"} {
				if err := py.SetAttr(th, a[0], py.Intern(n), a[i+1]); err != nil {
					return nil, err
				}
			}
			return py.None, py.SetAttr(th, a[0], py.Intern("_entered"), py.False)
		})
	c.Method("__repr__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		r, _ := pyutil.Attr(th, a[0], "_record")
		if ok, _ := py.Truth(th, r); ok {
			return py.NewStr("catch_warnings(record=True)"), nil
		}
		return py.NewStr("catch_warnings()"), nil
	})
	c.Method("__enter__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		self := a[0]
		if e, _ := pyutil.Attr(th, self, "_entered"); e == py.True {
			r, _ := pyutil.ReprStr(th, self)
			return nil, py.NewError(py.RuntimeErrorType, "Cannot enter %s twice", r)
		}
		l := filtersList()
		saved := py.NewList(l.Items())
		for _, kv := range []struct {
			n string
			v py.Object
		}{{"_entered", py.True}, {"_filters", saved}, {"_showwarning", pyutil.OrNone(modDict.GetStr(py.Intern("showwarning")))}} {
			if err := py.SetAttr(th, self, py.Intern(kv.n), kv.v); err != nil {
				return nil, err
			}
		}
		mu.Lock()
		registry = map[string]bool{}
		mu.Unlock()
		if act, _ := pyutil.Attr(th, self, "_action"); act != py.None {
			cat, _ := pyutil.Attr(th, self, "_category")
			ln, _ := pyutil.Attr(th, self, "_lineno")
			sf := modDict.GetStr(py.Intern("simplefilter"))
			if _, err := py.Call(th, sf, []py.Object{act, cat, ln}, nil); err != nil {
				return nil, err
			}
		}
		if rec, _ := pyutil.Attr(th, self, "_record"); rec == py.True {
			log := py.NewList(nil)
			modDict.SetStr(py.Intern("showwarning"), pyutil.Func("warnings", "_showwarnmsg", []string{"message", "category", "filename", "lineno", "file", "line"},
				[]py.Object{py.None, py.None}, func(th *py.Thread, b []py.Object) (py.Object, error) {
					w, err := py.Call(th, wm, b, nil)
					if err != nil {
						return nil, err
					}
					log.Append(w)
					return py.None, nil
				}))
			return log, nil
		}
		return py.None, nil
	})
	c.VarMethod("__exit__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.Dict) (py.Object, error) {
		saved, _ := pyutil.Attr(th, self, "_filters")
		if l, ok := saved.(*py.List); ok {
			filtersList().SetItems(l.Items())
		}
		sw, _ := pyutil.Attr(th, self, "_showwarning")
		modDict.SetStr(py.Intern("showwarning"), sw)
		mu.Lock()
		registry = map[string]bool{}
		mu.Unlock()
		return py.None, py.SetAttr(th, self, py.Intern("_entered"), py.False)
	})
	return c.Build(th, nil, "warnings", py.ObjectType)
}
