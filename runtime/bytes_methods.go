package py

import (
	"bytes"
	"encoding/hex"
	"strings"
)

// The methods shared by bytes and bytearray, plus bytearray's mutating
// methods. A shared method sees the receiver's bytes (a snapshot for a
// bytearray) and builds results of the receiver's type with mk.

type bytesMethod = func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error)

func defBytes(name string, fn bytesMethod) {
	DefMethod(BytesType, name, func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return fn(th, Unwrap(self).(*Bytes).b, func(b []byte) Object { return NewBytes(b) }, args, kw)
	})
	DefMethod(ByteArrayType, name, func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return fn(th, byteArrayOf(self).snapshot(), func(b []byte) Object { return NewByteArray(b) }, args, kw)
	})
}

// bytesSubArg converts the "sub" argument of find/count/index: bytes-like
// or an int byte value.
func bytesSubArg(th *Thread, o Object) ([]byte, error) {
	if b, ok := bytesLike(o); ok {
		return b, nil
	}
	if _, ok := intOf(o); ok || o.Type().Slots.Index != nil {
		c, err := byteValue(th, o)
		if err != nil {
			return nil, err
		}
		return []byte{c}, nil
	}
	return nil, NewError(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", o.Type().Name)
}

func bytesArgOf(o Object, what string) ([]byte, error) {
	if b, ok := bytesLike(o); ok {
		return b, nil
	}
	return nil, NewError(TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
}

func bytesFind(th *Thread, name string, b []byte, args []Object, kw *KwArgs, reverse bool) (int, error) {
	if kw.Len() > 0 {
		return -1, NewError(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) < 1 || len(args) > 3 {
		return -1, NewError(TypeErrorType, "%s() takes at least 1 argument (%d given)", name, len(args))
	}
	sub, err := bytesSubArg(th, args[0])
	if err != nil {
		return -1, err
	}
	start, end, err := bytesBounds(th, b, args[1:])
	if err != nil {
		return -1, err
	}
	if start > len(b) || end-start < len(sub) {
		return -1, nil
	}
	var i int
	if reverse {
		i = bytes.LastIndex(b[start:end], sub)
	} else {
		i = bytes.Index(b[start:end], sub)
	}
	if i < 0 {
		return -1, nil
	}
	return start + i, nil
}

func bytesBounds(th *Thread, b []byte, rest []Object) (int, int, error) {
	start, end := 0, len(b)
	var err error
	if len(rest) > 0 {
		if start, err = sliceBound(th, rest[0], 0); err != nil {
			return 0, 0, err
		}
	}
	if len(rest) > 1 {
		if end, err = sliceBound(th, rest[1], len(b)); err != nil {
			return 0, 0, err
		}
	}
	start, end = adjustBounds(start, end, len(b))
	return start, end, nil
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

func bytesSplitWhite(b []byte, maxsplit int, reverse bool) [][]byte {
	s := string(b)
	var parts []string
	if reverse {
		parts = rsplitWhitespaceASCII(s, maxsplit)
	} else {
		parts = splitWhitespaceASCII(s, maxsplit)
	}
	out := make([][]byte, len(parts))
	for i, p := range parts {
		out[i] = []byte(p)
	}
	return out
}

func splitWhitespaceASCII(s string, maxsplit int) []string {
	var out []string
	i := 0
	for {
		for i < len(s) && isASCIISpace(s[i]) {
			i++
		}
		if i >= len(s) {
			return out
		}
		if maxsplit == 0 {
			j := len(s)
			for j > i && isASCIISpace(s[j-1]) {
				j--
			}
			return append(out, s[i:j])
		}
		j := i
		for j < len(s) && !isASCIISpace(s[j]) {
			j++
		}
		out = append(out, s[i:j])
		i = j
		maxsplit--
	}
}

func rsplitWhitespaceASCII(s string, maxsplit int) []string {
	var out []string
	j := len(s)
	for {
		for j > 0 && isASCIISpace(s[j-1]) {
			j--
		}
		if j <= 0 {
			break
		}
		if maxsplit == 0 {
			i := 0
			for i < j && isASCIISpace(s[i]) {
				i++
			}
			out = append(out, s[i:j])
			break
		}
		i := j
		for i > 0 && !isASCIISpace(s[i-1]) {
			i--
		}
		out = append(out, s[i:j])
		j = i
		maxsplit--
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

func listOfBytes(parts [][]byte, mk func([]byte) Object) *List {
	items := make([]Object, len(parts))
	for i, p := range parts {
		items[i] = mk(append([]byte(nil), p...))
	}
	return NewList(items)
}

func bytesMapASCII(b []byte, f func(c byte, prevCased bool) byte) []byte {
	out := make([]byte, len(b))
	prev := false
	for i, c := range b {
		out[i] = f(c, prev)
		prev = c|0x20 >= 'a' && c|0x20 <= 'z'
	}
	return out
}

func toUpperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func toLowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func init() {
	defBytes("decode", func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("decode", args, kw, []string{"encoding", "errors"}, 0)
		if err != nil {
			return nil, err
		}
		enc, errs := "utf-8", "strict"
		if a[0] != nil {
			s, ok := strOf(a[0])
			if !ok {
				return nil, NewError(TypeErrorType, "decode() argument 'encoding' must be str, not %s", a[0].Type().Name)
			}
			enc = s.s
		}
		if a[1] != nil {
			s, ok := strOf(a[1])
			if !ok {
				return nil, NewError(TypeErrorType, "decode() argument 'errors' must be str, not %s", a[1].Type().Name)
			}
			errs = s.s
		}
		return decodeBytes(th, b, enc, errs)
	})
	defBytes("hex", func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("hex", args, kw, []string{"sep", "bytes_per_sep"}, 0)
		if err != nil {
			return nil, err
		}
		h := hex.EncodeToString(b)
		if a[0] == nil {
			return newStrASCII(h), nil
		}
		var sep string
		if s, ok := strOf(a[0]); ok {
			sep = s.s
		} else if bs, ok := bytesLike(a[0]); ok {
			sep = string(bs)
		}
		if len(sep) != 1 {
			return nil, NewError(ValueErrorType, "sep must be length 1.")
		}
		per := int64(1)
		if a[1] != nil {
			v, ok := IntValue(a[1])
			if !ok {
				return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", a[1].Type().Name)
			}
			per = v
		}
		if per == 0 || len(b) == 0 {
			return newStrASCII(h), nil
		}
		n := int(abs64(per))
		var groups []string
		if per > 0 {
			// Groups counted from the right.
			first := len(b) % n
			if first > 0 {
				groups = append(groups, h[:2*first])
			}
			for i := first; i < len(b); i += n {
				groups = append(groups, h[2*i:2*(i+n)])
			}
		} else {
			for i := 0; i < len(b); i += n {
				groups = append(groups, h[2*i:2*min(i+n, len(b))])
			}
		}
		return NewStr(strings.Join(groups, sep)), nil
	})
	for _, t := range []*Type{BytesType, ByteArrayType} {
		t := t
		DefClassMethod(t, "fromhex", func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg(t.Name+".fromhex", args, kw); err != nil {
				return nil, err
			}
			s, ok := strOf(args[0])
			if !ok {
				return nil, NewError(TypeErrorType, "fromhex() argument must be str, not %s", args[0].Type().Name)
			}
			var out []byte
			text := s.s
			for i := 0; i < len(text); {
				if isASCIISpace(text[i]) {
					i++
					continue
				}
				if i+1 >= len(text) || digitValue(text[i]) >= 16 || digitValue(text[i+1]) >= 16 {
					pos := i
					if i+1 < len(text) && digitValue(text[i]) < 16 {
						pos = i + 1
					}
					return nil, NewError(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", pos)
				}
				out = append(out, byte(digitValue(text[i])<<4|digitValue(text[i+1])))
				i += 2
			}
			var r Object
			if t == BytesType {
				r = NewBytes(out)
			} else {
				r = NewByteArray(out)
			}
			if cls != t {
				return Call(th, cls, []Object{r}, nil)
			}
			return r, nil
		})
		DefStaticMethod(t, "maketrans", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
			if err := ArgRange("maketrans", args, kw, 2, 2); err != nil {
				return nil, err
			}
			from, err := bytesArgOf(args[0], "")
			if err != nil {
				return nil, err
			}
			to, err := bytesArgOf(args[1], "")
			if err != nil {
				return nil, err
			}
			if len(from) != len(to) {
				return nil, NewError(ValueErrorType, "maketrans arguments must have same length")
			}
			table := make([]byte, 256)
			for i := range table {
				table[i] = byte(i)
			}
			for i, c := range from {
				table[c] = to[i]
			}
			return NewBytes(table), nil
		})
	}
	find := func(name string, reverse, raise bool) {
		defBytes(name, func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
			i, err := bytesFind(th, name, b, args, kw, reverse)
			if err == nil && i < 0 && raise {
				err = NewError(ValueErrorType, "subsection not found")
			}
			return Int(i), err
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	defBytes("count", func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
		if len(args) < 1 {
			return nil, NewError(TypeErrorType, "count() takes at least 1 argument (0 given)")
		}
		sub, err := bytesSubArg(th, args[0])
		if err != nil {
			return nil, err
		}
		start, end, err := bytesBounds(th, b, args[1:])
		if err != nil {
			return nil, err
		}
		if start > len(b) || end < start {
			return Int(0), nil
		}
		return Int(bytes.Count(b[start:end], sub)), nil
	})
	defBytes("join", func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("join", args, kw); err != nil {
			return nil, err
		}
		it, err := Iter(th, args[0])
		if err != nil {
			return nil, NewError(TypeErrorType, "can only join an iterable")
		}
		var out []byte
		for i := 0; ; i++ {
			x, err := Next(th, it)
			if err != nil {
				return nil, err
			}
			if x == nil {
				break
			}
			xb, ok := bytesLike(x)
			if !ok {
				return nil, NewError(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, x.Type().Name)
			}
			if i > 0 {
				out = append(out, b...)
			}
			out = append(out, xb...)
		}
		return mk(out), nil
	})
	split := func(name string, reverse bool) {
		defBytes(name, func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
			a, err := ParseArgs(name, args, kw, []string{"sep", "maxsplit"}, 0)
			if err != nil {
				return nil, err
			}
			maxsplit := -1
			if a[1] != nil {
				v, ok := IntValue(a[1])
				if !ok {
					return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", a[1].Type().Name)
				}
				maxsplit = int(v)
			}
			if a[0] == nil || a[0] == None {
				return listOfBytes(bytesSplitWhite(b, maxsplit, reverse), mk), nil
			}
			sep, err := bytesArgOf(a[0], "")
			if err != nil {
				return nil, err
			}
			if len(sep) == 0 {
				return nil, NewError(ValueErrorType, "empty separator")
			}
			if reverse {
				parts := rsplitSep(string(b), string(sep), maxsplit)
				out := make([][]byte, len(parts))
				for i, p := range parts {
					out[i] = []byte(p)
				}
				return listOfBytes(out, mk), nil
			}
			return listOfBytes(bytes.SplitN(b, sep, maxsplitN(maxsplit)), mk), nil
		})
	}
	split("split", false)
	split("rsplit", true)
	defBytes("splitlines", func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
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
		var out [][]byte
		for i := 0; i < len(b); {
			j := i
			for j < len(b) && b[j] != '\n' && b[j] != '\r' {
				j++
			}
			eol := j
			if j < len(b) {
				if b[j] == '\r' && j+1 < len(b) && b[j+1] == '\n' {
					j++
				}
				j++
			}
			if keep {
				eol = j
			}
			out = append(out, b[i:eol])
			i = j
		}
		return listOfBytes(out, mk), nil
	})
	for _, m := range []struct {
		name        string
		left, right bool
	}{{"strip", true, true}, {"lstrip", true, false}, {"rstrip", false, true}} {
		m := m
		defBytes(m.name, func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
			if err := ArgRange(m.name, args, kw, 0, 1); err != nil {
				return nil, err
			}
			pred := isASCIISpace
			if len(args) == 1 && args[0] != None {
				chars, err := bytesArgOf(args[0], "")
				if err != nil {
					return nil, err
				}
				pred = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
			}
			i, j := 0, len(b)
			if m.left {
				for i < j && pred(b[i]) {
					i++
				}
			}
			if m.right {
				for j > i && pred(b[j-1]) {
					j--
				}
			}
			return mk(append([]byte(nil), b[i:j]...)), nil
		})
	}
	defBytes("replace", func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("replace", args, kw, 2, 3); err != nil {
			return nil, err
		}
		old, err := bytesArgOf(args[0], "")
		if err != nil {
			return nil, err
		}
		nw, err := bytesArgOf(args[1], "")
		if err != nil {
			return nil, err
		}
		count := -1
		if len(args) > 2 {
			v, ok := IntValue(args[2])
			if !ok {
				return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[2].Type().Name)
			}
			count = int(v)
		}
		return mk(bytes.Replace(b, old, nw, count)), nil
	})
	startsEnds := func(name string, ends bool) {
		defBytes(name, func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
			if err := ArgRange(name, args, kw, 1, 3); err != nil {
				return nil, err
			}
			start, end, err := bytesBounds(th, b, args[1:])
			if err != nil {
				return nil, err
			}
			var cands []Object
			if t, ok := Unwrap(args[0]).(*Tuple); ok {
				cands = t.Items
			} else {
				cands = []Object{args[0]}
			}
			for _, c := range cands {
				p, ok := bytesLike(c)
				if !ok {
					return nil, NewError(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, c.Type().Name)
				}
				if start > len(b) || end-start < len(p) {
					continue
				}
				w := b[start:end]
				if ends && bytes.HasSuffix(w, p) || !ends && bytes.HasPrefix(w, p) {
					return True, nil
				}
			}
			return False, nil
		})
	}
	startsEnds("startswith", false)
	startsEnds("endswith", true)
	part := func(name string, reverse bool) {
		defBytes(name, func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg(name, args, kw); err != nil {
				return nil, err
			}
			sep, err := bytesArgOf(args[0], "")
			if err != nil {
				return nil, err
			}
			if len(sep) == 0 {
				return nil, NewError(ValueErrorType, "empty separator")
			}
			var i int
			if reverse {
				i = bytes.LastIndex(b, sep)
			} else {
				i = bytes.Index(b, sep)
			}
			if i < 0 {
				if reverse {
					return NewTuple([]Object{mk(nil), mk(nil), mk(append([]byte(nil), b...))}), nil
				}
				return NewTuple([]Object{mk(append([]byte(nil), b...)), mk(nil), mk(nil)}), nil
			}
			return NewTuple([]Object{mk(append([]byte(nil), b[:i]...)), mk(append([]byte(nil), sep...)), mk(append([]byte(nil), b[i+len(sep):]...))}), nil
		})
	}
	part("partition", false)
	part("rpartition", true)
	caseMap := func(name string, f func(c byte, prevCased bool) byte) {
		defBytes(name, func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
			if err := NoArgs(name, args, kw); err != nil {
				return nil, err
			}
			return mk(bytesMapASCII(b, f)), nil
		})
	}
	caseMap("upper", func(c byte, _ bool) byte { return toUpperASCII(c) })
	caseMap("lower", func(c byte, _ bool) byte { return toLowerASCII(c) })
	caseMap("swapcase", func(c byte, _ bool) byte {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return toLowerASCII(c)
	})
	caseMap("title", func(c byte, prev bool) byte {
		if prev {
			return toLowerASCII(c)
		}
		return toUpperASCII(c)
	})
	defBytes("capitalize", func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("capitalize", args, kw); err != nil {
			return nil, err
		}
		out := bytesMapASCII(b, func(c byte, _ bool) byte { return toLowerASCII(c) })
		if len(out) > 0 {
			out[0] = toUpperASCII(out[0])
		}
		return mk(out), nil
	})
	pred := func(name string, f func(b []byte) bool) {
		defBytes(name, func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
			if err := NoArgs(name, args, kw); err != nil {
				return nil, err
			}
			return Bool(f(b)), nil
		})
	}
	all := func(f func(c byte) bool) func(b []byte) bool {
		return func(b []byte) bool {
			if len(b) == 0 {
				return false
			}
			for _, c := range b {
				if !f(c) {
					return false
				}
			}
			return true
		}
	}
	isAlpha := func(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	pred("isalpha", all(isAlpha))
	pred("isdigit", all(isDigit))
	pred("isalnum", all(func(c byte) bool { return isAlpha(c) || isDigit(c) }))
	pred("isspace", all(isASCIISpace))
	pred("isascii", func(b []byte) bool {
		for _, c := range b {
			if c >= 0x80 {
				return false
			}
		}
		return true
	})
	pred("islower", func(b []byte) bool { return NewStr(string(b)).isASCII() && strIsLower(newStrASCII(asciiOnly(b))) })
	pred("isupper", func(b []byte) bool { return strIsUpper(newStrASCII(asciiOnly(b))) })
	pred("istitle", func(b []byte) bool { return strIsTitle(newStrASCII(asciiOnly(b))) })
	pad := func(name string) {
		defBytes(name, func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
			if err := ArgRange(name, args, kw, 1, 2); err != nil {
				return nil, err
			}
			w, err := indexArg(th, args[0])
			if err != nil {
				return nil, err
			}
			width, _ := w.(Int)
			fill := byte(' ')
			if len(args) > 1 {
				f, ok := bytesLike(args[1])
				if !ok || len(f) != 1 {
					return nil, NewError(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, args[1].Type().Name)
				}
				fill = f[0]
			}
			n := len(b)
			if int(width) <= n {
				return mk(append([]byte(nil), b...)), nil
			}
			p := int(width) - n
			if err := CheckAlloc(int64(width), 1); err != nil {
				return nil, err
			}
			left := 0
			switch name {
			case "rjust":
				left = p
			case "center":
				left = p/2 + (p & int(width) & 1)
			}
			out := append(bytes.Repeat([]byte{fill}, left), b...)
			return mk(append(out, bytes.Repeat([]byte{fill}, p-left)...)), nil
		})
	}
	pad("center")
	pad("ljust")
	pad("rjust")
	defBytes("zfill", func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("zfill", args, kw); err != nil {
			return nil, err
		}
		w, err := indexArg(th, args[0])
		if err != nil {
			return nil, err
		}
		width, _ := w.(Int)
		if int(width) <= len(b) {
			return mk(append([]byte(nil), b...)), nil
		}
		if err := CheckAlloc(int64(width), 1); err != nil {
			return nil, err
		}
		zeros := bytes.Repeat([]byte{'0'}, int(width)-len(b))
		if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
			return mk(append(append([]byte{b[0]}, zeros...), b[1:]...)), nil
		}
		return mk(append(zeros, b...)), nil
	})
	defBytes("expandtabs", func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("expandtabs", args, kw, []string{"tabsize"}, 0)
		if err != nil {
			return nil, err
		}
		tab := 8
		if a[0] != nil {
			v, ok := IntValue(a[0])
			if !ok {
				return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", a[0].Type().Name)
			}
			tab = int(v)
		}
		var out []byte
		col := 0
		for _, c := range b {
			switch c {
			case '\t':
				if tab > 0 {
					n := tab - col%tab
					out = append(out, bytes.Repeat([]byte{' '}, n)...)
					col += n
				}
			case '\n', '\r':
				out = append(out, c)
				col = 0
			default:
				out = append(out, c)
				col++
			}
		}
		return mk(out), nil
	})
	for _, suffix := range []bool{false, true} {
		suffix := suffix
		name := "removeprefix"
		if suffix {
			name = "removesuffix"
		}
		defBytes(name, func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg(name, args, kw); err != nil {
				return nil, err
			}
			p, err := bytesArgOf(args[0], "")
			if err != nil {
				return nil, err
			}
			r := b
			if !suffix && bytes.HasPrefix(b, p) {
				r = b[len(p):]
			} else if suffix && bytes.HasSuffix(b, p) {
				r = b[:len(b)-len(p)]
			}
			return mk(append([]byte(nil), r...)), nil
		})
	}
	defBytes("translate", func(th *Thread, b []byte, mk func([]byte) Object, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("translate", args, kw, []string{"table", "delete"}, 1)
		if err != nil {
			return nil, err
		}
		var table []byte
		if a[0] != None {
			t, ok := bytesLike(a[0])
			if !ok {
				return nil, NewError(TypeErrorType, "a bytes-like object is required, not '%s'", a[0].Type().Name)
			}
			if len(t) != 256 {
				return nil, NewError(ValueErrorType, "translation table must be 256 characters long")
			}
			table = t
		}
		var del []byte
		if a[1] != nil {
			if del, err = bytesArgOf(a[1], ""); err != nil {
				return nil, err
			}
		}
		out := make([]byte, 0, len(b))
		for _, c := range b {
			if bytes.IndexByte(del, c) >= 0 {
				continue
			}
			if table != nil {
				c = table[c]
			}
			out = append(out, c)
		}
		return mk(out), nil
	})
	initByteArrayMethods()
}

func asciiOnly(b []byte) string {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if c < 0x80 {
			out = append(out, c)
		} else {
			out = append(out, ' ')
		}
	}
	return string(out)
}

// initByteArrayMethods defines bytearray's mutating methods.
func initByteArrayMethods() {
	def := func(name string, fn func(th *Thread, a *ByteArray, args []Object, kw *KwArgs) (Object, error)) {
		DefMethod(ByteArrayType, name, func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			return fn(th, byteArrayOf(self), args, kw)
		})
	}
	def("append", func(th *Thread, a *ByteArray, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("bytearray.append", args, kw); err != nil {
			return nil, err
		}
		c, err := byteValue(th, args[0])
		if err != nil {
			return nil, err
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		if err := a.canResize(len(a.b) + 1); err != nil {
			return nil, err
		}
		a.b = append(a.b, c)
		return None, nil
	})
	def("extend", func(th *Thread, a *ByteArray, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("bytearray.extend", args, kw); err != nil {
			return nil, err
		}
		if _, ok := strOf(args[0]); ok {
			return nil, NewError(TypeErrorType, "expected iterable of integers; got: 'str'")
		}
		if _, ok := intOf(args[0]); ok {
			return nil, NewError(TypeErrorType, "can't extend bytearray with %s", args[0].Type().Name)
		}
		data, err := bytesFromObject(th, args[0], "bytearray")
		if err != nil {
			return nil, err
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		if err := a.canResize(len(a.b) + len(data)); err != nil {
			return nil, err
		}
		a.b = append(a.b, data...)
		return None, nil
	})
	def("pop", func(th *Thread, a *ByteArray, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("pop", args, kw, 0, 1); err != nil {
			return nil, err
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		if len(a.b) == 0 {
			return nil, NewError(IndexErrorType, "pop from empty bytearray")
		}
		i := len(a.b) - 1
		if len(args) == 1 {
			v, err := indexArg(th, args[0])
			if err != nil {
				return nil, err
			}
			x, _ := v.(Int)
			if x < 0 {
				x += Int(len(a.b))
			}
			if x < 0 || int(x) >= len(a.b) {
				return nil, NewError(IndexErrorType, "pop index out of range")
			}
			i = int(x)
		}
		if err := a.canResize(len(a.b) - 1); err != nil {
			return nil, err
		}
		c := a.b[i]
		a.b = append(a.b[:i], a.b[i+1:]...)
		return Int(c), nil
	})
	def("insert", func(th *Thread, a *ByteArray, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("insert", args, kw, 2, 2); err != nil {
			return nil, err
		}
		v, err := indexArg(th, args[0])
		if err != nil {
			return nil, err
		}
		c, err := byteValue(th, args[1])
		if err != nil {
			return nil, err
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		x, _ := v.(Int)
		n := Int(len(a.b))
		if x < 0 {
			x += n
			if x < 0 {
				x = 0
			}
		}
		if x > n {
			x = n
		}
		if err := a.canResize(len(a.b) + 1); err != nil {
			return nil, err
		}
		a.b = append(a.b, 0)
		copy(a.b[x+1:], a.b[x:])
		a.b[x] = c
		return None, nil
	})
	def("remove", func(th *Thread, a *ByteArray, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("bytearray.remove", args, kw); err != nil {
			return nil, err
		}
		c, err := byteValue(th, args[0])
		if err != nil {
			return nil, err
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		i := bytes.IndexByte(a.b, c)
		if i < 0 {
			return nil, NewError(ValueErrorType, "value not found in bytearray")
		}
		if err := a.canResize(len(a.b) - 1); err != nil {
			return nil, err
		}
		a.b = append(a.b[:i], a.b[i+1:]...)
		return None, nil
	})
	def("reverse", func(th *Thread, a *ByteArray, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("bytearray.reverse", args, kw); err != nil {
			return nil, err
		}
		a.mu.Lock()
		for i, j := 0, len(a.b)-1; i < j; i, j = i+1, j-1 {
			a.b[i], a.b[j] = a.b[j], a.b[i]
		}
		a.mu.Unlock()
		return None, nil
	})
	def("clear", func(th *Thread, a *ByteArray, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("bytearray.clear", args, kw); err != nil {
			return nil, err
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		if err := a.canResize(0); err != nil {
			return nil, err
		}
		a.b = nil
		return None, nil
	})
	def("copy", func(th *Thread, a *ByteArray, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("bytearray.copy", args, kw); err != nil {
			return nil, err
		}
		return NewByteArray(a.snapshot()), nil
	})
}
