package main

import (
	"fmt"
	"os"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

func init() { verbs["ast"] = runAST }

// runAST implements `pygo ast FILE`: it prints the module's AST as CPython's
// ast.dump(ast.parse(src), include_attributes=True) would, or the
// SyntaxError on stderr with exit status 1.
func runAST(args []string) int {
	if len(args) != 1 {
		fmt.Fprintln(os.Stderr, "usage: pygo ast FILE.py")
		return 2
	}
	src, err := os.ReadFile(args[0])
	if err != nil {
		fmt.Fprintf(os.Stderr, "pygo: %v\n", err)
		return 1
	}
	mod, err := syntax.Parse(args[0], src)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println(syntax.Dump(mod))
	return 0
}
