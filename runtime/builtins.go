package py

// The builtins module: its namespace (Builtins, searched by LoadGlobal
// after a module's globals) and the core built-in functions. Other files
// add theirs with RegisterBuiltin from their init functions.

import (
	"bufio"
	"io"
	"os"
	"sort"
	"sync"
	"sync/atomic"
)

// Builtins is the namespace of the builtins module.
var Builtins = NewDict()

// builtinsModule is the builtins module object.
var builtinsModule = &Module{Name: "builtins", Dict: Builtins, state: modDone}

// RegisterBuiltin adds a built-in name (a type, function or constant).
func RegisterBuiltin(name string, o Object) { Builtins.SetStr(Intern(name), o) }

// DefBuiltin registers a built-in function implemented in Go.
func DefBuiltin(name string, fn func(th *Thread, args []Object, kw *KwArgs) (Object, error)) *BuiltinFunction {
	b := &BuiltinFunction{Name: name, QualName: name,
		Fn: func(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) { return fn(th, args, kw) }}
	RegisterBuiltin(name, b)
	return b
}

// GlobalCache is the inline cache of one global-name load site.
type GlobalCache struct {
	p atomic.Pointer[globalEntry]
}

type globalEntry struct {
	g      *Dict
	gv, bv uint64
	v      Object
	// ix is the position of the name's entry in g (-1: the name was found
	// in builtins while g's keys version was gkeys). When g has changed
	// since the entry was made (usually a store to another global, such
	// as a module-level loop variable), the value is still found without
	// a new entry: at g's entry ix, or in builtins while g gained no key.
	ix    int
	gkeys uint64
}

// LoadGlobal looks a name up in a module's globals, then in builtins
// (NameError "name 'x' is not defined"). c caches the result while
// neither dict changes (c may be nil).
func LoadGlobal(th *Thread, globals *Dict, name *Str, c *GlobalCache) (Object, error) {
	if c != nil {
		if e := c.p.Load(); e != nil && e.g == globals {
			if e.gv == globals.Version() && e.bv == Builtins.Version() {
				return e.v, nil
			}
			if e.ix >= 0 {
				if v := globals.strValueAt(e.ix, name); v != nil {
					return v, nil
				}
			} else if e.bv == Builtins.Version() && globals.keysVersion() == e.gkeys {
				return e.v, nil
			}
		}
	}
	var gv, bv uint64
	if c != nil {
		gv, bv = globals.Version(), Builtins.Version()
	}
	v, ix, gkeys := globals.getStrEntry(name)
	if v == nil {
		v = Builtins.GetStr(name)
		if v == nil {
			return nil, NameError(name)
		}
	}
	if c != nil {
		c.p.Store(&globalEntry{g: globals, gv: gv, bv: bv, v: v, ix: ix, gkeys: gkeys})
	}
	return v, nil
}

// stdout/stderr writers.

// TextWriterType is the type of sys.stdout and sys.stderr.
var TextWriterType = newBuiltinType("TextIOWrapper", ObjectType, 0)

// TextWriter is a minimal text stream over a Go writer (sys.stdout,
// sys.stderr): write, flush, fileno, isatty. Safe for concurrent use.
type TextWriter struct {
	mu       sync.Mutex
	w        *bufio.Writer
	f        *os.File
	name     string
	lineBuf  bool
	fd       int
	Encoding string
}

// Type returns TextWriterType.
func (w *TextWriter) Type() *Type { return TextWriterType }

// NewTextWriter wraps f; lineBuf flushes after each newline.
func NewTextWriter(f *os.File, name string, fd int, bufSize int, lineBuf bool) *TextWriter {
	return &TextWriter{w: bufio.NewWriterSize(f, bufSize), f: f, name: name, fd: fd, lineBuf: lineBuf, Encoding: "utf-8"}
}

// WriteString writes s (buffered).
func (w *TextWriter) WriteString(s string) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if _, err := w.w.WriteString(s); err != nil {
		return err
	}
	if w.lineBuf {
		for i := len(s) - 1; i >= 0; i-- {
			if s[i] == '\n' {
				return w.w.Flush()
			}
		}
	}
	return nil
}

// Write implements io.Writer.
func (w *TextWriter) Write(p []byte) (int, error) {
	if err := w.WriteString(string(p)); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes out buffered text.
func (w *TextWriter) Flush() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.w.Flush()
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Stdout and Stderr are the initial sys.stdout and sys.stderr.
var (
	Stdout = NewTextWriter(os.Stdout, "<stdout>", 1, 8192, isTerminal(os.Stdout))
	Stderr = NewTextWriter(os.Stderr, "<stderr>", 2, 1, true)
	stdin  = bufio.NewReader(os.Stdin)
)

// sysStream returns sys.<name>.
func sysStream(name string) Object {
	return SysModule.Dict.GetStr(Intern(name))
}

// WriteTo writes s to a Python file object (TextWriter directly, else its
// write method).
func WriteTo(th *Thread, file Object, s string) error {
	if w, ok := file.(*TextWriter); ok {
		if err := w.WriteString(s); err != nil {
			return streamWriteError(err)
		}
		return nil
	}
	_, err := CallMethod1(th, file, cnNameWrite, NewStr(s))
	return err
}

// FlushStdStreams flushes sys.stdout and sys.stderr (at exit).
func FlushStdStreams(th *Thread) {
	for _, n := range []string{"stdout", "stderr"} {
		f := sysStream(n)
		if f == nil || f == None {
			continue
		}
		if w, ok := f.(*TextWriter); ok {
			w.Flush()
			continue
		}
		if th != nil {
			CallMethod0(th, f, cnNameFlush)
		}
	}
	Stdout.Flush()
	Stderr.Flush()
}

func builtinPrint(th *Thread, args []Object, kw *KwArgs) (Object, error) {
	sep, end := " ", "\n"
	var file Object
	flush := false
	for i := 0; i < kw.Len(); i++ {
		v := kw.Values[i]
		switch n := kw.Names[i].String(); n {
		case "sep", "end":
			if v != None {
				s, ok := v.(*Str)
				if !ok {
					return nil, NewError(TypeErrorType, "%s must be None or a string, not %s", n, v.Type().Name)
				}
				if n == "sep" {
					sep = s.String()
				} else {
					end = s.String()
				}
			}
		case "file":
			if v != None {
				file = v
			}
		case "flush":
			t, err := Truth(th, v)
			if err != nil {
				return nil, err
			}
			flush = t
		default:
			return nil, NewError(TypeErrorType, "'%s' is an invalid keyword argument for print()", n)
		}
	}
	if file == nil {
		file = sysStream("stdout")
		if file == nil || file == None {
			return None, nil
		}
	}
	if w, ok := file.(*TextWriter); ok {
		// Build the line and write it at once.
		buf := make([]byte, 0, 64)
		for i, a := range args {
			if i > 0 {
				buf = append(buf, sep...)
			}
			s, err := StrOf(th, a)
			if err != nil {
				return nil, err
			}
			buf = append(buf, s.String()...)
		}
		buf = append(buf, end...)
		if err := w.WriteString(string(buf)); err != nil {
			return nil, streamWriteError(err)
		}
		if flush {
			w.Flush()
		}
		return None, nil
	}
	for i, a := range args {
		if i > 0 {
			if err := WriteTo(th, file, sep); err != nil {
				return nil, err
			}
		}
		s, err := StrOf(th, a)
		if err != nil {
			return nil, err
		}
		if err := WriteTo(th, file, s.String()); err != nil {
			return nil, err
		}
	}
	if err := WriteTo(th, file, end); err != nil {
		return nil, err
	}
	if flush {
		if _, err := CallMethod0(th, file, cnNameFlush); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func builtinInput(th *Thread, args []Object, kw *KwArgs) (Object, error) {
	if err := ArgRange("input", args, kw, 0, 1); err != nil {
		return nil, err
	}
	out := sysStream("stdout")
	if len(args) == 1 {
		s, err := StrOf(th, args[0])
		if err != nil {
			return nil, err
		}
		if err := WriteTo(th, out, s.String()); err != nil {
			return nil, err
		}
	}
	if w, ok := out.(*TextWriter); ok {
		w.Flush()
	} else if out != nil && out != None {
		if _, err := CallMethod0(th, out, cnNameFlush); err != nil {
			return nil, err
		}
	}
	in := sysStream("stdin")
	if in != nil && in != None {
		if _, ok := in.(*stdinReader); !ok {
			line, err := CallMethod0(th, in, cnNameReadline)
			if err != nil {
				return nil, err
			}
			s, ok := line.(*Str)
			if !ok {
				return nil, NewError(TypeErrorType, "object.readline() returned non-string")
			}
			if s.String() == "" {
				return nil, NewError(EOFErrorType, "EOF when reading a line")
			}
			return NewStr(trimNewline(s.String())), nil
		}
	}
	line, err := stdin.ReadString('\n')
	if err != nil && (err != io.EOF || line == "") {
		if err == io.EOF {
			return nil, NewError(EOFErrorType, "EOF when reading a line")
		}
		return nil, AsException(err)
	}
	return NewStr(trimNewline(line)), nil
}

func trimNewline(s string) string {
	if n := len(s); n > 0 && s[n-1] == '\n' {
		s = s[:n-1]
		if n := len(s); n > 0 && s[n-1] == '\r' {
			s = s[:n-1]
		}
	}
	return s
}

func attrName(o Object) (*Str, error) {
	if s, ok := o.(*Str); ok {
		return s, nil
	}
	if in, ok := o.(*Instance); ok {
		if s, ok := in.Base.(*Str); ok {
			return s, nil
		}
	}
	return nil, NewError(TypeErrorType, "attribute name must be string, not '%s'", o.Type().Name)
}

// Dir is dir(o).
func Dir(th *Thread, o Object) (Object, error) {
	r, err := CallMethod0(th, o, cnDnDir)
	if err != nil {
		return nil, err
	}
	items, err := Collect(th, r)
	if err != nil {
		return nil, err
	}
	var sortErr error
	sort.SliceStable(items, func(i, j int) bool {
		lt, err := Lt(th, items[i], items[j])
		if err != nil && sortErr == nil {
			sortErr = err
		}
		return lt
	})
	if sortErr != nil {
		return nil, sortErr
	}
	return NewList(items), nil
}

// Callable is callable(o).
func Callable(o Object) bool {
	switch o.(type) {
	case *Function, *BuiltinFunction, *BoundMethod, *Type:
		return true
	}
	return o.Type().Slots.Call != nil
}

func init() {
	builtinsModule.Dict.SetStr(cnDnName, NewStr("builtins"))
	builtinsModule.Dict.SetStr(cnDnDoc, NewStr("Built-in functions, exceptions, and other objects."))
	builtinsModule.Dict.SetStr(cnDnPackage, NewStr(""))
	RegisterModule(&ModuleDef{Name: "builtins"})
	SysModules.SetStr(NewStr("builtins"), builtinsModule)

	for _, t := range []*Type{ObjectType, TypeType, PropertyType, ClassMethodType, StaticMethodType, SuperType} {
		RegisterBuiltin(t.Name, t)
	}
	RegisterBuiltin("None", None)
	RegisterBuiltin("NotImplemented", NotImplemented)
	RegisterBuiltin("Ellipsis", Ellipsis)
	RegisterBuiltin("__debug__", True)
	RegisterBuiltin("True", True)
	RegisterBuiltin("False", False)
	DefBuiltin("print", builtinPrint)
	DefBuiltin("input", builtinInput)
	DefBuiltin("len", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("len", args, kw); err != nil {
			return nil, err
		}
		n, err := Len(th, args[0])
		if err != nil {
			return nil, err
		}
		return Int(n), nil
	})
	DefBuiltin("isinstance", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("isinstance", args, kw, 2, 2); err != nil {
			return nil, err
		}
		r, err := IsInstance(th, args[0], args[1])
		return Bool(r), err
	})
	DefBuiltin("issubclass", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("issubclass", args, kw, 2, 2); err != nil {
			return nil, err
		}
		r, err := IsSubclass(th, args[0], args[1])
		return Bool(r), err
	})
	DefBuiltin("getattr", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("getattr", args, kw, 2, 3); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		if len(args) == 3 {
			v, err := GetAttrOpt(th, args[0], name)
			if v == nil && err == nil {
				return args[2], nil
			}
			return v, err
		}
		return GetAttr(th, args[0], name)
	})
	DefBuiltin("setattr", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("setattr", args, kw, 3, 3); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		return None, SetAttr(th, args[0], name, args[2])
	})
	DefBuiltin("delattr", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("delattr", args, kw, 2, 2); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		return None, DelAttr(th, args[0], name)
	})
	DefBuiltin("hasattr", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("hasattr", args, kw, 2, 2); err != nil {
			return nil, err
		}
		name, err := attrName(args[1])
		if err != nil {
			return nil, err
		}
		ok, err := HasAttr(th, args[0], name)
		return Bool(ok), err
	})
	DefBuiltin("vars", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("vars", args, kw, 1, 1); err != nil {
			if len(args) == 0 {
				return nil, NewError(SystemErrorType, "vars() without arguments is not supported by pygo")
			}
			return nil, err
		}
		v, err := GetAttrOpt(th, args[0], cnDnDict)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, NewError(TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return v, nil
	})
	DefBuiltin("dir", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("dir", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, NewError(SystemErrorType, "dir() without arguments is not supported by pygo")
		}
		return Dir(th, args[0])
	})
	DefBuiltin("id", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("id", args, kw); err != nil {
			return nil, err
		}
		return Int(Id(args[0])), nil
	})
	DefBuiltin("hash", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("hash", args, kw); err != nil {
			return nil, err
		}
		h, err := Hash(th, args[0])
		if err != nil {
			return nil, err
		}
		return Int(h), nil
	})
	DefBuiltin("callable", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("callable", args, kw); err != nil {
			return nil, err
		}
		return Bool(Callable(args[0])), nil
	})
	DefBuiltin("repr", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("repr", args, kw); err != nil {
			return nil, err
		}
		return Repr(th, args[0])
	})
	DefBuiltin("iter", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("iter", args, kw, 1, 2); err != nil {
			return nil, err
		}
		if len(args) == 2 {
			if !Callable(args[0]) {
				return nil, NewError(TypeErrorType, "iter(v, w): v must be callable")
			}
			return NewCallableIter(args[0], args[1]), nil
		}
		return Iter(th, args[0])
	})
	DefBuiltin("next", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("next", args, kw, 1, 2); err != nil {
			return nil, err
		}
		if args[0].Type().Slots.Next == nil {
			return nil, NewError(TypeErrorType, "'%s' object is not an iterator", args[0].Type().Name)
		}
		v, err := Next(th, args[0])
		if err != nil {
			if len(args) == 2 && isStopIteration(err) {
				return args[1], nil
			}
			return nil, err
		}
		if v == nil {
			if len(args) == 2 {
				return args[1], nil
			}
			var e *BaseException
			if g, ok := args[0].(*Generator); ok && g.retval != nil && g.retval != None {
				e = NewException(StopIterationType, g.retval)
				g.retval = nil
			} else {
				e = NewException(StopIterationType)
			}
			e.CaptureTraceback(0)
			return nil, e
		}
		return v, nil
	})
	DefBuiltin("__import__", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("__import__", args, kw, []string{"name", "globals", "locals", "fromlist", "level"}, 1)
		if err != nil {
			return nil, err
		}
		name, ok := a[0].(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "__import__() argument 1 must be str, not %s", a[0].Type().Name)
		}
		from := false
		if a[3] != nil {
			if from, err = Truth(th, a[3]); err != nil {
				return nil, err
			}
		}
		return Import(th, name.String(), from)
	})
	exit := func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if len(args) > 0 {
			return nil, NewException(SystemExitType, args[0])
		}
		return nil, NewException(SystemExitType)
	}
	DefBuiltin("exit", exit)
	DefBuiltin("quit", exit)
	for _, n := range []string{"exec", "eval", "compile", "locals", "globals", "breakpoint"} {
		name := n
		DefBuiltin(name, func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
			return nil, NewError(NotImplementedErrorType, "%s() is not supported by pygo", name)
		})
	}

	TextWriterType.Module = "_io"
	DefMethod(TextWriterType, "write", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := OneArg("write", args, kw); err != nil {
			return nil, err
		}
		s, ok := args[0].(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "write() argument must be str, not %s", args[0].Type().Name)
		}
		if err := self.(*TextWriter).WriteString(s.String()); err != nil {
			return nil, AsException(err)
		}
		return Int(len([]rune(s.String()))), nil
	})
	DefMethod(TextWriterType, "flush", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		if err := self.(*TextWriter).Flush(); err != nil {
			return nil, AsException(err)
		}
		return None, nil
	})
	DefMethod(TextWriterType, "fileno", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return Int(self.(*TextWriter).fd), nil
	})
	DefMethod(TextWriterType, "isatty", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return Bool(isTerminal(self.(*TextWriter).f)), nil
	})
	DefMethod(TextWriterType, "writable", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		return True, nil
	})
	DefGetter(TextWriterType, "encoding", func(th *Thread, self Object) (Object, error) {
		return NewStr(self.(*TextWriter).Encoding), nil
	})
	DefGetter(TextWriterType, "name", func(th *Thread, self Object) (Object, error) {
		return NewStr(self.(*TextWriter).name), nil
	})
	TextWriterType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		w := o.(*TextWriter)
		return NewStr("<_io.TextIOWrapper name='" + w.name + "' mode='w' encoding='" + w.Encoding + "'>"), nil
	}
}
