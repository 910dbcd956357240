package py

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// str.encode and bytes.decode for the codecs every program needs: utf-8,
// ascii and latin-1, with the error handlers strict, ignore, replace,
// backslashreplace, xmlcharrefreplace (encoding), surrogateescape and
// surrogatepass.

// normalizeEncoding maps an encoding name to "utf-8", "ascii", "latin-1"
// or "" (unknown), as CPython's codec lookup does for their aliases.
func normalizeEncoding(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.NewReplacer("_", "-", " ", "-").Replace(n)
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646", "us", "ansi-x3.4-1968", "iso646-us", "cp367", "csascii", "ibm367", "iso-ir-6":
		return "ascii"
	case "latin-1", "latin1", "latin", "l1", "iso-8859-1", "iso8859-1", "8859", "cp819", "iso-ir-100", "ibm819", "iso-8859-1:1987", "csisolatin1":
		return "latin-1"
	case "utf-16", "utf16", "u16":
		return "utf-16"
	case "utf-16-le", "utf-16le", "utf16le":
		return "utf-16-le"
	case "utf-16-be", "utf-16be", "utf16be":
		return "utf-16-be"
	case "utf-32", "utf32", "u32":
		return "utf-32"
	case "utf-32-le", "utf-32le", "utf32le":
		return "utf-32-le"
	case "utf-32-be", "utf-32be", "utf32be":
		return "utf-32-be"
	}
	return ""
}

func errUnknownEncoding(name string) error {
	return NewError(LookupErrorType, "unknown encoding: %s", name)
}

func errUnknownHandler(name string) error {
	return NewError(LookupErrorType, "unknown error handler name '%s'", name)
}

func knownHandler(h string) bool {
	switch h {
	case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace":
		return true
	}
	return false
}

// encodeStr implements str.encode(encoding, errors).
func encodeStr(th *Thread, s *Str, encoding, errors string) ([]byte, error) {
	enc := normalizeEncoding(encoding)
	if enc == "" {
		return nil, errUnknownEncoding(encoding)
	}
	if strings.HasPrefix(enc, "utf-16") || strings.HasPrefix(enc, "utf-32") {
		return encodeWide(s, enc, errors)
	}
	if enc == "utf-8" && !strings.Contains(s.s, "\xed") {
		return []byte(s.s), nil // no surrogates possible
	}
	if enc == "ascii" && s.isASCII() {
		return []byte(s.s), nil
	}
	limit := rune(0x10ffff)
	reason := "surrogates not allowed"
	switch enc {
	case "ascii":
		limit, reason = 0x7f, "ordinal not in range(128)"
	case "latin-1":
		limit, reason = 0xff, "ordinal not in range(256)"
	}
	rs := s.runes()
	out := make([]byte, 0, len(s.s))
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		bad := r > limit || (r >= 0xD800 && r <= 0xDFFF)
		if !bad {
			if enc == "utf-8" {
				out = utf8.AppendRune(out, r)
			} else {
				out = append(out, byte(r))
			}
			continue
		}
		// The run of unencodable characters (as CPython reports it).
		j := i + 1
		for j < len(rs) && (rs[j] > limit || (rs[j] >= 0xD800 && rs[j] <= 0xDFFF)) {
			j++
		}
		switch errors {
		case "strict":
			if enc == "utf-8" {
				j = i + 1
				for j < len(rs) && rs[j] >= 0xD800 && rs[j] <= 0xDFFF {
					j++
				}
			}
			return nil, NewException(UnicodeEncodeErrorType, NewStr(enc2name(enc)), s, Int(i), Int(j), NewStr(reason))
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			for k := i; k < j; k++ {
				out = append(out, backslashEscape(rs[k])...)
			}
		case "xmlcharrefreplace":
			for k := i; k < j; k++ {
				out = append(out, "&#"+strconv.Itoa(int(rs[k]))+";"...)
			}
		case "surrogateescape":
			for k := i; k < j; k++ {
				if rs[k] < 0xDC80 || rs[k] > 0xDCFF {
					return nil, NewException(UnicodeEncodeErrorType, NewStr(enc2name(enc)), s, Int(k), Int(k+1), NewStr(reason))
				}
				out = append(out, byte(rs[k]-0xDC00))
			}
		case "surrogatepass":
			for k := i; k < j; k++ {
				if enc != "utf-8" || rs[k] < 0xD800 || rs[k] > 0xDFFF {
					return nil, NewException(UnicodeEncodeErrorType, NewStr(enc2name(enc)), s, Int(k), Int(k+1), NewStr(reason))
				}
				out = append(out, encodeRune(rs[k])...)
			}
		default:
			if !knownHandler(errors) {
				return nil, errUnknownHandler(errors)
			}
			return nil, NewException(UnicodeEncodeErrorType, NewStr(enc2name(enc)), s, Int(i), Int(j), NewStr(reason))
		}
		i = j - 1
	}
	return out, nil
}

// enc2name is the codec name CPython reports in errors.
func enc2name(enc string) string {
	if enc == "latin-1" {
		return "latin-1"
	}
	return enc
}

func backslashEscape(r rune) string {
	switch {
	case r < 0x100:
		return `\x` + hex2(uint32(r), 2)
	case r < 0x10000:
		return `\u` + hex2(uint32(r), 4)
	}
	return `\U` + hex2(uint32(r), 8)
}

func hex2(v uint32, digits int) string {
	s := strconv.FormatUint(uint64(v), 16)
	return strings.Repeat("0", max(0, digits-len(s))) + s
}

// utf8Invalid examines the invalid or incomplete sequence at the start of
// b and returns its length (the maximal valid prefix, at least 1) and
// CPython's reason.
func utf8Invalid(b []byte) (int, string) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1, "invalid start byte"
	}
	n := 1
	for k := 0; k < need; k++ {
		if n >= len(b) {
			return n, "unexpected end of data"
		}
		x := b[n]
		if k == 0 {
			if x < lo || x > hi {
				return n, "invalid continuation byte"
			}
		} else if x < 0x80 || x > 0xBF {
			return n, "invalid continuation byte"
		}
		n++
	}
	return n, "" // valid (not reached for invalid input)
}

// decodeBytes implements bytes.decode(encoding, errors).
func decodeBytes(th *Thread, b []byte, encoding, errors string) (*Str, error) {
	enc := normalizeEncoding(encoding)
	if enc == "" {
		return nil, errUnknownEncoding(encoding)
	}
	if enc == "utf-8" && utf8.Valid(b) {
		return NewStr(string(b)), nil
	}
	if strings.HasPrefix(enc, "utf-16") || strings.HasPrefix(enc, "utf-32") {
		return decodeWide(b, enc, errors)
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		var n int
		var reason string
		switch enc {
		case "latin-1":
			out = utf8.AppendRune(out, rune(c))
			i++
			continue
		case "ascii":
			n, reason = 1, "ordinal not in range(128)"
		default:
			r, size := utf8.DecodeRune(b[i:])
			if r != utf8.RuneError || size > 1 {
				out = append(out, b[i:i+size]...)
				i += size
				continue
			}
			if errors == "surrogatepass" && c == 0xED && i+2 < len(b) && b[i+1] >= 0xA0 && b[i+1] <= 0xBF && b[i+2] >= 0x80 && b[i+2] <= 0xBF {
				out = append(out, b[i:i+3]...)
				i += 3
				continue
			}
			n, reason = utf8Invalid(b[i:])
		}
		switch errors {
		case "strict", "surrogatepass":
			return nil, NewException(UnicodeDecodeErrorType, NewStr(enc), NewBytes(append([]byte(nil), b...)), Int(i), Int(i+n), NewStr(reason))
		case "ignore":
		case "replace":
			out = utf8.AppendRune(out, 0xFFFD)
		case "backslashreplace":
			for k := i; k < i+n; k++ {
				out = append(out, `\x`+hex2(uint32(b[k]), 2)...)
			}
		case "surrogateescape":
			for k := i; k < i+n; k++ {
				out = appendRune(out, 0xDC00+rune(b[k]))
			}
		default:
			if !knownHandler(errors) {
				return nil, errUnknownHandler(errors)
			}
			return nil, NewException(UnicodeDecodeErrorType, NewStr(enc), NewBytes(append([]byte(nil), b...)), Int(i), Int(i+n), NewStr(reason))
		}
		i += n
	}
	return NewStr(string(out)), nil
}

// wideParams returns the unit size and byte order of a UTF-16/32 codec;
// bom reports whether the codec writes and reads a byte-order mark (the
// plain names, little-endian by default as on CPython's usual platforms).
func wideParams(enc string) (size int, big, bom bool) {
	size = 2
	if strings.HasPrefix(enc, "utf-32") {
		size = 4
	}
	switch {
	case strings.HasSuffix(enc, "-be"):
		return size, true, false
	case strings.HasSuffix(enc, "-le"):
		return size, false, false
	}
	return size, false, true
}

func putUnit(out []byte, v uint32, size int, big bool) []byte {
	for k := 0; k < size; k++ {
		shift := uint(8 * k)
		if big {
			shift = uint(8 * (size - 1 - k))
		}
		out = append(out, byte(v>>shift))
	}
	return out
}

// encodeWide encodes to UTF-16 or UTF-32.
func encodeWide(s *Str, enc, errors string) ([]byte, error) {
	size, big, bom := wideParams(enc)
	var out []byte
	if bom {
		out = putUnit(out, 0xFEFF, size, big)
	}
	rs := s.runes()
	for i, r := range rs {
		if r >= 0xD800 && r <= 0xDFFF {
			switch errors {
			case "ignore":
				continue
			case "replace":
				r = '?'
			case "surrogatepass":
			default:
				return nil, NewException(UnicodeEncodeErrorType, NewStr(enc), s, Int(i), Int(i+1), NewStr("surrogates not allowed"))
			}
		}
		if size == 2 && r >= 0x10000 {
			r -= 0x10000
			out = putUnit(out, uint32(0xD800+(r>>10)), 2, big)
			out = putUnit(out, uint32(0xDC00+(r&0x3FF)), 2, big)
			continue
		}
		out = putUnit(out, uint32(r), size, big)
	}
	return out, nil
}

// decodeWide decodes UTF-16 or UTF-32.
func decodeWide(b []byte, enc, errors string) (*Str, error) {
	size, big, bom := wideParams(enc)
	unit := func(i int) uint32 {
		var v uint32
		for k := 0; k < size; k++ {
			shift := uint(8 * k)
			if big {
				shift = uint(8 * (size - 1 - k))
			}
			v |= uint32(b[i+k]) << shift
		}
		return v
	}
	i := 0
	if bom && len(b) >= size {
		big = false
		if unit(0) == 0xFEFF {
			i = size
		} else {
			big = true
			if unit(0) == 0xFEFF {
				i = size
			} else {
				big = false
			}
		}
	}
	if bom {
		if big {
			enc += "-be"
		} else {
			enc += "-le"
		}
	}
	var out []byte
	fail := func(start, end int, reason string) error {
		switch errors {
		case "ignore":
			return nil
		case "replace":
			out = utf8.AppendRune(out, 0xFFFD)
			return nil
		}
		return NewException(UnicodeDecodeErrorType, NewStr(enc), NewBytes(append([]byte(nil), b...)), Int(start), Int(end), NewStr(reason))
	}
	for i < len(b) {
		if i+size > len(b) {
			if err := fail(i, len(b), "truncated data"); err != nil {
				return nil, err
			}
			break
		}
		v := unit(i)
		if size == 2 && v >= 0xD800 && v <= 0xDBFF {
			if i+4 <= len(b) {
				if w := unit(i + 2); w >= 0xDC00 && w <= 0xDFFF {
					out = utf8.AppendRune(out, rune(0x10000+((v-0xD800)<<10)+(w-0xDC00)))
					i += 4
					continue
				}
				if err := fail(i, i+2, "illegal UTF-16 surrogate"); err != nil {
					return nil, err
				}
				i += 2
				continue
			}
			if err := fail(i, len(b), "unexpected end of data"); err != nil {
				return nil, err
			}
			break
		}
		if (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF {
			reason := "illegal encoding"
			if size == 4 {
				reason = "code point not in range(0x110000)"
				if v <= 0x10FFFF {
					reason = "code point in surrogate code point range(0xd800, 0xe000)"
				}
			}
			if err := fail(i, i+size, reason); err != nil {
				return nil, err
			}
			i += size
			continue
		}
		out = utf8.AppendRune(out, rune(v))
		i += size
	}
	return NewStr(string(out)), nil
}
