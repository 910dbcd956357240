package codegen

// End-to-end compiler fuzzing: any input goes through parse → resolve →
// codegen, and the result must be a SyntaxError, a positioned compile
// error (*Error), or Go that parses, formats and type-checks against the
// runtime package. A panic, an "internal code generator error" or Go that
// does not type-check is a bug.
//
//	go test -run '^$' -fuzz FuzzCompile -fuzztime 5m ./compiler/codegen

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

var genCount = flag.Int("gen.n", 400, "number of generated programs TestCompileGenerated checks")

// runtimeTypes type-checks generated files against package py, imported
// once per process from source.
var runtimeTypes struct {
	once sync.Once
	imp  types.Importer
	err  error
	mu   sync.Mutex
}

func runtimeImporter() (types.Importer, error) {
	runtimeTypes.once.Do(func() {
		imp := importer.ForCompiler(token.NewFileSet(), "source", nil)
		if _, err := imp.Import("github.com/pygo-dev/pygo/runtime"); err != nil {
			runtimeTypes.err = err
			return
		}
		runtimeTypes.imp = imp
	})
	return runtimeTypes.imp, runtimeTypes.err
}

// checkCompile compiles src and fails t on a compiler bug, showing the
// smallest program (by whole lines removed) that still shows it.
func checkCompile(t testing.TB, src []byte, typeCheck bool) (compiled bool) {
	t.Helper()
	ok, problem := compileProblem(src, typeCheck)
	if problem == "" {
		return ok
	}
	kind := problemKind(problem)
	small := minimize(src, func(s []byte) bool {
		_, p := compileProblem(s, typeCheck)
		return p != "" && problemKind(p) == kind
	})
	_, smallProblem := compileProblem(small, typeCheck)
	t.Fatalf("%s\n--- smallest program showing it ---\n%s\n--- full program ---\n%s", smallProblem, small, src)
	return false
}

// problemKind is a problem's first line without positions and numbers,
// to tell whether a smaller program shows the same problem.
func problemKind(p string) string {
	p, _, _ = strings.Cut(p, "\n")
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, p)
}

// minimize removes lines (then single characters from short inputs)
// from src while bad(src) holds.
func minimize(src []byte, bad func([]byte) bool) []byte {
	lines := strings.SplitAfter(string(src), "\n")
	for changed := true; changed; {
		changed = false
		for i := 0; i < len(lines); i++ {
			try := append(append([]string(nil), lines[:i]...), lines[i+1:]...)
			if bad([]byte(strings.Join(try, ""))) {
				lines, changed = try, true
				i--
			}
		}
	}
	return []byte(strings.Join(lines, ""))
}

// compileProblem compiles src; it reports whether Go was produced and
// describes a compiler bug ("" when there is none).
func compileProblem(src []byte, typeCheck bool) (compiled bool, problem string) {
	var code []byte
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				buf := make([]byte, 1<<16)
				buf = buf[:runtime.Stack(buf, false)]
				problem = fmt.Sprintf("Transpile panicked: %v\n%s", r, buf)
			}
		}()
		code, err = Transpile(src, Options{Module: "fuzzmod", File: "fuzz.py", Package: "main"})
	}()
	if problem != "" {
		return false, problem
	}
	if err != nil {
		var se *syntax.SyntaxError
		var ce *Error
		if errors.As(err, &se) && !strings.Contains(se.Msg, "internal parser error") || errors.As(err, &ce) {
			return false, ""
		}
		return false, "Transpile failed with a non-user error: " + err.Error()
	}
	fset := token.NewFileSet()
	f, perr := parser.ParseFile(fset, "fuzzmod.go", code, parser.ParseComments)
	if perr != nil {
		return true, fmt.Sprintf("generated Go does not parse: %v", perr)
	}
	if _, ferr := format.Source(code); ferr != nil {
		return true, fmt.Sprintf("generated Go does not format: %v", ferr)
	}
	if !typeCheck {
		return true, ""
	}
	imp, ierr := runtimeImporter()
	if ierr != nil {
		return true, "" // no go toolchain or sources: parse checks only
	}
	if terr := typeCheckFiles(imp, fset, []*ast.File{f}); terr != nil {
		return true, fmt.Sprintf("generated Go does not type-check: %v", terr)
	}
	return true, ""
}

// typeCheckFiles type-checks one package of generated files.
func typeCheckFiles(imp types.Importer, fset *token.FileSet, files []*ast.File) error {
	// The source importer is not safe for concurrent use.
	runtimeTypes.mu.Lock()
	defer runtimeTypes.mu.Unlock()
	var first error
	conf := types.Config{Importer: imp, Error: func(err error) {
		if first == nil {
			first = err
		}
	}}
	conf.Check("main", fset, files, nil)
	return first
}

// seedPrograms are the fuzz seeds: the end-to-end programs, the parser's
// test snippets and generated programs.
func seedPrograms(t testing.TB) [][]byte {
	var seeds [][]byte
	files, _ := filepath.Glob("../../tests/py/*.py")
	more, _ := filepath.Glob("../../tests/py/*/*.py")
	files = append(files, more...)
	if f := flag.Lookup("test.fuzz"); f == nil || f.Value.String() == "" {
		// A plain test run checks every 8th program (TestPrograms builds
		// them all anyway); fuzzing starts from all of them.
		var some []string
		for i := 0; i < len(files); i += 8 {
			some = append(some, files[i])
		}
		files = some
	}
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			seeds = append(seeds, data)
		}
	}
	for _, p := range []string{"../syntax/testdata/snippets.jsonl", "../syntax/testdata/bad_inputs.jsonl"} {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, l := range bytes.Split(data, []byte("\n")) {
			var c struct{ Src, Encoding string }
			if len(l) == 0 || l[0] != '{' || json.Unmarshal(l, &c) != nil {
				continue
			}
			src := []byte(c.Src)
			if c.Encoding == "latin-1" {
				src = latin1Bytes(c.Src)
			}
			seeds = append(seeds, src)
		}
	}
	for i := int64(0); i < 50; i++ {
		seeds = append(seeds, []byte(genProgram(i)))
	}
	return seeds
}

func latin1Bytes(s string) []byte {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

// FuzzCompile feeds arbitrary bytes through the whole compiler.
func FuzzCompile(f *testing.F) {
	for _, s := range seedPrograms(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		checkCompile(t, src, true)
	})
}

// TestCompileGenerated runs grammar-generated programs (and the fuzz
// seeds) through the compiler and type-checks the Go it emits.
func TestCompileGenerated(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found (needed to import the runtime from source)")
	}
	n := *genCount
	if testing.Short() {
		n = 50
	}
	compiled, rejected := 0, 0
	for i := 0; i < n; i++ {
		src := []byte(genProgram(int64(1000 + i)))
		if checkCompile(t, src, true) {
			compiled++
		} else {
			rejected++
		}
		if t.Failed() {
			return
		}
	}
	t.Logf("%d generated programs: %d compiled and type-checked, %d rejected with a SyntaxError or compile error", n, compiled, rejected)
}

// TestGeneratedProgramsBuild writes a batch of generated modules into one
// Go package, then runs go vet and go build on it: what type-checking
// alone does not catch (vet's checks, the linker, several modules sharing
// one package).
func TestGeneratedProgramsBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: builds a Go package")
	}
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("go command not found")
	}
	repo, _ := filepath.Abs("../..")
	dir := t.TempDir()
	var mods []string
	for i := 0; len(mods) < 60 && i < 400; i++ {
		src := genProgram(int64(5000 + i))
		name := fmt.Sprintf("gen%d", i)
		code, err := Transpile([]byte(src), Options{Module: name, File: name + ".py", Package: "main"})
		if err != nil {
			continue
		}
		if err := os.WriteFile(filepath.Join(dir, name+".go"), code, 0o644); err != nil {
			t.Fatal(err)
		}
		mods = append(mods, name)
	}
	mainGo := "package main\n\nimport (\n\tpy \"github.com/pygo-dev/pygo/runtime\"\n\t_ \"github.com/pygo-dev/pygo/stdlib\"\n)\n\nfunc main() { py.Main(\"gen0\") }\n"
	gosum, _ := os.ReadFile(filepath.Join(repo, "go.sum"))
	for n, c := range map[string]string{
		"main.go": mainGo,
		"go.mod":  fmt.Sprintf("module gencheck\n\ngo 1.23\n\nrequire github.com/pygo-dev/pygo v0.0.0\n\nreplace github.com/pygo-dev/pygo => %s\n", repo),
		"go.sum":  string(gosum),
	} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(c), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Python code after return/raise/break is legal and compiles to
	// unreachable Go: vet's unreachable check is about the input.
	for _, args := range [][]string{{"vet", "-unreachable=false", "."}, {"build", "-o", os.DevNull, "."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=-mod=mod", "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s of %d generated modules failed: %v\n%s", args[0], len(mods), err, out)
		}
	}
	t.Logf("go vet and go build passed on %d generated modules in one package", len(mods))
}
