package py

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The format-spec mini-language of format(), str.format and f-strings for
// int, float, complex and str (CPython's Python/formatter_unicode.c):
//
//	[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]

// formatSpec is a parsed format spec.
type formatSpec struct {
	fill     rune
	align    byte // '<', '>', '^', '=' or 0 (the type's default)
	sign     byte // '+', '-', ' ' or 0
	z        bool // coerce negative zero to positive
	alt      bool // '#'
	width    int  // -1: none
	grouping byte // ',', '_' or 0
	prec     int  // -1: none
	typ      rune // 0: none
}

// parseFormatSpec parses spec for an object of type typeName whose
// default type code is defType and default alignment defAlign.
func parseFormatSpec(spec, typeName string, defType rune, defAlign byte) (*formatSpec, error) {
	f := &formatSpec{fill: ' ', width: -1, prec: -1}
	rs := []rune(spec)
	pos := 0
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '^' || r == '=' }
	fillGiven := false
	if len(rs) >= 2 && isAlign(rs[1]) {
		f.fill, f.align, fillGiven = rs[0], byte(rs[1]), true
		pos = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		f.align = byte(rs[0])
		pos = 1
	}
	if pos < len(rs) && (rs[pos] == '+' || rs[pos] == '-' || rs[pos] == ' ') {
		f.sign = byte(rs[pos])
		pos++
	}
	if pos < len(rs) && rs[pos] == 'z' {
		f.z = true
		pos++
	}
	if pos < len(rs) && rs[pos] == '#' {
		f.alt = true
		pos++
	}
	if !fillGiven && pos < len(rs) && rs[pos] == '0' {
		f.fill = '0'
		if f.align == 0 && defAlign == '>' {
			f.align = '='
		}
		pos++
	}
	readInt := func() (int, bool, error) {
		start := pos
		n := 0
		for pos < len(rs) && rs[pos] >= '0' && rs[pos] <= '9' {
			if n > (math.MaxInt64-9)/10 {
				return 0, false, NewError(ValueErrorType, "Too many decimal digits in format string")
			}
			n = n*10 + int(rs[pos]-'0')
			pos++
		}
		return n, pos > start, nil
	}
	w, ok, err := readInt()
	if err != nil {
		return nil, err
	}
	if ok {
		f.width = w
	}
	if pos < len(rs) && rs[pos] == ',' {
		f.grouping = ','
		pos++
	}
	if pos < len(rs) && rs[pos] == '_' {
		if f.grouping != 0 {
			return nil, NewError(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
		f.grouping = '_'
		pos++
	}
	if pos < len(rs) && rs[pos] == ',' && f.grouping == '_' {
		return nil, NewError(ValueErrorType, "Cannot specify both ',' and '_'.")
	}
	if pos < len(rs) && rs[pos] == '.' {
		pos++
		p, ok, err := readInt()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewError(ValueErrorType, "Format specifier missing precision")
		}
		f.prec = p
	}
	switch len(rs) - pos {
	case 0:
		f.typ = defType
	case 1:
		f.typ = rs[pos]
	default:
		return nil, NewError(ValueErrorType, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if f.grouping != 0 {
		ok := strings.ContainsRune("deEfFgG%", f.typ) || f.typ == 0
		if f.grouping == '_' && strings.ContainsRune("boxX", f.typ) {
			ok = true
		}
		if !ok {
			return nil, NewError(ValueErrorType, "Cannot specify '%c' with '%s'.", f.grouping, string(f.typ))
		}
	}
	return f, nil
}

func errUnknownFormatCode(typ rune, typeName string) error {
	if typ > 32 && typ < 128 {
		return NewError(ValueErrorType, "Unknown format code '%c' for object of type '%s'", typ, typeName)
	}
	return NewError(ValueErrorType, "Unknown format code '\\x%x' for object of type '%s'", typ, typeName)
}

// padAligned lays out sign+prefix and body in the spec's width: '='
// alignment puts the fill between them.
func (f *formatSpec) padAligned(lead, body string, defAlign byte) string {
	n := utf8.RuneCountInString(lead) + utf8.RuneCountInString(body)
	if f.width <= n {
		return lead + body
	}
	pad := f.width - n
	fill := string(f.fill)
	align := f.align
	if align == 0 {
		align = defAlign
	}
	switch align {
	case '<':
		return lead + body + strings.Repeat(fill, pad)
	case '^':
		left := pad / 2
		return strings.Repeat(fill, left) + lead + body + strings.Repeat(fill, pad-left)
	case '=':
		return lead + strings.Repeat(fill, pad) + body
	}
	return strings.Repeat(fill, pad) + lead + body
}

// groupDigits inserts sep every size digits from the right of the ASCII
// digit string ds, padding with zeros to minWidth characters (CPython's
// _PyUnicode_InsertThousandsGrouping with a fixed group size).
func groupDigits(ds string, sep byte, size, minWidth int) string {
	remaining := len(ds)
	var parts []string
	useSep := false
	for {
		l := min(size, max(remaining, minWidth, 1))
		nz := max(0, l-remaining)
		nc := max(0, min(remaining, l))
		part := strings.Repeat("0", nz) + ds[remaining-nc:remaining]
		if useSep {
			part += string(sep)
		}
		parts = append(parts, part)
		remaining -= nc
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
		useSep = true
	}
	var b strings.Builder
	for i := len(parts) - 1; i >= 0; i-- {
		b.WriteString(parts[i])
	}
	return b.String()
}

// signText returns the sign to print for a number.
func (f *formatSpec) signText(neg bool) string {
	switch {
	case neg:
		return "-"
	case f.sign == '+':
		return "+"
	case f.sign == ' ':
		return " "
	}
	return ""
}

// layoutNumber assembles sign, prefix, integer digits (grouped) and the
// rest (fraction, exponent, suffix) in the spec's width.
func (f *formatSpec) layoutNumber(neg bool, prefix, intDigits, rest string, groupSize int) string {
	lead := f.signText(neg) + prefix
	if f.grouping != 0 || (f.fill == '0' && f.align == '=') {
		minWidth := 0
		if f.fill == '0' && f.align == '=' {
			minWidth = f.width - len(lead) - utf8.RuneCountInString(rest)
		}
		if f.grouping != 0 {
			intDigits = groupDigits(intDigits, f.grouping, groupSize, minWidth)
		} else if len(intDigits) < minWidth {
			intDigits = strings.Repeat("0", minWidth-len(intDigits)) + intDigits
		}
	}
	return f.padAligned(lead, intDigits+rest, '>')
}

// formatIntSpec formats an int value with a parsed spec.
func formatIntSpec(v Object, f *formatSpec, typeName string) (string, error) {
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := intToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(x, f)
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	default:
		return "", errUnknownFormatCode(f.typ, typeName)
	}
	if f.prec >= 0 {
		return "", NewError(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if f.z {
		return "", NewError(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if f.typ == 'c' {
		if f.sign != 0 {
			return "", NewError(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return "", NewError(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		x, small := v.(Int)
		if !small {
			return "", NewError(OverflowErrorType, "Python int too large to convert to C long")
		}
		if x < 0 || x > 0x10ffff {
			return "", NewError(OverflowErrorType, "%s", "%c arg not in range(0x110000)")
		}
		return f.padAligned("", encodeRune(rune(x)), '>'), nil
	}
	neg := intSign(v) < 0
	abs := intsAbs(v)
	base, prefix, size := 10, "", 3
	switch f.typ {
	case 'b':
		base, prefix, size = 2, "0b", 4
	case 'o':
		base, prefix, size = 8, "0o", 4
	case 'x':
		base, prefix, size = 16, "0x", 4
	case 'X':
		base, prefix, size = 16, "0X", 4
	}
	if !f.alt {
		prefix = ""
	}
	var digits string
	if base == 10 {
		d, err := intToDecimal(abs)
		if err != nil {
			return "", err
		}
		digits = d
	} else if x, ok := abs.(Int); ok {
		digits = strconv.FormatUint(uint64(x), base)
	} else {
		digits = bigOf(abs).Text(base)
	}
	if f.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return f.layoutNumber(neg, prefix, digits, "", size), nil
}

// floatDigits returns the decimal digits of |x| (no trailing zeros,
// "0" for zero) and the position of the decimal point: |x| ~
// 0.DIGITS * 10**decpt. nDigits < 0 gives the shortest round-trip
// digits; otherwise nDigits significant digits, correctly rounded.
func floatDigits(x float64, nDigits int) (string, int) {
	x = math.Abs(x)
	if x == 0 {
		return "0", 1
	}
	e := strconv.FormatFloat(x, 'e', nDigits-1, 64)
	if nDigits < 0 {
		e = strconv.FormatFloat(x, 'e', -1, 64)
	}
	ei := strings.IndexByte(e, 'e')
	exp, _ := strconv.Atoi(e[ei+1:])
	digits := strings.Replace(e[:ei], ".", "", 1)
	digits = strings.TrimRight(digits, "0")
	if digits == "" {
		digits = "0"
	}
	return digits, exp + 1
}

// formatFloatShort is CPython's format_float_short for the 'e', 'g' and
// 'r' (repr) modes on a finite |x|: it returns the text without sign.
func formatFloatShort(x float64, code byte, prec int, alt, addDot0 bool) string {
	var digits string
	var decpt int
	switch code {
	case 'r':
		digits, decpt = floatDigits(x, -1)
	case 'e':
		prec++
		digits, decpt = floatDigits(x, prec)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt = floatDigits(x, prec)
	}
	useExp := false
	vEnd := len(digits)
	switch code {
	case 'e':
		useExp = true
		vEnd = prec
	case 'g':
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vEnd = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vStart := 0
	if decpt <= 0 {
		vStart = decpt - 1
	}
	if !useExp && addDot0 {
		vEnd = max(vEnd, decpt+1)
	} else {
		vEnd = max(vEnd, decpt)
	}
	var b strings.Builder
	if decpt <= 0 {
		b.WriteString(strings.Repeat("0", decpt-vStart))
		b.WriteByte('.')
		b.WriteString(strings.Repeat("0", -decpt))
	} else {
		b.WriteString(strings.Repeat("0", -vStart))
	}
	if 0 < decpt && decpt <= len(digits) {
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
	} else {
		b.WriteString(digits)
	}
	if len(digits) < decpt {
		b.WriteString(strings.Repeat("0", decpt-len(digits)))
		b.WriteByte('.')
		b.WriteString(strings.Repeat("0", vEnd-decpt))
	} else {
		b.WriteString(strings.Repeat("0", vEnd-len(digits)))
	}
	s := b.String()
	if strings.HasSuffix(s, ".") && !alt {
		s = s[:len(s)-1]
	}
	if useExp {
		sign := '+'
		if exp < 0 {
			sign = '-'
			exp = -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		s += "e" + string(sign) + es
	}
	return s
}

// floatToText formats |x| (finite) for a type code 'e', 'f', 'g', 'r'
// with CPython's PyOS_double_to_string rules.
func floatToText(x float64, code byte, prec int, alt, addDot0 bool) string {
	if code == 'f' {
		s := strconv.FormatFloat(math.Abs(x), 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return s
	}
	return formatFloatShort(x, code, prec, alt, addDot0)
}

// formatFloatSpec formats a float with a parsed spec.
func formatFloatSpec(x float64, f *formatSpec) (string, error) {
	typ := f.typ
	prec := f.prec
	addDot0 := false
	defPrec := 6
	switch typ {
	case 0:
		typ = 'r'
		addDot0 = true
		defPrec = 0
	case 'n':
		typ = 'g'
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
	default:
		return "", errUnknownFormatCode(f.typ, "float")
	}
	pct := false
	if typ == '%' {
		typ = 'f'
		x *= 100
		pct = true
	}
	if prec < 0 {
		prec = defPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	code := byte(typ)
	if upper {
		code = code + 'a' - 'A'
	}
	neg := math.Signbit(x)
	var text string
	switch {
	case math.IsNaN(x):
		text, neg = "nan", false
	case math.IsInf(x, 0):
		text = "inf"
	default:
		text = floatToText(x, code, prec, f.alt, addDot0)
	}
	if upper {
		text = strings.ToUpper(text)
	}
	if neg && f.z && strings.Trim(strings.SplitN(strings.ToLower(text), "e", 2)[0], "0.") == "" {
		neg = false
	}
	if pct {
		text += "%"
	}
	// Split integer digits from the rest for grouping and zero padding.
	i := 0
	for i < len(text) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	intPart, rest := text[:i], text[i:]
	if i == 0 {
		// nan/inf: padded but never grouped.
		g := f.grouping
		f.grouping = 0
		s := f.layoutNumber(neg, "", "", rest, 3)
		f.grouping = g
		return s, nil
	}
	if f.typ == 'n' {
		g := f.grouping
		f.grouping = 0
		s := f.layoutNumber(neg, "", intPart, rest, 3)
		f.grouping = g
		return s, nil
	}
	return f.layoutNumber(neg, "", intPart, rest, 3), nil
}

// formatComplexSpec formats a complex with a parsed spec.
func formatComplexSpec(c complex128, f *formatSpec) (string, error) {
	if f.fill == '0' {
		return "", NewError(ValueErrorType, "Zero padding is not allowed in complex format specifier")
	}
	if f.align == '=' {
		return "", NewError(ValueErrorType, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	typ := f.typ
	prec := f.prec
	defPrec := 6
	skipRe, parens := false, false
	switch typ {
	case 0:
		typ = 'r'
		defPrec = 0
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	case 'n':
		typ = 'g'
	case 'e', 'E', 'f', 'F', 'g', 'G':
	default:
		return "", errUnknownFormatCode(f.typ, "complex")
	}
	if prec < 0 {
		prec = defPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	code := byte(typ)
	if upper {
		code = code + 'a' - 'A'
	}
	part := func(x float64, sign byte) string {
		neg := math.Signbit(x)
		var text string
		switch {
		case math.IsNaN(x):
			text, neg = "nan", false
		case math.IsInf(x, 0):
			text = "inf"
		default:
			text = floatToText(x, code, prec, f.alt, false)
		}
		if upper {
			text = strings.ToUpper(text)
		}
		if neg && f.z && strings.Trim(strings.SplitN(strings.ToLower(text), "e", 2)[0], "0.") == "" {
			neg = false
		}
		i := 0
		for i < len(text) && text[i] >= '0' && text[i] <= '9' {
			i++
		}
		if f.grouping != 0 && i > 0 {
			text = groupDigits(text[:i], f.grouping, 3, 0) + text[i:]
		}
		sf := formatSpec{sign: sign}
		return sf.signText(neg) + text
	}
	var body string
	if skipRe {
		body = part(im, f.sign) + "j"
	} else {
		body = part(re, f.sign) + part(im, '+') + "j"
	}
	if parens {
		body = "(" + body + ")"
	}
	return f.padAligned("", body, '>'), nil
}

// formatStrSpec formats a str with a parsed spec.
func formatStrSpec(s *Str, f *formatSpec) (string, error) {
	if f.typ != 's' {
		return "", errUnknownFormatCode(f.typ, "str")
	}
	if f.sign == ' ' {
		return "", NewError(ValueErrorType, "Space not allowed in string format specifier")
	}
	if f.sign != 0 {
		return "", NewError(ValueErrorType, "Sign not allowed in string format specifier")
	}
	if f.z {
		return "", NewError(ValueErrorType, "Negative zero coercion (z) not allowed in format specifier")
	}
	if f.alt {
		return "", NewError(ValueErrorType, "Alternate form (#) not allowed in string format specifier")
	}
	if f.align == '=' {
		return "", NewError(ValueErrorType, "'=' alignment not allowed in string format specifier")
	}
	text := s.s
	if f.prec >= 0 && f.prec < s.Len() {
		text = s.substr(0, f.prec).s
	}
	return f.padAligned("", text, '<'), nil
}

// formatIntString is format(int, spec) for a non-subclass int value.
func formatIntString(v Object, spec string, typeName string) (string, error) {
	if spec == "" {
		return intToDecimal(v)
	}
	f, err := parseFormatSpec(spec, typeName, 'd', '>')
	if err != nil {
		return "", err
	}
	return formatIntSpec(v, f, typeName)
}

func intFormatSlot(th *Thread, o Object, spec *Str) (Object, error) {
	v, _ := intOf(o)
	if spec.s == "" {
		// format(x, '') is str(x): True stays 'True'.
		return StrOf(th, o)
	}
	s, err := formatIntString(v, spec.s, o.Type().Name)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func floatFormatSlot(th *Thread, o Object, spec *Str) (Object, error) {
	x, _, _ := floatOf(o)
	if spec.s == "" {
		return StrOf(th, o)
	}
	f, err := parseFormatSpec(spec.s, "float", 0, '>')
	if err != nil {
		return nil, err
	}
	s, err := formatFloatSpec(x, f)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func complexFormatSlot(th *Thread, o Object, spec *Str) (Object, error) {
	c, _, _ := complexOf(o)
	if spec.s == "" {
		return StrOf(th, o)
	}
	f, err := parseFormatSpec(spec.s, "complex", 0, '>')
	if err != nil {
		return nil, err
	}
	s, err := formatComplexSpec(c, f)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func strFormatSlot(th *Thread, o Object, spec *Str) (Object, error) {
	s, _ := strOf(o)
	if spec.s == "" {
		return StrOf(th, o)
	}
	f, err := parseFormatSpec(spec.s, "str", 's', '<')
	if err != nil {
		return nil, err
	}
	r, err := formatStrSpec(s, f)
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

func init() {
	StrType.Slots.Format = strFormatSlot
}
