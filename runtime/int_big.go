package py

import (
	"math/big"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode"

	"github.com/pygo-dev/pygo/internal/pystr"
)

// Conversions between int and text: repr/str, int(text, base), and the
// CPython 3.11 limit on the number of decimal digits converted
// (sys.set_int_max_str_digits).

// maxStrDigits is sys.get_int_max_str_digits() (0: unlimited).
var maxStrDigits atomic.Int64

func init() { maxStrDigits.Store(4300) }

// IntMaxStrDigits returns sys.get_int_max_str_digits().
func IntMaxStrDigits() int { return int(maxStrDigits.Load()) }

// SetIntMaxStrDigits implements sys.set_int_max_str_digits (n is 0 or >= 640;
// the caller checks).
func SetIntMaxStrDigits(n int) { maxStrDigits.Store(int64(n)) }

// NewIntFromString parses an int literal's digits in base 2..36 (no sign,
// prefix or underscores, as the compiler produces them) and returns an Int
// or *BigInt. It panics on malformed input: it is for compiler-generated
// constants.
func NewIntFromString(s string, base int) Object {
	if v, err := strconv.ParseInt(s, base, 64); err == nil {
		return Int(v)
	}
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		panic("py: bad int literal " + strconv.Quote(s))
	}
	return NewIntFromBig(b)
}

// intToDecimal is str()/repr() of an int, subject to the digit limit.
func intToDecimal(a Object) (string, error) {
	if x, ok := a.(Int); ok {
		return strconv.FormatInt(int64(x), 10), nil
	}
	b := bigOf(a)
	if lim := maxStrDigits.Load(); lim > 0 && float64(b.BitLen()-1)*0.30102999566398 >= float64(lim) {
		// Far too many digits (more than 3 bits per digit): skip the conversion.
		return "", errIntStrLimit()
	}
	s := b.Text(10)
	digits := len(s)
	if s[0] == '-' {
		digits--
	}
	if lim := maxStrDigits.Load(); lim > 0 && int64(digits) > lim {
		return "", errIntStrLimit()
	}
	return s, nil
}

func errIntStrLimit() error {
	return NewError(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits.Load())
}

// intToBase formats an int in base 2, 8 or 16 with Python's prefix
// ("-0x1f"), as bin(), oct() and hex() do.
func intToBase(a Object, base int) string {
	prefix := map[int]string{2: "0b", 8: "0o", 16: "0x"}[base]
	var digits string
	neg := intSign(a) < 0
	if x, ok := a.(Int); ok {
		u := uint64(x)
		if neg {
			u = -u
		}
		digits = strconv.FormatUint(u, base)
	} else {
		digits = new(big.Int).Abs(bigOf(a)).Text(base)
	}
	if neg {
		return "-" + prefix + digits
	}
	return prefix + digits
}

// isPySpace reports whether r is whitespace by str.isspace().
func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0,
		0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// decimalValue returns the digit value of a Unicode decimal digit
// (category Nd), or -1. Nd digits come in runs of ten from 0 to 9.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	n := 0
	for unicode.Is(unicode.Nd, r-1) {
		r--
		n++
	}
	return n % 10
}

// toASCIIDigits strips Python whitespace from both ends of s and replaces
// Unicode decimal digits by ASCII ones, as CPython does before parsing a
// number. ok is false if s holds other non-ASCII characters (the parse
// fails either way).
func toASCIIDigits(s string) (string, bool) {
	s = strings.TrimFunc(s, isPySpace)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := pystr.DecodeRune(s[i:])
		i += n
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case decimalValue(r) >= 0:
			b.WriteByte(byte('0' + decimalValue(r)))
		case isPySpace(r):
			b.WriteByte(' ')
		default:
			return s, false
		}
	}
	return b.String(), true
}

func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// parseIntText implements int(text, base) for text already converted by
// toASCIIDigits. reprText is the repr of the original argument for the
// error message. base is 0 or 2..36.
func parseIntText(text string, base int, reprText string) (Object, error) {
	bad := func() error {
		return NewError(ValueErrorType, "invalid literal for int() with base %d: %s", base, reprText)
	}
	s := text
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	b := base
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		switch c := s[1] | 0x20; {
		case c == 'x' && (base == 0 || base == 16):
			b, prefixed = 16, true
		case c == 'o' && (base == 0 || base == 8):
			b, prefixed = 8, true
		case c == 'b' && (base == 0 || base == 2):
			b, prefixed = 2, true
		}
	}
	if prefixed {
		s = s[2:]
		if s != "" && s[0] == '_' {
			s = s[1:]
		}
	} else if b == 0 {
		b = 10
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' {
		return nil, bad()
	}
	digits := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if s[i-1] == '_' {
				return nil, bad()
			}
			continue
		}
		if digitValue(c) >= b {
			return nil, bad()
		}
		digits = append(digits, c)
	}
	if base == 0 && !prefixed && digits[0] == '0' {
		// Base 0: no leading zeros in a non-zero decimal number.
		for _, c := range digits {
			if c != '0' {
				return nil, bad()
			}
		}
	}
	if b&(b-1) != 0 {
		if lim := maxStrDigits.Load(); lim > 0 && int64(len(digits)) > lim {
			return nil, NewError(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", lim, len(digits))
		}
	}
	ds := string(digits)
	if neg {
		ds = "-" + ds
	}
	if v, err := strconv.ParseInt(ds, b, 64); err == nil {
		return Int(v), nil
	}
	r, ok := new(big.Int).SetString(ds, b)
	if !ok {
		return nil, bad()
	}
	return NewIntFromBig(r), nil
}

// IntFromString implements int(s, base) for a str argument.
func IntFromString(s *Str, base int) (Object, error) {
	text, _ := toASCIIDigits(s.s)
	return parseIntText(text, base, truncRepr(pystr.ReprStr(s.s)))
}

// truncRepr cuts a repr to 200 code points, as CPython's "%.200R" does.
func truncRepr(r string) string {
	n := 0
	for i := range r {
		if n == 200 {
			return r[:i]
		}
		n++
	}
	return r
}
