// Command threads measures how CPU-bound pure-Python work scales over
// threads: Pygo (no GIL) against CPython (GIL) in the same run, with a pure
// Go loop as the ceiling.
//
// work.py computes fib(24) recursively UNITS times, split evenly over 1 or
// 2 threads. The speedup is T1/T2: the wall time with one thread over the
// wall time with two (2.0 is perfect on two cores; CPython stays near 1.0
// because of its GIL). Each configuration runs -reps times; the best wall
// time is kept, which filters out noise from other processes on the machine.
//
//	go run ./bench/threads [-units 400] [-pyunits 40] [-reps 3]
//
// Run it from the repository root (it builds work.py with ./cmd/pygo).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// run runs cmd once and returns its wall time and user+system CPU time.
func run(name string, args ...string) (wall, cpu time.Duration, out string, err error) {
	cmd := exec.Command(name, args...)
	start := time.Now()
	b, err := cmd.Output()
	wall = time.Since(start)
	if err != nil {
		return 0, 0, "", fmt.Errorf("%s %v: %v", name, args, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	return wall, cpu, string(b), nil
}

// result is the best of reps runs of one configuration.
type result struct {
	wall, cpu time.Duration
	out       string
}

func best(reps int, name string, args ...string) (result, error) {
	var r result
	for i := 0; i < reps; i++ {
		w, c, out, err := run(name, args...)
		if err != nil {
			return r, err
		}
		if r.wall == 0 || w < r.wall {
			r = result{w, c, out}
		}
	}
	return r, nil
}

// fib is the Go version of work.py's fib: the ceiling.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// goWork runs units fib(24) computations over n goroutines.
func goWork(units, n int) time.Duration {
	start := time.Now()
	var wg sync.WaitGroup
	sums := make([]int, n)
	for i := 0; i < n; i++ {
		share := units / n
		if i < units%n {
			share++
		}
		wg.Add(1)
		go func(i, share int) {
			defer wg.Done()
			for k := 0; k < share; k++ {
				sums[i] += fib(24)
			}
		}(i, share)
	}
	wg.Wait()
	return time.Since(start)
}

func bestGo(reps, units, n int) time.Duration {
	var b time.Duration
	for i := 0; i < reps; i++ {
		if d := goWork(units, n); b == 0 || d < b {
			b = d
		}
	}
	return b
}

func main() {
	units := flag.Int("units", 400, "fib(24) computations for Pygo and Go")
	pyUnits := flag.Int("pyunits", 40, "fib(24) computations for CPython (slower: fewer units)")
	reps := flag.Int("reps", 3, "runs per configuration (best wall time kept)")
	flag.Parse()
	dir, err := os.MkdirTemp("", "pygo-bench-threads-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "work")
	build := exec.Command("go", "run", "./cmd/pygo", "build", "-o", bin, "bench/threads/work.py")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "threads bench: building work.py with pygo failed (run from the repository root):", err)
		os.Exit(1)
	}
	fmt.Printf("CPU-bound pure Python (fib(24) x UNITS), 1 thread vs 2 threads, best of %d, %d CPUs\n\n", *reps, numCPU())
	fmt.Printf("%-8s %6s %12s %12s %12s %12s %9s\n", "", "units", "T1 wall", "T2 wall", "T1 cpu", "T2 cpu", "T1/T2")
	line := func(name string, u int, r1, r2 result) {
		fmt.Printf("%-8s %6d %12s %12s %12s %12s %9.2f\n", name, u, ms(r1.wall), ms(r2.wall), ms(r1.cpu), ms(r2.cpu),
			r1.wall.Seconds()/r2.wall.Seconds())
	}
	var pyPer, pgPer float64
	for _, side := range []struct {
		name  string
		units int
		cmd   []string
	}{
		{"Pygo", *units, []string{bin}},
		{"CPython", *pyUnits, []string{"python3", "bench/threads/work.py"}},
	} {
		var rs [2]result
		for i, n := range []int{1, 2} {
			args := append(append([]string(nil), side.cmd[1:]...), strconv.Itoa(n), strconv.Itoa(side.units))
			r, err := best(*reps, side.cmd[0], args...)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			rs[i] = r
		}
		if rs[0].out != rs[1].out {
			fmt.Fprintf(os.Stderr, "%s: checksums differ: %q vs %q\n", side.name, rs[0].out, rs[1].out)
			os.Exit(1)
		}
		line(side.name, side.units, rs[0], rs[1])
		per := rs[0].wall.Seconds() / float64(side.units)
		if side.name == "Pygo" {
			pgPer = per
		} else {
			pyPer = per
		}
	}
	g1, g2 := bestGo(*reps, *units, 1), bestGo(*reps, *units, 2)
	line("Go", *units, result{wall: g1}, result{wall: g2})
	fmt.Printf("\nsingle-thread time per unit: Pygo %.2f ms, CPython %.2f ms (Pygo %.1fx faster)\n",
		pgPer*1000, pyPer*1000, pyPer/pgPer)
}

func ms(d time.Duration) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f ms", d.Seconds()*1000)
}

func numCPU() int { return runtime.NumCPU() }
