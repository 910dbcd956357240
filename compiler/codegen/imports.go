package codegen

import (
	"fmt"
	"sort"
	"strings"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

// resolveRelative turns a relative import (level dots + module) into an
// absolute module name, as importlib does from __package__.
func resolveRelative(module string, isPkg bool, level int, name string) (string, error) {
	if level == 0 {
		return name, nil
	}
	pkg := module
	if !isPkg {
		if i := strings.LastIndexByte(module, '.'); i >= 0 {
			pkg = module[:i]
		} else {
			pkg = ""
		}
	}
	if pkg == "" {
		return "", fmt.Errorf("attempted relative import with no known parent package")
	}
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		return "", fmt.Errorf("attempted relative import beyond top-level package")
	}
	base := strings.Join(parts[:len(parts)-(level-1)], ".")
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

func (f *fn) importStmt(s *syntax.Import) {
	for _, a := range s.Names {
		if a.Asname != "" {
			m := f.use(value{call: fmt.Sprintf("py.ImportName(th, %q)", a.Name)})
			f.storeName(a.Asname, m)
			continue
		}
		m := f.use(value{call: fmt.Sprintf("py.ImportTop(th, %q)", a.Name)})
		top := a.Name
		if i := strings.IndexByte(top, '.'); i >= 0 {
			top = top[:i]
		}
		f.storeName(top, m)
	}
}

func (f *fn) importFrom(s *syntax.ImportFrom) {
	g := f.g
	mod, err := resolveRelative(g.opt.Module, g.opt.IsPackage, s.Level, s.Module)
	if err != nil {
		g.fail(s, "%v", err)
	}
	if mod == "__future__" {
		// Compile-time directives; the names are not bound at run time.
		return
	}
	m := f.use(value{call: fmt.Sprintf("py.ImportName(th, %q)", mod)})
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		if f.kind != fnModule {
			g.fail(s, "import * only allowed at module level")
		}
		f.usesErr = true
		f.emit("err = py.ImportStar(th, %s, %sglobals)", m, g.prefix)
		f.check()
		return
	}
	if !f.isConstVar(m) {
		t := f.newTemp("t")
		f.emit("%s := %s", t, m)
		m = t
	}
	for _, a := range s.Names {
		v := f.use(value{call: fmt.Sprintf("py.ImportFrom(th, %s, %s)", m, g.nameStr(a.Name))})
		name := a.Asname
		if name == "" {
			name = a.Name
		}
		f.storeName(name, v)
	}
}

// Imports returns the absolute names of the modules a module's source
// imports (relative imports resolved against module), sorted and
// deduplicated. For "from p import x" both p and p.x are candidates;
// only p is listed (x may be an attribute).
func Imports(src []byte, file, module string, isPkg bool) ([]string, error) {
	mod, err := syntax.Parse(file, src)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	var firstErr error
	syntax.Walk(mod, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Import:
			for _, a := range n.Names {
				seen[a.Name] = true
			}
		case *syntax.ImportFrom:
			m, err := resolveRelative(module, isPkg, n.Level, n.Module)
			if err != nil {
				if firstErr == nil {
					p := n.Position()
					firstErr = &Error{File: file, Line: p.Lineno, Col: p.ColOffset + 1, Msg: err.Error()}
				}
				return true
			}
			if m != "__future__" {
				seen[m] = true
			}
		}
		return true
	})
	if firstErr != nil {
		return nil, firstErr
	}
	out := make([]string, 0, len(seen))
	for m := range seen {
		out = append(out, m)
	}
	sort.Strings(out)
	return out, nil
}

// ImportCandidates is like Imports but also lists, for each
// "from p import x", the possible submodule p.x (a build tool includes it
// when such a module exists), and for a package the submodules its
// __all__ may name (imported by "from package import *").
func ImportCandidates(src []byte, file, module string, isPkg bool) ([]string, error) {
	mod, err := syntax.Parse(file, src)
	if err != nil {
		return nil, err
	}
	seen := map[string]bool{}
	syntax.Walk(mod, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Import:
			for _, a := range n.Names {
				seen[a.Name] = true
			}
		case *syntax.ImportFrom:
			m, err := resolveRelative(module, isPkg, n.Level, n.Module)
			if err != nil || m == "__future__" {
				return true
			}
			seen[m] = true
			for _, a := range n.Names {
				if a.Name != "*" {
					seen[m+"."+a.Name] = true
				}
			}
		}
		return true
	})
	// `from pkg import *` imports the submodules a package's __all__
	// names: list them as candidates too.
	if isPkg {
		for _, name := range literalAll(mod) {
			seen[module+"."+name] = true
		}
	}
	out := make([]string, 0, len(seen))
	for m := range seen {
		out = append(out, m)
	}
	sort.Strings(out)
	return out, nil
}

// literalAll returns the string literals of the module-level assignments
// `__all__ = [...]` (or a tuple) and `__all__ += [...]`.
func literalAll(mod *syntax.Module) []string {
	var names []string
	add := func(e syntax.Expr) {
		var elts []syntax.Expr
		switch v := e.(type) {
		case *syntax.List:
			elts = v.Elts
		case *syntax.Tuple:
			elts = v.Elts
		}
		for _, el := range elts {
			if c, ok := el.(*syntax.Constant); ok {
				if s, ok := c.Value.(syntax.StrConst); ok && s != "" && !strings.Contains(string(s), ".") {
					names = append(names, string(s))
				}
			}
		}
	}
	isAll := func(e syntax.Expr) bool {
		n, ok := e.(*syntax.Name)
		return ok && n.Id == "__all__"
	}
	for _, st := range mod.Body {
		switch st := st.(type) {
		case *syntax.Assign:
			for _, t := range st.Targets {
				if isAll(t) {
					add(st.Value)
					break
				}
			}
		case *syntax.AugAssign:
			if isAll(st.Target) {
				add(st.Value)
			}
		}
	}
	return names
}

// MainFile returns the Go source of a binary's main package: it
// blank-imports the given Go packages and runs the entry module.
func MainFile(entry string, imports []string) []byte {
	var b strings.Builder
	b.WriteString("// Code generated by pygo. DO NOT EDIT.\n\n")
	b.WriteString("// Command main runs the Python module " + entry + " as __main__.\n")
	b.WriteString("package main\n\nimport (\n")
	b.WriteString("\tpy \"github.com/pygo-dev/pygo/runtime\"\n")
	for _, imp := range imports {
		fmt.Fprintf(&b, "\t_ %q\n", imp)
	}
	b.WriteString(")\n\nfunc main() {\n")
	fmt.Fprintf(&b, "\tpy.Main(%q)\n}\n", entry)
	return []byte(b.String())
}
