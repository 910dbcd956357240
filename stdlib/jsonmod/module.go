// Package jsonmod provides Python's json module (with json.decoder and
// json.encoder) for Pygo, in Go: dumps/dump/loads/load with CPython 3.11's
// options and exact output (float repr, key coercion, separators,
// indent, sort_keys, ensure_ascii, allow_nan, default, check_circular,
// skipkeys) and error messages (JSONDecodeError positions, "Object of
// type X is not JSON serializable", "Circular reference detected").
//
// JSONEncoder and JSONDecoder are classes created on first import with
// Go methods; a Python subclass of JSONEncoder that overrides default()
// is honoured (dumps(cls=...)), as is one overriding encode().
// iterencode() returns the whole text as one chunk.
package jsonmod

import (
	"strings"
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

var (
	once           sync.Once
	onceErr        error
	decodeErrType  *py.Type
	encoderType    *py.Type
	decoderType    *py.Type
	encoderOptions = []string{"skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default"}
	decoderOptions = []string{"object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook"}
)

// newDecodeError builds a JSONDecodeError for msg at byte offset pos.
func (d *decoder) newDecodeError(th *py.Thread, msg string, pos int) error {
	return makeDecodeError(th, msg, d.doc, d.charIndex(pos))
}

func makeDecodeError(th *py.Thread, msg string, doc py.Object, pos int) error {
	e, err := py.Call(th, decodeErrType, []py.Object{py.NewStr(msg), doc, py.Int(pos)}, nil)
	if err != nil {
		return err
	}
	return py.Raise(th, e, nil)
}

// convert turns an internal decode error into JSONDecodeError.
func (d *decoder) convert(th *py.Thread, err error) error {
	if w, ok := err.(*decodeErrWrap); ok {
		return d.newDecodeError(th, w.e.msg, w.e.pos)
	}
	return err
}

func truth(th *py.Thread, o py.Object, dflt bool) (bool, error) {
	if o == nil {
		return dflt, nil
	}
	return py.Truth(th, o)
}

// newEncoder reads the options of an encoder from opts (name -> value).
func newEncoder(th *py.Thread, opt func(string) py.Object) (*encoder, error) {
	e := &encoder{markers: map[py.Object]bool{}}
	var err error
	if e.skipKeys, err = truth(th, opt("skipkeys"), false); err != nil {
		return nil, err
	}
	if e.ensureASCII, err = truth(th, opt("ensure_ascii"), true); err != nil {
		return nil, err
	}
	if e.checkCirc, err = truth(th, opt("check_circular"), true); err != nil {
		return nil, err
	}
	if e.allowNaN, err = truth(th, opt("allow_nan"), true); err != nil {
		return nil, err
	}
	if e.sortKeys, err = truth(th, opt("sort_keys"), false); err != nil {
		return nil, err
	}
	if err := e.setIndent(th, opt("indent")); err != nil {
		return nil, err
	}
	if err := e.setSeparators(th, opt("separators")); err != nil {
		return nil, err
	}
	e.defaultFn = opt("default")
	return e, nil
}

func kwLookup(kw *py.KwArgs) func(string) py.Object {
	return func(n string) py.Object { return kwGet(kw, n) }
}

// Dumps is json.dumps.
func Dumps(th *py.Thread, obj py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := ensureTypes(th); err != nil {
		return nil, err
	}
	cls := kwGet(kw, "cls")
	if cls != nil && cls != py.None && cls != py.Object(encoderType) {
		var rest py.KwArgs
		for i, n := range kwNames(kw) {
			if n.String() != "cls" {
				rest.Names = append(rest.Names, n)
				rest.Values = append(rest.Values, kw.Values[i])
			}
		}
		enc, err := py.Call(th, cls, nil, &rest)
		if err != nil {
			return nil, err
		}
		return py.CallMethod1(th, enc, py.Intern("encode"), obj)
	}
	for _, n := range kwNames(kw) {
		if !contains(encoderOptions, n.String()) && n.String() != "cls" {
			return nil, py.NewError(py.TypeErrorType, "JSONEncoder.__init__() got an unexpected keyword argument '%s'", n.String())
		}
	}
	e, err := newEncoder(th, kwLookup(kw))
	if err != nil {
		return nil, err
	}
	if err := e.encode(th, obj, 0); err != nil {
		return nil, err
	}
	return py.NewStr(e.b.String()), nil
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// docString returns the text of a loads() argument (str or bytes).
func docString(th *py.Thread, s py.Object) (string, error) {
	switch v := py.Unwrap(s).(type) {
	case *py.Str:
		return v.String(), nil
	case *py.Bytes, *py.ByteArray:
		var b []byte
		if bb, ok := v.(*py.Bytes); ok {
			b = bb.Bytes()
		} else {
			b = v.(*py.ByteArray).Snapshot()
		}
		str := string(b)
		str = strings.TrimPrefix(str, "\ufeff")
		return str, nil
	}
	return "", py.NewError(py.TypeErrorType, "the JSON object must be str, bytes or bytearray, not %s", s.Type().Name)
}

// decodeWith parses s completely with the options of opt.
func decodeWith(th *py.Thread, doc py.Object, opt func(string) py.Object, raw bool, start int) (py.Object, int, error) {
	s, err := docString(th, doc)
	if err != nil {
		return nil, 0, err
	}
	d := &decoder{s: s, doc: doc, objectHook: opt("object_hook"), pairsHook: opt("object_pairs_hook"),
		parseFloat: opt("parse_float"), parseInt: opt("parse_int"), parseConst: opt("parse_constant"), strict: true}
	if st := opt("strict"); st != nil {
		if d.strict, err = py.Truth(th, st); err != nil {
			return nil, 0, err
		}
	}
	if _, ok := py.Unwrap(doc).(*py.Str); ok {
		d.doc = doc
	} else {
		d.doc = py.NewStr(s)
	}
	i := byteIndex(s, start)
	if !raw {
		if strings.HasPrefix(s, "\ufeff") {
			return nil, 0, makeDecodeError(th, "Unexpected UTF-8 BOM (decode using utf-8-sig)", d.doc, 0)
		}
		i = d.skipWS(i)
	}
	v, j, err := d.value(th, i)
	if err != nil {
		return nil, 0, d.convert(th, err)
	}
	if raw {
		return v, d.charIndex(j), nil
	}
	j = d.skipWS(j)
	if j != len(s) {
		return nil, 0, d.newDecodeError(th, "Extra data", j)
	}
	return v, j, nil
}

// Loads is json.loads.
func Loads(th *py.Thread, s py.Object, kw *py.KwArgs) (py.Object, error) {
	if err := ensureTypes(th); err != nil {
		return nil, err
	}
	cls := kwGet(kw, "cls")
	if cls != nil && cls != py.None && cls != py.Object(decoderType) {
		var rest py.KwArgs
		for i, n := range kwNames(kw) {
			if n.String() != "cls" {
				rest.Names = append(rest.Names, n)
				rest.Values = append(rest.Values, kw.Values[i])
			}
		}
		dec, err := py.Call(th, cls, nil, &rest)
		if err != nil {
			return nil, err
		}
		if _, err := docString(th, s); err != nil {
			return nil, err
		}
		return py.CallMethod1(th, dec, py.Intern("decode"), s)
	}
	for _, n := range kwNames(kw) {
		if !contains(decoderOptions, n.String()) && n.String() != "cls" {
			return nil, py.NewError(py.TypeErrorType, "JSONDecoder.__init__() got an unexpected keyword argument '%s'", n.String())
		}
	}
	v, _, err := decodeWith(th, s, kwLookup(kw), false, 0)
	return v, err
}

func ensureTypes(th *py.Thread) error {
	once.Do(func() { onceErr = buildTypes(th) })
	return onceErr
}

func instAttr(th *py.Thread, self py.Object) func(string) py.Object {
	return func(n string) py.Object {
		v, err := py.GetAttrOpt(th, self, py.Intern(n))
		if err != nil {
			return nil
		}
		return v
	}
}

func buildTypes(th *py.Thread) error {
	// JSONDecodeError(ValueError)
	c := pyutil.NewClass("JSONDecodeError")
	c.Set("__doc__", py.NewStr("Subclass of ValueError with the following additional properties:\n\nmsg: The unformatted error message\ndoc: The JSON document being parsed\npos: The start index of doc where parsing failed\nlineno: The line corresponding to pos\ncolno: The column corresponding to pos\n"))
	c.Method("__init__", []string{"self", "msg", "doc", "pos"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		self, msg, doc, pos := a[0], a[1], a[2], a[3]
		p, err := py.IndexInt(th, pos)
		if err != nil {
			return nil, err
		}
		ds := ""
		if s, ok := py.Unwrap(doc).(*py.Str); ok {
			ds = s.String()
		}
		prefix := ds[:byteIndex(ds, p)]
		lineno := strings.Count(prefix, "\n") + 1
		colno := p + 1
		if k := strings.LastIndexByte(prefix, '\n'); k >= 0 {
			colno = p - len([]rune(prefix[:k+1])) + 1
		}
		ms, err := py.StrOf(th, msg)
		if err != nil {
			return nil, err
		}
		text := py.NewStr(ms.String() + ": line " + itoa(lineno) + " column " + itoa(colno) + " (char " + itoa(p) + ")")
		if err := py.ValueErrorType.Slots.Init(th, self, []py.Object{text}, nil); err != nil {
			return nil, err
		}
		if be, ok := self.(*py.BaseException); ok {
			be.Args = py.NewTuple([]py.Object{text})
		}
		for _, kv := range []struct {
			n string
			v py.Object
		}{{"msg", msg}, {"doc", doc}, {"pos", pos}, {"lineno", py.Int(lineno)}, {"colno", py.Int(colno)}} {
			if err := py.SetAttr(th, self, py.Intern(kv.n), kv.v); err != nil {
				return nil, err
			}
		}
		return py.None, nil
	})
	c.Method("__reduce__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		at := instAttr(th, a[0])
		return py.NewTuple([]py.Object{a[0].Type(), py.NewTuple([]py.Object{at("msg"), at("doc"), at("pos")})}), nil
	})
	var err error
	if decodeErrType, err = c.Build(th, nil, "json.decoder", py.ValueErrorType); err != nil {
		return err
	}

	// JSONEncoder
	ec := pyutil.NewClass("JSONEncoder")
	ec.Set("__doc__", py.NewStr("Extensible JSON <https://json.org> encoder for Python data structures."))
	ec.Set("item_separator", py.NewStr(", "))
	ec.Set("key_separator", py.NewStr(": "))
	defaults := []py.Object{py.False, py.True, py.True, py.True, py.False, py.None, py.None, py.None}
	ec.MethodSig("__init__", &py.Signature{Names: append([]string{"self"}, encoderOptions...), NPos: 1, NKwOnly: len(encoderOptions), KwDefaults: defaults},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			self := a[0]
			for i, n := range encoderOptions {
				v := a[i+1]
				if n == "default" && v == py.None {
					continue
				}
				if n == "separators" {
					if v != py.None {
						p, err := py.Unpack(th, v, 2)
						if err != nil {
							return nil, err
						}
						if err := py.SetAttr(th, self, py.Intern("item_separator"), p[0]); err != nil {
							return nil, err
						}
						if err := py.SetAttr(th, self, py.Intern("key_separator"), p[1]); err != nil {
							return nil, err
						}
					} else if a[6] != py.None {
						if err := py.SetAttr(th, self, py.Intern("item_separator"), py.NewStr(",")); err != nil {
							return nil, err
						}
					}
					continue
				}
				if err := py.SetAttr(th, self, py.Intern(n), v); err != nil {
					return nil, err
				}
			}
			return py.None, nil
		})
	ec.Method("default", []string{"self", "o"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return nil, notSerializable(a[1])
	})
	encodeMethod := func(th *py.Thread, self, o py.Object) (py.Object, error) {
		at := instAttr(th, self)
		e, err := newEncoder(th, func(n string) py.Object {
			if n == "separators" {
				return py.NewTuple([]py.Object{at("item_separator"), at("key_separator")})
			}
			if n == "default" {
				return nil
			}
			return at(n)
		})
		if err != nil {
			return nil, err
		}
		e.self = self
		if err := e.encode(th, o, 0); err != nil {
			return nil, err
		}
		return py.NewStr(e.b.String()), nil
	}
	ec.Method("encode", []string{"self", "o"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		return encodeMethod(th, a[0], a[1])
	})
	ec.Method("iterencode", []string{"self", "o", "_one_shot"}, []py.Object{py.False}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		s, err := encodeMethod(th, a[0], a[1])
		if err != nil {
			return nil, err
		}
		return pyutil.SliceIter(nil, []py.Object{s}), nil
	})
	if encoderType, err = ec.Build(th, nil, "json.encoder", py.ObjectType); err != nil {
		return err
	}
	// default(): an instance attribute set by __init__ shadows the method.

	// JSONDecoder
	dc := pyutil.NewClass("JSONDecoder")
	dc.Set("__doc__", py.NewStr("Simple JSON <https://json.org> decoder"))
	ddef := []py.Object{py.None, py.None, py.None, py.None, py.True, py.None}
	dc.MethodSig("__init__", &py.Signature{Names: append([]string{"self"}, decoderOptions...), NPos: 1, NKwOnly: len(decoderOptions), KwDefaults: ddef},
		func(th *py.Thread, a []py.Object) (py.Object, error) {
			for i, n := range decoderOptions {
				if err := py.SetAttr(th, a[0], py.Intern(n), a[i+1]); err != nil {
					return nil, err
				}
			}
			return py.None, nil
		})
	dc.Method("decode", []string{"self", "s"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		v, _, err := decodeWith(th, a[1], instAttr(th, a[0]), false, 0)
		return v, err
	})
	dc.Method("raw_decode", []string{"self", "s", "idx"}, []py.Object{py.Int(0)}, func(th *py.Thread, a []py.Object) (py.Object, error) {
		idx, err := py.IndexInt(th, a[2])
		if err != nil {
			return nil, err
		}
		v, end, err := decodeWith(th, a[1], instAttr(th, a[0]), true, idx)
		if err != nil {
			return nil, err
		}
		return py.NewTuple([]py.Object{v, py.Int(end)}), nil
	})
	decoderType, err = dc.Build(th, nil, "json.decoder", py.ObjectType)
	return err
}

func itoa(n int) string {
	s, _ := pyutil.ReprStr(nil, py.Int(n))
	return s
}

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "json", IsPkg: true, Doc: "JSON (JavaScript Object Notation) <https://json.org> is a subset of\nJavaScript syntax (ECMA-262 3rd edition) used as a lightweight data\ninterchange format.", Body: jsonBody})
	py.RegisterModule(&py.ModuleDef{Name: "json.decoder", Doc: "Implementation of JSONDecoder", Body: func(th *py.Thread, m *py.Module) error {
		if err := ensureTypes(th); err != nil {
			return err
		}
		m.Dict.SetStr(py.Intern("JSONDecoder"), decoderType)
		m.Dict.SetStr(py.Intern("JSONDecodeError"), decodeErrType)
		return nil
	}})
	py.RegisterModule(&py.ModuleDef{Name: "json.encoder", Doc: "Implementation of JSONEncoder", Body: func(th *py.Thread, m *py.Module) error {
		if err := ensureTypes(th); err != nil {
			return err
		}
		m.Dict.SetStr(py.Intern("JSONEncoder"), encoderType)
		return nil
	}})
}

func jsonBody(th *py.Thread, m *py.Module) error {
	if err := ensureTypes(th); err != nil {
		return err
	}
	set := func(n string, v py.Object) { m.Dict.SetStr(py.Intern(n), v) }
	set("JSONDecodeError", decodeErrType)
	set("JSONEncoder", encoderType)
	set("JSONDecoder", decoderType)
	set("__all__", pyutil.StrListObj("dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"))
	set("__version__", py.NewStr("2.0.9"))
	kwOnly := func(name string, nPos int, names []string) func(th *py.Thread, args []py.Object, kw *py.KwArgs) error {
		return func(th *py.Thread, args []py.Object, kw *py.KwArgs) error {
			if len(args) > nPos {
				return py.NewError(py.TypeErrorType, "%s() takes %d positional argument%s but %d were given", name, nPos, map[bool]string{true: "", false: "s"}[nPos == 1], len(args))
			}
			if len(args) < nPos {
				return py.NewError(py.TypeErrorType, "%s() missing %d required positional argument%s: %s", name, nPos-len(args), map[bool]string{true: "", false: "s"}[nPos-len(args) == 1], names[len(args)])
			}
			return nil
		}
	}
	set("dumps", pyutil.Builtin("json", "dumps", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := kwOnly("dumps", 1, []string{"'obj'"})(th, args, kw); err != nil {
			return nil, err
		}
		return Dumps(th, args[0], kw)
	}))
	set("dump", pyutil.Builtin("json", "dump", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := kwOnly("dump", 2, []string{"'obj' and 'fp'", "'fp'"})(th, args, kw); err != nil {
			return nil, err
		}
		s, err := Dumps(th, args[0], kw)
		if err != nil {
			return nil, err
		}
		_, err = py.CallMethod1(th, args[1], py.Intern("write"), s)
		return py.None, err
	}))
	set("loads", pyutil.Builtin("json", "loads", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := kwOnly("loads", 1, []string{"'s'"})(th, args, kw); err != nil {
			return nil, err
		}
		return Loads(th, args[0], kw)
	}))
	set("load", pyutil.Builtin("json", "load", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := kwOnly("load", 1, []string{"'fp'"})(th, args, kw); err != nil {
			return nil, err
		}
		s, err := py.CallMethod0(th, args[0], py.Intern("read"))
		if err != nil {
			return nil, err
		}
		return Loads(th, s, kw)
	}))
	return nil
}

func kwGet(kw *py.KwArgs, name string) py.Object {
	if kw == nil {
		return nil
	}
	return kw.Get(name)
}

func kwNames(kw *py.KwArgs) []*py.Str {
	if kw == nil {
		return nil
	}
	return kw.Names
}
