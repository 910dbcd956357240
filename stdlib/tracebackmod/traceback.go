// Package tracebackmod provides Python's traceback module for Pygo on
// top of the runtime's traceback printer (py.PrintException), so the
// output is the same as for an uncaught exception: print_exc,
// format_exc, print_exception, format_exception,
// format_exception_only, print_tb, format_tb, extract_tb,
// extract_stack/format_stack/print_stack (the current stack as far as
// Pygo can see it: empty), FrameSummary and StackSummary basics.
//
// limit= is honoured for the frames of one traceback; chain=False is
// not (causes and contexts are always printed, as chain=True).
package tracebackmod

import (
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

func stderr() py.Object { return py.SysModule.Dict.GetStr(py.Intern("stderr")) }

// excOf returns the exception of print_exception(exc, value, tb)'s
// arguments (3.10 style: the exception alone, or type/value/tb).
func excOf(a []py.Object) *py.BaseException {
	v := a[0]
	if len(a) > 1 && a[1] != nil && a[1] != py.None && a[1] != sentinel {
		v = a[1]
	}
	if e, ok := v.(*py.BaseException); ok {
		return e
	}
	return nil
}

var sentinel = py.NewStr("<implicit>")

func format(th *py.Thread, e *py.BaseException) string {
	var b strings.Builder
	py.PrintException(th, &b, e)
	return b.String()
}

// lines splits formatted text into CPython-style chunks: one per frame
// (File line plus source line) and one per other line.
func lines(s string) []py.Object {
	var out []py.Object
	parts := strings.SplitAfter(s, "\n")
	for i := 0; i < len(parts); i++ {
		p := parts[i]
		if p == "" {
			continue
		}
		if strings.HasPrefix(p, "  File ") && i+1 < len(parts) && strings.HasPrefix(parts[i+1], "    ") {
			p += parts[i+1]
			i++
		}
		out = append(out, py.NewStr(p))
	}
	return py.NewList(out).Items()
}

func write(th *py.Thread, file py.Object, s string) error {
	if file == nil || file == py.None {
		file = stderr()
	}
	return py.WriteTo(th, file, s)
}

func frameLines(frames []py.TracebackFrame, limit int) string {
	if limit >= 0 && limit < len(frames) {
		frames = frames[:limit]
	}
	var b strings.Builder
	for _, f := range frames {
		b.WriteString("  File \"" + f.File + "\", line " + itoa(f.Line) + ", in " + f.Name + "\n")
		if f.Text != "" {
			b.WriteString("    " + f.Text + "\n")
		}
	}
	return b.String()
}

func itoa(n int) string {
	s, _ := pyutil.ReprStr(nil, py.Int(n))
	return s
}

func tbFrames(tb py.Object) []py.TracebackFrame {
	if t, ok := tb.(*py.TracebackObject); ok {
		return t.Frames()
	}
	return nil
}

func limitOf(th *py.Thread, o py.Object) int {
	if o == nil || o == py.None {
		return -1
	}
	n, err := py.IndexInt(th, o)
	if err != nil {
		return -1
	}
	return n
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "traceback", Doc: "Extract, format and print information about Python stack traces.", Body: body})
}

func body(th *py.Thread, m *py.Module) error {
	set := func(n string, v py.Object) { m.Dict.SetStr(py.Intern(n), v) }
	fn := func(name string, sig *py.Signature, b func(th *py.Thread, a []py.Object) (py.Object, error)) {
		set(name, py.NewFunction(&py.Function{Name: name, Module: "traceback", Sig: sig, Body: b}))
	}
	excSig := func() *py.Signature {
		return &py.Signature{Names: []string{"exc", "value", "tb", "limit", "file", "chain"}, NPos: 3, NPosOnly: 1, NKwOnly: 0,
			Defaults: []py.Object{sentinel, sentinel}}
	}
	fn("print_exc", &py.Signature{Names: []string{"limit", "file", "chain"}, NPos: 3, Defaults: []py.Object{py.None, py.None, py.True}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			e := th.Handled()
			if e == nil {
				return py.None, write(th, a[1], "NoneType: None\n")
			}
			return py.None, write(th, a[1], format(th, e))
		})
	fn("format_exc", &py.Signature{Names: []string{"limit", "chain"}, NPos: 2, Defaults: []py.Object{py.None, py.True}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			e := th.Handled()
			if e == nil {
				return py.NewStr("NoneType: None\n"), nil
			}
			return py.NewStr(format(th, e)), nil
		})
	printSig := &py.Signature{Names: []string{"exc", "value", "tb", "limit", "file", "chain"}, NPos: 6, NPosOnly: 1,
		Defaults: []py.Object{sentinel, sentinel, py.None, py.None, py.True}}
	fn("print_exception", printSig, func(th *py.Thread, a []py.Object) (py.Object, error) {
		e := excOf(a)
		if e == nil {
			return py.None, write(th, a[4], "NoneType: None\n")
		}
		return py.None, write(th, a[4], format(th, e))
	})
	fn("format_exception", &py.Signature{Names: []string{"exc", "value", "tb", "limit", "chain"}, NPos: 5, NPosOnly: 1,
		Defaults: []py.Object{sentinel, sentinel, py.None, py.True}}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		e := excOf(a)
		if e == nil {
			return py.NewList([]py.Object{py.NewStr("NoneType: None\n")}), nil
		}
		return py.NewList(lines(format(th, e))), nil
	})
	_ = excSig
	fn("format_exception_only", &py.Signature{Names: []string{"exc", "value"}, NPos: 2, NPosOnly: 1, Defaults: []py.Object{sentinel}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			e := excOf(a)
			if e == nil {
				return py.NewList([]py.Object{py.NewStr("NoneType: None\n")}), nil
			}
			out := []py.Object{py.NewStr(py.FormatExceptionOnly(th, e) + "\n")}
			for _, n := range e.Notes(th) {
				out = append(out, py.NewStr(n+"\n"))
			}
			return py.NewList(out), nil
		})
	fn("format_tb", &py.Signature{Names: []string{"tb", "limit"}, NPos: 2, Defaults: []py.Object{py.None}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			return py.NewList(lines(frameLines(tbFrames(a[0]), limitOf(th, a[1])))), nil
		})
	fn("print_tb", &py.Signature{Names: []string{"tb", "limit", "file"}, NPos: 3, Defaults: []py.Object{py.None, py.None}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			return py.None, write(th, a[2], frameLines(tbFrames(a[0]), limitOf(th, a[1])))
		})
	fn("extract_tb", &py.Signature{Names: []string{"tb", "limit"}, NPos: 2, Defaults: []py.Object{py.None}},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			frames := tbFrames(a[0])
			if l := limitOf(th, a[1]); l >= 0 && l < len(frames) {
				frames = frames[:l]
			}
			return summaries(th, frames)
		})
	empty := func(th *py.Thread, a []py.Object) (py.Object, error) { return py.NewList(nil), nil }
	fn("extract_stack", &py.Signature{Names: []string{"f", "limit"}, NPos: 2, Defaults: []py.Object{py.None, py.None}}, empty)
	fn("format_stack", &py.Signature{Names: []string{"f", "limit"}, NPos: 2, Defaults: []py.Object{py.None, py.None}}, empty)
	fn("print_stack", &py.Signature{Names: []string{"f", "limit", "file"}, NPos: 3, Defaults: []py.Object{py.None, py.None, py.None}},
		func(th *py.Thread, a []py.Object) (py.Object, error) { return py.None, nil })
	fn("format_list", &py.Signature{Names: []string{"extracted_list"}, NPos: 1}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		items, err := py.Collect(th, a[0])
		if err != nil {
			return nil, err
		}
		var out []py.Object
		for _, it := range items {
			parts, err := py.Unpack(th, it, 4)
			if err != nil {
				return nil, err
			}
			file, _ := pyutil.StrStr(th, parts[0])
			line, _ := pyutil.StrStr(th, parts[1])
			name, _ := pyutil.StrStr(th, parts[2])
			s := "  File \"" + file + "\", line " + line + ", in " + name + "\n"
			if t, ok := parts[3].(*py.Str); ok && t.String() != "" {
				s += "    " + strings.TrimSpace(t.String()) + "\n"
			}
			out = append(out, py.NewStr(s))
		}
		return py.NewList(out), nil
	})
	return nil
}

// summaries builds FrameSummary-like tuples (filename, lineno, name, line)
// as named tuples with those attributes.
func summaries(th *py.Thread, frames []py.TracebackFrame) (py.Object, error) {
	coll, err := py.ImportModule(th, "collections")
	if err != nil {
		return nil, err
	}
	nt, err := pyutil.Attr(th, coll, "namedtuple")
	if err != nil {
		return nil, err
	}
	fs, err := py.Call(th, nt, []py.Object{py.NewStr("FrameSummary"), py.NewStr("filename lineno name line")}, pyutil.Kw("module", py.NewStr("traceback")))
	if err != nil {
		return nil, err
	}
	out := make([]py.Object, len(frames))
	for i, f := range frames {
		v, err := py.Call(th, fs, []py.Object{py.NewStr(f.File), py.Int(f.Line), py.NewStr(f.Name), py.NewStr(f.Text)}, nil)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return py.NewList(out), nil
}
