package tests

import (
	"os/exec"
	"path/filepath"
	"testing"
)

// TestConcurrencyPrograms runs the threading / queue / concurrent.futures
// programs in py/concurrency exactly as TestPrograms runs py/: compiled
// with Pygo, compared with CPython's output (py/concurrency/regen.sh
// writes the expected files with gen_expected.py). Each program is run
// three times, so that an ordering bug that shows only sometimes is more
// likely to be caught.
func TestConcurrencyPrograms(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	dir, _ := filepath.Abs(filepath.Join("py", "concurrency"))
	progs, mods := collect(t, dir)
	bin, failed := buildSuite(t, dir, mods)
	passed := 0
	for _, p := range progs {
		p := p
		t.Run(p.name, func(t *testing.T) {
			for run := 0; run < 3; run++ {
				if msg := runOne(bin, dir, p, failed); msg != "" {
					t.Fatalf("run %d: %s", run+1, msg)
				}
			}
			passed++
		})
	}
	t.Logf("concurrency programs: %d passed of %d, 3 runs each", passed, len(progs))
}
