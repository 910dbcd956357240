package py

import (
	"math"
	"strings"
	"testing"
)

// methodCase builds the case recv.name(args...).
func methodCase(recv Object, name string, args ...Object) oracleCase {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = pySrc(a)
	}
	expr := pySrc(recv) + "." + name + "(" + strings.Join(parts, ", ") + ")"
	return oracleCase{expr, func(th *Thread) (Object, error) {
		return CallMethod(th, recv, Intern(name), args, nil)
	}}
}

var testStrs = []string{"", "a", "hello world", "  Hello World  ", "ABC def", "ß straße", "ǅungla", "ΣΑΣ ΟΔΟΣ.", "İstanbul",
	"ﬁne ﬂy", "a\tb\tc", "line1\nline2\r\nline3\rline4\x1c5\u2028", "x,y,,z", "١٢٣", "½", "²", "🎉 emoji 🎉",
	"MiXeD cAsE", "tItLe Case", "hello_world2", "2abc", "   ", "\x00\x7f", "a" + strings.Repeat("é", 40) + "b"}

func TestStrMethods(t *testing.T) {
	var cases []oracleCase
	noArg := []string{"upper", "lower", "casefold", "title", "capitalize", "swapcase", "isascii", "isalpha", "isalnum",
		"isdecimal", "isdigit", "isnumeric", "isspace", "isprintable", "isidentifier", "islower", "isupper", "istitle",
		"strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "expandtabs"}
	for _, s := range testStrs {
		x := NewStr(s)
		for _, m := range noArg {
			cases = append(cases, methodCase(x, m))
		}
		cases = append(cases,
			methodCase(x, "splitlines", True),
			methodCase(x, "expandtabs", Int(4)),
			methodCase(x, "center", Int(30), NewStr("*")),
			methodCase(x, "center", Int(31)),
			methodCase(x, "ljust", Int(20), NewStr("é")),
			methodCase(x, "rjust", Int(20)),
			methodCase(x, "zfill", Int(12)),
			methodCase(x, "split", NewStr(","), Int(1)),
			methodCase(x, "rsplit", None, Int(1)),
			methodCase(x, "split", NewStr("l")),
			methodCase(x, "rsplit", NewStr("l"), Int(1)),
			methodCase(x, "partition", NewStr("l")),
			methodCase(x, "rpartition", NewStr("l")),
			methodCase(x, "find", NewStr("l")),
			methodCase(x, "rfind", NewStr("l")),
			methodCase(x, "find", NewStr("é"), Int(3)),
			methodCase(x, "find", NewStr(""), Int(-2), Int(100)),
			methodCase(x, "index", NewStr("o")),
			methodCase(x, "rindex", NewStr("o"), Int(0), Int(-1)),
			methodCase(x, "count", NewStr("l")),
			methodCase(x, "count", NewStr("")),
			methodCase(x, "count", NewStr("é"), Int(2), Int(30)),
			methodCase(x, "startswith", NewStr("he")),
			methodCase(x, "startswith", NewTuple([]Object{NewStr("x"), NewStr("a")}), Int(0)),
			methodCase(x, "endswith", NewStr("d"), Int(-5)),
			methodCase(x, "replace", NewStr("l"), NewStr("LL")),
			methodCase(x, "replace", NewStr(""), NewStr("-"), Int(3)),
			methodCase(x, "replace", NewStr("é"), NewStr("")),
			methodCase(x, "strip", NewStr("a ")),
			methodCase(x, "removeprefix", NewStr("he")),
			methodCase(x, "removesuffix", NewStr("d")),
			methodCase(x, "encode"),
			methodCase(x, "encode", NewStr("ascii"), NewStr("replace")),
			methodCase(x, "encode", NewStr("latin-1"), NewStr("backslashreplace")),
			methodCase(x, "encode", NewStr("ascii")),
			methodCase(x, "encode", NewStr("utf8"), NewStr("xmlcharrefreplace")),
			methodCase(NewStr("-"), "join", NewTuple([]Object{x, x})),
			methodCase(x, "__len__"),
		)
		for _, k := range []Object{Int(0), Int(-1), Int(3), NewSlice(Int(1), Int(-1), nil), NewSlice(nil, nil, Int(-1)), NewSlice(Int(1), nil, Int(3))} {
			k := k
			var ks string
			switch v := k.(type) {
			case *Slice:
				f := func(o Object) string {
					if o == None {
						return ""
					}
					return pySrc(o)
				}
				ks = f(v.Start) + ":" + f(v.Stop) + ":" + f(v.Step)
			default:
				ks = pySrc(k)
			}
			cases = append(cases, oracleCase{pySrc(x) + "[" + ks + "]", func(th *Thread) (Object, error) { return GetItem(th, x, k) }})
		}
	}
	// Errors.
	a := NewStr("abc")
	cases = append(cases,
		methodCase(a, "center", Int(5), NewStr("ab")),
		methodCase(a, "join", NewTuple([]Object{Int(1)})),
		methodCase(a, "split", NewStr("")),
		methodCase(a, "index", NewStr("z")),
		methodCase(a, "startswith", Int(1)),
		methodCase(a, "find", Int(1)),
		methodCase(a, "upper", Int(1)),
		methodCase(a, "replace", NewStr("a")),
		oracleCase{"'abc' + 1", func(th *Thread) (Object, error) { return Add(th, a, Int(1)) }},
		oracleCase{"'abc' * 3", func(th *Thread) (Object, error) { return Mul(th, a, Int(3)) }},
		oracleCase{"2 * 'abc'", func(th *Thread) (Object, error) { return Mul(th, Int(2), a) }},
		oracleCase{"'abc' * 1.5", func(th *Thread) (Object, error) { return Mul(th, a, Float(1.5)) }},
		oracleCase{"'abc'[5]", func(th *Thread) (Object, error) { return GetItem(th, a, Int(5)) }},
		oracleCase{"'abc' < 'abd'", func(th *Thread) (Object, error) { return Compare(th, OpLT, a, NewStr("abd")) }},
		oracleCase{"'é' > 'z'", func(th *Thread) (Object, error) { return Compare(th, OpGT, NewStr("é"), NewStr("z")) }},
		oracleCase{"str.maketrans('ab', 'xy', 'c')", func(th *Thread) (Object, error) {
			return strMaketrans(th, []Object{NewStr("ab"), NewStr("xy"), NewStr("c")}, nil)
		}},
		oracleCase{"'abcabc'.translate(str.maketrans('ab', 'xy', 'c'))", func(th *Thread) (Object, error) {
			tab, err := strMaketrans(th, []Object{NewStr("ab"), NewStr("xy"), NewStr("c")}, nil)
			if err != nil {
				return nil, err
			}
			return CallMethod1(th, NewStr("abcabc"), Intern("translate"), tab)
		}},
		oracleCase{"b'a\\xffb\\xe2\\x82'.decode('utf-8', 'replace')", func(th *Thread) (Object, error) {
			return CallMethod2(th, NewBytes([]byte("a\xffb\xe2\x82")), Intern("decode"), NewStr("utf-8"), NewStr("replace"))
		}},
		oracleCase{"b'a\\xffb\\xe2\\x82'.decode('utf-8', 'surrogateescape')", func(th *Thread) (Object, error) {
			return CallMethod2(th, NewBytes([]byte("a\xffb\xe2\x82")), Intern("decode"), NewStr("utf-8"), NewStr("surrogateescape"))
		}},
		oracleCase{"b'a\\xe2\\x82b'.decode()", func(th *Thread) (Object, error) {
			return CallMethod0(th, NewBytes([]byte("a\xe2\x82b")), Intern("decode"))
		}},
		oracleCase{"b'\\xe9'.decode('ascii')", func(th *Thread) (Object, error) {
			return CallMethod1(th, NewBytes([]byte("\xe9")), Intern("decode"), NewStr("ascii"))
		}},
		oracleCase{"'aé€'.encode('ascii')", func(th *Thread) (Object, error) {
			return CallMethod1(th, NewStr("aé€"), Intern("encode"), NewStr("ascii"))
		}},
	)
	n := checkOracle(t, cases)
	t.Logf("%d str cases", n)
}

func TestFormatting(t *testing.T) {
	values := []Object{Int(0), Int(42), Int(-42), Int(1234567), bigInt("-123456789012345678901234567890"), True,
		Float(0), Float(-0.0), Float(3.14159), Float(-1234.5678), Float(1e16), Float(1.5e-7), Float(math.Inf(1)), Float(math.NaN()),
		NewComplex(1, -2), NewComplex(0, 3.5), NewStr("abc"), NewStr("héllo")}
	specs := []string{"", "d", "5", "<8", ">8", "^9", "*^9", "=+10", "+", " ", "-", "08", "010,", ",", "_", "_x", "#x", "#X", "#o", "#b", "x",
		"c", "n", ".3", ".2f", ">10.3f", "e", ".0e", "#.0e", "E", "g", ".3g", "#g", "G", "%", ".1%", "10.2%", "f", ",.2f", "012,.1f",
		"z.1f", "#", ".0", "s", ".2s", ">5s", "=5", "_b", ",d", "07.2f", "+.3e", "0=8", "x<8", "-^7", ".10", ".2", "20,.3f"}
	var cases []oracleCase
	for _, v := range values {
		for _, s := range specs {
			v, s := v, s
			cases = append(cases, oracleCase{"format(" + pySrc(v) + ", " + pySrc(NewStr(s)) + ")", func(th *Thread) (Object, error) {
				return Format(th, v, NewStr(s))
			}})
		}
	}
	// printf-style.
	pct := []struct {
		f    string
		args Object
	}{
		{"%5.2f", Float(3.14159)}, {"%-10s|", NewStr("ab")}, {"%r", NewStr("x'y")}, {"%d", Float(1.7)}, {"%x", Int(255)},
		{"%#x", Int(255)}, {"%#o", Int(8)}, {"%.3d", Int(-5)}, {"%+05d", Int(5)}, {"%5.1s|", NewStr("abc")}, {"%c", Int(233)},
		{"%c", NewStr("é")}, {"%e", Float(12345.678)}, {"%#g", Float(1.0)}, {"%g", Float(1e20)}, {"%G", Float(1e-20)},
		{"%x", bigInt("1180591620717411303424")}, {"%a", NewStr("é")}, {"%s %s", NewTuple([]Object{Int(1)})},
		{"%s", NewTuple([]Object{Int(1), Int(2)})}, {"%d", NewStr("x")}, {"%x", Float(1.5)}, {"%f", NewStr("x")},
		{"%y", Int(1)}, {"%", EmptyTuple}, {"%s%%", NewTuple([]Object{Int(5)})}, {"%05f", Float(2.5)}, {"%i%%", True},
		{"%-+8.3f|", Float(-2.0)}, {"% d", Int(3)}, {"%o", Int(-8)}, {"%10r", None}, {"%.0f", Float(2.5)}, {"%.0f", Float(3.5)},
	}
	for _, p := range pct {
		p := p
		cases = append(cases, oracleCase{pySrc(NewStr(p.f)) + " % " + pySrc(p.args), func(th *Thread) (Object, error) {
			return Mod(th, NewStr(p.f), p.args)
		}})
	}
	cases = append(cases, oracleCase{"'%(a)s-%(b)r' % {'a': 1, 'b': 'x'}", func(th *Thread) (Object, error) {
		d := NewDict()
		_ = d.SetItem(th, NewStr("a"), Int(1))
		_ = d.SetItem(th, NewStr("b"), NewStr("x"))
		return Mod(th, NewStr("%(a)s-%(b)r"), d)
	}}, oracleCase{"b'%s-%d-%x' % (b'ab', 5, 255)", func(th *Thread) (Object, error) {
		return Mod(th, NewBytes([]byte("%s-%d-%x")), NewTuple([]Object{NewBytes([]byte("ab")), Int(5), Int(255)}))
	}})
	// str.format.
	fmts := []struct {
		f    string
		args []Object
	}{
		{"{} {}", []Object{Int(1), NewStr("a")}}, {"{1}{0}", []Object{Int(1), Int(2)}}, {"{0!r:>10}", []Object{NewStr("x")}},
		{"{:{}}", []Object{Int(5), Int(8)}}, {"{:>{}.{}f}", []Object{Float(3.14159), Int(10), Int(2)}}, {"{{}} {}", []Object{Int(1)}},
		{"}", nil}, {"{", nil}, {"{0}{}", []Object{Int(1), Int(2)}}, {"{}{0}", []Object{Int(1), Int(2)}}, {"{2}", []Object{Int(1)}},
		{"{0[1]}", []Object{NewTuple([]Object{Int(5), Int(6)})}}, {"{0.real}", []Object{NewComplex(1, 2)}}, {"{!x}", []Object{Int(1)}},
		{"{:,}", []Object{Int(1234567)}}, {"{:_x}", []Object{Int(1234567)}}, {"{!a}", []Object{NewStr("é")}}, {"{:}", []Object{Float(1.5)}},
		{"{0:{1}{2}}", []Object{Int(42), NewStr(">"), Int(6)}}, {"{a}", nil}, {"x{}y", []Object{None}},
	}
	for _, f := range fmts {
		f := f
		parts := make([]string, len(f.args))
		for i, a := range f.args {
			parts[i] = pySrc(a)
		}
		cases = append(cases, oracleCase{pySrc(NewStr(f.f)) + ".format(" + strings.Join(parts, ", ") + ")", func(th *Thread) (Object, error) {
			return CallMethod(th, NewStr(f.f), Intern("format"), f.args, nil)
		}})
	}
	n := checkOracle(t, cases)
	t.Logf("%d formatting cases", n)
}

func TestBytes(t *testing.T) {
	bs := []Object{NewBytes([]byte("hello world")), NewBytes([]byte("  a,b,,c  ")), NewBytes([]byte("\x00\xff'\"")), NewBytes(nil), NewBytes([]byte("Title case"))}
	var cases []oracleCase
	for _, b := range bs {
		cases = append(cases, oracleCase{pySrc(b), func(th *Thread) (Object, error) { return b, nil }})
		for _, m := range []string{"upper", "lower", "title", "capitalize", "swapcase", "strip", "split", "isalpha", "isspace", "islower", "hex", "decode"} {
			cases = append(cases, methodCase(b, m))
		}
		cases = append(cases,
			methodCase(b, "split", NewBytes([]byte(","))),
			methodCase(b, "find", NewBytes([]byte("o"))),
			methodCase(b, "find", Int(111)),
			methodCase(b, "count", NewBytes([]byte("l"))),
			methodCase(b, "replace", NewBytes([]byte("l")), NewBytes([]byte("L"))),
			methodCase(b, "startswith", NewBytes([]byte("he"))),
			methodCase(b, "center", Int(20), NewBytes([]byte("-"))),
			methodCase(b, "partition", NewBytes([]byte(" "))),
			methodCase(b, "hex", NewStr(":"), Int(2)),
			methodCase(NewBytes([]byte(", ")), "join", NewTuple([]Object{b, b})),
			oracleCase{pySrc(b) + "[1]", func(th *Thread) (Object, error) { return GetItem(th, b, Int(1)) }},
			oracleCase{pySrc(b) + "[::-1]", func(th *Thread) (Object, error) { return GetItem(th, b, NewSlice(nil, nil, Int(-1))) }},
			oracleCase{pySrc(b) + " + b'!'", func(th *Thread) (Object, error) { return Add(th, b, NewBytes([]byte("!"))) }},
			oracleCase{pySrc(b) + " * 2", func(th *Thread) (Object, error) { return Mul(th, b, Int(2)) }},
			oracleCase{"bytearray(" + pySrc(b) + ")", func(th *Thread) (Object, error) { return Call(th, ByteArrayType, []Object{b}, nil) }},
			oracleCase{"str(" + pySrc(b) + ")", func(th *Thread) (Object, error) { return StrOf(th, b) }},
		)
	}
	cases = append(cases,
		oracleCase{"bytes(3)", func(th *Thread) (Object, error) { return Call(th, BytesType, []Object{Int(3)}, nil) }},
		oracleCase{"bytes([1, 2, 255])", func(th *Thread) (Object, error) {
			return Call(th, BytesType, []Object{NewList([]Object{Int(1), Int(2), Int(255)})}, nil)
		}},
		oracleCase{"bytes([256])", func(th *Thread) (Object, error) {
			return Call(th, BytesType, []Object{NewList([]Object{Int(256)})}, nil)
		}},
		oracleCase{"bytes('é', 'utf-8')", func(th *Thread) (Object, error) {
			return Call(th, BytesType, []Object{NewStr("é"), NewStr("utf-8")}, nil)
		}},
		oracleCase{"bytes('é')", func(th *Thread) (Object, error) { return Call(th, BytesType, []Object{NewStr("é")}, nil) }},
		oracleCase{"bytes.fromhex('de ad BE EF')", func(th *Thread) (Object, error) {
			return CallMethod1(th, BytesType, Intern("fromhex"), NewStr("de ad BE EF"))
		}},
		oracleCase{"(lambda a: (a.append(65), a.extend(b'bc'), a.insert(0, 122), a.pop(), a.reverse(), a)[-1])(bytearray(b'xy'))", func(th *Thread) (Object, error) {
			a := NewByteArray([]byte("xy"))
			steps := []struct {
				m    string
				args []Object
			}{{"append", []Object{Int(65)}}, {"extend", []Object{NewBytes([]byte("bc"))}}, {"insert", []Object{Int(0), Int(122)}}, {"pop", nil}, {"reverse", nil}}
			for _, s := range steps {
				if _, err := CallMethod(th, a, Intern(s.m), s.args, nil); err != nil {
					return nil, err
				}
			}
			return a, nil
		}},
		oracleCase{"(lambda a: (a.__setitem__(slice(1, 3), b'XYZ'), a)[-1])(bytearray(b'abcdef'))", func(th *Thread) (Object, error) {
			a := NewByteArray([]byte("abcdef"))
			if err := SetItem(th, a, NewSlice(Int(1), Int(3), nil), NewBytes([]byte("XYZ"))); err != nil {
				return nil, err
			}
			return a, nil
		}},
		oracleCase{"(lambda a: (a.__delitem__(slice(None, None, 2)), a)[-1])(bytearray(b'abcdef'))", func(th *Thread) (Object, error) {
			a := NewByteArray([]byte("abcdef"))
			if err := DelItem(th, a, NewSlice(nil, nil, Int(2))); err != nil {
				return nil, err
			}
			return a, nil
		}},
	)
	n := checkOracle(t, cases)
	t.Logf("%d bytes cases", n)
}

// TestStrConcatBuffer checks that in-place extension never changes an
// existing string.
func TestStrConcatBuffer(t *testing.T) {
	s := NewStr(strings.Repeat("a", 70))
	s1 := strConcat(s, NewStr("b"))
	s2 := strConcat(s1, NewStr("c")) // extends s1's buffer in place
	s3 := strConcat(s1, NewStr("d")) // must copy: s1's tail is taken
	s4 := strConcat(s2, NewStr("é"))
	for _, c := range []struct {
		got  *Str
		want string
	}{{s1, strings.Repeat("a", 70) + "b"}, {s2, strings.Repeat("a", 70) + "bc"}, {s3, strings.Repeat("a", 70) + "bd"}, {s4, strings.Repeat("a", 70) + "bcé"}} {
		if c.got.s != c.want || c.got.Len() != len([]rune(c.want)) {
			t.Errorf("got %q (len %d), want %q", c.got.s, c.got.Len(), c.want)
		}
	}
	if s2.buf == nil || s2.buf != s1.buf {
		t.Errorf("s1 + 'c' did not extend the buffer in place")
	}
}

func BenchmarkStrAppendLoop(b *testing.B) {
	th := NewThread()
	x := NewStr("xy")
	for i := 0; i < b.N; i++ {
		var s Object = EmptyStr
		for j := 0; j < 1000; j++ {
			s, _ = Add(th, s, x)
		}
	}
}

// TestFormatEdgeCases covers the parsing corners of str.format,
// format_map and printf-style formatting.
func TestFormatEdgeCases(t *testing.T) {
	list1 := NewList([]Object{Int(1)})
	var cases []oracleCase
	for _, f := range []string{"{:{:{}}}", "{:{}}", "{0!}", "{0!rr}", "{0!r", "{0:", "{0[}", "{0.}", "{0[0]x}", "{-1}", "{ 0 }",
		"{0", "{", "x{", "{0:{", "{0:{}", "{0[", "{0[1", "{!r}", "{0!r:}", "{0!:}", "{0!}}", "{0]}", "{0.a[}", "{:}", "{0:}}", "a}}b{{c"} {
		f := f
		cases = append(cases, oracleCase{pySrc(NewStr(f)) + ".format([1], 5, 2)", func(th *Thread) (Object, error) {
			return CallMethod(th, NewStr(f), Intern("format"), []Object{list1, Int(5), Int(2)}, nil)
		}})
	}
	for _, f := range []string{"{x}", "{}", "{0}", "{x[0]}"} {
		f := f
		cases = append(cases, oracleCase{pySrc(NewStr(f)) + ".format_map({'x': 'ab'})", func(th *Thread) (Object, error) {
			d := NewDict()
			_ = d.SetItem(th, NewStr("x"), NewStr("ab"))
			return CallMethod1(th, NewStr(f), Intern("format_map"), d)
		}})
	}
	pct := []struct {
		f    string
		args Object
	}{
		{"%.*s", NewTuple([]Object{Int(2), NewStr("abcdef")})}, {"%-*d|", NewTuple([]Object{Int(5), Int(3)})},
		{"%*d|", NewTuple([]Object{Int(-5), Int(3)})}, {"%s", EmptyTuple}, {"%5c|", NewStr("x")},
		{"%ld %hi %Lf", NewTuple([]Object{Int(1), Int(2), Float(3)})}, {"%z", Int(1)}, {"%é", Int(1)}, {"%x", True},
		{"%.2e|%10.4g|%-+10.1f|", NewTuple([]Object{Float(12345.6789), Float(0.000123456), Float(-3.14159)})},
		{"%#.0f %#x %#X %#o", NewTuple([]Object{Float(3), Int(0), Int(255), Int(0)})}, {"%5%|", EmptyTuple},
	}
	for _, p := range pct {
		p := p
		cases = append(cases, oracleCase{pySrc(NewStr(p.f)) + " % " + pySrc(p.args), func(th *Thread) (Object, error) {
			return Mod(th, NewStr(p.f), p.args)
		}})
	}
	n := checkOracle(t, cases)
	t.Logf("%d format edge cases", n)
}

// TestBytesMethodsAndCodecs covers the rest of the bytes methods and the
// UTF-16/32 codecs.
func TestBytesMethodsAndCodecs(t *testing.T) {
	b := NewBytes([]byte("Hello, World! 123"))
	ba := NewByteArray([]byte("Hello, World! 123"))
	bs := func(s string) Object { return NewBytes([]byte(s)) }
	var cases []oracleCase
	for _, recv := range []Object{b, ba} {
		for _, m := range []string{"upper", "lower", "swapcase", "title", "capitalize", "isalnum", "isalpha", "isdigit", "islower",
			"isupper", "istitle", "isspace", "isascii", "strip", "split", "splitlines", "hex", "decode", "rsplit", "expandtabs"} {
			cases = append(cases, methodCase(recv, m))
		}
		cases = append(cases,
			methodCase(recv, "split", bs(", ")), methodCase(recv, "rsplit", None, Int(1)), methodCase(recv, "partition", bs("o")),
			methodCase(recv, "rpartition", bs("o")), methodCase(recv, "center", Int(25), bs("*")), methodCase(recv, "ljust", Int(20)),
			methodCase(recv, "zfill", Int(20)), methodCase(recv, "count", bs("l")), methodCase(recv, "count", Int(108)),
			methodCase(recv, "find", bs("World")), methodCase(recv, "rfind", bs("o"), Int(0), Int(8)), methodCase(recv, "index", bs("z")),
			methodCase(recv, "replace", bs("l"), bs("L"), Int(2)), methodCase(recv, "endswith", bs("123")),
			methodCase(recv, "removeprefix", bs("Hello")), methodCase(recv, "removesuffix", bs("123")),
			methodCase(recv, "hex", NewStr(":"), Int(-4)), methodCase(recv, "rstrip", bs("321")),
			oracleCase{"'x' in " + pySrc(b), func(th *Thread) (Object, error) {
				r, err := Contains(th, recv, NewStr("x"))
				return Bool(r), err
			}},
		)
	}
	for _, enc := range []string{"utf-16", "utf-16-le", "utf-16-be", "utf-32", "UTF_32_BE", "utf-32le", "latin1", "ascii", "utf8"} {
		s := NewStr("aé€😀")
		cases = append(cases, methodCase(s, "encode", NewStr(enc)), methodCase(s, "encode", NewStr(enc), NewStr("replace")))
		for _, raw := range []string{"\xff\xfea\x00", "\xfe\xff\x00a", "a\x00b", "\x00\xd8a\x00", "a\x00\x00\x00"} {
			cases = append(cases, methodCase(bs(raw), "decode", NewStr(enc)), methodCase(bs(raw), "decode", NewStr(enc), NewStr("replace")))
		}
	}
	n := checkOracle(t, cases)
	t.Logf("%d bytes/codec cases", n)
}
