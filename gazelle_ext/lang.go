package gazelleext

import (
	"fmt"
	"sync"

	"github.com/bazelbuild/bazel-gazelle/label"
	"github.com/bazelbuild/bazel-gazelle/language"
	"github.com/bazelbuild/bazel-gazelle/rule"
)

// languageName is the extension's name: Gazelle's `# gazelle:lang pygo` and
// `-lang pygo` select it.
const languageName = "pygo"

// importLang is the language part of the import specs the extension indexes
// and looks up. It is "py" so that `# gazelle:resolve py MODULE LABEL`
// overrides Python imports, as with rules_python's extension.
const importLang = "py"

// pygoLang implements language.Language for Pygo.
type pygoLang struct {
	// stdlib is the set of modules Pygo's standard library provides.
	stdlib map[string]bool

	mu     sync.Mutex
	errors int // problems reported so far (see Errors)
}

// NewLanguage returns the Pygo language extension. gazelle_binary calls it.
func NewLanguage() language.Language {
	return &pygoLang{stdlib: loadStdlibModules("")}
}

// Name returns "pygo".
func (*pygoLang) Name() string { return languageName }

// Embeds returns nothing: Pygo rules do not embed other rules.
func (*pygoLang) Embeds(r *rule.Rule, from label.Label) []label.Label { return nil }

// Errors returns how many problems (unresolvable imports, syntax errors, bad
// directives) the extension has reported on Gazelle's log. Gazelle v0.27
// gives a language no way to change the exit code, so the Pygo driver
// (driver.Run, cmd/gazelle_pygo) calls this at the end of a run and exits 1
// if it is not zero.
func (l *pygoLang) Errors() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.errors
}

// errorf reports a problem on Gazelle's log and counts it.
func (l *pygoLang) errorf(format string, args ...interface{}) {
	l.mu.Lock()
	l.errors++
	l.mu.Unlock()
	logf("%s", fmt.Sprintf(format, args...))
}

// warnf reports something the user should know that is not an error.
func (l *pygoLang) warnf(format string, args ...interface{}) {
	logf("%s", fmt.Sprintf(format, args...))
}
