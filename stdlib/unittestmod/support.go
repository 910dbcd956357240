package unittestmod

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// start is the origin of perf_counter.
var start = time.Now()

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "_pygo_unittest", Doc: "Go helpers of Pygo's unittest.", Body: supportBody})
}

func supportBody(th *py.Thread, m *py.Module) error {
	mod := modutil.New(m)
	mod.Func("format_exception", formatException)
	mod.Func("perf_counter", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Float(time.Since(start).Seconds()), nil
	})
	mod.Func("regex_search", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		span, err := regexSpan(th, args, kw)
		if err != nil {
			return nil, err
		}
		return py.Bool(span != nil), nil
	})
	mod.Func("regex_span", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		span, err := regexSpan(th, args, kw)
		if err != nil || span == nil {
			return py.None, err
		}
		return span, nil
	})
	mod.Func("fnmatchcase", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("fnmatchcase", args, kw, 2); err != nil {
			return nil, err
		}
		name, _ := modutil.Str(args[0])
		pat, _ := modutil.Str(args[1])
		ok, _ := filepath.Match(pat, name)
		if !ok && !strings.ContainsAny(pat, "[]") {
			// filepath.Match stops '*' at '/'; test names contain none,
			// but keep '*' unrestricted as fnmatch does.
			ok = globMatch(pat, name)
		}
		return py.Bool(ok), nil
	})
	mod.Func("basename", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("basename", args, kw, 1); err != nil {
			return nil, err
		}
		s, _ := modutil.Str(args[0])
		if i := strings.LastIndexByte(s, '/'); i >= 0 {
			s = s[i+1:]
		}
		return py.NewStr(s), nil
	})
	return nil
}

// globMatch matches name against a pattern of literal text, '*' and '?'.
func globMatch(pat, name string) bool {
	for len(pat) > 0 {
		switch pat[0] {
		case '*':
			for i := len(name); i >= 0; i-- {
				if globMatch(pat[1:], name[i:]) {
					return true
				}
			}
			return false
		case '?':
			if name == "" {
				return false
			}
			name, pat = name[1:], pat[1:]
		default:
			if name == "" || name[0] != pat[0] {
				return false
			}
			name, pat = name[1:], pat[1:]
		}
	}
	return name == ""
}

// regexSpan searches text for a pattern (a str or a compiled pattern) and
// returns the (start, end) tuple of the first match, or nil. It uses the
// re module when one is linked into the binary, else Go's regexp (whose
// syntax covers the common cases).
func regexSpan(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := modutil.Exactly("regex_search", args, kw, 2); err != nil {
		return nil, err
	}
	pattern, text := args[0], args[1]
	if py.LookupModuleDef("re") != nil {
		re, err := py.ImportModule(th, "re")
		if err != nil {
			return nil, err
		}
		m, err := py.CallMethod2(th, re, py.Intern("search"), pattern, text)
		if err != nil || m == py.None {
			return nil, err
		}
		return py.CallMethod0(th, m, py.Intern("span"))
	}
	ps, ok := modutil.Str(pattern)
	if !ok {
		p, err := py.GetAttr(th, pattern, py.Intern("pattern"))
		if err != nil {
			return nil, err
		}
		if ps, ok = modutil.Str(p); !ok {
			return nil, py.NewError(py.TypeErrorType, "expected a str pattern")
		}
	}
	ts, ok := modutil.Str(text)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "expected string or bytes-like object, got '%s'", text.Type().Name)
	}
	re, err := regexp.Compile(ps)
	if err != nil {
		return nil, py.NewError(py.ValueErrorType, "unsupported regular expression %q: %v", ps, err)
	}
	loc := re.FindStringIndex(ts)
	if loc == nil {
		return nil, nil
	}
	// Go indexes bytes; Python indexes code points.
	return py.NewTuple([]py.Object{py.Int(len([]rune(ts[:loc[0]]))), py.Int(len([]rune(ts[:loc[1]])))}), nil
}

// formatException formats an exception caught by the test runner as
// unittest does: the traceback without the runner's own frames (and,
// for assertion failures, without the assert* frames), chained
// exceptions included. The optional third argument names the test
// method that was running.
func formatException(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := modutil.Range("format_exception", args, kw, 2, 3); err != nil {
		return nil, err
	}
	method := ""
	if len(args) == 3 {
		method, _ = modutil.Str(args[2])
	}
	e, ok := py.Unwrap(args[0]).(*py.BaseException)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "format_exception() expects an exception, not %s", args[0].Type().Name)
	}
	strip, err := py.Truth(th, args[1])
	if err != nil {
		return nil, err
	}
	self := ""
	if d := py.LookupModuleDef("unittest"); d != nil {
		self = d.File
	}
	var b strings.Builder
	seen := map[*py.BaseException]bool{}
	writeChain(th, &b, e, self, method, strip, seen)
	return py.NewStr(b.String()), nil
}

func writeChain(th *py.Thread, b *strings.Builder, e *py.BaseException, self, method string, strip bool, seen map[*py.BaseException]bool) {
	seen[e] = true
	if c := e.Cause; c != nil && !seen[c] {
		writeChain(th, b, c, self, method, false, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if c := e.Context; c != nil && !e.SuppressContext && !seen[c] {
		writeChain(th, b, c, self, method, false, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	frames := e.Frames()
	// An exception that ended a `with self.subTest()` block was never
	// caught by an except clause, so its traceback holds the whole stack:
	// start it at the test method the runner called.
	cut := -1
	for i := 1; i < len(frames) && method != ""; i++ {
		if frames[i].Name == method && frames[i].File != self && frames[i-1].File == self {
			cut = i
		}
	}
	if cut >= 0 {
		frames = frames[cut:]
	}
	for len(frames) > 0 && frames[0].File == self {
		frames = frames[1:]
	}
	if strip {
		for i, f := range frames {
			if f.File == self {
				frames = frames[:i]
				break
			}
		}
	}
	if len(frames) > 0 {
		b.WriteString("Traceback (most recent call last):\n")
		for _, f := range frames {
			b.WriteString("  File \"" + f.File + "\", line " + strconv.Itoa(f.Line) + ", in " + f.Name + "\n")
			if f.Text != "" {
				b.WriteString("    " + f.Text + "\n")
			}
		}
	}
	b.WriteString(py.FormatExceptionOnly(th, e))
	b.WriteString("\n")
}
