package py

// Helpers for container tests whose expected values come from CPython:
// each table runs one python3 process that evaluates every case's Python
// expression and prints one line per case.

import (
	"errors"
	"os/exec"
	"strings"
	"testing"
)

// ctCase is one comparison: py is a Python expression whose str() is
// the expected output; run computes the same thing with the runtime.
type ctCase struct {
	py  string
	run func(th *Thread) (string, error)
}

// pythonOracle evaluates the expressions (after running setup) with
// python3 and returns str() of each, or "EXC Type: msg" for exceptions.
func ctPythonOracle(t *testing.T, setup string, exprs []string) []string {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not available")
	}
	var sb strings.Builder
	sb.WriteString("import sys\n")
	sb.WriteString(setup)
	sb.WriteString("\n_cases = [\n")
	for _, e := range exprs {
		sb.WriteString("    lambda: (" + e + "),\n")
	}
	sb.WriteString(`]
for _c in _cases:
    try:
        _r = str(_c())
    except BaseException as _e:
        _r = "EXC " + type(_e).__name__ + ": " + str(_e)
    print(_r.replace("\n", "\\n"))
`)
	cmd := exec.Command("python3", "-c", sb.String())
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 failed: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) != len(exprs) {
		t.Fatalf("python3 printed %d lines for %d cases:\n%s", len(lines), len(exprs), out)
	}
	return lines
}

// runOracle compares every case with CPython.
func ctRunOracle(t *testing.T, setup string, cases []ctCase) {
	t.Helper()
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.py
	}
	want := ctPythonOracle(t, setup, exprs)
	t.Logf("%d cases compared with CPython", len(cases))
	th := NewThread()
	for i, c := range cases {
		got, err := c.run(th)
		if err != nil {
			var e *BaseException
			if errors.As(err, &e) {
				got = "EXC " + e.Type().Name + ": " + excStrOrPlaceholder(th, e, "?")
			} else {
				got = "GOERR " + err.Error()
			}
		}
		got = strings.ReplaceAll(got, "\n", "\\n")
		if got != want[i] {
			t.Errorf("%s:\n got  %s\n want %s", c.py, got, want[i])
		}
	}
}

// reprOf is repr(o) as a Go string (for tests).
func ctRepr(th *Thread, o Object, err error) (string, error) {
	if err != nil {
		return "", err
	}
	r, err := Repr(th, o)
	if err != nil {
		return "", err
	}
	return r.String(), nil
}

// strOf is str(o) as a Go string (for tests).
func ctStr(th *Thread, o Object, err error) (string, error) {
	if err != nil {
		return "", err
	}
	r, err := StrOf(th, o)
	if err != nil {
		return "", err
	}
	return r.String(), nil
}

// ints makes a []Object of Ints.
func ctInts(ns ...int) []Object {
	out := make([]Object, len(ns))
	for i, n := range ns {
		out[i] = Int(n)
	}
	return out
}

// tup makes a tuple of the arguments.
func ctTup(items ...Object) *Tuple { return NewTuple(items) }

// callMethod calls a method by name with positional args.
func ctCall(th *Thread, o Object, name string, args ...Object) (Object, error) {
	return CallMethod(th, o, Intern(name), args, nil)
}
