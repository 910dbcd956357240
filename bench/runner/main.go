// Command runner times Pygo against CPython on the programs in bench/.
//
//	go run ./bench/runner [-n RUNS] [NAME...]
//
// It builds the pygo command from this repository, compiles each
// bench/NAME.py with `pygo build`, runs it and `python3 NAME.py` RUNS times
// each (best time counts), checks that both print the same output, and
// prints a table with the ratio python3/pygo (above 1: Pygo is faster).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	runs := flag.Int("n", 3, "runs per program (the best time counts)")
	flag.Parse()
	root, err := findRoot()
	if err != nil {
		fail(err)
	}
	tmp, err := os.MkdirTemp("", "pygo-bench-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(tmp)
	pygo := filepath.Join(tmp, "pygo")
	if out, err := command(root, "go", "build", "-o", pygo, "./cmd/pygo").CombinedOutput(); err != nil {
		fail(fmt.Errorf("building pygo: %v\n%s", err, out))
	}
	names := flag.Args()
	if len(names) == 0 {
		files, _ := filepath.Glob(filepath.Join(root, "bench", "*.py"))
		for _, f := range files {
			names = append(names, strings.TrimSuffix(filepath.Base(f), ".py"))
		}
	}
	benchDir := filepath.Join(root, "bench")
	fmt.Printf("%-12s %10s %10s %8s  %s\n", "benchmark", "python3", "pygo", "ratio", "note")
	var product float64 = 1
	count := 0
	for _, name := range names {
		bin := filepath.Join(tmp, name)
		start := time.Now()
		if out, err := command(benchDir, pygo, "build", "-o", bin, name+".py").CombinedOutput(); err != nil {
			fmt.Printf("%-12s build failed: %v\n%s\n", name, err, out)
			continue
		}
		buildTime := time.Since(start)
		pyTime, pyOut, err1 := best(*runs, benchDir, "python3", name+".py")
		goTime, goOut, err2 := best(*runs, benchDir, bin)
		note := fmt.Sprintf("build %.1fs", buildTime.Seconds())
		if err1 != nil || err2 != nil {
			fmt.Printf("%-12s run failed: python3: %v, pygo: %v\n", name, err1, err2)
			continue
		}
		if pyOut != goOut {
			note += "; OUTPUT DIFFERS"
		}
		ratio := pyTime.Seconds() / goTime.Seconds()
		product *= ratio
		count++
		fmt.Printf("%-12s %9.3fs %9.3fs %7.2fx  %s\n", name, pyTime.Seconds(), goTime.Seconds(), ratio, note)
	}
	if count > 0 {
		fmt.Printf("geometric mean ratio (python3/pygo): %.2fx\n", math.Pow(product, 1/float64(count)))
	}
}

// best runs a command n times and returns its best wall time and output.
func best(n int, dir, name string, args ...string) (time.Duration, string, error) {
	var bestT time.Duration
	var out string
	for i := 0; i < n; i++ {
		cmd := command(dir, name, args...)
		var stdout bytes.Buffer
		cmd.Stdout = &stdout
		cmd.Stderr = os.Stderr
		start := time.Now()
		if err := cmd.Run(); err != nil {
			return 0, "", err
		}
		d := time.Since(start)
		if i == 0 || d < bestT {
			bestT = d
		}
		out = stdout.String()
	}
	return bestT, out, nil
}

func command(dir, name string, args ...string) *exec.Cmd {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	return cmd
}

// findRoot finds the repository root (the directory holding go.mod).
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("go.mod not found above the working directory")
		}
		dir = parent
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "runner:", err)
	os.Exit(1)
}
