package py

// Profiling hooks for compiled programs, driven by environment variables
// so that any Pygo binary can be profiled without rebuilding it:
//
//	PYGO_CPUPROFILE=FILE  write a pprof CPU profile of the whole run to FILE
//	PYGO_MEMPROFILE=FILE  write a pprof heap profile (all allocations) at exit
//
// Read them with `go tool pprof BINARY FILE`.

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfiling starts the profiles the environment asks for and returns
// the function that stops them and writes them out (RunMain defers it).
func startProfiling() (stop func()) {
	cpuFile := os.Getenv("PYGO_CPUPROFILE")
	memFile := os.Getenv("PYGO_MEMPROFILE")
	if cpuFile == "" && memFile == "" {
		return func() {}
	}
	var cpu *os.File
	if cpuFile != "" {
		f, err := os.Create(cpuFile)
		if err != nil {
			fmt.Fprintf(os.Stderr, "pygo: PYGO_CPUPROFILE: %v\n", err)
		} else if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(os.Stderr, "pygo: PYGO_CPUPROFILE: %v\n", err)
			f.Close()
		} else {
			cpu = f
		}
	}
	if memFile != "" {
		runtime.MemProfileRate = 1 << 12
	}
	return func() {
		if cpu != nil {
			pprof.StopCPUProfile()
			cpu.Close()
		}
		if memFile != "" {
			f, err := os.Create(memFile)
			if err != nil {
				fmt.Fprintf(os.Stderr, "pygo: PYGO_MEMPROFILE: %v\n", err)
				return
			}
			defer f.Close()
			if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
				fmt.Fprintf(os.Stderr, "pygo: PYGO_MEMPROFILE: %v\n", err)
			}
		}
	}
}
