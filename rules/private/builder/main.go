// Command builder runs the actions of Pygo's Bazel rules (rules/defs.bzl)
// that need more than one pygoc call or a check over several files.
//
//	builder transpile -pygoc PYGOC -module a.b -package pkg -o OUT.go -imports OUT.imports SRC.py
//	    Runs `pygoc transpile` and `pygoc imports` on one module, and writes
//	    the imports with the line each first appears on ("name<TAB>line").
//	    The outputs depend on the module alone, so the action caches per module.
//	builder check -label //p:lib -package pkg -o deps.go -provided FILE -stdlib MODULES
//	        [-closure FILE] [-import GO_IMPORT_PATH]... SRC.py=SRC.imports...
//	    Fails, naming file, line, import and the fix, when a module is imported
//	    that neither the library, its direct deps nor the standard library
//	    provides; otherwise writes deps.go, which blank-imports the direct deps'
//	    Go packages so that linking a library links its whole Python closure.
//
// Because deps.go is a source of the library's Go package, the check runs
// before the package compiles on every Bazel version, without relying on
// validation actions (off by default in Bazel 4).
package main

import (
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: builder transpile|check [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "transpile":
		err = transpile(os.Args[2:])
	case "check":
		err = check(os.Args[2:])
	default:
		err = fmt.Errorf("unknown verb %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// multiFlag collects a repeated string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint(*m) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
