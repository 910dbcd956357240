package codegen

import (
	"github.com/pygo-dev/pygo/compiler/syntax"
)

// ImportSite is one module an import statement needs, where it is.
type ImportSite struct {
	Module    string // absolute dotted name
	Line, Col int    // Col is 1-based
	// Optional is true for imports a program is prepared to miss: inside
	// a try statement with an ImportError (or broader) handler, or under an
	// if statement (TYPE_CHECKING, version checks).
	Optional bool
}

// ImportSites lists the modules a module imports, with positions, for
// build tools that report unknown modules at compile time. For "from p
// import x" only p is listed (x may be an attribute).
func ImportSites(src []byte, file, module string, isPkg bool) ([]ImportSite, error) {
	mod, err := syntax.Parse(file, src)
	if err != nil {
		return nil, err
	}
	var out []ImportSite
	var walk func(ss []syntax.Stmt, optional bool)
	add := func(n syntax.Node, name string, optional bool) {
		p := n.Position()
		out = append(out, ImportSite{Module: name, Line: p.Lineno, Col: p.ColOffset + 1, Optional: optional})
	}
	walk = func(ss []syntax.Stmt, optional bool) {
		for _, s := range ss {
			switch s := s.(type) {
			case *syntax.Import:
				for _, a := range s.Names {
					add(s, a.Name, optional)
				}
			case *syntax.ImportFrom:
				m, err := resolveRelative(module, isPkg, s.Level, s.Module)
				if err == nil && m != "__future__" {
					add(s, m, optional)
				}
			case *syntax.If:
				walk(s.Body, true)
				walk(s.Orelse, true)
			case *syntax.Try:
				walk(s.Body, optional || catchesImportError(s.Handlers))
				for _, h := range s.Handlers {
					walk(h.Body, optional)
				}
				walk(s.Orelse, optional)
				walk(s.Finalbody, optional)
			case *syntax.For:
				walk(s.Body, optional)
				walk(s.Orelse, optional)
			case *syntax.AsyncFor:
				walk(s.Body, optional)
				walk(s.Orelse, optional)
			case *syntax.While:
				walk(s.Body, optional)
				walk(s.Orelse, optional)
			case *syntax.With:
				walk(s.Body, optional)
			case *syntax.AsyncWith:
				walk(s.Body, optional)
			case *syntax.FunctionDef:
				walk(s.Body, optional)
			case *syntax.AsyncFunctionDef:
				walk(s.Body, optional)
			case *syntax.ClassDef:
				walk(s.Body, optional)
			case *syntax.Match:
				for _, c := range s.Cases {
					walk(c.Body, true)
				}
			}
		}
	}
	walk(mod.Body, false)
	return out, nil
}

// catchesImportError reports whether one of the handlers catches
// ImportError: a bare except, or ImportError, ModuleNotFoundError,
// Exception or BaseException (alone or in a tuple).
func catchesImportError(hs []*syntax.ExceptHandler) bool {
	for _, h := range hs {
		if h.Type == nil {
			return true
		}
		names := []syntax.Expr{h.Type}
		if t, ok := h.Type.(*syntax.Tuple); ok {
			names = t.Elts
		}
		for _, n := range names {
			if id, ok := n.(*syntax.Name); ok {
				switch id.Id {
				case "ImportError", "ModuleNotFoundError", "Exception", "BaseException":
					return true
				}
			}
		}
	}
	return false
}
