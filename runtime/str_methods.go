package py

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pygo-dev/pygo/internal/pystr"
)

// The methods of str. Indices are code points; ASCII strings take byte
// fast paths.

// strArg converts a method argument that must be a str.
func strArg(o Object) (*Str, error) {
	if s, ok := strOf(o); ok {
		return s, nil
	}
	return nil, NewError(TypeErrorType, "must be str, not %s", o.Type().Name)
}

// sliceBound converts an optional start/end argument (None or index).
func sliceBound(th *Thread, o Object, def int) (int, error) {
	if o == nil || o == None {
		return def, nil
	}
	v, ok := intOf(o)
	if !ok {
		if o.Type().Slots.Index == nil {
			return 0, NewError(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		r, err := Index(th, o)
		if err != nil {
			return 0, err
		}
		v, _ = intOf(r)
	}
	if x, ok := v.(Int); ok {
		return int(x), nil
	}
	if intSign(v) < 0 {
		return -int(^uint(0)>>1) - 1, nil
	}
	return int(^uint(0) >> 1), nil
}

// adjustBounds applies CPython's ADJUST_INDICES to start/end for length n.
func adjustBounds(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// subArgs parses (sub, start=None, end=None) for find/count/index and
// returns the window of s as byte offsets plus the code-point start.
func subArgs(th *Thread, name string, s *Str, args []Object, kw *KwArgs) (sub *Str, lo, hi, cpStart int, ok bool, err error) {
	if kw.Len() > 0 {
		return nil, 0, 0, 0, false, NewError(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) < 1 || len(args) > 3 {
		if len(args) == 0 {
			return nil, 0, 0, 0, false, NewError(TypeErrorType, "%s() takes at least 1 argument (0 given)", name)
		}
		return nil, 0, 0, 0, false, NewError(TypeErrorType, "%s() takes at most 3 arguments (%d given)", name, len(args))
	}
	sub, err = strArg(args[0])
	if err != nil {
		return
	}
	n := s.Len()
	start, end := 0, n
	if len(args) > 1 {
		if start, err = sliceBound(th, args[1], 0); err != nil {
			return
		}
	}
	if len(args) > 2 {
		if end, err = sliceBound(th, args[2], n); err != nil {
			return
		}
	}
	start, end = adjustBounds(start, end, n)
	if start > n || end-start < 0 {
		return sub, 0, 0, 0, false, nil
	}
	return sub, s.offset(start), s.offset(end), start, true, nil
}

// cpIndex converts a byte offset within s to a code-point index.
func (s *Str) cpIndex(b int) int {
	if s.isASCII() {
		return b
	}
	return countCodePoints(s.s[:b])
}

func strFind(th *Thread, name string, self Object, args []Object, kw *KwArgs, reverse bool) (int, error) {
	s := self.(*Str)
	sub, lo, hi, _, ok, err := subArgs(th, name, s, args, kw)
	if err != nil || !ok {
		return -1, err
	}
	if hi-lo < len(sub.s) {
		return -1, nil
	}
	var i int
	if reverse {
		i = strings.LastIndex(s.s[lo:hi], sub.s)
	} else {
		i = strings.Index(s.s[lo:hi], sub.s)
	}
	if i < 0 {
		return -1, nil
	}
	return s.cpIndex(lo + i), nil
}

// stripSet trims code points in chars (nil: whitespace) from the ends.
func stripSet(s string, chars *Str, left, right bool) string {
	var pred func(r rune) bool
	if chars == nil {
		pred = isPySpace
	} else {
		set := chars.s
		pred = func(r rune) bool { return strings.ContainsRune(set, r) }
	}
	if left {
		s = strings.TrimLeftFunc(s, pred)
	}
	if right {
		s = strings.TrimRightFunc(s, pred)
	}
	return s
}

// splitWhitespace splits on runs of whitespace (str.split()).
func splitWhitespace(s string, maxsplit int) []string {
	var out []string
	i := 0
	for maxsplit != 0 {
		for i < len(s) {
			r, n := pystr.DecodeRune(s[i:])
			if !isPySpace(r) {
				break
			}
			i += n
		}
		if i >= len(s) {
			return out
		}
		j := i
		for j < len(s) {
			r, n := pystr.DecodeRune(s[j:])
			if isPySpace(r) {
				break
			}
			j += n
		}
		out = append(out, s[i:j])
		i = j
		if maxsplit > 0 {
			maxsplit--
		}
	}
	for i < len(s) {
		r, n := pystr.DecodeRune(s[i:])
		if !isPySpace(r) {
			break
		}
		i += n
	}
	if i < len(s) {
		out = append(out, s[i:])
	}
	return out
}

// rsplitWhitespace is str.rsplit() with no separator.
func rsplitWhitespace(s string, maxsplit int) []string {
	var out []string
	j := len(s)
	for maxsplit != 0 {
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:j])
			if !isPySpace(r) {
				break
			}
			j -= n
		}
		if j <= 0 {
			break
		}
		i := j
		for i > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:i])
			if isPySpace(r) {
				break
			}
			i -= n
		}
		out = append(out, s[i:j])
		j = i
		if maxsplit > 0 {
			maxsplit--
		}
	}
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !isPySpace(r) {
			break
		}
		j -= n
	}
	if j > 0 {
		out = append(out, s[:j])
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func strList(parts []string) *List {
	items := make([]Object, len(parts))
	for i, p := range parts {
		items[i] = NewStr(p)
	}
	return NewList(items)
}

func splitArgs(name string, args []Object, kw *KwArgs) (sep *Str, maxsplit int, err error) {
	a, err := ParseArgs(name, args, kw, []string{"sep", "maxsplit"}, 0)
	if err != nil {
		return nil, 0, err
	}
	maxsplit = -1
	if a[0] != nil && a[0] != None {
		s, ok := strOf(a[0])
		if !ok {
			return nil, 0, NewError(TypeErrorType, "must be str or None, not %s", a[0].Type().Name)
		}
		if s.s == "" {
			return nil, 0, NewError(ValueErrorType, "empty separator")
		}
		sep = s
	}
	if a[1] != nil {
		v, ok := IntValue(a[1])
		if !ok {
			return nil, 0, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", a[1].Type().Name)
		}
		maxsplit = int(v)
	}
	return sep, maxsplit, nil
}

// isLineBreak reports whether r ends a line for str.splitlines().
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func splitLines(s string, keepends bool) []string {
	var out []string
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) {
			r, n := pystr.DecodeRune(s[j:])
			if isLineBreak(r) {
				break
			}
			j += n
		}
		eol := j
		if j < len(s) {
			r, n := pystr.DecodeRune(s[j:])
			j += n
			if r == '\r' && j < len(s) && s[j] == '\n' {
				j++
			}
		}
		if keepends {
			eol = j
		}
		out = append(out, s[i:eol])
		i = j
	}
	return out
}

// padStr pads s to width code points with fill on the given sides.
func padStr(s *Str, width int, fill rune, left, right int) *Str {
	fs := string(fill)
	return NewStr(strings.Repeat(fs, left) + s.s + strings.Repeat(fs, right))
}

func widthFillArgs(th *Thread, name string, args []Object, kw *KwArgs) (int, rune, error) {
	if err := ArgRange(name, args, kw, 1, 2); err != nil {
		return 0, 0, err
	}
	w, err := indexArg(th, args[0])
	if err != nil {
		return 0, 0, err
	}
	width := int(^uint(0) >> 1)
	if x, ok := w.(Int); ok {
		width = int(x)
	}
	fill := ' '
	if len(args) > 1 {
		f, ok := strOf(args[1])
		if !ok {
			return 0, 0, NewError(TypeErrorType, "%s() argument 2 must be str, not %s", name, args[1].Type().Name)
		}
		if f.Len() != 1 {
			return 0, 0, NewError(TypeErrorType, "The fill character must be exactly one character long")
		}
		fill = f.at(0)
	}
	return width, fill, nil
}

// prefixArgs handles startswith/endswith.
func strStartsEnds(th *Thread, name string, self Object, args []Object, kw *KwArgs, ends bool) (Object, error) {
	s := self.(*Str)
	if err := ArgRange(name, args, kw, 1, 3); err != nil {
		return nil, err
	}
	n := s.Len()
	start, end := 0, n
	var err error
	if len(args) > 1 {
		if start, err = sliceBound(th, args[1], 0); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if end, err = sliceBound(th, args[2], n); err != nil {
			return nil, err
		}
	}
	start, end = adjustBounds(start, end, n)
	var cands []Object
	if t, ok := Unwrap(args[0]).(*Tuple); ok {
		cands = t.Items
	} else {
		cands = []Object{args[0]}
	}
	for _, c := range cands {
		p, ok := strOf(c)
		if !ok {
			if len(cands) == 1 && c == args[0] {
				return nil, NewError(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, c.Type().Name)
			}
			return nil, NewError(TypeErrorType, "tuple for %s must only contain str, not %s", name, c.Type().Name)
		}
		if start > n || end-start < p.Len() {
			continue
		}
		window := s.s[s.offset(start):s.offset(end)]
		if ends && strings.HasSuffix(window, p.s) || !ends && strings.HasPrefix(window, p.s) {
			return True, nil
		}
	}
	return False, nil
}

func strJoin(th *Thread, sep *Str, iterable Object) (Object, error) {
	var items []Object
	switch v := Unwrap(iterable).(type) {
	case *Tuple:
		items = v.Items
	case *List:
		items = v.Items()
	default:
		it, err := Iter(th, iterable)
		if err != nil {
			return nil, NewError(TypeErrorType, "can only join an iterable")
		}
		for {
			x, err := Next(th, it)
			if err != nil {
				return nil, err
			}
			if x == nil {
				break
			}
			items = append(items, x)
		}
	}
	if len(items) == 1 {
		if s, ok := items[0].(*Str); ok {
			return s, nil
		}
	}
	var b strings.Builder
	ascii := sep.ascii
	for i, x := range items {
		s, ok := strOf(x)
		if !ok {
			return nil, NewError(TypeErrorType, "sequence item %d: expected str instance, %s found", i, x.Type().Name)
		}
		if i > 0 {
			b.WriteString(sep.s)
		}
		b.WriteString(s.s)
		ascii = ascii && s.ascii
	}
	if ascii {
		return newStrASCII(b.String()), nil
	}
	return NewStr(b.String()), nil
}

func strReplace(s, old, new *Str, count int) *Str {
	if count < 0 {
		count = -1
	}
	if old.s == "" {
		// Insert new before every code point and at the end.
		if count == 0 {
			return s
		}
		var b strings.Builder
		n := 0
		i := 0
		for i < len(s.s) && (count < 0 || n < count) {
			b.WriteString(new.s)
			_, sz := pystr.DecodeRune(s.s[i:])
			b.WriteString(s.s[i : i+sz])
			i += sz
			n++
		}
		if i >= len(s.s) && (count < 0 || n < count) {
			b.WriteString(new.s)
		}
		b.WriteString(s.s[i:])
		return NewStr(b.String())
	}
	return NewStr(strings.Replace(s.s, old.s, new.s, count))
}

func expandTabs(s string, tabsize int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if tabsize > 0 {
				n := tabsize - col%tabsize
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// strMethod is the common shape of a str method.
type strMethod = func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error)

func defStr(name string, fn strMethod) {
	DefMethod(StrType, name, func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		s, ok := strOf(self)
		if !ok {
			return nil, NewError(TypeErrorType, "descriptor '%s' requires a 'str' object but received a '%s'", name, self.Type().Name)
		}
		return fn(th, s, args, kw)
	})
}

// defStrNoArgs defines a method taking no arguments.
func defStrNoArgs(name string, fn func(s *Str) Object) {
	defStr(name, func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("str."+name, args, kw); err != nil {
			return nil, err
		}
		return fn(s), nil
	})
}

// defStrPred defines an is...() predicate.
func defStrPred(name string, fn func(s *Str) bool) {
	defStrNoArgs(name, func(s *Str) Object { return Bool(fn(s)) })
}

func allRunes(s *Str, pred func(r rune) bool) bool {
	if s.s == "" {
		return false
	}
	for i := 0; i < len(s.s); {
		r, n := pystr.DecodeRune(s.s[i:])
		if !pred(r) {
			return false
		}
		i += n
	}
	return true
}

func init() {
	defStrNoArgs("upper", func(s *Str) Object { return strUpper(s) })
	defStrNoArgs("lower", func(s *Str) Object { return strLower(s) })
	defStrNoArgs("casefold", func(s *Str) Object { return strCasefold(s) })
	defStrNoArgs("title", func(s *Str) Object { return strTitle(s) })
	defStrNoArgs("capitalize", func(s *Str) Object { return strCapitalize(s) })
	defStrNoArgs("swapcase", func(s *Str) Object { return strSwapcase(s) })
	defStrPred("isascii", func(s *Str) bool { return s.isASCII() })
	defStrPred("isalpha", func(s *Str) bool { return allRunes(s, isAlphaRune) })
	defStrPred("isalnum", func(s *Str) bool { return allRunes(s, isAlnumRune) })
	defStrPred("isdecimal", func(s *Str) bool { return allRunes(s, isDecimalRune) })
	defStrPred("isdigit", func(s *Str) bool { return allRunes(s, isDigitRune) })
	defStrPred("isnumeric", func(s *Str) bool { return allRunes(s, isNumericRune) })
	defStrPred("isspace", func(s *Str) bool { return allRunes(s, isPySpace) })
	defStrPred("isprintable", func(s *Str) bool { return s.s == "" || allRunes(s, pystr.IsPrintable) })
	defStrPred("isidentifier", strIsIdentifier)
	defStrPred("islower", strIsLower)
	defStrPred("isupper", strIsUpper)
	defStrPred("istitle", strIsTitle)

	defStr("find", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		i, err := strFind(th, "find", s, args, kw, false)
		return Int(i), err
	})
	defStr("rfind", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		i, err := strFind(th, "rfind", s, args, kw, true)
		return Int(i), err
	})
	defStr("index", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		i, err := strFind(th, "index", s, args, kw, false)
		if err == nil && i < 0 {
			err = NewError(ValueErrorType, "substring not found")
		}
		return Int(i), err
	})
	defStr("rindex", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		i, err := strFind(th, "rindex", s, args, kw, true)
		if err == nil && i < 0 {
			err = NewError(ValueErrorType, "substring not found")
		}
		return Int(i), err
	})
	defStr("count", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		sub, lo, hi, cpStart, ok, err := subArgs(th, "count", s, args, kw)
		if err != nil || !ok {
			return Int(0), err
		}
		if sub.s == "" {
			return Int(s.cpIndex(hi) - cpStart + 1), nil
		}
		return Int(strings.Count(s.s[lo:hi], sub.s)), nil
	})
	defStr("startswith", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		return strStartsEnds(th, "startswith", s, args, kw, false)
	})
	defStr("endswith", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		return strStartsEnds(th, "endswith", s, args, kw, true)
	})
	for _, m := range []struct {
		name        string
		left, right bool
	}{{"strip", true, true}, {"lstrip", true, false}, {"rstrip", false, true}} {
		m := m
		defStr(m.name, func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
			if err := ArgRange(m.name, args, kw, 0, 1); err != nil {
				return nil, err
			}
			var chars *Str
			if len(args) == 1 && args[0] != None {
				c, ok := strOf(args[0])
				if !ok {
					return nil, NewError(TypeErrorType, "%s arg must be None or str", m.name)
				}
				chars = c
			}
			r := stripSet(s.s, chars, m.left, m.right)
			if len(r) == len(s.s) {
				return s, nil
			}
			return NewStr(r), nil
		})
	}
	defStr("split", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		sep, maxsplit, err := splitArgs("split", args, kw)
		if err != nil {
			return nil, err
		}
		if sep == nil {
			return strList(splitWhitespace(s.s, maxsplit)), nil
		}
		return strList(strings.SplitN(s.s, sep.s, maxsplitN(maxsplit))), nil
	})
	defStr("rsplit", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		sep, maxsplit, err := splitArgs("rsplit", args, kw)
		if err != nil {
			return nil, err
		}
		if sep == nil {
			return strList(rsplitWhitespace(s.s, maxsplit)), nil
		}
		return strList(rsplitSep(s.s, sep.s, maxsplit)), nil
	})
	defStr("splitlines", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("splitlines", args, kw, []string{"keepends"}, 0)
		if err != nil {
			return nil, err
		}
		keep := false
		if a[0] != nil {
			if keep, err = Truth(th, a[0]); err != nil {
				return nil, err
			}
		}
		return strList(splitLines(s.s, keep)), nil
	})
	partition := func(name string, reverse bool) {
		defStr(name, func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg("str."+name, args, kw); err != nil {
				return nil, err
			}
			sep, err := strArg(args[0])
			if err != nil {
				return nil, err
			}
			if sep.s == "" {
				return nil, NewError(ValueErrorType, "empty separator")
			}
			var i int
			if reverse {
				i = strings.LastIndex(s.s, sep.s)
			} else {
				i = strings.Index(s.s, sep.s)
			}
			if i < 0 {
				if reverse {
					return NewTuple([]Object{EmptyStr, EmptyStr, s}), nil
				}
				return NewTuple([]Object{s, EmptyStr, EmptyStr}), nil
			}
			return NewTuple([]Object{NewStr(s.s[:i]), sep, NewStr(s.s[i+len(sep.s):])}), nil
		})
	}
	partition("partition", false)
	partition("rpartition", true)
	defStr("join", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("str.join", args, kw); err != nil {
			return nil, err
		}
		return strJoin(th, s, args[0])
	})
	defStr("replace", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("replace", args, kw, 2, 3); err != nil {
			return nil, err
		}
		old, ok := strOf(args[0])
		if !ok {
			return nil, NewError(TypeErrorType, "replace() argument 1 must be str, not %s", args[0].Type().Name)
		}
		nw, ok := strOf(args[1])
		if !ok {
			return nil, NewError(TypeErrorType, "replace() argument 2 must be str, not %s", args[1].Type().Name)
		}
		count := -1
		if len(args) > 2 {
			v, err := indexArg(th, args[2])
			if err != nil {
				return nil, err
			}
			if x, ok := v.(Int); ok {
				count = int(x)
			}
		}
		return strReplace(s, old, nw, count), nil
	})
	for _, m := range []string{"center", "ljust", "rjust"} {
		m := m
		defStr(m, func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
			width, fill, err := widthFillArgs(th, m, args, kw)
			if err != nil {
				return nil, err
			}
			n := s.Len()
			if width <= n {
				return s, nil
			}
			pad := width - n
			if err := CheckAlloc(int64(width), 4); err != nil {
				return nil, err
			}
			switch m {
			case "ljust":
				return padStr(s, width, fill, 0, pad), nil
			case "rjust":
				return padStr(s, width, fill, pad, 0), nil
			}
			left := pad/2 + (pad & width & 1)
			return padStr(s, width, fill, left, pad-left), nil
		})
	}
	defStr("zfill", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("str.zfill", args, kw); err != nil {
			return nil, err
		}
		w, err := indexArg(th, args[0])
		if err != nil {
			return nil, err
		}
		width, _ := w.(Int)
		n := s.Len()
		if int(width) <= n {
			return s, nil
		}
		if err := CheckAlloc(int64(width), 1); err != nil {
			return nil, err
		}
		pad := strings.Repeat("0", int(width)-n)
		if s.s != "" && (s.s[0] == '+' || s.s[0] == '-') {
			return NewStr(s.s[:1] + pad + s.s[1:]), nil
		}
		return NewStr(pad + s.s), nil
	})
	defStr("expandtabs", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("expandtabs", args, kw, []string{"tabsize"}, 0)
		if err != nil {
			return nil, err
		}
		tab := 8
		if a[0] != nil {
			v, err := indexArg(th, a[0])
			if err != nil {
				return nil, err
			}
			x, ok := v.(Int)
			if !ok || x > 1<<31-1 || x < -1<<31 {
				return nil, NewError(OverflowErrorType, "Python int too large to convert to C int")
			}
			tab = int(x)
		}
		if err := CheckAlloc(int64(tab), int64(strings.Count(s.s, "\t"))); err != nil {
			return nil, err
		}
		return NewStr(expandTabs(s.s, tab)), nil
	})
	defStr("removeprefix", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("str.removeprefix", args, kw); err != nil {
			return nil, err
		}
		p, ok := strOf(args[0])
		if !ok {
			return nil, NewError(TypeErrorType, "removeprefix() argument must be str, not %s", args[0].Type().Name)
		}
		if strings.HasPrefix(s.s, p.s) && p.s != "" {
			return NewStr(s.s[len(p.s):]), nil
		}
		return s, nil
	})
	defStr("removesuffix", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("str.removesuffix", args, kw); err != nil {
			return nil, err
		}
		p, ok := strOf(args[0])
		if !ok {
			return nil, NewError(TypeErrorType, "removesuffix() argument must be str, not %s", args[0].Type().Name)
		}
		if strings.HasSuffix(s.s, p.s) && p.s != "" {
			return NewStr(s.s[:len(s.s)-len(p.s)]), nil
		}
		return s, nil
	})
	defStr("encode", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("encode", args, kw, []string{"encoding", "errors"}, 0)
		if err != nil {
			return nil, err
		}
		enc, errs := "utf-8", "strict"
		if a[0] != nil {
			e, ok := strOf(a[0])
			if !ok {
				return nil, NewError(TypeErrorType, "encode() argument 'encoding' must be str, not %s", a[0].Type().Name)
			}
			enc = e.s
		}
		if a[1] != nil {
			e, ok := strOf(a[1])
			if !ok {
				return nil, NewError(TypeErrorType, "encode() argument 'errors' must be str, not %s", a[1].Type().Name)
			}
			errs = e.s
		}
		b, err := encodeStr(th, s, enc, errs)
		if err != nil {
			return nil, err
		}
		return NewBytes(b), nil
	})
	defStr("translate", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("str.translate", args, kw); err != nil {
			return nil, err
		}
		return strTranslate(th, s, args[0])
	})
	defStr("__format__", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("str.__format__", args, kw); err != nil {
			return nil, err
		}
		spec, ok := strOf(args[0])
		if !ok {
			return nil, NewError(TypeErrorType, "__format__() argument must be str, not %s", args[0].Type().Name)
		}
		return strFormatSlot(th, s, spec)
	})
	DefStaticMethod(StrType, "maketrans", strMaketrans)
	StrType.Slots.New = strNew
	RegisterBuiltin("str", StrType)
}

func maxsplitN(maxsplit int) int {
	if maxsplit < 0 {
		return -1
	}
	return maxsplit + 1
}

func rsplitSep(s, sep string, maxsplit int) []string {
	var out []string
	for maxsplit != 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
		if maxsplit > 0 {
			maxsplit--
		}
	}
	out = append(out, s)
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func strTranslate(th *Thread, s *Str, table Object) (Object, error) {
	var b strings.Builder
	for i := 0; i < len(s.s); {
		r, n := pystr.DecodeRune(s.s[i:])
		i += n
		v, err := GetItem(th, table, Int(r))
		if err != nil {
			if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(LookupErrorType) {
				b.WriteString(encodeRune(r))
				continue
			}
			return nil, err
		}
		switch {
		case v == None:
		case isIntObj(v):
			x, ok := IntValue(v)
			if !ok || x < 0 || x > 0x10ffff {
				return nil, NewError(ValueErrorType, "character mapping must be in range(0x110000)")
			}
			b.WriteString(encodeRune(rune(x)))
		default:
			t, ok := strOf(v)
			if !ok {
				return nil, NewError(TypeErrorType, "character mapping must return integer, None or str")
			}
			b.WriteString(t.s)
		}
	}
	return NewStr(b.String()), nil
}

func isIntObj(o Object) bool {
	_, ok := intOf(o)
	return ok
}

func strMaketrans(th *Thread, args []Object, kw *KwArgs) (Object, error) {
	if err := ArgRange("maketrans", args, kw, 1, 3); err != nil {
		return nil, err
	}
	d := NewDict()
	if len(args) == 1 {
		src, ok := Unwrap(args[0]).(*Dict)
		if !ok {
			return nil, NewError(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		for _, k := range src.Keys() {
			v, err := GetItem(th, src, k)
			if err != nil {
				return nil, err
			}
			if ks, ok := strOf(k); ok {
				if ks.Len() != 1 {
					return nil, NewError(ValueErrorType, "string keys in translate table must be of length 1")
				}
				k = Int(ks.at(0))
			} else if !isIntObj(k) {
				return nil, NewError(TypeErrorType, "keys in translate table must be strings or integers")
			}
			if err := d.SetItem(th, k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	x, ok1 := strOf(args[0])
	y, ok2 := strOf(args[1])
	if !ok1 || !ok2 {
		return nil, NewError(TypeErrorType, "maketrans() argument must be str, not %s", args[0].Type().Name)
	}
	xr, yr := x.runes(), y.runes()
	if len(xr) != len(yr) {
		return nil, NewError(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		if err := d.SetItem(th, Int(xr[i]), Int(yr[i])); err != nil {
			return nil, err
		}
	}
	if len(args) == 3 {
		z, ok := strOf(args[2])
		if !ok {
			return nil, NewError(TypeErrorType, "maketrans() argument 3 must be str, not %s", args[2].Type().Name)
		}
		for _, r := range z.runes() {
			if err := d.SetItem(th, Int(r), None); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

func strNew(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	a, err := ParseArgs("str", args, kw, []string{"object", "encoding", "errors"}, 0)
	if err != nil {
		return nil, err
	}
	var r *Str
	switch {
	case a[0] == nil:
		r = EmptyStr
	case a[1] == nil && a[2] == nil:
		r, err = StrOf(th, a[0])
	default:
		b, ok := bytesLike(a[0])
		if !ok {
			return nil, NewError(TypeErrorType, "decoding to str: need a bytes-like object, %s found", a[0].Type().Name)
		}
		enc, errs := "utf-8", "strict"
		if a[1] != nil {
			e, ok := strOf(a[1])
			if !ok {
				return nil, NewError(TypeErrorType, "str() argument 'encoding' must be str, not %s", a[1].Type().Name)
			}
			enc = e.s
		}
		if a[2] != nil {
			e, ok := strOf(a[2])
			if !ok {
				return nil, NewError(TypeErrorType, "str() argument 'errors' must be str, not %s", a[2].Type().Name)
			}
			errs = e.s
		}
		r, err = decodeBytes(th, b, enc, errs)
	}
	if err != nil {
		return nil, err
	}
	if cls == StrType || cls == nil {
		return r, nil
	}
	return wrapNew(cls, StrType, r), nil
}

// Unicode character classes (str_unicode_tables.go holds the data Go's
// unicode package lacks).

func inRanges(r rune, t [][2]rune) bool {
	lo, hi := 0, len(t)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < t[m][0]:
			hi = m
		case r > t[m][1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

func isAlphaRune(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return inRanges(r, alphaRanges)
}

func isDecimalRune(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(r, decimalRanges)
}

func isDigitRune(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(r, digitRanges)
}

func isNumericRune(r rune) bool {
	if r < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inRanges(r, numericRanges)
}

func isAlnumRune(r rune) bool {
	return isAlphaRune(r) || isNumericRune(r)
}

func isLowerRune(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z'
	}
	return inRanges(r, lowerRanges)
}

func isUpperRune(r rune) bool {
	if r < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	return inRanges(r, upperRanges)
}

func isTitleRune(r rune) bool { return r >= 0x80 && inRanges(r, titleRanges) }

func isCasedRune(r rune) bool {
	if r < 0x80 {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return inRanges(r, casedRanges)
}

// isCaseIgnorable approximates Unicode's Case_Ignorable property (used for
// the final sigma rule).
func isCaseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '^', '`', 0xb7, 0x2018, 0x2019, 0x2024, 0xfe52, 0xff07, 0xff0e:
		return true
	}
	return r >= 0x80 && unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

func strIsIdentifier(s *Str) bool {
	if s.s == "" {
		return false
	}
	for i, r := range s.runes() {
		if i == 0 {
			if !(r == '_' || r < 0x80 && isAlphaRune(r) || r >= 0x80 && inRanges(r, idStartRanges)) {
				return false
			}
		} else if !(r == '_' || r < 0x80 && (isAlphaRune(r) || isDecimalRune(r)) || r >= 0x80 && inRanges(r, idContinueRanges)) {
			return false
		}
	}
	return true
}

func strIsLower(s *Str) bool {
	cased := false
	for _, r := range s.runes() {
		if isUpperRune(r) || isTitleRune(r) {
			return false
		}
		if !cased && isLowerRune(r) {
			cased = true
		}
	}
	return cased
}

func strIsUpper(s *Str) bool {
	cased := false
	for _, r := range s.runes() {
		if isLowerRune(r) || isTitleRune(r) {
			return false
		}
		if !cased && isUpperRune(r) {
			cased = true
		}
	}
	return cased
}

func strIsTitle(s *Str) bool {
	cased, prevCased := false, false
	for _, r := range s.runes() {
		switch {
		case isUpperRune(r) || isTitleRune(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerRune(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// Case mappings (full mappings, as CPython's str methods use).

func upperOf(r rune) string {
	if m, ok := specialUpper[r]; ok {
		return m
	}
	return encodeRune(unicode.ToUpper(r))
}

func titleOf(r rune) string {
	if m, ok := specialTitle[r]; ok {
		return m
	}
	return encodeRune(unicode.ToTitle(r))
}

// lowerAt lowers rs[i], applying the final sigma rule.
func lowerAt(rs []rune, i int) string {
	r := rs[i]
	if r == 0x3a3 {
		return finalSigma(rs, i)
	}
	if m, ok := specialLower[r]; ok {
		return m
	}
	return encodeRune(unicode.ToLower(r))
}

// finalSigma lowers a capital sigma: ς at the end of a word, σ elsewhere.
func finalSigma(rs []rune, i int) string {
	j := i - 1
	for j >= 0 && isCaseIgnorable(rs[j]) {
		j--
	}
	before := j >= 0 && isCasedRune(rs[j])
	k := i + 1
	for k < len(rs) && isCaseIgnorable(rs[k]) {
		k++
	}
	after := k < len(rs) && isCasedRune(rs[k])
	if before && !after {
		return "ς"
	}
	return "σ"
}

func strUpper(s *Str) *Str {
	if s.isASCII() {
		return newStrASCII(strings.ToUpper(s.s))
	}
	var b strings.Builder
	for _, r := range s.runes() {
		b.WriteString(upperOf(r))
	}
	return NewStr(b.String())
}

func strLower(s *Str) *Str {
	if s.isASCII() {
		return newStrASCII(strings.ToLower(s.s))
	}
	rs := s.runes()
	var b strings.Builder
	for i := range rs {
		b.WriteString(lowerAt(rs, i))
	}
	return NewStr(b.String())
}

func strCasefold(s *Str) *Str {
	if s.isASCII() {
		return newStrASCII(strings.ToLower(s.s))
	}
	rs := s.runes()
	var b strings.Builder
	for _, r := range rs {
		if m, ok := specialFold[r]; ok {
			b.WriteString(m)
		} else if m, ok := specialLower[r]; ok {
			b.WriteString(m)
		} else {
			b.WriteString(encodeRune(unicode.ToLower(r)))
		}
	}
	return NewStr(b.String())
}

func strTitle(s *Str) *Str {
	rs := s.runes()
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			b.WriteString(lowerAt(rs, i))
		} else {
			b.WriteString(titleOf(r))
		}
		prevCased = isCasedRune(r)
	}
	return NewStr(b.String())
}

func strCapitalize(s *Str) *Str {
	rs := s.runes()
	var b strings.Builder
	for i, r := range rs {
		if i == 0 {
			b.WriteString(titleOf(r))
		} else {
			b.WriteString(lowerAt(rs, i))
		}
	}
	return NewStr(b.String())
}

func strSwapcase(s *Str) *Str {
	rs := s.runes()
	var b strings.Builder
	for i, r := range rs {
		switch {
		case isUpperRune(r):
			b.WriteString(lowerAt(rs, i))
		case isLowerRune(r):
			b.WriteString(upperOf(r))
		default:
			b.WriteString(encodeRune(r))
		}
	}
	return NewStr(b.String())
}
