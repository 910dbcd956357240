// Package fnmatchmod provides Python's fnmatch and glob modules for Pygo,
// Go-native.
//
// fnmatch.translate returns exactly CPython 3.11's regular expression
// text. Matching does not go through the re module: the same parse of
// the pattern (literal characters, '?', '*', and bracket sets with
// CPython's handling of '!', ']', ranges and empty ranges) is compiled to
// a Go regexp, which has the same meaning as CPython's atomic-group
// translation and runs in linear time. Compiled patterns are cached.
//
// glob implements glob, iglob, escape and has_magic over the os package
// (recursive "**", include_hidden, root_dir); dir_fd is accepted only as
// None. Names come out in sorted directory order (CPython returns
// os.scandir order, which is unspecified). Bytes patterns are not
// supported.
package fnmatchmod

import (
	"fmt"
	"regexp"
	"strings"
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "fnmatch", Doc: "Filename matching with shell patterns.", Body: fnmatchBody})
	py.RegisterModule(&py.ModuleDef{Name: "glob", Doc: "Filename globbing utility.", Body: globBody})
}

func fnmatchBody(th *py.Thread, m *py.Module) error {
	mod := modutil.New(m)
	// On POSIX, os.path.normcase is the identity: fnmatch is fnmatchcase.
	match := func(name string) modutil.Fn {
		return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			a, err := modutil.Args(name, args, kw, []string{"name", "pat"}, 2)
			if err != nil {
				return nil, err
			}
			s, err := strArg(a[0])
			if err != nil {
				return nil, err
			}
			p, err := strArg(a[1])
			if err != nil {
				return nil, err
			}
			return py.Bool(compile(p).MatchString(s)), nil
		}
	}
	mod.Func("fnmatch", match("fnmatch"))
	mod.Func("fnmatchcase", match("fnmatchcase"))
	mod.Func("filter", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := modutil.Args("filter", args, kw, []string{"names", "pat"}, 2)
		if err != nil {
			return nil, err
		}
		p, err := strArg(a[1])
		if err != nil {
			return nil, err
		}
		re := compile(p)
		out := py.NewList(nil)
		err = py.ForEach(th, a[0], func(o py.Object) (bool, error) {
			s, err := strArg(o)
			if err != nil {
				return false, err
			}
			if re.MatchString(s) {
				out.Append(o)
			}
			return true, nil
		})
		return out, err
	})
	mod.Func("translate", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := modutil.Args("translate", args, kw, []string{"pat"}, 1)
		if err != nil {
			return nil, err
		}
		p, err := strArg(a[0])
		if err != nil {
			return nil, err
		}
		return py.NewStr(translate(p)), nil
	})
	mod.Set("__all__", modutil.StrList([]string{"filter", "fnmatch", "fnmatchcase", "translate"}))
	return nil
}

// strArg returns a str argument's value; other types raise TypeError.
func strArg(o py.Object) (string, error) {
	if s, ok := modutil.Str(o); ok {
		return s, nil
	}
	if _, ok := modutil.Bytes(o); ok {
		return "", py.NewError(py.TypeErrorType, "bytes patterns and names are not supported by Pygo's fnmatch")
	}
	return "", py.NewError(py.TypeErrorType, "expected str, not %s", o.Type().Name)
}

// elemKind classifies the pieces of a parsed pattern.
type elemKind int

const (
	elemLit   elemKind = iota // one literal character
	elemAny                   // '?'
	elemStar                  // one or more consecutive '*'
	elemSet                   // a bracket set; text is the regex set body
	elemEmpty                 // a set that can match nothing: (?!)
)

type elem struct {
	kind elemKind
	r    rune   // elemLit
	set  string // elemSet: the body as CPython writes it between [ ]
}

// parse splits a shell pattern into elements exactly as CPython's
// fnmatch.translate does before it joins them into a regex.
func parse(pat string) []elem {
	p := []rune(pat)
	n := len(p)
	var res []elem
	for i := 0; i < n; {
		c := p[i]
		i++
		switch c {
		case '*':
			if len(res) == 0 || res[len(res)-1].kind != elemStar {
				res = append(res, elem{kind: elemStar})
			}
		case '?':
			res = append(res, elem{kind: elemAny})
		case '[':
			j := i
			if j < n && p[j] == '!' {
				j++
			}
			if j < n && p[j] == ']' {
				j++
			}
			for j < n && p[j] != ']' {
				j++
			}
			if j >= n {
				res = append(res, elem{kind: elemLit, r: '['})
				continue
			}
			var stuff string
			if !strings.ContainsRune(string(p[i:j]), '-') {
				stuff = strings.ReplaceAll(string(p[i:j]), `\`, `\\`)
			} else {
				var chunks []string
				k := i + 1
				if p[i] == '!' {
					k = i + 2
				}
				for {
					k = indexRune(p, '-', k, j)
					if k < 0 {
						break
					}
					chunks = append(chunks, string(p[i:k]))
					i = k + 1
					k = k + 3
				}
				chunk := string(p[i:j])
				if chunk != "" {
					chunks = append(chunks, chunk)
				} else {
					chunks[len(chunks)-1] += "-"
				}
				// Remove empty ranges (invalid in a regex).
				for k := len(chunks) - 1; k > 0; k-- {
					prev, cur := []rune(chunks[k-1]), []rune(chunks[k])
					if prev[len(prev)-1] > cur[0] {
						chunks[k-1] = string(prev[:len(prev)-1]) + string(cur[1:])
						chunks = append(chunks[:k], chunks[k+1:]...)
					}
				}
				parts := make([]string, len(chunks))
				for k, s := range chunks {
					parts[k] = strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "-", `\-`)
				}
				stuff = strings.Join(parts, "-")
			}
			// Escape set operations (&&, ~~ and ||).
			var b strings.Builder
			for _, r := range stuff {
				if r == '&' || r == '~' || r == '|' {
					b.WriteByte('\\')
				}
				b.WriteRune(r)
			}
			stuff = b.String()
			i = j + 1
			switch {
			case stuff == "":
				res = append(res, elem{kind: elemEmpty})
			case stuff == "!":
				res = append(res, elem{kind: elemAny})
			default:
				if stuff[0] == '!' {
					stuff = "^" + stuff[1:]
				} else if stuff[0] == '^' || stuff[0] == '[' {
					stuff = `\` + stuff
				}
				res = append(res, elem{kind: elemSet, set: stuff})
			}
		default:
			res = append(res, elem{kind: elemLit, r: c})
		}
	}
	return res
}

func indexRune(p []rune, r rune, from, to int) int {
	for k := from; k < to; k++ {
		if p[k] == r {
			return k
		}
	}
	return -1
}

// reSpecial are the characters re.escape escapes.
const reSpecial = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"

// pyText renders one element as CPython's regex text.
func (e elem) pyText() string {
	switch e.kind {
	case elemLit:
		if strings.ContainsRune(reSpecial, e.r) {
			return `\` + string(e.r)
		}
		return string(e.r)
	case elemAny:
		return "."
	case elemSet:
		return "[" + e.set + "]"
	case elemEmpty:
		return "(?!)"
	}
	return ""
}

// translate is fnmatch.translate.
func translate(pat string) string {
	in := parse(pat)
	var b strings.Builder
	i, n := 0, len(in)
	for i < n && in[i].kind != elemStar {
		b.WriteString(in[i].pyText())
		i++
	}
	for i < n {
		i++ // the STAR
		if i == n {
			b.WriteString(".*")
			break
		}
		var fixed strings.Builder
		for i < n && in[i].kind != elemStar {
			fixed.WriteString(in[i].pyText())
			i++
		}
		if i == n {
			b.WriteString(".*")
			b.WriteString(fixed.String())
		} else {
			b.WriteString("(?>.*?" + fixed.String() + ")")
		}
	}
	return `(?s:` + b.String() + `)\Z`
}

var cache sync.Map // pattern -> *regexp.Regexp

// compile returns a Go regexp that matches exactly the names pat matches.
func compile(pat string) *regexp.Regexp {
	if re, ok := cache.Load(pat); ok {
		return re.(*regexp.Regexp)
	}
	var b strings.Builder
	b.WriteString(`(?s)\A`)
	for _, e := range parse(pat) {
		switch e.kind {
		case elemLit:
			b.WriteString(regexp.QuoteMeta(string(e.r)))
		case elemAny:
			b.WriteString(".")
		case elemStar:
			b.WriteString(".*")
		case elemSet:
			b.WriteString(goClass(e.set))
		case elemEmpty:
			b.WriteString(`[^\x00-\x{10FFFF}]`)
		}
	}
	b.WriteString(`\z`)
	re, err := regexp.Compile(b.String())
	if err != nil {
		// Cannot happen: every piece is escaped. Match nothing rather than panic.
		re = regexp.MustCompile(`[^\x00-\x{10FFFF}]`)
	}
	cache.Store(pat, re)
	return re
}

// goClass converts the body of a Python regex set, as translate writes
// it, to a Go character class, parsing it as sre_parse does: items are
// characters (a backslash escapes the next one), and "x-y" is a range.
func goClass(body string) string {
	r := []rune(body)
	var b strings.Builder
	b.WriteByte('[')
	i := 0
	if len(r) > 0 && r[0] == '^' {
		b.WriteByte('^')
		i = 1
	}
	item := func() rune {
		c := r[i]
		i++
		if c == '\\' && i < len(r) {
			c = r[i]
			i++
		}
		return c
	}
	for i < len(r) {
		lo := item()
		hi := lo
		if i+1 < len(r) && r[i] == '-' {
			i++
			hi = item()
		}
		fmt.Fprintf(&b, `\x{%x}`, lo)
		if hi != lo {
			fmt.Fprintf(&b, `-\x{%x}`, hi)
		}
	}
	b.WriteByte(']')
	return b.String()
}
