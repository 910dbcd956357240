package py

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/pygo-dev/pygo/internal/pystr"
)

// The constructors of int, bool, float and complex (their New slots) and
// the numeric builtins: chr, ord, bin, hex, oct, round.

// wrapNew returns v itself for the exact type, or a new instance of the
// subclass cls that extends v.
func wrapNew(cls, exact *Type, v Object) Object {
	if cls == exact || cls == nil {
		return v
	}
	inst := NewInstance(cls)
	inst.Base = v
	return inst
}

// bytesLike returns the bytes of a bytes-like object: bytes, bytearray
// or a (live) memoryview.
func bytesLike(o Object) ([]byte, bool) {
	switch v := Unwrap(o).(type) {
	case *Bytes:
		return v.b, true
	case *ByteArray:
		return v.snapshot(), true
	case *MemoryView:
		b, err := v.data()
		return b, err == nil
	}
	return nil, false
}

// bytesOrByteArray is bytesLike without memoryview: the operands bytes
// and bytearray compare with, and ord() accepts.
func bytesOrByteArray(o Object) ([]byte, bool) {
	if _, ok := o.(*MemoryView); ok {
		return nil, false
	}
	return bytesLike(o)
}

func intNew(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	a, err := ParseArgs("int", args, kw, []string{"", "base"}, 0)
	if err != nil {
		return nil, err
	}
	if len(args) == 0 && kw.Len() > 0 && kw.Get("base") == nil {
		return nil, NewError(TypeErrorType, "'%s' is an invalid keyword argument for int()", kw.Names[0].s)
	}
	v, err := intFromArgs(th, a[0], a[1])
	if err != nil {
		return nil, err
	}
	return wrapNew(cls, IntType, v), nil
}

func intFromArgs(th *Thread, x, baseArg Object) (Object, error) {
	if x == nil {
		if baseArg != nil {
			return nil, NewError(TypeErrorType, "int() missing string argument")
		}
		return Int(0), nil
	}
	base := 10
	if baseArg != nil {
		b, err := Index(th, baseArg)
		if err != nil {
			return nil, err
		}
		bv, ok := b.(Int)
		if !ok || (bv != 0 && (bv < 2 || bv > 36)) {
			return nil, NewError(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		base = int(bv)
	}
	if s, ok := strOf(x); ok {
		return IntFromString(s, base)
	}
	if b, ok := bytesLike(x); ok {
		text := strings.TrimFunc(string(b), func(r rune) bool { return r < 0x80 && isPySpace(r) })
		for i := 0; i < len(text); i++ {
			if text[i] >= 0x80 {
				text = "\x00" // forces the error below
				break
			}
		}
		return parseIntText(text, base, truncRepr(pystr.ReprBytes(b)))
	}
	if baseArg != nil {
		return nil, NewError(TypeErrorType, "int() can't convert non-string with explicit base")
	}
	if v, ok := intOf(x); ok {
		return v, nil
	}
	if f, ok := x.(Float); ok {
		return floatToInt(float64(f))
	}
	t := x.Type()
	if t.Slots.Int != nil {
		r, err := t.Slots.Int(th, x)
		if err != nil {
			return nil, err
		}
		v, ok := intOf(r)
		if !ok {
			return nil, NewError(TypeErrorType, "__int__ returned non-int (type %s)", r.Type().Name)
		}
		return v, nil
	}
	if t.Slots.Index != nil {
		r, err := Index(th, x)
		if err != nil {
			return nil, err
		}
		v, _ := intOf(r)
		return v, nil
	}
	if tr := t.Lookup(Intern("__trunc__")); tr != nil {
		r, err := CallMethod0(th, x, Intern("__trunc__"))
		if err != nil {
			return nil, err
		}
		if v, ok := intOf(r); ok {
			return v, nil
		}
		return Index(th, r)
	}
	return nil, NewError(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", t.Name)
}

func boolNew(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	if kw.Len() > 0 {
		return nil, NewError(TypeErrorType, "bool() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, NewError(TypeErrorType, "bool expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return False, nil
	}
	b, err := Truth(th, args[0])
	return Bool(b), err
}

// parseFloatText parses Python float syntax (after whitespace stripping
// and digit conversion): decimal with optional exponent and underscores
// between digits, or inf/infinity/nan with an optional sign.
func parseFloatText(s string) (float64, bool) {
	body := s
	if body != "" && (body[0] == '+' || body[0] == '-') {
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if s[0] == '-' {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		if s[0] == '-' {
			return math.Copysign(math.NaN(), -1), true
		}
		return math.NaN(), true
	}
	// Validate: digits with single underscores between digits.
	clean := make([]byte, 0, len(s))
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		clean = append(clean, s[i])
		i++
	}
	digitsRun := func() (int, bool) {
		n := 0
		for i < len(s) {
			c := s[i]
			if c >= '0' && c <= '9' {
				clean = append(clean, c)
				n++
				i++
				continue
			}
			if c == '_' && n > 0 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				i++
				continue
			}
			break
		}
		return n, true
	}
	intDigits, _ := digitsRun()
	fracDigits := 0
	if i < len(s) && s[i] == '.' {
		clean = append(clean, '.')
		i++
		fracDigits, _ = digitsRun()
	}
	if intDigits+fracDigits == 0 {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		clean = append(clean, 'e')
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			clean = append(clean, s[i])
			i++
		}
		if n, _ := digitsRun(); n == 0 {
			return 0, false
		}
	}
	if i != len(s) {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(clean), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// FloatFromString implements float(s) for a str.
func FloatFromString(s *Str) (float64, error) {
	text, ok := toASCIIDigits(s.s)
	if ok {
		if f, ok := parseFloatText(text); ok {
			return f, nil
		}
	}
	return 0, NewError(ValueErrorType, "could not convert string to float: %s", truncRepr(pystr.ReprStr(s.s)))
}

func floatNew(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	if kw.Len() > 0 {
		return nil, NewError(TypeErrorType, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, NewError(TypeErrorType, "float expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return wrapNew(cls, FloatType, Float(0)), nil
	}
	f, err := floatFromObject(th, args[0])
	if err != nil {
		return nil, err
	}
	return wrapNew(cls, FloatType, Float(f)), nil
}

// floatFromObject implements float(x).
func floatFromObject(th *Thread, x Object) (float64, error) {
	if s, ok := strOf(x); ok {
		return FloatFromString(s)
	}
	if b, ok := bytesLike(x); ok {
		text := strings.TrimFunc(string(b), func(r rune) bool { return r < 0x80 && isPySpace(r) })
		if f, ok := parseFloatText(text); ok {
			return f, nil
		}
		return 0, NewError(ValueErrorType, "could not convert string to float: %s", truncRepr(pystr.ReprBytes(b)))
	}
	if f, ok, err := floatOf(x); ok {
		return f, err
	}
	t := x.Type()
	if t.Slots.Float != nil {
		r, err := t.Slots.Float(th, x)
		if err != nil {
			return 0, err
		}
		if !isFloat(r) {
			return 0, NewError(TypeErrorType, "%s.__float__ returned non-float (type %s)", t.Name, r.Type().Name)
		}
		f, _, _ := floatOf(r)
		return f, nil
	}
	if t.Slots.Index != nil {
		r, err := Index(th, x)
		if err != nil {
			return 0, err
		}
		v, _ := intOf(r)
		return intToFloat(v)
	}
	return 0, NewError(TypeErrorType, "float() argument must be a string or a real number, not '%s'", t.Name)
}

// parseComplexText parses complex("...") syntax.
func parseComplexText(s string) (complex128, bool) {
	s = strings.TrimFunc(s, isPySpace)
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = strings.TrimFunc(s[1:len(s)-1], isPySpace)
	}
	if s == "" {
		return 0, false
	}
	// The imaginary unit alone, with an optional sign.
	if s[len(s)-1] == 'j' || s[len(s)-1] == 'J' {
		body := s[:len(s)-1]
		// Find the split between real and imaginary parts: the last sign
		// that is not at the start and not after an exponent marker.
		split := -1
		for i := len(body) - 1; i > 0; i-- {
			if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
				split = i
				break
			}
		}
		imagPart := body
		re := 0.0
		if split > 0 {
			r, ok := parseFloatText(body[:split])
			if !ok {
				return 0, false
			}
			re = r
			imagPart = body[split:]
		}
		var im float64
		switch imagPart {
		case "", "+":
			im = 1
		case "-":
			im = -1
		default:
			v, ok := parseFloatText(imagPart)
			if !ok {
				return 0, false
			}
			im = v
		}
		return complex(re, im), true
	}
	r, ok := parseFloatText(s)
	return complex(r, 0), ok
}

// stripNumberUnderscores removes the underscores of a numeric string, each
// of which must stand between two digits (CPython's
// _Py_string_to_number_with_underscores); ok is false otherwise.
func stripNumberUnderscores(s string) (string, bool) {
	out := make([]byte, 0, len(s))
	var prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if prev < '0' || prev > '9' {
				return "", false
			}
		} else {
			if prev == '_' && (c < '0' || c > '9') {
				return "", false
			}
			out = append(out, c)
		}
		prev = c
	}
	return string(out), prev != '_'
}

func complexNew(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	a, err := ParseArgs("complex", args, kw, []string{"real", "imag"}, 0)
	if err != nil {
		return nil, err
	}
	r, i := a[0], a[1]
	if r == nil {
		r = Int(0)
	}
	if s, ok := strOf(r); ok {
		if i != nil {
			return nil, NewError(TypeErrorType, "complex() can't take second arg if first is a string")
		}
		text, ok := toASCIIDigits(s.s)
		if ok && strings.Contains(text, "_") {
			clean, valid := stripNumberUnderscores(text)
			if !valid {
				r, err := Repr(th, r)
				if err != nil {
					return nil, err
				}
				return nil, NewError(ValueErrorType, "could not convert string to complex: %s", r.String())
			}
			text = clean
		}
		c, ok2 := parseComplexText(text)
		if !ok || !ok2 {
			return nil, NewError(ValueErrorType, "complex() arg is a malformed string")
		}
		return wrapNew(cls, ComplexType, Complex(c)), nil
	}
	if i != nil {
		if _, ok := strOf(i); ok {
			return nil, NewError(TypeErrorType, "complex() second arg can't be a string")
		}
	}
	toComplex := func(o Object, which string) (complex128, error) {
		if c, ok, err := complexOf(o); ok || err != nil {
			return c, err
		}
		if cm := o.Type().Lookup(Intern("__complex__")); cm != nil {
			res, err := CallMethod0(th, o, Intern("__complex__"))
			if err != nil {
				return 0, err
			}
			if c, ok := res.(Complex); ok {
				return complex128(c), nil
			}
			return 0, NewError(TypeErrorType, "__complex__ returned non-complex (type %s)", res.Type().Name)
		}
		if o.Type().Slots.Float != nil || o.Type().Slots.Index != nil {
			f, err := floatFromObject(th, o)
			return complex(f, 0), err
		}
		return 0, NewError(TypeErrorType, "complex() %s argument must be a string or a number, not '%s'", which, o.Type().Name)
	}
	cr, err := toComplex(r, "first")
	if err != nil {
		return nil, err
	}
	if i == nil {
		return wrapNew(cls, ComplexType, Complex(cr)), nil
	}
	ci, err := toComplex(i, "second")
	if err != nil {
		if e, ok := err.(*BaseException); ok && e.Type() == TypeErrorType {
			return nil, NewError(TypeErrorType, "complex() second argument must be a number, not '%s'", i.Type().Name)
		}
		return nil, err
	}
	// complex(a, b) == a + b*1j, computed as CPython does (so that signed
	// zeros survive).
	re, im := real(cr), real(ci)
	if isComplex(i) {
		re -= imag(ci)
	}
	if isComplex(r) {
		im += imag(cr)
	}
	return wrapNew(cls, ComplexType, Complex(complex(re, im))), nil
}

// indexArg converts an argument with __index__, with CPython's TypeError.
func indexArg(th *Thread, o Object) (Object, error) {
	if v, ok := intOf(o); ok {
		return v, nil
	}
	r, err := Index(th, o)
	if err != nil {
		return nil, err
	}
	v, _ := intOf(r)
	return v, nil
}

func builtinChr(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) {
	if err := OneArg("chr", args, kw); err != nil {
		return nil, err
	}
	v, err := indexArg(th, args[0])
	if err != nil {
		return nil, err
	}
	x, ok := v.(Int)
	if !ok || x > math.MaxInt32 || x < math.MinInt32 {
		return nil, NewError(OverflowErrorType, "Python int too large to convert to C int")
	}
	if x < 0 || x > 0x10ffff {
		return nil, NewError(ValueErrorType, "chr() arg not in range(0x110000)")
	}
	return charStr(rune(x)), nil
}

func builtinOrd(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) {
	if err := OneArg("ord", args, kw); err != nil {
		return nil, err
	}
	if s, ok := strOf(args[0]); ok {
		if n := s.Len(); n != 1 {
			return nil, NewError(TypeErrorType, "ord() expected a character, but string of length %d found", n)
		}
		return Int(s.at(0)), nil
	}
	if b, ok := bytesOrByteArray(args[0]); ok {
		if len(b) != 1 {
			return nil, NewError(TypeErrorType, "ord() expected a character, but string of length %d found", len(b))
		}
		return Int(b[0]), nil
	}
	return nil, NewError(TypeErrorType, "ord() expected string of length 1, but %s found", args[0].Type().Name)
}

func baseBuiltin(name string, base int) *BuiltinFunction {
	return NewBuiltin(name, func(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg(name, args, kw); err != nil {
			return nil, err
		}
		v, err := indexArg(th, args[0])
		if err != nil {
			return nil, err
		}
		return newStrASCII(intToBase(v, base)), nil
	})
}

// intRound is round(int, ndigits) for negative ndigits: round half to
// even to a multiple of 10**-ndigits.
func intRound(v Object, ndigits Object) Object {
	if intSign(ndigits) >= 0 {
		return v
	}
	nd, ok := ndigits.(Int)
	if !ok || nd < -100000 {
		return Int(0)
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-nd)), nil)
	r := new(big.Rat).SetFrac(bigOf(v), pow)
	q := ratRoundHalfEven(r)
	return NewIntFromBig(q.Mul(q, pow))
}

func builtinRound(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) {
	a, err := ParseArgs("round", args, kw, []string{"number", "ndigits"}, 1)
	if err != nil {
		return nil, err
	}
	x, nd := a[0], a[1]
	if nd == None {
		nd = nil
	}
	var ndv Object
	if nd != nil {
		if ndv, err = indexArg(th, nd); err != nil {
			return nil, err
		}
	}
	if v, ok := intOf(x); ok && x.Type().Flags&FlagHeapType == 0 {
		if ndv == nil {
			return v, nil
		}
		return intRound(v, ndv), nil
	}
	if isFloat(x) && x.Type().Flags&FlagHeapType == 0 {
		f, _, _ := floatOf(x)
		if ndv == nil {
			return floatToInt(math.RoundToEven(f))
		}
		n := int64(math.MaxInt64)
		if v, ok := ndv.(Int); ok {
			n = int64(v)
		} else if intSign(ndv) < 0 {
			n = math.MinInt64
		}
		r, err := floatRound(f, n)
		if err != nil {
			return nil, err
		}
		return Float(r), nil
	}
	name := Intern("__round__")
	if x.Type().Lookup(name) == nil {
		return nil, NewError(TypeErrorType, "type %s doesn't define __round__ method", x.Type().Name)
	}
	if nd == nil {
		return CallMethod0(th, x, name)
	}
	return CallMethod1(th, x, name, nd)
}

func init() {
	RegisterBuiltin("int", IntType)
	RegisterBuiltin("bool", BoolType)
	RegisterBuiltin("float", FloatType)
	RegisterBuiltin("complex", ComplexType)
	RegisterBuiltin("chr", NewBuiltin("chr", builtinChr))
	RegisterBuiltin("ord", NewBuiltin("ord", builtinOrd))
	RegisterBuiltin("bin", baseBuiltin("bin", 2))
	RegisterBuiltin("oct", baseBuiltin("oct", 8))
	RegisterBuiltin("hex", baseBuiltin("hex", 16))
	RegisterBuiltin("round", NewBuiltin("round", builtinRound))
	DefBuiltin("abs", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("abs", args, kw); err != nil {
			return nil, err
		}
		return Abs(th, args[0])
	})
	DefBuiltin("divmod", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("divmod", args, kw, 2, 2); err != nil {
			return nil, err
		}
		return DivMod(th, args[0], args[1])
	})
	DefBuiltin("pow", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("pow", args, kw, []string{"base", "exp", "mod"}, 2)
		if err != nil {
			return nil, err
		}
		if a[2] == nil || a[2] == None {
			return Pow(th, a[0], a[1])
		}
		return PowMod(th, a[0], a[1], a[2])
	})
	DefBuiltin("ascii", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("ascii", args, kw); err != nil {
			return nil, err
		}
		return ASCII(th, args[0])
	})
	DefBuiltin("format", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("format", args, kw, []string{"value", "format_spec"}, 1)
		if err != nil {
			return nil, err
		}
		spec := EmptyStr
		if a[1] != nil {
			s, ok := strOf(a[1])
			if !ok {
				return nil, NewError(TypeErrorType, "format() argument 2 must be str, not %s", a[1].Type().Name)
			}
			spec = s
		}
		return Format(th, a[0], spec)
	})
}
