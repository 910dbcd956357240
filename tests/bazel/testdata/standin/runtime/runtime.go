// Package py is a stand-in for Pygo's runtime used by the Bazel rules'
// integration tests (see ../README.md; kept under testdata/ so the go tool ignores it): a module registry, Import and Main.
package py

import (
	"fmt"
	"os"
	"sort"
)

type moduleDef struct {
	file string
	body func() error
}

var (
	registry = map[string]moduleDef{}
	done     = map[string]bool{}
)

// RegisterModule makes a module importable; its body runs on first import.
func RegisterModule(name, file string, body func() error) {
	if _, dup := registry[name]; dup {
		panic("py: module " + name + " registered twice")
	}
	registry[name] = moduleDef{file, body}
}

// Modules returns the registered module names, sorted.
func Modules() []string {
	var names []string
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Import runs a module's body once.
func Import(name string) error {
	if done[name] {
		return nil
	}
	def, ok := registry[name]
	if !ok {
		return fmt.Errorf("ModuleNotFoundError: No module named '%s'", name)
	}
	done[name] = true
	return def.body()
}

// Print writes one line, like print(s).
func Print(s string) { fmt.Println(s) }

// Fail returns an exception raised at file:line.
func Fail(file string, line int, msg string) error {
	return fmt.Errorf("Traceback (most recent call last):\n  File \"%s\", line %d, in <module>\n%s", file, line, msg)
}

// Main runs a module as __main__ and exits 1 on an uncaught exception.
func Main(name string) {
	if err := Import(name); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
