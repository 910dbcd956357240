package iomod

import (
	"strings"
	"sync"
	"unicode/utf8"

	py "github.com/pygo-dev/pygo/runtime"
)

// StringIO is io.StringIO: an in-memory text stream over code points.
type StringIO struct {
	mu      sync.Mutex
	buf     []rune
	pos     int
	closed  bool
	newline py.Object // None: universal; "" / "\n" / "\r" / "\r\n"
}

// BytesIO is io.BytesIO: an in-memory binary stream.
type BytesIO struct {
	mu     sync.Mutex
	buf    []byte
	pos    int
	closed bool
}

// The in-memory stream types.
var (
	StringIOType = py.NewType("StringIO", "_io", TextIOBaseType, py.FlagBaseType)
	BytesIOType  = py.NewType("BytesIO", "_io", BufferedIOBaseType, py.FlagBaseType)
)

// Type returns StringIOType.
func (s *StringIO) Type() *py.Type { return StringIOType }

// Type returns BytesIOType.
func (b *BytesIO) Type() *py.Type { return BytesIOType }

func errClosed() error { return py.NewError(py.ValueErrorType, "I/O operation on closed file.") }

// wrapNew returns v, or a subclass instance extending it.
func wrapNew(cls, builtin *py.Type, v py.Object) py.Object {
	if cls == builtin || cls.Flags&py.FlagHeapType == 0 {
		return v
	}
	in := py.NewInstance(cls)
	in.Base = v
	return in
}

func strArg(name string, o py.Object) (string, error) {
	s, ok := py.Unwrap(o).(*py.Str)
	if !ok {
		return "", py.NewError(py.TypeErrorType, "%s argument must be str, not %s", name, o.Type().Name)
	}
	return s.String(), nil
}

// sizeArg reads an optional size argument (None or missing: -1).
func sizeArg(th *py.Thread, args []py.Object, i int) (int, error) {
	if len(args) <= i || args[i] == py.None {
		return -1, nil
	}
	return py.IndexInt(th, args[i])
}

func translateIn(s string, newline py.Object) string {
	if newline == py.None {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		return strings.ReplaceAll(s, "\r", "\n")
	}
	if nl, ok := newline.(*py.Str); ok && nl.String() != "" && nl.String() != "\n" {
		return strings.ReplaceAll(s, "\n", nl.String())
	}
	return s
}

func (s *StringIO) write(text string) int {
	text = translateIn(text, s.newline)
	rs := []rune(text)
	if s.pos > len(s.buf) {
		s.buf = append(s.buf, make([]rune, s.pos-len(s.buf))...)
	}
	end := s.pos + len(rs)
	if end > len(s.buf) {
		s.buf = append(s.buf[:s.pos], rs...)
	} else {
		copy(s.buf[s.pos:], rs)
	}
	s.pos = end
	return utf8.RuneCountInString(text)
}

func (s *StringIO) readline(limit int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	end := s.pos
	for end < len(s.buf) && (limit < 0 || end-s.pos < limit) {
		c := s.buf[end]
		end++
		if c == '\n' {
			break
		}
		if c == '\r' && s.newline != py.None {
			if nl, ok := s.newline.(*py.Str); ok && nl.String() == "" {
				if end < len(s.buf) && s.buf[end] == '\n' && (limit < 0 || end-s.pos < limit) {
					end++
				}
				break
			}
		}
	}
	line := string(s.buf[s.pos:end])
	s.pos = end
	return line
}

func stringIOOf(o py.Object) (*StringIO, error) {
	s, ok := py.Unwrap(o).(*StringIO)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "descriptor requires a '_io.StringIO' object but received a '%s'", o.Type().Name)
	}
	return s, nil
}

func bytesIOOf(o py.Object) (*BytesIO, error) {
	b, ok := py.Unwrap(o).(*BytesIO)
	if !ok {
		return nil, py.NewError(py.TypeErrorType, "descriptor requires a '_io.BytesIO' object but received a '%s'", o.Type().Name)
	}
	return b, nil
}

func defStringIO(name string, fn func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error)) {
	py.DefMethod(StringIOType, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		s, err := stringIOOf(self)
		if err != nil {
			return nil, err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.closed && name != "close" {
			return nil, py.NewError(py.ValueErrorType, "I/O operation on closed file")
		}
		return fn(th, s, args)
	})
}

func defBytesIO(name string, fn func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error)) {
	py.DefMethod(BytesIOType, name, func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		b, err := bytesIOOf(self)
		if err != nil {
			return nil, err
		}
		b.mu.Lock()
		defer b.mu.Unlock()
		if b.closed && name != "close" {
			return nil, errClosed()
		}
		return fn(th, b, args)
	})
}

func seekArgs(th *py.Thread, args []py.Object) (int, int, error) {
	if len(args) < 1 || len(args) > 2 {
		return 0, 0, py.NewError(py.TypeErrorType, "seek expected at least 1 argument, got %d", len(args))
	}
	off, err := py.IndexInt(th, args[0])
	if err != nil {
		return 0, 0, err
	}
	whence := 0
	if len(args) == 2 {
		if whence, err = py.IndexInt(th, args[1]); err != nil {
			return 0, 0, err
		}
	}
	return off, whence, nil
}

func bytesArg(o py.Object) ([]byte, error) {
	switch v := py.Unwrap(o).(type) {
	case *py.Bytes:
		return v.Bytes(), nil
	case *py.ByteArray:
		return v.Snapshot(), nil
	}
	return nil, py.NewError(py.TypeErrorType, "a bytes-like object is required, not '%s'", o.Type().Name)
}

func init() {
	st := StringIOType
	st.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return wrapNew(cls, StringIOType, &StringIO{newline: py.NewStr("\n")}), nil
	}
	st.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		a, err := py.ParseArgs("StringIO", args, kw, []string{"initial_value", "newline"}, 0)
		if err != nil {
			return err
		}
		s, _ := stringIOOf(self)
		s.mu.Lock()
		defer s.mu.Unlock()
		s.newline = py.NewStr("\n")
		if a[1] != nil {
			if a[1] != py.None {
				nl, err := strArg("newline", a[1])
				if err != nil {
					return err
				}
				if nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n" {
					return py.NewError(py.ValueErrorType, "illegal newline value: %s", nl)
				}
			}
			s.newline = a[1]
		}
		s.buf, s.pos = nil, 0
		if a[0] != nil && a[0] != py.None {
			init, err := strArg("initial_value", a[0])
			if err != nil {
				return py.NewError(py.TypeErrorType, "initial_value must be str or None, not %s", a[0].Type().Name)
			}
			s.write(init)
			s.pos = 0
		}
		return nil
	}
	st.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) {
		s, _ := stringIOOf(o)
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.closed {
			return nil, errClosed()
		}
		return o, nil
	}
	st.Slots.Next = func(th *py.Thread, o py.Object) (py.Object, error) {
		s, _ := stringIOOf(o)
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.closed {
			return nil, errClosed()
		}
		line := s.readline(-1)
		if line == "" {
			return nil, nil
		}
		return py.NewStr(line), nil
	}
	defStringIO("getvalue", func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		return py.NewStr(string(s.buf)), nil
	})
	defStringIO("write", func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "write() takes exactly one argument (%d given)", len(args))
		}
		text, ok := py.Unwrap(args[0]).(*py.Str)
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "string argument expected, got '%s'", args[0].Type().Name)
		}
		return py.Int(s.write(text.String())), nil
	})
	defStringIO("read", func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		n, err := sizeArg(th, args, 0)
		if err != nil {
			return nil, err
		}
		if s.pos >= len(s.buf) {
			return py.NewStr(""), nil
		}
		end := len(s.buf)
		if n >= 0 && s.pos+n < end {
			end = s.pos + n
		}
		r := string(s.buf[s.pos:end])
		s.pos = end
		return py.NewStr(r), nil
	})
	defStringIO("readline", func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		n, err := sizeArg(th, args, 0)
		if err != nil {
			return nil, err
		}
		return py.NewStr(s.readline(n)), nil
	})
	defStringIO("readlines", func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		hint, err := sizeArg(th, args, 0)
		if err != nil {
			return nil, err
		}
		var out []py.Object
		total := 0
		for {
			l := s.readline(-1)
			if l == "" {
				break
			}
			out = append(out, py.NewStr(l))
			total += utf8.RuneCountInString(l)
			if hint > 0 && total >= hint {
				break
			}
		}
		return py.NewList(out), nil
	})
	defStringIO("writelines", func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "writelines() takes exactly one argument (%d given)", len(args))
		}
		s.mu.Unlock()
		items, err := py.Collect(th, args[0])
		s.mu.Lock()
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			t, ok := py.Unwrap(it).(*py.Str)
			if !ok {
				return nil, py.NewError(py.TypeErrorType, "string argument expected, got '%s'", it.Type().Name)
			}
			s.write(t.String())
		}
		return py.None, nil
	})
	defStringIO("tell", func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		return py.Int(s.pos), nil
	})
	defStringIO("seek", func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		off, whence, err := seekArgs(th, args)
		if err != nil {
			return nil, err
		}
		switch whence {
		case 0:
			if off < 0 {
				return nil, py.NewError(py.ValueErrorType, "Negative seek position %d", off)
			}
			s.pos = off
		case 1, 2:
			if off != 0 {
				return nil, py.NewError(py.OSErrorType, "Can't do nonzero cur-relative seeks")
			}
			if whence == 2 {
				s.pos = len(s.buf)
			}
		default:
			return nil, py.NewError(py.ValueErrorType, "Invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		return py.Int(s.pos), nil
	})
	defStringIO("truncate", func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		n, err := sizeArg(th, args, 0)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			n = s.pos
		}
		if n < len(s.buf) {
			s.buf = s.buf[:n]
		}
		return py.Int(n), nil
	})
	defStringIO("close", func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) {
		s.closed = true
		s.buf = nil
		return py.None, nil
	})
	for _, n := range []string{"readable", "writable", "seekable"} {
		defStringIO(n, func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) { return py.True, nil })
	}
	defStringIO("flush", func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) { return py.None, nil })
	defStringIO("isatty", func(th *py.Thread, s *StringIO, args []py.Object) (py.Object, error) { return py.False, nil })
	py.DefGetter(st, "closed", func(th *py.Thread, self py.Object) (py.Object, error) {
		s, err := stringIOOf(self)
		if err != nil {
			return nil, err
		}
		s.mu.Lock()
		defer s.mu.Unlock()
		return py.Bool(s.closed), nil
	})
	py.DefGetter(st, "line_buffering", func(th *py.Thread, self py.Object) (py.Object, error) { return py.False, nil })
	py.DefGetter(st, "encoding", func(th *py.Thread, self py.Object) (py.Object, error) { return py.None, nil })
	py.DefGetter(st, "errors", func(th *py.Thread, self py.Object) (py.Object, error) { return py.None, nil })

	bt := BytesIOType
	bt.Slots.New = func(th *py.Thread, cls *py.Type, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return wrapNew(cls, BytesIOType, &BytesIO{}), nil
	}
	bt.Slots.Init = func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) error {
		a, err := py.ParseArgs("BytesIO", args, kw, []string{"initial_bytes"}, 0)
		if err != nil {
			return err
		}
		b, _ := bytesIOOf(self)
		b.mu.Lock()
		defer b.mu.Unlock()
		b.buf, b.pos = nil, 0
		if a[0] != nil && a[0] != py.None {
			data, err := bytesArg(a[0])
			if err != nil {
				return err
			}
			b.buf = append([]byte(nil), data...)
		}
		return nil
	}
	bt.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	bt.Slots.Next = func(th *py.Thread, o py.Object) (py.Object, error) {
		b, _ := bytesIOOf(o)
		b.mu.Lock()
		defer b.mu.Unlock()
		if b.closed {
			return nil, errClosed()
		}
		l := b.readline(-1)
		if len(l) == 0 {
			return nil, nil
		}
		return py.NewBytes(l), nil
	}
	defBytesIO("getvalue", func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		return py.NewBytes(append([]byte(nil), b.buf...)), nil
	})
	defBytesIO("write", func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.NewError(py.TypeErrorType, "write() takes exactly one argument (%d given)", len(args))
		}
		data, err := bytesArg(args[0])
		if err != nil {
			return nil, err
		}
		b.write(data)
		return py.Int(len(data)), nil
	})
	defBytesIO("writelines", func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		b.mu.Unlock()
		items, err := py.Collect(th, args[0])
		b.mu.Lock()
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			data, err := bytesArg(it)
			if err != nil {
				return nil, err
			}
			b.write(data)
		}
		return py.None, nil
	})
	read := func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		n, err := sizeArg(th, args, 0)
		if err != nil {
			return nil, err
		}
		if b.pos >= len(b.buf) {
			return py.NewBytes(nil), nil
		}
		end := len(b.buf)
		if n >= 0 && b.pos+n < end {
			end = b.pos + n
		}
		r := append([]byte(nil), b.buf[b.pos:end]...)
		b.pos = end
		return py.NewBytes(r), nil
	}
	defBytesIO("read", read)
	defBytesIO("read1", read)
	defBytesIO("readline", func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		n, err := sizeArg(th, args, 0)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(b.readline(n)), nil
	})
	defBytesIO("readlines", func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		var out []py.Object
		for {
			l := b.readline(-1)
			if len(l) == 0 {
				break
			}
			out = append(out, py.NewBytes(l))
		}
		return py.NewList(out), nil
	})
	defBytesIO("tell", func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) { return py.Int(b.pos), nil })
	defBytesIO("seek", func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		off, whence, err := seekArgs(th, args)
		if err != nil {
			return nil, err
		}
		switch whence {
		case 0:
			if off < 0 {
				return nil, py.NewError(py.ValueErrorType, "negative seek value %d", off)
			}
			b.pos = off
		case 1:
			b.pos += off
		case 2:
			b.pos = len(b.buf) + off
		default:
			return nil, py.NewError(py.ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
		}
		if b.pos < 0 {
			b.pos = 0
		}
		return py.Int(b.pos), nil
	})
	defBytesIO("truncate", func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		n, err := sizeArg(th, args, 0)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			n = b.pos
		}
		if n < len(b.buf) {
			b.buf = b.buf[:n]
		}
		return py.Int(n), nil
	})
	defBytesIO("close", func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		b.closed = true
		return py.None, nil
	})
	for _, n := range []string{"readable", "writable", "seekable"} {
		defBytesIO(n, func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) { return py.True, nil })
	}
	defBytesIO("flush", func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) { return py.None, nil })
	defBytesIO("isatty", func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) { return py.False, nil })
	defBytesIO("getbuffer", func(th *py.Thread, b *BytesIO, args []py.Object) (py.Object, error) {
		return py.NewByteArray(append([]byte(nil), b.buf...)), nil
	})
	py.DefGetter(bt, "closed", func(th *py.Thread, self py.Object) (py.Object, error) {
		b, err := bytesIOOf(self)
		if err != nil {
			return nil, err
		}
		b.mu.Lock()
		defer b.mu.Unlock()
		return py.Bool(b.closed), nil
	})
}

func (b *BytesIO) write(data []byte) {
	if b.pos > len(b.buf) {
		b.buf = append(b.buf, make([]byte, b.pos-len(b.buf))...)
	}
	end := b.pos + len(data)
	if end > len(b.buf) {
		b.buf = append(b.buf[:b.pos], data...)
	} else {
		copy(b.buf[b.pos:], data)
	}
	b.pos = end
}

func (b *BytesIO) readline(limit int) []byte {
	if b.pos >= len(b.buf) {
		return nil
	}
	end := b.pos
	for end < len(b.buf) && (limit < 0 || end-b.pos < limit) {
		end++
		if b.buf[end-1] == '\n' {
			break
		}
	}
	l := append([]byte(nil), b.buf[b.pos:end]...)
	b.pos = end
	return l
}
