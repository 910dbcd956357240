package py

import (
	"sort"
	"sync"
)

// FuncSpan names the Python function whose body covers lines
// [Start, End] of a module's source; tracebacks use it to name frames.
type FuncSpan struct {
	Start, End int
	Name       string // co_name as CPython prints it: "f", "<lambda>", "<listcomp>", "<module>"
}

// ModuleDef describes a module linked into the binary: a compiled Python
// module (Source non-empty) or a Go-native one.
type ModuleDef struct {
	Name   string // dotted name, e.g. "a.b.c"
	File   string // source path as CPython would show it in tracebacks
	Source string // the Python source, for traceback lines ("" for Go-native modules)
	IsPkg  bool   // a package (__init__.py): submodules may be imported from it
	Funcs  []FuncSpan
	Body   func(th *Thread, m *Module) error // runs the module body / fills the namespace
	Doc    string                            // __doc__ of a Go-native module
}

// Module is a module object.
type Module struct {
	Name string
	Dict *Dict // the module's globals
	Def  *ModuleDef

	// Import state, guarded by importMu: the body runs once; threads other
	// than the importing one wait on done; the importing thread itself
	// (a circular import) gets the partially initialised module.
	state    int // 0 new, 1 running, 2 done, 3 failed
	importer *Thread
	done     chan struct{}
	typ      *Type // a subclass of ModuleType, if any
}

// Module states.
const (
	modNew = iota
	modRunning
	modDone
	modFailed
)

// Type returns ModuleType.
func (m *Module) Type() *Type {
	if m.typ != nil {
		return m.typ
	}
	return ModuleType
}

// NewModule creates an empty module object named name (not registered in
// sys.modules), with __name__, __doc__, __package__, __loader__ and
// __spec__ set as types.ModuleType does.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict(), state: modDone}
	m.Dict.SetStr(cnDnName, NewStr(name))
	m.Dict.SetStr(cnDnDoc, None)
	m.Dict.SetStr(cnDnPackage, None)
	m.Dict.SetStr(cnDnLoader, None)
	m.Dict.SetStr(cnDnSpec, None)
	return m
}

// initializing reports whether the module body is still running.
func (m *Module) initializing() bool {
	importMu.Lock()
	defer importMu.Unlock()
	return m.state == modRunning
}

// file returns __file__ as a Go string ("" if unknown).
func (m *Module) file() string {
	if s, ok := m.Dict.GetStr(cnDnFile).(*Str); ok {
		return s.String()
	}
	return ""
}

var (
	registryMu sync.RWMutex
	registry   = map[string]*ModuleDef{}
)

// RegisterModule makes a module importable. Generated code and Go-native
// modules call it from init(); the module body runs on first import.
func RegisterModule(def *ModuleDef) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if _, dup := registry[def.Name]; dup {
		panic("py: module " + def.Name + " registered twice")
	}
	registry[def.Name] = def
}

// LookupModuleDef returns the registered definition of a module, or nil.
func LookupModuleDef(name string) *ModuleDef {
	registryMu.RLock()
	defer registryMu.RUnlock()
	return registry[name]
}

// RegisteredModules returns the names of all modules linked into the binary, sorted.
func RegisteredModules() []string {
	registryMu.RLock()
	defer registryMu.RUnlock()
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ModuleDefForFile returns the definition of the module whose source is
// file (used by traceback printing), or nil.
func ModuleDefForFile(file string) *ModuleDef {
	registryMu.RLock()
	defer registryMu.RUnlock()
	for _, d := range registry {
		if d.File == file {
			return d
		}
	}
	return nil
}

func init() {
	ModuleType.Slots.GetAttr = func(th *Thread, o Object, name *Str) (Object, error) {
		v, err := GenericGetAttr(th, o, name)
		if v != nil || err != nil {
			return v, err
		}
		m := o.(*Module)
		if ga := m.Dict.GetStr(cnDnGetattr); ga != nil {
			return Call1(th, ga, name)
		}
		return nil, nil
	}
	ModuleType.Slots.Repr = func(th *Thread, o Object) (Object, error) {
		m := o.(*Module)
		name := m.Name
		if s, ok := m.Dict.GetStr(cnDnName).(*Str); ok {
			name = s.String()
		}
		if f := m.file(); f != "" {
			return NewStr("<module '" + name + "' from '" + f + "'>"), nil
		}
		return NewStr("<module '" + name + "' (built-in)>"), nil
	}
	ModuleType.Slots.New = func(th *Thread, cls *Type, args []Object, kw *KwArgs) (Object, error) {
		a, err := ParseArgs("module", args, kw, []string{"name", "doc"}, 1)
		if err != nil {
			return nil, err
		}
		s, ok := a[0].(*Str)
		if !ok {
			return nil, NewError(TypeErrorType, "module.__init__() argument 'name' must be str, not %s", a[0].Type().Name)
		}
		m := NewModule(s.String())
		if a[1] != nil {
			m.Dict.SetStr(cnDnDoc, a[1])
		}
		if cls != ModuleType {
			m.typ = cls
		}
		return m, nil
	}
	ModuleType.Slots.Init = func(th *Thread, self Object, args []Object, kw *KwArgs) error { return nil }
	DefGetter(ModuleType, "__dict__", func(th *Thread, self Object) (Object, error) { return self.(*Module).Dict, nil })
	DefMethod(ModuleType, "__dir__", func(th *Thread, self Object, args []Object, kw *KwArgs) (Object, error) {
		m := self.(*Module)
		if d := m.Dict.GetStr(cnDnDir); d != nil {
			return Call0(th, d)
		}
		names := map[string]bool{}
		for _, k := range m.Dict.Keys() {
			if s, ok := k.(*Str); ok {
				names[s.String()] = true
			}
		}
		return sortedNameList(names), nil
	})
}
