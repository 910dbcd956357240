package py

import (
	"strconv"
	"strings"
)

// str.format and str.format_map (CPython's Objects/stringlib/unicode_format.h).

type formatter struct {
	th      *Thread
	mapOnly bool // format_map: positional fields are an error
	args    []Object
	kwargs  Object // *Dict or any mapping (format_map), nil if none
	autoIdx int    // next automatic field number; -1 once manual numbering is used
	auto    bool   // automatic numbering has been used
}

// vformat expands format with depth levels of nesting left.
func (f *formatter) vformat(format string, depth int) (string, error) {
	if depth <= 0 {
		return "", NewError(ValueErrorType, "Max string recursion exceeded")
	}
	var out strings.Builder
	n := len(format)
	for i := 0; i < n; {
		c := format[i]
		switch c {
		case '}':
			if i+1 < n && format[i+1] == '}' {
				out.WriteByte('}')
				i += 2
				continue
			}
			return "", NewError(ValueErrorType, "Single '}' encountered in format string")
		case '{':
			if i+1 < n && format[i+1] == '{' {
				out.WriteByte('{')
				i += 2
				continue
			}
			// Find the closing '}' as CPython's MarkupIterator does:
			// brackets in the field name hide braces, the character after
			// '!' is taken literally, and braces nest in the format spec.
			j, level := i+1, 1
			inSpec, sawBang := false, false
			for j < n && level > 0 {
				switch format[j] {
				case '[':
					if !inSpec {
						for j < n && format[j] != ']' {
							j++
						}
						if j >= n {
							return "", NewError(ValueErrorType, "expected '}' before end of string")
						}
					}
				case '!':
					if !inSpec {
						sawBang = true
						j++ // the conversion character
					}
				case ':':
					inSpec = true
				case '{':
					level++
				case '}':
					level--
				}
				j++
			}
			if level > 0 {
				if i+1 >= n {
					return "", NewError(ValueErrorType, "Single '{' encountered in format string")
				}
				if inSpec || sawBang {
					return "", NewError(ValueErrorType, "unmatched '{' in format spec")
				}
				return "", NewError(ValueErrorType, "expected '}' before end of string")
			}
			field := format[i+1 : j-1]
			s, err := f.renderField(field, depth)
			if err != nil {
				return "", err
			}
			out.WriteString(s)
			i = j
		default:
			j := strings.IndexAny(format[i:], "{}")
			if j < 0 {
				j = n - i
			}
			out.WriteString(format[i : i+j])
			i += j
		}
	}
	return out.String(), nil
}

// renderField formats one replacement field (the text between braces).
func (f *formatter) renderField(field string, depth int) (string, error) {
	th := f.th
	// Split name, conversion and spec: the name ends at the first '!' or
	// ':' outside brackets.
	nameEnd := len(field)
	inBracket := false
	for k := 0; k < len(field); k++ {
		c := field[k]
		if c == '[' {
			inBracket = true
		} else if c == ']' {
			inBracket = false
		} else if !inBracket && (c == '!' || c == ':') {
			nameEnd = k
			break
		}
	}
	name := field[:nameEnd]
	rest := field[nameEnd:]
	conv := byte(0)
	spec := ""
	if strings.HasPrefix(rest, "!") {
		if len(rest) < 2 {
			return "", NewError(ValueErrorType, "end of string while looking for conversion specifier")
		}
		conv = rest[1]
		rest = rest[2:]
		if rest != "" && rest[0] != ':' {
			return "", NewError(ValueErrorType, "expected ':' after conversion specifier")
		}
	}
	if strings.HasPrefix(rest, ":") {
		spec = rest[1:]
	}
	v, err := f.getField(name)
	if err != nil {
		return "", err
	}
	switch conv {
	case 0:
	case 'r':
		r, err := Repr(th, v)
		if err != nil {
			return "", err
		}
		v = r
	case 's':
		r, err := StrOf(th, v)
		if err != nil {
			return "", err
		}
		v = r
	case 'a':
		r, err := ASCII(th, v)
		if err != nil {
			return "", err
		}
		v = r
	default:
		return "", NewError(ValueErrorType, "Unknown conversion specifier %s", string(rune(conv)))
	}
	if strings.ContainsAny(spec, "{}") {
		spec, err = f.vformat(spec, depth-1)
		if err != nil {
			return "", err
		}
	}
	r, err := Format(th, v, NewStr(spec))
	if err != nil {
		return "", err
	}
	return r.s, nil
}

// getField resolves a field name: arg_name ("." attribute | "[" key "]")*.
func (f *formatter) getField(name string) (Object, error) {
	th := f.th
	k := 0
	for k < len(name) && name[k] != '.' && name[k] != '[' {
		k++
	}
	first := name[:k]
	var v Object
	if f.mapOnly && (first == "" || isDigits(first)) {
		return nil, NewError(ValueErrorType, "Format string contains positional fields")
	}
	if first == "" {
		if f.autoIdx < 0 {
			return nil, NewError(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		f.auto = true
		idx := f.autoIdx
		f.autoIdx++
		if idx >= len(f.args) {
			return nil, NewError(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
		}
		v = f.args[idx]
	} else if idx, err := strconv.Atoi(first); err == nil && first[0] != '-' && first[0] != '+' {
		if f.auto {
			return nil, NewError(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		f.autoIdx = -1
		if idx >= len(f.args) {
			return nil, NewError(IndexErrorType, "Replacement index %d out of range for positional args tuple", idx)
		}
		v = f.args[idx]
	} else {
		if f.kwargs == nil {
			return nil, NewKeyError(NewStr(first))
		}
		x, err := GetItem(th, f.kwargs, NewStr(first))
		if err != nil {
			return nil, err
		}
		v = x
	}
	rest := name[k:]
	for rest != "" {
		switch rest[0] {
		case '.':
			e := 1
			for e < len(rest) && rest[e] != '.' && rest[e] != '[' {
				e++
			}
			attr := rest[1:e]
			if attr == "" {
				return nil, NewError(ValueErrorType, "Empty attribute in format string")
			}
			x, err := GetAttr(th, v, NewStr(attr))
			if err != nil {
				return nil, err
			}
			v = x
			rest = rest[e:]
		case '[':
			e := strings.IndexByte(rest, ']')
			if e < 0 {
				return nil, NewError(ValueErrorType, "Missing ']' in format string")
			}
			key := rest[1:e]
			if key == "" {
				return nil, NewError(ValueErrorType, "Empty attribute in format string")
			}
			var kobj Object = NewStr(key)
			if n, err := strconv.Atoi(key); err == nil && key[0] != '-' && key[0] != '+' {
				kobj = Int(n)
			}
			x, err := GetItem(th, v, kobj)
			if err != nil {
				return nil, err
			}
			v = x
			rest = rest[e+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return nil, NewError(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return nil, NewError(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return v, nil
}

// StrFormat implements format.format(*args, **kwargs).
func StrFormat(th *Thread, format *Str, args []Object, kwargs Object) (*Str, error) {
	f := &formatter{th: th, args: args, kwargs: kwargs}
	s, err := f.vformat(format.s, 2)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func init() {
	defStr("format", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		var kwargs Object
		if kw.Len() > 0 {
			d := NewDict()
			for i, n := range kw.Names {
				if err := d.SetItem(th, n, kw.Values[i]); err != nil {
					return nil, err
				}
			}
			kwargs = d
		}
		return StrFormat(th, s, args, kwargs)
	})
	defStr("format_map", func(th *Thread, s *Str, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("str.format_map", args, kw); err != nil {
			return nil, err
		}
		f := &formatter{th: th, kwargs: args[0], mapOnly: true}
		r, err := f.vformat(s.s, 2)
		if err != nil {
			return nil, err
		}
		return NewStr(r), nil
	})
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
