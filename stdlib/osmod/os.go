// Package osmod implements Python's os, os.path (posixpath) and errno
// modules in Go for POSIX systems. Go errors from the operating system
// become OSError subclasses chosen by errno (FileNotFoundError, ...),
// with CPython's "[Errno 2] No such file or directory: 'x'" messages.
package osmod

import (
	crand "crypto/rand"
	"errors"
	"io/fs"
	"os"
	"runtime"
	"sort"
	"syscall"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "os", Body: osBody})
	py.RegisterModule(&py.ModuleDef{Name: "posixpath", Body: pathBody})
	py.RegisterModule(&py.ModuleDef{Name: "errno", Body: errnoBody})
}

// osError converts a Go error about filename (nil: none) to OSError.
func osError(err error, filename py.Object) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return py.NewOSError(int(errno), capitalize(errno.Error()), filename)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return py.NewOSError(int(syscall.ENOENT), capitalize(syscall.ENOENT.Error()), filename)
	}
	if errors.Is(err, fs.ErrExist) {
		return py.NewOSError(int(syscall.EEXIST), capitalize(syscall.EEXIST.Error()), filename)
	}
	if errors.Is(err, fs.ErrPermission) {
		return py.NewOSError(int(syscall.EACCES), capitalize(syscall.EACCES.Error()), filename)
	}
	return py.NewOSError(int(syscall.EIO), err.Error(), filename)
}

// capitalize makes Go's errno strings match C's strerror ("no such file
// or directory" -> "No such file or directory").
func capitalize(s string) string {
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-32) + s[1:]
	}
	return s
}

// pathArg converts a path argument (str, bytes or os.PathLike).
func pathArg(th *py.Thread, fname, arg string, o py.Object) (string, error) {
	if s, ok := mu.Str(o); ok {
		return s, nil
	}
	if b, ok := py.Unwrap(o).(*py.Bytes); ok {
		return string(b.Bytes()), nil
	}
	if o.Type().Lookup(py.Intern("__fspath__")) != nil {
		r, err := py.CallMethod0(th, o, py.Intern("__fspath__"))
		if err != nil {
			return "", err
		}
		return pathArg(th, fname, arg, r)
	}
	return "", py.NewError(py.TypeErrorType, "%s: %s should be string, bytes or os.PathLike, not %s", fname, arg, o.Type().Name)
}

func fspath(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("fspath", args, kw, []string{"path"}, 1)
	if err != nil {
		return nil, err
	}
	switch py.Unwrap(a[0]).(type) {
	case *py.Str, *py.Bytes:
		return a[0], nil
	}
	if a[0].Type().Lookup(py.Intern("__fspath__")) != nil {
		return py.CallMethod0(th, a[0], py.Intern("__fspath__"))
	}
	return nil, py.NewError(py.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", a[0].Type().Name)
}

// pathFn wraps a function of one path argument.
func pathFn(name string, f func(th *py.Thread, p string, po py.Object) (py.Object, error)) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args(name, args, kw, []string{"path", "$dir_fd"}, 1)
		if err != nil {
			return nil, err
		}
		p, err := pathArg(th, name, "path", a[0])
		if err != nil {
			return nil, err
		}
		return f(th, p, a[0])
	}
}

func osBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	d.Set("name", py.NewStr("posix"))
	d.Set("sep", py.NewStr("/"))
	d.Set("altsep", py.None)
	d.Set("extsep", py.NewStr("."))
	d.Set("pathsep", py.NewStr(":"))
	d.Set("linesep", py.NewStr("\n"))
	d.Set("curdir", py.NewStr("."))
	d.Set("pardir", py.NewStr(".."))
	d.Set("devnull", py.NewStr("/dev/null"))
	d.Set("error", py.OSErrorType)
	for _, n := range []string{"F_OK", "R_OK", "W_OK", "X_OK"} {
		d.Set(n, py.Int(map[string]int64{"F_OK": 0, "R_OK": 4, "W_OK": 2, "X_OK": 1}[n]))
	}
	env := py.NewDict()
	envs := os.Environ()
	sort.Strings(envs)
	for _, kv := range os.Environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				env.SetItem(th, py.NewStr(kv[:i]), py.NewStr(kv[i+1:]))
				break
			}
		}
	}
	d.Set("environ", env)
	d.Func("getenv", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("getenv", args, kw, []string{"key", "default"}, 1)
		if err != nil {
			return nil, err
		}
		if _, ok := mu.Str(a[0]); !ok {
			return nil, py.NewError(py.TypeErrorType, "str expected, not %s", a[0].Type().Name)
		}
		v, err := env.Get(th, a[0])
		if err != nil {
			return nil, err
		}
		if v == nil {
			if a[1] == nil {
				return py.None, nil
			}
			return a[1], nil
		}
		return v, nil
	})
	d.Func("putenv", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Range("putenv", args, kw, 2, 2); err != nil {
			return nil, err
		}
		k, ok1 := mu.Str(args[0])
		v, ok2 := mu.Str(args[1])
		if !ok1 || !ok2 {
			return nil, py.NewError(py.TypeErrorType, "str expected")
		}
		os.Setenv(k, v)
		return py.None, nil
	})
	d.Func("unsetenv", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("unsetenv", args, kw, 1); err != nil {
			return nil, err
		}
		k, _ := mu.Str(args[0])
		os.Unsetenv(k)
		return py.None, nil
	})
	d.Func("getcwd", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		wd, err := os.Getwd()
		if err != nil {
			return nil, osError(err, nil)
		}
		return py.NewStr(wd), nil
	})
	d.Func("chdir", pathFn("chdir", func(th *py.Thread, p string, po py.Object) (py.Object, error) {
		if err := os.Chdir(p); err != nil {
			return nil, osError(err, po)
		}
		return py.None, nil
	}))
	d.Func("listdir", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("listdir", args, kw, []string{"path"}, 0)
		if err != nil {
			return nil, err
		}
		p := "."
		var po py.Object = py.NewStr(".")
		if a[0] != nil && a[0] != py.None {
			if p, err = pathArg(th, "listdir", "path", a[0]); err != nil {
				return nil, err
			}
			po = a[0]
		}
		f, err := os.Open(p)
		if err != nil {
			return nil, osError(err, po)
		}
		defer f.Close()
		names, err := f.Readdirnames(-1)
		if err != nil {
			return nil, osError(err, po)
		}
		return mu.StrList(names), nil
	})
	d.Func("mkdir", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("mkdir", args, kw, []string{"path", "mode", "$dir_fd"}, 1)
		if err != nil {
			return nil, err
		}
		p, err := pathArg(th, "mkdir", "path", a[0])
		if err != nil {
			return nil, err
		}
		mode := int64(0o777)
		if a[1] != nil {
			if mode, err = mu.Int64(th, a[1]); err != nil {
				return nil, err
			}
		}
		if err := syscall.Mkdir(p, uint32(mode)); err != nil {
			return nil, osError(err, a[0])
		}
		return py.None, nil
	})
	d.Func("makedirs", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("makedirs", args, kw, []string{"name", "mode", "exist_ok"}, 1)
		if err != nil {
			return nil, err
		}
		p, err := pathArg(th, "makedirs", "name", a[0])
		if err != nil {
			return nil, err
		}
		existOK := false
		if a[2] != nil {
			if existOK, err = py.Truth(th, a[2]); err != nil {
				return nil, err
			}
		}
		mode := int64(0o777)
		if a[1] != nil {
			if mode, err = mu.Int64(th, a[1]); err != nil {
				return nil, err
			}
		}
		if st, err := os.Stat(p); err == nil {
			if existOK && st.IsDir() {
				return py.None, nil
			}
			return nil, osError(syscall.EEXIST, a[0])
		}
		if err := os.MkdirAll(p, os.FileMode(mode)); err != nil {
			return nil, osError(err, a[0])
		}
		return py.None, nil
	})
	rm := pathFn("remove", func(th *py.Thread, p string, po py.Object) (py.Object, error) {
		if err := syscall.Unlink(p); err != nil {
			return nil, osError(err, po)
		}
		return py.None, nil
	})
	d.Func("remove", rm)
	d.Func("unlink", rm)
	d.Func("rmdir", pathFn("rmdir", func(th *py.Thread, p string, po py.Object) (py.Object, error) {
		if err := syscall.Rmdir(p); err != nil {
			return nil, osError(err, po)
		}
		return py.None, nil
	}))
	d.Func("removedirs", pathFn("removedirs", func(th *py.Thread, p string, po py.Object) (py.Object, error) {
		if err := syscall.Rmdir(p); err != nil {
			return nil, osError(err, po)
		}
		for dir := parentDir(p); dir != "" && dir != "/" && dir != "."; dir = parentDir(dir) {
			if syscall.Rmdir(dir) != nil {
				break
			}
		}
		return py.None, nil
	}))
	ren := func(name string) mu.Fn {
		return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			a, err := mu.Args(name, args, kw, []string{"src", "dst", "$src_dir_fd", "$dst_dir_fd"}, 2)
			if err != nil {
				return nil, err
			}
			src, err := pathArg(th, name, "src", a[0])
			if err != nil {
				return nil, err
			}
			dst, err := pathArg(th, name, "dst", a[1])
			if err != nil {
				return nil, err
			}
			if err := syscall.Rename(src, dst); err != nil {
				var errno syscall.Errno
				errors.As(err, &errno)
				e := py.NewOSError(int(errno), capitalize(errno.Error()), a[0])
				e.SetAttr("filename2", a[1])
				return nil, e
			}
			return py.None, nil
		}
	}
	d.Func("rename", ren("rename"))
	d.Func("replace", ren("replace"))
	d.Func("stat", statFn("stat", true))
	d.Func("lstat", statFn("lstat", false))
	d.Set("stat_result", StatResultType)
	d.Func("getpid", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Int(os.Getpid()), nil
	})
	d.Func("getppid", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Int(os.Getppid()), nil
	})
	d.Func("getuid", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Int(os.Getuid()), nil
	})
	d.Func("cpu_count", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Int(runtime.NumCPU()), nil
	})
	d.Func("urandom", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("urandom", args, kw, 1); err != nil {
			return nil, err
		}
		n, err := mu.Int64(th, args[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.NewError(py.ValueErrorType, "negative argument not allowed")
		}
		b := make([]byte, n)
		crand.Read(b)
		return py.NewBytes(b), nil
	})
	d.Func("fspath", fspath)
	d.Func("strerror", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("strerror", args, kw, 1); err != nil {
			return nil, err
		}
		n, err := mu.Int64(th, args[0])
		if err != nil {
			return nil, err
		}
		return py.NewStr(capitalize(syscall.Errno(n).Error())), nil
	})
	d.Func("access", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("access", args, kw, []string{"path", "mode"}, 2)
		if err != nil {
			return nil, err
		}
		p, err := pathArg(th, "access", "path", a[0])
		if err != nil {
			return nil, err
		}
		mode, err := mu.Int64(th, a[1])
		if err != nil {
			return nil, err
		}
		return py.Bool(syscall.Access(p, uint32(mode)) == nil), nil
	})
	d.Func("walk", walk)
	addFdFuncs(d)
	d.Func("scandir", scandir)
	// os.path is the posixpath module, also importable as os.path.
	pm, err := py.ImportModule(th, "posixpath")
	if err != nil {
		return err
	}
	d.Set("path", pm)
	py.SysModules.SetStr(py.NewStr("os.path"), pm)
	return nil
}

func parentDir(p string) string {
	for len(p) > 1 && p[len(p)-1] == '/' {
		p = p[:len(p)-1]
	}
	i := len(p) - 1
	for i >= 0 && p[i] != '/' {
		i--
	}
	if i < 0 {
		return ""
	}
	if i == 0 {
		return "/"
	}
	return p[:i]
}
