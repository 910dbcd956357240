// Package structmod implements Python's struct module in Go: pack,
// unpack, pack_into, unpack_from, iter_unpack, calcsize and the Struct
// class, for every format character, byte order and the native ('@')
// alignment rules of a 64-bit Linux CPython, with CPython's messages.
package structmod

import (
	"strconv"

	py "github.com/pygo-dev/pygo/runtime"
)

// code is one format item: a format character repeated count times.
type code struct {
	c      byte
	count  int // repeat count (length for 's' and 'p')
	size   int // size of one item
	offset int // offset of the first item
}

// layout is a parsed format.
type layout struct {
	format string
	order  byte // '<', '>' or '@' / '=' (native, little-endian here)
	native bool // '@': native sizes and alignment
	codes  []code
	size   int
	nitems int // number of values packed/unpacked
}

// nativeSize is the size (and alignment) of each format character in
// native mode on 64-bit Linux.
var nativeSize = map[byte]int{
	'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8,
	's': 1, 'p': 1, 'P': 8,
}

// stdSize is the size in the standard modes (<, >, !, =).
var stdSize = map[byte]int{
	'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1,
}

func parse(th *py.Thread, format string) (*layout, error) {
	l := &layout{format: format, order: '@', native: true}
	s := format
	if len(s) > 0 {
		switch s[0] {
		case '@':
			s = s[1:]
		case '=':
			l.order, l.native = '<', false
			s = s[1:]
		case '<':
			l.order, l.native = '<', false
			s = s[1:]
		case '>', '!':
			l.order, l.native = '>', false
			s = s[1:]
		}
	}
	sizes := stdSize
	if l.native {
		sizes = nativeSize
	}
	off := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		count := 1
		if c >= '0' && c <= '9' {
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			n, err := strconv.Atoi(s[i:j])
			if err != nil {
				return nil, structError(th, "total struct size too long")
			}
			count = n
			i = j
			if i >= len(s) {
				return nil, structError(th, "repeat count given without format specifier")
			}
			c = s[i]
		}
		i++
		size, ok := sizes[c]
		if !ok {
			return nil, structError(th, "bad char in struct format")
		}
		if l.native && size > 1 {
			off = (off + size - 1) / size * size
		}
		l.codes = append(l.codes, code{c: c, count: count, size: size, offset: off})
		switch c {
		case 's', 'p':
			off += count
			l.nitems++
		case 'x':
			off += count
		default:
			off += count * size
			l.nitems += count
		}
	}
	l.size = off
	return l, nil
}
