package fnmatchmod

import (
	"os"
	"strings"

	py "github.com/pygo-dev/pygo/runtime"
	"github.com/pygo-dev/pygo/stdlib/internal/modutil"
	"github.com/pygo-dev/pygo/stdlib/internal/pyutil"
)

func globBody(th *py.Thread, m *py.Module) error {
	mod := modutil.New(m)
	names := []string{"pathname", "$root_dir", "$dir_fd", "$recursive", "$include_hidden"}
	run := func(fname string, args []py.Object, kw *py.KwArgs) ([]py.Object, error) {
		a, err := modutil.Args(fname, args, kw, names, 1)
		if err != nil {
			return nil, err
		}
		pathname, err := strArg(a[0])
		if err != nil {
			return nil, err
		}
		g := globber{}
		if a[1] != nil && a[1] != py.None {
			if g.root, err = strArg(a[1]); err != nil {
				return nil, err
			}
		}
		if a[2] != nil && a[2] != py.None {
			return nil, py.NewError(py.NotImplementedErrorType, "glob: dir_fd is not supported by Pygo")
		}
		for i, dst := range []*bool{&g.recursive, &g.hidden} {
			if o := a[3+i]; o != nil {
				if *dst, err = py.Truth(th, o); err != nil {
					return nil, err
				}
			}
		}
		found := g.iglob(pathname, false)
		// An empty pathname, or a recursive one starting with "**",
		// yields an empty first name that glob skips.
		if len(found) > 0 && found[0] == "" && (pathname == "" || g.recursive && strings.HasPrefix(pathname, "**")) {
			found = found[1:]
		}
		out := make([]py.Object, len(found))
		for i, s := range found {
			out[i] = py.NewStr(s)
		}
		return out, nil
	}
	mod.Func("glob", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		items, err := run("glob", args, kw)
		if err != nil {
			return nil, err
		}
		return py.NewList(items), nil
	})
	mod.Func("iglob", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		items, err := run("iglob", args, kw)
		if err != nil {
			return nil, err
		}
		return pyutil.SliceIter(nil, items), nil
	})
	mod.Func("escape", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("escape", args, kw, 1); err != nil {
			return nil, err
		}
		s, err := strArg(args[0])
		if err != nil {
			return nil, err
		}
		var b strings.Builder
		for _, r := range s {
			if r == '*' || r == '?' || r == '[' {
				b.WriteString("[" + string(r) + "]")
			} else {
				b.WriteRune(r)
			}
		}
		return py.NewStr(b.String()), nil
	})
	mod.Func("has_magic", func(th *py.Thread, args []py.Object, kw *py.KwArgs) (py.Object, error) {
		if err := modutil.Exactly("has_magic", args, kw, 1); err != nil {
			return nil, err
		}
		s, err := strArg(args[0])
		if err != nil {
			return nil, err
		}
		return py.Bool(hasMagic(s)), nil
	})
	mod.Set("magic_check", py.None)
	mod.Set("__all__", modutil.StrList([]string{"escape", "glob", "iglob"}))
	return nil
}

func hasMagic(s string) bool { return strings.ContainsAny(s, "*?[") }

// globber holds the options of one glob call.
type globber struct {
	root      string
	recursive bool
	hidden    bool
}

// split is os.path.split.
func split(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
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

// gjoin is glob's _join: either part may be empty.
func gjoin(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return join(a, b)
}

func lexists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

func isdir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// iglob is CPython's _iglob, collecting the names.
func (g *globber) iglob(pathname string, dironly bool) []string {
	dirname, basename := split(pathname)
	if !hasMagic(pathname) {
		if basename != "" {
			if lexists(gjoin(g.root, pathname)) {
				return []string{pathname}
			}
		} else if isdir(gjoin(g.root, dirname)) {
			return []string{pathname}
		}
		return nil
	}
	if dirname == "" {
		if g.recursive && basename == "**" {
			return g.glob2(g.root, dironly)
		}
		return g.glob1(g.root, basename, dironly)
	}
	var dirs []string
	if dirname != pathname && hasMagic(dirname) {
		dirs = g.iglob(dirname, true)
	} else {
		dirs = []string{dirname}
	}
	var out []string
	for _, d := range dirs {
		var names []string
		full := gjoin(g.root, d)
		switch {
		case hasMagic(basename) && g.recursive && basename == "**":
			names = g.glob2(full, dironly)
		case hasMagic(basename):
			names = g.glob1(full, basename, dironly)
		default:
			names = glob0(full, basename)
		}
		for _, n := range names {
			out = append(out, join(d, n))
		}
	}
	return out
}

// listdir lists dirname ('.' when empty), only directories if dironly;
// errors give an empty list, as in CPython.
func listdir(dirname string, dironly bool) []string {
	if dirname == "" {
		dirname = "."
	}
	entries, err := os.ReadDir(dirname)
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		if dironly {
			if !e.IsDir() {
				if e.Type()&os.ModeSymlink == 0 || !isdir(join(dirname, e.Name())) {
					continue
				}
			}
		}
		names = append(names, e.Name())
	}
	return names
}

func (g *globber) glob1(dirname, pattern string, dironly bool) []string {
	re := compile(pattern)
	var out []string
	for _, n := range listdir(dirname, dironly) {
		if !g.hidden && !strings.HasPrefix(pattern, ".") && strings.HasPrefix(n, ".") {
			continue
		}
		if re.MatchString(n) {
			out = append(out, n)
		}
	}
	return out
}

func glob0(dirname, basename string) []string {
	if basename != "" {
		if lexists(gjoin(dirname, basename)) {
			return []string{basename}
		}
	} else if isdir(dirname) {
		return []string{basename}
	}
	return nil
}

func (g *globber) glob2(dirname string, dironly bool) []string {
	out := []string{""}
	return append(out, g.rlistdir(dirname, dironly)...)
}

func (g *globber) rlistdir(dirname string, dironly bool) []string {
	var out []string
	for _, x := range listdir(dirname, dironly) {
		if !g.hidden && strings.HasPrefix(x, ".") {
			continue
		}
		out = append(out, x)
		path := x
		if dirname != "" {
			path = join(dirname, x)
		}
		for _, y := range g.rlistdir(path, dironly) {
			out = append(out, gjoin(x, y))
		}
	}
	return out
}
