// Command server benchmarks the example web application
// (examples/server) compiled by Pygo against the same application on
// CPython's threaded wsgiref server (bench/server/cpython_server.py), in
// the same run, with wrk.
//
// For each server it starts the process on 127.0.0.1, waits for /healthz,
// records its RSS, runs `wrk -t2 -c32 -d10s --latency` on the CPU-bound
// endpoint (/fib/N: recursive fib in pure Python) and on the I/O-bound one
// (/sleep?ms=10), records the RSS again, stops it with SIGTERM (Pygo's
// server shuts down gracefully) and prints requests/second, p99 latency,
// errors and RSS, with the Pygo/CPython ratios.
//
//	go run ./bench/server [-d 10s] [-c 32] [-t 2] [-fib 20]
//
// Run it from the repository root; wrk must be installed.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

var (
	duration = flag.Duration("d", 10*time.Second, "wrk duration per endpoint")
	conns    = flag.Int("c", 32, "wrk connections")
	threads  = flag.Int("t", 2, "wrk threads")
	fibN     = flag.Int("fib", 20, "n for the CPU-bound endpoint /fib/n")
	sleepMS  = flag.Int("sleep", 10, "ms for the I/O-bound endpoint /sleep?ms=")
)

// wrkResult is what the benchmark keeps from wrk's report.
type wrkResult struct {
	rps       float64
	cpuPerReq float64 // server CPU milliseconds per request
	p99       string
	requests  int
	errors    string
}

var (
	reRPS    = regexp.MustCompile(`Requests/sec:\s+([\d.]+)`)
	reP99    = regexp.MustCompile(`\n\s+99%\s+(\S+)`)
	reReqs   = regexp.MustCompile(`(\d+) requests in`)
	reSocket = regexp.MustCompile(`Socket errors: ([^\n]+)`)
	reNon2xx = regexp.MustCompile(`Non-2xx or 3xx responses: (\d+)`)
)

func runWrk(url string) (wrkResult, error) {
	out, err := exec.Command("wrk", "-t", strconv.Itoa(*threads), "-c", strconv.Itoa(*conns),
		"-d", duration.String(), "--latency", url).CombinedOutput()
	if err != nil {
		return wrkResult{}, fmt.Errorf("wrk: %v\n%s", err, out)
	}
	s := string(out)
	var r wrkResult
	if m := reRPS.FindStringSubmatch(s); m != nil {
		r.rps, _ = strconv.ParseFloat(m[1], 64)
	}
	if m := reP99.FindStringSubmatch(s); m != nil {
		r.p99 = m[1]
	}
	if m := reReqs.FindStringSubmatch(s); m != nil {
		r.requests, _ = strconv.Atoi(m[1])
	}
	var errs []string
	if m := reSocket.FindStringSubmatch(s); m != nil {
		errs = append(errs, "socket "+m[1])
	}
	if m := reNon2xx.FindStringSubmatch(s); m != nil {
		errs = append(errs, "non-2xx "+m[1])
	}
	r.errors = strings.Join(errs, "; ")
	if r.errors == "" {
		r.errors = "none"
	}
	return r, nil
}

// cpuTicks returns the user+system CPU time of pid so far, in clock
// ticks (1/100 s on Linux).
func cpuTicks(pid int) int64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	s := string(b)
	if i := strings.LastIndexByte(s, ')'); i >= 0 {
		s = s[i+2:]
	}
	f := strings.Fields(s)
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	k, _ := strconv.ParseInt(f[12], 10, 64)
	return u + k
}

// rssKB reads VmRSS of pid.
func rssKB(pid int) int {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "VmRSS:") {
			n, _ := strconv.Atoi(strings.Fields(sc.Text())[1])
			return n
		}
	}
	return 0
}

func freePort() int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 18080
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

// serverRun is one server's results.
type serverRun struct {
	name           string
	cpu, io        wrkResult
	rssBefore, rss int
	exit           string
}

func bench(name string, argv []string) (serverRun, error) {
	run := serverRun{name: name}
	port := freePort()
	cmd := exec.Command(argv[0], append(argv[1:], strconv.Itoa(port))...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		return run, err
	}
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			return run, fmt.Errorf("%s did not start: %v", name, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	run.rssBefore = rssKB(cmd.Process.Pid)
	measure := func(url string) (wrkResult, error) {
		t0 := cpuTicks(cmd.Process.Pid)
		r, err := runWrk(url)
		if err == nil && r.requests > 0 {
			r.cpuPerReq = float64(cpuTicks(cmd.Process.Pid)-t0) * 10 / float64(r.requests)
		}
		return r, err
	}
	var err error
	if run.cpu, err = measure(fmt.Sprintf("%s/fib/%d", base, *fibN)); err != nil {
		cmd.Process.Kill()
		return run, err
	}
	if run.io, err = measure(fmt.Sprintf("%s/sleep?ms=%d", base, *sleepMS)); err != nil {
		cmd.Process.Kill()
		return run, err
	}
	run.rss = rssKB(cmd.Process.Pid)
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		run.exit = "exited after SIGTERM"
		if err != nil {
			run.exit += " (" + err.Error() + ")"
		}
	case <-time.After(15 * time.Second):
		cmd.Process.Kill()
		<-done
		run.exit = "killed: did not stop on SIGTERM"
	}
	return run, nil
}

func main() {
	flag.Parse()
	if _, err := exec.LookPath("wrk"); err != nil {
		fmt.Fprintln(os.Stderr, "server bench: wrk is needed (apt-get install -y wrk)")
		os.Exit(1)
	}
	dir, err := os.MkdirTemp("", "pygo-bench-server-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "server")
	build := exec.Command("go", "run", "./cmd/pygo", "build", "-o", bin, "examples/server/server.py")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "server bench: pygo build of examples/server failed (run from the repository root):", err)
		os.Exit(1)
	}
	var runs []serverRun
	for _, s := range []struct {
		name string
		argv []string
	}{
		{"Pygo", []string{bin}},
		{"CPython", []string{"python3", "bench/server/cpython_server.py"}},
	} {
		r, err := bench(s.name, s.argv)
		if err != nil {
			fmt.Fprintln(os.Stderr, "server bench:", err)
			os.Exit(1)
		}
		runs = append(runs, r)
	}
	fmt.Printf("\nwrk -t%d -c%d -d%s --latency, same machine, same run\n\n", *threads, *conns, duration)
	fmt.Printf("%-8s %-14s %9s %10s %9s %12s  %s\n", "server", "endpoint", "req/s", "p99", "requests", "CPU ms/req", "errors")
	for _, r := range runs {
		fmt.Printf("%-8s %-14s %9.0f %10s %9d %12.3f  %s\n", r.name, fmt.Sprintf("/fib/%d", *fibN), r.cpu.rps, r.cpu.p99, r.cpu.requests, r.cpu.cpuPerReq, r.cpu.errors)
		fmt.Printf("%-8s %-14s %9.0f %10s %9d %12.3f  %s\n", r.name, fmt.Sprintf("/sleep?ms=%d", *sleepMS), r.io.rps, r.io.p99, r.io.requests, r.io.cpuPerReq, r.io.errors)
	}
	fmt.Println()
	for _, r := range runs {
		fmt.Printf("%-8s RSS %d KB before, %d KB after; %s\n", r.name, r.rssBefore, r.rss, r.exit)
	}
	if len(runs) == 2 && runs[1].cpu.rps > 0 && runs[1].io.rps > 0 {
		fmt.Printf("\nPygo/CPython requests/s: CPU-bound %.1fx, I/O-bound %.1fx\n",
			runs[0].cpu.rps/runs[1].cpu.rps, runs[0].io.rps/runs[1].io.rps)
		fmt.Printf("CPython/Pygo server CPU per request: CPU-bound %.1fx, I/O-bound %.1fx\n",
			runs[1].cpu.cpuPerReq/runs[0].cpu.cpuPerReq, runs[1].io.cpuPerReq/runs[0].io.cpuPerReq)
		fmt.Printf("load average during the run: %s\n", loadAvg())
	}
}

func loadAvg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}
