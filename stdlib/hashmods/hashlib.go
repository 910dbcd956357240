// Package hashmods implements Python's hashing and encoding modules in
// Go: hashlib, hmac, secrets, binascii, base64 and uuid.
package hashmods

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"
	"sort"
	"strconv"
	"strings"
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// algorithms maps hashlib names to Go constructors and block sizes.
var algorithms = map[string]struct {
	mk    func() hash.Hash
	block int
}{
	"md5": {md5.New, 64}, "sha1": {sha1.New, 64}, "sha224": {sha256.New224, 64},
	"sha256": {sha256.New, 64}, "sha384": {sha512.New384, 128}, "sha512": {sha512.New, 128},
	"sha512_224": {sha512.New512_224, 128}, "sha512_256": {sha512.New512_256, 128},
}

// Hash is a hashlib hash object.
type Hash struct {
	mu   sync.Mutex
	name string
	h    hash.Hash
}

// HashType is _hashlib.HASH.
var HashType = py.NewType("HASH", "_hashlib", nil, 0)

// Type returns HashType.
func (h *Hash) Type() *py.Type { return HashType }

func newHash(name string) (*Hash, bool) {
	a, ok := algorithms[strings.ToLower(name)]
	if !ok {
		return nil, false
	}
	return &Hash{name: strings.ToLower(name), h: a.mk()}, true
}

// dataArg returns the bytes of a bytes-like argument, with hashlib's
// errors for str and other objects.
func dataArg(o py.Object) ([]byte, error) {
	if b, ok := mu.Bytes(o); ok {
		return b, nil
	}
	if _, ok := mu.Str(o); ok {
		return nil, py.NewError(py.TypeErrorType, "Strings must be encoded before hashing")
	}
	return nil, py.NewError(py.TypeErrorType, "object supporting the buffer API required")
}

// cloneHash copies a Go hash state.
func cloneHash(name string, h hash.Hash) hash.Hash {
	c := algorithms[name].mk()
	state, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	if err == nil {
		if err := c.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err == nil {
			return c
		}
	}
	panic("hashlib: cannot copy hash state")
}

func (h *Hash) sum() []byte {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.h.Sum(nil)
}

func init() {
	py.DefMethod(HashType, "update", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("update", args, kw, 1); err != nil {
			return nil, err
		}
		b, err := dataArg(args[0])
		if err != nil {
			return nil, err
		}
		h := self.(*Hash)
		h.mu.Lock()
		h.h.Write(b)
		h.mu.Unlock()
		return py.None, nil
	})
	py.DefMethod(HashType, "digest", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewBytes(self.(*Hash).sum()), py.NoArgs("digest", args, kw)
	})
	py.DefMethod(HashType, "hexdigest", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewStr(hex.EncodeToString(self.(*Hash).sum())), py.NoArgs("hexdigest", args, kw)
	})
	py.DefMethod(HashType, "copy", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		h := self.(*Hash)
		h.mu.Lock()
		defer h.mu.Unlock()
		return &Hash{name: h.name, h: cloneHash(h.name, h.h)}, nil
	})
	py.DefGetter(HashType, "name", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr(self.(*Hash).name), nil
	})
	py.DefGetter(HashType, "digest_size", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.Int(self.(*Hash).h.Size()), nil
	})
	py.DefGetter(HashType, "block_size", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.Int(self.(*Hash).h.BlockSize()), nil
	})
	HashType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		return py.NewStr("<" + o.(*Hash).name + " _hashlib.HASH object @ 0x" + strconv.FormatInt(py.Id(o), 16) + ">"), nil
	}
	py.RegisterModule(&py.ModuleDef{Name: "hashlib", Body: hashlibBody})
	py.RegisterModule(&py.ModuleDef{Name: "hmac", Body: hmacBody})
}

// constructor returns hashlib.<name>(data=b”, *, usedforsecurity=True).
func constructor(name string) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("openssl_"+name, args, kw, []string{"string", "$usedforsecurity"}, 0)
		if err != nil {
			return nil, err
		}
		h, _ := newHash(name)
		if a[0] != nil {
			b, err := dataArg(a[0])
			if err != nil {
				return nil, err
			}
			h.h.Write(b)
		}
		return h, nil
	}
}

func algorithmNames() []string {
	var names []string
	for n := range algorithms {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func hashlibBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	names := algorithmNames()
	guaranteed := py.NewSet()
	for _, n := range names {
		d.Func(n, constructor(n))
		if !strings.Contains(n, "_") {
			guaranteed.Add(th, py.NewStr(n))
		}
	}
	avail := py.NewSet()
	for _, n := range names {
		avail.Add(th, py.NewStr(n))
	}
	fs, err := py.NewFrozenSet(th, guaranteed)
	if err != nil {
		return err
	}
	d.Set("algorithms_guaranteed", fs)
	d.Set("algorithms_available", avail)
	d.Func("new", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("new", args, kw, []string{"name", "data", "$usedforsecurity"}, 1)
		if err != nil {
			return nil, err
		}
		name, ok := mu.Str(a[0])
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "new() argument 'name' must be str, not %s", a[0].Type().Name)
		}
		h, ok := newHash(name)
		if !ok {
			return nil, py.NewError(py.ValueErrorType, "unsupported hash type %s", name)
		}
		if a[1] != nil {
			b, err := dataArg(a[1])
			if err != nil {
				return nil, err
			}
			h.h.Write(b)
		}
		return h, nil
	})
	d.Func("pbkdf2_hmac", pbkdf2HMAC)
	return nil
}

// hashByName resolves a digestmod: a name, a hashlib constructor, or a
// module with a new() function.
func hashByName(th *py.Thread, o py.Object) (string, error) {
	if s, ok := mu.Str(o); ok {
		if _, ok := algorithms[strings.ToLower(s)]; ok {
			return strings.ToLower(s), nil
		}
		return "", py.NewError(py.ValueErrorType, "unsupported hash type %s", s)
	}
	h, err := py.Call(th, o, nil, nil)
	if err != nil {
		return "", err
	}
	if hh, ok := h.(*Hash); ok {
		return hh.name, nil
	}
	return "", py.NewError(py.TypeErrorType, "unsupported digestmod")
}

// HMAC is an hmac.HMAC object: inner and outer hashes of the padded key.
type HMAC struct {
	mu           sync.Mutex
	name         string
	inner, outer hash.Hash
}

// HMACType is hmac.HMAC.
var HMACType = py.NewType("HMAC", "hmac", nil, 0)

// Type returns HMACType.
func (h *HMAC) Type() *py.Type { return HMACType }

func newHMAC(name string, key []byte) *HMAC {
	a := algorithms[name]
	if len(key) > a.block {
		k := a.mk()
		k.Write(key)
		key = k.Sum(nil)
	}
	pad := make([]byte, a.block)
	copy(pad, key)
	ipad := make([]byte, a.block)
	opad := make([]byte, a.block)
	for i, b := range pad {
		ipad[i] = b ^ 0x36
		opad[i] = b ^ 0x5c
	}
	h := &HMAC{name: name, inner: a.mk(), outer: a.mk()}
	h.inner.Write(ipad)
	h.outer.Write(opad)
	return h
}

func (h *HMAC) sum() []byte {
	h.mu.Lock()
	defer h.mu.Unlock()
	o := cloneHash(h.name, h.outer)
	o.Write(h.inner.Sum(nil))
	return o.Sum(nil)
}

func hmacNew(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("new", args, kw, []string{"key", "msg", "digestmod"}, 1)
	if err != nil {
		return nil, err
	}
	key, ok := mu.Bytes(a[0])
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "key: expected bytes or bytearray, but got '%s'", a[0].Type().Name)
	}
	if a[2] == nil || a[2] == py.None {
		return nil, py.NewError(py.TypeErrorType, "Missing required parameter 'digestmod'.")
	}
	name, err := hashByName(th, a[2])
	if err != nil {
		return nil, err
	}
	h := newHMAC(name, key)
	if a[1] != nil && a[1] != py.None {
		b, err := dataArg(a[1])
		if err != nil {
			return nil, err
		}
		h.inner.Write(b)
	}
	return h, nil
}

func hmacBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	d.Func("new", hmacNew)
	d.Set("HMAC", HMACType)
	d.Func("digest", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("digest", args, kw, []string{"key", "msg", "digest"}, 3)
		if err != nil {
			return nil, err
		}
		h, err := hmacNew(th, a, nil)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(h.(*HMAC).sum()), nil
	})
	d.Func("compare_digest", compareDigest)
	d.Set("trans_5C", py.NewBytes(xorTable(0x5c)))
	d.Set("trans_36", py.NewBytes(xorTable(0x36)))
	return nil
}

func xorTable(x byte) []byte {
	t := make([]byte, 256)
	for i := range t {
		t[i] = byte(i) ^ x
	}
	return t
}

func init() {
	HMACType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return hmacNew(th, args, kw)
	}
	py.DefMethod(HMACType, "update", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("update", args, kw, 1); err != nil {
			return nil, err
		}
		b, err := dataArg(args[0])
		if err != nil {
			return nil, err
		}
		h := self.(*HMAC)
		h.mu.Lock()
		h.inner.Write(b)
		h.mu.Unlock()
		return py.None, nil
	})
	py.DefMethod(HMACType, "digest", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewBytes(self.(*HMAC).sum()), nil
	})
	py.DefMethod(HMACType, "hexdigest", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewStr(hex.EncodeToString(self.(*HMAC).sum())), nil
	})
	py.DefMethod(HMACType, "copy", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		h := self.(*HMAC)
		h.mu.Lock()
		defer h.mu.Unlock()
		return &HMAC{name: h.name, inner: cloneHash(h.name, h.inner), outer: cloneHash(h.name, h.outer)}, nil
	})
	py.DefGetter(HMACType, "name", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr("hmac-" + self.(*HMAC).name), nil
	})
	py.DefGetter(HMACType, "digest_size", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.Int(self.(*HMAC).inner.Size()), nil
	})
	py.DefGetter(HMACType, "block_size", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.Int(self.(*HMAC).inner.BlockSize()), nil
	})
}

// compareDigest is hmac.compare_digest / secrets.compare_digest.
func compareDigest(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := mu.Range("compare_digest", args, kw, 2, 2); err != nil {
		return nil, err
	}
	as, aStr := mu.Str(args[0])
	bs, bStr := mu.Str(args[1])
	var x, y []byte
	switch {
	case aStr && bStr:
		for _, s := range []string{as, bs} {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return nil, py.NewError(py.TypeErrorType, "comparing strings with non-ASCII characters is not supported")
				}
			}
		}
		x, y = []byte(as), []byte(bs)
	case aStr || bStr:
		return nil, py.NewError(py.TypeErrorType, "a bytes-like object is required, not 'str'")
	default:
		var ok1, ok2 bool
		x, ok1 = mu.Bytes(args[0])
		y, ok2 = mu.Bytes(args[1])
		if !ok1 || !ok2 {
			return nil, py.NewError(py.TypeErrorType, "unsupported operand types(s) or combination of types: '%s' and '%s'", args[0].Type().Name, args[1].Type().Name)
		}
	}
	var v byte
	if len(x) != len(y) {
		y = x
		v = 1
	}
	for i := range x {
		v |= x[i] ^ y[i]
	}
	return py.Bool(v == 0), nil
}

func pbkdf2HMAC(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("pbkdf2_hmac", args, kw, []string{"hash_name", "password", "salt", "iterations", "dklen"}, 4)
	if err != nil {
		return nil, err
	}
	name, err := hashByName(th, a[0])
	if err != nil {
		return nil, err
	}
	pw, err := dataArg(a[1])
	if err != nil {
		return nil, err
	}
	salt, err := dataArg(a[2])
	if err != nil {
		return nil, err
	}
	iters, err := mu.Int64(th, a[3])
	if err != nil {
		return nil, err
	}
	if iters < 1 {
		return nil, py.NewError(py.ValueErrorType, "iteration value must be greater than 0.")
	}
	base := newHMAC(name, pw)
	size := base.inner.Size()
	dklen := int64(size)
	if a[4] != nil && a[4] != py.None {
		if dklen, err = mu.Int64(th, a[4]); err != nil {
			return nil, err
		}
		if dklen < 1 {
			return nil, py.NewError(py.ValueErrorType, "key length must be greater than 0.")
		}
	}
	prf := func(data []byte) []byte {
		h := &HMAC{name: name, inner: cloneHash(name, base.inner), outer: cloneHash(name, base.outer)}
		h.inner.Write(data)
		return h.sum()
	}
	var out []byte
	for block := uint32(1); int64(len(out)) < dklen; block++ {
		u := prf(append(append([]byte(nil), salt...), byte(block>>24), byte(block>>16), byte(block>>8), byte(block)))
		t := append([]byte(nil), u...)
		for i := int64(1); i < iters; i++ {
			u = prf(u)
			for j := range t {
				t[j] ^= u[j]
			}
		}
		out = append(out, t...)
	}
	return py.NewBytes(out[:dklen]), nil
}
