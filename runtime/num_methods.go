package py

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
)

// The methods and attributes of int, float and complex.

func selfInt(o Object) Object {
	v, _ := intOf(o)
	return v
}

func selfFloat(o Object) float64 {
	f, _, _ := floatOf(o)
	return f
}

func intToBytes(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
	a, err := ParseArgs("to_bytes", args, kw, []string{"length", "byteorder", "$signed"}, 0)
	if err != nil {
		return nil, err
	}
	v := selfInt(self)
	length := 1
	if a[0] != nil {
		n, err := indexArg(th, a[0])
		if err != nil {
			return nil, err
		}
		x, ok := n.(Int)
		if !ok || x < 0 {
			return nil, NewError(ValueErrorType, "length argument must be non-negative")
		}
		length = int(x)
	}
	order := "big"
	if a[1] != nil {
		s, ok := strOf(a[1])
		if !ok {
			return nil, NewError(TypeErrorType, "to_bytes() argument 'byteorder' must be str, not %s", a[1].Type().Name)
		}
		order = s.s
	}
	if order != "big" && order != "little" {
		return nil, NewError(ValueErrorType, "byteorder must be either 'little' or 'big'")
	}
	signed := false
	if a[2] != nil {
		if signed, err = Truth(th, a[2]); err != nil {
			return nil, err
		}
	}
	b := new(big.Int).Set(bigOf(v))
	if b.Sign() < 0 {
		if !signed {
			return nil, NewError(OverflowErrorType, "can't convert negative int to unsigned")
		}
		// Two's complement in length bytes.
		mod := new(big.Int).Lsh(big.NewInt(1), uint(8*length))
		if new(big.Int).Neg(b).Cmp(new(big.Int).Rsh(mod, 1)) > 0 {
			return nil, NewError(OverflowErrorType, "int too big to convert")
		}
		b.Add(b, mod)
	} else if signed && length > 0 && b.BitLen() >= 8*length || !signed && b.BitLen() > 8*length || length == 0 && b.Sign() != 0 {
		return nil, NewError(OverflowErrorType, "int too big to convert")
	}
	out := b.FillBytes(make([]byte, length))
	if order == "little" {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return NewBytes(out), nil
}

func intFromBytes(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
	a, err := ParseArgs("from_bytes", args, kw, []string{"bytes", "byteorder", "$signed"}, 1)
	if err != nil {
		return nil, err
	}
	data, ok := bytesLike(a[0])
	if !ok {
		data, err = bytesFromObject(th, a[0], "bytes")
		if err != nil {
			return nil, err
		}
	}
	order := "big"
	if a[1] != nil {
		s, ok := strOf(a[1])
		if !ok {
			return nil, NewError(TypeErrorType, "from_bytes() argument 'byteorder' must be str, not %s", a[1].Type().Name)
		}
		order = s.s
	}
	if order != "big" && order != "little" {
		return nil, NewError(ValueErrorType, "byteorder must be either 'little' or 'big'")
	}
	signed := false
	if a[2] != nil {
		if signed, err = Truth(th, a[2]); err != nil {
			return nil, err
		}
	}
	be := append([]byte(nil), data...)
	if order == "little" {
		for i, j := 0, len(be)-1; i < j; i, j = i+1, j-1 {
			be[i], be[j] = be[j], be[i]
		}
	}
	b := new(big.Int).SetBytes(be)
	if signed && len(be) > 0 && be[0]&0x80 != 0 {
		b.Sub(b, new(big.Int).Lsh(big.NewInt(1), uint(8*len(be))))
	}
	v := NewIntFromBig(b)
	if cls != IntType {
		return Call(th, cls, []Object{v}, nil)
	}
	return v, nil
}

// floatAsRatio is float.as_integer_ratio().
func floatAsRatio(f float64) (Object, error) {
	if math.IsInf(f, 0) {
		return nil, NewError(OverflowErrorType, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, NewError(ValueErrorType, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return NewTuple([]Object{NewIntFromBig(new(big.Int).Set(r.Num())), NewIntFromBig(new(big.Int).Set(r.Denom()))}), nil
}

// floatHex is float.hex(): '0x1.8000000000000p+1'.
func floatHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(f)
	exp := int(b>>52) & 0x7ff
	mant := b & (1<<52 - 1)
	lead := "1"
	if exp == 0 {
		lead = "0"
		exp = -1022
	} else {
		exp -= 1023
	}
	m := strconv.FormatUint(mant, 16)
	m = strings.Repeat("0", 13-len(m)) + m
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + lead + "." + m + "p" + es
}

// floatFromHex is float.fromhex(s).
func floatFromHex(s string) (float64, error) {
	t := strings.TrimFunc(s, isPySpace)
	bad := func() error {
		return NewError(ValueErrorType, "invalid hexadecimal floating-point string")
	}
	if f, ok := parseFloatText(t); ok && strings.ContainsAny(strings.ToLower(t), "in") {
		return f, nil
	}
	body := t
	sign := ""
	if body != "" && (body[0] == '+' || body[0] == '-') {
		sign, body = body[:1], body[1:]
	}
	if len(body) > 2 && body[0] == '0' && body[1]|0x20 == 'x' {
		body = body[2:]
	}
	if body == "" || strings.ContainsAny(body, "_ ") {
		return 0, bad()
	}
	if !strings.ContainsAny(body, "pP") {
		body += "p0"
	}
	f, err := strconv.ParseFloat(sign+"0x"+body, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && math.IsInf(f, 0) {
			return 0, NewError(OverflowErrorType, "hexadecimal value too large to represent as a float")
		} else if !ok || ne.Err != strconv.ErrRange {
			return 0, bad()
		}
	}
	return f, nil
}

func init() {
	for _, t := range []*Type{IntType} {
		DefMethod(t, "bit_length", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := NoArgs("int.bit_length", args, kw); err != nil {
				return nil, err
			}
			return Int(intBitLen(selfInt(self))), nil
		})
		DefMethod(t, "bit_count", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := NoArgs("int.bit_count", args, kw); err != nil {
				return nil, err
			}
			v := selfInt(self)
			if x, ok := v.(Int); ok {
				u := uint64(x)
				if x < 0 {
					u = -u
				}
				return Int(bits.OnesCount64(u)), nil
			}
			n := 0
			for _, w := range new(big.Int).Abs(bigOf(v)).Bits() {
				n += bits.OnesCount(uint(w))
			}
			return Int(n), nil
		})
		DefMethod(t, "to_bytes", intToBytes)
		DefClassMethod(t, "from_bytes", intFromBytes)
		DefMethod(t, "as_integer_ratio", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := NoArgs("int.as_integer_ratio", args, kw); err != nil {
				return nil, err
			}
			return NewTuple([]Object{selfInt(self), Int(1)}), nil
		})
		DefMethod(t, "conjugate", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := NoArgs("int.conjugate", args, kw); err != nil {
				return nil, err
			}
			return selfInt(self), nil
		})
		for _, name := range []string{"__trunc__", "__floor__", "__ceil__", "__int__", "__index__"} {
			DefMethod(t, name, func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
				if err := NoArgs("int."+name, args, kw); err != nil {
					return nil, err
				}
				return selfInt(self), nil
			})
		}
		DefMethod(t, "__round__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := ArgRange("__round__", args, kw, 0, 1); err != nil {
				return nil, err
			}
			if len(args) == 0 || args[0] == None {
				return selfInt(self), nil
			}
			nd, err := indexArg(th, args[0])
			if err != nil {
				return nil, err
			}
			return intRound(selfInt(self), nd), nil
		})
		DefMethod(t, "__format__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			if err := OneArg("int.__format__", args, kw); err != nil {
				return nil, err
			}
			spec, ok := strOf(args[0])
			if !ok {
				return nil, NewError(TypeErrorType, "__format__() argument must be str, not %s", args[0].Type().Name)
			}
			return intFormatSlot(th, self, spec)
		})
		DefGetter(t, "real", func(th *Thread, self Object) (Object, error) { return selfInt(self), nil })
		DefGetter(t, "imag", func(th *Thread, self Object) (Object, error) { return Int(0), nil })
		DefGetter(t, "numerator", func(th *Thread, self Object) (Object, error) { return selfInt(self), nil })
		DefGetter(t, "denominator", func(th *Thread, self Object) (Object, error) { return Int(1), nil })
	}

	ft := FloatType
	DefMethod(ft, "is_integer", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("float.is_integer", args, kw); err != nil {
			return nil, err
		}
		f := selfFloat(self)
		return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
	})
	DefMethod(ft, "as_integer_ratio", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("float.as_integer_ratio", args, kw); err != nil {
			return nil, err
		}
		return floatAsRatio(selfFloat(self))
	})
	DefMethod(ft, "hex", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("float.hex", args, kw); err != nil {
			return nil, err
		}
		return newStrASCII(floatHex(selfFloat(self))), nil
	})
	DefClassMethod(ft, "fromhex", func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("float.fromhex", args, kw); err != nil {
			return nil, err
		}
		s, ok := strOf(args[0])
		if !ok {
			return nil, NewError(TypeErrorType, "fromhex() argument must be str, not %s", args[0].Type().Name)
		}
		f, err := floatFromHex(s.s)
		if err != nil {
			return nil, err
		}
		if cls != FloatType {
			return Call(th, cls, []Object{Float(f)}, nil)
		}
		return Float(f), nil
	})
	DefMethod(ft, "conjugate", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("float.conjugate", args, kw); err != nil {
			return nil, err
		}
		return Float(selfFloat(self)), nil
	})
	for name, fn := range map[string]func(float64) float64{"__trunc__": math.Trunc, "__floor__": math.Floor, "__ceil__": math.Ceil} {
		fn := fn
		DefMethod(ft, name, func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
			return floatToInt(fn(selfFloat(self)))
		})
	}
	DefMethod(ft, "__round__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("__round__", args, kw, 0, 1); err != nil {
			return nil, err
		}
		return builtinRound(th, nil, append([]Object{Float(selfFloat(self))}, args...), nil)
	})
	DefMethod(ft, "__format__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("float.__format__", args, kw); err != nil {
			return nil, err
		}
		spec, ok := strOf(args[0])
		if !ok {
			return nil, NewError(TypeErrorType, "__format__() argument must be str, not %s", args[0].Type().Name)
		}
		return floatFormatSlot(th, self, spec)
	})
	DefGetter(ft, "real", func(th *Thread, self Object) (Object, error) { return Float(selfFloat(self)), nil })
	DefGetter(ft, "imag", func(th *Thread, self Object) (Object, error) { return Float(0), nil })

	ct := ComplexType
	val := func(o Object) complex128 {
		c, _, _ := complexOf(o)
		return c
	}
	DefMethod(ct, "conjugate", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := NoArgs("complex.conjugate", args, kw); err != nil {
			return nil, err
		}
		c := val(self)
		return Complex(complex(real(c), -imag(c))), nil
	})
	DefMethod(ct, "__format__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("complex.__format__", args, kw); err != nil {
			return nil, err
		}
		spec, ok := strOf(args[0])
		if !ok {
			return nil, NewError(TypeErrorType, "__format__() argument must be str, not %s", args[0].Type().Name)
		}
		return complexFormatSlot(th, self, spec)
	})
	// complex.real and .imag are read-only members in CPython, whose
	// assignment error differs from a getter's.
	readonly := func(th *Thread, self Object, value Object) error {
		return NewError(AttributeErrorType, "readonly attribute")
	}
	DefGetSet(ct, "real", func(th *Thread, self Object) (Object, error) { return Float(real(val(self))), nil }, readonly)
	DefGetSet(ct, "imag", func(th *Thread, self Object) (Object, error) { return Float(imag(val(self))), nil }, readonly)
}
