package gazelleext

import (
	"bytes"
	"fmt"
	"os"
	"path"
	"strings"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

// This file turns one Python source file into the facts rule generation and
// resolution need: the modules it imports (with their lines), whether it is a
// program (an `if __name__ == "__main__":` block at module level), and the
// modules its `# gazelle:ignore` comments exclude.
//
// Imports are found by walking the AST that compiler/syntax builds, so Gazelle
// accepts exactly the grammar the compiler accepts. Every import statement
// counts wherever it appears: at module level, inside functions and classes,
// under `if TYPE_CHECKING:`, in any branch of a try statement. An import in
// the body of a try statement with an `except ImportError` (or
// ModuleNotFoundError) handler is marked optional: the program copes with its
// absence at run time, so failing to resolve it is a warning, not an error.

// goPrefix is the root of Python module names that name Go packages:
// `import __go__.strings` imports Go's strings package.
const goPrefix = "__go__"

// pyImport is one import of one source file.
type pyImport struct {
	// Module is the absolute dotted module name (relative imports resolved).
	Module string
	// Names are the names of a from-import (`from Module import a, b`); each
	// may itself be a submodule, so resolution tries Module.Name first.
	Names []string
	// Line is the 1-based line of the import statement.
	Line int
	// Optional is true inside a try statement that handles ImportError.
	Optional bool
}

// pyFile is what Gazelle knows about one .py file after parsing it.
type pyFile struct {
	// Rel is the file's path relative to the repository root (slash-separated).
	Rel string
	// Base is the file's base name.
	Base string
	// Module is the file's dotted module name ("a.b" for a/b/__init__.py).
	Module string
	// Imports lists the file's imports in source order.
	Imports []pyImport
	// HasMain reports a module-level `if __name__ == "__main__":` block.
	HasMain bool
	// Ignored holds modules named by `# gazelle:ignore` comments in the file.
	Ignored map[string]bool
	// Errs are problems found while reading the file (syntax errors, relative
	// imports that go past the top-level package). Each is a full message.
	Errs []string
}

// moduleName returns the dotted module name of the file rel (slash-separated,
// relative to the repository root) when the Python root is root. ok is false if
// rel is not under root.
func moduleName(root, rel string) (name string, ok bool) {
	if root != "" {
		if !strings.HasPrefix(rel, root+"/") {
			return "", false
		}
		rel = rel[len(root)+1:]
	}
	rel = strings.TrimSuffix(rel, ".py")
	if rel == "__init__" {
		return "", true // the root's own __init__.py: no module name
	}
	rel = strings.TrimSuffix(rel, "/__init__")
	return strings.ReplaceAll(rel, "/", "."), true
}

// packageModule returns the dotted package name of directory rel under root
// ("" for the root itself).
func packageModule(root, rel string) string {
	if rel == root {
		return ""
	}
	if root != "" {
		rel = strings.TrimPrefix(rel, root+"/")
	}
	return strings.ReplaceAll(rel, "/", ".")
}

// parseFile reads and parses the file at abs and extracts its imports.
// rel is its repository-relative path and module its dotted module name.
func parseFile(abs, rel, module string) *pyFile {
	pf := &pyFile{Rel: rel, Base: path.Base(rel), Module: module}
	src, err := os.ReadFile(abs)
	if err != nil {
		pf.Errs = append(pf.Errs, fmt.Sprintf("%s: %v", rel, err))
		return pf
	}
	pf.Ignored = ignoreComments(src)
	mod, err := safeParse(rel, src)
	if err != nil {
		pf.Errs = append(pf.Errs, err.Error())
		return pf
	}
	if mod == nil {
		return pf
	}
	pf.HasMain = hasMainGuard(mod)
	x := extractor{pf: pf, pkg: filePackage(module, pf.Base)}
	for _, s := range mod.Body {
		x.visit(s, false)
	}
	return pf
}

// safeParse is syntax.Parse, with a parser panic turned into an error so
// that one bad file cannot stop Gazelle.
func safeParse(rel string, src []byte) (mod *syntax.Module, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod, err = nil, fmt.Errorf("%s: internal error in Pygo's parser (please report it): %v", rel, r)
		}
	}()
	return syntax.Parse(rel, src)
}

// filePackage returns the package a module's relative imports start from:
// the module itself for a package's __init__.py, otherwise its parent.
func filePackage(module, base string) string {
	if base == "__init__.py" {
		return module
	}
	if i := strings.LastIndexByte(module, '.'); i >= 0 {
		return module[:i]
	}
	return ""
}

// extractor collects the imports of one file.
type extractor struct {
	pf  *pyFile
	pkg string // the package relative imports are resolved against
}

// visit walks n, recording imports; optional marks the body of a try
// statement that handles ImportError.
func (x *extractor) visit(n syntax.Node, optional bool) {
	syntax.Walk(n, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Import:
			for _, a := range n.Names {
				x.add(pyImport{Module: a.Name, Line: n.Lineno, Optional: optional})
			}
			return false
		case *syntax.ImportFrom:
			x.importFrom(n, optional)
			return false
		case *syntax.Try:
			x.try(n.Body, n.Handlers, n.Orelse, n.Finalbody, optional)
			return false
		case *syntax.TryStar:
			x.try(n.Body, n.Handlers, n.Orelse, n.Finalbody, optional)
			return false
		case syntax.Expr:
			// Expressions hold no import statements (lambdas and
			// comprehensions contain only expressions).
			return false
		}
		return true
	})
}

// try visits the parts of a try statement; its body is optional if one of
// the handlers catches ImportError.
func (x *extractor) try(body []syntax.Stmt, handlers []*syntax.ExceptHandler, orelse, final []syntax.Stmt, optional bool) {
	bodyOptional := optional
	for _, h := range handlers {
		if catchesImportError(h.Type) {
			bodyOptional = true
		}
	}
	for _, s := range body {
		x.visit(s, bodyOptional)
	}
	for _, h := range handlers {
		for _, s := range h.Body {
			x.visit(s, optional)
		}
	}
	for _, s := range orelse {
		x.visit(s, optional)
	}
	for _, s := range final {
		x.visit(s, optional)
	}
}

// catchesImportError reports whether an except clause's type expression
// catches ImportError: a bare except, ImportError, ModuleNotFoundError,
// Exception or BaseException, alone or in a tuple.
func catchesImportError(e syntax.Expr) bool {
	switch e := e.(type) {
	case nil:
		return true
	case *syntax.Name:
		switch e.Id {
		case "ImportError", "ModuleNotFoundError", "Exception", "BaseException":
			return true
		}
	case *syntax.Tuple:
		for _, el := range e.Elts {
			if catchesImportError(el) {
				return true
			}
		}
	}
	return false
}

// importFrom records `from [.]*module import names`.
func (x *extractor) importFrom(n *syntax.ImportFrom, optional bool) {
	mod := n.Module
	if n.Level > 0 {
		base, err := relativeBase(x.pkg, n.Level)
		if err != "" {
			x.pf.Errs = append(x.pf.Errs, fmt.Sprintf("%s:%d: %s (in %q)", x.pf.Rel, n.Lineno, err, strings.Repeat(".", n.Level)+mod))
			return
		}
		switch {
		case mod == "":
			mod = base
		case base != "":
			mod = base + "." + mod
		}
	}
	var names []string
	for _, a := range n.Names {
		if a.Name != "*" {
			names = append(names, a.Name)
		}
	}
	if mod == "" {
		// `from . import x` at the top of the Python root: each name is a
		// top-level module.
		for _, name := range names {
			x.add(pyImport{Module: name, Line: n.Lineno, Optional: optional})
		}
		return
	}
	if mod == "__future__" {
		names = nil // __future__ features are not modules
	}
	x.add(pyImport{Module: mod, Names: names, Line: n.Lineno, Optional: optional})
}

func (x *extractor) add(imp pyImport) { x.pf.Imports = append(x.pf.Imports, imp) }

// relativeBase returns the package that a relative import of the given level
// names, starting from package pkg, or an error message phrased as CPython's.
func relativeBase(pkg string, level int) (string, string) {
	if pkg == "" {
		return "", "attempted relative import with no known parent package"
	}
	parts := strings.Split(pkg, ".")
	if level-1 >= len(parts) {
		return "", "attempted relative import beyond top-level package"
	}
	return strings.Join(parts[:len(parts)-(level-1)], "."), ""
}

// hasMainGuard reports whether the module has, at its top level, an
// `if __name__ == "__main__":` statement (either operand order).
func hasMainGuard(m *syntax.Module) bool {
	for _, s := range m.Body {
		ifs, ok := s.(*syntax.If)
		if !ok {
			continue
		}
		cmp, ok := ifs.Test.(*syntax.Compare)
		if !ok || len(cmp.Ops) != 1 || cmp.Ops[0] != syntax.Eq || len(cmp.Comparators) != 1 {
			continue
		}
		l, r := cmp.Left, cmp.Comparators[0]
		if isName(l, "__name__") && isStr(r, "__main__") || isStr(l, "__main__") && isName(r, "__name__") {
			return true
		}
	}
	return false
}

func isName(e syntax.Expr, id string) bool {
	n, ok := e.(*syntax.Name)
	return ok && n.Id == id
}

func isStr(e syntax.Expr, s string) bool {
	c, ok := e.(*syntax.Constant)
	if !ok {
		return false
	}
	v, ok := c.Value.(syntax.StrConst)
	return ok && string(v) == s
}

// ignoreComments returns the modules listed by `# gazelle:ignore a, b.c`
// comments anywhere in src. The comment is found textually (comments are not
// part of the AST), and only when `#` starts the comment.
func ignoreComments(src []byte) map[string]bool {
	const marker = "gazelle:ignore"
	if !bytes.Contains(src, []byte(marker)) {
		return nil
	}
	ignored := make(map[string]bool)
	for _, line := range bytes.Split(src, []byte("\n")) {
		i := bytes.IndexByte(line, '#')
		if i < 0 {
			continue
		}
		c := strings.TrimSpace(string(line[i+1:]))
		if !strings.HasPrefix(c, marker) {
			continue
		}
		for _, m := range strings.FieldsFunc(c[len(marker):], func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
			ignored[strings.TrimSpace(m)] = true
		}
	}
	return ignored
}
