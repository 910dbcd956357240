// Package iomod provides Python's io module (and _io) for Pygo, and the
// built-in open().
//
// StringIO and BytesIO are Go-native in-memory streams. open() returns
// a File: TextIOWrapper in text mode (encoding utf-8 by default, errors,
// newline translation on read and write with universal newlines),
// BufferedReader / BufferedWriter / BufferedRandom in binary mode and
// FileIO when unbuffered. Files still open at exit are flushed.
// IOBase, RawIOBase, BufferedIOBase and TextIOBase are subclassable and
// provide the mixins (context manager, iteration, readlines,
// writelines) to Python subclasses.
//
// Limits: text files in encodings that are not ASCII-compatible (UTF-16,
// ...) are decoded whole on the first read; tell() on a text file is the
// byte offset (CPython's opaque cookie equals it for these codecs);
// TextIOWrapper cannot wrap an arbitrary binary stream (no .buffer,
// detach()).
package iomod

import (
	"sync"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// The abstract base classes.
var (
	IOBaseType         = py.NewType("_IOBase", "_io", nil, py.FlagBaseType|py.FlagHasDict)
	RawIOBaseType      = py.NewType("_RawIOBase", "_io", IOBaseType, py.FlagBaseType|py.FlagHasDict)
	BufferedIOBaseType = py.NewType("_BufferedIOBase", "_io", IOBaseType, py.FlagBaseType|py.FlagHasDict)
	TextIOBaseType     = py.NewType("_TextIOBase", "_io", IOBaseType, py.FlagBaseType|py.FlagHasDict)
)

var (
	unsupOnce sync.Once
	unsupType *py.Type
)

// UnsupportedOperation returns io.UnsupportedOperation (OSError, ValueError).
func UnsupportedOperation() *py.Type {
	unsupOnce.Do(func() {
		th := py.NewThread()
		c := pyutil.NewClass("UnsupportedOperation")
		// CPython's bases are (OSError, ValueError); the runtime reports a
		// layout conflict for that pair, so only OSError is a base here.
		t, err := c.Build(th, nil, "io", py.OSErrorType)
		if err != nil {
			t = py.NewType("UnsupportedOperation", "io", py.OSErrorType, py.FlagBaseType|py.FlagHasDict)
		}
		unsupType = t
	})
	return unsupType
}

func unsupported(msg string) error {
	t := UnsupportedOperation()
	e, err := py.Call(py.NewThread(), t, []py.Object{py.NewStr(msg)}, nil)
	if err != nil {
		return err
	}
	if be, ok := e.(*py.BaseException); ok {
		return be
	}
	return py.NewError(py.OSErrorType, "%s", msg)
}

var (
	strClosed   = py.Intern("closed")
	strReadline = py.Intern("readline")
	strWrite    = py.Intern("write")
	strClose    = py.Intern("close")
	strFlush    = py.Intern("flush")
)

func checkClosed(th *py.Thread, self py.Object) error {
	c, err := py.GetAttr(th, self, strClosed)
	if err != nil {
		return err
	}
	if b, err := py.Truth(th, c); err != nil || b {
		if err == nil {
			err = errClosed()
		}
		return err
	}
	return nil
}

// iobaseClosed tracks close() of Python subclasses of IOBase.
var iobaseClosed sync.Map // py.Object -> bool

func initIOBase() {
	t := IOBaseType
	t.Doc = "The abstract base class for all I/O classes."
	py.DefMethod(t, "__enter__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := checkClosed(th, self); err != nil {
			return nil, err
		}
		return self, nil
	})
	py.DefMethod(t, "__exit__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		_, err := py.CallMethod0(th, self, strClose)
		return py.None, err
	})
	t.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) {
		if err := checkClosed(th, o); err != nil {
			return nil, err
		}
		return o, nil
	}
	t.Slots.Next = func(th *py.Thread, o py.Object) (py.Object, error) {
		l, err := py.CallMethod0(th, o, strReadline)
		if err != nil {
			return nil, err
		}
		if n, err := py.Len(th, l); err != nil || n == 0 {
			return nil, err
		}
		return l, nil
	}
	py.DefMethod(t, "readlines", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		items, err := py.Collect(th, self)
		if err != nil {
			return nil, err
		}
		return py.NewList(items), nil
	})
	py.DefMethod(t, "writelines", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := py.OneArg("writelines", args, kw); err != nil {
			return nil, err
		}
		return py.None, py.ForEach(th, args[0], func(l py.Object) (bool, error) {
			_, err := py.CallMethod1(th, self, strWrite, l)
			return true, err
		})
	})
	py.DefMethod(t, "close", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if _, ok := iobaseClosed.Load(self); !ok {
			if _, err := py.CallMethod0(th, self, strFlush); err != nil {
				return nil, err
			}
			iobaseClosed.Store(self, true)
		}
		return py.None, nil
	})
	py.DefMethod(t, "flush", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if _, ok := iobaseClosed.Load(self); ok {
			return nil, errClosed()
		}
		return py.None, nil
	})
	py.DefGetter(t, "closed", func(th *py.Thread, self py.Object) (py.Object, error) {
		_, ok := iobaseClosed.Load(self)
		return py.Bool(ok), nil
	})
	for _, n := range []string{"readable", "writable", "seekable", "isatty"} {
		py.DefMethod(t, n, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return py.False, nil
		})
	}
	for _, n := range []string{"fileno", "seek", "truncate", "tell"} {
		n := n
		py.DefMethod(t, n, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			return nil, unsupported(n)
		})
	}
	py.DefMethod(TextIOBaseType, "read", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return nil, unsupported("read")
	})
	py.DefMethod(TextIOBaseType, "write", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return nil, unsupported("write")
	})
	py.DefMethod(IOBaseType, "readline", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		// Generic readline over read(1).
		var out []py.Object
		for {
			c, err := py.CallMethod1(th, self, py.Intern("read"), py.Int(1))
			if err != nil {
				return nil, err
			}
			n, err := py.Len(th, c)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				break
			}
			out = append(out, c)
			if s, ok := c.(*py.Str); ok && s.String() == "\n" {
				break
			}
			if b, ok := c.(*py.Bytes); ok && len(b.Bytes()) == 1 && b.Bytes()[0] == '\n' {
				break
			}
		}
		if len(out) == 0 {
			return py.NewStr(""), nil
		}
		sep := py.Object(py.NewStr(""))
		if _, ok := out[0].(*py.Bytes); ok {
			sep = py.NewBytes(nil)
		}
		return py.CallMethod1(th, sep, py.Intern("join"), py.NewList(out))
	})
}

func fileOf(o py.Object) (*File, error) {
	f, ok := py.Unwrap(o).(*File)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "descriptor requires a file object but received a '%s'", o.Type().Name)
	}
	return f, nil
}

func defFile(t *py.Type, name string, fn func(th *py.Thread, f *File, args []py.Object) (py.Object, error)) {
	py.DefMethod(t, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		f, err := fileOf(self)
		if err != nil {
			return nil, err
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		return fn(th, f, args)
	})
}

func initFileTypes() {
	for _, t := range []*py.Type{TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType, FileIOType} {
		t := t
		text := t == TextIOWrapperType
		t.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
			f, err := fileOf(o)
			if err != nil {
				return nil, err
			}
			s, err := f.repr(th, o)
			return py.NewStr(s), err
		}
		t.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) {
			f, err := fileOf(o)
			if err != nil {
				return nil, err
			}
			f.mu.Lock()
			defer f.mu.Unlock()
			if f.closed {
				return nil, errClosed()
			}
			return o, nil
		}
		t.Slots.Next = func(th *py.Thread, o py.Object) (py.Object, error) {
			f, _ := fileOf(o)
			f.mu.Lock()
			defer f.mu.Unlock()
			if err := f.check("r"); err != nil {
				return nil, err
			}
			if text {
				l, err := f.readLine(th, -1)
				if err != nil || l == "" {
					return nil, err
				}
				return py.NewStr(l), nil
			}
			l, err := f.readLineBytes(-1)
			if err != nil || len(l) == 0 {
				return nil, err
			}
			return py.NewBytes(l), nil
		}
		defFile(t, "read", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if err := f.check("r"); err != nil {
				return nil, err
			}
			n, err := sizeArg(th, args, 0)
			if err != nil {
				return nil, err
			}
			if text {
				s, err := f.readText(th, n)
				if err != nil {
					return nil, err
				}
				return py.NewStr(s), nil
			}
			if n < 0 {
				b, err := f.readAllBytes()
				if err != nil {
					return nil, err
				}
				return py.NewBytes(b), nil
			}
			buf := make([]byte, n)
			got := 0
			for got < n {
				var k int
				var err error
				if f.r != nil {
					k, err = f.r.Read(buf[got:])
				} else {
					k, err = f.f.Read(buf[got:])
				}
				got += k
				if err != nil || k == 0 {
					break
				}
			}
			return py.NewBytes(buf[:got]), nil
		})
		defFile(t, "readline", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if err := f.check("r"); err != nil {
				return nil, err
			}
			n, err := sizeArg(th, args, 0)
			if err != nil {
				return nil, err
			}
			if text {
				s, err := f.readLine(th, n)
				if err != nil {
					return nil, err
				}
				return py.NewStr(s), nil
			}
			b, err := f.readLineBytes(n)
			if err != nil {
				return nil, err
			}
			return py.NewBytes(b), nil
		})
		defFile(t, "readlines", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if err := f.check("r"); err != nil {
				return nil, err
			}
			hint, err := sizeArg(th, args, 0)
			if err != nil {
				return nil, err
			}
			var out []py.Object
			total := 0
			for {
				var item py.Object
				var n int
				if text {
					s, err := f.readLine(th, -1)
					if err != nil {
						return nil, err
					}
					item, n = py.NewStr(s), len(s)
				} else {
					b, err := f.readLineBytes(-1)
					if err != nil {
						return nil, err
					}
					item, n = py.NewBytes(b), len(b)
				}
				if n == 0 {
					break
				}
				out = append(out, item)
				total += n
				if hint > 0 && total >= hint {
					break
				}
			}
			return py.NewList(out), nil
		})
		defFile(t, "write", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.NewError(py.TypeErrorType, "write() takes exactly one argument (%d given)", len(args))
			}
			if err := f.check("w"); err != nil {
				return nil, err
			}
			if text {
				s, ok := py.Unwrap(args[0]).(*py.Str)
				if !ok {
					return nil, py.NewError(py.TypeErrorType, "write() argument must be str, not %s", args[0].Type().Name)
				}
				n, err := f.writeText(th, s.String())
				return py.Int(n), err
			}
			b, err := bytesArg(args[0])
			if err != nil {
				return nil, err
			}
			return py.Int(len(b)), f.writeBytes(b)
		})
		defFile(t, "writelines", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.NewError(py.TypeErrorType, "writelines() takes exactly one argument (%d given)", len(args))
			}
			f.mu.Unlock()
			items, err := py.Collect(th, args[0])
			f.mu.Lock()
			if err != nil {
				return nil, err
			}
			if err := f.check("w"); err != nil {
				return nil, err
			}
			for _, it := range items {
				if text {
					s, ok := py.Unwrap(it).(*py.Str)
					if !ok {
						return nil, py.NewError(py.TypeErrorType, "write() argument must be str, not %s", it.Type().Name)
					}
					if _, err := f.writeText(th, s.String()); err != nil {
						return nil, err
					}
				} else {
					b, err := bytesArg(it)
					if err != nil {
						return nil, err
					}
					if err := f.writeBytes(b); err != nil {
						return nil, err
					}
				}
			}
			return py.None, nil
		})
		defFile(t, "flush", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if f.closed {
				return nil, errClosed()
			}
			return py.None, f.flush()
		})
		defFile(t, "close", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			return py.None, f.close()
		})
		defFile(t, "tell", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if f.closed {
				return nil, errClosed()
			}
			p, err := f.tell()
			return py.Int(p), err
		})
		defFile(t, "seek", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if f.closed {
				return nil, errClosed()
			}
			off, whence, err := seekArgs(th, args)
			if err != nil {
				return nil, err
			}
			p, err := f.seek(int64(off), whence)
			return py.Int(p), err
		})
		defFile(t, "truncate", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if err := f.check("w"); err != nil {
				return nil, err
			}
			if err := f.flush(); err != nil {
				return nil, err
			}
			n, err := sizeArg(th, args, 0)
			if err != nil {
				return nil, err
			}
			if n < 0 {
				p, err := f.tell()
				if err != nil {
					return nil, err
				}
				n = int(p)
			}
			if err := f.f.Truncate(int64(n)); err != nil {
				return nil, osError(err, f.name)
			}
			return py.Int(n), nil
		})
		defFile(t, "fileno", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if f.closed {
				return nil, errClosed()
			}
			return py.Int(int64(f.f.Fd())), nil
		})
		defFile(t, "isatty", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if f.closed {
				return nil, errClosed()
			}
			st, err := f.f.Stat()
			return py.Bool(err == nil && st.Mode()&0o20000000 != 0), nil
		})
		defFile(t, "readable", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if f.closed {
				return nil, errClosed()
			}
			return py.Bool(f.readable), nil
		})
		defFile(t, "writable", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if f.closed {
				return nil, errClosed()
			}
			return py.Bool(f.writable), nil
		})
		defFile(t, "seekable", func(th *py.Thread, f *File, args []py.Object) (py.Object, error) {
			if f.closed {
				return nil, errClosed()
			}
			_, err := f.f.Seek(0, 1)
			return py.Bool(err == nil), nil
		})
		get := func(name string, fn func(f *File) py.Object) {
			py.DefGetter(t, name, func(th *py.Thread, self py.Object) (py.Object, error) {
				f, err := fileOf(self)
				if err != nil {
					return nil, err
				}
				f.mu.Lock()
				defer f.mu.Unlock()
				return fn(f), nil
			})
		}
		get("closed", func(f *File) py.Object { return py.Bool(f.closed) })
		get("name", func(f *File) py.Object { return f.name })
		get("mode", func(f *File) py.Object { return py.NewStr(f.mode) })
		if text {
			get("encoding", func(f *File) py.Object { return py.NewStr(f.encodingName) })
			get("errors", func(f *File) py.Object { return py.NewStr(f.errors) })
			get("newlines", func(f *File) py.Object { return py.None })
			get("line_buffering", func(f *File) py.Object { return py.Bool(f.lineBuf) })
		}
	}
}

func init() {
	initIOBase()
	initFileTypes()
	open := pyutil.Builtin("builtins", "open", Open)
	open.Module = ""
	py.RegisterBuiltin("open", open)
	body := func(th *py.Thread, m *py.Module) error {
		set := func(n string, v py.Object) { m.Dict.SetStr(py.Intern(n), v) }
		set("open", open)
		set("StringIO", StringIOType)
		set("BytesIO", BytesIOType)
		set("TextIOWrapper", TextIOWrapperType)
		set("BufferedReader", BufferedReaderType)
		set("BufferedWriter", BufferedWriterType)
		set("BufferedRandom", BufferedRandomType)
		set("FileIO", FileIOType)
		set("IOBase", IOBaseType)
		set("RawIOBase", RawIOBaseType)
		set("BufferedIOBase", BufferedIOBaseType)
		set("TextIOBase", TextIOBaseType)
		set("_IOBase", IOBaseType)
		set("_RawIOBase", RawIOBaseType)
		set("_BufferedIOBase", BufferedIOBaseType)
		set("_TextIOBase", TextIOBaseType)
		set("UnsupportedOperation", UnsupportedOperation())
		set("DEFAULT_BUFFER_SIZE", py.Int(8192))
		set("SEEK_SET", py.Int(0))
		set("SEEK_CUR", py.Int(1))
		set("SEEK_END", py.Int(2))
		set("BlockingIOError", py.Builtins.GetStr(py.Intern("BlockingIOError")))
		set("text_encoding", pyutil.Func("io", "text_encoding", []string{"encoding", "stacklevel"}, []py.Object{py.Int(2)},
			func(th *py.Thread, a []py.Object) (py.Object, error) {
				if a[0] == py.None {
					return py.NewStr("utf-8"), nil
				}
				return a[0], nil
			}))
		return nil
	}
	py.RegisterModule(&py.ModuleDef{Name: "io", Doc: "The io module provides the Python interfaces to stream handling.", Body: body})
	py.RegisterModule(&py.ModuleDef{Name: "_io", Body: body})
}
