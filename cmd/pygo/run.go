package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
)

func init() { verbs["run"] = runRun }

// runRun implements `pygo run FILE.py [ARGS...]`: compile (or reuse the
// cached binary), run, and exit with the program's status.
func runRun(args []string) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	var inc includeFlags
	fs.Var(&inc, "I", "extra import root (repeatable)")
	if err := fs.Parse(args); err != nil || fs.NArg() < 1 {
		fmt.Fprintln(os.Stderr, "usage: pygo run [-I DIR]... FILE.py [ARGS...]")
		return 2
	}
	file := fs.Arg(0)
	bin, err := compileProgram(file, inc)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	cmd := exec.Command(bin, fs.Args()[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	// The child gets terminal signals itself; pygo only waits.
	signal.Ignore(os.Interrupt)
	err = cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if code := ee.ExitCode(); code >= 0 {
			return code
		}
		return 1
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "pygo: %v\n", err)
		return 1
	}
	return 0
}
