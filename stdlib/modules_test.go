package stdlib

import (
	"os"
	"strings"
	"testing"

	py "github.com/pygo-dev/pygo/runtime"
)

// TestModulesFileMatchesRegistry checks that stdlib/MODULES (read by the
// pygo command, the Bazel rules' import checks and the Gazelle extension)
// lists exactly the modules that linking this package registers.
func TestModulesFileMatchesRegistry(t *testing.T) {
	data, err := os.ReadFile("MODULES")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			listed[l] = true
		}
	}
	registered := map[string]bool{}
	for _, n := range py.RegisteredModules() {
		registered[n] = true
		if !listed[n] {
			t.Errorf("module %q is registered but missing from stdlib/MODULES", n)
		}
	}
	// Listed but not registered: builtins and sys (the runtime's own) and
	// submodules that their parent puts into sys.modules (os.path):
	// importing them must work.
	th := py.NewThread()
	for n := range listed {
		if registered[n] {
			continue
		}
		if _, err := py.ImportModule(th, n); err != nil {
			t.Errorf("stdlib/MODULES lists %q, which no linked package provides: %v", n, err)
		}
	}
}
