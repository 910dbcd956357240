package codegen

import (
	"strings"

	"github.com/pygo-dev/pygo/compiler/syntax"
)

// cExtensionModules are modules that exist only as C extensions (in the
// standard library or on PyPI); Pygo cannot compile or provide them.
var cExtensionModules = map[string]string{
	"ctypes":     "it calls C code through libffi",
	"_ctypes":    "it calls C code through libffi",
	"tkinter":    "it wraps the Tcl/Tk C library",
	"_tkinter":   "it wraps the Tcl/Tk C library",
	"numpy":      "it is a C extension",
	"scipy":      "it is a C extension",
	"pandas":     "it is a C extension",
	"torch":      "it is a C extension",
	"tensorflow": "it is a C extension",
	"cython":     "it compiles to C extensions",
	"Cython":     "it compiles to C extensions",
	"lxml":       "it is a C extension",
	"cffi":       "it calls C code",
	"readline":   "it wraps the GNU readline C library",
	"curses":     "it wraps the curses C library",
	"_curses":    "it wraps the curses C library",
}

// check rejects, before any code is generated, the constructs that Pygo
// refuses on purpose: code built at run time (eval, exec, compile) and
// modules that only exist as C extensions.
func check(g *gen, mod *syntax.Module) {
	shadowed := func(name string) bool {
		sym := g.tab.Top.Lookup(name)
		return sym != nil && (sym.IsAssigned() || sym.IsImported())
	}
	syntax.Walk(mod, func(n syntax.Node) bool {
		switch n := n.(type) {
		case *syntax.Call:
			if name, ok := n.Func.(*syntax.Name); ok {
				switch name.Id {
				case "eval", "exec", "compile":
					if !shadowed(name.Id) {
						g.fail(n, "%s() is not supported: Pygo compiles ahead of time and cannot run code built at run time", name.Id)
					}
				}
			}
		case *syntax.Import:
			for _, a := range n.Names {
				checkModule(g, n, a.Name)
			}
		case *syntax.ImportFrom:
			if n.Level == 0 {
				checkModule(g, n, n.Module)
			}
		}
		return true
	})
}

func checkModule(g *gen, n syntax.Node, name string) {
	top := name
	if i := strings.IndexByte(top, '.'); i >= 0 {
		top = top[:i]
	}
	if why, ok := cExtensionModules[top]; ok {
		g.fail(n, "import of %s is not supported: %s, and Pygo compiles Python to Go without a C runtime", name, why)
	}
}
