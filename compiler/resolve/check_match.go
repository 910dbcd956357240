package resolve

// The compiler's checks on match statements (compile.c's compiler_match and
// compiler_pattern_*): irrefutable patterns before the last case, names
// bound twice, alternatives binding different names, repeated class-pattern
// attributes and duplicate mapping keys.

import "github.com/pygo-dev/pygo/compiler/syntax"

// patternContext is compile.c's pattern_context: the names bound so far
// and whether an irrefutable pattern is allowed here.
type patternContext struct {
	stores           []string
	allowIrrefutable bool
}

func (pc *patternContext) stored(name string) bool {
	for _, s := range pc.stores {
		if s == name {
			return true
		}
	}
	return false
}

// match compiles a match statement (compiler_match). A final "case _:"
// is not compiled as a pattern.
func (c *checker) match(x *syntax.Match) {
	c.expr(x.Subject)
	n := len(x.Cases)
	hasDefault := 0
	if last := x.Cases[n-1]; n > 1 && isWildcard(last.Pattern) {
		hasDefault = 1
	}
	for i, m := range x.Cases {
		c.loc = m.Pattern.Position()
		if i < n-hasDefault {
			pc := &patternContext{allowIrrefutable: m.Guard != nil || i == n-1}
			c.pattern(m.Pattern, pc)
		}
		if m.Guard != nil {
			c.expr(m.Guard)
		}
		c.stmts(m.Body)
	}
}

// isWildcard reports whether p is "_" (WILDCARD_CHECK).
func isWildcard(p syntax.Pattern) bool {
	as, ok := p.(*syntax.MatchAs)
	return ok && as.Name == ""
}

// storeName binds a capture (pattern_helper_store_name).
func (c *checker) storeName(name string, pc *patternContext) {
	if name == "" {
		return
	}
	c.forbidden(name, syntax.Store)
	if pc.stored(name) {
		c.fail("multiple assignments to name '%s' in pattern", name)
	}
	pc.stores = append(pc.stores, name)
}

// subpattern compiles a pattern nested in another: irrefutable is fine.
func (c *checker) subpattern(p syntax.Pattern, pc *patternContext) {
	allow := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = allow
}

func (c *checker) pattern(p syntax.Pattern, pc *patternContext) {
	c.loc = p.Position()
	switch x := p.(type) {
	case *syntax.MatchValue:
		c.expr(x.Value)
	case *syntax.MatchSingleton:
	case *syntax.MatchSequence:
		star := -1
		onlyWildcard := true
		for i, q := range x.Patterns {
			if st, ok := q.(*syntax.MatchStar); ok {
				if star >= 0 {
					c.fail("multiple starred names in sequence pattern")
				}
				star = i
				onlyWildcard = onlyWildcard && st.Name == ""
				continue
			}
			onlyWildcard = onlyWildcard && isWildcard(q)
		}
		if onlyWildcard {
			return
		}
		for _, q := range x.Patterns {
			if st, ok := q.(*syntax.MatchStar); ok && st.Name == "" {
				continue
			}
			c.subpattern(q, pc)
		}
	case *syntax.MatchMapping:
		c.mappingPattern(x, pc)
	case *syntax.MatchClass:
		for i, attr := range x.KwdAttrs {
			c.loc = x.KwdPatterns[i].Position()
			c.forbidden(attr, syntax.Store)
			for j := i + 1; j < len(x.KwdAttrs); j++ {
				if x.KwdAttrs[j] == attr {
					c.loc = x.KwdPatterns[j].Position()
					c.fail("attribute name repeated in class pattern: %s", attr)
				}
			}
		}
		if len(x.KwdAttrs) > 0 {
			c.loc = x.Pos
		}
		c.expr(x.Cls)
		for _, list := range [][]syntax.Pattern{x.Patterns, x.KwdPatterns} {
			for _, q := range list {
				if !isWildcard(q) {
					c.subpattern(q, pc)
				}
			}
		}
	case *syntax.MatchStar:
		c.storeName(x.Name, pc)
	case *syntax.MatchAs:
		if x.Pattern == nil {
			if !pc.allowIrrefutable {
				if x.Name != "" {
					c.fail("name capture '%s' makes remaining patterns unreachable", x.Name)
				}
				c.fail("wildcard makes remaining patterns unreachable")
			}
			c.storeName(x.Name, pc)
			return
		}
		c.pattern(x.Pattern, pc)
		c.storeName(x.Name, pc)
	case *syntax.MatchOr:
		c.orPattern(x, pc)
	default:
		c.fail("internal error: unexpected pattern %T", p)
	}
}

// orPattern compiles alternatives, which must all bind the same names
// (compiler_pattern_or).
func (c *checker) orPattern(x *syntax.MatchOr, pc *patternContext) {
	var control []string
	for i, alt := range x.Patterns {
		c.loc = alt.Position()
		sub := &patternContext{allowIrrefutable: i == len(x.Patterns)-1 && pc.allowIrrefutable}
		c.pattern(alt, sub)
		if i == 0 {
			control = sub.stores
			continue
		}
		if len(sub.stores) != len(control) {
			c.fail("alternative patterns bind different names")
		}
		for _, name := range control {
			if !sub.stored(name) {
				c.fail("alternative patterns bind different names")
			}
		}
	}
	for _, name := range control {
		if pc.stored(name) {
			c.fail("multiple assignments to name '%s' in pattern", name)
		}
		pc.stores = append(pc.stores, name)
	}
}

// mappingPattern compiles {key: pattern, **rest}
// (compiler_pattern_mapping): constant keys may not repeat.
func (c *checker) mappingPattern(x *syntax.MatchMapping, pc *patternContext) {
	if len(x.Keys) == 0 && x.Rest == "" {
		return
	}
	seen := map[string]bool{}
	for _, k := range x.Keys {
		if key, repr, ok := constKey(k); ok {
			if seen[key] {
				c.fail("mapping pattern checks duplicate key (%s)", repr)
			}
			seen[key] = true
		}
		c.expr(k)
	}
	for _, q := range x.Patterns {
		c.subpattern(q, pc)
	}
	c.storeName(x.Rest, pc)
}

// constKey returns a key under which equal constants (as Python compares
// them: True == 1) collide, and the constant's repr. Only None, bools,
// ints, strs and bytes are handled; ok is false for anything else.
func constKey(e syntax.Expr) (key, repr string, ok bool) {
	neg := false
	if u, isUnary := e.(*syntax.UnaryOp); isUnary && u.Op == syntax.USub {
		neg, e = true, u.Operand
	}
	k, isConst := e.(*syntax.Constant)
	if !isConst {
		return "", "", false
	}
	switch v := k.Value.(type) {
	case *syntax.IntConst:
		s := v.V.String()
		if neg && s != "0" {
			s = "-" + s
		}
		return "i" + s, s, true
	case syntax.BoolConst:
		if neg {
			return "", "", false
		}
		if v {
			return "i1", "True", true
		}
		return "i0", "False", true
	}
	if neg {
		return "", "", false
	}
	switch v := k.Value.(type) {
	case syntax.NoneConst:
		return "n", "None", true
	case syntax.StrConst:
		return "s" + string(v), syntax.ReprConst(v), true
	case syntax.BytesConst:
		return "b" + string(v), syntax.ReprConst(v), true
	}
	return "", "", false
}
