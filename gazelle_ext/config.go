package gazelleext

import (
	"flag"
	"fmt"
	"log"
	"path"
	"strings"

	"github.com/bazelbuild/bazel-gazelle/config"
	"github.com/bazelbuild/bazel-gazelle/label"
	"github.com/bazelbuild/bazel-gazelle/rule"
)

// Directives understood by the extension. Each is written in a BUILD file as
// `# gazelle:NAME VALUE` and applies to that directory and its subdirectories
// until overridden. README.md documents them with examples.
const (
	// extensionDirective turns the extension on or off: `pygo enabled|disabled`.
	extensionDirective = "pygo"
	// rootDirective marks this directory as the Python root: module names are
	// computed relative to it. It takes no value.
	rootDirective = "pygo_root"
	// generationModeDirective is `package` (one library per directory) or
	// `file` (one library per module).
	generationModeDirective = "pygo_generation_mode"
	// Naming conventions; $package_name$ is the directory's base name and
	// $file_name$ the entry file's name without .py.
	libraryNamingDirective = "pygo_library_naming_convention"
	binaryNamingDirective  = "pygo_binary_naming_convention"
	testNamingDirective    = "pygo_test_naming_convention"
	// testFilePatternDirective is a comma-separated list of globs matched
	// against file names; matching files become py_go_test rules.
	testFilePatternDirective = "pygo_test_file_pattern"
	// visibilityDirective sets the visibility of generated libraries. Repeat it
	// for several labels; NONE generates no visibility attribute.
	visibilityDirective = "pygo_visibility"
	// ignoreFilesDirective is a comma-separated list of globs; matching .py
	// files are not put in any rule.
	ignoreFilesDirective = "pygo_ignore_files"
	// ignoreDependenciesDirective is a comma-separated list of modules whose
	// imports are ignored (no dependency, no error).
	ignoreDependenciesDirective = "pygo_ignore_dependencies"
	// loadLabelDirective sets the .bzl file the rules are loaded from.
	loadLabelDirective = "pygo_load_label"
)

// Generation modes.
const (
	modePackage = "package"
	modeFile    = "file"
)

// Defaults.
const (
	defaultLoadLabel       = "@pygo//rules:defs.bzl"
	defaultLibraryNaming   = "$package_name$"
	defaultBinaryNaming    = "$file_name$_bin"
	defaultTestNaming      = "$file_name$"
	packageNamePlaceholder = "$package_name$"
	fileNamePlaceholder    = "$file_name$"
)

var defaultTestPatterns = []string{"test_*.py", "*_test.py"}

// pygoConfig is the extension's configuration for one directory. Configure
// copies the parent's and applies the directory's directives.
type pygoConfig struct {
	enabled        bool
	root           string // repository-relative Python root ("" = repository root)
	mode           string
	libraryNaming  string
	binaryNaming   string
	testNaming     string
	testPatterns   []string
	visibility     []string // nil: the default, //ROOT:__subpackages__
	noVisibility   bool
	ignoreFiles    []string
	ignoreDeps     map[string]bool
	loadLabel      string
	visibilityRel  string // directory whose directives set visibility
	ignoreFilesRel string // directory whose directives set ignoreFiles
}

func newPygoConfig() *pygoConfig {
	return &pygoConfig{
		enabled:       true,
		mode:          modePackage,
		libraryNaming: defaultLibraryNaming,
		binaryNaming:  defaultBinaryNaming,
		testNaming:    defaultTestNaming,
		testPatterns:  defaultTestPatterns,
		ignoreDeps:    map[string]bool{},
		loadLabel:     defaultLoadLabel,
	}
}

// clone returns a copy that can be changed without affecting pc.
func (pc *pygoConfig) clone() *pygoConfig {
	cc := *pc
	cc.ignoreDeps = make(map[string]bool, len(pc.ignoreDeps))
	for k, v := range pc.ignoreDeps {
		cc.ignoreDeps[k] = v
	}
	return &cc
}

func getPygoConfig(c *config.Config) *pygoConfig {
	if pc, ok := c.Exts[languageName].(*pygoConfig); ok {
		return pc
	}
	return newPygoConfig()
}

// RegisterFlags registers the extension's command-line flags (none so far)
// and installs the root configuration.
func (l *pygoLang) RegisterFlags(fs *flag.FlagSet, cmd string, c *config.Config) {
	c.Exts[languageName] = newPygoConfig()
}

// CheckFlags loads Pygo's standard-library module list: stdlib/MODULES under
// the repository root if it exists, else the copy embedded in this package.
func (l *pygoLang) CheckFlags(fs *flag.FlagSet, c *config.Config) error {
	l.stdlib = loadStdlibModules(c.RepoRoot)
	return nil
}

// KnownDirectives lists the directives Configure handles.
func (l *pygoLang) KnownDirectives() []string {
	return []string{
		extensionDirective,
		rootDirective,
		generationModeDirective,
		libraryNamingDirective,
		binaryNamingDirective,
		testNamingDirective,
		testFilePatternDirective,
		visibilityDirective,
		ignoreFilesDirective,
		ignoreDependenciesDirective,
		loadLabelDirective,
	}
}

// Configure applies the directives of the BUILD file f in directory rel.
func (l *pygoLang) Configure(c *config.Config, rel string, f *rule.File) {
	pc := getPygoConfig(c).clone()
	c.Exts[languageName] = pc
	parentLoad := pc.loadLabel
	defer l.applyLoadLabel(c, pc, parentLoad)
	if f == nil {
		return
	}
	where := func(d rule.Directive) string {
		return fmt.Sprintf("%s: gazelle:%s %s", f.Path, d.Key, d.Value)
	}
	for _, d := range f.Directives {
		v := strings.TrimSpace(d.Value)
		switch d.Key {
		case extensionDirective:
			switch v {
			case "enabled":
				pc.enabled = true
			case "disabled":
				pc.enabled = false
			default:
				l.errorf("%s: want enabled or disabled", where(d))
			}
		case rootDirective:
			if v != "" {
				l.errorf("%s: pygo_root takes no value; put it in the BUILD file of the root directory", where(d))
				continue
			}
			pc.root = rel
		case generationModeDirective:
			switch v {
			case modePackage, modeFile:
				pc.mode = v
			default:
				l.errorf("%s: want package or file", where(d))
			}
		case libraryNamingDirective, binaryNamingDirective, testNamingDirective:
			if v == "" || strings.ContainsAny(v, " \t:/") {
				l.errorf("%s: want a target name, optionally with $package_name$ or $file_name$", where(d))
				continue
			}
			switch d.Key {
			case libraryNamingDirective:
				pc.libraryNaming = v
			case binaryNamingDirective:
				pc.binaryNaming = v
			default:
				pc.testNaming = v
			}
		case testFilePatternDirective:
			pats := splitList(v)
			if len(pats) == 0 || !validGlobs(pats) {
				l.errorf("%s: want a comma-separated list of file name globs", where(d))
				continue
			}
			pc.testPatterns = pats
		case visibilityDirective:
			if pc.visibilityRel != rel {
				// The first visibility directive in a directory replaces the
				// inherited list; later ones in the same file add to it.
				pc.visibility, pc.noVisibility, pc.visibilityRel = nil, false, rel
			}
			if v == "NONE" {
				pc.visibility, pc.noVisibility = nil, true
				continue
			}
			for _, s := range splitList(v) {
				lbl, err := label.Parse(s)
				if err != nil {
					l.errorf("%s: %v", where(d), err)
					continue
				}
				pc.visibility = append(pc.visibility, lbl.Abs("", rel).String())
			}
		case ignoreFilesDirective:
			pats := splitList(v)
			if !validGlobs(pats) {
				l.errorf("%s: want a comma-separated list of file name globs", where(d))
				continue
			}
			if pc.ignoreFilesRel != rel {
				pc.ignoreFiles, pc.ignoreFilesRel = nil, rel
			}
			pc.ignoreFiles = append(pc.ignoreFiles, pats...)
		case ignoreDependenciesDirective:
			for _, m := range splitList(v) {
				pc.ignoreDeps[m] = true
			}
		case loadLabelDirective:
			if _, err := label.Parse(v); err != nil || !strings.HasSuffix(v, ".bzl") {
				l.errorf("%s: want the label of a .bzl file, such as //rules:defs.bzl", where(d))
				continue
			}
			pc.loadLabel = v
		}
	}
}

// applyLoadLabel makes Gazelle load the rules from pc.loadLabel. Gazelle
// v0.27 asks a language for its .bzl files once, before any directive is
// read, so a different file is expressed as a kind mapping to the same kind
// name, exactly what `# gazelle:map_kind py_go_library py_go_library LABEL`
// does. A user's own map_kind for a kind wins. parentLoad is the label in
// effect before this directory's directives.
func (l *pygoLang) applyLoadLabel(c *config.Config, pc *pygoConfig, parentLoad string) {
	for _, kind := range []string{libraryKind, binaryKind, testKind} {
		mk, mapped := c.KindMap[kind]
		ours := mk.FromKind == kind && mk.KindName == kind && (mk.KindLoad == parentLoad || mk.KindLoad == pc.loadLabel)
		if mapped && !ours {
			continue // a user's own map_kind
		}
		if pc.loadLabel == defaultLoadLabel {
			if mapped {
				delete(c.KindMap, kind)
			}
			continue
		}
		if c.KindMap == nil {
			c.KindMap = make(map[string]config.MappedKind)
		}
		c.KindMap[kind] = config.MappedKind{FromKind: kind, KindName: kind, KindLoad: pc.loadLabel}
	}
}

// splitList splits a comma-separated directive value, dropping blanks.
func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func validGlobs(pats []string) bool {
	for _, p := range pats {
		if _, err := path.Match(p, ""); err != nil {
			return false
		}
	}
	return true
}

// matchAny reports whether name matches one of the globs.
func matchAny(pats []string, name string) bool {
	for _, p := range pats {
		if ok, _ := path.Match(p, name); ok {
			return true
		}
	}
	return false
}

// logf is log.Printf; a variable so that nothing else writes there.
var logf = log.Printf
