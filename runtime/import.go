package py

// The import system: modules are looked up by dotted name in the registry
// of linked modules and run once, with CPython's behaviour for packages,
// circular imports (the importing thread sees the partially initialised
// module) and concurrent imports (other threads wait for the body).

import (
	"strings"
	"sync"
)

var (
	// importMu guards sys.modules updates and module states.
	importMu sync.Mutex
	// SysModules is sys.modules.
	SysModules = NewDict()
)

// root returns the real thread behind a generator's thread.
func (th *Thread) root() *Thread {
	for th.parent != nil {
		th = th.parent
	}
	return th
}

// ImportModule imports the module with the given dotted name (and its
// parent packages) and returns it.
func ImportModule(th *Thread, name string) (Object, error) {
	if m := SysModules.GetStr(NewStr(name)); m != nil {
		if mod, ok := m.(*Module); !ok || mod.isReady(th) {
			if m == None {
				return nil, moduleNotFound(name, "import of "+name+" halted; None in sys.modules")
			}
			return m, nil
		}
	}
	var parent Object
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		p, err := ImportModule(th, name[:i])
		if err != nil {
			return nil, err
		}
		parent = p
		// Importing the parent may have imported this module.
		if m := SysModules.GetStr(NewStr(name)); m != nil {
			if mod, ok := m.(*Module); !ok || mod.isReady(th) {
				return m, nil
			}
		}
		if pm, ok := p.(*Module); ok && pm.Def != nil && !pm.Def.IsPkg {
			return nil, moduleNotFound(name, "No module named '"+name+"'; '"+name[:i]+"' is not a package")
		}
	}
	m, err := loadModule(th, name)
	if err != nil {
		return nil, err
	}
	if parent != nil {
		if err := SetAttr(th, parent, NewStr(name[strings.LastIndexByte(name, '.')+1:]), m); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// isReady reports whether m can be returned to th: fully imported, or
// being imported by th itself (a circular import). Otherwise it waits for
// the importing thread to finish.
func (m *Module) isReady(th *Thread) bool {
	importMu.Lock()
	state, importer, done := m.state, m.importer, m.done
	importMu.Unlock()
	if state != modRunning || importer == th.root() {
		return true
	}
	<-done
	return true
}

func moduleNotFound(name, msg string) error {
	return NewImportError(ModuleNotFoundErrorType, NewStr(name), nil, "%s", msg)
}

// loadModule runs a registered module's body, once.
func loadModule(th *Thread, name string) (Object, error) {
	key := NewStr(name)
	importMu.Lock()
	if existing := SysModules.GetStr(key); existing != nil {
		importMu.Unlock()
		if mod, ok := existing.(*Module); ok {
			mod.isReady(th)
			if SysModules.GetStr(key) == nil {
				return loadModule(th, name)
			}
		}
		return existing, nil
	}
	def := LookupModuleDef(name)
	if def == nil {
		importMu.Unlock()
		return nil, moduleNotFound(name, "No module named '"+name+"'")
	}
	m := newModuleFromDef(name, def)
	m.state = modRunning
	m.importer = th.root()
	m.done = make(chan struct{})
	SysModules.SetStr(key, m)
	importMu.Unlock()

	err := runModuleBody(th, m)

	importMu.Lock()
	if err != nil {
		m.state = modFailed
		SysModules.DelStr(key)
	} else {
		m.state = modDone
	}
	m.importer = nil
	close(m.done)
	importMu.Unlock()
	if err != nil {
		return nil, err
	}
	// A module may replace itself in sys.modules.
	if v := SysModules.GetStr(key); v != nil {
		return v, nil
	}
	return m, nil
}

// newModuleFromDef creates the module object for def, named name.
func newModuleFromDef(name string, def *ModuleDef) *Module {
	m := NewModule(name)
	m.state = modNew
	m.Def = def
	if def.Doc != "" {
		m.Dict.SetStr(cnDnDoc, NewStr(def.Doc))
	}
	if def.File != "" {
		m.Dict.SetStr(cnDnFile, NewStr(def.File))
	}
	pkg := ""
	if def.IsPkg {
		pkg = def.Name
		dir := def.File
		if i := strings.LastIndexByte(dir, '/'); i >= 0 {
			dir = dir[:i]
		}
		m.Dict.SetStr(cnDnPath, NewList([]Object{NewStr(dir)}))
	} else if i := strings.LastIndexByte(def.Name, '.'); i >= 0 {
		pkg = def.Name[:i]
	}
	if name == "__main__" && pkg == "" {
		m.Dict.SetStr(cnDnPackage, None)
	} else {
		m.Dict.SetStr(cnDnPackage, NewStr(pkg))
	}
	m.Dict.SetStr(cnDnBuiltins, builtinsModule)
	return m
}

// runModuleBody runs the module's body, turning a Go panic into a Python
// exception.
func runModuleBody(th *Thread, m *Module) (err error) {
	if m.Def.Body == nil {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = PanicError(r)
		}
	}()
	// The module body is a frame for the recursion limit, as in CPython.
	th.depth++
	defer func() { th.depth-- }()
	return m.Def.Body(th, m)
}

// ImportTop implements `import a.b.c`: it imports a, a.b and a.b.c and
// returns the top-level package a.
func ImportTop(th *Thread, name string) (Object, error) {
	if _, err := ImportModule(th, name); err != nil {
		return nil, err
	}
	top := name
	if i := strings.IndexByte(name, '.'); i >= 0 {
		top = name[:i]
	}
	if m := SysModules.GetStr(NewStr(top)); m != nil {
		return m, nil
	}
	return ImportModule(th, top)
}

// ImportName implements `import a.b.c as x` and the module part of `from
// a.b import c`: it returns module a.b.c itself.
func ImportName(th *Thread, name string) (Object, error) {
	return ImportModule(th, name)
}

// ImportFrom implements `from mod import name`: the attribute, else the
// submodule mod.name, else ImportError.
func ImportFrom(th *Thread, mod Object, name *Str) (Object, error) {
	v, err := GetAttrOpt(th, mod, name)
	if err != nil || v != nil {
		return v, err
	}
	m, _ := mod.(*Module)
	modName := ""
	if s, ok := mustGetStr(th, mod, "__name__"); ok {
		modName = s
	}
	if modName != "" {
		full := modName + "." + name.String()
		if sub := SysModules.GetStr(NewStr(full)); sub != nil {
			return sub, nil
		}
		if m != nil && m.Def != nil && m.Def.IsPkg && LookupModuleDef(full) != nil {
			return ImportModule(th, full)
		}
	}
	where := "unknown location"
	if m != nil && m.file() != "" {
		where = m.file()
	}
	var e *BaseException
	if m != nil && m.initializing() {
		e = NewError(ImportErrorType, "cannot import name '%s' from partially initialized module '%s' (most likely due to a circular import) (%s)",
			name.String(), modName, where)
	} else {
		e = NewError(ImportErrorType, "cannot import name '%s' from '%s' (%s)", name.String(), modName, where)
	}
	e.SetAttr("name", NewStr(modName))
	if where != "unknown location" {
		e.SetAttr("path", NewStr(where))
	}
	return nil, e
}

func mustGetStr(th *Thread, o Object, attr string) (string, bool) {
	v, err := GetAttrOpt(th, o, Intern(attr))
	if err != nil || v == nil {
		return "", false
	}
	s, ok := v.(*Str)
	if !ok {
		return "", false
	}
	return s.String(), true
}

// ImportStar implements `from mod import *` into globals: the names in
// __all__, else every public name.
func ImportStar(th *Thread, mod Object, globals *Dict) error {
	all, err := GetAttrOpt(th, mod, cnDnAll)
	if err != nil {
		return err
	}
	if all != nil {
		names, err := collect(th, all)
		if err != nil {
			return err
		}
		for _, n := range names {
			s, ok := n.(*Str)
			if !ok {
				return NewError(TypeErrorType, "Item in %s.__all__ must be str, not %s", moduleNameOf(th, mod), n.Type().Name)
			}
			v, err := GetAttrOpt(th, mod, s)
			if err != nil {
				return err
			}
			if v == nil {
				if v, err = ImportFrom(th, mod, s); err != nil {
					return NewError(AttributeErrorType, "module '%s' has no attribute '%s'", moduleNameOf(th, mod), s.String())
				}
			}
			globals.SetStr(s, v)
		}
		return nil
	}
	d := instanceDict(mod, false)
	if d == nil {
		return NewError(ImportErrorType, "from-import-* object has no __dict__ and no __all__")
	}
	keys, vals := d.Items()
	for i, k := range keys {
		s, ok := k.(*Str)
		if !ok || strings.HasPrefix(s.String(), "_") {
			continue
		}
		globals.SetStr(s, vals[i])
	}
	return nil
}

func moduleNameOf(th *Thread, mod Object) string {
	s, _ := mustGetStr(th, mod, "__name__")
	return s
}

// Import implements __import__(name, globals, locals, fromlist, level)
// for absolute imports.
func Import(th *Thread, name string, fromlist bool) (Object, error) {
	if fromlist {
		return ImportName(th, name)
	}
	return ImportTop(th, name)
}
