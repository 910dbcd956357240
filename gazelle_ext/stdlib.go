package gazelleext

import (
	_ "embed" // for the module lists
	"os"
	"path/filepath"
	"strings"
)

// Pygo's standard library is listed in stdlib/MODULES (one module per line).
// The extension reads that file from the repository root when it exists, so
// a repository that carries Pygo's sources sees its own list; elsewhere (a
// user's repository that loads Pygo as an external repository) it uses the
// copy embedded here, which `go generate` refreshes from stdlib/MODULES.

//go:generate sh -c "if test -f ../stdlib/MODULES; then cp ../stdlib/MODULES stdlib_modules.txt; fi"
//go:generate sh -c "go list std | grep -v -e internal -e vendor > go_std_packages.txt"

//go:embed stdlib_modules.txt
var embeddedStdlibModules string

// goStdPackages lists the import paths of Go's standard library, for
// Go interop imports (`import __go__.strings`) that need no dependency.
//
//go:embed go_std_packages.txt
var goStdPackagesText string

var goStdPackages = parseList(goStdPackagesText)

// stdlibModulesFile is where a repository lists Pygo's standard modules.
const stdlibModulesFile = "stdlib/MODULES"

// loadStdlibModules returns the standard module set: repoRoot's
// stdlib/MODULES if readable, else the embedded list.
// __future__ is always in the set: its imports are compiler directives,
// which Pygo's compiler handles itself.
func loadStdlibModules(repoRoot string) map[string]bool {
	text := embeddedStdlibModules
	if repoRoot != "" {
		if b, err := os.ReadFile(filepath.Join(repoRoot, filepath.FromSlash(stdlibModulesFile))); err == nil {
			text = string(b)
		}
	}
	set := parseList(text)
	set["__future__"] = true
	return set
}

// parseList parses a list with one name per line; blank lines and lines
// starting with # are skipped.
func parseList(text string) map[string]bool {
	set := make(map[string]bool)
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		set[line] = true
	}
	return set
}
