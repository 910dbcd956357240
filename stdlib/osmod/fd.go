package osmod

import (
	"syscall"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// Low-level file descriptor functions: os.open, read, write, close.

var openFlags = map[string]int64{
	"O_RDONLY": syscall.O_RDONLY, "O_WRONLY": syscall.O_WRONLY, "O_RDWR": syscall.O_RDWR,
	"O_APPEND": syscall.O_APPEND, "O_CREAT": syscall.O_CREAT, "O_EXCL": syscall.O_EXCL,
	"O_TRUNC": syscall.O_TRUNC, "O_NONBLOCK": syscall.O_NONBLOCK, "O_CLOEXEC": syscall.O_CLOEXEC,
}

func addFdFuncs(d *mu.Module) {
	for n, v := range openFlags {
		d.Set(n, py.Int(v))
	}
	d.Func("open", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("open", args, kw, []string{"path", "flags", "mode", "$dir_fd"}, 2)
		if err != nil {
			return nil, err
		}
		p, err := pathArg(th, "open", "path", a[0])
		if err != nil {
			return nil, err
		}
		flags, err := mu.Int64(th, a[1])
		if err != nil {
			return nil, err
		}
		mode := int64(0o777)
		if a[2] != nil {
			if mode, err = mu.Int64(th, a[2]); err != nil {
				return nil, err
			}
		}
		fd, err := syscall.Open(p, int(flags)|syscall.O_CLOEXEC, uint32(mode))
		if err != nil {
			return nil, osError(err, a[0])
		}
		return py.Int(fd), nil
	})
	d.Func("write", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Range("write", args, kw, 2, 2); err != nil {
			return nil, err
		}
		fd, err := mu.Int64(th, args[0])
		if err != nil {
			return nil, err
		}
		b, ok := mu.Bytes(args[1])
		if !ok {
			return nil, py.NewError(py.TypeErrorType, "a bytes-like object is required, not '%s'", args[1].Type().Name)
		}
		n, err := syscall.Write(int(fd), b)
		if err != nil {
			return nil, osError(err, nil)
		}
		return py.Int(n), nil
	})
	d.Func("read", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Range("read", args, kw, 2, 2); err != nil {
			return nil, err
		}
		fd, err := mu.Int64(th, args[0])
		if err != nil {
			return nil, err
		}
		n, err := mu.Int64(th, args[1])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.NewError(py.ValueErrorType, "negative length")
		}
		buf := make([]byte, n)
		got, err := syscall.Read(int(fd), buf)
		if err != nil {
			return nil, osError(err, nil)
		}
		return py.NewBytes(buf[:got]), nil
	})
	d.Func("close", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("close", args, kw, 1); err != nil {
			return nil, err
		}
		fd, err := mu.Int64(th, args[0])
		if err != nil {
			return nil, err
		}
		if err := syscall.Close(int(fd)); err != nil {
			return nil, osError(err, nil)
		}
		return py.None, nil
	})
}
