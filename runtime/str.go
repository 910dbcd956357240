package py

import (
	"hash/maphash"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/pygo-dev/pygo/internal/pystr"
)

// Str is a Python str: an immutable sequence of code points. The text is
// kept as UTF-8 (lone surrogates, which Python strings may hold, as their
// 3-byte WTF-8 form). ASCII strings index in O(1) directly; others through
// a lazily built table holding the byte offset of every strIndexStep-th
// code point, so indexing costs at most strIndexStep steps of decoding.
//
// A Str is safe for concurrent use: the hash, the code-point count and the
// index table are computed on first use and published atomically.
type Str struct {
	s     string
	ascii bool
	hash  int64 // 0: not computed yet (accessed atomically)
	n     int64 // code points + 1; 0: not computed yet (accessed atomically)
	index atomic.Pointer[[]int]
	// buf, when set, is the growable buffer s is a prefix of (see
	// strConcat).
	buf *strBuf
}

// strBuf is the buffer behind strings built by repeated concatenation.
// The first used bytes belong to immutable strings; the rest of the
// capacity may be claimed (with a compare-and-swap on used) by exactly one
// concatenation that extends the string ending at used, so `s += t` in a
// loop costs amortised O(len(t)), as in CPython.
type strBuf struct {
	b    []byte // len(b) == cap(b)
	used atomic.Int64
}

// strIndexStep is the number of code points between two entries of a
// non-ASCII string's index table.
const strIndexStep = 32

// Type returns StrType.
func (s *Str) Type() *Type { return StrType }

// String returns the Go (UTF-8) form of the text.
func (s *Str) String() string { return s.s }

// NewStr makes a str from UTF-8 (or WTF-8) text.
func NewStr(s string) *Str {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return &Str{s: s, n: int64(countCodePoints(s[i:])+i) + 1}
		}
	}
	if len(s) == 1 {
		return asciiChars[s[0]]
	}
	return &Str{s: s, ascii: true, n: int64(len(s)) + 1}
}

// newStrASCII makes a str from text known to be ASCII.
func newStrASCII(s string) *Str {
	if len(s) == 1 {
		return asciiChars[s[0]]
	}
	return &Str{s: s, ascii: true, n: int64(len(s)) + 1}
}

// asciiChars holds the one-character ASCII strings. (Initialised by a
// function so that package-level NewStr calls elsewhere can use it.)
var asciiChars = func() (t [128]*Str) {
	for i := range t {
		t[i] = &Str{s: string(rune(i)), ascii: true, n: 2}
	}
	return t
}()

// EmptyStr is the empty str.
var EmptyStr = &Str{ascii: true, n: 1}

// countCodePoints counts the code points of UTF-8/WTF-8 text: every byte
// that is not a continuation byte starts one.
func countCodePoints(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

var (
	internMu sync.Mutex
	interned = map[string]*Str{}
)

// Intern returns the canonical *Str for s: attribute names, identifiers and
// constant strings in generated code are interned so that lookups can
// compare pointers before comparing text.
func Intern(s string) *Str {
	internMu.Lock()
	defer internMu.Unlock()
	if v, ok := interned[s]; ok {
		return v
	}
	v := NewStr(s)
	interned[s] = v
	return v
}

func itoa(i int) string { return strconv.Itoa(i) }

// Len returns the number of code points.
func (s *Str) Len() int {
	if s.ascii {
		return len(s.s)
	}
	if n := atomic.LoadInt64(&s.n); n != 0 {
		return int(n - 1)
	}
	n := countCodePoints(s.s)
	atomic.StoreInt64(&s.n, int64(n)+1)
	return n
}

// isASCII reports whether the text is all ASCII (also for a Str built as a
// literal without NewStr).
func (s *Str) isASCII() bool {
	return s.ascii || s.Len() == len(s.s)
}

// offset returns the byte offset of code point i (0 <= i <= Len()).
func (s *Str) offset(i int) int {
	if s.isASCII() {
		return i
	}
	n := s.Len()
	if i >= n {
		return len(s.s)
	}
	idx := s.index.Load()
	if idx == nil {
		t := make([]int, 0, n/strIndexStep+1)
		cp := 0
		for b := 0; b < len(s.s); b++ {
			if s.s[b]&0xC0 != 0x80 {
				if cp%strIndexStep == 0 {
					t = append(t, b)
				}
				cp++
			}
		}
		s.index.Store(&t)
		idx = &t
	}
	b := (*idx)[i/strIndexStep]
	for k := i % strIndexStep; k > 0; k-- {
		b++
		for b < len(s.s) && s.s[b]&0xC0 == 0x80 {
			b++
		}
	}
	return b
}

// at returns code point i (0 <= i < Len()).
func (s *Str) at(i int) rune {
	if s.isASCII() {
		return rune(s.s[i])
	}
	r, _ := pystr.DecodeRune(s.s[s.offset(i):])
	return r
}

// substr returns code points [i, j).
func (s *Str) substr(i, j int) *Str {
	if i >= j {
		return EmptyStr
	}
	if s.isASCII() {
		if i == 0 && j == len(s.s) {
			return s
		}
		return newStrASCII(s.s[i:j])
	}
	a, b := s.offset(i), s.offset(j)
	r := &Str{s: s.s[a:b], n: int64(j-i) + 1}
	r.ascii = j-i == b-a
	return r
}

// charStr returns the one-character str for code point r.
func charStr(r rune) *Str {
	if r < utf8.RuneSelf && r >= 0 {
		return asciiChars[r]
	}
	return &Str{s: encodeRune(r), n: 2}
}

// encodeRune returns the UTF-8 encoding of r, or WTF-8 for a surrogate.
func encodeRune(r rune) string {
	if r >= 0xD800 && r <= 0xDFFF {
		return string([]byte{0xED, byte(0xA0 | (r>>6)&0x1F), byte(0x80 | r&0x3F)})
	}
	return string(r)
}

// appendRune appends the (WTF-8) encoding of r.
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0xA0|(r>>6)&0x1F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// runes decodes the text into code points.
func (s *Str) runes() []rune {
	rs := make([]rune, 0, s.Len())
	for i := 0; i < len(s.s); {
		r, n := pystr.DecodeRune(s.s[i:])
		rs = append(rs, r)
		i += n
	}
	return rs
}

// strFromRunes builds a str from code points.
func strFromRunes(rs []rune) *Str {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = appendRune(b, r)
	}
	return NewStr(string(b))
}

var strHashSeed = maphash.MakeSeed()

// Hash returns hash(s). Python randomises str hashes per process; any
// well-mixed hash does, as long as it is cached and never -1.
func (s *Str) Hash() int64 {
	if h := atomic.LoadInt64(&s.hash); h != 0 {
		return h
	}
	if s.s == "" {
		return 0
	}
	h := int64(maphash.String(strHashSeed, s.s))
	if h == 0 || h == -1 {
		h = 2
	}
	atomic.StoreInt64(&s.hash, h)
	return h
}

// strOf returns the str value of o when o is a str or a str subclass instance.
func strOf(o Object) (*Str, bool) {
	switch v := o.(type) {
	case *Str:
		return v, true
	case *Instance:
		if s, ok := v.Base.(*Str); ok {
			return s, true
		}
	}
	return nil, false
}

// strIterator iterates over the code points of a str.
type strIterator struct {
	mu  sync.Mutex
	s   *Str
	pos int // byte offset
}

// StrIteratorType and StrASCIIIteratorType are the types of iter(str).
var (
	StrIteratorType      = newBuiltinType("str_iterator", ObjectType, 0)
	StrASCIIIteratorType = newBuiltinType("str_ascii_iterator", ObjectType, 0)
)

// Type returns the iterator's type.
func (it *strIterator) Type() *Type {
	if it.s.ascii {
		return StrASCIIIteratorType
	}
	return StrIteratorType
}

func strIterNext(th *Thread, o Object) (Object, error) {
	it := o.(*strIterator)
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.pos >= len(it.s.s) {
		return nil, nil
	}
	if c := it.s.s[it.pos]; c < utf8.RuneSelf {
		it.pos++
		return asciiChars[c], nil
	}
	r, n := pystr.DecodeRune(it.s.s[it.pos:])
	it.pos += n
	return charStr(r), nil
}

// strConcat is a + b.
func strConcat(a, b *Str) *Str {
	if a.s == "" {
		return b
	}
	if b.s == "" {
		return a
	}
	n := len(a.s) + len(b.s)
	r := &Str{ascii: a.ascii && b.ascii}
	r.n = int64(a.Len()+b.Len()) + 1
	if buf := a.buf; buf != nil && n <= len(buf.b) && buf.used.CompareAndSwap(int64(len(a.s)), int64(n)) {
		// a ends where the buffer's claimed part ends: extend in place.
		copy(buf.b[len(a.s):n], b.s)
		r.s = unsafe.String(&buf.b[0], n)
		r.buf = buf
		return r
	}
	if n < 64 {
		r.s = a.s + b.s
		return r
	}
	buf := &strBuf{b: make([]byte, 2*n)}
	copy(buf.b, a.s)
	copy(buf.b[len(a.s):], b.s)
	buf.used.Store(int64(n))
	r.s = unsafe.String(&buf.b[0], n)
	r.buf = buf
	return r
}

// strRepeat is s * n.
func strRepeat(s *Str, n int64) (*Str, error) {
	if n <= 0 || s.s == "" {
		return EmptyStr, nil
	}
	if n == 1 {
		return s, nil
	}
	if int64(s.Len()) > (1<<63-1)/n {
		return nil, NewError(OverflowErrorType, "repeated string is too long")
	}
	if CheckAlloc(n, int64(len(s.s))) != nil {
		return nil, NewException(MemoryErrorType)
	}
	r := &Str{s: strings.Repeat(s.s, int(n)), ascii: s.ascii}
	r.n = int64(s.Len())*n + 1
	return r, nil
}

// repeatCount converts the right operand of sequence repetition.
func repeatCount(th *Thread, o Object) (int64, bool, error) {
	v, ok := intOf(o)
	if !ok {
		if o.Type().Slots.Index == nil {
			return 0, false, nil
		}
		r, err := o.Type().Slots.Index(th, o)
		if err != nil {
			return 0, true, err
		}
		v, ok = intOf(r)
		if !ok {
			return 0, true, NewError(TypeErrorType, "__index__ returned non-int (type %s)", r.Type().Name)
		}
	}
	if x, ok := v.(Int); ok {
		return int64(x), true, nil
	}
	if intSign(v) < 0 {
		return 0, true, nil
	}
	return 0, true, NewError(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
}

func init() {
	s := &StrType.Slots
	s.Repr = func(th *Thread, o Object) (Object, error) {
		v, _ := strOf(o)
		return NewStr(pystr.ReprStr(v.s)), nil
	}
	s.Str = func(th *Thread, o Object) (Object, error) {
		v, _ := strOf(o)
		return v, nil
	}
	s.Hash = func(th *Thread, o Object) (int64, error) {
		v, _ := strOf(o)
		return v.Hash(), nil
	}
	s.Len = func(th *Thread, o Object) (int, error) {
		v, _ := strOf(o)
		return v.Len(), nil
	}
	s.Bool = func(th *Thread, o Object) (bool, error) {
		v, _ := strOf(o)
		return v.s != "", nil
	}
	s.Compare = func(th *Thread, a, b Object, op CompareOp) (Object, error) {
		x, _ := strOf(a)
		y, ok := strOf(b)
		if !ok {
			return NotImplemented, nil
		}
		if op == OpEQ || op == OpNE {
			return Bool((x.s == y.s) == (op == OpEQ)), nil
		}
		return Bool(cmpResult(strings.Compare(x.s, y.s), op)), nil
	}
	s.Binary[OpAdd] = func(th *Thread, a, b Object) (Object, error) {
		x, _ := strOf(a)
		y, ok := strOf(b)
		if !ok {
			if b.Type().Flags&FlagHeapType != 0 {
				return NotImplemented, nil
			}
			return nil, NewError(TypeErrorType, "can only concatenate str (not \"%s\") to str", b.Type().Name)
		}
		return strConcat(x, y), nil
	}
	mul := func(th *Thread, a, b Object) (Object, error) {
		x, _ := strOf(a)
		n, ok, err := repeatCount(th, b)
		if err != nil {
			return nil, err
		}
		if !ok {
			if b.Type().Flags&FlagHeapType != 0 {
				return NotImplemented, nil
			}
			return nil, NewError(TypeErrorType, "can't multiply sequence by non-int of type '%s'", b.Type().Name)
		}
		return strRepeat(x, n)
	}
	s.Binary[OpMul] = mul
	s.RBinary[OpMul] = mul
	s.Binary[OpMod] = func(th *Thread, a, b Object) (Object, error) {
		x, _ := strOf(a)
		return strPercent(th, x, b)
	}
	s.Contains = func(th *Thread, container, item Object) (bool, error) {
		x, _ := strOf(container)
		y, ok := strOf(item)
		if !ok {
			return false, NewError(TypeErrorType, "'in <string>' requires string as left operand, not %s", item.Type().Name)
		}
		return strings.Contains(x.s, y.s), nil
	}
	s.GetItem = func(th *Thread, o, key Object) (Object, error) {
		x, _ := strOf(o)
		return strGetItem(th, x, key)
	}
	s.Iter = func(th *Thread, o Object) (Object, error) {
		x, _ := strOf(o)
		return &strIterator{s: x}, nil
	}
	for _, t := range []*Type{StrIteratorType, StrASCIIIteratorType} {
		t.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
		t.Slots.Next = strIterNext
	}
}

// strGetItem is s[key] for an index or a slice.
func strGetItem(th *Thread, x *Str, key Object) (Object, error) {
	if sl, ok := key.(*Slice); ok {
		start, stop, step, n, err := sl.Indices(th, x.Len())
		if err != nil {
			return nil, err
		}
		if step == 1 {
			return x.substr(start, stop), nil
		}
		if n <= 0 {
			return EmptyStr, nil
		}
		b := make([]byte, 0, n)
		if x.isASCII() {
			for i, k := start, 0; k < n; i, k = i+step, k+1 {
				b = append(b, x.s[i])
			}
			return newStrASCII(string(b)), nil
		}
		rs := x.runes()
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			b = appendRune(b, rs[i])
		}
		return NewStr(string(b)), nil
	}
	i, ok := intOf(key)
	if !ok {
		if f := key.Type().Slots.Index; f != nil {
			r, err := f(th, key)
			if err != nil {
				return nil, err
			}
			i, ok = intOf(r)
		}
		if !ok {
			return nil, NewError(TypeErrorType, "string indices must be integers, not '%s'", key.Type().Name)
		}
	}
	n := x.Len()
	idx, small := i.(Int)
	if !small {
		return nil, NewError(IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if idx < 0 {
		idx += Int(n)
	}
	if idx < 0 || int64(idx) >= int64(n) {
		return nil, NewError(IndexErrorType, "string index out of range")
	}
	if x.isASCII() {
		return asciiChars[x.s[idx]], nil
	}
	return charStr(x.at(int(idx))), nil
}
