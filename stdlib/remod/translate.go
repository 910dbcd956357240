package remod

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Python's flag values.
const (
	flagTemplate   = 1
	flagIgnoreCase = 2
	flagLocale     = 4
	flagMultiline  = 8
	flagDotAll     = 16
	flagUnicode    = 32
	flagVerbose    = 64
	flagDebug      = 128
	flagASCII      = 256
)

// patternError is re.error: msg at pos (-1: none) in the pattern.
type patternError struct {
	msg string
	pos int
}

func (e *patternError) Error() string {
	if e.pos >= 0 {
		return fmt.Sprintf("%s at position %d", e.msg, e.pos)
	}
	return e.msg
}

// translation is a Python pattern rewritten for regexp2 (.NET syntax).
type translation struct {
	pattern string         // .NET pattern; every group is numbered, none named
	groups  int            // number of capturing groups
	names   map[string]int // group name -> number
	order   []string       // names in order of definition
	flags   int            // flags including inline ones
}

// translate rewrites a Python regular expression for regexp2. Named
// groups become plain groups (regexp2, like .NET, numbers named groups
// after the unnamed ones; Python numbers them all left to right), with
// the names kept in names; (?P=name) and (?(name)...) use the numbers;
// \Z becomes \z, {,n} becomes {0,n}, \U........ a literal, and with
// ASCII the classes \d \w \s become explicit ASCII sets.
func translate(p string, flags int) (*translation, error) {
	t := &translation{names: map[string]int{}, flags: flags}
	// inline global flags at the start, e.g. (?i) or (?ax)
	if err := t.scanGlobalFlags(p); err != nil {
		return nil, err
	}
	ascii := t.flags&flagASCII != 0
	verbose := t.flags&flagVerbose != 0
	var b strings.Builder
	type open struct {
		pos     int
		capture bool
	}
	var stack []open
	i := 0
	// canRepeat reports whether the previous item can take a quantifier.
	canRepeat := false
	afterRepeat := false
	for i < len(p) {
		wasRepeat := afterRepeat
		afterRepeat = false
		c := p[i]
		switch {
		case verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'):
			i++
			continue
		case verbose && c == '#':
			for i < len(p) && p[i] != '\n' {
				i++
			}
			continue
		case c == '\\':
			if i+1 >= len(p) {
				return nil, &patternError{"bad escape (end of pattern)", i}
			}
			n, err := t.escape(&b, p, i, ascii, false)
			if err != nil {
				return nil, err
			}
			i = n
			canRepeat = true
			continue
		case c == '[':
			n, err := t.class(&b, p, i, ascii)
			if err != nil {
				return nil, err
			}
			i = n
			canRepeat = true
			continue
		case c == '(':
			if strings.HasPrefix(p[i:], "(?") {
				rest := p[i+2:]
				switch {
				case strings.HasPrefix(rest, "P<"):
					end := strings.IndexByte(rest, '>')
					if end < 0 {
						return nil, &patternError{"missing >, unterminated name", i + 4}
					}
					name := rest[2:end]
					if !isIdent(name) {
						if name == "" {
							return nil, &patternError{"missing group name", i + 4}
						}
						return nil, &patternError{fmt.Sprintf("bad character in group name '%s'", name), i + 4}
					}
					if _, dup := t.names[name]; dup {
						return nil, &patternError{fmt.Sprintf("redefinition of group name '%s' as group %d; was group %d", name, t.groups+1, t.names[name]), i + 4}
					}
					t.groups++
					t.names[name] = t.groups
					t.order = append(t.order, name)
					b.WriteByte('(')
					stack = append(stack, open{i, true})
					i += 2 + end + 1
					canRepeat = false
					continue
				case strings.HasPrefix(rest, "P="):
					end := strings.IndexByte(rest, ')')
					if end < 0 {
						return nil, &patternError{"missing ), unterminated name", i + 4}
					}
					name := rest[2:end]
					num, ok := t.names[name]
					if !ok {
						return nil, &patternError{fmt.Sprintf("unknown group name '%s'", name), i + 4}
					}
					fmt.Fprintf(&b, `\k<%d>`, num)
					i += 2 + end + 1
					canRepeat = true
					continue
				case strings.HasPrefix(rest, "("):
					end := strings.IndexByte(rest, ')')
					if end < 0 {
						return nil, &patternError{"missing ), unterminated name", i + 3}
					}
					ref := rest[1:end]
					num, err := strconv.Atoi(ref)
					if err != nil {
						n, ok := t.names[ref]
						if !ok {
							return nil, &patternError{fmt.Sprintf("unknown group name '%s'", ref), i + 3}
						}
						num = n
					}
					fmt.Fprintf(&b, "(?(%d)", num)
					stack = append(stack, open{i, false})
					i += 2 + end + 1
					canRepeat = false
					continue
				case strings.HasPrefix(rest, "#"):
					end := strings.IndexByte(rest, ')')
					if end < 0 {
						return nil, &patternError{"missing ), unterminated comment", i}
					}
					i += 2 + end + 1
					continue
				case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"),
					strings.HasPrefix(rest, "<="), strings.HasPrefix(rest, "<!"), strings.HasPrefix(rest, ">"):
					n := 3
					if rest[0] == '<' {
						n = 4
					}
					b.WriteString(p[i : i+n])
					stack = append(stack, open{i, false})
					i += n
					canRepeat = false
					continue
				case strings.HasPrefix(rest, "P"):
					return nil, &patternError{"unknown extension ?P" + string(rest[1:min(2, len(rest))]), i + 1}
				case strings.HasPrefix(rest, "<"):
					return nil, &patternError{"unknown extension ?<" + string(rest[1:min(2, len(rest))]), i + 1}
				default:
					// flags: (?imsx-imsx:...) or (?imsx)
					j := 0
					for j < len(rest) && strings.IndexByte("aiLmsux-", rest[j]) >= 0 {
						j++
					}
					if j < len(rest) && (rest[j] == ':' || rest[j] == ')') {
						fl := strings.Map(func(r rune) rune {
							if r == 'a' || r == 'u' || r == 'L' {
								return -1
							}
							return r
						}, rest[:j])
						if rest[j] == ')' {
							// global flags are handled by scanGlobalFlags
							if i != t.globalEnd(p, i) {
								return nil, &patternError{"global flags not at the start of the expression", i}
							}
							i += 2 + j + 1
							continue
						}
						b.WriteString("(?" + fl + ":")
						stack = append(stack, open{i, false})
						i += 2 + j + 1
						canRepeat = false
						continue
					}
					if j < len(rest) {
						return nil, &patternError{"unknown extension ?" + string(rest[j]), i + 1}
					}
					return nil, &patternError{"unexpected end of pattern", i + 2}
				}
			}
			t.groups++
			b.WriteByte('(')
			stack = append(stack, open{i, true})
			i++
			canRepeat = false
			continue
		case c == ')':
			if len(stack) == 0 {
				return nil, &patternError{"unbalanced parenthesis", i}
			}
			stack = stack[:len(stack)-1]
			b.WriteByte(')')
			i++
			canRepeat = true
			continue
		case c == '*' || c == '+' || c == '?':
			if wasRepeat {
				return nil, &patternError{"multiple repeat", i}
			}
			if !canRepeat {
				return nil, &patternError{"nothing to repeat", i}
			}
			afterRepeat = true
			b.WriteByte(c)
			i++
			if i < len(p) && (p[i] == '?' || p[i] == '+') {
				b.WriteByte(p[i])
				i++
			}
			canRepeat = false
			continue
		case c == '{':
			j := i + 1
			for j < len(p) && (p[j] >= '0' && p[j] <= '9' || p[j] == ',') {
				j++
			}
			if j < len(p) && p[j] == '}' && j > i+1 {
				body := p[i+1 : j]
				if strings.Count(body, ",") <= 1 {
					if wasRepeat {
						return nil, &patternError{"multiple repeat", i}
					}
					if !canRepeat {
						return nil, &patternError{"nothing to repeat", i}
					}
					afterRepeat = true
					lo, hi, _ := strings.Cut(body, ",")
					if strings.Contains(body, ",") && lo == "" {
						body = "0," + hi
					}
					if lo != "" && hi != "" {
						a, _ := strconv.Atoi(lo)
						z, _ := strconv.Atoi(hi)
						if z < a {
							return nil, &patternError{"min repeat greater than max repeat", i + 1}
						}
					}
					b.WriteString("{" + body + "}")
					i = j + 1
					if i < len(p) && p[i] == '?' {
						b.WriteByte('?')
						i++
					}
					canRepeat = false
					continue
				}
			}
			b.WriteString(`\{`)
			i++
			canRepeat = true
			continue
		case c == '|':
			b.WriteByte('|')
			i++
			canRepeat = false
			continue
		case c == '^' || c == '$':
			b.WriteByte(c)
			i++
			canRepeat = true
			continue
		case c == ' ' || c == '#':
			// literal in non-verbose mode, but regexp2 may be in x mode
			if c == ' ' {
				b.WriteString(`\x20`)
			} else {
				b.WriteString(`\#`)
			}
			i++
			canRepeat = true
			continue
		}
		_, w := utf8.DecodeRuneInString(p[i:])
		b.WriteString(p[i : i+w])
		i += w
		canRepeat = true
	}
	if len(stack) > 0 {
		return nil, &patternError{"missing ), unterminated subpattern", stack[len(stack)-1].pos}
	}
	t.pattern = b.String()
	return t, nil
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

// globalEnd returns the offset after the run of global flag groups at
// the start of p, or -1 when pos is not inside it.
func (t *translation) globalEnd(p string, pos int) int {
	i := 0
	for strings.HasPrefix(p[i:], "(?") {
		j := i + 2
		for j < len(p) && strings.IndexByte("aiLmsux", p[j]) >= 0 {
			j++
		}
		if j >= len(p) || p[j] != ')' || j == i+2 {
			break
		}
		if i == pos {
			return pos
		}
		i = j + 1
	}
	return -1
}

func (t *translation) scanGlobalFlags(p string) error {
	i := 0
	for strings.HasPrefix(p[i:], "(?") {
		j := i + 2
		fl := 0
		for j < len(p) && strings.IndexByte("aiLmsux", p[j]) >= 0 {
			fl |= map[byte]int{'a': flagASCII, 'i': flagIgnoreCase, 'L': flagLocale, 'm': flagMultiline, 's': flagDotAll, 'u': flagUnicode, 'x': flagVerbose}[p[j]]
			j++
		}
		if j >= len(p) || p[j] != ')' || j == i+2 {
			break
		}
		t.flags |= fl
		i = j + 1
	}
	return nil
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 || i > 0 && r >= '0' && r <= '9' {
			continue
		}
		return false
	}
	return true
}

const asciiSpace = `\x20\t\n\r\f\v`

// escape translates the escape at p[i] ('\\'); inClass: inside [...].
func (t *translation) escape(b *strings.Builder, p string, i int, ascii, inClass bool) (int, error) {
	c := p[i+1]
	switch c {
	case 'd', 'w', 's', 'D', 'W', 'S':
		if ascii {
			set := map[byte]string{'d': `0-9`, 'w': `a-zA-Z0-9_`, 's': asciiSpace}[c|0x20]
			switch {
			case inClass && c >= 'a':
				b.WriteString(set)
			case inClass:
				// negated ASCII class inside a set: approximate with .NET's class
				b.WriteString(`\` + string(c))
			case c >= 'a':
				b.WriteString("[" + set + "]")
			default:
				b.WriteString("[^" + set + "]")
			}
		} else {
			b.WriteString(p[i : i+2])
		}
		return i + 2, nil
	case 'Z':
		if inClass {
			return 0, &patternError{`bad escape \Z`, i}
		}
		b.WriteString(`\z`)
		return i + 2, nil
	case 'A', 'b', 'B':
		if inClass {
			if c == 'b' {
				b.WriteString(`\x08`)
				return i + 2, nil
			}
			return 0, &patternError{`bad escape \` + string(c), i}
		}
		b.WriteString(p[i : i+2])
		return i + 2, nil
	case 'U':
		if i+10 > len(p) {
			return 0, &patternError{`incomplete escape \U` + p[i+2:], i}
		}
		v, err := strconv.ParseUint(p[i+2:i+10], 16, 32)
		if err != nil || v > 0x10FFFF {
			return 0, &patternError{`bad escape \U` + p[i+2:i+10], i}
		}
		writeLiteral(b, rune(v))
		return i + 10, nil
	case 'u':
		if i+6 > len(p) {
			return 0, &patternError{`incomplete escape \u` + p[i+2:], i}
		}
		v, err := strconv.ParseUint(p[i+2:i+6], 16, 32)
		if err != nil {
			return 0, &patternError{`incomplete escape \u` + p[i+2:i+6], i}
		}
		writeLiteral(b, rune(v))
		return i + 6, nil
	case 'x':
		j := i + 2
		for j < len(p) && j < i+4 && strings.IndexByte("0123456789abcdefABCDEF", p[j]) >= 0 {
			j++
		}
		if j != i+4 {
			return 0, &patternError{`incomplete escape \x` + p[i+2:j], i}
		}
		v, _ := strconv.ParseUint(p[i+2:j], 16, 32)
		writeLiteral(b, rune(v))
		return j, nil
	case 'n', 't', 'r', 'f', 'v', 'a', '\\':
		b.WriteString(p[i : i+2])
		return i + 2, nil
	case '0':
		j := i + 2
		for j < len(p) && j < i+4 && p[j] >= '0' && p[j] <= '7' {
			j++
		}
		v, _ := strconv.ParseUint("0"+p[i+2:j], 8, 32)
		writeLiteral(b, rune(v))
		return j, nil
	}
	if c >= '1' && c <= '9' {
		j := i + 1
		for j < len(p) && j < i+3 && p[j] >= '0' && p[j] <= '9' {
			j++
		}
		if inClass {
			v, err := strconv.ParseUint(p[i+1:j], 8, 32)
			if err != nil {
				return 0, &patternError{`bad escape \` + p[i+1:j], i}
			}
			writeLiteral(b, rune(v))
			return j, nil
		}
		n, _ := strconv.Atoi(p[i+1 : j])
		if n > t.groups {
			return 0, &patternError{fmt.Sprintf("invalid group reference %d", n), i + 1}
		}
		fmt.Fprintf(b, `\k<%d>`, n)
		return j, nil
	}
	if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return 0, &patternError{`bad escape \` + string(c), i}
	}
	r, w := utf8.DecodeRuneInString(p[i+1:])
	writeLiteral(b, r)
	return i + 1 + w, nil
}

// writeLiteral writes r so that it matches itself.
func writeLiteral(b *strings.Builder, r rune) {
	if r < 0x80 && strings.IndexByte(`\^$.|?*+()[]{}#- `, byte(r)) >= 0 || r < 0x20 {
		fmt.Fprintf(b, `\x%02x`, r)
		return
	}
	if r > 0xFFFF || r == 0x7f {
		b.WriteRune(r)
		return
	}
	b.WriteRune(r)
}

// class translates a character set starting at p[i] == '['.
func (t *translation) class(b *strings.Builder, p string, i int, ascii bool) (int, error) {
	start := i
	b.WriteByte('[')
	i++
	if i < len(p) && p[i] == '^' {
		b.WriteByte('^')
		i++
	}
	first := true
	for {
		if i >= len(p) {
			return 0, &patternError{"unterminated character set", start}
		}
		c := p[i]
		if c == ']' && !first {
			b.WriteByte(']')
			return i + 1, nil
		}
		first = false
		switch c {
		case '\\':
			if i+1 >= len(p) {
				return 0, &patternError{"unterminated character set", start}
			}
			n, err := t.escape(b, p, i, ascii, true)
			if err != nil {
				return 0, err
			}
			i = n
			continue
		case '[':
			b.WriteString(`\[`)
			i++
			continue
		case ']':
			b.WriteString(`\]`)
			i++
			continue
		}
		_, w := utf8.DecodeRuneInString(p[i:])
		b.WriteString(p[i : i+w])
		i += w
	}
}
