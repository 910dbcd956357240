package tests

// Runtime faults must become Python exceptions, never Go crashes: the
// recursion limit, integers past 64 bits, division by zero, bad indexes and
// keys, huge allocations, SIGINT, a closed stdout pipe and Go panics inside
// Go code that Python calls. Each case is a Python program compiled by
// Pygo and compared with CPython where CPython has a behaviour.

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/pygo-dev/pygo/compiler/codegen"
)

// faultPrograms are the programs of TestRuntimeFaults, by module name.
var faultPrograms = map[string]string{
	// The recursion limit: caught, then uncaught (the traceback's
	// "[Previous line repeated N more times]" must match).
	"fault_recursion": `import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print('caught', type(e).__name__, e)
def g(n):
    return [g(n + 1)]
try:
    g(0)
except RecursionError as e:
    print('caught again', e)
print(sys.getrecursionlimit())
f(0)
`,
	// Integers leave int64 silently.
	"fault_bigint": `big = 2**63
print(big, -big - 1, 9223372036854775807 + 1, (2**62) * 4, -(-2**63), abs(-2**63))
print(2**64 // 3, divmod(2**64, 3), 1 << 100, sum([2**62] * 4), int('9' * 30))
print((-2**63) // -1, (-2**63) % -1, pow(3, 100), -(2**63) * -1, (2**63 - 1) * 2)
x = 9223372036854775807
x += 1
print(x, x - 1, type(x).__name__, hash(2**64), hash(-2**63), 10**20 % 7, (-10**20) // 7)
print(int(1e19), round(2.5e18 * 10), 2**-1, (-2)**63, (-2)**64, 7**-2)
print(abs(-9223372036854775808), -9223372036854775808 // 1, 9223372036854775807 - -1)
`,
	// Division by zero in every form.
	"fault_zerodiv": `cases = [lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 1.0 // 0.0,
         lambda: 1.0 % 0.0, lambda: divmod(1, 0), lambda: divmod(1.5, 0), lambda: 0 ** -1, lambda: 0.0 ** -1,
         lambda: 2**100 // 0, lambda: 2**100 % 0, lambda: (1+1j) / 0, lambda: pow(2, -1, 1) if False else 5 % 0]
for c in cases:
    try:
        print(c())
    except ZeroDivisionError as e:
        print('ZeroDivisionError:', e)
x = 0
print(10 / x)
`,
	// Index and key errors.
	"fault_index": `x = 1.5
cases = [lambda: [][0], lambda: [1, 2][2], lambda: [1][-2], lambda: (1,)[5], lambda: 'abc'[10],
         lambda: b''[0], lambda: bytearray(2)[3], lambda: range(3)[5], lambda: {}['k'], lambda: {1: 2}[(1, 2)],
         lambda: [1].pop(5), lambda: [].pop(), lambda: {}.popitem(), lambda: set().pop(),
         lambda: [1][2**70], lambda: 'x'[-2**70], lambda: [1, 2].index(3), lambda: 'abc'.index('z'),
         lambda: [1][x], lambda: {}[[1]]]
for c in cases:
    try:
        print(c())
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
l = [1, 2, 3]
try:
    l[3] = 1
except IndexError as e:
    print(e)
try:
    del l[7]
except IndexError as e:
    print(e)
print({'a': 1}['b'])
`,
	// A Go panic inside Go code called from Python (Go interop) is a
	// Python exception with a traceback; the program goes on.
	"fault_gopanic": `from __go__.strings import Repeat
def f(n):
    return Repeat('x', n)
print(f(3))
try:
    f(-1)
except Exception as e:
    print('caught', type(e).__name__, 'negative Repeat count' in str(e))
f(-1)
`,
	// SIGINT: KeyboardInterrupt in the main thread, in a loop that calls
	// functions, in a tight loop, in time.sleep, and caught.
	"fault_sigint_calls": `import sys
def f(i):
    return i + 1
print('ready', flush=True)
i = 0
while True:
    i = f(i)
`,
	"fault_sigint_loop": `print('ready', flush=True)
i = 0
while True:
    i += 1
`,
	"fault_sigint_sleep": `import time
print('ready', flush=True)
time.sleep(30)
print('not reached')
`,
	"fault_sigint_caught": `import time
def spin():
    while True:
        time.sleep(0.01)
print('ready', flush=True)
try:
    spin()
except KeyboardInterrupt:
    print('caught KeyboardInterrupt')
`,
	// Writing to a closed pipe.
	"fault_pipe": `for i in range(10**6):
    print(i)
`,
}

// memoryCases are allocations too large for memory: each must fail with
// MemoryError (or CPython's OverflowError), never with a Go crash. Each is
// its own program, so one crash does not hide the others.
var memoryCases = []string{
	"[0] * 10**12", "'x' * 10**12", "bytearray(10**12)", "b'x' * 10**12", "(0,) * 10**12", "[0] * 10**19",
	"'ab' * (2**62)", "bytes(10**12)", "'x'.ljust(10**12)", "'x'.rjust(10**12)", "'x'.center(10**12)",
	"'x'.zfill(10**12)", "'x' * 2**63", "[1, 2] * 2**62", "list(range(10**12))", "b'ab'.center(10**12)",
	"bytearray(b'x') * 10**12", "'x' * 3 * 10**12", "[None] * (2**31) * (2**31)", "b'x'.ljust(10**12)",
	"bytearray(b'x').zfill(10**12)", "'\\t'.expandtabs(10**12)", "[0] * 10**9 * 10**3",
}

func init() {
	for i, c := range memoryCases {
		faultPrograms[fmt.Sprintf("fault_mem%d", i)] = fmt.Sprintf(`try:
    v = %s
    print(type(v).__name__, len(v))
except (MemoryError, OverflowError) as e:
    print(type(e).__name__ + ':', e)
print('still alive', len([0] * 1000))
`, c)
	}
}

// buildFaultSuite compiles the fault programs into one binary (with Go
// interop linked in) and returns it.
func buildFaultSuite(t *testing.T, dir string) string {
	t.Helper()
	repo, _ := filepath.Abs("..")
	work := t.TempDir()
	for name, src := range faultPrograms {
		file := filepath.Join(dir, name+".py")
		if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		code, err := codegen.Transpile([]byte(src), codegen.Options{Module: name, File: file, Package: "main"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := os.WriteFile(filepath.Join(work, "py_"+name+".go"), code, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mainGo := `package main

import (
	"os"

	_ "github.com/pygo-dev/pygo/gointerop/gostd"
	py "github.com/pygo-dev/pygo/runtime"
	_ "github.com/pygo-dev/pygo/stdlib"
)

func main() {
	py.SetArgv([]string{os.Args[1] + ".py"})
	py.Main(os.Args[1])
}
`
	gosum, _ := os.ReadFile(filepath.Join(repo, "go.sum"))
	for n, c := range map[string]string{
		"main.go": mainGo,
		"go.mod":  fmt.Sprintf("module pygofaults\n\ngo 1.23\n\nrequire github.com/pygo-dev/pygo v0.0.0\n\nreplace github.com/pygo-dev/pygo => %s\n", repo),
		"go.sum":  string(gosum),
	} {
		if err := os.WriteFile(filepath.Join(work, n), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(work, "faults")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build of the fault programs failed: %v\n%s", err, out)
	}
	return bin
}

// limited runs argv under a 6 GB address-space limit, so that a runaway
// allocation fails inside the program instead of exhausting the machine.
func limited(ctx context.Context, dir string, argv ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, "/bin/sh", append([]string{"-c", `ulimit -v 6000000 2>/dev/null; exec "$@"`, "sh"}, argv...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8", "GOTRACEBACK=single")
	cmd.WaitDelay = 5 * time.Second
	return cmd
}

// runStatus is how a process ended: its exit status, or the signal that
// killed it (as 128+signal, as a shell shows it).
func runStatus(err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			return 128 + int(ws.Signal())
		}
		return ee.ExitCode()
	}
	return -1
}

// TestRuntimeFaults runs each fault program under Pygo and CPython.
func TestRuntimeFaults(t *testing.T) {
	requireCPython311(t)
	dir := t.TempDir()
	bin := buildFaultSuite(t, dir)
	run := func(argv []string) (string, string, int) {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		defer cancel()
		cmd := limited(ctx, dir, argv...)
		var o, e bytes.Buffer
		cmd.Stdout, cmd.Stderr = &o, &e
		err := cmd.Run()
		if ctx.Err() != nil {
			return o.String(), e.String() + "\n(timed out)", -1
		}
		return o.String(), e.String(), runStatus(err)
	}
	// Programs compared with CPython: stdout, status and the whole
	// traceback (without CPython's ^^^ lines).
	names := []string{"fault_recursion", "fault_bigint", "fault_zerodiv", "fault_index", "fault_gopanic"}
	for i := range memoryCases {
		names = append(names, fmt.Sprintf("fault_mem%d", i))
	}
	for _, name := range names {
		name := name
		t.Run(name, func(t *testing.T) {
			gotOut, gotErr, gotCode := run([]string{bin, name})
			if strings.Contains(gotErr, "goroutine ") || strings.Contains(gotErr, "panic:") || strings.Contains(gotErr, "fatal error:") {
				t.Fatalf("Go crash:\n%s", firstLines(gotErr, 30))
			}
			var wantOut, wantErr string
			var wantCode int
			if name == "fault_gopanic" {
				// CPython has no Go: the expected output is Pygo's own.
				wantOut = "xxx\ncaught GoPanic True\n"
				wantCode = 1
				wantErr = "Traceback (most recent call last):\n" +
					"  File \"" + filepath.Join(dir, name+".py") + "\", line 9, in <module>\n    f(-1)\n" +
					"  File \"" + filepath.Join(dir, name+".py") + "\", line 3, in f\n    return Repeat('x', n)\n" +
					"__go__.GoPanic: Repeat: strings: negative Repeat count\n"
			} else {
				wantOut, wantErr, wantCode = run([]string{"python3", "-B", name + ".py"})
			}
			if gotOut != wantOut {
				t.Errorf("stdout differs:\n%s", diff(wantOut, gotOut))
			}
			if gotCode != wantCode {
				t.Errorf("exit status %d, want %d", gotCode, wantCode)
			}
			if strings.HasPrefix(name, "fault_mem") {
				// CPython sometimes adds noise on stderr here ("SystemError:
				// deallocated bytearray object has exported buffers").
				wantErr = ""
			}
			if w, g := normalizeTraceback(wantErr), normalizeTraceback(gotErr); w != g {
				t.Errorf("stderr differs:\n%s\n--- got ---\n%s", diff(w, g), firstLines(gotErr, 20))
			}
		})
	}
	// SIGINT: the traceback ends with KeyboardInterrupt and the status is
	// 130 (CPython re-raises SIGINT, so the shell sees 128+2 as well).
	for _, c := range []struct {
		name     string
		wantOut  string
		wantLast string // last line of stderr
		wantCode int
	}{
		{"fault_sigint_calls", "ready\n", "KeyboardInterrupt", 130},
		{"fault_sigint_loop", "ready\n", "KeyboardInterrupt", 130},
		{"fault_sigint_sleep", "ready\n", "KeyboardInterrupt", 130},
		{"fault_sigint_caught", "ready\ncaught KeyboardInterrupt\n", "", 0},
	} {
		c := c
		t.Run(c.name, func(t *testing.T) {
			for _, argv := range [][]string{{"python3", "-B", c.name + ".py"}, {bin, c.name}} {
				out, errOut, code := interrupt(t, dir, argv)
				who := "pygo"
				if argv[0] == "python3" {
					who = "CPython"
				}
				if out != c.wantOut || code != c.wantCode || lastLine(errOut) != c.wantLast && !(c.wantLast == "" && errOut == "") {
					t.Errorf("%s: stdout %q, status %d, stderr:\n%s\nwant stdout %q, status %d, last line of stderr %q",
						who, out, code, firstLines(errOut, 20), c.wantOut, c.wantCode, c.wantLast)
				}
				if who == "pygo" && c.wantLast != "" && !strings.HasPrefix(errOut, "Traceback (most recent call last):\n") {
					t.Errorf("pygo: no traceback before KeyboardInterrupt:\n%s", errOut)
				}
			}
		})
	}
	// A closed pipe on stdout: CPython raises BrokenPipeError in print,
	// prints the traceback on stderr and exits with status 1.
	t.Run("fault_pipe", func(t *testing.T) {
		want := pipeClosed(t, dir, []string{"python3", "-B", "fault_pipe.py"})
		got := pipeClosed(t, dir, []string{bin, "fault_pipe"})
		if normalizeTraceback(got) != normalizeTraceback(want) {
			t.Errorf("closed stdout pipe:\n got: %s\nwant: %s", got, want)
		}
	})
}

// interrupt starts a program, waits for it to print "ready", sends SIGINT
// and returns its stdout, stderr and status.
func interrupt(t *testing.T, dir string, argv []string) (string, string, int) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.WaitDelay = 5 * time.Second
	var errBuf bytes.Buffer
	cmd.Stderr = &errBuf
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(pipe)
	first, _ := r.ReadString('\n')
	time.Sleep(300 * time.Millisecond) // let it get into the loop
	cmd.Process.Signal(os.Interrupt)
	// A program that ignores the first SIGINT is reported, then killed.
	timer := time.AfterFunc(10*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	var rest bytes.Buffer
	rest.ReadFrom(r)
	err = cmd.Wait()
	code := runStatus(err)
	if code == 128+int(syscall.SIGKILL) {
		return first + rest.String(), errBuf.String() + "\n(did not stop on SIGINT within 10s)", code
	}
	return first + rest.String(), errBuf.String(), code
}

// pipeClosed runs a program whose stdout reader stops after one line and
// describes the outcome: the status and stderr.
func pipeClosed(t *testing.T, dir string, argv []string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.WaitDelay = 5 * time.Second
	var errBuf bytes.Buffer
	cmd.Stderr = &errBuf
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stdout = pw
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	pw.Close()
	line, _ := bufio.NewReader(pr).ReadString('\n')
	pr.Close() // like head -1
	err = cmd.Wait()
	return fmt.Sprintf("first line %q, status %d, stderr:\n%s", line, runStatus(err), errBuf.String())
}

// firstLines shortens long output for messages.
func firstLines(s string, n int) string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) > n {
		return strings.Join(lines[:n], "") + "...\n"
	}
	return s
}
