package osmod

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// StatResult is os.stat_result.
type StatResult struct {
	fields []py.Object // st_mode .. st_ctime (10 ints)
	extra  map[string]py.Object
}

// StatResultType is os.stat_result.
var StatResultType = py.NewType("stat_result", "os", nil, 0)

// Type returns StatResultType.
func (s *StatResult) Type() *py.Type { return StatResultType }

var statNames = []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime", "st_mtime", "st_ctime"}

func newStat(st *syscall.Stat_t) *StatResult {
	ts := func(t syscall.Timespec) (py.Object, py.Object) {
		return py.Float(float64(t.Sec) + float64(t.Nsec)/1e9), py.Int(t.Sec*1_000_000_000 + t.Nsec)
	}
	af, ans := ts(st.Atim)
	mf, mns := ts(st.Mtim)
	cf, cns := ts(st.Ctim)
	r := &StatResult{fields: []py.Object{py.Int(st.Mode), py.Int(int64(st.Ino)), py.Int(int64(st.Dev)), py.Int(int64(st.Nlink)),
		py.Int(st.Uid), py.Int(st.Gid), py.Int(st.Size), py.Int(st.Atim.Sec), py.Int(st.Mtim.Sec), py.Int(st.Ctim.Sec)}}
	r.extra = map[string]py.Object{"st_atime": af, "st_mtime": mf, "st_ctime": cf, "st_atime_ns": ans, "st_mtime_ns": mns,
		"st_ctime_ns": cns, "st_blksize": py.Int(int64(st.Blksize)), "st_blocks": py.Int(st.Blocks), "st_rdev": py.Int(int64(st.Rdev))}
	return r
}

func init() {
	StatResultType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		s := o.(*StatResult)
		parts := make([]string, len(statNames))
		for i, n := range statNames {
			r, err := py.Repr(th, s.fields[i])
			if err != nil {
				return nil, err
			}
			parts[i] = n + "=" + r.String()
		}
		return py.NewStr("os.stat_result(" + strings.Join(parts, ", ") + ")"), nil
	}
	StatResultType.Slots.Len = func(th *py.Thread, o py.Object) (int, error) { return 10, nil }
	StatResultType.Slots.GetItem = func(th *py.Thread, o, k py.Object) (py.Object, error) {
		return py.GetItem(th, py.NewTuple(o.(*StatResult).fields), k)
	}
	StatResultType.Slots.Iter = func(th *py.Thread, o py.Object) (py.Object, error) {
		return py.Iter(th, py.NewTuple(o.(*StatResult).fields))
	}
	for i, n := range statNames {
		i, n := i, n
		py.DefGetter(StatResultType, n, func(th *py.Thread, self py.Object) (py.Object, error) {
			s := self.(*StatResult)
			if v, ok := s.extra[n]; ok {
				return v, nil
			}
			return s.fields[i], nil
		})
	}
	for _, n := range []string{"st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"} {
		n := n
		py.DefGetter(StatResultType, n, func(th *py.Thread, self py.Object) (py.Object, error) {
			return self.(*StatResult).extra[n], nil
		})
	}
	DirEntryType.Slots.Repr = func(th *py.Thread, o py.Object) (py.Object, error) {
		r, _ := py.Repr(th, py.NewStr(o.(*DirEntry).name))
		return py.NewStr("<DirEntry " + r.String() + ">"), nil
	}
	py.DefGetter(DirEntryType, "name", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr(self.(*DirEntry).name), nil
	})
	py.DefGetter(DirEntryType, "path", func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr(self.(*DirEntry).path), nil
	})
	py.DefMethod(DirEntryType, "__fspath__", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.NewStr(self.(*DirEntry).path), nil
	})
	followArg := func(kw *py.KwArgs) bool {
		if v := kw.Get("follow_symlinks"); v != nil {
			t, _ := py.Truth(nil, v)
			return t
		}
		return true
	}
	py.DefMethod(DirEntryType, "is_dir", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(self.(*DirEntry).mode(followArg(kw))&syscall.S_IFMT == syscall.S_IFDIR), nil
	})
	py.DefMethod(DirEntryType, "is_file", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(self.(*DirEntry).mode(followArg(kw))&syscall.S_IFMT == syscall.S_IFREG), nil
	})
	py.DefMethod(DirEntryType, "is_symlink", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		return py.Bool(self.(*DirEntry).mode(false)&syscall.S_IFMT == syscall.S_IFLNK), nil
	})
	py.DefMethod(DirEntryType, "stat", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		e := self.(*DirEntry)
		var st syscall.Stat_t
		var err error
		if followArg(kw) {
			err = syscall.Stat(e.path, &st)
		} else {
			err = syscall.Lstat(e.path, &st)
		}
		if err != nil {
			return nil, osError(err, py.NewStr(e.path))
		}
		return newStat(&st), nil
	})
	py.DefMethod(DirEntryType, "inode", func(th *py.Thread, self py.Object, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		var st syscall.Stat_t
		syscall.Lstat(self.(*DirEntry).path, &st)
		return py.Int(int64(st.Ino)), nil
	})
}

func statFn(name string, follow bool) mu.Fn {
	return func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args(name, args, kw, []string{"path", "$dir_fd", "$follow_symlinks"}, 1)
		if err != nil {
			return nil, err
		}
		var st syscall.Stat_t
		if mu.IsInt(a[0]) {
			fd, _ := py.IntValue(a[0])
			if err := syscall.Fstat(int(fd), &st); err != nil {
				return nil, osError(err, nil)
			}
			return newStat(&st), nil
		}
		p, err := pathArg(th, name, "path", a[0])
		if err != nil {
			if e := py.AsException(err); e != nil && e.Type() == py.TypeErrorType {
				return nil, py.NewError(py.TypeErrorType, "%s: path should be string, bytes, os.PathLike or integer, not %s", name, a[0].Type().Name)
			}
			return nil, err
		}
		f := follow
		if a[2] != nil {
			if f, err = py.Truth(th, a[2]); err != nil {
				return nil, err
			}
		}
		if f {
			err = syscall.Stat(p, &st)
		} else {
			err = syscall.Lstat(p, &st)
		}
		if err != nil {
			return nil, osError(err, a[0])
		}
		return newStat(&st), nil
	}
}

// DirEntry is os.DirEntry.
type DirEntry struct {
	name, path string
}

// DirEntryType is os.DirEntry.
var DirEntryType = py.NewType("DirEntry", "posix", nil, 0)

// Type returns DirEntryType.
func (e *DirEntry) Type() *py.Type { return DirEntryType }

func (e *DirEntry) mode(follow bool) uint32 {
	var st syscall.Stat_t
	var err error
	if follow {
		err = syscall.Stat(e.path, &st)
	} else {
		err = syscall.Lstat(e.path, &st)
	}
	if err != nil {
		return 0
	}
	return st.Mode
}

func scandir(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("scandir", args, kw, []string{"path"}, 0)
	if err != nil {
		return nil, err
	}
	p := "."
	var po py.Object = py.NewStr(".")
	if a[0] != nil && a[0] != py.None {
		if p, err = pathArg(th, "scandir", "path", a[0]); err != nil {
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
	items := make([]py.Object, len(names))
	for i, n := range names {
		full := n
		if a[0] != nil && a[0] != py.None {
			full = joinPath(p, n)
		} else {
			full = "./" + n
		}
		items[i] = &DirEntry{name: n, path: full}
	}
	return py.Iter(th, py.NewList(items))
}

func joinPath(a, b string) string {
	if strings.HasPrefix(b, "/") {
		return b
	}
	if a == "" || strings.HasSuffix(a, "/") {
		return a + b
	}
	return a + "/" + b
}

// walk is os.walk(top, topdown=True, onerror=None, followlinks=False).
func walk(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
	a, err := mu.Args("walk", args, kw, []string{"top", "topdown", "onerror", "followlinks"}, 1)
	if err != nil {
		return nil, err
	}
	top, err := pathArg(th, "walk", "top", a[0])
	if err != nil {
		return nil, err
	}
	topdown, followlinks := true, false
	if a[1] != nil {
		if topdown, err = py.Truth(th, a[1]); err != nil {
			return nil, err
		}
	}
	if a[3] != nil {
		if followlinks, err = py.Truth(th, a[3]); err != nil {
			return nil, err
		}
	}
	onerror := a[2]
	return py.NewGenerator(th, "walk", "walk", func(th *py.Thread, y *py.Yielder) (py.Object, error) {
		var visit func(dir string) error
		visit = func(dir string) error {
			f, err := os.Open(dir)
			var names []string
			if err == nil {
				names, err = f.Readdirnames(-1)
				f.Close()
			}
			if err != nil {
				if onerror != nil && onerror != py.None {
					_, cerr := py.Call1(th, onerror, osError(err, py.NewStr(dir)).(*py.BaseException))
					return cerr
				}
				return nil
			}
			var dirs, files []py.Object
			var subdirs []string
			for _, n := range names {
				full := joinPath(dir, n)
				var st syscall.Stat_t
				isDir := syscall.Stat(full, &st) == nil && st.Mode&syscall.S_IFMT == syscall.S_IFDIR
				if isDir {
					dirs = append(dirs, py.NewStr(n))
				} else {
					files = append(files, py.NewStr(n))
				}
			}
			dl := py.NewList(dirs)
			if topdown {
				if _, err := y.Yield(py.NewTuple([]py.Object{py.NewStr(dir), dl, py.NewList(files)})); err != nil {
					return err
				}
			}
			for _, d := range dl.Items() {
				ds, ok := mu.Str(d)
				if !ok {
					continue
				}
				full := joinPath(dir, ds)
				var lst syscall.Stat_t
				if !followlinks && syscall.Lstat(full, &lst) == nil && lst.Mode&syscall.S_IFMT == syscall.S_IFLNK {
					continue
				}
				subdirs = append(subdirs, full)
			}
			for _, s := range subdirs {
				if err := visit(s); err != nil {
					return err
				}
			}
			if !topdown {
				if _, err := y.Yield(py.NewTuple([]py.Object{py.NewStr(dir), dl, py.NewList(files)})); err != nil {
					return err
				}
			}
			return nil
		}
		return py.None, visit(top)
	}), nil
}

var _ = filepath.Join
var _ = sort.Strings
