package gointerop_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pygo-dev/pygo/compiler/codegen"
)

// pyProgram imports Go packages registered by gostd.
const pyProgram = `from __go__.strings import ToUpper, Fields, Join
from __go__ import strconv
import __go__.math as gomath
from __go__ import GoError

print(ToUpper("pygo"), Fields("  a b  c "))
print(Join(["x", "y"], "+"), strconv.Itoa(42), gomath.Sqrt(16.0), gomath.Pi > 3)
print(strconv.Atoi("17"))
try:
    strconv.Atoi("seventeen")
except GoError as e:
    print("GoError:", e)
try:
    ToUpper(5)
except TypeError as e:
    print("TypeError:", e)
`

const wantOutput = `PYGO ['a', 'b', 'c']
x+y 42 4.0 True
17
GoError: strconv.Atoi: parsing "seventeen": invalid syntax
TypeError: ToUpper() argument 1 must be str, not int
`

// TestPythonImportsGo compiles a Python program that imports __go__
// modules and links it with gostd.
func TestPythonImportsGo(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a program")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	repo, _ := filepath.Abs("..")
	dir := t.TempDir()
	code, err := codegen.Transpile([]byte(pyProgram), codegen.Options{Module: "prog", File: "prog.py", Package: "main"})
	if err != nil {
		t.Fatal(err)
	}
	mainGo := `package main

import (
	"os"

	_ "github.com/pygo-dev/pygo/gointerop/gostd"
	py "github.com/pygo-dev/pygo/runtime"
	_ "github.com/pygo-dev/pygo/stdlib"
)

func main() { os.Exit(py.RunMain("prog")) }
`
	gosum, _ := os.ReadFile(filepath.Join(repo, "go.sum"))
	files := map[string][]byte{
		"prog.go": code,
		"main.go": []byte(mainGo),
		"go.mod":  []byte(fmt.Sprintf("module interope2e\n\ngo 1.23\n\nrequire github.com/pygo-dev/pygo v0.0.0\n\nreplace github.com/pygo-dev/pygo => %s\n", repo)),
		"go.sum":  gosum,
	}
	for n, c := range files {
		if err := os.WriteFile(filepath.Join(dir, n), c, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	build := exec.Command("go", "build", "-o", "prog", ".")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	out, err := exec.Command(filepath.Join(dir, "prog")).CombinedOutput()
	if err != nil {
		t.Fatalf("run: %v\n%s", err, out)
	}
	if string(out) != wantOutput {
		t.Errorf("output:\n%s\nwant:\n%s", out, wantOutput)
	}
}
