package tests

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// TestStdlibPrograms runs the standard-library programs in py/stdlib exactly
// as TestPrograms runs py/: compiled with Pygo and compared with CPython's
// output (py/stdlib/regen.sh writes the expected files with gen_expected.py).
func TestStdlibPrograms(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	dir, _ := filepath.Abs(filepath.Join("py", "stdlib"))
	progs, mods := collect(t, dir)
	bin, failed := buildSuite(t, dir, mods)
	passed := 0
	var failing []string
	for _, p := range progs {
		p := p
		ok := t.Run(p.name, func(t *testing.T) {
			if msg := runOne(bin, dir, p, failed); msg != "" {
				t.Fatal(msg)
			}
		})
		if ok {
			passed++
		} else {
			failing = append(failing, p.name)
		}
	}
	t.Logf("stdlib programs: %d passed of %d", passed, len(progs))
	if len(failing) > 0 {
		t.Logf("failing: %v", failing)
	}
}
