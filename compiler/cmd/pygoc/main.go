// Command pygoc is the compiler driver that build actions (Bazel rules,
// Gazelle, the pygo CLI's tests) run. Its verbs are specified in
// docs/CONTRACTS.md:
//
//	pygoc transpile -module a.b.c [-package GOPKG] [-pkg] -o OUT.go SRC.py
//	pygoc main -module app.server -o main.go [-import GO_IMPORT_PATH]...
//	pygoc imports [-module a.b.c] [-pkg] [-candidates] SRC.py
//
// Errors in the Python source are reported on stderr as
// SRC.py:LINE:COL: SyntaxError: ... (or error: ...) with exit status 1.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pygo-dev/pygo/compiler/codegen"
)

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	var code int
	switch os.Args[1] {
	case "transpile":
		code = transpile(os.Args[2:])
	case "main":
		code = mainVerb(os.Args[2:])
	case "imports":
		code = imports(os.Args[2:])
	default:
		fmt.Fprintf(os.Stderr, "pygoc: unknown verb %q\n", os.Args[1])
		usage()
		code = 2
	}
	os.Exit(code)
}

func usage() {
	fmt.Fprintln(os.Stderr, `usage:
  pygoc transpile -module a.b.c [-package GOPKG] [-pkg] -o OUT.go SRC.py
  pygoc main -module app.server -o main.go [-import GO_IMPORT_PATH]...
  pygoc imports [-module a.b.c] [-pkg] [-candidates] SRC.py`)
}

// multiFlag collects a repeated flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

// moduleFromPath guesses the module name of a source path (a/b.py → a.b,
// a/b/__init__.py → a.b) and whether it is a package.
func moduleFromPath(src string) (string, bool) {
	p := filepath.ToSlash(strings.TrimSuffix(src, ".py"))
	p = strings.TrimPrefix(p, "./")
	isPkg := false
	if strings.HasSuffix(p, "/__init__") {
		p = strings.TrimSuffix(p, "/__init__")
		isPkg = true
	}
	return strings.ReplaceAll(p, "/", "."), isPkg
}

func transpile(args []string) int {
	fs := flag.NewFlagSet("transpile", flag.ContinueOnError)
	module := fs.String("module", "", "dotted module name")
	pkg := fs.String("package", "main", "Go package name")
	isPkg := fs.Bool("pkg", false, "the source is a package's __init__.py")
	out := fs.String("o", "", "output .go file (default stdout)")
	file := fs.String("file", "", "path shown in tracebacks (default: SRC.py as given)")
	noLine := fs.Bool("nolines", false, "omit //line directives")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		usage()
		return 2
	}
	src := fs.Arg(0)
	data, err := os.ReadFile(src)
	if err != nil {
		fmt.Fprintf(os.Stderr, "pygoc: %v\n", err)
		return 1
	}
	mod, guessedPkg := moduleFromPath(src)
	if *module == "" {
		*module = mod
	}
	if filepath.Base(src) == "__init__.py" {
		*isPkg = *isPkg || guessedPkg
	}
	shown := src
	if *file != "" {
		shown = *file
	}
	code, err := codegen.Transpile(data, codegen.Options{Module: *module, File: shown, Package: *pkg, IsPackage: *isPkg, NoLineDirectives: *noLine})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	if *out == "" {
		os.Stdout.Write(code)
		return 0
	}
	if err := os.WriteFile(*out, code, 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "pygoc: %v\n", err)
		return 1
	}
	return 0
}

func mainVerb(args []string) int {
	fs := flag.NewFlagSet("main", flag.ContinueOnError)
	module := fs.String("module", "", "entry module")
	out := fs.String("o", "", "output .go file (default stdout)")
	var imps multiFlag
	fs.Var(&imps, "import", "Go import path to link in (repeatable)")
	if err := fs.Parse(args); err != nil || *module == "" || fs.NArg() != 0 {
		usage()
		return 2
	}
	hasStd := false
	for _, i := range imps {
		if i == "github.com/pygo-dev/pygo/stdlib" {
			hasStd = true
		}
	}
	if !hasStd {
		imps = append(imps, "github.com/pygo-dev/pygo/stdlib")
	}
	code := codegen.MainFile(*module, imps)
	if *out == "" {
		os.Stdout.Write(code)
		return 0
	}
	if err := os.WriteFile(*out, code, 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "pygoc: %v\n", err)
		return 1
	}
	return 0
}

func imports(args []string) int {
	fs := flag.NewFlagSet("imports", flag.ContinueOnError)
	module := fs.String("module", "", "dotted module name (for relative imports)")
	isPkg := fs.Bool("pkg", false, "the source is a package's __init__.py")
	cands := fs.Bool("candidates", false, "also list p.x for each `from p import x` (x may be a submodule)")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		usage()
		return 2
	}
	src := fs.Arg(0)
	data, err := os.ReadFile(src)
	if err != nil {
		fmt.Fprintf(os.Stderr, "pygoc: %v\n", err)
		return 1
	}
	mod, guessedPkg := moduleFromPath(src)
	if *module == "" {
		*module = mod
	}
	if filepath.Base(src) == "__init__.py" {
		*isPkg = *isPkg || guessedPkg
	}
	list := codegen.Imports
	if *cands {
		list = codegen.ImportCandidates
	}
	names, err := list(data, src, *module, *isPkg)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	for _, n := range names {
		fmt.Println(n)
	}
	return 0
}
