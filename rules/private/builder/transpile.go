package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
)

// transpile implements the transpile verb.
func transpile(args []string) error {
	fs := flag.NewFlagSet("transpile", flag.ContinueOnError)
	pygoc := fs.String("pygoc", "", "path of the pygoc binary")
	module := fs.String("module", "", "dotted module name")
	pkg := fs.String("package", "", "Go package name")
	out := fs.String("o", "", "output .go file")
	importsOut := fs.String("imports", "", "output imports file")
	shown := fs.String("file", "", "source path shown in tracebacks (default: SRC.py)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *pygoc == "" || *module == "" || *pkg == "" || *out == "" || *importsOut == "" {
		return errors.New("usage: builder transpile -pygoc P -module M -package G -o OUT.go -imports OUT.imports SRC.py")
	}
	src := fs.Arg(0)
	targs := []string{"transpile", "-module", *module, "-package", *pkg, "-o", *out}
	if *shown != "" {
		targs = append(targs, "-file", *shown)
	}
	if err := runTool(*pygoc, append(targs, src)...); err != nil {
		return err
	}
	var stdout bytes.Buffer
	cmd := exec.Command(*pygoc, "imports", "-module", *module, src)
	cmd.Stdout = &stdout
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pygoc imports %s: %v", src, err)
	}
	data, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	names := uniqueLines(stdout.String())
	lines := importLines(string(data), *module, strings.HasSuffix(src, "__init__.py"))
	var b strings.Builder
	for _, name := range names {
		fmt.Fprintf(&b, "%s\t%d\n", name, lineOf(lines, name))
	}
	return os.WriteFile(*importsOut, []byte(b.String()), 0o644)
}

// runTool runs a tool with its stdout and stderr passed through.
func runTool(tool string, args ...string) error {
	cmd := exec.Command(tool, args...)
	cmd.Stdout = os.Stderr
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			return fmt.Errorf("pygoc %s failed (exit %d)", args[0], exit.ExitCode())
		}
		return err
	}
	return nil
}

// uniqueLines returns the distinct non-empty lines of s, sorted.
func uniqueLines(s string) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	sort.Strings(out)
	return out
}

// lineOf returns the line of the first import statement naming module
// (or, failing that, one of its submodules or parents), or 0.
func lineOf(lines map[string]int, module string) int {
	if n, ok := lines[module]; ok {
		return n
	}
	best := 0
	for name, n := range lines {
		if strings.HasPrefix(name, module+".") || strings.HasPrefix(module, name+".") {
			if best == 0 || n < best {
				best = n
			}
		}
	}
	return best
}

// importLines finds the line of each import statement of a Python source,
// by a light scan (pygoc has already checked the syntax): it maps every
// module an `import a.b` or `from x import y` statement may name (a.b, x,
// x.y) to the first line it occurs on. Relative imports are resolved
// against module.
func importLines(src, module string, isPkg bool) map[string]int {
	out := map[string]int{}
	note := func(name string, line int) {
		if name == "" {
			return
		}
		if _, ok := out[name]; !ok {
			out[name] = line
		}
	}
	lines := strings.Split(src, "\n")
	for i := 0; i < len(lines); i++ {
		lineNo := i + 1
		stmt := lines[i]
		// Join explicit and parenthesised continuations.
		for (strings.HasSuffix(strings.TrimRight(stmt, " \t\r"), "\\") ||
			strings.Count(stmt, "(") > strings.Count(stmt, ")")) && i+1 < len(lines) {
			stmt = strings.TrimSuffix(strings.TrimRight(stmt, " \t\r"), "\\") + " " + lines[i+1]
			i++
		}
		if j := strings.Index(stmt, "#"); j >= 0 {
			stmt = stmt[:j]
		}
		// A line may hold several statements separated by ';'.
		for _, s := range strings.Split(stmt, ";") {
			fields := strings.Fields(strings.NewReplacer("(", " ", ")", " ", ",", " , ").Replace(s))
			if len(fields) < 2 {
				continue
			}
			switch fields[0] {
			case "import":
				expectName := true
				for _, f := range fields[1:] {
					switch {
					case f == ",":
						expectName = true
					case expectName:
						note(f, lineNo)
						expectName = false
					}
				}
			case "from":
				base := resolveRelative(fields[1], module, isPkg)
				note(base, lineNo)
				if len(fields) > 3 && fields[2] == "import" {
					expectName := true
					for _, f := range fields[3:] {
						switch {
						case f == ",":
							expectName = true
						case expectName && f != "*":
							if strings.HasSuffix(base, ".") || base == "" {
								note(base+f, lineNo)
							} else {
								note(base+"."+f, lineNo)
							}
							expectName = false
						}
					}
				}
			}
		}
	}
	return out
}

// resolveRelative turns `..x` into an absolute module name.
func resolveRelative(name, module string, isPkg bool) string {
	dots := len(name) - len(strings.TrimLeft(name, "."))
	if dots == 0 {
		return name
	}
	parts := strings.Split(module, ".")
	if !isPkg {
		parts = parts[:len(parts)-1]
	}
	up := dots - 1
	if up > len(parts) {
		return name
	}
	parts = parts[:len(parts)-up]
	rest := name[dots:]
	if rest != "" {
		parts = append(parts, rest)
	}
	return strings.Join(parts, ".")
}
