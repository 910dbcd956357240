// Command gazelle_pygo is Gazelle (update command) with the Go, proto and
// Pygo languages, run by Pygo's own driver so that problems the Pygo
// extension reports (unresolvable imports, syntax errors) make it exit 1.
//
//	gazelle_pygo [-repo_root DIR] [-mode fix|print] [gazelle flags] [DIR...]
//
// `bazel run //:gazelle` (a gazelle_binary) generates the same BUILD files
// but exits 0 after logging such problems, as Gazelle v0.27 does.
package main

import (
	"os"

	"github.com/bazelbuild/bazel-gazelle/language"
	golang "github.com/bazelbuild/bazel-gazelle/language/go"
	"github.com/bazelbuild/bazel-gazelle/language/proto"

	gazelleext "github.com/pygo-dev/pygo/gazelle_ext"
	"github.com/pygo-dev/pygo/gazelle_ext/driver"
)

func main() {
	wd := os.Getenv("BUILD_WORKSPACE_DIRECTORY")
	if wd == "" {
		var err error
		if wd, err = os.Getwd(); err != nil {
			os.Stderr.WriteString(err.Error() + "\n")
			os.Exit(1)
		}
	}
	os.Exit(driver.Run(wd, os.Args[1:], driver.Options{
		Languages: []language.Language{proto.NewLanguage(), golang.NewLanguage(), gazelleext.NewLanguage()},
	}))
}
