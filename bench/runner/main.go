// Command runner times Pygo against CPython on the programs in bench/.
//
//	go run ./bench/runner [-n RUNS] [-micro] [-wall] [-cpuprofile DIR] [NAME...]
//
// It builds the pygo command from this repository, compiles each
// bench/NAME.py (or bench/micro/NAME.py with -micro) once with `pygo
// build`, then runs `python3 NAME.py` and the Pygo binary alternately RUNS
// times each, checks that both print the same output, and prints a table:
// the median time of each (CPU time, user+sys, by default: the machine is
// shared, so wall time is noisy; -wall uses wall-clock time), the speedup
// python3/pygo (above 1: Pygo is faster), and the peak resident set size of
// each (from wait4's rusage). The last lines give the geometric mean of the
// speedups and of the RSS ratios, and the load average before and after.
//
// With -cpuprofile DIR each Pygo program is run once more with
// PYGO_CPUPROFILE=DIR/NAME.prof (read `go tool pprof BINARY DIR/NAME.prof`);
// the binaries are kept in DIR too.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"
)

// sample is one run of one program.
type sample struct {
	wall, cpu time.Duration
	rssKB     int64
}

// result is what the table shows for one benchmark.
type result struct {
	name           string
	py, pg         []sample
	differs        bool
	build          time.Duration
	failed, reason string
}

func main() {
	runs := flag.Int("n", 5, "runs per program and interpreter (the median counts)")
	micro := flag.Bool("micro", false, "run the micro-benchmarks in bench/micro")
	wall := flag.Bool("wall", false, "compare wall-clock time instead of user+sys CPU time")
	profDir := flag.String("cpuprofile", "", "also write a CPU profile of each Pygo run to this directory")
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
	binDir := tmp
	if *profDir != "" {
		if binDir, err = filepath.Abs(*profDir); err != nil {
			fail(err)
		}
		if err := os.MkdirAll(binDir, 0o755); err != nil {
			fail(err)
		}
	}
	pygo := filepath.Join(tmp, "pygo")
	if out, err := command(root, "go", "build", "-o", pygo, "./cmd/pygo").CombinedOutput(); err != nil {
		fail(fmt.Errorf("building pygo: %v\n%s", err, out))
	}
	benchDir := filepath.Join(root, "bench")
	if *micro {
		benchDir = filepath.Join(benchDir, "micro")
	}
	names := flag.Args()
	if len(names) == 0 {
		files, _ := filepath.Glob(filepath.Join(benchDir, "*.py"))
		for _, f := range files {
			names = append(names, strings.TrimSuffix(filepath.Base(f), ".py"))
		}
	}

	// Build everything first, so that builds do not overlap the timings.
	var results []*result
	for _, name := range names {
		r := &result{name: name}
		results = append(results, r)
		bin := filepath.Join(binDir, name)
		start := time.Now()
		if out, err := command(benchDir, pygo, "build", "-o", bin, name+".py").CombinedOutput(); err != nil {
			r.failed, r.reason = "build", fmt.Sprintf("%v\n%s", err, out)
			continue
		}
		r.build = time.Since(start)
	}

	load0 := loadAvg()
	metric := "cpu"
	if *wall {
		metric = "wall"
	}
	fmt.Printf("%d runs each, median %s time (s); load average before: %s\n", *runs, metric, load0)
	fmt.Printf("%-14s %9s %9s %8s %10s %10s %6s  %s\n",
		"benchmark", "python3", "pygo", "speedup", "py RSS MB", "pygo RSS", "RSSx", "note")
	logSpeed, logRSS, count := 0.0, 0.0, 0
	for _, r := range results {
		if r.failed == "" {
			runPair(r, *runs, benchDir, filepath.Join(binDir, r.name))
		}
		if r.failed != "" {
			fmt.Printf("%-14s %s failed: %s\n", r.name, r.failed, firstLines(r.reason, 6))
			continue
		}
		pyT, pgT := median(r.py, *wall), median(r.pg, *wall)
		pyM, pgM := maxRSS(r.py), maxRSS(r.pg)
		speed := pyT.Seconds() / pgT.Seconds()
		rss := float64(pgM) / float64(pyM)
		note := ""
		if r.differs {
			note = "OUTPUT DIFFERS"
		} else {
			logSpeed += math.Log(speed)
			logRSS += math.Log(rss)
			count++
		}
		fmt.Printf("%-14s %9.3f %9.3f %7.2fx %10.1f %10.1f %5.2fx  %s\n", r.name, pyT.Seconds(), pgT.Seconds(),
			speed, float64(pyM)/1024, float64(pgM)/1024, rss, note)
		if *profDir != "" {
			prof := filepath.Join(binDir, r.name+".prof")
			cmd := command(benchDir, filepath.Join(binDir, r.name))
			cmd.Env = append(os.Environ(), "PYGO_CPUPROFILE="+prof)
			cmd.Stdout = nil
			if err := cmd.Run(); err != nil {
				fmt.Printf("%-14s profile run failed: %v\n", r.name, err)
			}
		}
	}
	if count > 0 {
		fmt.Printf("geometric mean over %d: speedup %.2fx, RSS ratio %.2fx\n", count,
			math.Exp(logSpeed/float64(count)), math.Exp(logRSS/float64(count)))
	}
	fmt.Printf("load average after: %s\n", loadAvg())
}

// runPair runs python3 and the Pygo binary alternately n times each.
func runPair(r *result, n int, dir, bin string) {
	var pyOut, pgOut string
	for i := 0; i < n; i++ {
		s, out, err := run(dir, "python3", r.name+".py")
		if err != nil {
			r.failed, r.reason = "python3", err.Error()
			return
		}
		r.py = append(r.py, s)
		pyOut = out
		s, out, err = run(dir, bin)
		if err != nil {
			r.failed, r.reason = "pygo", err.Error()
			return
		}
		r.pg = append(r.pg, s)
		pgOut = out
		if pyOut != pgOut {
			r.differs = true
		}
	}
}

// run runs one program and measures it.
func run(dir, name string, args ...string) (sample, string, error) {
	cmd := command(dir, name, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return sample{}, "", fmt.Errorf("%v\n%s", err, stderr.String())
	}
	s := sample{wall: time.Since(start)}
	st := cmd.ProcessState
	s.cpu = st.UserTime() + st.SystemTime()
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		s.rssKB = ru.Maxrss // kilobytes on Linux
	}
	return s, stdout.String(), nil
}

func median(ss []sample, wall bool) time.Duration {
	ds := make([]time.Duration, len(ss))
	for i, s := range ss {
		ds[i] = s.cpu
		if wall {
			ds[i] = s.wall
		}
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	if len(ds)%2 == 1 {
		return ds[len(ds)/2]
	}
	return (ds[len(ds)/2-1] + ds[len(ds)/2]) / 2
}

func maxRSS(ss []sample) int64 {
	var m int64
	for _, s := range ss {
		if s.rssKB > m {
			m = s.rssKB
		}
	}
	return m
}

// loadAvg returns the first three fields of /proc/loadavg.
func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n    ")
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
