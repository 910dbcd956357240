// Command gomain is Go code that links a py_go_library and runs one of its
// modules (interop test, stand-in runtime API).
package main

import (
	"fmt"

	_ "example.com/interop/pylib"
	py "github.com/pygo-dev/pygo/runtime"
)

func main() {
	fmt.Println("gomain: modules", py.Modules())
	py.Main("uses")
}
