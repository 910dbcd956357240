package remod

import (
	"strconv"
	"strings"

	"github.com/dlclark/regexp2"
	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// templatePart is a literal or a group reference of a sub() template.
type templatePart struct {
	lit   []rune
	group int // -1: literal
}

// parseTemplate parses a replacement template (\1, \g<name>, escapes).
func (p *Pattern) parseTemplate(th *py.Thread, tmpl py.Object) ([]templatePart, error) {
	text, _, _ := subjectText(tmpl)
	rs := []rune(text)
	var parts []templatePart
	var lit []rune
	flush := func() {
		if len(lit) > 0 {
			parts = append(parts, templatePart{lit: lit, group: -1})
			lit = nil
		}
	}
	bad := func(msg string, pos int) error {
		return reError(th, &patternError{msg, pos}, tmpl)
	}
	for i := 0; i < len(rs); i++ {
		c := rs[i]
		if c != '\\' {
			lit = append(lit, c)
			continue
		}
		if i+1 >= len(rs) {
			return nil, bad("bad escape (end of pattern)", i)
		}
		e := rs[i+1]
		switch {
		case e == 'g':
			if i+2 >= len(rs) || rs[i+2] != '<' {
				return nil, bad("missing <", i+2)
			}
			end := -1
			for j := i + 3; j < len(rs); j++ {
				if rs[j] == '>' {
					end = j
					break
				}
			}
			if end < 0 {
				return nil, bad("missing >, unterminated name", i+3)
			}
			name := string(rs[i+3 : end])
			if name == "" {
				return nil, bad("missing group name", i+3)
			}
			var idx int
			if n, err := strconv.Atoi(name); err == nil {
				if n > p.tr.groups || n < 0 {
					return nil, bad("invalid group reference "+name, i+3)
				}
				idx = n
			} else if n, ok := p.tr.names[name]; ok {
				idx = n
			} else if !isIdent(name) {
				return nil, bad("bad character in group name '"+name+"'", i+3)
			} else {
				return nil, py.NewError(py.IndexErrorType, "unknown group name '%s'", name)
			}
			flush()
			parts = append(parts, templatePart{group: idx})
			i = end
		case e == '0':
			j := i + 2
			v := 0
			for j < len(rs) && j < i+4 && rs[j] >= '0' && rs[j] <= '7' {
				v = v*8 + int(rs[j]-'0')
				j++
			}
			lit = append(lit, rune(v))
			i = j - 1
		case e >= '1' && e <= '9':
			j := i + 1
			for j < len(rs) && j < i+3 && rs[j] >= '0' && rs[j] <= '9' {
				j++
			}
			n, _ := strconv.Atoi(string(rs[i+1 : j]))
			if n > p.tr.groups {
				return nil, bad("invalid group reference "+string(rs[i+1:j]), i+1)
			}
			flush()
			parts = append(parts, templatePart{group: n})
			i = j - 1
		default:
			if r, ok := map[rune]rune{'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}[e]; ok {
				lit = append(lit, r)
			} else if e < 128 && (e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z') {
				return nil, bad(`bad escape \`+string(e), i)
			} else {
				lit = append(lit, '\\', e)
			}
			i++
		}
	}
	flush()
	return parts, nil
}

func (m *Match) expand(parts []templatePart) []rune {
	var out []rune
	for _, pt := range parts {
		if pt.group < 0 {
			out = append(out, pt.lit...)
			continue
		}
		if sp := m.spans[pt.group]; sp[0] >= 0 {
			out = append(out, m.runes[sp[0]:sp[1]]...)
		}
	}
	return out
}

// Sub is Pattern.sub/subn.
func (p *Pattern) Sub(th *py.Thread, repl, subj py.Object, count int) (py.Object, int, error) {
	runes, err := p.subject(subj)
	if err != nil {
		return nil, 0, err
	}
	var parts []templatePart
	callable := false
	if _, _, ok := subjectText(repl); ok {
		if s, _, _ := subjectText(repl); strings.IndexByte(s, '\\') >= 0 {
			if parts, err = p.parseTemplate(th, repl); err != nil {
				return nil, 0, err
			}
		} else {
			parts = []templatePart{{lit: []rune(s), group: -1}}
		}
	} else if py.Callable(repl) {
		callable = true
	} else {
		return nil, 0, py.NewError(py.TypeErrorType, "expected str instance, %s found", repl.Type().Name)
	}
	var out []rune
	last, n := 0, 0
	err = p.iterate(runes, 0, len(runes), count, func(rm *regexp2.Match) error {
		out = append(out, runes[last:rm.Index]...)
		m := p.newMatch(rm, subj, runes, 0, len(runes))
		if callable {
			r, err := py.Call1(th, repl, m)
			if err != nil {
				return err
			}
			text, isB, ok := subjectText(r)
			if !ok || isB != p.isBytes {
				if p.isBytes {
					return py.NewError(py.TypeErrorType, "expected a bytes-like object, %s found", r.Type().Name)
				}
				return py.NewError(py.TypeErrorType, "expected str instance, %s found", r.Type().Name)
			}
			out = append(out, []rune(text)...)
		} else {
			out = append(out, m.expand(parts)...)
		}
		last = rm.Index + rm.Length
		n++
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	out = append(out, runes[last:]...)
	return p.str(out), n, nil
}

// Split is Pattern.split.
func (p *Pattern) Split(th *py.Thread, subj py.Object, maxsplit int) (py.Object, error) {
	runes, err := p.subject(subj)
	if err != nil {
		return nil, err
	}
	var out []py.Object
	last := 0
	if maxsplit < 0 {
		return py.NewList([]py.Object{p.str(runes)}), nil
	}
	err = p.iterate(runes, 0, len(runes), maxsplit, func(rm *regexp2.Match) error {
		out = append(out, p.str(runes[last:rm.Index]))
		m := p.newMatch(rm, subj, runes, 0, len(runes))
		for g := 1; g <= p.tr.groups; g++ {
			out = append(out, m.group(g))
		}
		last = rm.Index + rm.Length
		return nil
	})
	if err != nil {
		return nil, err
	}
	out = append(out, p.str(runes[last:]))
	return py.NewList(out), nil
}

// FindAll is Pattern.findall.
func (p *Pattern) FindAll(th *py.Thread, subj py.Object, pos, endpos py.Object) (py.Object, error) {
	runes, err := p.subject(subj)
	if err != nil {
		return nil, err
	}
	lo, err := clampPos(th, pos, 0, len(runes))
	if err != nil {
		return nil, err
	}
	hi, err := clampPos(th, endpos, len(runes), len(runes))
	if err != nil {
		return nil, err
	}
	var out []py.Object
	empty := p.str(nil)
	err = p.iterate(runes, lo, hi, 0, func(rm *regexp2.Match) error {
		m := p.newMatch(rm, subj, runes, lo, hi)
		switch p.tr.groups {
		case 0:
			out = append(out, m.group(0))
		case 1:
			g := m.group(1)
			if g == py.None {
				g = empty
			}
			out = append(out, g)
		default:
			items := make([]py.Object, p.tr.groups)
			for i := range items {
				g := m.group(i + 1)
				if g == py.None {
					g = empty
				}
				items[i] = g
			}
			out = append(out, py.NewTuple(items))
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return py.NewList(out), nil
}

// FindIter is Pattern.finditer (matches are computed eagerly).
func (p *Pattern) FindIter(th *py.Thread, subj py.Object, pos, endpos py.Object) (py.Object, error) {
	runes, err := p.subject(subj)
	if err != nil {
		return nil, err
	}
	lo, err := clampPos(th, pos, 0, len(runes))
	if err != nil {
		return nil, err
	}
	hi, err := clampPos(th, endpos, len(runes), len(runes))
	if err != nil {
		return nil, err
	}
	var out []py.Object
	err = p.iterate(runes, lo, hi, 0, func(rm *regexp2.Match) error {
		out = append(out, p.newMatch(rm, subj, runes, lo, hi))
		return nil
	})
	if err != nil {
		return nil, err
	}
	return pyutil.SliceIter(callableIterType, out), nil
}

var callableIterType = pyutil.NewIterType("callable_iterator", "builtins")

// matchAt runs search/match/fullmatch.
func (p *Pattern) matchAt(th *py.Thread, kind string, subj, pos, endpos py.Object) (py.Object, error) {
	runes, err := p.subject(subj)
	if err != nil {
		return nil, err
	}
	lo, err := clampPos(th, pos, 0, len(runes))
	if err != nil {
		return nil, err
	}
	hi, err := clampPos(th, endpos, len(runes), len(runes))
	if err != nil {
		return nil, err
	}
	re := p.search
	if kind != "search" {
		re = p.variant(map[string]string{"match": "anchor", "fullmatch": "full"}[kind])
	}
	rm, err := p.find(re, runes, lo, hi)
	if err != nil || rm == nil {
		return py.None, err
	}
	return p.newMatch(rm, subj, runes, lo, hi), nil
}

func flagsRepr(flags int, isBytes bool) string {
	names := []struct {
		v int
		n string
	}{{flagTemplate, "re.TEMPLATE"}, {flagIgnoreCase, "re.IGNORECASE"}, {flagLocale, "re.LOCALE"}, {flagMultiline, "re.MULTILINE"},
		{flagDotAll, "re.DOTALL"}, {flagUnicode, "re.UNICODE"}, {flagVerbose, "re.VERBOSE"}, {flagDebug, "re.DEBUG"}, {flagASCII, "re.ASCII"}}
	if !isBytes {
		flags &^= flagUnicode
	}
	var parts []string
	for _, f := range names {
		if flags&f.v != 0 {
			parts = append(parts, f.n)
			flags &^= f.v
		}
	}
	if flags != 0 {
		parts = append(parts, "0x"+strconv.FormatInt(int64(flags), 16))
	}
	return strings.Join(parts, "|")
}

// Escape is re.escape.
func Escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
