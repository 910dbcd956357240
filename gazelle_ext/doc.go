// Package gazelleext is Pygo's Gazelle language extension: it generates
// py_go_library, py_go_binary and py_go_test rules for Python sources, from
// the imports that Pygo's own parser (compiler/syntax) finds in them.
//
// The extension follows the layout of Gazelle's own languages, one file per
// concern:
//
//	lang.go      the language.Language value and error reporting
//	config.go    directives (# gazelle:pygo_*) and per-directory configuration
//	kinds.go     rule kinds, how their attributes merge, the .bzl to load
//	generate.go  rules from the .py files of a directory
//	imports.go   import extraction from the AST, main-guard detection
//	resolve.go   imports to labels: overrides, first-party, stdlib, Go, error
//	fix.go       migrations of outdated rules (none yet)
//	stdlib.go    Pygo's standard-library module list (stdlib/MODULES)
//
// README.md documents the rules generated and every directive. Gazelle v0.27
// is the supported version (it runs on the Bazel 4.2.3 used here); the
// package uses only bazel-gazelle's packages, compiler/syntax and Go's
// standard library, so a gazelle_binary can link it.
//
// Errors (unresolvable imports, syntax errors, bad directives) go to
// Gazelle's log, which is stderr, and are counted; see pygoLang.Errors for
// how the exit code is set.
package gazelleext
