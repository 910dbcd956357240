package py

import (
	"math"
	"testing"
)

// kwCase builds recv.name(args..., **kw) with keyword arguments.
func kwCase(recv Object, name string, args []Object, kwNames []string, kwVals []Object) oracleCase {
	expr := pySrc(recv) + "." + name + "("
	for i, a := range args {
		if i > 0 {
			expr += ", "
		}
		expr += pySrc(a)
	}
	var kw *KwArgs
	if len(kwNames) > 0 {
		kw = &KwArgs{}
		for i, n := range kwNames {
			if len(args) > 0 || i > 0 {
				expr += ", "
			}
			expr += n + "=" + pySrc(kwVals[i])
			kw.Names = append(kw.Names, Intern(n))
			kw.Values = append(kw.Values, kwVals[i])
		}
	}
	expr += ")"
	return oracleCase{expr, func(th *Thread) (Object, error) { return CallMethod(th, recv, Intern(name), args, kw) }}
}

func TestNumberMethods(t *testing.T) {
	var cases []oracleCase
	big := NewStr("big")
	little := NewStr("little")
	for _, v := range []Object{Int(0), Int(1), Int(-1), Int(255), Int(-129), Int(65535), bigInt("-340282366920938463463374607431768211455"), Int(math.MinInt64)} {
		cases = append(cases,
			methodCase(v, "bit_count"),
			methodCase(v, "bit_length"),
			methodCase(v, "as_integer_ratio"),
			methodCase(v, "conjugate"),
			methodCase(v, "__round__", Int(-1)),
			kwCase(v, "to_bytes", []Object{Int(2), big}, nil, nil),
			kwCase(v, "to_bytes", []Object{Int(17), little}, []string{"signed"}, []Object{True}),
			kwCase(v, "to_bytes", []Object{Int(1)}, []string{"byteorder", "signed"}, []Object{big, True}),
		)
	}
	for _, b := range []string{"", "\x00", "\xff", "\x80\x00", "\x01\x02\x03\x04\x05\x06\x07\x08\x09"} {
		bb := NewBytes([]byte(b))
		cases = append(cases,
			kwCase(IntType, "from_bytes", []Object{bb, big}, nil, nil),
			kwCase(IntType, "from_bytes", []Object{bb, little}, []string{"signed"}, []Object{True}),
			kwCase(bb, "hex", nil, nil, nil),
		)
	}
	for _, f := range []float64{0, -0.0, 1.5, -2.75, 1e300, 5e-324, 0.1, math.Inf(1), math.NaN(), 1 << 60} {
		v := Float(f)
		cases = append(cases,
			methodCase(v, "hex"),
			methodCase(v, "as_integer_ratio"),
			methodCase(v, "is_integer"),
			methodCase(v, "__trunc__"),
			methodCase(v, "__floor__"),
			methodCase(v, "__ceil__"),
			methodCase(v, "__round__", Int(1)),
		)
	}
	for _, s := range []string{"0x1.8p1", "-0x1p-1074", "0x1.fffffffffffffp+1023", "0x1p+1024", "inf", "-nan", "1.8", "0X.8p0", "0x1_0", " 0x10 ", "x"} {
		cases = append(cases, kwCase(FloatType, "fromhex", []Object{NewStr(s)}, nil, nil))
	}
	for _, c := range []Object{NewComplex(1, 2), NewComplex(-0.0, 3)} {
		cases = append(cases, methodCase(c, "conjugate"))
	}
	n := checkOracle(t, cases)
	t.Logf("%d number method cases", n)
}
