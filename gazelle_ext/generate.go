package gazelleext

import (
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/bazelbuild/bazel-gazelle/language"
	"github.com/bazelbuild/bazel-gazelle/rule"
)

// Rule generation, per directory.
//
// Every .py file (minus ignored ones) lands in the srcs of exactly one rule,
// so no module is ever linked twice into a binary:
//
//   - test files (pygo_test_file_pattern, default test_*.py and *_test.py)
//     each get a py_go_test;
//   - __main__.py gets a py_go_binary with srcs and main set to it;
//   - every other file is a library module: in package mode all of them form
//     one py_go_library, in file mode each forms its own;
//   - a library module with a module-level `if __name__ == "__main__":`
//     block also gets a py_go_binary whose main names it and whose deps hold
//     the library that compiles it (the module stays importable).
//
// Dependencies are resolved later (resolve.go) from the imports recorded here.

// ruleImports is what GenerateRules hands to Resolve for one rule.
type ruleImports struct {
	files []*pyFile
	// deps are labels (relative to the rule's package) the rule needs
	// regardless of imports: a binary's library.
	deps []string
}

// GenerateRules generates the Pygo rules of one directory.
func (l *pygoLang) GenerateRules(args language.GenerateArgs) language.GenerateResult {
	pc := getPygoConfig(args.Config)
	var res language.GenerateResult
	if !pc.enabled {
		return res
	}
	var names []string
	for _, f := range args.RegularFiles {
		if strings.HasSuffix(f, ".py") && !matchAny(pc.ignoreFiles, f) && !matchAny(pc.ignoreFiles, path.Join(args.Rel, f)) {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	files := l.parseDir(args.Dir, args.Rel, pc.root, names)

	pkgName := path.Base(args.Rel)
	if args.Rel == "" {
		pkgName = filepath.Base(args.Dir)
	}
	var libFiles, tests, mains []*pyFile
	for _, f := range files {
		for _, e := range f.Errs {
			l.errorf("%s", e)
		}
		switch {
		case matchAny(pc.testPatterns, f.Base):
			tests = append(tests, f)
		case f.Base == "__main__.py":
			mains = append(mains, f)
		default:
			libFiles = append(libFiles, f)
		}
	}

	g := generator{l: l, pc: pc, args: args, pkgName: pkgName, names: map[string]string{}, taken: map[string]string{}}
	if args.File != nil {
		for _, r := range args.File.Rules {
			g.taken[r.Name()] = r.Kind()
		}
	}
	for _, r := range args.OtherGen {
		g.taken[r.Name()] = r.Kind()
	}
	// libOf maps a library module's file to the name of its library.
	libOf := map[*pyFile]string{}
	if pc.mode == modeFile {
		for _, f := range libFiles {
			name := g.name(pc.libraryNaming, stem(f.Base))
			if f.Base != "__init__.py" && !strings.Contains(pc.libraryNaming, fileNamePlaceholder) {
				name = stem(f.Base)
			}
			g.add(libraryKind, name, f.Rel, []*pyFile{f}, nil)
			libOf[f] = name
		}
	} else if len(libFiles) > 0 {
		name := g.name(pc.libraryNaming, "")
		g.add(libraryKind, name, path.Join(args.Rel, "*.py"), libFiles, nil)
		for _, f := range libFiles {
			libOf[f] = name
		}
	}
	for _, f := range mains {
		r := g.add(binaryKind, g.name(pc.binaryNaming, pkgName), f.Rel, []*pyFile{f}, nil)
		if r != nil {
			r.SetAttr("main", f.Base)
		}
	}
	for _, f := range libFiles {
		if !f.HasMain {
			continue
		}
		lib := ":" + libOf[f]
		r := g.add(binaryKind, g.name(pc.binaryNaming, stem(f.Base)), f.Rel, nil, []string{lib})
		if r != nil {
			r.SetAttr("main", f.Base)
		}
	}
	for _, f := range tests {
		g.add(testKind, g.name(pc.testNaming, stem(f.Base)), f.Rel, []*pyFile{f}, nil)
	}
	res.Gen, res.Imports = g.gen, g.imports
	res.Empty = g.empty()
	return res
}

// generator accumulates the rules of one directory.
type generator struct {
	l       *pygoLang
	pc      *pygoConfig
	args    language.GenerateArgs
	pkgName string
	gen     []*rule.Rule
	imports []interface{}
	names   map[string]string // rule name -> what it was generated for
	taken   map[string]string // rule name -> kind, of existing and other languages' rules
}

// name expands a naming convention.
func (g *generator) name(conv, fileName string) string {
	n := strings.ReplaceAll(conv, packageNamePlaceholder, g.pkgName)
	return strings.ReplaceAll(n, fileNamePlaceholder, fileName)
}

// add creates a rule of the given kind for srcs. It reports and skips a rule
// whose name another generated rule already has.
func (g *generator) add(kind, name, what string, srcs []*pyFile, deps []string) *rule.Rule {
	if prev, ok := g.names[name]; ok {
		g.l.errorf("%s: two rules would be named %q (for %s and %s); change a pygo_*_naming_convention directive or rename a file", g.buildPath(), name, prev, what)
		return nil
	}
	g.names[name] = what
	if k, ok := g.taken[name]; ok && baseKind(g.args.Config, k) != kind {
		// Gazelle's merger would silently drop the rule.
		g.l.errorf("%s: cannot generate %s(name = %q) for %s: a %s rule has that name; rename that rule or set a pygo_*_naming_convention directive (for example `# gazelle:pygo_library_naming_convention $package_name$_py`)",
			g.buildPath(), kind, name, what, k)
		return nil
	}
	r := rule.NewRule(kind, name)
	var srcNames []string
	for _, f := range srcs {
		srcNames = append(srcNames, f.Base)
	}
	if len(srcNames) > 0 {
		r.SetAttr("srcs", srcNames)
		if imp := importsAttr(g.pc.root, g.args.Rel); imp != "" {
			r.SetAttr("imports", []string{imp})
		}
	}
	if kind == libraryKind {
		if vis := g.visibility(); len(vis) > 0 {
			r.SetAttr("visibility", vis)
		}
	}
	g.gen = append(g.gen, r)
	g.imports = append(g.imports, &ruleImports{files: srcs, deps: deps})
	return r
}

// visibility returns the visibility of generated libraries: the
// pygo_visibility directive's labels, or //ROOT:__subpackages__ for the
// Python root. Binaries and tests get none (Bazel's default, private).
func (g *generator) visibility() []string {
	if g.pc.noVisibility {
		return nil
	}
	if g.pc.visibility != nil {
		return g.pc.visibility
	}
	return []string{"//" + g.pc.root + ":__subpackages__"}
}

func (g *generator) buildPath() string {
	if g.args.File != nil {
		return path.Join(g.args.Rel, filepath.Base(g.args.File.Path))
	}
	return path.Join(g.args.Rel, "BUILD")
}

// empty returns, for each existing rule of the extension's kinds that was
// not generated again, an empty rule of that name; Gazelle's merger then
// clears the rule's generated attributes and deletes it if nothing else
// keeps it alive. A rule is left alone if it names a file of the directory
// (in srcs or main) that no generated rule took, for example a hand-written
// rule whose name collides with a generated one.
func (g *generator) empty() []*rule.Rule {
	if g.args.File == nil {
		return nil
	}
	generated := map[string]bool{}
	placed := map[string]bool{}
	for _, r := range g.gen {
		generated[r.Name()] = true
		for _, s := range r.AttrStrings("srcs") {
			placed[s] = true
		}
		placed[r.AttrString("main")] = true
	}
	exists := map[string]bool{}
	for _, f := range g.args.RegularFiles {
		exists[f] = true
	}
	var out []*rule.Rule
	for _, r := range g.args.File.Rules {
		if _, ours := kinds[baseKind(g.args.Config, r.Kind())]; !ours || generated[r.Name()] {
			continue
		}
		orphan := false
		for _, f := range append(r.AttrStrings("srcs"), r.AttrString("main")) {
			if exists[f] && !placed[f] {
				orphan = true
			}
		}
		if !orphan {
			out = append(out, rule.NewRule(r.Kind(), r.Name()))
		}
	}
	return out
}

// importsAttr returns the value of the imports attribute for a package in
// directory rel when the Python root is root: the path from the package to
// the root ("" when the root is the repository root, which needs none).
func importsAttr(root, rel string) string {
	if root == "" {
		return ""
	}
	if rel == root {
		return "."
	}
	n := strings.Count(strings.TrimPrefix(rel, root+"/"), "/") + 1
	return strings.TrimSuffix(strings.Repeat("../", n), "/")
}

func stem(base string) string { return strings.TrimSuffix(base, ".py") }

// parseDir parses the named files of directory dir (repository-relative rel)
// in parallel and returns them in the order of names.
func (l *pygoLang) parseDir(dir, rel, root string, names []string) []*pyFile {
	out := make([]*pyFile, len(names))
	workers := runtime.GOMAXPROCS(0)
	if workers > len(names) {
		workers = len(names)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				fileRel := path.Join(rel, names[i])
				mod, _ := moduleName(root, fileRel)
				out[i] = parseFile(filepath.Join(dir, names[i]), fileRel, mod)
			}
		}()
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}
