package py

import (
	"fmt"
	"path/filepath"
)

// BaseException is a Python exception instance of any exception class,
// built-in or user-defined (its class is Type()). It is the Go error value
// that carries a raised Python exception through generated code.
type BaseException struct {
	typ  *Type
	Dict *Dict // instance attributes (created on first use: InstanceDict)
	Args *Tuple
	// Cause is __cause__ (raise ... from ...), Context is __context__
	// (the exception being handled when this one was raised).
	Cause, Context  *BaseException
	SuppressContext bool
	// Traceback is the Go call stack captured when the exception was first
	// raised (program counters), rendered as Python frames on demand.
	Traceback []uintptr
	// Base holds an extra built-in value for exception classes that also
	// derive from another built-in type (rare).
	Base Object
	// attrs holds the class-specific attributes of built-in exception
	// classes (OSError.errno, StopIteration.value, ImportError.name, ...).
	attrs map[string]Object
	// catchDepth is the Go stack depth of the except block that caught the
	// exception (0: not caught); see MarkCaught.
	catchDepth int
}

// Type returns the exception's class.
func (e *BaseException) Type() *Type { return e.typ }

// Error returns "TypeError: message", the last line of a traceback.
func (e *BaseException) Error() string { return FormatExceptionOnly(nil, e) }

// NewException creates an exception of class t with the given args
// (no __init__ of a user class is run). Class-specific attributes are set
// as the built-in __init__ would (StopIteration(v).value, ...).
func NewException(t *Type, args ...Object) *BaseException {
	e := &BaseException{typ: t, Args: NewTuple(args)}
	excInitAttrs(e, args, nil)
	return e
}

// NewError creates an exception of class t whose single argument is the
// message formatted with fmt.Sprintf, and records the Go stack for its
// traceback.
func NewError(t *Type, format string, a ...any) *BaseException {
	msg := format
	if len(a) > 0 {
		msg = fmt.Sprintf(format, a...)
	}
	e := NewException(t, NewStr(msg))
	e.CaptureTraceback(1)
	return e
}

// NewAttributeError returns AttributeError(msg) with its name and obj
// attributes set, as CPython's attribute lookup raises it.
func NewAttributeError(obj Object, name *Str, format string, a ...any) *BaseException {
	e := NewError(AttributeErrorType, format, a...)
	e.SetAttr("name", name)
	e.SetAttr("obj", obj)
	return e
}

// NewNameError returns NameError/UnboundLocalError with its name attribute.
func NewNameError(t *Type, name string, format string, a ...any) *BaseException {
	e := NewError(t, format, a...)
	e.SetAttr("name", NewStr(name))
	return e
}

// NewImportError returns ImportError/ModuleNotFoundError(msg) with name
// and path set (nil: None).
func NewImportError(t *Type, name, path Object, format string, a ...any) *BaseException {
	e := NewError(t, format, a...)
	if name != nil {
		e.SetAttr("name", name)
	}
	if path != nil {
		e.SetAttr("path", path)
	}
	return e
}

// NewStopIteration returns StopIteration(value) (no args when value is nil).
func NewStopIteration(value Object) *BaseException {
	if value == nil {
		return NewException(StopIterationType)
	}
	return NewException(StopIterationType, value)
}

// StopIterationValue returns StopIteration.value (None when unset).
func StopIterationValue(e *BaseException) Object { return e.Attr("value") }

// NewOSError returns OSError(errno, strerror[, filename]) of the subclass
// the errno selects (FileNotFoundError for ENOENT, ...). filename may be nil.
func NewOSError(errno int, strerror string, filename Object) *BaseException {
	t := OSErrorType
	if st, ok := errnoTypes[int64(errno)]; ok {
		t = st
	}
	args := []Object{Int(errno), NewStr(strerror)}
	if filename != nil && filename != None {
		args = append(args, filename)
	}
	e := &BaseException{typ: t}
	oserrorInit(e, args)
	e.CaptureTraceback(1)
	return e
}

// Attr returns a class-specific attribute of a built-in exception
// (errno, value, code, name, ...), None when unset.
func (e *BaseException) Attr(name string) Object {
	if v, ok := e.attrs[name]; ok {
		return v
	}
	return None
}

// SetAttr sets a class-specific attribute (see Attr).
func (e *BaseException) SetAttr(name string, v Object) {
	if e.attrs == nil {
		e.attrs = map[string]Object{}
	}
	e.attrs[name] = v
}

// InstanceDict returns the exception's __dict__, creating it.
func (e *BaseException) InstanceDict() *Dict {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	return e.Dict
}

// Notes returns the strs of __notes__ (add_note), or nil.
func (e *BaseException) Notes(th *Thread) []string {
	if e.Dict == nil {
		return nil
	}
	v := e.Dict.GetStr(Intern("__notes__"))
	if v == nil {
		return nil
	}
	var out []string
	l, ok := asList(v)
	if !ok {
		if t, ok := asTuple(v); ok {
			for _, n := range t.Items {
				out = append(out, excStrOrPlaceholder(th, n, "<note str() failed>"))
			}
			return out
		}
		r, err := Repr(contThread(th), v)
		if err != nil {
			return []string{"<__notes__ repr() failed>"}
		}
		return []string{r.String()}
	}
	for _, n := range l.Items() {
		out = append(out, excStrOrPlaceholder(th, n, "<note str() failed>"))
	}
	return out
}

func excStrOrPlaceholder(th *Thread, o Object, bad string) string {
	if s, ok := o.(*Str); ok {
		return s.String()
	}
	s, err := StrOf(contThread(th), o)
	if err != nil {
		return bad
	}
	return s.String()
}

// contThread returns th, or a new Thread when nil (Error() has none).
func contThread(th *Thread) *Thread {
	if th != nil {
		return th
	}
	return NewThread()
}

// asException returns o as an exception instance.
func asException(o Object) (*BaseException, bool) {
	e, ok := o.(*BaseException)
	return e, ok
}

// excInitAttrs sets the class-specific attributes from the constructor
// arguments (the built-in __init__ of each class).
func excInitAttrs(e *BaseException, args []Object, kw *KwArgs) {
	t := e.typ
	switch {
	case t.IsSubtype(StopIterationType):
		e.SetAttr("value", excFirstArg(args))
	case t.IsSubtype(SystemExitType):
		switch len(args) {
		case 0:
			e.SetAttr("code", None)
		case 1:
			e.SetAttr("code", args[0])
		default:
			e.SetAttr("code", NewTuple(append([]Object(nil), args...)))
		}
	case t.IsSubtype(ImportErrorType):
		if len(args) == 1 {
			e.SetAttr("msg", args[0])
		}
	case t.IsSubtype(OSErrorType):
		oserrorInit(e, args)
	case t.IsSubtype(SyntaxErrorType):
		syntaxErrorInit(e, args)
	case t.IsSubtype(UnicodeEncodeErrorType), t.IsSubtype(UnicodeDecodeErrorType):
		if len(args) == 5 {
			e.SetAttr("encoding", args[0])
			e.SetAttr("object", args[1])
			e.SetAttr("start", args[2])
			e.SetAttr("end", args[3])
			e.SetAttr("reason", args[4])
		}
	case t.IsSubtype(UnicodeTranslateErrorType):
		if len(args) == 4 {
			e.SetAttr("object", args[0])
			e.SetAttr("start", args[1])
			e.SetAttr("end", args[2])
			e.SetAttr("reason", args[3])
		}
	}
}

func excFirstArg(args []Object) Object {
	if len(args) > 0 {
		return args[0]
	}
	return None
}

// oserrorInit is OSError's argument handling: OSError(errno, strerror[,
// filename[, winerror[, filename2]]]); with a filename, args keeps only
// the first two.
func oserrorInit(e *BaseException, args []Object) {
	e.Args = NewTuple(append([]Object(nil), args...))
	if len(args) < 2 || len(args) > 5 {
		return
	}
	e.SetAttr("errno", args[0])
	e.SetAttr("strerror", args[1])
	if len(args) >= 3 && args[2] != None {
		e.SetAttr("filename", args[2])
		if len(args) == 5 && args[4] != None {
			e.SetAttr("filename2", args[4])
		}
		e.Args = NewTuple([]Object{args[0], args[1]})
	}
	if e.typ.IsSubtype(BlockingIOErrorType) && len(args) >= 3 {
		if _, ok := args[2].(Int); ok {
			e.SetAttr("characters_written", args[2])
		}
	}
}

// syntaxErrorInit handles SyntaxError(msg, (filename, lineno, offset,
// text[, end_lineno, end_offset])).
func syntaxErrorInit(e *BaseException, args []Object) {
	if len(args) >= 1 {
		e.SetAttr("msg", args[0])
	}
	if len(args) == 2 {
		if info, ok := asTuple(args[1]); ok && len(info.Items) >= 4 {
			names := []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}
			for i, v := range info.Items {
				if i < len(names) {
					e.SetAttr(names[i], v)
				}
			}
		}
	}
}

// excStr is str(exception) for the built-in classes.
func excStr(th *Thread, o Object) (Object, error) {
	e := o.(*BaseException)
	t := e.typ
	switch {
	case t.IsSubtype(KeyErrorType):
		if len(e.Args.Items) == 1 {
			return Repr(th, e.Args.Items[0])
		}
	case t.IsSubtype(OSErrorType):
		return oserrorStr(th, e)
	case t.IsSubtype(ImportErrorType):
		if msg, ok := e.attrs["msg"]; ok && msg != None {
			return StrOf(th, msg)
		}
	case t.IsSubtype(SyntaxErrorType):
		return syntaxErrorStr(th, e)
	case t.IsSubtype(UnicodeErrorType):
		if s, ok, err := unicodeErrorStr(th, e); ok || err != nil {
			return s, err
		}
	case t.IsSubtype(BaseExceptionGroupType):
		msg, err := StrOf(th, e.Attr("message"))
		if err != nil {
			return nil, err
		}
		n := 0
		if ex, ok := asTuple(e.Attr("exceptions")); ok {
			n = len(ex.Items)
		}
		return NewStr(fmt.Sprintf("%s (%d sub-exception%s)", msg.String(), n, pluralS(n))), nil
	}
	switch len(e.Args.Items) {
	case 0:
		return NewStr(""), nil
	case 1:
		return StrOf(th, e.Args.Items[0])
	}
	return StrOf(th, e.Args)
}

func oserrorStr(th *Thread, e *BaseException) (Object, error) {
	errno, strerror := e.Attr("errno"), e.Attr("strerror")
	var parts []Object
	var format string
	if fn, ok := e.attrs["filename"]; ok && fn != None {
		if fn2, ok := e.attrs["filename2"]; ok && fn2 != None {
			format, parts = "[Errno %s] %s: %s -> %s", []Object{errno, strerror, fn, fn2}
		} else {
			format, parts = "[Errno %s] %s: %s", []Object{errno, strerror, fn}
		}
	} else if errno != None && strerror != None {
		format, parts = "[Errno %s] %s", []Object{errno, strerror}
	} else {
		switch len(e.Args.Items) {
		case 0:
			return NewStr(""), nil
		case 1:
			return StrOf(th, e.Args.Items[0])
		}
		return StrOf(th, e.Args)
	}
	strs := make([]any, len(parts))
	for i, p := range parts {
		var s *Str
		var err error
		if i >= 2 {
			s, err = Repr(th, p)
		} else {
			s, err = StrOf(th, p)
		}
		if err != nil {
			return nil, err
		}
		strs[i] = s.String()
	}
	return NewStr(fmt.Sprintf(format, strs...)), nil
}

func syntaxErrorStr(th *Thread, e *BaseException) (Object, error) {
	msg, err := StrOf(th, e.Attr("msg"))
	if err != nil {
		return nil, err
	}
	fn, _ := e.Attr("filename").(*Str)
	lineno, hasLine := e.Attr("lineno").(Int)
	switch {
	case fn != nil && hasLine:
		return NewStr(fmt.Sprintf("%s (%s, line %d)", msg, filepath.Base(fn.String()), lineno)), nil
	case fn != nil:
		return NewStr(fmt.Sprintf("%s (%s)", msg, filepath.Base(fn.String()))), nil
	case hasLine:
		return NewStr(fmt.Sprintf("%s (line %d)", msg, lineno)), nil
	}
	return msg, nil
}

// unicodeErrorStr formats UnicodeEncodeError/DecodeError/TranslateError
// messages ("'utf-8' codec can't decode byte 0xff in position 0: ...").
func unicodeErrorStr(th *Thread, e *BaseException) (Object, bool, error) {
	start, ok1 := e.Attr("start").(Int)
	end, ok2 := e.Attr("end").(Int)
	reason, ok3 := e.Attr("reason").(*Str)
	obj := e.Attr("object")
	if !ok1 || !ok2 || !ok3 || obj == None {
		return nil, false, nil
	}
	enc := ""
	if s, ok := e.Attr("encoding").(*Str); ok {
		enc = s.String()
	}
	item := func() (Object, error) {
		if f := obj.Type().Slots.GetItem; f != nil {
			return f(th, obj, start)
		}
		return nil, NewError(TypeErrorType, "bad object")
	}
	charEsc := func(r rune) string {
		switch {
		case r <= 0xff:
			return fmt.Sprintf("\\x%02x", r)
		case r <= 0xffff:
			return fmt.Sprintf("\\u%04x", r)
		}
		return fmt.Sprintf("\\U%08x", r)
	}
	single := end == start+1
	switch {
	case e.typ.IsSubtype(UnicodeDecodeErrorType):
		if single {
			b, err := item()
			if err != nil {
				return nil, true, err
			}
			if bi, ok := b.(Int); ok {
				return NewStr(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, int64(bi), start, reason)), true, nil
			}
		}
		return NewStr(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason)), true, nil
	case e.typ.IsSubtype(UnicodeEncodeErrorType), e.typ.IsSubtype(UnicodeTranslateErrorType):
		prefix := fmt.Sprintf("'%s' codec can't encode", enc)
		if e.typ.IsSubtype(UnicodeTranslateErrorType) {
			prefix = "can't translate"
		}
		if single {
			c, err := item()
			if err != nil {
				return nil, true, err
			}
			if cs, ok := c.(*Str); ok {
				rs := []rune(cs.String())
				if len(rs) == 1 {
					return NewStr(fmt.Sprintf("%s character '%s' in position %d: %s", prefix, charEsc(rs[0]), start, reason)), true, nil
				}
			}
		}
		return NewStr(fmt.Sprintf("%s characters in position %d-%d: %s", prefix, start, end-1, reason)), true, nil
	}
	return nil, false, nil
}

// excRepr is repr(exception): "ValueError('x')", "KeyError('a', 'b')",
// "StopIteration()".
func excRepr(th *Thread, o Object) (Object, error) {
	e := o.(*BaseException)
	name := e.typ.Name
	if len(e.Args.Items) == 1 {
		r, err := Repr(th, e.Args.Items[0])
		if err != nil {
			return nil, err
		}
		return NewStr(name + "(" + r.String() + ")"), nil
	}
	r, err := Repr(th, e.Args)
	if err != nil {
		return nil, err
	}
	return NewStr(name + r.String()), nil
}
