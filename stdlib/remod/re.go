// Package remod provides Python's re module for Pygo.
//
// Matching uses github.com/dlclark/regexp2, a backtracking engine with
// .NET's regular expression syntax, which is close to Python's and,
// unlike Go's regexp (RE2), supports backreferences, lookahead and
// lookbehind, atomic groups and conditionals, as Python programs expect.
// Patterns are translated from Python's dialect first (translate.go):
// named groups are renumbered the Python way (left to right), (?P=name),
// \Z, {,n}, inline and ASCII flags, and the common syntax errors are
// reported as re.error with CPython's messages and positions. Python's
// rules for empty matches in findall/finditer/sub/split (an empty match
// may directly follow a non-empty one; after an empty match the next
// one must move on) are implemented here, not left to the engine.
// bytes patterns work on the Latin-1 view of the bytes.
//
// Flags are plain ints (re.I == 2, ...), not the RegexFlag enum, so
// print(re.I) shows 2. re.DEBUG output and re.LOCALE are not supported.
package remod

import (
	"strings"
	"sync"

	"github.com/dlclark/regexp2"
	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// Pattern is a compiled regular expression (re.Pattern).
type Pattern struct {
	source  py.Object // str or bytes, as given
	text    string    // the pattern as text (Latin-1 view for bytes)
	isBytes bool
	flags   int
	tr      *translation
	search  *regexp2.Regexp
	mu      sync.Mutex
	anchor  *regexp2.Regexp // \G(?:p)
	full    *regexp2.Regexp // \G(?:p)\z
	advance *regexp2.Regexp // \G(?:p)(?!\G): non-empty at the start
}

// Match is a match object (re.Match).
type Match struct {
	pat    *Pattern
	subj   py.Object
	runes  []rune
	pos    int
	endpos int
	spans  [][2]int // per group; -1 when unmatched
}

// The types.
var (
	PatternType = py.NewType("Pattern", "re", nil, 0)
	MatchType   = py.NewType("Match", "re", nil, 0)
	errorType   *py.Type
	errorOnce   sync.Once
)

// Type returns PatternType.
func (p *Pattern) Type() *py.Type { return PatternType }

// Type returns MatchType.
func (m *Match) Type() *py.Type { return MatchType }

func options(flags int) regexp2.RegexOptions {
	var o regexp2.RegexOptions
	if flags&flagIgnoreCase != 0 {
		o |= regexp2.IgnoreCase
	}
	if flags&flagMultiline != 0 {
		o |= regexp2.Multiline
	}
	if flags&flagDotAll != 0 {
		o |= regexp2.Singleline
	}
	return o
}

// reError builds re.error(msg, pattern, pos).
func reError(th *py.Thread, pe *patternError, pattern py.Object) error {
	t := ErrorType(th)
	var pos py.Object = py.None
	if pe.pos >= 0 {
		pos = py.Int(pe.pos)
	}
	e, err := py.Call(th, t, []py.Object{py.NewStr(pe.msg), pattern, pos}, nil)
	if err != nil {
		return err
	}
	return py.Raise(th, e, nil)
}

// ErrorType returns re.error.
func ErrorType(th *py.Thread) *py.Type {
	errorOnce.Do(func() {
		c := pyutil.NewClass("error")
		c.Set("__doc__", py.NewStr("Exception raised for invalid regular expressions."))
		c.Method("__init__", []string{"self", "msg", "pattern", "pos"}, []py.Object{py.None, py.None}, func(th *py.Thread, a []py.Object) (py.Object, error) {
			self, msg, pattern, pos := a[0], a[1], a[2], a[3]
			text, err := py.StrOf(th, msg)
			if err != nil {
				return nil, err
			}
			full := text.String()
			var lineno, colno py.Object = py.None, py.None
			if pos != py.None && pattern != py.None {
				p, _ := py.IndexInt(th, pos)
				full += " at position " + itoa(p)
				if s, ok := py.Unwrap(pattern).(*py.Str); ok {
					rs := []rune(s.String())
					if p > len(rs) {
						p = len(rs)
					}
					prefix := string(rs[:p])
					ln := strings.Count(prefix, "\n") + 1
					col := p + 1
					if k := strings.LastIndexByte(prefix, '\n'); k >= 0 {
						col = p - len([]rune(prefix[:k+1])) + 1
					}
					lineno, colno = py.Int(ln), py.Int(col)
					if strings.Contains(s.String(), "\n") {
						full += " (line " + itoa(ln) + ", column " + itoa(col) + ")"
					}
				}
			}
			if err := py.ExceptionType.Slots.Init(th, self, []py.Object{py.NewStr(full)}, nil); err != nil {
				return nil, err
			}
			if be, ok := self.(*py.BaseException); ok {
				be.Args = py.NewTuple([]py.Object{py.NewStr(full)})
			}
			for _, kv := range []struct {
				n string
				v py.Object
			}{{"msg", msg}, {"pattern", pattern}, {"pos", pos}, {"lineno", lineno}, {"colno", colno}} {
				if err := py.SetAttr(th, self, py.Intern(kv.n), kv.v); err != nil {
					return nil, err
				}
			}
			return py.None, nil
		})
		t, err := c.Build(th, nil, "re", py.ExceptionType)
		if err != nil {
			t = py.NewType("error", "re", py.ExceptionType, py.FlagBaseType|py.FlagHasDict)
		}
		errorType = t
	})
	return errorType
}

type cacheKey struct {
	text    string
	isBytes bool
	flags   int
}

var (
	cacheMu sync.Mutex
	cache   = map[cacheKey]*Pattern{}
)

// subjectText returns the text of a pattern or subject: str, or the
// Latin-1 view of bytes.
func subjectText(o py.Object) (string, bool, bool) {
	switch v := py.Unwrap(o).(type) {
	case *py.Str:
		return v.String(), false, true
	case *py.Bytes:
		return latin1(v.Bytes()), true, true
	case *py.ByteArray:
		return latin1(v.Snapshot()), true, true
	}
	return "", false, false
}

func latin1(b []byte) string {
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return string(rs)
}

func toBytes(rs []rune) []byte {
	b := make([]byte, len(rs))
	for i, r := range rs {
		b[i] = byte(r)
	}
	return b
}

// Compile compiles pattern with flags (cached).
func Compile(th *py.Thread, pattern py.Object, flagsObj py.Object) (*Pattern, error) {
	flags := 0
	if flagsObj != nil && flagsObj != py.None {
		n, err := py.IndexInt(th, flagsObj)
		if err != nil {
			return nil, err
		}
		flags = n
	}
	if p, ok := py.Unwrap(pattern).(*Pattern); ok {
		if flags != 0 {
			return nil, py.NewError(py.ValueErrorType, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	text, isBytes, ok := subjectText(pattern)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "first argument must be string or compiled pattern")
	}
	key := cacheKey{text, isBytes, flags}
	cacheMu.Lock()
	if p, ok := cache[key]; ok {
		cacheMu.Unlock()
		return p, nil
	}
	cacheMu.Unlock()
	if isBytes && flags&flagUnicode != 0 {
		return nil, py.NewError(py.ValueErrorType, "cannot use UNICODE flag with a bytes pattern")
	}
	if flags&flagUnicode != 0 && flags&flagASCII != 0 {
		return nil, py.NewError(py.ValueErrorType, "ASCII and UNICODE flags are incompatible")
	}
	tr, err := translate(text, flags)
	if err != nil {
		if pe, ok := err.(*patternError); ok {
			pe.pos = runeIndex(text, pe.pos)
			return nil, reError(th, pe, pattern)
		}
		return nil, err
	}
	if isBytes {
		tr.flags |= flagASCII
	} else if tr.flags&flagASCII == 0 {
		tr.flags |= flagUnicode
	}
	re, err := regexp2.Compile(tr.pattern, options(tr.flags))
	if err != nil {
		return nil, reError(th, &patternError{strings.TrimPrefix(err.Error(), "error parsing regexp: "), -1}, pattern)
	}
	p := &Pattern{source: pattern, text: text, isBytes: isBytes, flags: tr.flags, tr: tr, search: re}
	cacheMu.Lock()
	if len(cache) >= 512 {
		cache = map[cacheKey]*Pattern{}
	}
	cache[key] = p
	cacheMu.Unlock()
	return p, nil
}

func runeIndex(s string, byteOff int) int {
	if byteOff < 0 {
		return byteOff
	}
	if byteOff > len(s) {
		byteOff = len(s)
	}
	return len([]rune(s[:byteOff]))
}

func (p *Pattern) variant(which string) *regexp2.Regexp {
	p.mu.Lock()
	defer p.mu.Unlock()
	var slot **regexp2.Regexp
	var src string
	switch which {
	case "anchor":
		slot, src = &p.anchor, `\G(?:`+p.tr.pattern+`)`
	case "full":
		slot, src = &p.full, `\G(?:`+p.tr.pattern+`)\z`
	default:
		slot, src = &p.advance, `\G(?:`+p.tr.pattern+`)(?!\G)`
	}
	if *slot == nil {
		*slot = regexp2.MustCompile(src, options(p.flags))
	}
	return *slot
}

// subject converts a subject string for matching.
func (p *Pattern) subject(o py.Object) ([]rune, error) {
	text, isBytes, ok := subjectText(o)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "expected string or bytes-like object, got '%s'", o.Type().Name)
	}
	if isBytes != p.isBytes {
		if p.isBytes {
			return nil, py.NewError(py.TypeErrorType, "cannot use a bytes pattern on a string-like object")
		}
		return nil, py.NewError(py.TypeErrorType, "cannot use a string pattern on a bytes-like object")
	}
	return []rune(text), nil
}

func clampPos(th *py.Thread, o py.Object, dflt, n int) (int, error) {
	if o == nil || o == py.None {
		return dflt, nil
	}
	v, err := py.IndexInt(th, o)
	if err != nil {
		return 0, err
	}
	if v < 0 {
		v = 0
	}
	if v > n {
		v = n
	}
	return v, nil
}

func (p *Pattern) newMatch(m *regexp2.Match, subj py.Object, runes []rune, pos, endpos int) *Match {
	spans := make([][2]int, p.tr.groups+1)
	for i := range spans {
		g := m.GroupByNumber(i)
		if g == nil || len(g.Captures) == 0 {
			spans[i] = [2]int{-1, -1}
			continue
		}
		spans[i] = [2]int{g.Index, g.Index + g.Length}
	}
	return &Match{pat: p, subj: subj, runes: runes, pos: pos, endpos: endpos, spans: spans}
}

func engineErr(err error) error {
	return py.NewError(py.RuntimeErrorType, "regular expression engine: %s", err.Error())
}

// find runs re at pos on runes[:endpos].
func (p *Pattern) find(re *regexp2.Regexp, runes []rune, pos, endpos int) (*regexp2.Match, error) {
	if pos > endpos {
		return nil, nil
	}
	m, err := re.FindRunesMatchStartingAt(runes[:endpos], pos)
	if err != nil {
		return nil, engineErr(err)
	}
	return m, nil
}

// iterate calls fn for each successive match with Python's empty-match
// rules, up to limit matches (0: no limit).
func (p *Pattern) iterate(runes []rune, pos, endpos, limit int, fn func(m *regexp2.Match) error) error {
	mustAdvance := false
	count := 0
	for pos <= endpos {
		var m *regexp2.Match
		var err error
		if mustAdvance {
			m, err = p.find(p.variant("advance"), runes, pos, endpos)
			if err == nil && m == nil {
				if pos >= endpos {
					return nil
				}
				m, err = p.find(p.search, runes, pos+1, endpos)
			}
		} else {
			m, err = p.find(p.search, runes, pos, endpos)
		}
		if err != nil {
			return err
		}
		if m == nil {
			return nil
		}
		if err := fn(m); err != nil {
			return err
		}
		count++
		if limit > 0 && count >= limit {
			return nil
		}
		end := m.Index + m.Length
		mustAdvance = m.Length == 0
		pos = end
	}
	return nil
}

func (p *Pattern) str(rs []rune) py.Object {
	if p.isBytes {
		return py.NewBytes(toBytes(rs))
	}
	return py.NewStr(string(rs))
}

func (m *Match) group(i int) py.Object {
	sp := m.spans[i]
	if sp[0] < 0 {
		return py.None
	}
	return m.pat.str(m.runes[sp[0]:sp[1]])
}

// groupIndex resolves a group reference (int or name).
func (m *Match) groupIndex(th *py.Thread, g py.Object) (int, error) {
	return m.pat.groupIndex(th, g)
}

func (p *Pattern) groupIndex(th *py.Thread, g py.Object) (int, error) {
	if s, ok := py.Unwrap(g).(*py.Str); ok {
		if n, ok := p.tr.names[s.String()]; ok {
			return n, nil
		}
		return 0, py.NewError(py.IndexErrorType, "no such group")
	}
	switch py.Unwrap(g).(type) {
	case py.Int, py.Bool, *py.BigInt:
		n, err := py.IndexInt(th, g)
		if err != nil || n < 0 || n > p.tr.groups {
			return 0, py.NewError(py.IndexErrorType, "no such group")
		}
		return n, nil
	}
	return 0, py.NewError(py.IndexErrorType, "no such group")
}

func (m *Match) lastIndex() int {
	best, bestEnd := -1, -1
	for i := 1; i < len(m.spans); i++ {
		if m.spans[i][0] >= 0 && m.spans[i][1] > bestEnd {
			best, bestEnd = i, m.spans[i][1]
		}
	}
	return best
}

func itoa(n int) string {
	s, _ := pyutil.ReprStr(nil, py.Int(n))
	return s
}
