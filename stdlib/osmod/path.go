package osmod

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"

	py "github.com/pygo-dev/pygo/runtime"
	mu "github.com/pygo-dev/pygo/stdlib/internal/modutil"
)

// posixpath (os.path), following CPython's algorithms.

func pjoin(a string, ps ...string) string {
	path := a
	for _, b := range ps {
		switch {
		case strings.HasPrefix(b, "/"):
			path = b
		case path == "" || strings.HasSuffix(path, "/"):
			path += b
		default:
			path += "/" + b
		}
	}
	return path
}

func psplit(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func psplitext(p string) (string, string) {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

func normpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var out []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(out) == 0) || (len(out) > 0 && out[len(out)-1] == "..") {
			out = append(out, c)
		} else if len(out) > 0 {
			out = out[:len(out)-1]
		}
	}
	res := strings.Repeat("/", initial) + strings.Join(out, "/")
	if res == "" {
		return "."
	}
	return res
}

func abspath(p string) string {
	if !strings.HasPrefix(p, "/") {
		wd, _ := os.Getwd()
		p = pjoin(wd, p)
	}
	return normpath(p)
}

func statMode(p string, follow bool) (uint32, bool) {
	var st syscall.Stat_t
	var err error
	if follow {
		err = syscall.Stat(p, &st)
	} else {
		err = syscall.Lstat(p, &st)
	}
	return st.Mode, err == nil
}

func commonprefix(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	lo, hi := ss[0], ss[0]
	for _, s := range ss {
		if s < lo {
			lo = s
		}
		if s > hi {
			hi = s
		}
	}
	r1, r2 := []rune(lo), []rune(hi)
	for i := range r1 {
		if i >= len(r2) || r1[i] != r2[i] {
			return string(r1[:i])
		}
	}
	return lo
}

func expandvars(p string) string {
	if !strings.Contains(p, "$") {
		return p
	}
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] != '$' {
			b.WriteByte(p[i])
			continue
		}
		j := i + 1
		var name string
		end := j
		if j < len(p) && p[j] == '{' {
			k := strings.IndexByte(p[j:], '}')
			if k < 0 {
				b.WriteByte('$')
				continue
			}
			name = p[j+1 : j+k]
			end = j + k + 1
		} else {
			for end < len(p) && (p[end] == '_' || p[end] >= 'a' && p[end] <= 'z' || p[end] >= 'A' && p[end] <= 'Z' || p[end] >= '0' && p[end] <= '9') {
				end++
			}
			name = p[j:end]
		}
		if v, ok := os.LookupEnv(name); ok && name != "" {
			b.WriteString(v)
		} else {
			b.WriteString(p[i:end])
		}
		i = end - 1
	}
	return b.String()
}

func pathBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	d.Set("sep", py.NewStr("/"))
	d.Set("altsep", py.None)
	d.Set("extsep", py.NewStr("."))
	d.Set("pathsep", py.NewStr(":"))
	d.Set("curdir", py.NewStr("."))
	d.Set("pardir", py.NewStr(".."))
	d.Set("devnull", py.NewStr("/dev/null"))
	d.Set("defpath", py.NewStr("/bin:/usr/bin"))
	d.Set("supports_unicode_filenames", py.False)
	str1 := func(name string, f func(p string) py.Object) {
		d.Func(name, func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			if err := mu.Exactly(name, args, kw, 1); err != nil {
				return nil, err
			}
			p, err := pathArg(th, name, "path", args[0])
			if err != nil {
				if e := py.AsException(err); e != nil && e.Type() == py.TypeErrorType {
					return nil, py.NewError(py.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", args[0].Type().Name)
				}
				return nil, err
			}
			return f(p), nil
		})
	}
	s := func(v string) py.Object { return py.NewStr(v) }
	pair := func(a, b string) py.Object { return py.NewTuple([]py.Object{s(a), s(b)}) }
	str1("split", func(p string) py.Object { return pair(psplit(p)) })
	str1("splitext", func(p string) py.Object { return pair(psplitext(p)) })
	str1("splitdrive", func(p string) py.Object { return pair("", p) })
	str1("basename", func(p string) py.Object { return s(p[strings.LastIndexByte(p, '/')+1:]) })
	str1("dirname", func(p string) py.Object { h, _ := psplit(p); return s(h) })
	str1("isabs", func(p string) py.Object { return py.Bool(strings.HasPrefix(p, "/")) })
	str1("normpath", func(p string) py.Object { return s(normpath(p)) })
	str1("normcase", func(p string) py.Object { return s(p) })
	str1("abspath", func(p string) py.Object { return s(abspath(p)) })
	str1("realpath", func(p string) py.Object {
		a := abspath(p)
		if r, err := filepath.EvalSymlinks(a); err == nil {
			return s(r)
		}
		return s(a)
	})
	str1("expandvars", func(p string) py.Object { return s(expandvars(p)) })
	str1("expanduser", func(p string) py.Object {
		if !strings.HasPrefix(p, "~") {
			return s(p)
		}
		i := strings.IndexByte(p, '/')
		if i < 0 {
			i = len(p)
		}
		if i == 1 {
			if home, ok := os.LookupEnv("HOME"); ok {
				h := strings.TrimRight(home, "/")
				if h == "" {
					h = "/"
				}
				if h == "/" && i < len(p) {
					return s(p[i:])
				}
				return s(h + p[i:])
			}
		}
		return s(p)
	})
	modeIs := func(name string, follow bool, kind uint32) {
		str1(name, func(p string) py.Object {
			mode, ok := statMode(p, follow)
			return py.Bool(ok && (kind == 0 || mode&syscall.S_IFMT == kind))
		})
	}
	modeIs("exists", true, 0)
	modeIs("lexists", false, 0)
	modeIs("isfile", true, syscall.S_IFREG)
	modeIs("isdir", true, syscall.S_IFDIR)
	modeIs("islink", false, syscall.S_IFLNK)
	str1("ismount", func(p string) py.Object { return py.Bool(normpath(abspath(p)) == "/") })
	statField := func(name string, f func(st *syscall.Stat_t) py.Object) {
		d.Func(name, func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
			if err := mu.Exactly(name, args, kw, 1); err != nil {
				return nil, err
			}
			p, err := pathArg(th, name, "path", args[0])
			if err != nil {
				return nil, err
			}
			var st syscall.Stat_t
			if err := syscall.Stat(p, &st); err != nil {
				return nil, osError(err, args[0])
			}
			return f(&st), nil
		})
	}
	statField("getsize", func(st *syscall.Stat_t) py.Object { return py.Int(st.Size) })
	statField("getmtime", func(st *syscall.Stat_t) py.Object { return py.Float(float64(st.Mtim.Sec) + float64(st.Mtim.Nsec)/1e9) })
	statField("getatime", func(st *syscall.Stat_t) py.Object { return py.Float(float64(st.Atim.Sec) + float64(st.Atim.Nsec)/1e9) })
	statField("getctime", func(st *syscall.Stat_t) py.Object { return py.Float(float64(st.Ctim.Sec) + float64(st.Ctim.Nsec)/1e9) })
	d.Func("join", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.NoKw("join", kw); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, py.NewError(py.TypeErrorType, "join() missing 1 required positional argument: 'a'")
		}
		parts := make([]string, len(args))
		for i, a := range args {
			p, err := pathArg(th, "join", "path", a)
			if err != nil {
				return nil, py.NewError(py.TypeErrorType, "join() argument must be str, bytes, or os.PathLike object, not '%s'", a.Type().Name)
			}
			parts[i] = p
		}
		return s(pjoin(parts[0], parts[1:]...)), nil
	})
	d.Func("relpath", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		a, err := mu.Args("relpath", args, kw, []string{"path", "start"}, 1)
		if err != nil {
			return nil, err
		}
		p, err := pathArg(th, "relpath", "path", a[0])
		if err != nil {
			return nil, err
		}
		if p == "" {
			return nil, py.NewError(py.ValueErrorType, "no path specified")
		}
		start := "."
		if a[1] != nil && a[1] != py.None {
			if start, err = pathArg(th, "relpath", "start", a[1]); err != nil {
				return nil, err
			}
		}
		split := func(x string) []string {
			var out []string
			for _, c := range strings.Split(abspath(x), "/") {
				if c != "" {
					out = append(out, c)
				}
			}
			return out
		}
		sl, pl := split(start), split(p)
		i := 0
		for i < len(sl) && i < len(pl) && sl[i] == pl[i] {
			i++
		}
		var rel []string
		for j := i; j < len(sl); j++ {
			rel = append(rel, "..")
		}
		rel = append(rel, pl[i:]...)
		if len(rel) == 0 {
			return s("."), nil
		}
		return s(pjoin(rel[0], rel[1:]...)), nil
	})
	strs := func(th *py.Thread, o py.Object, fname string) ([]string, error) {
		items, err := py.Collect(th, o)
		if err != nil {
			return nil, err
		}
		out := make([]string, len(items))
		for i, it := range items {
			if out[i], err = pathArg(th, fname, "path", it); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	d.Func("commonprefix", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("commonprefix", args, kw, 1); err != nil {
			return nil, err
		}
		ss, err := strs(th, args[0], "commonprefix")
		if err != nil {
			return nil, err
		}
		return s(commonprefix(ss)), nil
	})
	d.Func("commonpath", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Exactly("commonpath", args, kw, 1); err != nil {
			return nil, err
		}
		ss, err := strs(th, args[0], "commonpath")
		if err != nil {
			return nil, err
		}
		if len(ss) == 0 {
			return nil, py.NewError(py.ValueErrorType, "commonpath() arg is an empty sequence")
		}
		isAbs := strings.HasPrefix(ss[0], "/")
		var common []string
		for i, p := range ss {
			if strings.HasPrefix(p, "/") != isAbs {
				return nil, py.NewError(py.ValueErrorType, "Can't mix absolute and relative paths")
			}
			var parts []string
			for _, c := range strings.Split(p, "/") {
				if c != "" && c != "." {
					parts = append(parts, c)
				}
			}
			if i == 0 {
				common = parts
				continue
			}
			k := 0
			for k < len(common) && k < len(parts) && common[k] == parts[k] {
				k++
			}
			common = common[:k]
		}
		prefix := ""
		if isAbs {
			prefix = "/"
		}
		return s(prefix + strings.Join(common, "/")), nil
	})
	d.Func("samefile", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := mu.Range("samefile", args, kw, 2, 2); err != nil {
			return nil, err
		}
		var st [2]syscall.Stat_t
		for i := range st {
			p, err := pathArg(th, "samefile", "path", args[i])
			if err != nil {
				return nil, err
			}
			if err := syscall.Stat(p, &st[i]); err != nil {
				return nil, osError(err, args[i])
			}
		}
		return py.Bool(st[0].Ino == st[1].Ino && st[0].Dev == st[1].Dev), nil
	})
	return nil
}

// errnoBody fills the errno module with the Linux values.
func errnoBody(th *py.Thread, m *py.Module) error {
	d := mu.New(m)
	codes := py.NewDict()
	for name, v := range errnoNames {
		d.Set(name, py.Int(v))
		codes.SetItem(th, py.Int(v), py.NewStr(name))
	}
	for name, v := range errnoNames { // canonical names win
		if name == "EAGAIN" || name == "EDEADLK" || name == "EOPNOTSUPP" {
			codes.SetItem(th, py.Int(v), py.NewStr(name))
		}
	}
	d.Set("errorcode", codes)
	return nil
}

var errnoNames = map[string]int64{
	"EPERM": 1, "ENOENT": 2, "ESRCH": 3, "EINTR": 4, "EIO": 5, "ENXIO": 6, "E2BIG": 7, "ENOEXEC": 8, "EBADF": 9,
	"ECHILD": 10, "EAGAIN": 11, "EWOULDBLOCK": 11, "ENOMEM": 12, "EACCES": 13, "EFAULT": 14, "ENOTBLK": 15,
	"EBUSY": 16, "EEXIST": 17, "EXDEV": 18, "ENODEV": 19, "ENOTDIR": 20, "EISDIR": 21, "EINVAL": 22, "ENFILE": 23,
	"EMFILE": 24, "ENOTTY": 25, "ETXTBSY": 26, "EFBIG": 27, "ENOSPC": 28, "ESPIPE": 29, "EROFS": 30, "EMLINK": 31,
	"EPIPE": 32, "EDOM": 33, "ERANGE": 34, "EDEADLK": 35, "EDEADLOCK": 35, "ENAMETOOLONG": 36, "ENOLCK": 37,
	"ENOSYS": 38, "ENOTEMPTY": 39, "ELOOP": 40, "ENOMSG": 42, "EIDRM": 43, "ENOSTR": 60, "ENODATA": 61,
	"ETIME": 62, "ENOSR": 63, "EREMOTE": 66, "ENOLINK": 67, "EPROTO": 71, "EBADMSG": 74, "EOVERFLOW": 75,
	"EILSEQ": 84, "EUSERS": 87, "ENOTSOCK": 88, "EDESTADDRREQ": 89, "EMSGSIZE": 90, "EPROTOTYPE": 91,
	"ENOPROTOOPT": 92, "EPROTONOSUPPORT": 93, "ESOCKTNOSUPPORT": 94, "EOPNOTSUPP": 95, "ENOTSUP": 95,
	"EPFNOSUPPORT": 96, "EAFNOSUPPORT": 97, "EADDRINUSE": 98, "EADDRNOTAVAIL": 99, "ENETDOWN": 100,
	"ENETUNREACH": 101, "ENETRESET": 102, "ECONNABORTED": 103, "ECONNRESET": 104, "ENOBUFS": 105,
	"EISCONN": 106, "ENOTCONN": 107, "ESHUTDOWN": 108, "ETOOMANYREFS": 109, "ETIMEDOUT": 110,
	"ECONNREFUSED": 111, "EHOSTDOWN": 112, "EHOSTUNREACH": 113, "EALREADY": 114, "EINPROGRESS": 115,
	"ESTALE": 116, "EDQUOT": 122, "ECANCELED": 125, "EOWNERDEAD": 130, "ENOTRECOVERABLE": 131,
}
