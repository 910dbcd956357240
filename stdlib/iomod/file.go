package iomod

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"
	"sync"
	"syscall"
	"unicode/utf8"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

// File is an open file: TextIOWrapper in text mode, BufferedReader,
// BufferedWriter or BufferedRandom in binary mode, FileIO unbuffered.
// Reads go through a bufio.Reader and writes through a bufio.Writer;
// switching between them (r+, w+, a+) flushes or rewinds the other, so
// tell() and seek() see one position, as in CPython.
type File struct {
	typ      *py.Type
	mu       sync.Mutex
	f        *os.File
	r        *bufio.Reader
	w        *bufio.Writer
	name     py.Object
	mode     string
	text     bool
	readable bool
	writable bool
	closed   bool
	closefd  bool
	encoding string
	errors   string
	newline  py.Object // None: universal newlines
	started  bool      // something was read (utf-8-sig BOM handling)
	pending  []rune    // decoded text not yet consumed (non-ASCII-compatible encodings)
	decoded  bool      // pending holds the rest of the file
	lineBuf  bool      // line buffering (buffering=1)
	// encodingName is the encoding as given (UTF-8 when defaulted), for repr.
	encodingName string
}

// The file types.
var (
	TextIOWrapperType  = py.NewType("TextIOWrapper", "_io", TextIOBaseType, py.FlagBaseType)
	BufferedReaderType = py.NewType("BufferedReader", "_io", BufferedIOBaseType, py.FlagBaseType)
	BufferedWriterType = py.NewType("BufferedWriter", "_io", BufferedIOBaseType, py.FlagBaseType)
	BufferedRandomType = py.NewType("BufferedRandom", "_io", BufferedIOBaseType, py.FlagBaseType)
	FileIOType         = py.NewType("FileIO", "_io", RawIOBaseType, py.FlagBaseType)
)

// Type returns the file's type.
func (f *File) Type() *py.Type { return f.typ }

var openFiles sync.Map // *File -> struct{}: flushed at exit

func init() {
	py.AtExit(func(th *py.Thread) {
		openFiles.Range(func(k, _ any) bool {
			f := k.(*File)
			f.mu.Lock()
			if f.w != nil && !f.closed {
				f.w.Flush()
			}
			f.mu.Unlock()
			return true
		})
	})
}

// osError converts a Go file error to OSError (FileNotFoundError, ...).
func osError(err error, filename py.Object) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return py.NewOSError(int(errno), msg, filename)
	}
	return py.NewError(py.OSErrorType, "%s", err.Error())
}

type modeInfo struct {
	read, write, append, create, plus, binary, text bool
}

func parseMode(mode string) (modeInfo, error) {
	var m modeInfo
	seen := map[rune]bool{}
	for _, c := range mode {
		if seen[c] || !strings.ContainsRune("rwaxbt+U", c) {
			return m, py.NewError(py.ValueErrorType, "invalid mode: '%s'", mode)
		}
		seen[c] = true
		switch c {
		case 'r':
			m.read = true
		case 'w':
			m.write = true
		case 'a':
			m.append = true
		case 'x':
			m.create = true
		case '+':
			m.plus = true
		case 'b':
			m.binary = true
		case 't':
			m.text = true
		}
	}
	n := 0
	for _, b := range []bool{m.read, m.write, m.append, m.create} {
		if b {
			n++
		}
	}
	if m.binary && m.text {
		return m, py.NewError(py.ValueErrorType, "can't have text and binary mode at once")
	}
	if n != 1 {
		return m, py.NewError(py.ValueErrorType, "must have exactly one of create/read/write/append mode")
	}
	return m, nil
}

func normEncoding(e string) string {
	e = strings.ToLower(strings.ReplaceAll(e, "_", "-"))
	switch e {
	case "utf8", "utf-8", "u8":
		return "utf-8"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
		return "latin-1"
	case "ascii", "us-ascii":
		return "ascii"
	case "utf-8-sig", "utf8-sig":
		return "utf-8-sig"
	}
	return e
}

// Open is the built-in open().
func Open(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := py.ParseArgs("open", args, kw, []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1)
	if err != nil {
		return nil, err
	}
	mode := "r"
	if a[1] != nil {
		if mode, err = strArg("open() argument 'mode'", a[1]); err != nil {
			return nil, err
		}
	}
	m, err := parseMode(mode)
	if err != nil {
		return nil, err
	}
	buffering := -1
	if a[2] != nil {
		if buffering, err = py.IndexInt(th, a[2]); err != nil {
			return nil, err
		}
	}
	str := func(i int, what string) (string, bool, error) {
		if a[i] == nil || a[i] == py.None {
			return "", false, nil
		}
		s, err := strArg("open() argument '"+what+"'", a[i])
		return s, true, err
	}
	enc, hasEnc, err := str(3, "encoding")
	if err != nil {
		return nil, err
	}
	errs, hasErrs, err := str(4, "errors")
	if err != nil {
		return nil, err
	}
	nl, hasNL, err := str(5, "newline")
	if err != nil {
		return nil, err
	}
	if m.binary {
		if hasEnc {
			return nil, py.NewError(py.ValueErrorType, "binary mode doesn't take an encoding argument")
		}
		if hasErrs {
			return nil, py.NewError(py.ValueErrorType, "binary mode doesn't take an errors argument")
		}
		if hasNL {
			return nil, py.NewError(py.ValueErrorType, "binary mode doesn't take a newline argument")
		}
	} else if buffering == 0 {
		return nil, py.NewError(py.ValueErrorType, "can't have unbuffered text I/O")
	}
	if hasNL && nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n" {
		return nil, py.NewError(py.ValueErrorType, "illegal newline value: %s", nl)
	}
	flags := 0
	switch {
	case m.read:
		flags = os.O_RDONLY
		if m.plus {
			flags = os.O_RDWR
		}
	case m.write:
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	case m.append:
		flags = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	case m.create:
		flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	if m.plus && !m.read {
		flags = flags&^os.O_WRONLY | os.O_RDWR
	}
	file := a[0]
	var osf *os.File
	closefd := true
	if a[6] != nil {
		if closefd, err = py.Truth(th, a[6]); err != nil {
			return nil, err
		}
	}
	switch v := py.Unwrap(file).(type) {
	case *py.Str:
		osf, err = os.OpenFile(v.String(), flags, 0o666)
		if err != nil {
			return nil, osError(err, file)
		}
		if st, e := osf.Stat(); e == nil && st.IsDir() {
			osf.Close()
			return nil, py.NewOSError(int(syscall.EISDIR), "Is a directory", file)
		}
	case *py.Bytes:
		osf, err = os.OpenFile(string(v.Bytes()), flags, 0o666)
		if err != nil {
			return nil, osError(err, file)
		}
	case py.Int:
		osf = os.NewFile(uintptr(v), "fd")
		if osf == nil {
			return nil, py.NewOSError(int(syscall.EBADF), "Bad file descriptor", nil)
		}
	default:
		if p, e := py.GetAttrOpt(th, file, py.Intern("__fspath__")); e == nil && p != nil {
			r, err := py.Call0(th, p)
			if err != nil {
				return nil, err
			}
			nargs := append([]py.Object{r}, args[1:]...)
			return Open(th, nargs, kw)
		}
		return nil, py.NewError(py.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", file.Type().Name)
	}
	f := &File{f: osf, name: file, text: !m.binary, closefd: closefd,
		readable: m.read || m.plus, writable: m.write || m.append || m.create || m.plus}
	if f.text {
		f.typ = TextIOWrapperType
		f.encoding = "utf-8"
		if hasEnc {
			f.encoding = normEncoding(enc)
			if _, err := py.CallMethod(th, py.NewStr(""), py.Intern("encode"), []py.Object{py.NewStr(enc)}, nil); err != nil {
				osf.Close()
				return nil, err
			}
		}
		f.errors = "strict"
		if hasErrs {
			f.errors = errs
		}
		f.newline = py.None
		if hasNL {
			f.newline = py.NewStr(nl)
		}
		f.mode = strings.ReplaceAll(mode, "t", "")
		if enc == "" {
			enc = "UTF-8"
		}
		f.encodingName = enc
	} else {
		switch {
		case buffering == 0:
			f.typ = FileIOType
		case m.plus:
			f.typ = BufferedRandomType
		case m.read:
			f.typ = BufferedReaderType
		default:
			f.typ = BufferedWriterType
		}
		f.mode = binaryMode(m)
	}
	size := 8192
	if buffering > 1 {
		size = buffering
	}
	if f.readable {
		f.r = bufio.NewReaderSize(osf, size)
	}
	if f.writable && buffering != 0 {
		f.w = bufio.NewWriterSize(osf, size)
		if buffering == 1 && f.text {
			f.lineBuf = true
		}
	}
	if m.append {
		osf.Seek(0, io.SeekEnd)
	}
	openFiles.Store(f, struct{}{})
	return f, nil
}

func binaryMode(m modeInfo) string {
	s := ""
	switch {
	case m.read:
		s = "rb"
	case m.write:
		s = "wb"
	case m.append:
		s = "ab"
	case m.create:
		s = "xb"
	}
	if m.plus {
		s += "+"
	}
	return s
}

func (f *File) check(op string) error {
	if f.closed {
		return errClosed()
	}
	switch op {
	case "r":
		if !f.readable {
			return unsupported("not readable")
		}
		if f.w != nil && f.w.Buffered() > 0 {
			if err := f.w.Flush(); err != nil {
				return osError(err, f.name)
			}
		}
	case "w":
		if !f.writable {
			return unsupported("not writable")
		}
		if f.r != nil && f.r.Buffered() > 0 {
			f.f.Seek(int64(-f.r.Buffered()), io.SeekCurrent)
			f.r.Reset(f.f)
		}
		if f.decoded {
			f.pending, f.decoded = nil, false
		}
	}
	return nil
}

// readAllBytes reads the rest of the file.
func (f *File) readAllBytes() ([]byte, error) {
	var b []byte
	var err error
	if f.r != nil {
		b, err = io.ReadAll(f.r)
	} else {
		b, err = io.ReadAll(f.f)
	}
	if err != nil {
		return nil, osError(err, f.name)
	}
	return b, nil
}

// decode converts bytes read from a text file to str.
func (f *File) decode(th *py.Thread, b []byte) (string, error) {
	if !f.started {
		f.started = true
		if f.encoding == "utf-8-sig" && len(b) >= 3 && string(b[:3]) == "\ufeff" {
			b = b[3:]
		}
	}
	switch f.encoding {
	case "utf-8", "utf-8-sig":
		if utf8.Valid(b) {
			return string(b), nil
		}
	case "latin-1":
		rs := make([]rune, len(b))
		for i, c := range b {
			rs[i] = rune(c)
		}
		return string(rs), nil
	}
	r, err := py.CallMethod(th, py.NewBytes(b), py.Intern("decode"), []py.Object{py.NewStr(f.encoding), py.NewStr(f.errors)}, nil)
	if err != nil {
		return "", err
	}
	return r.(*py.Str).String(), nil
}

func (f *File) asciiCompatible() bool {
	switch f.encoding {
	case "utf-8", "utf-8-sig", "latin-1", "ascii", "cp1252", "iso-8859-15":
		return true
	}
	return false
}

// translate applies universal newlines on input.
func (f *File) translate(s string) string {
	if f.newline == py.None && strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// readText reads n code points (n < 0: all).
func (f *File) readText(th *py.Thread, n int) (string, error) {
	if !f.asciiCompatible() && !f.decoded {
		b, err := f.readAllBytes()
		if err != nil {
			return "", err
		}
		s, err := f.decode(th, b)
		if err != nil {
			return "", err
		}
		f.pending, f.decoded = []rune(f.translate(s)), true
	}
	if f.decoded {
		if n < 0 || n > len(f.pending) {
			n = len(f.pending)
		}
		s := string(f.pending[:n])
		f.pending = f.pending[n:]
		return s, nil
	}
	if n < 0 {
		b, err := f.readAllBytes()
		if err != nil {
			return "", err
		}
		s, err := f.decode(th, b)
		if err != nil {
			return "", err
		}
		return f.translate(s), nil
	}
	var sb strings.Builder
	for count := 0; count < n; {
		line, err := f.readLine(th, n-count)
		if err != nil {
			return "", err
		}
		if line == "" {
			break
		}
		sb.WriteString(line)
		count += utf8.RuneCountInString(line)
	}
	return sb.String(), nil
}

// readLine reads one line of text (limit < 0: no limit on code points).
func (f *File) readLine(th *py.Thread, limit int) (string, error) {
	if !f.asciiCompatible() || f.decoded {
		if !f.decoded {
			if _, err := f.readText(th, 0); err != nil {
				return "", err
			}
		}
		i := 0
		for i < len(f.pending) && (limit < 0 || i < limit) {
			i++
			if f.pending[i-1] == '\n' {
				break
			}
		}
		s := string(f.pending[:i])
		f.pending = f.pending[i:]
		return s, nil
	}
	var buf []byte
	count := 0
	splitCR := f.newline == py.None || (f.newline.(*py.Str)).String() == "" || (f.newline.(*py.Str)).String() == "\r" || (f.newline.(*py.Str)).String() == "\r\n"
	nlStr := ""
	if s, ok := f.newline.(*py.Str); ok {
		nlStr = s.String()
	}
	for limit < 0 || count < limit {
		c, err := f.r.ReadByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", osError(err, f.name)
		}
		if c < 0x80 || c >= 0xC0 {
			count++
		}
		if c == '\r' && splitCR {
			next, err := f.r.ReadByte()
			if err == nil && next == '\n' {
				if f.newline == py.None {
					buf = append(buf, '\n')
				} else {
					buf = append(buf, '\r', '\n')
				}
				break
			}
			if err == nil {
				f.r.UnreadByte()
			}
			if f.newline == py.None {
				buf = append(buf, '\n')
				break
			}
			buf = append(buf, '\r')
			if nlStr == "" || nlStr == "\r" {
				break
			}
			continue
		}
		buf = append(buf, c)
		if c == '\n' && nlStr != "\r" && nlStr != "\r\n" {
			break
		}
		if c == '\n' && nlStr == "\r\n" && len(buf) >= 2 && buf[len(buf)-2] == '\r' {
			break
		}
	}
	// finish a multi-byte character cut by the limit
	for len(buf) > 0 && !utf8.Valid(buf) && (f.encoding == "utf-8" || f.encoding == "utf-8-sig") {
		c, err := f.r.ReadByte()
		if err != nil {
			break
		}
		buf = append(buf, c)
		if utf8.Valid(buf) {
			break
		}
		if len(buf) > 4 && !utf8.Valid(buf[len(buf)-4:]) {
			break
		}
	}
	return f.decode(th, buf)
}

func (f *File) readLineBytes(limit int) ([]byte, error) {
	var buf []byte
	for limit < 0 || len(buf) < limit {
		var c byte
		var err error
		if f.r != nil {
			c, err = f.r.ReadByte()
		} else {
			var one [1]byte
			var n int
			n, err = f.f.Read(one[:])
			if n == 1 {
				c = one[0]
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, osError(err, f.name)
		}
		buf = append(buf, c)
		if c == '\n' {
			break
		}
	}
	return buf, nil
}

func (f *File) writeText(th *py.Thread, s string) (int, error) {
	n := utf8.RuneCountInString(s)
	if nl, ok := f.newline.(*py.Str); ok && nl.String() != "" && nl.String() != "\n" {
		s = strings.ReplaceAll(s, "\n", nl.String())
	}
	var data []byte
	switch f.encoding {
	case "utf-8":
		data = []byte(s)
	default:
		r, err := py.CallMethod(th, py.NewStr(s), py.Intern("encode"), []py.Object{py.NewStr(f.encoding), py.NewStr(f.errors)}, nil)
		if err != nil {
			return 0, err
		}
		data = r.(*py.Bytes).Bytes()
	}
	if err := f.writeBytes(data); err != nil {
		return 0, err
	}
	if f.lineBuf && strings.ContainsAny(s, "\n\r") {
		if err := f.w.Flush(); err != nil {
			return 0, osError(err, f.name)
		}
	}
	return n, nil
}

func (f *File) writeBytes(b []byte) error {
	var err error
	if f.w != nil {
		_, err = f.w.Write(b)
	} else {
		_, err = f.f.Write(b)
	}
	if err != nil {
		return osError(err, f.name)
	}
	return nil
}

func (f *File) flush() error {
	if f.w != nil {
		if err := f.w.Flush(); err != nil {
			return osError(err, f.name)
		}
	}
	return nil
}

func (f *File) close() error {
	if f.closed {
		return nil
	}
	err := f.flush()
	f.closed = true
	openFiles.Delete(f)
	if f.closefd {
		if e := f.f.Close(); e != nil && err == nil {
			err = osError(e, f.name)
		}
	}
	return err
}

func (f *File) tell() (int64, error) {
	if err := f.flush(); err != nil {
		return 0, err
	}
	pos, err := f.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, osError(err, f.name)
	}
	if f.r != nil {
		pos -= int64(f.r.Buffered())
	}
	if f.decoded {
		pos -= int64(len(string(f.pending)))
	}
	return pos, nil
}

func (f *File) seek(off int64, whence int) (int64, error) {
	if err := f.flush(); err != nil {
		return 0, err
	}
	if f.text && whence != 0 && off != 0 {
		return 0, unsupported("can't do nonzero cur-relative seeks")
	}
	if whence == 1 && f.r != nil {
		off -= int64(f.r.Buffered())
	}
	pos, err := f.f.Seek(off, whence)
	if err != nil {
		return 0, osError(err, f.name)
	}
	if f.r != nil {
		f.r.Reset(f.f)
	}
	f.pending, f.decoded = nil, false
	return pos, nil
}

func (f *File) repr(th *py.Thread, self py.Object) (string, error) {
	name, err := pyutil.ReprStr(th, f.name)
	if err != nil {
		return "", err
	}
	t := self.Type()
	if f.text {
		mode, _ := pyutil.ReprStr(th, py.NewStr(f.mode))
		enc, _ := pyutil.ReprStr(th, py.NewStr(f.encodingName))
		return "<_io." + t.Name + " name=" + name + " mode=" + mode + " encoding=" + enc + ">", nil
	}
	return "<_io." + t.Name + " name=" + name + ">", nil
}
