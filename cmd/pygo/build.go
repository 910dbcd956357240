package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	pygo "github.com/pygo-dev/pygo"
	"github.com/pygo-dev/pygo/compiler/codegen"
)

func init() { verbs["build"] = runBuild }

// pyModule is one first-party module of a program.
type pyModule struct {
	name  string // dotted name
	path  string // file on disk
	shown string // path shown in tracebacks
	isPkg bool
	src   []byte
}

// program is a Python program: its entry script and every first-party
// module reachable from it by imports.
type program struct {
	entry   *pyModule
	roots   []string
	modules map[string]*pyModule
	std     map[string]bool
}

// stdModules reads stdlib/MODULES from the embedded sources.
func stdModules() map[string]bool {
	m := map[string]bool{}
	data, _ := pygo.Sources.ReadFile("stdlib/MODULES")
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}

// loadProgram finds the modules of the program whose entry script is
// file; imports resolve against the script's folder, then the include
// roots.
func loadProgram(file string, includes []string) (*program, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	stem := strings.TrimSuffix(filepath.Base(file), ".py")
	p := &program{modules: map[string]*pyModule{}, std: stdModules()}
	dir, err := filepath.Abs(filepath.Dir(file))
	if err != nil {
		return nil, err
	}
	p.roots = append([]string{dir}, includes...)
	// CPython shows the script as the working directory joined with the
	// path given on the command line (not normalised).
	shown := file
	if !filepath.IsAbs(file) {
		if wd, err := os.Getwd(); err == nil {
			shown = strings.TrimSuffix(wd, "/") + "/" + file
			if wd == "/" {
				shown = "//" + file
			}
		}
	}
	p.entry = &pyModule{name: stem, path: file, shown: shown, src: src}
	p.modules[stem] = p.entry
	queue := []*pyModule{p.entry}
	for len(queue) > 0 {
		m := queue[0]
		queue = queue[1:]
		cands, err := codegen.ImportCandidates(m.src, m.path, m.name, m.isPkg)
		if err != nil {
			return nil, err
		}
		for _, c := range cands {
			// a.b.c needs a and a.b too.
			parts := strings.Split(c, ".")
			for i := 1; i <= len(parts); i++ {
				name := strings.Join(parts[:i], ".")
				if _, ok := p.modules[name]; ok || p.std[name] {
					continue
				}
				nm, err := p.find(name)
				if err != nil {
					return nil, err
				}
				if nm == nil {
					break
				}
				p.modules[name] = nm
				queue = append(queue, nm)
			}
		}
	}
	return p, nil
}

// find looks a module up in the roots; nil if it is not first-party.
func (p *program) find(name string) (*pyModule, error) {
	rel := filepath.FromSlash(strings.ReplaceAll(name, ".", "/"))
	for _, root := range p.roots {
		for _, cand := range []struct {
			path  string
			isPkg bool
		}{{filepath.Join(root, rel+".py"), false}, {filepath.Join(root, rel, "__init__.py"), true}} {
			src, err := os.ReadFile(cand.path)
			if err != nil {
				continue
			}
			abs, _ := filepath.Abs(cand.path)
			return &pyModule{name: name, path: cand.path, shown: abs, isPkg: cand.isPkg, src: src}, nil
		}
	}
	return nil, nil
}

// generate transpiles every module and returns the files of the program's
// Go module (besides go.mod/go.sum).
func (p *program) generate(argv0 string) (map[string][]byte, error) {
	files := map[string][]byte{}
	names := make([]string, 0, len(p.modules))
	for n := range p.modules {
		names = append(names, n)
	}
	sort.Strings(names)
	var errs []string
	for _, n := range names {
		m := p.modules[n]
		code, err := codegen.Transpile(m.src, codegen.Options{Module: m.name, File: m.shown, Package: "main", IsPackage: m.isPkg})
		if err != nil {
			// Name the file as the user wrote it.
			errs = append(errs, strings.Replace(err.Error(), m.shown, m.path, 1))
			continue
		}
		// ".py.go": never looks like a _test.go or _GOOS/_GOARCH file to the go tool.
		files["py_"+strings.ReplaceAll(n, ".", "_")+".py.go"] = code
	}
	if len(errs) > 0 {
		return nil, errors.New(strings.Join(errs, "\n"))
	}
	files["main.go"] = mainWithArgv(p.entry.name, argv0)
	return files, nil
}

// checkImports reports, at build time, imports of modules that are
// neither first-party nor standard (CPython would raise
// ModuleNotFoundError when the import runs). Imports a program is
// prepared to miss (under try/except ImportError or an if) are left to
// run time.
func (p *program) checkImports() error {
	names := make([]string, 0, len(p.modules))
	for n := range p.modules {
		names = append(names, n)
	}
	sort.Strings(names)
	var errs []string
	for _, n := range names {
		m := p.modules[n]
		sites, err := codegen.ImportSites(m.src, m.path, m.name, m.isPkg)
		if err != nil {
			return err
		}
		for _, s := range sites {
			if s.Optional || p.known(s.Module) {
				continue
			}
			rel := strings.ReplaceAll(s.Module, ".", "/")
			errs = append(errs, fmt.Sprintf("%s:%d:%d: ModuleNotFoundError: No module named '%s'\n"+
				"  Pygo finds modules when it builds: put %s.py (or %s/__init__.py) beside %s or under a directory given with -I; "+
				"`pygo modules` lists the standard modules Pygo provides.",
				m.path, s.Line, s.Col, s.Module, rel, rel, filepath.Base(p.entry.path)))
		}
	}
	if len(errs) > 0 {
		return errors.New(strings.Join(errs, "\n"))
	}
	return nil
}

// known reports whether a module can be imported: first-party, standard,
// or a Go package (__go__.*, registered at link time).
func (p *program) known(name string) bool {
	if _, ok := p.modules[name]; ok || p.std[name] || name == "__go__" || strings.HasPrefix(name, "__go__.") {
		return true
	}
	return false
}

// mainWithArgv is the main package of a pygo-built program: sys.argv[0]
// is the script path as given, as in CPython.
func mainWithArgv(entry, argv0 string) []byte {
	return []byte(fmt.Sprintf(`// Code generated by pygo. DO NOT EDIT.

// Command main runs the Python program %q.
package main

import (
	"os"

	py "github.com/pygo-dev/pygo/runtime"
	_ "github.com/pygo-dev/pygo/stdlib"
)

func main() {
	py.SetArgv(append([]string{%q}, os.Args[1:]...))
	py.Main(%q)
}
`, argv0, argv0, entry))
}

// buildFiles builds a generated Go module into a binary and returns its
// path, reusing the cached binary when the inputs are unchanged.
func buildFiles(files map[string][]byte, label string) (string, error) {
	rt, err := runtimeCopy()
	if err != nil {
		return "", fmt.Errorf("writing the runtime sources: %v", err)
	}
	gosum, _ := pygo.Sources.ReadFile("go.sum")
	files["go.mod"] = []byte(fmt.Sprintf("module pygoprogram\n\ngo 1.23\n\nrequire github.com/pygo-dev/pygo v0.0.0\n\nreplace github.com/pygo-dev/pygo => %s\n", rt))
	files["go.sum"] = gosum
	h := sha256.New()
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(h, "%s\x00%d\x00", n, len(files[n]))
		h.Write(files[n])
	}
	root, _ := cacheRoot()
	dir := filepath.Join(root, "build", hex.EncodeToString(h.Sum(nil))[:24])
	bin := filepath.Join(dir, "prog")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	if err := os.MkdirAll(filepath.Join(root, "build"), 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(filepath.Join(root, "build"), "tmp-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	for n, data := range files {
		if err := os.WriteFile(filepath.Join(tmp, n), data, 0o644); err != nil {
			return "", err
		}
	}
	cmd := exec.Command("go", "build", "-trimpath=false", "-o", "prog", ".")
	cmd.Dir = tmp
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0", "GOFLAGS=-mod=mod", "GOWORK=off")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	done := make(chan error, 1)
	start := time.Now()
	go func() { done <- cmd.Run() }()
	var runErr error
	select {
	case runErr = <-done:
	case <-time.After(time.Second):
		fmt.Fprintf(os.Stderr, "pygo: building %s…\n", label)
		runErr = <-done
		if os.Getenv("PYGO_VERBOSE") != "" {
			fmt.Fprintf(os.Stderr, "pygo: built in %.1fs\n", time.Since(start).Seconds())
		}
	}
	if runErr != nil {
		return "", fmt.Errorf("go build failed (this is a Pygo bug; the generated Go is in %s):\n%s", dir, out.String())
	}
	os.RemoveAll(dir)
	if err := os.Rename(tmp, dir); err != nil {
		if _, serr := os.Stat(bin); serr == nil {
			return bin, nil
		}
		return "", err
	}
	return bin, nil
}

// includeFlags collects -I roots.
type includeFlags []string

func (i *includeFlags) String() string     { return strings.Join(*i, ",") }
func (i *includeFlags) Set(s string) error { *i = append(*i, s); return nil }

// compileProgram loads, transpiles and builds a program; it returns the
// binary.
func compileProgram(file string, includes []string) (string, error) {
	p, err := loadProgram(file, includes)
	if err != nil {
		return "", err
	}
	// Fast path: the same Python sources were built before; skip even the
	// transpiling (which costs about 0.1 s per 1,000 lines).
	root, _ := cacheRoot()
	index := filepath.Join(root, "index", p.inputHash(file))
	if data, err := os.ReadFile(index); err == nil {
		if _, err := os.Stat(string(data)); err == nil {
			return string(data), nil
		}
	}
	files, err := p.generate(file)
	if err != nil {
		return "", err
	}
	if err := p.checkImports(); err != nil {
		return "", err
	}
	bin, err := buildFiles(files, file)
	if err == nil && os.MkdirAll(filepath.Dir(index), 0o755) == nil {
		os.WriteFile(index, []byte(bin), 0o644)
	}
	return bin, err
}

// inputHash identifies a program by its Python sources, their module
// names and paths, and the path shown for the script.
func (p *program) inputHash(argv0 string) string {
	h := sha256.New()
	fmt.Fprintf(h, "pygo-index-1\x00%s\x00%s\x00%s\x00", sourcesHash(), selfID(), argv0)
	names := make([]string, 0, len(p.modules))
	for n := range p.modules {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		m := p.modules[n]
		fmt.Fprintf(h, "%s\x00%s\x00%v\x00%d\x00", n, m.shown, m.isPkg, len(m.src))
		h.Write(m.src)
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// runBuild implements `pygo build -o OUT FILE.py`.
func runBuild(args []string) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	out := fs.String("o", "", "output binary")
	var inc includeFlags
	fs.Var(&inc, "I", "extra import root (repeatable)")
	if err := fs.Parse(args); err != nil || fs.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: pygo build [-o OUT] [-I DIR]... FILE.py")
		return 2
	}
	file := fs.Arg(0)
	if *out == "" {
		*out = strings.TrimSuffix(filepath.Base(file), ".py")
	}
	bin, err := compileProgram(file, inc)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	data, err := os.ReadFile(bin)
	if err == nil {
		err = os.WriteFile(*out, data, 0o755)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "pygo: %v\n", err)
		return 1
	}
	return 0
}

// selfID identifies this pygo executable (its code generator) by size and
// modification time, so a rebuilt pygo does not reuse binaries that an
// older code generator produced.
func selfID() string {
	exe, err := os.Executable()
	if err != nil {
		return "?"
	}
	st, err := os.Stat(exe)
	if err != nil {
		return "?"
	}
	return fmt.Sprintf("%d-%d", st.Size(), st.ModTime().UnixNano())
}
