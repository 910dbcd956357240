package jsonmod

import (
	"strconv"
	"strings"
	"unicode/utf8"

	py "github.com/pygo-dev/pygo/runtime"
)

// decoder parses JSON text: a recursive descent over the UTF-8 bytes of
// the document; positions in errors are converted to code point indexes,
// as CPython reports them.
type decoder struct {
	s          string
	doc        py.Object
	objectHook py.Object
	pairsHook  py.Object
	parseFloat py.Object
	parseInt   py.Object
	parseConst py.Object
	strict     bool
	memo       map[string]*py.Str
}

// decodeErr is a JSONDecodeError waiting to be built (msg at byte pos).
type decodeErr struct {
	msg string
	pos int
}

func (d *decoder) fail(msg string, pos int) error {
	return &decodeErrWrap{decodeErr{msg, pos}}
}

type decodeErrWrap struct{ e decodeErr }

func (w *decodeErrWrap) Error() string { return w.e.msg }

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (d *decoder) skipWS(i int) int {
	for i < len(d.s) && isWS(d.s[i]) {
		i++
	}
	return i
}

// value parses the value starting at byte i (no leading whitespace).
func (d *decoder) value(th *py.Thread, i int) (py.Object, int, error) {
	if i >= len(d.s) {
		return nil, i, d.fail("Expecting value", i)
	}
	switch c := d.s[i]; {
	case c == '"':
		s, j, err := d.str(i + 1)
		if err != nil {
			return nil, j, err
		}
		return py.NewStr(s), j, nil
	case c == '{':
		if err := th.Enter(); err != nil {
			return nil, i, err
		}
		defer th.Leave()
		return d.object(th, i+1)
	case c == '[':
		if err := th.Enter(); err != nil {
			return nil, i, err
		}
		defer th.Leave()
		return d.array(th, i+1)
	case c == 'n' && strings.HasPrefix(d.s[i:], "null"):
		return py.None, i + 4, nil
	case c == 't' && strings.HasPrefix(d.s[i:], "true"):
		return py.True, i + 4, nil
	case c == 'f' && strings.HasPrefix(d.s[i:], "false"):
		return py.False, i + 5, nil
	case c == 'N' && strings.HasPrefix(d.s[i:], "NaN"):
		return d.constant(th, "NaN", i, 3)
	case c == 'I' && strings.HasPrefix(d.s[i:], "Infinity"):
		return d.constant(th, "Infinity", i, 8)
	case c == '-' && strings.HasPrefix(d.s[i:], "-Infinity"):
		return d.constant(th, "-Infinity", i, 9)
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number(th, i)
	}
	return nil, i, d.fail("Expecting value", i)
}

func (d *decoder) constant(th *py.Thread, name string, i, n int) (py.Object, int, error) {
	if d.parseConst != nil && d.parseConst != py.None {
		v, err := py.Call1(th, d.parseConst, py.NewStr(name))
		return v, i + n, err
	}
	v, err := py.Call1(th, py.FloatType, py.NewStr(name))
	return v, i + n, err
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func (d *decoder) number(th *py.Thread, i int) (py.Object, int, error) {
	s := d.s
	j := i
	if s[j] == '-' {
		j++
	}
	if j >= len(s) || !isDigit(s[j]) {
		return nil, i, d.fail("Expecting value", i)
	}
	if s[j] == '0' {
		j++
	} else {
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	isFloat := false
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		isFloat = true
		j += 2
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if k < len(s) && isDigit(s[k]) {
			for k < len(s) && isDigit(s[k]) {
				k++
			}
			isFloat = true
			j = k
		}
	}
	lit := s[i:j]
	if isFloat {
		if d.parseFloat != nil && d.parseFloat != py.None {
			v, err := py.Call1(th, d.parseFloat, py.NewStr(lit))
			return v, j, err
		}
		f, err := strconv.ParseFloat(lit, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			return nil, i, d.fail("Expecting value", i)
		}
		return py.Float(f), j, nil
	}
	if d.parseInt != nil && d.parseInt != py.None {
		v, err := py.Call1(th, d.parseInt, py.NewStr(lit))
		return v, j, err
	}
	if n, err := strconv.ParseInt(lit, 10, 64); err == nil {
		return py.Int(n), j, nil
	}
	return py.NewIntFromString(lit, 10), j, nil
}

// appendWTF8 appends code point r, encoding lone surrogates as Pygo's
// str does (WTF-8).
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

func hex4(s string) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for k := 0; k < 4; k++ {
		c := s[k]
		var v byte
		switch {
		case c >= '0' && c <= '9':
			v = c - '0'
		case c >= 'a' && c <= 'f':
			v = c - 'a' + 10
		case c >= 'A' && c <= 'F':
			v = c - 'A' + 10
		default:
			return 0, false
		}
		r = r<<4 | rune(v)
	}
	return r, true
}

// str parses a string body starting after the opening quote at i.
func (d *decoder) str(i int) (string, int, error) {
	s := d.s
	begin := i - 1
	j := i
	for j < len(s) && s[j] != '"' && s[j] != '\\' && (s[j] >= 0x20 || !d.strict) {
		j++
	}
	if j < len(s) && s[j] == '"' {
		return s[i:j], j + 1, nil
	}
	buf := []byte(s[i:j])
	for {
		if j >= len(s) {
			return "", j, d.fail("Unterminated string starting at", begin)
		}
		c := s[j]
		switch {
		case c == '"':
			return string(buf), j + 1, nil
		case c < 0x20 && d.strict:
			return "", j, d.fail("Invalid control character at", j)
		case c == '\\':
			if j+1 >= len(s) {
				return "", j, d.fail("Unterminated string starting at", begin)
			}
			e := s[j+1]
			switch e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, ok := hex4(s[j+2:])
				if !ok {
					return "", j, d.fail("Invalid \\uXXXX escape", j+1)
				}
				j += 6
				if r >= 0xD800 && r <= 0xDBFF && j+1 < len(s) && s[j] == '\\' && s[j+1] == 'u' {
					if r2, ok := hex4(s[j+2:]); ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
						r = 0x10000 + (r-0xD800)<<10 + (r2 - 0xDC00)
						j += 6
					}
				}
				buf = appendWTF8(buf, r)
				continue
			default:
				return "", j, d.fail("Invalid \\escape", j)
			}
			j += 2
		default:
			buf = append(buf, c)
			j++
		}
	}
}

func (d *decoder) key(s string) *py.Str {
	if k, ok := d.memo[s]; ok {
		return k
	}
	k := py.NewStr(s)
	if d.memo == nil {
		d.memo = map[string]*py.Str{}
	}
	d.memo[s] = k
	return k
}

func (d *decoder) object(th *py.Thread, i int) (py.Object, int, error) {
	var keys, vals []py.Object
	i = d.skipWS(i)
	if i < len(d.s) && d.s[i] == '}' {
		return d.finishObject(th, keys, vals, i+1)
	}
	for {
		if i >= len(d.s) || d.s[i] != '"' {
			return nil, i, d.fail("Expecting property name enclosed in double quotes", i)
		}
		ks, j, err := d.str(i + 1)
		if err != nil {
			return nil, j, err
		}
		j = d.skipWS(j)
		if j >= len(d.s) || d.s[j] != ':' {
			return nil, j, d.fail("Expecting ':' delimiter", j)
		}
		j = d.skipWS(j + 1)
		v, j, err := d.value(th, j)
		if err != nil {
			return nil, j, err
		}
		keys = append(keys, d.key(ks))
		vals = append(vals, v)
		j = d.skipWS(j)
		if j < len(d.s) && d.s[j] == '}' {
			return d.finishObject(th, keys, vals, j+1)
		}
		if j >= len(d.s) || d.s[j] != ',' {
			return nil, j, d.fail("Expecting ',' delimiter", j)
		}
		i = d.skipWS(j + 1)
	}
}

func (d *decoder) finishObject(th *py.Thread, keys, vals []py.Object, end int) (py.Object, int, error) {
	if d.pairsHook != nil && d.pairsHook != py.None {
		pairs := make([]py.Object, len(keys))
		for i := range keys {
			pairs[i] = py.NewTuple([]py.Object{keys[i], vals[i]})
		}
		v, err := py.Call1(th, d.pairsHook, py.NewList(pairs))
		return v, end, err
	}
	m := py.NewDict()
	for i, k := range keys {
		m.SetStr(k.(*py.Str), vals[i])
	}
	if d.objectHook != nil && d.objectHook != py.None {
		v, err := py.Call1(th, d.objectHook, m)
		return v, end, err
	}
	return m, end, nil
}

func (d *decoder) array(th *py.Thread, i int) (py.Object, int, error) {
	var items []py.Object
	i = d.skipWS(i)
	if i < len(d.s) && d.s[i] == ']' {
		return py.NewList(items), i + 1, nil
	}
	for {
		v, j, err := d.value(th, i)
		if err != nil {
			return nil, j, err
		}
		items = append(items, v)
		j = d.skipWS(j)
		if j < len(d.s) && d.s[j] == ']' {
			return py.NewList(items), j + 1, nil
		}
		if j >= len(d.s) || d.s[j] != ',' {
			return nil, j, d.fail("Expecting ',' delimiter", j)
		}
		i = d.skipWS(j + 1)
	}
}

// charIndex converts a byte offset of d.s to a code point index.
func (d *decoder) charIndex(pos int) int {
	if pos > len(d.s) {
		pos = len(d.s)
	}
	return utf8.RuneCountInString(d.s[:pos])
}

// byteIndex converts a code point index to a byte offset.
func byteIndex(s string, idx int) int {
	i := 0
	for n := 0; n < idx && i < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}
