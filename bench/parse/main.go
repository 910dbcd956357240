// Command parse benchmarks compiler/syntax against CPython's own parser.
//
// It parses every .py file of CPython's installed standard library
// (site-packages excluded) with syntax.Parse, then runs python3's ast.parse
// over the same files in the same run, and prints lines/second for both and
// their ratio. Both timings exclude process start-up and file reading.
//
//	go run ./bench/parse [-n ROUNDS]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

// pyBench reads file names from stdin, reads the files, then times
// ast.parse over all of them (best of ROUNDS) and prints a JSON summary.
const pyBench = `
import ast, json, sys, time, warnings
warnings.simplefilter("ignore")
rounds = int(sys.argv[1])
srcs = []
for name in sys.stdin.read().split("\n"):
    if name:
        with open(name, "rb") as f:
            srcs.append(f.read())
best = None
for _ in range(rounds):
    ok = 0
    t0 = time.perf_counter()
    for s in srcs:
        try:
            ast.parse(s)
            ok += 1
        except (SyntaxError, ValueError):
            pass
    dt = time.perf_counter() - t0
    best = dt if best is None or dt < best else best
print(json.dumps({"files": len(srcs), "parsed": ok, "seconds": best}))
`

func main() {
	rounds := flag.Int("n", 3, "rounds; the best time of each side is reported")
	flag.Parse()
	out, err := exec.Command("python3", "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "parse bench: python3 is needed:", err)
		os.Exit(1)
	}
	root := strings.TrimSpace(string(out))
	var files []string
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "site-packages" || d.Name() == "__pycache__") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	srcs := make([][]byte, len(files))
	lines := 0
	for i, f := range files {
		srcs[i], _ = os.ReadFile(f)
		lines += bytes.Count(srcs[i], []byte("\n"))
	}

	// Go, one goroutine (CPython's parse is single-threaded too).
	best := time.Duration(1 << 62)
	parsed := 0
	for r := 0; r < *rounds; r++ {
		runtime.GC()
		parsed = 0
		t0 := time.Now()
		for i, src := range srcs {
			if _, err := syntax.Parse(files[i], src); err == nil {
				parsed++
			}
		}
		if dt := time.Since(t0); dt < best {
			best = dt
		}
	}
	// Go, all cores (as the Gazelle extension would run it).
	bestPar := time.Duration(1 << 62)
	for r := 0; r < *rounds; r++ {
		runtime.GC()
		t0 := time.Now()
		var wg sync.WaitGroup
		next := make(chan int, len(srcs))
		for i := range srcs {
			next <- i
		}
		close(next)
		for w := 0; w < runtime.GOMAXPROCS(0); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					syntax.Parse(files[i], srcs[i])
				}
			}()
		}
		wg.Wait()
		if dt := time.Since(t0); dt < bestPar {
			bestPar = dt
		}
	}

	cmd := exec.Command("python3", "-c", pyBench, fmt.Sprint(*rounds))
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n"))
	cmd.Stderr = os.Stderr
	pyOut, err := cmd.Output()
	if err != nil {
		fmt.Fprintln(os.Stderr, "parse bench: python3:", err)
		os.Exit(1)
	}
	var py struct {
		Files, Parsed int
		Seconds       float64
	}
	if err := json.Unmarshal(pyOut, &py); err != nil {
		fmt.Fprintln(os.Stderr, "parse bench: bad python output:", err)
		os.Exit(1)
	}
	goRate := float64(lines) / best.Seconds()
	parRate := float64(lines) / bestPar.Seconds()
	pyRate := float64(lines) / py.Seconds
	fmt.Printf("files: %d (%d lines); parsed: pygo %d, cpython %d\n", len(files), lines, parsed, py.Parsed)
	fmt.Printf("pygo syntax.Parse, 1 goroutine:   %7.3fs  %9.0f lines/s\n", best.Seconds(), goRate)
	fmt.Printf("pygo syntax.Parse, %d goroutines:  %7.3fs  %9.0f lines/s\n", runtime.GOMAXPROCS(0), bestPar.Seconds(), parRate)
	fmt.Printf("cpython ast.parse:                %7.3fs  %9.0f lines/s\n", py.Seconds, pyRate)
	fmt.Printf("ratio pygo/cpython (1 goroutine): %.2fx\n", goRate/pyRate)
}
