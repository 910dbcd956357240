package hashmods

import (
	"crypto/md5"
	crand "crypto/rand"
	"crypto/sha1"
	"encoding/binary"
	"encoding/hex"
	"math/big"
	"strings"
	"sync"
	"time"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// The uuid module: the UUID class and uuid1/3/4/5.

// UUID is a uuid.UUID value (immutable).
type UUID struct {
	b [16]byte // big-endian
}

// UUIDType is uuid.UUID.
var UUIDType = py.NewType("UUID", "uuid", nil, py.FlagBaseType)

// Type returns UUIDType.
func (u *UUID) Type() *py.Type { return UUIDType }

func (u *UUID) big() *big.Int { return new(big.Int).SetBytes(u.b[:]) }

func (u *UUID) String() string {
	h := hex.EncodeToString(u.b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func (u *UUID) variant() string {
	v := u.b[8]
	switch {
	case v&0x80 == 0:
		return "reserved for NCS compatibility"
	case v&0x40 == 0:
		return "specified in RFC 4122"
	case v&0x20 == 0:
		return "reserved for Microsoft compatibility"
	}
	return "reserved for future definition"
}

func (u *UUID) setVersion(v int) {
	u.b[8] = u.b[8]&0x3f | 0x80
	u.b[6] = u.b[6]&0x0f | byte(v)<<4
}

func uuidError(msg string) error { return py.NewError(py.ValueErrorType, "%s", msg) }

func newUUID(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("UUID", args, kw, []string{"hex", "bytes", "bytes_le", "fields", "int", "version", "$is_safe"}, 0)
	if err != nil {
		return nil, err
	}
	given := 0
	for _, v := range a[:5] {
		if v != nil && v != py.None {
			given++
		}
	}
	if given != 1 {
		return nil, py.NewError(py.TypeErrorType, "one of the hex, bytes, bytes_le, fields, or int arguments must be given")
	}
	u := &UUID{}
	switch {
	case a[0] != nil && a[0] != py.None:
		s, ok := mu.Str(a[0])
		if !ok {
			return nil, py.NewError(py.AttributeErrorType, "'%s' object has no attribute 'replace'", a[0].Type().Name)
		}
		s = strings.ReplaceAll(strings.ReplaceAll(s, "urn:", ""), "uuid:", "")
		s = strings.ReplaceAll(strings.Trim(s, "{}"), "-", "")
		b, err := hex.DecodeString(s)
		if len(s) != 32 || err != nil {
			return nil, uuidError("badly formed hexadecimal UUID string")
		}
		copy(u.b[:], b)
	case a[1] != nil && a[1] != py.None:
		b, ok := mu.Bytes(a[1])
		if !ok || len(b) != 16 {
			return nil, uuidError("bytes is not a 16-char string")
		}
		copy(u.b[:], b)
	case a[2] != nil && a[2] != py.None:
		b, ok := mu.Bytes(a[2])
		if !ok || len(b) != 16 {
			return nil, uuidError("bytes_le is not a 16-char string")
		}
		u.b = [16]byte{b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6]}
		copy(u.b[8:], b[8:])
	case a[3] != nil && a[3] != py.None:
		f, err := py.Collect(th, a[3])
		if err != nil {
			return nil, err
		}
		if len(f) != 6 {
			return nil, uuidError("fields is not a 6-tuple")
		}
		limits := []struct {
			bits int
			name string
		}{{32, "time_low"}, {16, "time_mid"}, {16, "time_hi_version"}, {8, "clock_seq_hi_variant"}, {8, "clock_seq_low"}, {48, "node"}}
		v := new(big.Int)
		for i, l := range limits {
			n, err := mu.IndexBig(th, f[i])
			if err != nil {
				return nil, err
			}
			if n.Sign() < 0 || n.BitLen() > l.bits {
				return nil, uuidError("field " + itoa(i+1) + " out of range (need a " + itoa(l.bits) + "-bit value)")
			}
			v.Lsh(v, uint(l.bits)).Or(v, n)
		}
		v.FillBytes(u.b[:])
	default:
		n, err := mu.IndexBig(th, a[4])
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 || n.BitLen() > 128 {
			return nil, uuidError("int is out of range (need a 128-bit value)")
		}
		n.FillBytes(u.b[:])
	}
	if a[5] != nil && a[5] != py.None {
		v, err := mu.Int64(th, a[5])
		if err != nil {
			return nil, err
		}
		if v < 1 || v > 5 {
			return nil, uuidError("illegal version number")
		}
		u.setVersion(int(v))
	}
	return u, nil
}

func uuidOf(o py.Object) (*UUID, bool) {
	u, ok := py.Unwrap(o).(*UUID)
	return u, ok
}

func init() {
	UUIDType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return newUUID(th, args, kw)
	}
	UUIDType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error { return nil }
	UUIDType.Slots.Str = func(th *py.Thread, o py.Object) (py.Object, error) {
		u, _ := uuidOf(o)
		return py.NewStr(u.String()), nil
	}
	UUIDType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		u, _ := uuidOf(o)
		return py.NewStr(o.Type().Name + "('" + u.String() + "')"), nil
	}
	UUIDType.Slots.Hash = func(th *py.Thread, o py.Object) (int64, error) {
		u, _ := uuidOf(o)
		return py.Hash(th, py.NewIntFromBig(u.big()))
	}
	UUIDType.Slots.Int = func(th *py.Thread, o py.Object) (py.Object, error) {
		u, _ := uuidOf(o)
		return py.NewIntFromBig(u.big()), nil
	}
	UUIDType.Slots.Compare = func(th *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
		x, _ := uuidOf(a)
		y, ok := uuidOf(b)
		if !ok {
			return py.NotImplemented, nil
		}
		return py.Compare(th, op, py.NewIntFromBig(x.big()), py.NewIntFromBig(y.big()))
	}
	UUIDType.Slots.SetAttr = func(th *py.Thread, o py.Object, name *py.Str, v py.Object) error {
		return py.NewError(py.TypeErrorType, "UUID objects are immutable")
	}
	get := func(name string, f func(u *UUID) py.Object) {
		py.DefGetter(UUIDType, name, func(th *py.Thread, self py.Object) (py.Object, error) {
			return f(self.(*UUID)), nil
		})
	}
	bits := func(u *UUID, shift, width uint) py.Object {
		v := new(big.Int).Rsh(u.big(), shift)
		return py.NewIntFromBig(v.And(v, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), width), big.NewInt(1))))
	}
	get("int", func(u *UUID) py.Object { return py.NewIntFromBig(u.big()) })
	get("hex", func(u *UUID) py.Object { return py.NewStr(hex.EncodeToString(u.b[:])) })
	get("urn", func(u *UUID) py.Object { return py.NewStr("urn:uuid:" + u.String()) })
	get("bytes", func(u *UUID) py.Object { return py.NewBytes(append([]byte(nil), u.b[:]...)) })
	get("bytes_le", func(u *UUID) py.Object {
		b := u.b
		le := []byte{b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6]}
		return py.NewBytes(append(le, b[8:]...))
	})
	get("time_low", func(u *UUID) py.Object { return bits(u, 96, 32) })
	get("time_mid", func(u *UUID) py.Object { return bits(u, 80, 16) })
	get("time_hi_version", func(u *UUID) py.Object { return bits(u, 64, 16) })
	get("clock_seq_hi_variant", func(u *UUID) py.Object { return bits(u, 56, 8) })
	get("clock_seq_low", func(u *UUID) py.Object { return bits(u, 48, 8) })
	get("node", func(u *UUID) py.Object { return bits(u, 0, 48) })
	get("fields", func(u *UUID) py.Object {
		return py.NewTuple([]py.Object{bits(u, 96, 32), bits(u, 80, 16), bits(u, 64, 16), bits(u, 56, 8), bits(u, 48, 8), bits(u, 0, 48)})
	})
	get("time", func(u *UUID) py.Object {
		hi := uint64(binary.BigEndian.Uint16(u.b[6:8]) & 0x0fff)
		mid := uint64(binary.BigEndian.Uint16(u.b[4:6]))
		low := uint64(binary.BigEndian.Uint32(u.b[0:4]))
		return py.Int(int64(hi<<48 | mid<<32 | low))
	})
	get("clock_seq", func(u *UUID) py.Object { return py.Int(int64(u.b[8]&0x3f)<<8 | int64(u.b[9])) })
	get("variant", func(u *UUID) py.Object { return py.NewStr(u.variant()) })
	get("version", func(u *UUID) py.Object {
		if u.variant() != "specified in RFC 4122" {
			return py.None
		}
		return py.Int(int64(u.b[6] >> 4))
	})
	get("is_safe", func(u *UUID) py.Object { return py.None })
	py.RegisterModule(&py.ModuleDef{Name: "uuid", Body: uuidBody})
}

func nameBased(th *py.Thread, fname string, version int, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args(fname, args, kw, []string{"namespace", "name"}, 2)
	if err != nil {
		return nil, err
	}
	ns, ok := uuidOf(a[0])
	if !ok {
		return nil, py.NewError(py.AttributeErrorType, "'%s' object has no attribute 'bytes'", a[0].Type().Name)
	}
	var name []byte
	if s, ok := mu.Str(a[1]); ok {
		name = []byte(s)
	} else {
		return nil, py.NewError(py.TypeErrorType, "encoding without a string argument")
	}
	data := append(append([]byte(nil), ns.b[:]...), name...)
	u := &UUID{}
	if version == 3 {
		s := md5.Sum(data)
		copy(u.b[:], s[:])
	} else {
		s := sha1.Sum(data)
		copy(u.b[:], s[:16])
	}
	u.setVersion(version)
	return u, nil
}

var (
	nodeOnce  sync.Once
	node      uint64
	lastMu    sync.Mutex
	lastStamp uint64
)

func randomNode() uint64 {
	nodeOnce.Do(func() {
		var b [8]byte
		crand.Read(b[:6])
		node = binary.BigEndian.Uint64(b[:]) >> 16
		node |= 1 << 40 // multicast bit: not a real MAC address
	})
	return node
}

func uuid1(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("uuid1", args, kw, []string{"node", "clock_seq"}, 0)
	if err != nil {
		return nil, err
	}
	lastMu.Lock()
	stamp := uint64(time.Now().UnixNano()/100) + 0x01b21dd213814000
	if stamp <= lastStamp {
		stamp = lastStamp + 1
	}
	lastStamp = stamp
	lastMu.Unlock()
	var cs uint64
	if a[1] != nil && a[1] != py.None {
		v, err := mu.Int64(th, a[1])
		if err != nil {
			return nil, err
		}
		cs = uint64(v)
	} else {
		var b [2]byte
		crand.Read(b[:])
		cs = uint64(binary.BigEndian.Uint16(b[:]))
	}
	cs &= 0x3fff
	n := randomNode()
	if a[0] != nil && a[0] != py.None {
		v, err := mu.Int64(th, a[0])
		if err != nil {
			return nil, err
		}
		n = uint64(v)
	}
	u := &UUID{}
	binary.BigEndian.PutUint32(u.b[0:4], uint32(stamp))
	binary.BigEndian.PutUint16(u.b[4:6], uint16(stamp>>32))
	binary.BigEndian.PutUint16(u.b[6:8], uint16(stamp>>48)&0x0fff)
	u.b[8] = byte(cs >> 8)
	u.b[9] = byte(cs)
	var nb [8]byte
	binary.BigEndian.PutUint64(nb[:], n)
	copy(u.b[10:], nb[2:])
	u.setVersion(1)
	return u, nil
}

func uuidBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	d.Set("UUID", UUIDType)
	for name, s := range map[string]string{
		"NAMESPACE_DNS": "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "NAMESPACE_URL": "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
		"NAMESPACE_OID": "6ba7b812-9dad-11d1-80b4-00c04fd430c8", "NAMESPACE_X500": "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
	} {
		u, err := newUUID(th, []py.Object{py.NewStr(s)}, nil)
		if err != nil {
			return err
		}
		d.Set(name, u)
	}
	d.Set("RESERVED_NCS", py.NewStr("reserved for NCS compatibility"))
	d.Set("RFC_4122", py.NewStr("specified in RFC 4122"))
	d.Set("RESERVED_MICROSOFT", py.NewStr("reserved for Microsoft compatibility"))
	d.Set("RESERVED_FUTURE", py.NewStr("reserved for future definition"))
	d.Func("uuid1", uuid1)
	d.Func("uuid3", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return nameBased(th, "uuid3", 3, args, kw)
	})
	d.Func("uuid5", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return nameBased(th, "uuid5", 5, args, kw)
	})
	d.Func("uuid4", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.NoArgs("uuid4", args, kw); err != nil {
			return nil, err
		}
		u := &UUID{}
		crand.Read(u.b[:])
		u.setVersion(4)
		return u, nil
	})
	d.Func("getnode", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Int(int64(randomNode())), nil
	})
	return nil
}
