package syntax

import (
	"strings"
	"unicode/utf8"
)

// lookupCodecName maps a coding declaration's name to the name of a codec
// this package can decode, or returns it unchanged (then unknown).
func lookupCodecName(s string) string {
	n := strings.ToLower(strings.ReplaceAll(s, "_", "-"))
	switch n {
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin1", "latin-1", "l1", "iso8859-1", "iso-8859-1", "8859", "cp819", "latin":
		return "iso-8859-1"
	case "utf8", "utf-8", "u8", "utf", "cp65001":
		return "utf-8"
	case "cp1252", "windows-1252":
		return "cp1252"
	case "koi8-r":
		return "koi8-r"
	}
	return s
}

// singleByteCodecs decode source files in single-byte encodings to UTF-8.
// Each returns the decoded text, or a message for undecodable input.
var singleByteCodecs = map[string]func([]byte) ([]byte, string){
	"ascii": func(b []byte) ([]byte, string) {
		for i, c := range b {
			if c >= 0x80 {
				return nil, "'ascii' codec can't decode byte 0x" + hex2(c) + " in position " + itoa(i) + ": ordinal not in range(128)"
			}
		}
		return b, ""
	},
}

func hex2(c byte) string {
	const d = "0123456789abcdef"
	return string([]byte{d[c>>4], d[c&15]})
}

func init() {
	for name, table := range codecTables {
		table := table
		name := name
		singleByteCodecs[name] = func(b []byte) ([]byte, string) {
			out := make([]byte, 0, len(b)+len(b)/4)
			for i, c := range b {
				r := table[c]
				if r < 0 {
					return nil, "'charmap' codec can't decode byte 0x" + hex2(c) + " in position " + itoa(i) + ": character maps to <undefined>"
				}
				out = utf8.AppendRune(out, r)
			}
			return out, ""
		}
	}
}

// ident returns the identifier spelled by NAME token t, interned and, when
// it is not ASCII, NFKC-normalized as CPython does (per character).
func (p *parser) ident(t *token) string {
	b := p.src[t.start:t.end]
	for _, c := range b {
		if c >= 0x80 {
			var out []byte
			for _, r := range string(b) {
				if n, ok := nfkcIdent[r]; ok {
					out = append(out, n...)
				} else {
					out = utf8.AppendRune(out, r)
				}
			}
			return p.intern(out)
		}
	}
	return p.intern(b)
}
