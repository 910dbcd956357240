package py

import (
	"strconv"
	"sync"
)

// Str is a Python str. The text is kept as UTF-8 (lone surrogates as
// WTF-8); ASCII strings index in O(1) directly, others through a lazily
// built code-point table.
type Str struct {
	s     string
	ascii bool
	hash  int64 // 0: not computed yet (accessed atomically)
}

// Type returns StrType.
func (s *Str) Type() *Type { return StrType }

// String returns the Go (UTF-8) form of the text.
func (s *Str) String() string { return s.s }

// NewStr makes a str from UTF-8 text.
func NewStr(s string) *Str {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	return &Str{s: s, ascii: ascii}
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
