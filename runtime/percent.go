package py

import (
	"math"
	"strings"
	"unicode/utf8"
)

// printf-style formatting: str % args and bytes % args
// (CPython's PyUnicode_Format and _PyBytes_FormatEx).

// percentState walks the arguments of one formatting operation.
type percentState struct {
	th      *Thread
	args    []Object
	argIdx  int
	mapping Object // the dict for %(name)s, or nil
	isBytes bool
}

func (p *percentState) next() (Object, error) {
	if p.argIdx >= len(p.args) {
		return nil, NewError(TypeErrorType, "not enough arguments for format string")
	}
	a := p.args[p.argIdx]
	p.argIdx++
	return a, nil
}

// isMappingArg reports whether % treats args as a mapping (CPython:
// PyMapping_Check and not a tuple or str).
func isMappingArg(o Object) bool {
	switch Unwrap(o).(type) {
	case *Tuple, *Str, *Bytes, *ByteArray, *List:
		return false
	}
	return o.Type().Slots.GetItem != nil
}

// percentFormat is the shared engine: format is the format text (UTF-8;
// for bytes each byte is a character), and the result is text to be
// converted back by the caller.
func percentFormat(th *Thread, format string, args Object, isBytes bool) (string, error) {
	p := &percentState{th: th, isBytes: isBytes}
	if t, ok := Unwrap(args).(*Tuple); ok {
		p.args = t.Items
	} else {
		p.args = []Object{args}
		if isMappingArg(args) {
			p.mapping = args
		}
	}
	var out strings.Builder
	n := len(format)
	for i := 0; i < n; {
		c := format[i]
		if c != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				j = n - i
			}
			out.WriteString(format[i : i+j])
			i += j
			continue
		}
		i++
		if i >= n {
			return "", NewError(ValueErrorType, "incomplete format")
		}
		if format[i] == '%' {
			out.WriteByte('%')
			i++
			continue
		}
		specStart := i - 1
		var arg Object
		// Mapping key.
		if format[i] == '(' {
			if p.mapping == nil {
				return "", NewError(TypeErrorType, "format requires a mapping")
			}
			depth := 1
			j := i + 1
			for j < n && depth > 0 {
				if format[j] == '(' {
					depth++
				} else if format[j] == ')' {
					depth--
				}
				j++
			}
			if depth > 0 {
				return "", NewError(ValueErrorType, "incomplete format key")
			}
			keyText := format[i+1 : j-1]
			var key Object = NewStr(keyText)
			if isBytes {
				key = NewBytes([]byte(keyText))
			}
			v, err := GetItem(th, p.mapping, key)
			if err != nil {
				return "", err
			}
			arg = v
			i = j
		}
		// Flags.
		var left, plus, space, alt, zero bool
	flags:
		for i < n {
			switch format[i] {
			case '-':
				left = true
			case '+':
				plus = true
			case ' ':
				space = true
			case '#':
				alt = true
			case '0':
				zero = true
			default:
				break flags
			}
			i++
		}
		readNum := func() (int, error) {
			if i < n && format[i] == '*' {
				i++
				v, err := p.next()
				if err != nil {
					return 0, err
				}
				x, ok := IntValue(v)
				if !ok {
					return 0, NewError(TypeErrorType, "* wants int")
				}
				return int(x), nil
			}
			v := -1
			for i < n && format[i] >= '0' && format[i] <= '9' {
				if v < 0 {
					v = 0
				}
				v = v*10 + int(format[i]-'0')
				i++
			}
			return v, nil
		}
		width, err := readNum()
		if err != nil {
			return "", err
		}
		if width < -1 || (width < 0 && i > 0 && format[i-1] == '*') {
			left = true
			width = -width
		}
		prec := -1
		if i < n && format[i] == '.' {
			i++
			prec, err = readNum()
			if err != nil {
				return "", err
			}
			if prec < 0 {
				prec = 0
			}
		}
		for i < n && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= n {
			return "", NewError(ValueErrorType, "incomplete format")
		}
		conv, size := rune(format[i]), 1
		if !isBytes {
			conv, size = utf8.DecodeRuneInString(format[i:])
		}
		if arg == nil && conv != '%' || conv == '%' && i > specStart+1 {
			if arg == nil {
				a, err := p.next()
				if err != nil {
					return "", err
				}
				arg = a
			}
		}
		i += size
		var body, sign, prefix string
		numeric := false
		switch conv {
		case '%':
			out.WriteByte('%')
			continue
		case 's', 'r', 'a', 'b':
			body, err = p.textConv(conv, arg)
			if err != nil {
				return "", err
			}
			if prec >= 0 {
				if isBytes {
					body = body[:min(prec, len(body))]
				} else if rs := []rune(body); prec < len(rs) {
					body = string(rs[:prec])
				}
			}
		case 'c':
			body, err = p.charConv(arg)
			if err != nil {
				return "", err
			}
		case 'd', 'i', 'u', 'o', 'x', 'X':
			numeric = true
			v, err := p.intArg(conv, arg)
			if err != nil {
				return "", err
			}
			neg := intSign(v) < 0
			abs := intsAbs(v)
			switch conv {
			case 'o':
				body = intToBase(abs, 8)[2:]
				if alt {
					prefix = "0o"
				}
			case 'x':
				body = intToBase(abs, 16)[2:]
				if alt {
					prefix = "0x"
				}
			case 'X':
				body = strings.ToUpper(intToBase(abs, 16)[2:])
				if alt {
					prefix = "0X"
				}
			default:
				body, err = intToDecimal(abs)
				if err != nil {
					return "", err
				}
			}
			if prec > len(body) {
				body = strings.Repeat("0", prec-len(body)) + body
			}
			sign = numSign(neg, plus, space)
		case 'e', 'E', 'f', 'F', 'g', 'G':
			numeric = true
			f, ok, err := floatOf(arg)
			if err != nil {
				return "", err
			}
			if !ok {
				if arg.Type().Slots.Float == nil && arg.Type().Slots.Index == nil {
					return "", NewError(TypeErrorType, "must be real number, not %s", arg.Type().Name)
				}
				if f, err = floatFromObject(th, arg); err != nil {
					return "", err
				}
			}
			if prec < 0 {
				prec = 6
			}
			lower := byte(conv)
			if conv < 'a' {
				lower += 'a' - 'A'
			}
			switch {
			case math.IsNaN(f):
				body = "nan"
			case math.IsInf(f, 0):
				body = "inf"
			default:
				body = floatToText(f, lower, prec, alt, false)
			}
			if conv < 'a' {
				body = strings.ToUpper(body)
			}
			sign = numSign(math.Signbit(f) && !math.IsNaN(f), plus, space)
		default:
			ch := string(conv)
			if conv < 0x20 || conv > 0x7e {
				ch = "?"
			}
			return "", NewError(ValueErrorType, "unsupported format character '%s' (0x%x) at index %d", ch, conv, i-size)
		}
		textLen := func(s string) int {
			if isBytes {
				return len(s)
			}
			return utf8.RuneCountInString(s)
		}
		total := len(sign) + len(prefix) + textLen(body)
		pad := width - total
		switch {
		case pad <= 0:
			out.WriteString(sign + prefix + body)
		case left:
			out.WriteString(sign + prefix + body + strings.Repeat(" ", pad))
		case zero && numeric:
			out.WriteString(sign + prefix + strings.Repeat("0", pad) + body)
		default:
			out.WriteString(strings.Repeat(" ", pad) + sign + prefix + body)
		}
	}
	if p.argIdx < len(p.args) && p.mapping == nil {
		return "", NewError(TypeErrorType, "not all arguments converted during %s formatting", map[bool]string{false: "string", true: "bytes"}[isBytes])
	}
	return out.String(), nil
}

func numSign(neg, plus, space bool) string {
	switch {
	case neg:
		return "-"
	case plus:
		return "+"
	case space:
		return " "
	}
	return ""
}

// textConv implements %s, %r, %a (and %b for bytes).
func (p *percentState) textConv(conv rune, arg Object) (string, error) {
	th := p.th
	if p.isBytes {
		switch conv {
		case 's', 'b':
			if b, ok := bytesLike(arg); ok {
				return string(b), nil
			}
			if arg.Type().Lookup(Intern("__bytes__")) != nil {
				r, err := CallMethod0(th, arg, Intern("__bytes__"))
				if err != nil {
					return "", err
				}
				if b, ok := bytesLike(r); ok {
					return string(b), nil
				}
			}
			return "", NewError(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", arg.Type().Name)
		default:
			s, err := ASCII(th, arg)
			if err != nil {
				return "", err
			}
			return s.s, nil
		}
	}
	var s *Str
	var err error
	switch conv {
	case 's':
		s, err = StrOf(th, arg)
	case 'r':
		s, err = Repr(th, arg)
	case 'a':
		s, err = ASCII(th, arg)
	default:
		return "", NewError(ValueErrorType, "unsupported format character 'b' (0x62)")
	}
	if err != nil {
		return "", err
	}
	return s.s, nil
}

// charConv implements %c.
func (p *percentState) charConv(arg Object) (string, error) {
	if p.isBytes {
		if b, ok := bytesLike(arg); ok && len(b) == 1 {
			return string(b), nil
		}
		v, ok := intOf(arg)
		if !ok {
			return "", NewError(TypeErrorType, "%s", "%c requires an integer in range(256) or a single byte")
		}
		x, small := v.(Int)
		if !small || x < 0 || x > 255 {
			return "", NewError(OverflowErrorType, "%s", "%c arg not in range(256)")
		}
		return string([]byte{byte(x)}), nil
	}
	if s, ok := strOf(arg); ok {
		if s.Len() != 1 {
			return "", NewError(TypeErrorType, "%s", "%c requires int or char")
		}
		return s.s, nil
	}
	v, ok := intOf(arg)
	if !ok {
		return "", NewError(TypeErrorType, "%s", "%c requires int or char")
	}
	x, small := v.(Int)
	if !small || x < 0 || x > 0x10ffff {
		return "", NewError(OverflowErrorType, "%s", "%c arg not in range(0x110000)")
	}
	return encodeRune(rune(x)), nil
}

// intArg converts the argument of an integer conversion.
func (p *percentState) intArg(conv rune, arg Object) (Object, error) {
	if v, ok := intOf(arg); ok {
		return v, nil
	}
	if conv == 'd' || conv == 'i' || conv == 'u' {
		if f, ok := arg.(Float); ok {
			return floatToInt(float64(f))
		}
		if arg.Type().Slots.Int != nil {
			return intFromArgs(p.th, arg, nil)
		}
		if arg.Type().Slots.Index == nil {
			return nil, NewError(TypeErrorType, "%%%c format: a real number is required, not %s", conv, arg.Type().Name)
		}
	}
	if arg.Type().Slots.Index == nil {
		return nil, NewError(TypeErrorType, "%%%c format: an integer is required, not %s", conv, arg.Type().Name)
	}
	return indexArg(p.th, arg)
}

// strPercent is str % args.
func strPercent(th *Thread, s *Str, args Object) (Object, error) {
	r, err := percentFormat(th, s.s, args, false)
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

// bytesPercent is bytes % args.
func bytesPercent(th *Thread, b []byte, args Object) ([]byte, error) {
	r, err := percentFormat(th, string(b), args, true)
	if err != nil {
		return nil, err
	}
	return []byte(r), nil
}
