package gazelleext

import "github.com/bazelbuild/bazel-gazelle/rule"

// Rule kinds the extension generates.
const (
	libraryKind = "py_go_library"
	binaryKind  = "py_go_binary"
	testKind    = "py_go_test"
)

// kinds tells Gazelle's merger how to treat each attribute:
//   - MergeableAttrs are owned by Gazelle: on a rerun the generated value
//     replaces the old one (unless the value carries a `# keep` comment).
//   - ResolveAttrs are set after dependency resolution (deps).
//   - Everything else (visibility, data, tags, anything a person adds) is
//     written only when the rule is created and never touched again.
//   - NonEmptyAttrs: a rule whose mergeable attributes all become empty is
//     deleted (all of a package's sources were removed).
var kinds = map[string]rule.KindInfo{
	libraryKind: {
		NonEmptyAttrs:  map[string]bool{"srcs": true},
		MergeableAttrs: map[string]bool{"srcs": true, "imports": true},
		ResolveAttrs:   map[string]bool{"deps": true},
	},
	binaryKind: {
		NonEmptyAttrs:  map[string]bool{"srcs": true, "main": true},
		MergeableAttrs: map[string]bool{"srcs": true, "main": true, "imports": true},
		ResolveAttrs:   map[string]bool{"deps": true},
	},
	testKind: {
		NonEmptyAttrs:  map[string]bool{"srcs": true},
		MergeableAttrs: map[string]bool{"srcs": true, "imports": true},
		ResolveAttrs:   map[string]bool{"deps": true},
	},
}

// Kinds returns the kinds of rules the extension generates.
func (*pygoLang) Kinds() map[string]rule.KindInfo { return kinds }

// Loads returns the .bzl file the rules are loaded from by default. The
// pygo_load_label directive changes it (see applyLoadLabel).
func (*pygoLang) Loads() []rule.LoadInfo {
	return []rule.LoadInfo{{
		Name:    defaultLoadLabel,
		Symbols: []string{binaryKind, libraryKind, testKind},
	}}
}
