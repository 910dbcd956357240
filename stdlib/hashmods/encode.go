package hashmods

import (
	"encoding/base32"
	"encoding/hex"
	"hash/crc32"
	"strconv"
	"strings"
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// binascii and base64.

var (
	binasciiOnce  sync.Once
	binasciiError py.Object
	incomplete    py.Object
)

// binErr raises binascii.Error(msg).
func binErr(th *py.Thread, msg string) error {
	initBinascii(th)
	if binasciiError == nil {
		return py.NewError(py.ValueErrorType, "%s", msg)
	}
	e, err := py.Call(th, binasciiError, []py.Object{py.NewStr(msg)}, nil)
	if err != nil {
		return err
	}
	return py.Raise(th, e, nil)
}

func initBinascii(th *py.Thread) {
	binasciiOnce.Do(func() {
		mk := func(name string, base *py.Type) py.Object {
			ns := py.NewDict()
			ns.SetStr(py.NewStr("__module__"), py.NewStr("binascii"))
			t, err := py.TypeNew(th, py.TypeType, name, []py.Object{base}, ns, nil)
			if err != nil {
				return nil
			}
			return t
		}
		binasciiError = mk("Error", py.ValueErrorType)
		incomplete = mk("Incomplete", py.ExceptionType)
	})
}

// encodeArg returns a bytes-like argument of an encoding function.
func encodeArg(o py.Object) ([]byte, error) {
	if b, ok := mu.Bytes(o); ok {
		return b, nil
	}
	return nil, py.NewError(py.TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
}

// decodeArg accepts bytes-like objects and ASCII str (binascii's and
// base64's _bytes_from_decode_data).
func decodeArg(o py.Object, base64Style bool) ([]byte, error) {
	if s, ok := mu.Str(o); ok {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return nil, py.NewError(py.ValueErrorType, "string argument should contain only ASCII characters")
			}
		}
		return []byte(s), nil
	}
	if b, ok := mu.Bytes(o); ok {
		return b, nil
	}
	if base64Style {
		return nil, py.NewError(py.TypeErrorType, "argument should be a bytes-like object or ASCII string, not '%s'", o.Type().Name)
	}
	return nil, py.NewError(py.TypeErrorType, "argument should be bytes, buffer or ASCII string, not '%s'", o.Type().Name)
}

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64Table = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		t[b64Alphabet[i]] = byte(i)
	}
	return
}()

// a2bBase64 is binascii.a2b_base64 in non-strict mode.
func a2bBase64(th *py.Thread, data []byte) ([]byte, error) {
	var out []byte
	quad, pads := 0, 0
	var left uint
	for _, c := range data {
		if c == '=' {
			pads++
			if quad >= 2 && quad+pads >= 4 {
				return out, nil
			}
			continue
		}
		v := b64Table[c]
		if v == 0xff {
			continue
		}
		switch quad {
		case 0:
			quad, left = 1, uint(v)
		case 1:
			quad = 2
			out = append(out, byte(left<<2|uint(v)>>4))
			left = uint(v) & 0x0f
		case 2:
			quad = 3
			out = append(out, byte(left<<4|uint(v)>>2))
			left = uint(v) & 0x03
		case 3:
			quad = 0
			out = append(out, byte(left<<6|uint(v)))
		}
	}
	if quad != 0 {
		if quad == 1 {
			return nil, binErr(th, "Invalid base64-encoded string: number of data characters ("+
				itoa(len(out)/3*4+1)+") cannot be 1 more than a multiple of 4")
		}
		return nil, binErr(th, "Incorrect padding")
	}
	return out, nil
}

func itoa(n int) string { return strconv.Itoa(n) }

func b2aBase64(data []byte, newline bool) []byte {
	var out []byte
	for i := 0; i < len(data); i += 3 {
		var n uint
		rem := len(data) - i
		switch {
		case rem >= 3:
			n = uint(data[i])<<16 | uint(data[i+1])<<8 | uint(data[i+2])
			out = append(out, b64Alphabet[n>>18&63], b64Alphabet[n>>12&63], b64Alphabet[n>>6&63], b64Alphabet[n&63])
		case rem == 2:
			n = uint(data[i])<<16 | uint(data[i+1])<<8
			out = append(out, b64Alphabet[n>>18&63], b64Alphabet[n>>12&63], b64Alphabet[n>>6&63], '=')
		default:
			n = uint(data[i]) << 16
			out = append(out, b64Alphabet[n>>18&63], b64Alphabet[n>>12&63], '=', '=')
		}
	}
	if newline {
		out = append(out, '\n')
	}
	return out
}

func hexlify(th *py.Thread, fname string, args []py.Object, kw *py.KwArgs, upper bool) (py.Object, error) {
	a, err := mu.Args(fname, args, kw, []string{"data", "sep", "bytes_per_sep"}, 1)
	if err != nil {
		return nil, err
	}
	data, err := encodeArg(a[0])
	if err != nil {
		return nil, err
	}
	h := hex.EncodeToString(data)
	if upper {
		h = strings.ToUpper(h)
	}
	if a[1] != nil && a[1] != py.None && len(data) > 0 {
		var sep string
		if s, ok := mu.Str(a[1]); ok {
			sep = s
		} else if b, ok := mu.Bytes(a[1]); ok {
			sep = string(b)
		}
		if len(sep) != 1 {
			return nil, py.NewError(py.ValueErrorType, "sep must be length 1.")
		}
		per := int64(1)
		if a[2] != nil {
			if per, err = mu.Int64(th, a[2]); err != nil {
				return nil, err
			}
		}
		n := int(per)
		fromLeft := n < 0
		if fromLeft {
			n = -n
		}
		if n > 0 {
			var groups []string
			bs := len(data)
			if fromLeft {
				for i := 0; i < bs; i += n {
					j := min(i+n, bs)
					groups = append(groups, h[2*i:2*j])
				}
			} else {
				first := bs % n
				if first > 0 {
					groups = append(groups, h[:2*first])
				}
				for i := first; i < bs; i += n {
					groups = append(groups, h[2*i:2*(i+n)])
				}
			}
			h = strings.Join(groups, sep)
		}
	}
	return py.NewBytes([]byte(h)), nil
}

func unhexlify(th *py.Thread, data []byte) (py.Object, error) {
	if len(data)%2 != 0 {
		return nil, binErr(th, "Odd-length string")
	}
	out := make([]byte, len(data)/2)
	if _, err := hex.Decode(out, data); err != nil {
		return nil, binErr(th, "Non-hexadecimal digit found")
	}
	return py.NewBytes(out), nil
}

func crcHqx(data []byte, crc uint32) uint32 {
	for _, b := range data {
		crc ^= uint32(b) << 8
		for i := 0; i < 8; i++ {
			if crc&0x8000 != 0 {
				crc = (crc << 1) ^ 0x1021
			} else {
				crc <<= 1
			}
		}
		crc &= 0xffff
	}
	return crc
}

func binasciiBody(th *py.Thread, m *py.Module) error {
	initBinascii(th)
	d := mu.New(m)
	d.Set("Error", binasciiError)
	d.Set("Incomplete", incomplete)
	hexl := func(name string) {
		d.Func(name, func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return hexlify(th, name, args, kw, false)
		})
	}
	hexl("hexlify")
	hexl("b2a_hex")
	unhex := func(name string) {
		d.Func(name, func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			if err := mu.Exactly(name, args, kw, 1); err != nil {
				return nil, err
			}
			b, err := decodeArg(args[0], false)
			if err != nil {
				return nil, err
			}
			return unhexlify(th, b)
		})
	}
	unhex("unhexlify")
	unhex("a2b_hex")
	d.Func("crc32", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Range("crc32", args, kw, 1, 2); err != nil {
			return nil, err
		}
		data, err := encodeArg(args[0])
		if err != nil {
			return nil, err
		}
		var crc uint32
		if len(args) == 2 {
			v, err := mu.IndexBig(th, args[1])
			if err != nil {
				return nil, err
			}
			crc = uint32(v.Uint64() & 0xffffffff)
			if v.Sign() < 0 {
				crc = uint32(v.Int64())
			}
		}
		return py.Int(int64(crc32.Update(crc, crc32.IEEETable, data))), nil
	})
	d.Func("crc_hqx", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Range("crc_hqx", args, kw, 2, 2); err != nil {
			return nil, err
		}
		data, err := encodeArg(args[0])
		if err != nil {
			return nil, err
		}
		v, err := mu.Int64(th, args[1])
		if err != nil {
			return nil, err
		}
		return py.Int(int64(crcHqx(data, uint32(v)&0xffff))), nil
	})
	d.Func("a2b_base64", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("a2b_base64", args, kw, []string{"data", "$strict_mode"}, 1)
		if err != nil {
			return nil, err
		}
		b, err := decodeArg(a[0], false)
		if err != nil {
			return nil, err
		}
		out, err := a2bBase64(th, b)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(out), nil
	})
	d.Func("b2a_base64", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("b2a_base64", args, kw, []string{"data", "$newline"}, 1)
		if err != nil {
			return nil, err
		}
		b, err := encodeArg(a[0])
		if err != nil {
			return nil, err
		}
		nl := true
		if a[1] != nil {
			if nl, err = py.Truth(th, a[1]); err != nil {
				return nil, err
			}
		}
		return py.NewBytes(b2aBase64(b, nl)), nil
	})
	return nil
}

// translate maps bytes through a pair of alternative characters.
func translate(b []byte, from, to string) []byte {
	out := append([]byte(nil), b...)
	for i, c := range out {
		if j := strings.IndexByte(from, c); j >= 0 {
			out[i] = to[j]
		}
	}
	return out
}

func base64Body(th *py.Thread, m *py.Module) error {
	initBinascii(th)
	d := mu.New(m)
	encode := func(name, alt string) {
		d.Func(name, func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			names := []string{"s"}
			if name == "b64encode" {
				names = append(names, "altchars")
			}
			a, err := mu.Args(name, args, kw, names, 1)
			if err != nil {
				return nil, err
			}
			b, err := encodeArg(a[0])
			if err != nil {
				return nil, err
			}
			out := b2aBase64(b, false)
			alt := alt
			if len(a) > 1 && a[1] != nil && a[1] != py.None {
				ab, ok := mu.Bytes(a[1])
				if !ok || len(ab) != 2 {
					return nil, py.NewError(py.AssertionErrorType, "%s", "")
				}
				alt = string(ab)
			}
			if alt != "" {
				out = translate(out, "+/", alt)
			}
			return py.NewBytes(out), nil
		})
	}
	encode("b64encode", "")
	encode("standard_b64encode", "")
	encode("urlsafe_b64encode", "-_")
	decode := func(name, alt string) {
		d.Func(name, func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			names := []string{"s"}
			if name == "b64decode" {
				names = append(names, "altchars", "validate")
			}
			a, err := mu.Args(name, args, kw, names, 1)
			if err != nil {
				return nil, err
			}
			b, err := decodeArg(a[0], true)
			if err != nil {
				return nil, err
			}
			alt := alt
			if len(a) > 1 && a[1] != nil && a[1] != py.None {
				ab, err := decodeArg(a[1], true)
				if err != nil {
					return nil, err
				}
				alt = string(ab)
			}
			if alt != "" {
				b = translate(b, alt, "+/")
			}
			if len(a) > 2 && a[2] != nil {
				v, err := py.Truth(th, a[2])
				if err != nil {
					return nil, err
				}
				if v && !validB64(b) {
					return nil, binErr(th, "Only base64 data is allowed")
				}
			}
			out, err := a2bBase64(th, b)
			if err != nil {
				return nil, err
			}
			return py.NewBytes(out), nil
		})
	}
	decode("b64decode", "")
	decode("standard_b64decode", "")
	decode("urlsafe_b64decode", "-_")
	d.Func("encodebytes", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("encodebytes", args, kw, 1); err != nil {
			return nil, err
		}
		b, err := encodeArg(args[0])
		if err != nil {
			return nil, err
		}
		var out []byte
		for i := 0; i < len(b); i += 57 {
			out = append(out, b2aBase64(b[i:min(i+57, len(b))], true)...)
		}
		return py.NewBytes(out), nil
	})
	d.Func("decodebytes", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("decodebytes", args, kw, 1); err != nil {
			return nil, err
		}
		b, err := encodeArg(args[0])
		if err != nil {
			return nil, err
		}
		out, err := a2bBase64(th, b)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(out), nil
	})
	d.Func("b16encode", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("b16encode", args, kw, 1); err != nil {
			return nil, err
		}
		b, err := encodeArg(args[0])
		if err != nil {
			return nil, err
		}
		return py.NewBytes([]byte(strings.ToUpper(hex.EncodeToString(b)))), nil
	})
	d.Func("b16decode", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("b16decode", args, kw, []string{"s", "casefold"}, 1)
		if err != nil {
			return nil, err
		}
		b, err := decodeArg(a[0], true)
		if err != nil {
			return nil, err
		}
		if a[1] != nil {
			if cf, _ := py.Truth(th, a[1]); cf {
				b = []byte(strings.ToUpper(string(b)))
			}
		}
		for _, c := range b {
			if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'F') {
				return nil, binErr(th, "Non-base16 digit found")
			}
		}
		return unhexlify(th, b)
	})
	d.Func("b32encode", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("b32encode", args, kw, 1); err != nil {
			return nil, err
		}
		b, err := encodeArg(args[0])
		if err != nil {
			return nil, err
		}
		return py.NewBytes([]byte(base32.StdEncoding.EncodeToString(b))), nil
	})
	d.Func("b32decode", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("b32decode", args, kw, []string{"s", "casefold", "map01"}, 1)
		if err != nil {
			return nil, err
		}
		b, err := decodeArg(a[0], true)
		if err != nil {
			return nil, err
		}
		if a[2] != nil && a[2] != py.None {
			m, err := decodeArg(a[2], true)
			if err != nil {
				return nil, err
			}
			b = translate(b, "01", "O"+string(m[:1]))
		}
		if a[1] != nil {
			if cf, _ := py.Truth(th, a[1]); cf {
				b = []byte(strings.ToUpper(string(b)))
			}
		}
		if len(b)%8 != 0 {
			return nil, binErr(th, "Incorrect padding")
		}
		out, err := base32.StdEncoding.DecodeString(string(b))
		if err != nil {
			if strings.Contains(string(b), "=") && len(strings.TrimRight(string(b), "=")) < len(b) {
				return nil, binErr(th, "Incorrect padding")
			}
			return nil, binErr(th, "Non-base32 digit found")
		}
		return py.NewBytes(out), nil
	})
	return nil
}

// validB64 matches [A-Za-z0-9+/]*={0,2}.
func validB64(b []byte) bool {
	i := 0
	for i < len(b) && b64Table[b[i]] != 0xff {
		i++
	}
	pads := 0
	for i < len(b) && b[i] == '=' {
		i++
		pads++
	}
	return i == len(b) && pads <= 2
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "binascii", Body: binasciiBody})
	py.RegisterModule(&py.ModuleDef{Name: "base64", Body: base64Body})
}
