package py

// The sys module basics the core needs: argv, modules, exit, the standard
// streams, recursion limit, exc_info. The standard library work extends it
// through SysModule.Dict.

import (
	"io"
	"os"
	"strings"
)

// SysModule is the sys module (created eagerly: print and Main need it).
var SysModule = NewModule("sys")

// StdinReaderType is the type of sys.stdin.
var StdinReaderType = newBuiltinType("TextIOWrapper", ObjectType, 0)

// stdinReader is sys.stdin: readline/read/iteration over os.Stdin.
type stdinReader struct{}

func (*stdinReader) Type() *Type { return StdinReaderType }

func (*stdinReader) readline() (string, error) {
	line, err := stdin.ReadString('\n')
	if err != nil && err != io.EOF {
		return "", AsException(err)
	}
	return line, nil
}

// SetArgv sets sys.argv.
func SetArgv(args []string) {
	items := make([]Object, len(args))
	for i, a := range args {
		items[i] = NewStr(a)
	}
	SysModule.Dict.SetStr(cnNameArgv, NewList(items))
}

func init() {
	d := SysModule.Dict
	RegisterModule(&ModuleDef{Name: "sys"})
	SysModules.SetStr(NewStr("sys"), SysModule)
	set := func(n string, v Object) { d.SetStr(Intern(n), v) }
	set("modules", SysModules)
	set("stdout", Stdout)
	set("stderr", Stderr)
	set("__stdout__", Stdout)
	set("__stderr__", Stderr)
	in := &stdinReader{}
	set("stdin", in)
	set("__stdin__", in)
	set("path", NewList(nil))
	set("platform", NewStr("linux"))
	set("byteorder", NewStr("little"))
	set("maxsize", Int(1<<63-1))
	set("maxunicode", Int(0x10ffff))
	set("version", NewStr("3.11.7 (pygo)"))
	set("hexversion", Int(0x030b07f0))
	set("version_info", NewTuple([]Object{Int(3), Int(11), Int(7), NewStr("final"), Int(0)}))
	set("executable", NewStr(os.Args[0]))
	set("dont_write_bytecode", True)
	set("warnoptions", NewList(nil))
	set("_pygo", True)
	SetArgv(os.Args)
	def := func(name string, fn func(th *Thread, args []Object, kw *KwArgs) (Object, error)) {
		set(name, &BuiltinFunction{Name: name, QualName: name, Module: "sys",
			Fn: func(th *Thread, _ Object, args []Object, kw *KwArgs) (Object, error) { return fn(th, args, kw) }})
	}
	def("exit", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("exit", args, kw, 0, 1); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, NewException(SystemExitType)
		}
		return nil, NewException(SystemExitType, args[0])
	})
	def("getrecursionlimit", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		return Int(RecursionLimit()), nil
	})
	def("setrecursionlimit", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("setrecursionlimit", args, kw, 1, 1); err != nil {
			return nil, err
		}
		n, ok := args[0].(Int)
		if !ok {
			return nil, NewError(TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
		}
		if n < 1 {
			return nil, NewError(ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		if int64(th.Depth()) >= int64(n) {
			return nil, NewError(RecursionErrorType, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", int64(n), th.Depth())
		}
		SetRecursionLimit(int(n))
		return None, nil
	})
	def("exc_info", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		e := th.Handled()
		if e == nil {
			return NewTuple([]Object{None, None, None}), nil
		}
		return NewTuple([]Object{e.Type(), e, None}), nil
	})
	def("exception", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if e := th.Handled(); e != nil {
			return e, nil
		}
		return None, nil
	})
	def("intern", func(th *Thread, args []Object, kw *KwArgs) (Object, error) {
		if err := ArgRange("intern", args, kw, 1, 1); err != nil {
			return nil, err
		}
		s, ok := args[0].(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "intern() argument must be str, not %s", args[0].Type().Name)
		}
		return Intern(s.String()), nil
	})
	def("getdefaultencoding", func(th *Thread, args []Object, kw *KwArgs) (Object, error) { return NewStr("utf-8"), nil })
	def("getfilesystemencoding", func(th *Thread, args []Object, kw *KwArgs) (Object, error) { return NewStr("utf-8"), nil })

	StdinReaderType.Module = "_io"
	DefMethod(StdinReaderType, "readline", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		s, err := self.(*stdinReader).readline()
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	})
	DefMethod(StdinReaderType, "read", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, AsException(err)
		}
		return NewStr(string(b)), nil
	})
	DefMethod(StdinReaderType, "readlines", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return nil, AsException(err)
		}
		var out []Object
		for _, l := range strings.SplitAfter(string(b), "\n") {
			if l != "" {
				out = append(out, NewStr(l))
			}
		}
		return NewList(out), nil
	})
	DefMethod(StdinReaderType, "fileno", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) { return Int(0), nil })
	StdinReaderType.Slots.Iter = func(th *Thread, o Object) (Object, error) { return o, nil }
	StdinReaderType.Slots.Next = func(th *Thread, o Object) (Object, error) {
		s, err := o.(*stdinReader).readline()
		if err != nil || s == "" {
			return nil, err
		}
		return NewStr(s), nil
	}
}
