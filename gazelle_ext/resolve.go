package gazelleext

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/bazelbuild/bazel-gazelle/config"
	"github.com/bazelbuild/bazel-gazelle/label"
	"github.com/bazelbuild/bazel-gazelle/repo"
	"github.com/bazelbuild/bazel-gazelle/resolve"
	"github.com/bazelbuild/bazel-gazelle/rule"
)

// Dependency resolution.
//
// Each import of each source file of a rule is resolved to at most one
// label, trying in order:
//
//  1. `# gazelle:resolve py MODULE LABEL` overrides;
//  2. first-party modules: the rule index built from every py_go_library
//     Gazelle saw (Imports below lists the modules a library provides);
//  3. Pygo's standard library (stdlib/MODULES): no dependency, since every
//     binary links the standard library;
//  4. Go interop imports (`__go__.net.http`): `# gazelle:resolve go` overrides,
//     go_library rules indexed by Gazelle's Go extension, Go's standard
//     library (no dependency);
//  5. otherwise an error naming the file, line and import and the ways to
//     fix it.
//
// Steps 1-3 try the imported name and then each parent package, longest
// first, as rules_python does: `import a.b.c` is satisfied by a rule that
// provides a.b.c, or else a.b, or else a. `from a.b import c` first tries
// a.b.c (c may be a submodule).
//
// A dependency is added on the rule providing the module, not on the rules of
// its enclosing packages: a package's __init__.py commonly imports its
// subpackages, and depending on both directions would be a cycle Bazel
// rejects.

// Imports returns the modules a rule provides to the rule index: for a
// py_go_library, the dotted name of each .py source (a package's
// __init__.py provides the package). Binaries and tests provide nothing.
func (l *pygoLang) Imports(c *config.Config, r *rule.Rule, f *rule.File) []resolve.ImportSpec {
	if k := baseKind(c, r.Kind()); k != libraryKind {
		return nil
	}
	pc := getPygoConfig(c)
	var specs []resolve.ImportSpec
	for _, src := range r.AttrStrings("srcs") {
		if !strings.HasSuffix(src, ".py") || strings.HasPrefix(src, ":") || strings.Contains(src, "//") {
			continue
		}
		if mod, ok := moduleName(pc.root, path.Join(f.Pkg, src)); ok && mod != "" {
			specs = append(specs, resolve.ImportSpec{Lang: importLang, Imp: mod})
		}
	}
	return specs
}

// baseKind returns the extension's kind that kind was mapped from by
// map_kind, or kind itself.
func baseKind(c *config.Config, kind string) string {
	for from, mk := range c.KindMap {
		if mk.KindName == kind {
			return from
		}
	}
	return kind
}

// Resolve sets the deps of r from the imports GenerateRules recorded.
func (l *pygoLang) Resolve(c *config.Config, ix *resolve.RuleIndex, rc *repo.RemoteCache, r *rule.Rule, imports interface{}, from label.Label) {
	ri, ok := imports.(*ruleImports)
	if !ok {
		return
	}
	res := resolver{l: l, c: c, pc: getPygoConfig(c), ix: ix, from: from, deps: map[string]bool{}}
	for _, d := range ri.deps {
		res.deps[d] = true
	}
	for _, f := range ri.files {
		for _, imp := range f.Imports {
			res.resolveImport(f, imp)
		}
	}
	if len(res.deps) == 0 {
		r.DelAttr("deps")
		return
	}
	deps := make([]string, 0, len(res.deps))
	for d := range res.deps {
		deps = append(deps, d)
	}
	sort.Slice(deps, func(i, j int) bool { return labelLess(deps[i], deps[j]) })
	r.SetAttr("deps", deps)
}

// labelLess orders labels as buildifier does: local (":x") first, then the
// main repository, then external repositories.
func labelLess(a, b string) bool {
	rank := func(s string) int {
		switch {
		case strings.HasPrefix(s, ":"):
			return 0
		case strings.HasPrefix(s, "//"):
			return 1
		}
		return 2
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra < rb
	}
	return a < b
}

// resolver resolves the imports of one rule.
type resolver struct {
	l    *pygoLang
	c    *config.Config
	pc   *pygoConfig
	ix   *resolve.RuleIndex
	from label.Label
	deps map[string]bool
}

// outcome of looking a module up.
type outcome int

const (
	notFound  outcome = iota
	found             // resolved (a dependency may have been added)
	ambiguous         // several rules provide it (reported already)
)

// resolveImport resolves one import of file f, reporting it if it cannot
// be resolved.
func (r *resolver) resolveImport(f *pyFile, imp pyImport) {
	if r.ignored(f, imp.Module) {
		return
	}
	if imp.Module == goPrefix {
		for _, name := range imp.Names {
			mod := goPrefix + "." + name
			if !r.ignored(f, mod) && r.goImport(mod) == notFound {
				r.report(f, imp, mod)
			}
		}
		return
	}
	if strings.HasPrefix(imp.Module, goPrefix+".") {
		if r.goImport(imp.Module) == notFound {
			r.report(f, imp, imp.Module)
		}
		return
	}
	// `from m import n`: n may be a submodule that a first-party rule
	// provides; then m itself need not resolve (a namespace package).
	submodule := false
	for _, name := range imp.Names {
		sub := imp.Module + "." + name
		if r.ignored(f, sub) {
			submodule = true
			continue
		}
		if r.exact(sub) != notFound {
			submodule = true
		}
	}
	if r.python(imp.Module) == notFound && !submodule {
		r.report(f, imp, imp.Module)
	}
}

// ignored reports whether mod (or a package containing it) is ignored by a
// `# gazelle:ignore` comment in f or by pygo_ignore_dependencies.
func (r *resolver) ignored(f *pyFile, mod string) bool {
	for m := mod; ; {
		if f.Ignored[m] || r.pc.ignoreDeps[m] {
			return true
		}
		i := strings.LastIndexByte(m, '.')
		if i < 0 {
			return false
		}
		m = m[:i]
	}
}

// candidates returns mod and its parent packages, longest first.
func candidates(mod string) []string {
	out := []string{mod}
	for i := strings.LastIndexByte(mod, '.'); i > 0; i = strings.LastIndexByte(mod, '.') {
		mod = mod[:i]
		out = append(out, mod)
	}
	return out
}

// python resolves a Python module: overrides, first-party, stdlib.
func (r *resolver) python(mod string) outcome {
	cands := candidates(mod)
	for _, m := range cands {
		if lbl, ok := resolve.FindRuleWithOverride(r.c, resolve.ImportSpec{Lang: importLang, Imp: m}, languageName); ok {
			r.addLabel(lbl)
			return found
		}
	}
	for _, m := range cands {
		if o := r.firstParty(m); o != notFound {
			return o
		}
	}
	for _, m := range cands {
		if r.l.stdlib[m] {
			return found
		}
	}
	return notFound
}

// exact resolves mod itself (not its parents) by override or first-party
// index, adding a dependency when found.
func (r *resolver) exact(mod string) outcome {
	if lbl, ok := resolve.FindRuleWithOverride(r.c, resolve.ImportSpec{Lang: importLang, Imp: mod}, languageName); ok {
		r.addLabel(lbl)
		return found
	}
	return r.firstParty(mod)
}

// firstParty finds the rule providing mod in the rule index and adds it as
// a dependency. Several providers are an error.
func (r *resolver) firstParty(mod string) outcome {
	results := r.ix.FindRulesByImport(resolve.ImportSpec{Lang: importLang, Imp: mod}, languageName)
	switch len(results) {
	case 0:
		return notFound
	case 1:
		if !results[0].IsSelfImport(r.from) {
			r.addLabel(results[0].Label)
		}
		return found
	}
	var labels []string
	for _, res := range results {
		labels = append(labels, res.Label.String())
	}
	sort.Strings(labels)
	r.l.errorf("%s: module %q is provided by several rules: %s; keep one, or choose with `# gazelle:resolve py %s LABEL`",
		r.from, mod, strings.Join(labels, ", "), mod)
	return ambiguous
}

// goImport resolves a Go interop import `__go__.a.b.c`.
func (r *resolver) goImport(mod string) outcome {
	if lbl, ok := resolve.FindRuleWithOverride(r.c, resolve.ImportSpec{Lang: importLang, Imp: mod}, languageName); ok {
		r.addLabel(lbl)
		return found
	}
	for _, p := range goPaths(strings.TrimPrefix(mod, goPrefix+".")) {
		if lbl, ok := resolve.FindRuleWithOverride(r.c, resolve.ImportSpec{Lang: "go", Imp: p}, "go"); ok {
			r.addLabel(lbl)
			return found
		}
		results := r.ix.FindRulesByImport(resolve.ImportSpec{Lang: "go", Imp: p}, "go")
		if len(results) > 0 {
			if !results[0].IsSelfImport(r.from) {
				r.addLabel(results[0].Label)
			}
			return found
		}
		if goStdPackages[p] {
			return found
		}
	}
	return notFound
}

// goPaths returns the Go import paths a dotted name after __go__. may mean:
// every dot a slash (net.http -> net/http), then the first two or three
// elements joined by dots for a domain (github.com.x.y -> github.com/x/y,
// golang.org.x.text -> golang.org/x/text).
func goPaths(dotted string) []string {
	parts := strings.Split(dotted, ".")
	out := []string{strings.Join(parts, "/")}
	for k := 2; k <= 3 && k < len(parts); k++ {
		out = append(out, strings.Join(parts[:k], ".")+"/"+strings.Join(parts[k:], "/"))
	}
	return out
}

// likelyGoPath picks, for messages, the Go import path a dotted name most
// likely means: with a domain (github.com/x/y) if the second element is a
// common top-level domain, else every dot a slash.
func likelyGoPath(dotted string) string {
	parts := strings.Split(dotted, ".")
	if len(parts) >= 3 {
		switch parts[1] {
		case "com", "org", "net", "io", "dev", "in", "co", "me", "cloud":
			return parts[0] + "." + parts[1] + "/" + strings.Join(parts[2:], "/")
		}
	}
	return strings.Join(parts, "/")
}

func (r *resolver) addLabel(lbl label.Label) {
	r.deps[lbl.Rel(r.from.Repo, r.from.Pkg).String()] = true
}

// report prints why mod, imported by f, cannot be resolved and how to fix it.
// Optional imports (inside try/except ImportError) are only noted.
func (r *resolver) report(f *pyFile, imp pyImport, mod string) {
	if imp.Optional {
		r.l.warnf("%s:%d: note: optional import %q (inside try/except ImportError) does not resolve; no dependency added for %s",
			f.Rel, imp.Line, mod, r.from)
		return
	}
	var b strings.Builder
	if strings.HasPrefix(mod, goPrefix+".") {
		p := likelyGoPath(strings.TrimPrefix(mod, goPrefix+"."))
		fmt.Fprintf(&b, "%s:%d: cannot resolve Go import %q (Go package %q) for %s. Fix it in one of these ways:\n", f.Rel, imp.Line, mod, p, r.from)
		fmt.Fprintf(&b, "\t- add a go_library with importpath %q that Gazelle's Go extension indexes;\n", p)
		fmt.Fprintf(&b, "\t- map it to a label: `# gazelle:resolve go %s //path/to:target` or `# gazelle:resolve py %s //path/to:target` in a BUILD file;\n", p, mod)
	} else {
		file := strings.ReplaceAll(mod, ".", "/")
		fmt.Fprintf(&b, "%s:%d: cannot resolve import %q for %s. Fix it in one of these ways:\n", f.Rel, imp.Line, mod, r.from)
		fmt.Fprintf(&b, "\t- add %s.py or %s/__init__.py under the Python root (//%s) so that a py_go_library provides it;\n", file, file, r.pc.root)
		fmt.Fprintf(&b, "\t- map it to a label: `# gazelle:resolve py %s //path/to:target` in a BUILD file;\n", mod)
		fmt.Fprintf(&b, "\t- if Pygo's standard library provides it, list it in %s;\n", stdlibModulesFile)
	}
	fmt.Fprintf(&b, "\t- ignore it: a `# gazelle:ignore %s` comment in %s, or `# gazelle:pygo_ignore_dependencies %s` in a BUILD file.", mod, f.Rel, mod)
	r.l.errorf("%s", b.String())
}
