package gazelleext

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// describe renders a file's imports compactly: "line:module[names]?" with
// "?" for optional imports.
func describe(pf *pyFile) []string {
	var out []string
	for _, imp := range pf.Imports {
		s := fmt.Sprintf("%d:%s", imp.Line, imp.Module)
		if len(imp.Names) > 0 {
			s += "[" + strings.Join(imp.Names, ",") + "]"
		}
		if imp.Optional {
			s += "?"
		}
		out = append(out, s)
	}
	return out
}

func parseString(t *testing.T, rel, module, src string) *pyFile {
	t.Helper()
	p := filepath.Join(t.TempDir(), filepath.Base(rel))
	if err := os.WriteFile(p, []byte(src), 0o666); err != nil {
		t.Fatal(err)
	}
	return parseFile(p, rel, module)
}

func TestExtractImports(t *testing.T) {
	tests := []struct {
		name, rel, module, src string
		want                   []string
		main                   bool
		errs                   []string
	}{
		{
			name: "plain", rel: "a/b.py", module: "a.b",
			src:  "import os, sys as system\nimport a.c.d\n",
			want: []string{"1:os", "1:sys", "2:a.c.d"},
		},
		{
			name: "from", rel: "a/b.py", module: "a.b",
			src:  "from x.y import (z,\n    w as v)\nfrom q import *\n",
			want: []string{"1:x.y[z,w]", "3:q"},
		},
		{
			name: "relative in module", rel: "a/b/c.py", module: "a.b.c",
			src:  "from . import d\nfrom .e import f\nfrom .. import g\nfrom ..h.i import j\n",
			want: []string{"1:a.b[d]", "2:a.b.e[f]", "3:a[g]", "4:a.h.i[j]"},
		},
		{
			name: "relative in __init__", rel: "a/b/__init__.py", module: "a.b",
			src:  "from . import c\nfrom .. import d\n",
			want: []string{"1:a.b[c]", "2:a[d]"},
		},
		{
			name: "relative beyond top", rel: "a/b.py", module: "a.b",
			src:  "from ... import x\n",
			errs: []string{`a/b.py:1: attempted relative import beyond top-level package (in "...")`},
		},
		{
			name: "future", rel: "m.py", module: "m",
			src:  "from __future__ import annotations\n",
			want: []string{"1:__future__"},
		},
		{
			name: "nested everywhere", rel: "m.py", module: "m",
			src: `import typing
if typing.TYPE_CHECKING:
    import t1
async def f():
    import t2
    async with x as y:
        async for z in y:
            import t3
class C:
    @decorator
    def g(self):
        while (n := 1):
            import t4
match v:
    case [1, *_]:
        import t5
    case _:
        pass
lambda: __import__("notcounted")
`,
			want: []string{"1:typing", "3:t1", "5:t2", "8:t3", "13:t4", "16:t5"},
		},
		{
			name: "optional", rel: "m.py", module: "m",
			src: `try:
    import fast
    try:
        import inner
    except KeyError:
        pass
except (OSError, ImportError):
    import slow
else:
    import afterwards
finally:
    import always
try:
    import strict
except KeyError:
    pass
try:
    import anything
except:
    pass
`,
			want: []string{"2:fast?", "4:inner?", "8:slow", "10:afterwards", "12:always", "14:strict", "18:anything?"},
		},
		{
			name: "main guard", rel: "m.py", module: "m",
			src:  "import sys\nif __name__ == '__main__':\n    sys.exit(0)\n",
			want: []string{"1:sys"}, main: true,
		},
		{
			name: "main guard reversed", rel: "m.py", module: "m",
			src:  "if '__main__' == __name__:\n    pass\n",
			main: true,
		},
		{
			name: "not a main guard", rel: "m.py", module: "m",
			src: "def f():\n    if __name__ == '__main__':\n        pass\nif __name__ != '__main__':\n    pass\nif __name__ == 'main':\n    pass\n",
		},
		{
			name: "syntax error", rel: "pkg/bad.py", module: "pkg.bad",
			src:  "import os\nx = (\n",
			errs: []string{"pkg/bad.py:2:5: SyntaxError: '(' was never closed"},
		},
		{
			name: "go interop", rel: "m.py", module: "m",
			src:  "import __go__.strings\nfrom __go__.net.http import Get\nfrom __go__ import fmt\n",
			want: []string{"1:__go__.strings", "2:__go__.net.http[Get]", "3:__go__[fmt]"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pf := parseString(t, tc.rel, tc.module, tc.src)
			if got := describe(pf); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("imports = %q, want %q", got, tc.want)
			}
			if pf.HasMain != tc.main {
				t.Errorf("HasMain = %v, want %v", pf.HasMain, tc.main)
			}
			if !reflect.DeepEqual(pf.Errs, tc.errs) {
				t.Errorf("errors = %q, want %q", pf.Errs, tc.errs)
			}
		})
	}
}

func TestIgnoreComments(t *testing.T) {
	src := "# gazelle:ignore a, b.c\nimport x  # gazelle:ignore d\ns = '# not gazelle:ignore e'\n#gazelle:ignore f g\n"
	got := ignoreComments([]byte(src))
	want := map[string]bool{"a": true, "b.c": true, "d": true, "f": true, "g": true}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ignoreComments = %v, want %v", got, want)
	}
}

func TestModuleName(t *testing.T) {
	tests := []struct{ root, rel, want string }{
		{"", "a/b/c.py", "a.b.c"},
		{"", "a/b/__init__.py", "a.b"},
		{"", "top.py", "top"},
		{"src", "src/a/b.py", "a.b"},
		{"src", "src/__init__.py", ""},
	}
	for _, tc := range tests {
		if got, ok := moduleName(tc.root, tc.rel); !ok || got != tc.want {
			t.Errorf("moduleName(%q, %q) = %q, %v; want %q", tc.root, tc.rel, got, ok, tc.want)
		}
	}
	if _, ok := moduleName("src", "other/a.py"); ok {
		t.Errorf("moduleName outside the root succeeded")
	}
}

func TestGoPaths(t *testing.T) {
	got := goPaths("github.com.acme.widgets")
	want := []string{"github/com/acme/widgets", "github.com/acme/widgets", "github.com.acme/widgets"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("goPaths = %q, want %q", got, want)
	}
	if p := likelyGoPath("github.com.acme.widgets"); p != "github.com/acme/widgets" {
		t.Errorf("likelyGoPath = %q", p)
	}
	if p := likelyGoPath("net.http"); p != "net/http" {
		t.Errorf("likelyGoPath = %q", p)
	}
}
