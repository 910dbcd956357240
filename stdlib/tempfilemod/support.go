package tempfilemod

import (
	"crypto/rand"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "_pygo_tempfile", Doc: "Go helpers of Pygo's tempfile.", Body: supportBody})
}

// osError converts a Go file-system error to the OSError subclass
// CPython raises ("[Errno 2] No such file or directory: 'x'").
func osError(err error, filename string) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		var pe *fs.PathError
		if filename == "" && errors.As(err, &pe) {
			filename = pe.Path
		}
		var fn py.Object
		if filename != "" {
			fn = py.NewStr(filename)
		}
		return py.NewOSError(int(errno), msg, fn)
	}
	return py.AsException(err)
}

const nameChars = "abcdefghijklmnopqrstuvwxyz0123456789_"

// randomName returns 8 random characters, as tempfile's
// _RandomNameSequence does.
func randomName() string {
	var buf [8]byte
	rand.Read(buf[:])
	for i, b := range buf {
		buf[i] = nameChars[int(b)%len(nameChars)]
	}
	return string(buf[:])
}

// gettempdir picks $TMPDIR, $TEMP, $TMP, then /tmp, /var/tmp, /usr/tmp,
// then the working directory: the first that is a writable directory.
func gettempdir() string {
	var candidates []string
	for _, env := range []string{"TMPDIR", "TEMP", "TMP"} {
		if v := os.Getenv(env); v != "" {
			candidates = append(candidates, v)
		}
	}
	candidates = append(candidates, "/tmp", "/var/tmp", "/usr/tmp")
	if wd, err := os.Getwd(); err == nil {
		candidates = append(candidates, wd)
	}
	for _, d := range candidates {
		if d != "." {
			if abs, err := filepath.Abs(d); err == nil {
				d = abs
			}
		}
		if syscall.Access(d, 2|1) == nil {
			if st, err := os.Stat(d); err == nil && st.IsDir() {
				return d
			}
		}
	}
	return "/tmp"
}

func supportBody(th *py.Thread, m *py.Module) error {
	mod := modutil.New(m)
	mod.Func("gettempdir", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewStr(gettempdir()), nil
	})
	mod.Func("random_name", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewStr(randomName()), nil
	})
	// mkstemp(dir, prefix, suffix) -> (fd, path): creates the file with
	// O_EXCL and mode 0600, retrying on a name collision.
	mod.Func("mkstemp", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		dir, pre, suf, err := threeStrs("mkstemp", args, kw)
		if err != nil {
			return nil, err
		}
		for i := 0; i < 10000; i++ {
			name := join(dir, pre+randomName()+suf)
			fd, err := syscall.Open(name, syscall.O_RDWR|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0o600)
			if err == syscall.EEXIST {
				continue
			}
			if err != nil {
				return nil, osError(&fs.PathError{Op: "open", Path: name, Err: err}, "")
			}
			abs, _ := filepath.Abs(name)
			return py.NewTuple([]py.Object{py.Int(fd), py.NewStr(abs)}), nil
		}
		return nil, py.NewOSError(int(syscall.EEXIST), "No usable temporary file name found", nil)
	})
	mod.Func("mkdtemp", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		dir, pre, suf, err := threeStrs("mkdtemp", args, kw)
		if err != nil {
			return nil, err
		}
		for i := 0; i < 10000; i++ {
			name := join(dir, pre+randomName()+suf)
			err := syscall.Mkdir(name, 0o700)
			if err == syscall.EEXIST {
				continue
			}
			if err != nil {
				return nil, osError(&fs.PathError{Op: "mkdir", Path: name, Err: err}, "")
			}
			return py.NewStr(name), nil
		}
		return nil, py.NewOSError(int(syscall.EEXIST), "No usable temporary directory name found", nil)
	})
	mod.Func("close", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("close", args, kw, 1); err != nil {
			return nil, err
		}
		fd, err := modutil.Int64(th, args[0])
		if err != nil {
			return nil, err
		}
		if err := syscall.Close(int(fd)); err != nil {
			return nil, osError(err, "")
		}
		return py.None, nil
	})
	mod.Func("unlink", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("unlink", args, kw, 1); err != nil {
			return nil, err
		}
		p, _ := modutil.Str(args[0])
		if err := os.Remove(p); err != nil {
			return nil, osError(err, p)
		}
		return py.None, nil
	})
	mod.Func("exists", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("exists", args, kw, 1); err != nil {
			return nil, err
		}
		p, _ := modutil.Str(args[0])
		_, err := os.Lstat(p)
		return py.Bool(err == nil), nil
	})
	return nil
}

func threeStrs(fname string, args []py.Object, kw *py.KwArgs) (string, string, string, error) {
	if err := modutil.Exactly(fname, args, kw, 3); err != nil {
		return "", "", "", err
	}
	var out [3]string
	for i, a := range args {
		s, ok := modutil.Str(a)
		if !ok {
			return "", "", "", py.NewError(py.TypeErrorType, "expected str, not %s", a.Type().Name)
		}
		out[i] = s
	}
	return out[0], out[1], out[2], nil
}

// join is os.path.join for two components.
func join(a, b string) string {
	if strings.HasPrefix(b, "/") || a == "" {
		return b
	}
	if strings.HasSuffix(a, "/") {
		return a + b
	}
	return a + "/" + b
}
