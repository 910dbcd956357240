// Command pygo compiles Python 3.11 programs to Go and builds or runs them
// without Bazel.
//
//	pygo run FILE.py [ARGS...]     compile, build and run
//	pygo build -o OUT FILE.py      build one static binary
//	pygo transpile FILE.py         print the generated Go
//	pygo ast FILE.py               print ast.dump(ast.parse(src), include_attributes=True)
//	pygo modules                   list the standard-library modules Pygo provides
package main

import (
	"fmt"
	"os"
)

// verbs maps each sub-command to its implementation; each lives in its own file.
var verbs = map[string]func(args []string) int{}

func usage() {
	fmt.Fprintln(os.Stderr, `usage: pygo <command> [arguments]

commands:
  run FILE.py [ARGS...]    compile, build and run a Python program
  build -o OUT FILE.py     build one static binary
  transpile FILE.py        print the generated Go
  ast FILE.py              print the AST as ast.dump(..., include_attributes=True)
  modules                  list the standard-library modules Pygo provides`)
}

func main() {
	if len(os.Args) < 2 {
		usage()
		os.Exit(2)
	}
	verb, ok := verbs[os.Args[1]]
	if !ok {
		fmt.Fprintf(os.Stderr, "pygo: unknown command %q\n", os.Args[1])
		usage()
		os.Exit(2)
	}
	os.Exit(verb(os.Args[2:]))
}
