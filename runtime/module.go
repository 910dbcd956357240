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
}

// Module is a module object.
type Module struct {
	Name string
	Dict *Dict // the module's globals
	Def  *ModuleDef

	once  sync.Mutex
	state int // 0 new, 1 running, 2 done, 3 failed
}

// Type returns ModuleType.
func (m *Module) Type() *Type { return ModuleType }

var (
	registryMu sync.RWMutex
	registry   = map[string]*ModuleDef{}
	modulesMu  sync.Mutex
	// modules is sys.modules: imported (or importing) modules by name.
	modules = map[string]*Module{}
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

// funcSpansFor returns the registered function spans for a source file
// (used by traceback printing).
func moduleDefForFile(file string) *ModuleDef {
	registryMu.RLock()
	defer registryMu.RUnlock()
	for _, d := range registry {
		if d.File == file {
			return d
		}
	}
	return nil
}
