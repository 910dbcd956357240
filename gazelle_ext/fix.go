package gazelleext

import (
	"github.com/bazelbuild/bazel-gazelle/config"
	"github.com/bazelbuild/bazel-gazelle/rule"
)

// Fix repairs outdated uses of the extension's rules in f before rules are
// generated. There is no outdated form yet: the rules and their attributes
// are the first version. The method exists so that future renames (for
// example of an attribute) have one place to live, guarded by c.ShouldFix
// as Gazelle requires for changes that delete or rename rules.
func (*pygoLang) Fix(c *config.Config, f *rule.File) {}
