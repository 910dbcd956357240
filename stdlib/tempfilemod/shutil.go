package tempfilemod

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

func init() {
	py.RegisterModule(&py.ModuleDef{Name: "shutil", Doc: "Utility functions for copying and archiving files and directory trees.", Body: shutilBody})
}

// shutil holds the module's exception classes (created on first import).
type shutil struct {
	errorT, sameFileT, specialFileT *py.Type
	usage, termSize                 py.Object
}

func newErrorClass(th *py.Thread, name string, base *py.Type) (*py.Type, error) {
	ns := py.NewDict()
	ns.SetStr(py.Intern("__module__"), py.NewStr("shutil"))
	ns.SetStr(py.Intern("__qualname__"), py.NewStr(name))
	return py.TypeNew(th, py.TypeType, name, []py.Object{base}, ns, nil)
}

func namedTuple(th *py.Thread, name, fields string) (py.Object, error) {
	coll, err := py.ImportModule(th, "collections")
	if err != nil {
		return nil, err
	}
	nt, err := pyutil.Attr(th, coll, "namedtuple")
	if err != nil {
		return nil, err
	}
	return py.Call(th, nt, []py.Object{py.NewStr(name), py.NewStr(fields)}, pyutil.Kw("module", py.NewStr("shutil")))
}

// pathArg accepts str or an os.PathLike (via __fspath__).
func pathArg(th *py.Thread, o py.Object) (string, error) {
	if s, ok := modutil.Str(o); ok {
		return s, nil
	}
	if f, err := py.GetAttrOpt(th, o, py.Intern("__fspath__")); err == nil && f != nil {
		r, err := py.Call0(th, f)
		if err != nil {
			return "", err
		}
		if s, ok := modutil.Str(r); ok {
			return s, nil
		}
	}
	return "", py.NewError(py.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
}

func shutilBody(th *py.Thread, m *py.Module) error {
	mod := modutil.New(m)
	s := &shutil{}
	var err error
	if s.errorT, err = newErrorClass(th, "Error", py.OSErrorType); err != nil {
		return err
	}
	if s.sameFileT, err = newErrorClass(th, "SameFileError", s.errorT); err != nil {
		return err
	}
	if s.specialFileT, err = newErrorClass(th, "SpecialFileError", py.OSErrorType); err != nil {
		return err
	}
	for _, n := range []string{"ExecError", "ReadError", "RegistryError"} {
		t, err := newErrorClass(th, n, py.OSErrorType)
		if err != nil {
			return err
		}
		mod.Set(n, t)
	}
	if s.usage, err = namedTuple(th, "usage", "total used free"); err != nil {
		return err
	}
	if s.termSize, err = namedTuple(th, "terminal_size", "columns lines"); err != nil {
		return err
	}
	// os.terminal_size is a structseq whose repr names its module.
	tsRepr := pyutil.Func("os", "__repr__", []string{"self"}, nil, func(th *py.Thread, a []py.Object) (py.Object, error) {
		v, err := py.Unpack(th, a[0], 2)
		if err != nil {
			return nil, err
		}
		c, err := py.Repr(th, v[0])
		if err != nil {
			return nil, err
		}
		l, err := py.Repr(th, v[1])
		if err != nil {
			return nil, err
		}
		return py.NewStr("os.terminal_size(columns=" + c.String() + ", lines=" + l.String() + ")"), nil
	})
	if err := py.SetAttr(th, s.termSize, py.Intern("__repr__"), tsRepr); err != nil {
		return err
	}
	mod.Set("Error", s.errorT)
	mod.Set("SameFileError", s.sameFileT)
	mod.Set("SpecialFileError", s.specialFileT)

	paths := func(fname string, args []py.Object, kw *py.KwArgs, names []string, req int) ([]py.Object, string, string, error) {
		a, err := modutil.Args(fname, args, kw, names, req)
		if err != nil {
			return nil, "", "", err
		}
		src, err := pathArg(th, a[0])
		if err != nil {
			return nil, "", "", err
		}
		dst, err := pathArg(th, a[1])
		if err != nil {
			return nil, "", "", err
		}
		return a, src, dst, nil
	}
	mod.Func("copyfileobj", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := modutil.Args("copyfileobj", args, kw, []string{"fsrc", "fdst", "length"}, 2)
		if err != nil {
			return nil, err
		}
		length := py.Object(py.Int(64 * 1024))
		if a[2] != nil {
			if n, err := modutil.Int64(th, a[2]); err != nil {
				return nil, err
			} else if n > 0 {
				length = py.Int(n)
			}
		}
		for {
			buf, err := py.CallMethod1(th, a[0], py.Intern("read"), length)
			if err != nil {
				return nil, err
			}
			if n, err := py.Len(th, buf); err != nil || n == 0 {
				return py.None, err
			}
			if _, err := py.CallMethod1(th, a[1], py.Intern("write"), buf); err != nil {
				return nil, err
			}
		}
	})
	mod.Func("copyfile", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		_, src, dst, err := paths("copyfile", args, kw, []string{"src", "dst", "$follow_symlinks"}, 2)
		if err != nil {
			return nil, err
		}
		return py.NewStr(dst), s.copyFile(src, dst)
	})
	mod.Func("copymode", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		_, src, dst, err := paths("copymode", args, kw, []string{"src", "dst", "$follow_symlinks"}, 2)
		if err != nil {
			return nil, err
		}
		return py.None, copyMode(src, dst)
	})
	mod.Func("copystat", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		_, src, dst, err := paths("copystat", args, kw, []string{"src", "dst", "$follow_symlinks"}, 2)
		if err != nil {
			return nil, err
		}
		return py.None, copyStat(src, dst)
	})
	copyFn := func(name string, stat bool) modutil.Fn {
		return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			_, src, dst, err := paths(name, args, kw, []string{"src", "dst", "$follow_symlinks"}, 2)
			if err != nil {
				return nil, err
			}
			d, err := s.copy(src, dst, stat)
			if err != nil {
				return nil, err
			}
			return py.NewStr(d), nil
		}
	}
	mod.Func("copy", copyFn("copy", false))
	copy2Obj := mod.Func("copy2", copyFn("copy2", true))
	mod.Func("copytree", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, src, dst, err := paths("copytree", args, kw, []string{"src", "dst", "symlinks", "ignore", "copy_function", "ignore_dangling_symlinks", "dirs_exist_ok"}, 2)
		if err != nil {
			return nil, err
		}
		ct := copyTree{s: s, th: th}
		if a[2] != nil {
			if ct.symlinks, err = py.Truth(th, a[2]); err != nil {
				return nil, err
			}
		}
		if a[3] != nil && a[3] != py.None {
			ct.ignore = a[3]
		}
		if a[4] != nil && a[4] != py.Object(copy2Obj) {
			ct.copyFn = a[4]
		}
		if a[6] != nil {
			if ct.existOK, err = py.Truth(th, a[6]); err != nil {
				return nil, err
			}
		}
		if err := ct.run(src, dst); err != nil {
			return nil, err
		}
		return py.NewStr(dst), nil
	})
	mod.Func("rmtree", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := modutil.Args("rmtree", args, kw, []string{"path", "ignore_errors", "onerror", "$dir_fd"}, 1)
		if err != nil {
			return nil, err
		}
		p, err := pathArg(th, a[0])
		if err != nil {
			return nil, err
		}
		ignore := false
		if a[1] != nil {
			if ignore, err = py.Truth(th, a[1]); err != nil {
				return nil, err
			}
		}
		st, err := os.Lstat(p)
		if err == nil && st.Mode()&os.ModeSymlink != 0 {
			if !ignore {
				return nil, py.NewError(py.OSErrorType, "Cannot call rmtree on a symbolic link")
			}
			return py.None, nil
		}
		if err == nil {
			err = os.RemoveAll(p)
		}
		if err != nil && !ignore {
			return nil, osError(err, p)
		}
		return py.None, nil
	})
	mod.Func("move", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		_, src, dst, err := paths("move", args, kw, []string{"src", "dst", "copy_function"}, 2)
		if err != nil {
			return nil, err
		}
		d, err := s.move(src, dst)
		if err != nil {
			return nil, err
		}
		return py.NewStr(d), nil
	})
	mod.Func("which", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := modutil.Args("which", args, kw, []string{"cmd", "mode", "path"}, 1)
		if err != nil {
			return nil, err
		}
		cmd, err := pathArg(th, a[0])
		if err != nil {
			return nil, err
		}
		mode := uint32(1 | 0) // os.F_OK | os.X_OK
		if a[1] != nil {
			n, err := modutil.Int64(th, a[1])
			if err != nil {
				return nil, err
			}
			mode = uint32(n)
		}
		var pathList *string
		if a[2] != nil && a[2] != py.None {
			p, err := pathArg(th, a[2])
			if err != nil {
				return nil, err
			}
			pathList = &p
		}
		if r, ok := which(cmd, mode, pathList); ok {
			return py.NewStr(r), nil
		}
		return py.None, nil
	})
	mod.Func("disk_usage", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("disk_usage", args, kw, 1); err != nil {
			return nil, err
		}
		p, err := pathArg(th, args[0])
		if err != nil {
			return nil, err
		}
		var st syscall.Statfs_t
		if err := syscall.Statfs(p, &st); err != nil {
			return nil, osError(&fs.PathError{Op: "statvfs", Path: p, Err: err}, "")
		}
		bs := int64(st.Frsize)
		if bs == 0 {
			bs = int64(st.Bsize)
		}
		total := int64(st.Blocks) * bs
		free := int64(st.Bavail) * bs
		used := (int64(st.Blocks) - int64(st.Bfree)) * bs
		return py.Call(th, s.usage, []py.Object{py.Int(total), py.Int(used), py.Int(free)}, nil)
	})
	mod.Func("get_terminal_size", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := modutil.Args("get_terminal_size", args, kw, []string{"fallback"}, 0)
		if err != nil {
			return nil, err
		}
		cols, lines := py.Object(py.Int(80)), py.Object(py.Int(24))
		if a[0] != nil {
			v, err := py.Unpack(th, a[0], 2)
			if err != nil {
				return nil, err
			}
			cols, lines = v[0], v[1]
		}
		for i, env := range []string{"COLUMNS", "LINES"} {
			if v := os.Getenv(env); v != "" {
				if n, err := strconv.Atoi(v); err == nil && n > 0 {
					if i == 0 {
						cols = py.Int(n)
					} else {
						lines = py.Int(n)
					}
				}
			}
		}
		return py.Call(th, s.termSize, []py.Object{cols, lines}, nil)
	})
	mod.Func("ignore_patterns", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.NoKw("ignore_patterns", kw); err != nil {
			return nil, err
		}
		patterns := append([]py.Object(nil), args...)
		return modutil.NewFunc("shutil", "_ignore_patterns", func(th *py.Thread, a []py.Object, kw *py.KwArgs) (py.Object, error) {
			if err := modutil.Exactly("_ignore_patterns", a, kw, 2); err != nil {
				return nil, err
			}
			fm, err := py.ImportModule(th, "fnmatch")
			if err != nil {
				return nil, err
			}
			out := py.NewSet()
			for _, p := range patterns {
				matched, err := py.CallMethod2(th, fm, py.Intern("filter"), a[1], p)
				if err != nil {
					return nil, err
				}
				if err := out.Update(th, matched); err != nil {
					return nil, err
				}
			}
			return out, nil
		}), nil
	})
	mod.Set("__all__", modutil.StrList([]string{"copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
		"copytree", "move", "rmtree", "Error", "SpecialFileError", "ExecError", "disk_usage", "which",
		"get_terminal_size", "SameFileError", "ignore_patterns"}))
	return nil
}

func sameFile(a, b string) bool {
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

func (s *shutil) copyFile(src, dst string) error {
	if sameFile(src, dst) {
		return py.NewError(s.sameFileT, "%s and %s are the same file", quote(src), quote(dst))
	}
	in, err := os.Open(src)
	if err != nil {
		return osError(err, src)
	}
	defer in.Close()
	if st, err := in.Stat(); err == nil && st.IsDir() {
		return py.NewOSError(int(syscall.EISDIR), "Is a directory", py.NewStr(src))
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
	if err != nil {
		return osError(err, dst)
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return osError(err, dst)
	}
	if err := out.Close(); err != nil {
		return osError(err, dst)
	}
	return nil
}

// quote renders a path as Python's repr of a str (for messages).
func quote(p string) string {
	if strings.ContainsRune(p, '\'') && !strings.ContainsRune(p, '"') {
		return `"` + p + `"`
	}
	return "'" + strings.ReplaceAll(p, "'", `\'`) + "'"
}

func copyMode(src, dst string) error {
	st, err := os.Stat(src)
	if err != nil {
		return osError(err, src)
	}
	if err := os.Chmod(dst, st.Mode().Perm()|st.Mode()&(os.ModeSetuid|os.ModeSetgid|os.ModeSticky)); err != nil {
		return osError(err, dst)
	}
	return nil
}

func copyStat(src, dst string) error {
	if err := copyMode(src, dst); err != nil {
		return err
	}
	st, err := os.Stat(src)
	if err != nil {
		return osError(err, src)
	}
	atime := st.ModTime()
	if sys, ok := st.Sys().(*syscall.Stat_t); ok {
		atime = timespec(sys)
	}
	if err := os.Chtimes(dst, atime, st.ModTime()); err != nil {
		return osError(err, dst)
	}
	return nil
}

func (s *shutil) copy(src, dst string, stat bool) (string, error) {
	if st, err := os.Stat(dst); err == nil && st.IsDir() {
		dst = join(dst, filepath.Base(src))
	}
	if err := s.copyFile(src, dst); err != nil {
		return "", err
	}
	var err error
	if stat {
		err = copyStat(src, dst)
	} else {
		err = copyMode(src, dst)
	}
	return dst, err
}

func (s *shutil) move(src, dst string) (string, error) {
	realDst := dst
	if st, err := os.Stat(dst); err == nil && st.IsDir() {
		if sameFile(src, dst) {
			// A rename to the same directory (case change on some systems).
			if err := os.Rename(src, dst); err != nil {
				return "", osError(err, src)
			}
			return dst, nil
		}
		realDst = join(dst, filepath.Base(strings.TrimRight(src, "/")))
		if _, err := os.Lstat(realDst); err == nil {
			return "", py.NewError(s.errorT, "Destination path '%s' already exists", realDst)
		}
	}
	if err := os.Rename(src, realDst); err == nil {
		return realDst, nil
	} else if !errors.Is(err, syscall.EXDEV) {
		return "", osError(err, src)
	}
	// Across file systems: copy, then remove the source.
	st, err := os.Lstat(src)
	if err != nil {
		return "", osError(err, src)
	}
	if st.IsDir() {
		ct := copyTree{s: s, symlinks: true}
		if err := ct.run(src, realDst); err != nil {
			return "", err
		}
		if err := os.RemoveAll(src); err != nil {
			return "", osError(err, src)
		}
		return realDst, nil
	}
	if _, err := s.copy(src, realDst, true); err != nil {
		return "", err
	}
	if err := os.Remove(src); err != nil {
		return "", osError(err, src)
	}
	return realDst, nil
}

// copyTree is shutil.copytree.
type copyTree struct {
	s        *shutil
	th       *py.Thread
	symlinks bool
	existOK  bool
	ignore   py.Object // callable(src, names) -> names to skip, or nil
	copyFn   py.Object // callable(src, dst), nil for copy2
}

func (c *copyTree) run(src, dst string) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return osError(err, src)
	}
	skip := map[string]bool{}
	if c.ignore != nil {
		names := make([]py.Object, len(entries))
		for i, e := range entries {
			names[i] = py.NewStr(e.Name())
		}
		r, err := py.Call2(c.th, c.ignore, py.NewStr(src), py.NewList(names))
		if err != nil {
			return err
		}
		if err := py.ForEach(c.th, r, func(o py.Object) (bool, error) {
			if s, ok := modutil.Str(o); ok {
				skip[s] = true
			}
			return true, nil
		}); err != nil {
			return err
		}
	}
	if c.existOK {
		err = os.MkdirAll(dst, 0o777)
	} else {
		err = os.Mkdir(dst, 0o777)
		if err != nil && errors.Is(err, fs.ErrNotExist) {
			err = os.MkdirAll(dst, 0o777)
		}
	}
	if err != nil {
		return osError(err, dst)
	}
	for _, e := range entries {
		if skip[e.Name()] {
			continue
		}
		s, d := join(src, e.Name()), join(dst, e.Name())
		if e.Type()&os.ModeSymlink != 0 && c.symlinks {
			target, err := os.Readlink(s)
			if err != nil {
				return osError(err, s)
			}
			if err := os.Symlink(target, d); err != nil {
				return osError(err, d)
			}
			continue
		}
		if isDir(s) {
			if err := c.run(s, d); err != nil {
				return err
			}
			continue
		}
		if c.copyFn != nil {
			if _, err := py.Call2(c.th, c.copyFn, py.NewStr(s), py.NewStr(d)); err != nil {
				return err
			}
		} else if _, err := c.s.copy(s, d, true); err != nil {
			return err
		}
	}
	if err := copyStat(src, dst); err != nil {
		return err
	}
	return nil
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// which is shutil.which on POSIX.
func which(cmd string, mode uint32, pathList *string) (string, bool) {
	ok := func(fn string) bool {
		st, err := os.Stat(fn)
		return err == nil && !st.IsDir() && syscall.Access(fn, mode) == nil
	}
	if strings.ContainsRune(cmd, '/') {
		if ok(cmd) {
			return cmd, true
		}
		return "", false
	}
	var path string
	if pathList != nil {
		path = *pathList
	} else if p, set := os.LookupEnv("PATH"); set {
		path = p
	} else {
		path = "/bin:/usr/bin"
	}
	if path == "" {
		return "", false
	}
	seen := map[string]bool{}
	for _, dir := range strings.Split(path, ":") {
		if seen[dir] {
			continue
		}
		seen[dir] = true
		fn := join(dir, cmd)
		if ok(fn) {
			return fn, true
		}
	}
	return "", false
}
