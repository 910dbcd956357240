// Package driver runs Gazelle's update command in-process over a repository
// with a chosen set of languages.
//
// Gazelle v0.27's command (cmd/gazelle) is a main package and cannot be
// imported, and a language has no way to change its exit code. This package
// is a small replacement assembled from Gazelle's own library packages
// (config, walk, merger, resolve, rule), following the same sequence as
// `gazelle update`: configure and walk every directory, fix, generate, map
// kinds, merge, index; then resolve dependencies, merge again, fix loads and
// write the files. It serves three callers: the golden tests, the benchmark
// in bench/gazelle, and cmd/gazelle_pygo. The Bazel target //:gazelle is a
// regular gazelle_binary and behaves the same, except for the exit code.
package driver

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/bazelbuild/bazel-gazelle/config"
	"github.com/bazelbuild/bazel-gazelle/label"
	"github.com/bazelbuild/bazel-gazelle/language"
	"github.com/bazelbuild/bazel-gazelle/merger"
	"github.com/bazelbuild/bazel-gazelle/repo"
	"github.com/bazelbuild/bazel-gazelle/resolve"
	"github.com/bazelbuild/bazel-gazelle/rule"
	"github.com/bazelbuild/bazel-gazelle/walk"
)

// ErrorCounter is implemented by languages that count the problems they
// logged (the Pygo extension does). Run exits 1 when any count is non-zero.
type ErrorCounter interface {
	Errors() int
}

// Options configures a run.
type Options struct {
	// Languages run in this order (Gazelle's convention: proto, go, others).
	Languages []language.Language
	// Stdout receives -mode=print output; Stderr receives Gazelle's log.
	Stdout, Stderr io.Writer
}

// Run runs `gazelle update [flags] [dirs]` from working directory wd and
// returns the process exit code: 0, or 1 if a language counted errors or
// the run failed, or 2 for bad flags.
func Run(wd string, args []string, opts Options) int {
	stdout, stderr := opts.Stdout, opts.Stderr
	if stdout == nil {
		stdout = os.Stdout
	}
	if stderr == nil {
		stderr = os.Stderr
	}
	// Languages report through the standard logger, as Gazelle requires.
	prevOut, prevFlags, prevPrefix := log.Writer(), log.Flags(), log.Prefix()
	log.SetOutput(stderr)
	log.SetFlags(0)
	log.SetPrefix("gazelle: ")
	defer func() {
		log.SetOutput(prevOut)
		log.SetFlags(prevFlags)
		log.SetPrefix(prevPrefix)
	}()

	r := &run{langs: opts.Languages, stdout: stdout}
	if err := r.configure(wd, args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		log.Print(err)
		return 2
	}
	if err := r.update(); err != nil {
		log.Print(err)
		return 1
	}
	problems := 0
	for _, l := range r.langs {
		if ec, ok := l.(ErrorCounter); ok {
			problems += ec.Errors()
		}
	}
	if problems > 0 {
		log.Printf("%d problem(s) reported; BUILD files were updated where possible", problems)
		return 1
	}
	return 0
}

// run holds the state of one run.
type run struct {
	langs  []language.Language
	cexts  []config.Configurer
	c      *config.Config
	dirs   []string
	mode   string
	stdout io.Writer

	kinds   map[string]rule.KindInfo
	builtin map[string]language.Language // kind -> language
	mapped  map[string]string            // mapped kind name -> original kind
}

// configure parses flags and sets up the root configuration.
func (r *run) configure(wd string, args []string) error {
	r.cexts = []config.Configurer{&config.CommonConfigurer{}, &walk.Configurer{}, &resolve.Configurer{}}
	for _, l := range r.langs {
		r.cexts = append(r.cexts, l)
	}
	c := config.New()
	c.WorkDir = wd
	fs := flag.NewFlagSet("gazelle", flag.ContinueOnError)
	fs.SetOutput(log.Writer())
	fs.StringVar(&r.mode, "mode", "fix", "fix: write BUILD files; print: print them to stdout")
	for _, ce := range r.cexts {
		ce.RegisterFlags(fs, "update", c)
	}
	if len(args) > 0 && args[0] == "update" {
		args = args[1:]
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if r.mode != "fix" && r.mode != "print" {
		return fmt.Errorf("unknown -mode %q (want fix or print)", r.mode)
	}
	for _, ce := range r.cexts {
		if err := ce.CheckFlags(fs, c); err != nil {
			return err
		}
	}
	for _, d := range fs.Args() {
		if !filepath.IsAbs(d) {
			d = filepath.Join(wd, d)
		}
		d, err := filepath.EvalSymlinks(d)
		if err != nil {
			return err
		}
		if rel, err := filepath.Rel(c.RepoRoot, d); err != nil || strings.HasPrefix(rel, "..") {
			return fmt.Errorf("%s is not inside the repository root %s", d, c.RepoRoot)
		}
		r.dirs = append(r.dirs, d)
	}
	if len(r.dirs) == 0 {
		r.dirs = []string{c.RepoRoot}
	}
	r.c = c
	return nil
}

// visit records one directory that is being updated.
type visit struct {
	rel     string
	c       *config.Config
	file    *rule.File
	gen     []*rule.Rule
	empty   []*rule.Rule
	imports []interface{}
	mapped  []config.MappedKind
}

// resolverFor returns the language that owns r's kind, looking through
// map_kind mappings.
func (r *run) resolverFor(rl *rule.Rule, pkgRel string) resolve.Resolver {
	kind := rl.Kind()
	if from, ok := r.mapped[kind]; ok {
		kind = from
	}
	if l, ok := r.builtin[kind]; ok {
		return l
	}
	return nil
}

// update walks the repository, generates and merges rules, resolves
// dependencies and emits the files.
func (r *run) update() error {
	c := r.c
	r.kinds = map[string]rule.KindInfo{}
	r.builtin = map[string]language.Language{}
	r.mapped = map[string]string{}
	var loads []rule.LoadInfo
	exts := make([]interface{}, 0, len(r.langs))
	for _, l := range r.langs {
		for k, info := range l.Kinds() {
			r.kinds[k] = info
			r.builtin[k] = l
		}
		loads = append(loads, l.Loads()...)
		exts = append(exts, l)
	}
	ix := resolve.NewRuleIndex(r.resolverFor, exts...)

	var visits []*visit
	walk.Walk(c, r.cexts, r.dirs, walk.VisitAllUpdateSubdirsMode, func(dir, rel string, c *config.Config, update bool, f *rule.File, subdirs, regular, genFiles []string) {
		if !update {
			if c.IndexLibraries && f != nil {
				for _, rl := range f.Rules {
					ix.AddRule(c, rl, f)
				}
			}
			return
		}
		langs := r.enabled(c)
		if f != nil {
			for _, l := range langs {
				l.Fix(c, f)
			}
		}
		v := &visit{rel: rel, c: c}
		for _, l := range langs {
			res := l.GenerateRules(language.GenerateArgs{
				Config: c, Dir: dir, Rel: rel, File: f,
				Subdirs: subdirs, RegularFiles: regular, GenFiles: genFiles,
				OtherEmpty: v.empty, OtherGen: v.gen,
			})
			if len(res.Gen) != len(res.Imports) {
				log.Printf("%s: language %s returned %d rules and %d imports; skipping its rules", rel, l.Name(), len(res.Gen), len(res.Imports))
				continue
			}
			v.gen = append(v.gen, res.Gen...)
			v.empty = append(v.empty, res.Empty...)
			v.imports = append(v.imports, res.Imports...)
		}
		if f == nil && len(v.gen) == 0 {
			return
		}
		kinds := r.kinds
		for _, rl := range v.gen {
			if mk, ok := c.KindMap[rl.Kind()]; ok {
				if mk.KindName != mk.FromKind {
					kinds = withKind(kinds, mk.KindName, r.kinds[rl.Kind()])
					r.mapped[mk.KindName] = mk.FromKind
				}
				v.mapped = append(v.mapped, mk)
				rl.SetKind(mk.KindName)
			}
		}
		if f == nil {
			f = rule.EmptyFile(filepath.Join(dir, c.DefaultBuildFileName()), rel)
			for _, rl := range v.gen {
				rl.Insert(f)
			}
		} else {
			merger.MergeFile(f, v.empty, v.gen, merger.PreResolve, kinds)
		}
		v.file = f
		visits = append(visits, v)
		if c.IndexLibraries {
			for _, rl := range f.Rules {
				ix.AddRule(c, rl, f)
			}
		}
	})
	ix.Finish()

	rc, cleanup := repo.NewRemoteCache(nil)
	defer cleanup()
	for _, v := range visits {
		for i, rl := range v.gen {
			if res := r.resolverFor(rl, v.rel); res != nil {
				res.Resolve(v.c, ix, rc, rl, v.imports[i], label.New(c.RepoName, v.rel, rl.Name()))
			}
		}
		kinds := r.kinds
		for _, mk := range v.mapped {
			kinds = withKind(kinds, mk.KindName, r.kinds[mk.FromKind])
		}
		merger.MergeFile(v.file, v.empty, v.gen, merger.PostResolve, kinds)
	}

	var firstErr error
	for _, v := range visits {
		merger.FixLoads(v.file, withMappedLoads(loads, v.mapped))
		if err := r.emit(v.file); err != nil && firstErr == nil {
			firstErr = err
		}
	}
	return firstErr
}

// enabled returns the languages the -lang flag and `# gazelle:lang` allow.
func (r *run) enabled(c *config.Config) []language.Language {
	if len(c.Langs) == 0 {
		return r.langs
	}
	var out []language.Language
	for _, l := range r.langs {
		for _, name := range c.Langs {
			if name == l.Name() {
				out = append(out, l)
				break
			}
		}
	}
	return out
}

// emit writes or prints f if its content changed.
func (r *run) emit(f *rule.File) error {
	content := f.Format()
	if r.mode == "print" {
		fmt.Fprintf(r.stdout, ">>> %s\n", f.Path)
		_, err := r.stdout.Write(content)
		return err
	}
	if bytes.Equal(content, f.Content) {
		return nil
	}
	if err := os.WriteFile(f.Path, content, 0o666); err != nil {
		return err
	}
	f.Content = content
	return nil
}

// withKind returns kinds plus name -> info, copying the map.
func withKind(kinds map[string]rule.KindInfo, name string, info rule.KindInfo) map[string]rule.KindInfo {
	if _, ok := kinds[name]; ok {
		return kinds
	}
	out := make(map[string]rule.KindInfo, len(kinds)+1)
	for k, v := range kinds {
		out[k] = v
	}
	out[name] = info
	return out
}

// withMappedLoads adds the .bzl files of map_kind mappings to loads. A
// mapped load is appended last, so that for a symbol defined by several
// files FixLoads uses the mapping.
func withMappedLoads(loads []rule.LoadInfo, mapped []config.MappedKind) []rule.LoadInfo {
	if len(mapped) == 0 {
		return loads
	}
	out := append([]rule.LoadInfo(nil), loads...)
next:
	for _, mk := range mapped {
		for i := range out {
			if out[i].Name == mk.KindLoad {
				if !contains(out[i].Symbols, mk.KindName) {
					out[i].Symbols = append(append([]string(nil), out[i].Symbols...), mk.KindName)
				}
				continue next
			}
		}
		out = append(out, rule.LoadInfo{Name: mk.KindLoad, Symbols: []string{mk.KindName}})
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
