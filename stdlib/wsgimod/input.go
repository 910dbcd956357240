package wsgimod

import (
	"bufio"
	"io"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// Input is wsgi.input: the request body as a binary file-like object
// (read, readline, readlines, iteration over lines). One request's thread
// uses it, as PEP 3333 intends; it is not safe for concurrent reads.
type Input struct {
	r  io.Reader
	br *bufio.Reader
}

// InputType is the type of wsgi.input.
var InputType = py.NewType("Input", "pygo.wsgi", nil, 0)

// Type returns InputType.
func (in *Input) Type() *py.Type { return InputType }

func (in *Input) reader() *bufio.Reader {
	if in.br == nil {
		in.br = bufio.NewReader(in.r)
	}
	return in.br
}

// read returns up to n bytes (n < 0: everything).
func (in *Input) read(n int64) ([]byte, error) {
	r := in.reader()
	if n < 0 {
		return io.ReadAll(r)
	}
	buf := make([]byte, n)
	m, err := io.ReadFull(r, buf)
	if err == io.ErrUnexpectedEOF || err == io.EOF {
		err = nil
	}
	return buf[:m], err
}

// readline returns one line including its newline, at most n bytes
// (n < 0: no limit).
func (in *Input) readline(n int64) ([]byte, error) {
	r := in.reader()
	var line []byte
	for n < 0 || int64(len(line)) < n {
		c, err := r.ReadByte()
		if err == io.EOF {
			break
		}
		if err != nil {
			return line, err
		}
		line = append(line, c)
		if c == '\n' {
			break
		}
	}
	return line, nil
}

func ioError(err error) error {
	return py.NewError(py.OSErrorType, "%s", err.Error())
}

func sizeArg(th *py.Thread, fname string, args []py.Object, kw *py.KwArgs) (int64, error) {
	a, err := py.ParseArgs(fname, args, kw, []string{"size"}, 0)
	if err != nil {
		return 0, err
	}
	if a[0] == nil || a[0] == py.None {
		return -1, nil
	}
	return modutil.Int64(th, a[0])
}

func init() {
	py.DefMethod(InputType, "read", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		n, err := sizeArg(th, "read", args, kw)
		if err != nil {
			return nil, err
		}
		b, err := self.(*Input).read(n)
		if err != nil {
			return nil, ioError(err)
		}
		return py.NewBytes(b), nil
	})
	py.DefMethod(InputType, "readline", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		n, err := sizeArg(th, "readline", args, kw)
		if err != nil {
			return nil, err
		}
		b, err := self.(*Input).readline(n)
		if err != nil {
			return nil, ioError(err)
		}
		return py.NewBytes(b), nil
	})
	py.DefMethod(InputType, "readlines", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		hint, err := sizeArg(th, "readlines", args, kw)
		if err != nil {
			return nil, err
		}
		var lines []py.Object
		total := int64(0)
		for {
			b, err := self.(*Input).readline(-1)
			if err != nil {
				return nil, ioError(err)
			}
			if len(b) == 0 {
				break
			}
			lines = append(lines, py.NewBytes(b))
			total += int64(len(b))
			if hint > 0 && total >= hint {
				break
			}
		}
		return py.NewList(lines), nil
	})
	InputType.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	InputType.Slots.Next = func(th *py.Thread, o py.Object) (py.Object, error) {
		b, err := o.(*Input).readline(-1)
		if err != nil {
			return nil, ioError(err)
		}
		if len(b) == 0 {
			return nil, nil
		}
		return py.NewBytes(b), nil
	}
}
