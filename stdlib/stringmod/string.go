// Package stringmod implements Python's string module in Go: the
// character-class constants, capwords, Template (substitute,
// safe_substitute, get_identifiers, is_valid, with CPython's errors and
// the delimiter/idpattern/braceidpattern/flags class attributes of
// subclasses) and a basic Formatter that delegates to str.format.
package stringmod

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

const (
	asciiLower  = "abcdefghijklmnopqrstuvwxyz"
	asciiUpper  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	digits      = "0123456789"
	punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
	whitespace  = " \t\n\r\x0b\x0c"
)

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "string", Body: stringBody})
}

func stringBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	d.Set("ascii_lowercase", py.NewStr(asciiLower))
	d.Set("ascii_uppercase", py.NewStr(asciiUpper))
	d.Set("ascii_letters", py.NewStr(asciiLower+asciiUpper))
	d.Set("digits", py.NewStr(digits))
	d.Set("hexdigits", py.NewStr(digits+"abcdefABCDEF"))
	d.Set("octdigits", py.NewStr("01234567"))
	d.Set("punctuation", py.NewStr(punctuation))
	d.Set("whitespace", py.NewStr(whitespace))
	d.Set("printable", py.NewStr(digits+asciiLower+asciiUpper+punctuation+whitespace))
	d.Func("capwords", capwords)
	d.Set("Template", TemplateType)
	d.Set("Formatter", FormatterType)
	return nil
}

func capwords(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("capwords", args, kw, []string{"s", "sep"}, 1)
	if err != nil {
		return nil, err
	}
	var words py.Object
	sep := a[1]
	if sep == nil {
		sep = py.None
	}
	if words, err = py.CallMethod1(th, a[0], py.Intern("split"), sep); err != nil {
		return nil, err
	}
	items, err := py.Collect(th, words)
	if err != nil {
		return nil, err
	}
	for i, w := range items {
		if items[i], err = py.CallMethod0(th, w, py.Intern("capitalize")); err != nil {
			return nil, err
		}
	}
	joiner := sep
	if t, err := py.Truth(th, sep); err != nil {
		return nil, err
	} else if !t {
		joiner = py.NewStr(" ")
	}
	return py.CallMethod1(th, joiner, py.Intern("join"), py.NewList(items))
}

// Template is a string.Template instance. cls is the class it was
// created through, whose class attributes configure the pattern.
type Template struct {
	dict     *py.Dict
	cls      *py.Type
	template py.Object
}

// TemplateType is string.Template.
var TemplateType = py.NewType("Template", "string", nil, py.FlagBaseType)

// Type returns TemplateType.
func (t *Template) Type() *py.Type { return TemplateType }

// InstanceDict implements py.DictHolder.
func (t *Template) InstanceDict(create bool) *py.Dict {
	if t.dict == nil && create {
		t.dict = py.NewDict()
	}
	return t.dict
}

// patternCache maps a class to its compiled pattern.
var patternCache sync.Map // *py.Type -> *regexp.Regexp

const defaultIDPattern = `(?a:[_a-z][_a-z0-9]*)`

// translate turns the Python regular expressions used by Template
// subclasses into Go syntax where they differ ((?a:...) groups).
func translate(p string) string {
	return strings.ReplaceAll(p, "(?a:", "(?:")
}

func classAttr(th *py.Thread, cls *py.Type, name string) (py.Object, error) {
	return py.GetAttr(th, cls, py.NewStr(name))
}

// pattern returns the compiled pattern for cls, built like
// Template.__init_subclass__ does.
func pattern(th *py.Thread, cls *py.Type) (*regexp.Regexp, error) {
	if re, ok := patternCache.Load(cls); ok {
		return re.(*regexp.Regexp), nil
	}
	var src string
	if p := cls.Lookup(py.NewStr("pattern")); p != nil && cls != TemplateType {
		s, ok := mu.Str(p)
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "Template.pattern must be a string")
		}
		src = s
	} else {
		delimO, err := classAttr(th, cls, "delimiter")
		if err != nil {
			return nil, err
		}
		idO, err := classAttr(th, cls, "idpattern")
		if err != nil {
			return nil, err
		}
		bidO, err := classAttr(th, cls, "braceidpattern")
		if err != nil {
			return nil, err
		}
		delim, _ := mu.Str(delimO)
		id, _ := mu.Str(idO)
		bid := id
		if b, ok := mu.Str(bidO); ok {
			bid = b
		}
		d := regexp.QuoteMeta(delim)
		src = d + `(?:(?P<escaped>` + d + `)|(?P<named>` + id + `)|\{(?P<braced>` + bid + `)\}|(?P<invalid>))`
	}
	flagsO, err := classAttr(th, cls, "flags")
	if err != nil {
		return nil, err
	}
	prefix := ""
	if f, ok := py.IntValue(flagsO); ok {
		if f&2 != 0 { // re.IGNORECASE
			prefix += "i"
		}
		if f&64 != 0 { // re.VERBOSE: drop whitespace and comments
			src = stripVerbose(src)
		}
	}
	if prefix != "" {
		src = "(?" + prefix + ")" + src
	}
	re, err := regexp.Compile(translate(src))
	if err != nil {
		return nil, py.NewError(py.ValueErrorType, "Template pattern not supported by Pygo: %s", err.Error())
	}
	patternCache.Store(cls, re)
	return re, nil
}

// stripVerbose removes unescaped whitespace and # comments (re.VERBOSE).
func stripVerbose(s string) string {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			b.WriteByte(c)
			b.WriteByte(s[i+1])
			i++
		case c == '[':
			inClass = true
			b.WriteByte(c)
		case c == ']':
			inClass = false
			b.WriteByte(c)
		case !inClass && (c == ' ' || c == '\t' || c == '\n' || c == '\r'):
		case !inClass && c == '#':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func (t *Template) text() (string, error) {
	s, ok := mu.Str(t.template)
	if !ok {
		return "", py.NewError(py.TypeErrorType, "expected string or bytes-like object, got '%s'", t.template.Type().Name)
	}
	return s, nil
}

// invalid raises CPython's "Invalid placeholder in string" ValueError
// for a match at byte offset i.
func invalid(s string, i int) error {
	before := s[:i]
	lineno := strings.Count(before, "\n") + 1
	last := strings.LastIndexByte(before, '\n')
	colno := utf8.RuneCountInString(before[last+1:])
	if before == "" {
		lineno, colno = 1, 1
	}
	return py.NewError(py.ValueErrorType, "Invalid placeholder in string: line %d, col %d", lineno, colno)
}

// substitute implements substitute (safe false) and safe_substitute.
func (t *Template) substitute(th *py.Thread, args []py.Object, kw *py.KwArgs, safe bool) (py.Object, error) {
	name := "substitute"
	if safe {
		name = "safe_substitute"
	}
	if len(args) > 1 {
		return nil, py.NewError(py.TypeErrorType, "%s() takes from 1 to 2 positional arguments but %d were given", name, len(args)+1)
	}
	var mapping py.Object
	if len(args) == 1 {
		mapping = args[0]
	}
	var kws *py.Dict
	if kw.Len() > 0 {
		kws = py.NewDict()
		for i := range kw.Names {
			kws.SetStr(kw.Names[i], kw.Values[i])
		}
	}
	lookup := func(key string) (py.Object, bool, error) {
		k := py.NewStr(key)
		if kws != nil {
			if v := kws.GetStr(k); v != nil {
				return v, true, nil
			}
		}
		if mapping == nil {
			if safe {
				return nil, false, nil
			}
			return nil, false, py.NewKeyError(k)
		}
		v, err := py.GetItem(th, mapping, k)
		if err != nil {
			if safe {
				if ok, _ := py.ExceptionMatches(th, err, py.KeyErrorType); ok {
					return nil, false, nil
				}
			}
			return nil, false, err
		}
		return v, true, nil
	}
	s, err := t.text()
	if err != nil {
		return nil, err
	}
	re, err := pattern(th, t.cls)
	if err != nil {
		return nil, err
	}
	names := re.SubexpNames()
	var b strings.Builder
	last := 0
	for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
		b.WriteString(s[last:loc[0]])
		last = loc[1]
		group := func(n string) (string, bool) {
			for i, gn := range names {
				if gn == n && loc[2*i] >= 0 {
					return s[loc[2*i]:loc[2*i+1]], true
				}
			}
			return "", false
		}
		if named, ok := group("named"); ok {
			if err := t.emit(th, &b, named, s[loc[0]:loc[1]], lookup); err != nil {
				return nil, err
			}
			continue
		}
		if braced, ok := group("braced"); ok {
			if err := t.emit(th, &b, braced, s[loc[0]:loc[1]], lookup); err != nil {
				return nil, err
			}
			continue
		}
		if _, ok := group("escaped"); ok {
			delim, err := classAttr(th, t.cls, "delimiter")
			if err != nil {
				return nil, err
			}
			ds, _ := mu.Str(delim)
			b.WriteString(ds)
			continue
		}
		if _, ok := group("invalid"); ok {
			if safe {
				b.WriteString(s[loc[0]:loc[1]])
				continue
			}
			for i, gn := range names {
				if gn == "invalid" {
					return nil, invalid(s, loc[2*i])
				}
			}
		}
		return nil, py.NewError(py.ValueErrorType, "Unrecognized named group in pattern")
	}
	b.WriteString(s[last:])
	return py.NewStr(b.String()), nil
}

func (t *Template) emit(th *py.Thread, b *strings.Builder, name, whole string,
	lookup func(string) (py.Object, bool, error)) error {
	v, ok, err := lookup(name)
	if err != nil {
		return err
	}
	if !ok {
		b.WriteString(whole)
		return nil
	}
	s, err := py.StrOf(th, v)
	if err != nil {
		return err
	}
	b.WriteString(s.String())
	return nil
}

func init() {
	TemplateType.Doc = "A string class for supporting $-substitutions."
	TemplateType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("Template", args, kw, []string{"template"}, 1)
		if err != nil {
			return nil, err
		}
		return &Template{cls: cls, template: a[0]}, nil
	}
	TemplateType.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error { return nil }
	td := TemplateType.Dict
	td.SetStr(py.NewStr("delimiter"), py.NewStr("$"))
	td.SetStr(py.NewStr("idpattern"), py.NewStr(defaultIDPattern))
	td.SetStr(py.NewStr("braceidpattern"), py.None)
	td.SetStr(py.NewStr("flags"), py.Int(2)) // re.IGNORECASE
	py.DefGetSet(TemplateType, "template", func(th *py.Thread, self py.Object) (py.Object, error) {
		return self.(*Template).template, nil
	}, func(th *py.Thread, self, v py.Object) error {
		self.(*Template).template = v
		return nil
	})
	py.DefMethod(TemplateType, "substitute", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return self.(*Template).substitute(th, args, kw, false)
	})
	py.DefMethod(TemplateType, "safe_substitute", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return self.(*Template).substitute(th, args, kw, true)
	})
	py.DefMethod(TemplateType, "get_identifiers", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return self.(*Template).scan(th, false)
	})
	py.DefMethod(TemplateType, "is_valid", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return self.(*Template).scan(th, true)
	})
}

// scan implements get_identifiers (valid false) and is_valid.
func (t *Template) scan(th *py.Thread, valid bool) (py.Object, error) {
	s, err := t.text()
	if err != nil {
		return nil, err
	}
	re, err := pattern(th, t.cls)
	if err != nil {
		return nil, err
	}
	names := re.SubexpNames()
	var ids []string
	seen := map[string]bool{}
	for _, loc := range re.FindAllStringSubmatchIndex(s, -1) {
		for i, gn := range names {
			if loc[2*i] < 0 {
				continue
			}
			switch gn {
			case "named", "braced":
				id := s[loc[2*i]:loc[2*i+1]]
				if !seen[id] {
					seen[id] = true
					ids = append(ids, id)
				}
			case "invalid":
				if valid {
					return py.False, nil
				}
				return nil, invalid(s, loc[2*i])
			}
		}
	}
	if valid {
		return py.True, nil
	}
	return mu.StrList(ids), nil
}

// Formatter is string.Formatter, delegating to str.format.
type Formatter struct{}

// FormatterType is string.Formatter.
var FormatterType = py.NewType("Formatter", "string", nil, py.FlagBaseType)

// Type returns FormatterType.
func (*Formatter) Type() *py.Type { return FormatterType }

func init() {
	FormatterType.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return &Formatter{}, nil
	}
	py.DefMethod(FormatterType, "format", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if len(args) < 1 {
			return nil, py.NewError(py.TypeErrorType, "Formatter.format() missing 1 required positional argument: 'format_string'")
		}
		return py.CallMethod(th, args[0], py.Intern("format"), args[1:], kw)
	})
	py.DefMethod(FormatterType, "vformat", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.ArgRange("vformat", args, kw, 3, 3); err != nil {
			return nil, err
		}
		pos, err := py.Collect(th, args[1])
		if err != nil {
			return nil, err
		}
		var k *py.KwArgs
		if d, ok := args[2].(*py.Dict); ok && d.Len() > 0 {
			k = &py.KwArgs{}
			keys, vals := d.Items()
			for i, key := range keys {
				ks, ok := key.(*py.Str)
				if !ok {
					return nil, py.NewError(py.TypeErrorType, "keywords must be strings")
				}
				k.Names = append(k.Names, ks)
				k.Values = append(k.Values, vals[i])
			}
		}
		return py.CallMethod(th, args[0], py.Intern("format"), pos, k)
	})
	py.DefMethod(FormatterType, "format_field", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.ArgRange("format_field", args, kw, 2, 2); err != nil {
			return nil, err
		}
		spec, ok := args[1].(*py.Str)
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "format spec must be str")
		}
		return py.Format(th, args[0], spec)
	})
}
