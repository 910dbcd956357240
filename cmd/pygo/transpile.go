package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/pygo-dev/pygo/compiler/codegen"
)

func init() { verbs["transpile"] = runTranspile }

// runTranspile implements `pygo transpile FILE.py`: print the Go that the
// module compiles to.
func runTranspile(args []string) int {
	fs := flag.NewFlagSet("transpile", flag.ContinueOnError)
	module := fs.String("module", "", "module name (default: the file name without .py)")
	noLines := fs.Bool("nolines", false, "leave out //line directives")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: pygo transpile [-module NAME] FILE.py")
		return 2
	}
	file := fs.Arg(0)
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(os.Stderr, "pygo: %v\n", err)
		return 1
	}
	if *module == "" {
		*module = strings.TrimSuffix(filepath.Base(file), ".py")
	}
	code, err := codegen.Transpile(src, codegen.Options{Module: *module, File: file, Package: "main", NoLineDirectives: *noLines})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	os.Stdout.Write(code)
	return 0
}
