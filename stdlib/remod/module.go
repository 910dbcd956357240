package remod

import (
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

func patOf(o py.Object) (*Pattern, error) {
	p, ok := py.Unwrap(o).(*Pattern)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "descriptor requires a 're.Pattern' object but received a '%s'", o.Type().Name)
	}
	return p, nil
}

func matchOf(o py.Object) (*Match, error) {
	m, ok := py.Unwrap(o).(*Match)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "descriptor requires a 're.Match' object but received a '%s'", o.Type().Name)
	}
	return m, nil
}

func defPat(name string, params []string, nreq int, fn func(th *py.Thread, p *Pattern, a []py.Object) (py.Object, error)) {
	py.DefMethod(PatternType, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		p, err := patOf(self)
		if err != nil {
			return nil, err
		}
		a, err := py.ParseArgs(name, args, kw, params, nreq)
		if err != nil {
			return nil, err
		}
		return fn(th, p, a)
	})
}

func defMatch(name string, fn func(th *py.Thread, m *Match, args []py.Object) (py.Object, error)) {
	py.DefMethod(MatchType, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		m, err := matchOf(self)
		if err != nil {
			return nil, err
		}
		if kw.Len() > 0 && name != "groups" && name != "groupdict" {
			return nil, py.NewError(py.TypeErrorType, "%s() takes no keyword arguments", name)
		}
		if name == "groups" || name == "groupdict" {
			a, err := py.ParseArgs(name, args, kw, []string{"default"}, 0)
			if err != nil {
				return nil, err
			}
			return fn(th, m, a)
		}
		return fn(th, m, args)
	})
}

func intArg(th *py.Thread, o py.Object, dflt int) (int, error) {
	if o == nil {
		return dflt, nil
	}
	return py.IndexInt(th, o)
}

func init() {
	pt := PatternType
	pt.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		p := o.(*Pattern)
		src, err := pyutil.ReprStr(th, p.source)
		if err != nil {
			return nil, err
		}
		if len(src) > 200 {
			src = src[:200]
		}
		if f := flagsRepr(p.flags, p.isBytes); f != "" {
			return py.NewStr("re.compile(" + src + ", " + f + ")"), nil
		}
		return py.NewStr("re.compile(" + src + ")"), nil
	}
	pt.Slots.Compare = func(th *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
		pa, ok1 := a.(*Pattern)
		pb, ok2 := b.(*Pattern)
		if !ok1 || !ok2 || (op != py.OpEQ && op != py.OpNE) {
			return py.NotImplemented, nil
		}
		eq := pa.text == pb.text && pa.flags == pb.flags && pa.isBytes == pb.isBytes
		return py.Bool(eq == (op == py.OpEQ)), nil
	}
	pt.Slots.Hash = func(th *py.Thread, o py.Object) (int64, error) {
		p := o.(*Pattern)
		return py.NewStr(p.text).Hash() ^ int64(p.flags), nil
	}
	for _, kind := range []string{"match", "search", "fullmatch"} {
		kind := kind
		defPat(kind, []string{"string", "pos", "endpos"}, 1, func(th *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
			return p.matchAt(th, kind, a[0], a[1], a[2])
		})
	}
	defPat("findall", []string{"string", "pos", "endpos"}, 1, func(th *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
		return p.FindAll(th, a[0], a[1], a[2])
	})
	defPat("finditer", []string{"string", "pos", "endpos"}, 1, func(th *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
		return p.FindIter(th, a[0], a[1], a[2])
	})
	defPat("sub", []string{"repl", "string", "count"}, 2, func(th *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
		n, err := intArg(th, a[2], 0)
		if err != nil {
			return nil, err
		}
		r, _, err := p.Sub(th, a[0], a[1], n)
		return r, err
	})
	defPat("subn", []string{"repl", "string", "count"}, 2, func(th *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
		n, err := intArg(th, a[2], 0)
		if err != nil {
			return nil, err
		}
		r, k, err := p.Sub(th, a[0], a[1], n)
		if err != nil {
			return nil, err
		}
		return py.NewTuple([]py.Object{r, py.Int(k)}), nil
	})
	defPat("split", []string{"string", "maxsplit"}, 1, func(th *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
		n, err := intArg(th, a[1], 0)
		if err != nil {
			return nil, err
		}
		return p.Split(th, a[0], n)
	})
	py.DefGetter(pt, "pattern", func(th *py.Thread, self py.Object) (py.Object, error) { return self.(*Pattern).source, nil })
	py.DefGetter(pt, "flags", func(th *py.Thread, self py.Object) (py.Object, error) { return py.Int(self.(*Pattern).flags), nil })
	py.DefGetter(pt, "groups", func(th *py.Thread, self py.Object) (py.Object, error) { return py.Int(self.(*Pattern).tr.groups), nil })
	py.DefGetter(pt, "groupindex", func(th *py.Thread, self py.Object) (py.Object, error) {
		p := self.(*Pattern)
		d := py.NewDict()
		for _, n := range p.tr.order {
			d.SetStr(py.NewStr(n), py.Int(p.tr.names[n]))
		}
		return py.NewMappingProxy(d), nil
	})
	py.DefMethod(pt, "__copy__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return self, nil
	})
	py.DefMethod(pt, "__deepcopy__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return self, nil
	})

	mt := MatchType
	mt.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		m := o.(*Match)
		g, err := pyutil.ReprStr(th, m.group(0))
		if err != nil {
			return nil, err
		}
		return py.NewStr("<re.Match object; span=(" + itoa(m.spans[0][0]) + ", " + itoa(m.spans[0][1]) + "), match=" + g + ">"), nil
	}
	mt.Slots.Bool = func(th *py.Thread, o py.Object) (bool, error) { return true, nil }
	mt.Slots.GetItem = func(th *py.Thread, o, k py.Object) (py.Object, error) {
		m := o.(*Match)
		i, err := m.groupIndex(th, k)
		if err != nil {
			return nil, err
		}
		return m.group(i), nil
	}
	defMatch("group", func(th *py.Thread, m *Match, args []py.Object) (py.Object, error) {
		if len(args) == 0 {
			return m.group(0), nil
		}
		out := make([]py.Object, len(args))
		for i, g := range args {
			idx, err := m.groupIndex(th, g)
			if err != nil {
				return nil, err
			}
			out[i] = m.group(idx)
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return py.NewTuple(out), nil
	})
	defMatch("groups", func(th *py.Thread, m *Match, a []py.Object) (py.Object, error) {
		dflt := a[0]
		if dflt == nil {
			dflt = py.None
		}
		out := make([]py.Object, m.pat.tr.groups)
		for i := range out {
			out[i] = m.group(i + 1)
			if out[i] == py.None {
				out[i] = dflt
			}
		}
		return py.NewTuple(out), nil
	})
	defMatch("groupdict", func(th *py.Thread, m *Match, a []py.Object) (py.Object, error) {
		dflt := a[0]
		if dflt == nil {
			dflt = py.None
		}
		d := py.NewDict()
		for _, n := range m.pat.tr.order {
			v := m.group(m.pat.tr.names[n])
			if v == py.None {
				v = dflt
			}
			d.SetStr(py.NewStr(n), v)
		}
		return d, nil
	})
	spanOf := func(th *py.Thread, m *Match, args []py.Object) ([2]int, error) {
		if len(args) > 1 {
			return [2]int{}, py.NewError(py.TypeErrorType, "expected at most 1 argument, got %d", len(args))
		}
		i := 0
		if len(args) == 1 {
			var err error
			if i, err = m.groupIndex(th, args[0]); err != nil {
				return [2]int{}, err
			}
		}
		return m.spans[i], nil
	}
	defMatch("start", func(th *py.Thread, m *Match, args []py.Object) (py.Object, error) {
		sp, err := spanOf(th, m, args)
		return py.Int(sp[0]), err
	})
	defMatch("end", func(th *py.Thread, m *Match, args []py.Object) (py.Object, error) {
		sp, err := spanOf(th, m, args)
		return py.Int(sp[1]), err
	})
	defMatch("span", func(th *py.Thread, m *Match, args []py.Object) (py.Object, error) {
		sp, err := spanOf(th, m, args)
		if err != nil {
			return nil, err
		}
		return py.NewTuple([]py.Object{py.Int(sp[0]), py.Int(sp[1])}), nil
	})
	defMatch("expand", func(th *py.Thread, m *Match, args []py.Object) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "expand() takes exactly one argument (%d given)", len(args))
		}
		parts, err := m.pat.parseTemplate(th, args[0])
		if err != nil {
			return nil, err
		}
		return m.pat.str(m.expand(parts)), nil
	})
	py.DefMethod(mt, "__copy__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return self, nil
	})
	get := func(name string, fn func(m *Match) py.Object) {
		py.DefGetter(mt, name, func(th *py.Thread, self py.Object) (py.Object, error) { return fn(self.(*Match)), nil })
	}
	get("string", func(m *Match) py.Object { return m.subj })
	get("re", func(m *Match) py.Object { return m.pat })
	get("pos", func(m *Match) py.Object { return py.Int(m.pos) })
	get("endpos", func(m *Match) py.Object { return py.Int(m.endpos) })
	get("lastindex", func(m *Match) py.Object {
		if i := m.lastIndex(); i > 0 {
			return py.Int(i)
		}
		return py.None
	})
	get("lastgroup", func(m *Match) py.Object {
		i := m.lastIndex()
		for n, k := range m.pat.tr.names {
			if k == i {
				return py.NewStr(n)
			}
		}
		return py.None
	})
	get("regs", func(m *Match) py.Object {
		out := make([]py.Object, len(m.spans))
		for i, sp := range m.spans {
			out[i] = py.NewTuple([]py.Object{py.Int(sp[0]), py.Int(sp[1])})
		}
		return py.NewTuple(out)
	})

	py.RegisterModule(&py.ModuleDef{Name: "re", Doc: "Support for regular expressions (RE).", Body: reBody})
}

func reBody(th *py.Thread, m *py.Module) error {
	set := func(n string, v py.Object) { m.Dict.SetStr(py.Intern(n), v) }
	fn := func(name string, params []string, defaults []py.Object, body func(th *py.Thread, a []py.Object) (py.Object, error)) {
		set(name, pyutil.Func("re", name, params, defaults, body))
	}
	flags := []struct {
		long, short string
		v           int
	}{{"TEMPLATE", "T", flagTemplate}, {"IGNORECASE", "I", flagIgnoreCase}, {"LOCALE", "L", flagLocale}, {"MULTILINE", "M", flagMultiline},
		{"DOTALL", "S", flagDotAll}, {"UNICODE", "U", flagUnicode}, {"VERBOSE", "X", flagVerbose}, {"DEBUG", "", flagDebug}, {"ASCII", "A", flagASCII}}
	for _, f := range flags {
		set(f.long, py.Int(f.v))
		if f.short != "" {
			set(f.short, py.Int(f.v))
		}
	}
	set("NOFLAG", py.Int(0))
	set("error", ErrorType(th))
	set("Pattern", PatternType)
	set("Match", MatchType)
	zero := py.Int(0)
	compile := func(th *py.Thread, pat, flags py.Object) (*Pattern, error) { return Compile(th, pat, flags) }
	fn("compile", []string{"pattern", "flags"}, []py.Object{zero}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return compile(th, a[0], a[1])
	})
	for _, kind := range []string{"match", "search", "fullmatch"} {
		kind := kind
		fn(kind, []string{"pattern", "string", "flags"}, []py.Object{zero}, func(th *py.Thread, a []py.Object) (py.Object, error) {
			p, err := compile(th, a[0], a[2])
			if err != nil {
				return nil, err
			}
			return p.matchAt(th, kind, a[1], nil, nil)
		})
	}
	fn("findall", []string{"pattern", "string", "flags"}, []py.Object{zero}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		p, err := compile(th, a[0], a[2])
		if err != nil {
			return nil, err
		}
		return p.FindAll(th, a[1], nil, nil)
	})
	fn("finditer", []string{"pattern", "string", "flags"}, []py.Object{zero}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		p, err := compile(th, a[0], a[2])
		if err != nil {
			return nil, err
		}
		return p.FindIter(th, a[1], nil, nil)
	})
	fn("sub", []string{"pattern", "repl", "string", "count", "flags"}, []py.Object{zero, zero}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		p, err := compile(th, a[0], a[4])
		if err != nil {
			return nil, err
		}
		n, err := intArg(th, a[3], 0)
		if err != nil {
			return nil, err
		}
		r, _, err := p.Sub(th, a[1], a[2], n)
		return r, err
	})
	fn("subn", []string{"pattern", "repl", "string", "count", "flags"}, []py.Object{zero, zero}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		p, err := compile(th, a[0], a[4])
		if err != nil {
			return nil, err
		}
		n, err := intArg(th, a[3], 0)
		if err != nil {
			return nil, err
		}
		r, k, err := p.Sub(th, a[1], a[2], n)
		if err != nil {
			return nil, err
		}
		return py.NewTuple([]py.Object{r, py.Int(k)}), nil
	})
	fn("split", []string{"pattern", "string", "maxsplit", "flags"}, []py.Object{zero, zero}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		p, err := compile(th, a[0], a[3])
		if err != nil {
			return nil, err
		}
		n, err := intArg(th, a[2], 0)
		if err != nil {
			return nil, err
		}
		return p.Split(th, a[1], n)
	})
	fn("escape", []string{"pattern"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		text, isBytes, ok := subjectText(a[0])
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "expected string or bytes-like object, got '%s'", a[0].Type().Name)
		}
		out := Escape(text)
		if isBytes {
			return py.NewBytes(toBytes([]rune(out))), nil
		}
		return py.NewStr(out), nil
	})
	fn("purge", nil, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		cacheMu.Lock()
		cache = map[cacheKey]*Pattern{}
		cacheMu.Unlock()
		return py.None, nil
	})
	fn("template", []string{"pattern", "flags"}, []py.Object{zero}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return compile(th, a[0], a[1])
	})
	set("__all__", pyutil.StrListObj(strings.Fields("match fullmatch search sub subn split findall finditer compile purge template escape error Pattern Match A I L M S X U ASCII IGNORECASE LOCALE MULTILINE DOTALL VERBOSE UNICODE NOFLAG RegexFlag")...))
	return nil
}
