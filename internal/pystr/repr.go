// Package pystr formats values the way CPython 3.11's repr() does: str, bytes,
// float and complex. It is a leaf package shared by the compiler (for ast.dump
// output) and the runtime (for repr of objects).
//
// Python str values are held as Go strings in UTF-8, except that lone
// surrogates (U+D800..U+DFFF, which Python strings may contain) are stored in
// their 3-byte generalized UTF-8 form (WTF-8: ED A0..BF 80..BF).
package pystr

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// DecodeRune decodes the first code point of s like utf8.DecodeRuneInString,
// but also accepts the WTF-8 encoding of a lone surrogate, returning the
// surrogate code point. Invalid bytes decode as (utf8.RuneError, 1).
func DecodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2] >= 0x80 && s[2] <= 0xBF {
		return rune(0xD000) | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// ReprStr returns Python's repr() of the str s: quoted with ' unless s
// contains ' and no ", with \\, \t, \n, \r and the quote escaped, and every
// non-printable code point written as \xhh, \uhhhh or \Uhhhhhhhh.
func ReprStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\t':
				b.WriteString(`\t`)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c < ' ' || c == 0x7f:
				writeHex(&b, 'x', uint32(c), 2)
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, n := DecodeRune(s[i:])
		if r == utf8.RuneError && n == 1 {
			// Not valid (W)UTF-8: cannot come from a Python str; show the byte.
			writeHex(&b, 'x', uint32(s[i]), 2)
			i++
			continue
		}
		switch {
		case IsPrintable(r):
			b.WriteString(s[i : i+n])
		case r < 0x100:
			writeHex(&b, 'x', uint32(r), 2)
		case r < 0x10000:
			writeHex(&b, 'u', uint32(r), 4)
		default:
			writeHex(&b, 'U', uint32(r), 8)
		}
		i += n
	}
	b.WriteByte(quote)
	return b.String()
}

func writeHex(b *strings.Builder, kind byte, v uint32, digits int) {
	b.WriteByte('\\')
	b.WriteByte(kind)
	for k := digits - 1; k >= 0; k-- {
		b.WriteByte(hexDigits[(v>>(4*uint(k)))&0xf])
	}
}

// ReprBytes returns Python's repr() of a bytes value, e.g. b'a\x00"' or b"'".
func ReprBytes(s []byte) string {
	quote := byte('\'')
	hasSingle, hasDouble := false, false
	for _, c := range s {
		if c == '\'' {
			hasSingle = true
		} else if c == '"' {
			hasDouble = true
		}
	}
	if hasSingle && !hasDouble {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteString("b")
	b.WriteByte(quote)
	for _, c := range s {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < ' ' || c >= 0x7f:
			writeHex(&b, 'x', uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// ReprFloat returns Python's repr() of a float: the shortest string that
// round-trips, in positional notation when the decimal exponent is in
// [-4, 16) ("0.0001", "1234.5", "1e+16", "1.5e-05"), and 'inf', '-inf',
// 'nan' for the special values.
func ReprFloat(f float64) string {
	return formatFloat(f, true)
}

// formatFloat implements repr (addDot0: integers get ".0") and the variant
// used for the parts of a complex repr (no ".0").
func formatFloat(f float64, addDot0 bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	// Shortest round-trip digits and exponent: d.ddddde±XX.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	neg := false
	if e[0] == '-' {
		neg = true
		e = e[1:]
	}
	ei := strings.IndexByte(e, 'e')
	mant, exp := e[:ei], e[ei+1:]
	digits := strings.Replace(mant, ".", "", 1)
	x, _ := strconv.Atoi(exp)
	decpt := x + 1 // value = 0.DIGITS * 10**decpt
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if decpt <= -4 || decpt > 16 {
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		b.WriteByte('e')
		if x < 0 {
			b.WriteByte('-')
			x = -x
		} else {
			b.WriteByte('+')
		}
		if x < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(x))
		return b.String()
	}
	switch {
	case decpt <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -decpt))
		b.WriteString(digits)
	case decpt >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		if addDot0 {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	}
	return b.String()
}

// ReprComplex returns Python's repr() of complex(re, im): "3j", "-0j",
// "(1+2j)", "(-0-1j)", "(nan+infj)".
func ReprComplex(re, im float64) string {
	if re == 0 && !math.Signbit(re) {
		return formatFloat(im, false) + "j"
	}
	ims := formatFloat(im, false)
	if ims[0] != '-' {
		ims = "+" + ims
	}
	return "(" + formatFloat(re, false) + ims + "j)"
}
