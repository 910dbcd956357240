package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBuildAndCache builds a two-module program with the embedded runtime
// (as `pygo run` does), runs it, and checks that building it again reuses
// the cached binary.
func TestBuildAndCache(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a Go program")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	dir := t.TempDir()
	write := func(name, src string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("helper.py", "def greet(n):\n    return 'hello ' + n\n")
	write("prog.py", "import sys\nimport helper\nprint(helper.greet(sys.argv[1]), sys.argv[0])\nsys.exit(3)\n")
	prog := filepath.Join(dir, "prog.py")
	bin, err := compileProgram(prog, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "world").Output()
	ee, ok := err.(*exec.ExitError)
	if !ok || ee.ExitCode() != 3 {
		t.Fatalf("exit: %v, want status 3", err)
	}
	if got := strings.TrimSpace(string(out)); got != "hello world "+prog {
		t.Errorf("output %q", got)
	}
	start := time.Now()
	bin2, err := compileProgram(prog, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bin2 != bin {
		t.Errorf("second build gave %s, want the cached %s", bin2, bin)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("cached build took %v", d)
	}
	// A changed module is rebuilt.
	write("helper.py", "def greet(n):\n    return 'hi ' + n\n")
	bin3, err := compileProgram(prog, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bin3 == bin {
		t.Error("changed program reused the old binary")
	}
}

// TestCompileErrorNamesFile checks that errors name the file as given.
func TestCompileErrorNamesFile(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.py")
	os.WriteFile(bad, []byte("x = 1\nexec('x')\n"), 0o644)
	_, err := compileProgram(bad, nil)
	if err == nil || !strings.HasPrefix(err.Error(), bad+":2:1: error: exec() is not supported") {
		t.Errorf("got %v", err)
	}
}
