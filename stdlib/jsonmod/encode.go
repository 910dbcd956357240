package jsonmod

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pygo-dev/pygo/internal/pystr"
	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// encoder holds the options of one encoding (JSONEncoder's attributes).
type encoder struct {
	self         py.Object // the JSONEncoder whose default() is called (nil: none)
	defaultFn    py.Object // the default= function (used when self is nil)
	skipKeys     bool
	ensureASCII  bool
	checkCirc    bool
	allowNaN     bool
	sortKeys     bool
	indent       string
	hasIndent    bool
	itemSep      string
	keySep       string
	markers      map[py.Object]bool
	b            strings.Builder
	defaultCalls int
}

const hexd = "0123456789abcdef"

// writeString writes s as a JSON string literal.
func writeString(b *strings.Builder, s string, ascii bool) {
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (c != 0x7f || !ascii) {
				i++
				continue
			}
			b.WriteString(s[start:i])
			switch c {
			case '"':
				b.WriteString(`\"`)
			case '\\':
				b.WriteString(`\\`)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			case '\b':
				b.WriteString(`\b`)
			case '\f':
				b.WriteString(`\f`)
			default:
				b.WriteString(`\u00`)
				b.WriteByte(hexd[c>>4])
				b.WriteByte(hexd[c&15])
			}
			i++
			start = i
			continue
		}
		r, n := pystr.DecodeRune(s[i:])
		if !ascii {
			i += n
			continue
		}
		b.WriteString(s[start:i])
		if r >= 0x10000 {
			r -= 0x10000
			writeU(b, 0xD800+(r>>10))
			writeU(b, 0xDC00+(r&0x3FF))
		} else {
			writeU(b, r)
		}
		i += n
		start = i
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

func writeU(b *strings.Builder, r rune) {
	b.WriteString(`\u`)
	b.WriteByte(hexd[(r>>12)&15])
	b.WriteByte(hexd[(r>>8)&15])
	b.WriteByte(hexd[(r>>4)&15])
	b.WriteByte(hexd[r&15])
}

// floatStr is CPython's floatstr: repr, or NaN/Infinity/-Infinity.
func (e *encoder) floatStr(f float64) (string, error) {
	var s string
	switch {
	case math.IsNaN(f):
		s = "NaN"
	case math.IsInf(f, 1):
		s = "Infinity"
	case math.IsInf(f, -1):
		s = "-Infinity"
	default:
		return pystr.ReprFloat(f), nil
	}
	if !e.allowNaN {
		return "", py.NewError(py.ValueErrorType, "Out of range float values are not JSON compliant")
	}
	return s, nil
}

func intRepr(th *py.Thread, o py.Object) (string, error) {
	switch v := o.(type) {
	case py.Int:
		return strconv.FormatInt(int64(v), 10), nil
	case *py.BigInt:
		return v.Big().String(), nil
	}
	// int subclass (IntEnum...): int.__repr__ of the value
	r, err := py.Call1(th, py.IntType, o)
	if err != nil {
		return "", err
	}
	return pyutil.ReprStr(th, r)
}

func (e *encoder) newline(depth int) {
	if !e.hasIndent {
		return
	}
	e.b.WriteByte('\n')
	for i := 0; i < depth; i++ {
		e.b.WriteString(e.indent)
	}
}

func (e *encoder) enter(o py.Object) error {
	if !e.checkCirc {
		return nil
	}
	if e.markers[o] {
		return py.NewError(py.ValueErrorType, "Circular reference detected")
	}
	e.markers[o] = true
	return nil
}

func (e *encoder) leave(o py.Object) {
	if e.checkCirc {
		delete(e.markers, o)
	}
}

// encode appends the JSON text of o.
func (e *encoder) encode(th *py.Thread, o py.Object, depth int) error {
	if err := th.Enter(); err != nil {
		return err
	}
	defer th.Leave()
	switch v := o.(type) {
	case *py.Str:
		writeString(&e.b, v.String(), e.ensureASCII)
		return nil
	case *py.NoneType:
		e.b.WriteString("null")
		return nil
	case py.Bool:
		if v {
			e.b.WriteString("true")
		} else {
			e.b.WriteString("false")
		}
		return nil
	case py.Int, *py.BigInt:
		s, _ := intRepr(th, v)
		e.b.WriteString(s)
		return nil
	case py.Float:
		s, err := e.floatStr(float64(v))
		if err != nil {
			return err
		}
		e.b.WriteString(s)
		return nil
	}
	base := py.Unwrap(o)
	switch v := base.(type) {
	case *py.Str:
		writeString(&e.b, v.String(), e.ensureASCII)
		return nil
	case py.Int, *py.BigInt, py.Bool:
		s, err := intRepr(th, o)
		if err != nil {
			return err
		}
		e.b.WriteString(s)
		return nil
	case py.Float:
		s, err := e.floatStr(float64(v))
		if err != nil {
			return err
		}
		e.b.WriteString(s)
		return nil
	case *py.List:
		return e.encodeSeq(th, o, v.Items(), depth)
	case *py.Tuple:
		return e.encodeSeq(th, o, v.Items, depth)
	case *py.Dict:
		return e.encodeDict(th, o, v, depth)
	}
	if err := e.enter(o); err != nil {
		return err
	}
	r, err := e.callDefault(th, o)
	if err != nil {
		return err
	}
	if err := e.encode(th, r, depth); err != nil {
		return err
	}
	e.leave(o)
	return nil
}

func (e *encoder) callDefault(th *py.Thread, o py.Object) (py.Object, error) {
	if e.self != nil {
		return py.CallMethod1(th, e.self, py.Intern("default"), o)
	}
	if e.defaultFn != nil && e.defaultFn != py.None {
		return py.Call1(th, e.defaultFn, o)
	}
	return nil, notSerializable(o)
}

func notSerializable(o py.Object) error {
	return py.NewError(py.TypeErrorType, "Object of type %s is not JSON serializable", o.Type().Name)
}

func (e *encoder) encodeSeq(th *py.Thread, o py.Object, items []py.Object, depth int) error {
	if len(items) == 0 {
		e.b.WriteString("[]")
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	e.b.WriteByte('[')
	e.newline(depth + 1)
	for i, it := range items {
		if i > 0 {
			e.b.WriteString(e.itemSep)
			e.newline(depth + 1)
		}
		if err := e.encode(th, it, depth+1); err != nil {
			return err
		}
	}
	e.newline(depth)
	e.b.WriteByte(']')
	e.leave(o)
	return nil
}

// keyString converts a dict key as CPython's encoder does; ok is false
// for a key skipped by skipkeys.
func (e *encoder) keyString(th *py.Thread, k py.Object) (string, bool, error) {
	switch v := py.Unwrap(k).(type) {
	case *py.Str:
		return v.String(), true, nil
	case py.Float:
		s, err := e.floatStr(float64(v))
		return s, true, err
	case py.Bool:
		if v {
			return "true", true, nil
		}
		return "false", true, nil
	case *py.NoneType:
		return "null", true, nil
	case py.Int, *py.BigInt:
		s, err := intRepr(th, k)
		return s, true, err
	}
	if e.skipKeys {
		return "", false, nil
	}
	return "", false, py.NewError(py.TypeErrorType, "keys must be str, int, float, bool or None, not %s", k.Type().Name)
}

func (e *encoder) encodeDict(th *py.Thread, o py.Object, d *py.Dict, depth int) error {
	keys, vals := d.Items()
	if o.Type() != py.DictType {
		// a subclass may override items()
		if ov := o.Type().Lookup(py.Intern("items")); ov != nil && ov != py.DictType.Dict.GetStr(py.Intern("items")) {
			r, err := py.CallMethod0(th, o, py.Intern("items"))
			if err != nil {
				return err
			}
			pairs, err := py.Collect(th, r)
			if err != nil {
				return err
			}
			keys, vals = keys[:0], vals[:0]
			for _, p := range pairs {
				kv, err := py.Unpack(th, p, 2)
				if err != nil {
					return err
				}
				keys, vals = append(keys, kv[0]), append(vals, kv[1])
			}
		}
	}
	if len(keys) == 0 {
		e.b.WriteString("{}")
		return nil
	}
	if err := e.enter(o); err != nil {
		return err
	}
	if e.sortKeys {
		idx := make([]int, len(keys))
		for i := range idx {
			idx[i] = i
		}
		var serr error
		sort.SliceStable(idx, func(a, b int) bool {
			if serr != nil {
				return false
			}
			lt, err := py.CompareBool(th, py.OpLT, keys[idx[a]], keys[idx[b]])
			if err != nil {
				serr = err
			}
			return lt
		})
		if serr != nil {
			return serr
		}
		k2, v2 := make([]py.Object, len(keys)), make([]py.Object, len(keys))
		for i, j := range idx {
			k2[i], v2[i] = keys[j], vals[j]
		}
		keys, vals = k2, v2
	}
	e.b.WriteByte('{')
	e.newline(depth + 1)
	first := true
	for i, k := range keys {
		ks, ok, err := e.keyString(th, k)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			e.b.WriteString(e.itemSep)
			e.newline(depth + 1)
		}
		first = false
		writeString(&e.b, ks, e.ensureASCII)
		e.b.WriteString(e.keySep)
		if err := e.encode(th, vals[i], depth+1); err != nil {
			return err
		}
	}
	e.newline(depth)
	e.b.WriteByte('}')
	e.leave(o)
	return nil
}

// setIndent interprets the indent option (None, int or str).
func (e *encoder) setIndent(th *py.Thread, ind py.Object) error {
	if ind == nil || ind == py.None {
		return nil
	}
	e.hasIndent = true
	if s, ok := py.Unwrap(ind).(*py.Str); ok {
		e.indent = s.String()
		return nil
	}
	n, err := py.IndexInt(th, ind)
	if err != nil {
		return err
	}
	if n > 0 {
		e.indent = strings.Repeat(" ", n)
	}
	return nil
}

// setSeparators interprets separators=(item, key).
func (e *encoder) setSeparators(th *py.Thread, seps py.Object) error {
	if e.hasIndent {
		e.itemSep, e.keySep = ",", ": "
	} else {
		e.itemSep, e.keySep = ", ", ": "
	}
	if seps == nil || seps == py.None {
		return nil
	}
	p, err := py.Unpack(th, seps, 2)
	if err != nil {
		return err
	}
	a, ok1 := py.Unwrap(p[0]).(*py.Str)
	b, ok2 := py.Unwrap(p[1]).(*py.Str)
	if !ok1 || !ok2 {
		return py.NewError(py.TypeErrorType, "make_encoder() argument 6 must be str, not %s", p[0].Type().Name)
	}
	e.itemSep, e.keySep = a.String(), b.String()
	return nil
}
