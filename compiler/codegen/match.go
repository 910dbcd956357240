package codegen

import (
	"fmt"
	"strings"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

// matchStmt compiles a match statement: the cases are tried in order; a
// pattern's captures go to temporaries and are bound only when the whole
// pattern matched (then the guard runs).
func (f *fn) matchStmt(s *syntax.Match) {
	subj := f.useExpr(s.Subject)
	if !f.isConstVar(subj) {
		t := f.newTemp("t")
		f.emit("%s := %s", t, subj)
		subj = t
	}
	var pats []syntax.Pattern
	for _, c := range s.Cases {
		pats = append(pats, c.Pattern)
	}
	if !readsItems(pats) && mentionsTemp(subj) { // only "case _:"
		f.emit("_ = %s", subj)
	}
	end := f.newTemp("endmatch")
	used := false
	saved := f.saveBound()
	for _, c := range s.Cases {
		f.lineDirective(c.Pattern.Position().Lineno)
		f.emit("{")
		caps := map[string]string{}
		var order []string
		for _, name := range captureNames(c.Pattern) {
			f.captureVar(name, caps, &order)
		}
		ok := f.newTemp("ok")
		f.emit("%s := false", ok)
		f.pattern(c.Pattern, subj, caps, &order, func() {
			f.emit("%s = true", ok)
		})
		f.emit("if %s {", ok)
		for _, name := range order {
			f.storeName(name, caps[name])
		}
		if c.Guard != nil {
			g := f.cond(c.Guard)
			f.emit("if %s {", g)
		}
		f.stmts(c.Body)
		if !endsWithJump(c.Body) && !endsWithLoopJump(c.Body) { // else vet: unreachable code
			f.emit("goto %s", end)
			used = true
		}
		if c.Guard != nil {
			f.emit("}")
		}
		f.emit("}")
		f.emit("}")
		f.bound = f.saveBoundFrom(saved)
	}
	if used {
		f.emit("%s:", end)
	}
	f.bound = saved
}

func (f *fn) saveBoundFrom(m map[string]bool) map[string]bool {
	c := make(map[string]bool, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

// capture declares the temporary for a capture name.
func (f *fn) captureVar(name string, caps map[string]string, order *[]string) string {
	if v, ok := caps[name]; ok {
		return v
	}
	t := f.newTemp("t")
	f.emit("var %s py.Object", t)
	caps[name] = t
	*order = append(*order, name)
	return t
}

// pattern emits code testing subj against p; success runs k (nested
// inside the tests).
func (f *fn) pattern(p syntax.Pattern, subj string, caps map[string]string, order *[]string, k func()) {
	g := f.g
	switch p := p.(type) {
	case *syntax.MatchValue:
		v := f.useExpr(p.Value)
		b := f.useBool(fmt.Sprintf("py.CompareBool(th, py.OpEQ, %s, %s)", subj, v))
		f.emit("if %s {", b)
		k()
		f.emit("}")
	case *syntax.MatchSingleton:
		f.emit("if py.Is(%s, %s) {", subj, g.constant(p.Value))
		k()
		f.emit("}")
	case *syntax.MatchAs:
		if p.Pattern == nil {
			if p.Name != "" {
				v := f.captureVar(p.Name, caps, order)
				f.emit("%s = %s", v, subj)
			}
			k()
			return
		}
		f.pattern(p.Pattern, subj, caps, order, func() {
			if p.Name != "" {
				v := f.captureVar(p.Name, caps, order)
				f.emit("%s = %s", v, subj)
			}
			k()
		})
	case *syntax.MatchOr:
		ok := f.newTemp("ok")
		f.emit("%s := false", ok)
		for i, alt := range p.Patterns {
			if i > 0 {
				f.emit("if !%s {", ok)
			}
			f.pattern(alt, subj, caps, order, func() { f.emit("%s = true", ok) })
			if i > 0 {
				f.emit("}")
			}
		}
		f.emit("if %s {", ok)
		k()
		f.emit("}")
	case *syntax.MatchSequence:
		star := -1
		for i, sp := range p.Patterns {
			if _, ok := sp.(*syntax.MatchStar); ok {
				star = i
			}
		}
		items, ok := f.newTemp("t"), f.newTemp("ok")
		n := len(p.Patterns)
		if star >= 0 {
			f.emit("%s, %s, err := py.MatchSequence(th, %s, %d, false)", items, ok, subj, n-1)
		} else {
			f.emit("%s, %s, err := py.MatchSequence(th, %s, %d, true)", items, ok, subj, n)
		}
		f.check()
		f.emit("if %s {", ok)
		if !readsItems(p.Patterns) {
			f.emit("_ = %s", items)
		}
		var sub func(i int)
		sub = func(i int) {
			if i == n {
				k()
				return
			}
			if i == star {
				ms := p.Patterns[i].(*syntax.MatchStar)
				if ms.Name != "" {
					v := f.captureVar(ms.Name, caps, order)
					f.emit("%s = py.NewList(append([]py.Object(nil), %s[%d:len(%s)-%d]...))", v, items, i, items, n-i-1)
				}
				sub(i + 1)
				return
			}
			idx := fmt.Sprintf("%s[%d]", items, i)
			if star >= 0 && i > star {
				idx = fmt.Sprintf("%s[len(%s)-%d]", items, items, n-i)
			}
			f.pattern(p.Patterns[i], idx, caps, order, func() { sub(i + 1) })
		}
		sub(0)
		f.emit("}")
	case *syntax.MatchMapping:
		keys := make([]string, len(p.Keys))
		for i, key := range p.Keys {
			keys[i] = f.useExpr(key)
		}
		vals, ok := f.newTemp("t"), f.newTemp("ok")
		f.emit("%s, %s, err := py.MatchMapping(th, %s, []py.Object{%s})", vals, ok, subj, strings.Join(keys, ", "))
		f.check()
		f.emit("if %s {", ok)
		if !readsItems(p.Patterns) {
			f.emit("_ = %s", vals)
		}
		var sub func(i int)
		sub = func(i int) {
			if i == len(p.Patterns) {
				if p.Rest != "" {
					rest := f.newTemp("t")
					f.emit("%s, err := py.MatchMappingRest(th, %s, []py.Object{%s})", rest, subj, strings.Join(keys, ", "))
					f.check()
					v := f.captureVar(p.Rest, caps, order)
					f.emit("%s = %s", v, rest)
				}
				k()
				return
			}
			f.pattern(p.Patterns[i], fmt.Sprintf("%s[%d]", vals, i), caps, order, func() { sub(i + 1) })
		}
		sub(0)
		f.emit("}")
	case *syntax.MatchClass:
		cls := f.useExpr(p.Cls)
		names := make([]string, len(p.KwdAttrs))
		for i, a := range p.KwdAttrs {
			names[i] = g.nameStr(a)
		}
		vals, ok := f.newTemp("t"), f.newTemp("ok")
		kw := "nil"
		if len(names) > 0 {
			kw = "[]*py.Str{" + strings.Join(names, ", ") + "}"
		}
		f.emit("%s, %s, err := py.MatchClass(th, %s, %s, %d, %s)", vals, ok, subj, cls, len(p.Patterns), kw)
		f.check()
		f.emit("if %s {", ok)
		all := append(append([]syntax.Pattern(nil), p.Patterns...), p.KwdPatterns...)
		if !readsItems(all) {
			f.emit("_ = %s", vals)
		}
		var sub func(i int)
		sub = func(i int) {
			if i == len(all) {
				k()
				return
			}
			f.pattern(all[i], fmt.Sprintf("%s[%d]", vals, i), caps, order, func() { sub(i + 1) })
		}
		sub(0)
		f.emit("}")
	case *syntax.MatchStar:
		g.fail(p, "starred pattern outside a sequence pattern")
	default:
		g.unsupported(p, fmt.Sprintf("pattern %T", p))
	}
}

// endsWithLoopJump reports whether a body ends with break or continue.
func endsWithLoopJump(body []syntax.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	switch body[len(body)-1].(type) {
	case *syntax.Break, *syntax.Continue:
		return true
	}
	return false
}

// readsItems reports whether code for the subpatterns reads the matched
// items: wildcards (_, *_) read nothing, so [_, *_] or C(_, k=_) must not
// leave the items variable unused.
func readsItems(ps []syntax.Pattern) bool {
	for _, sp := range ps {
		switch sp := sp.(type) {
		case *syntax.MatchStar:
			if sp.Name != "" {
				return true
			}
		case *syntax.MatchAs:
			if sp.Name != "" || sp.Pattern != nil {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// captureNames lists the names a pattern binds, in order.
func captureNames(p syntax.Pattern) []string {
	var out []string
	seen := map[string]bool{}
	add := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	syntax.Walk(p, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.MatchAs:
			add(n.Name)
		case *syntax.MatchStar:
			add(n.Name)
		case *syntax.MatchMapping:
			add(n.Rest)
		}
		return true
	})
	return out
}
