package resolve

// The second pass: decide each name's Binding from the flags collected by
// the first pass (symtable.c's analyze_block and its helpers).

import (
	"fmt"
	"sort"
)

// nameSet is a set of names.
type nameSet map[string]bool

func (s nameSet) addAll(t nameSet) {
	for k := range t {
		s[k] = true
	}
}

func (s nameSet) clone() nameSet {
	c := make(nameSet, len(s))
	c.addAll(s)
	return c
}

// analyzer carries the file name for error messages.
type analyzer struct{ filename string }

func analyze(t *Table) {
	a := analyzer{t.Filename}
	a.block(t.Top, nil, nameSet{}, nameSet{})
}

// block analyzes scope s. bound holds the names bound in enclosing function
// scopes (nil for the module), global the names declared global in
// enclosing scopes. Names free in s or its children that s does not bind
// are added to free.
func (a analyzer) block(s *Scope, bound, free, global nameSet) {
	local := nameSet{}
	bindings := map[string]Binding{}
	newGlobal, newFree, newBound := nameSet{}, nameSet{}, nameSet{}

	// A class body's names are not visible in its methods, so what
	// children see is fixed before the class's own names are analyzed.
	if s.Kind == ClassScope {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for _, name := range s.Names {
		a.name(s, bindings, name, s.Symbols[name].Flags, bound, local, free, global)
	}
	if s.Kind != ClassScope {
		if s.Kind == FunctionScope {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		// Methods may refer to the implicit __class__ cell.
		newBound["__class__"] = true
	}

	allFree := nameSet{}
	for _, c := range s.Children {
		childFree := newFree.clone()
		a.block(c, newBound.clone(), childFree, newGlobal.clone())
		allFree.addAll(childFree)
		if c.HasFree || c.ChildHasFree {
			s.ChildHasFree = true
		}
	}
	newFree.addAll(allFree)

	switch s.Kind {
	case FunctionScope:
		// Locals that children use free become cells.
		for name, b := range bindings {
			if b == Local && newFree[name] {
				bindings[name] = Cell
				delete(newFree, name)
			}
		}
	case ClassScope:
		if newFree["__class__"] {
			delete(newFree, "__class__")
			s.NeedsClassCell = true
		}
	}
	updateSymbols(s, bindings, bound, newFree)
	free.addAll(newFree)
}

// name decides the binding of one name (analyze_name).
func (a analyzer) name(s *Scope, bindings map[string]Binding, name string, flags Flags,
	bound, local, free, global nameSet) {
	switch {
	case flags&DefGlobal != 0:
		if flags&DefNonlocal != 0 {
			a.errorAtDirective(s, name, fmt.Sprintf(msgNonlocalAndGlobal, name))
		}
		bindings[name] = GlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&DefNonlocal != 0:
		if bound == nil {
			a.errorAtDirective(s, name, msgNonlocalAtModuleLevel)
		}
		if !bound[name] {
			a.errorAtDirective(s, name, fmt.Sprintf(msgNoBindingForNonlocal, name))
		}
		bindings[name] = Free
		s.HasFree = true
		free[name] = true
	case flags&DefBound != 0:
		bindings[name] = Local
		local[name] = true
		delete(global, name)
	case bound[name]:
		// Bound in an enclosing function: a free variable.
		bindings[name] = Free
		s.HasFree = true
		free[name] = true
	case global[name]:
		bindings[name] = GlobalImplicit
	default:
		if s.Nested {
			s.HasFree = true
		}
		bindings[name] = GlobalImplicit
	}
}

// errorAtDirective raises msg at the first global/nonlocal declaration of
// name in s.
func (a analyzer) errorAtDirective(s *Scope, name, msg string) {
	for _, d := range s.directives {
		if d.name == name {
			errorAt(a.filename, d.pos, msg)
		}
	}
	panic("resolve: no directive for " + name)
}

// updateSymbols stores the bindings and adds the names that children need
// free but that s neither binds nor declares (update_symbols): they pass
// through s as Free so the closure can reach the children.
func updateSymbols(s *Scope, bindings map[string]Binding, bound, free nameSet) {
	for _, name := range s.Names {
		s.Symbols[name].Binding = bindings[name]
	}
	names := make([]string, 0, len(free))
	for name := range free {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if sym := s.Symbols[name]; sym != nil {
			// A method's free variable that the class body also binds
			// or declares global.
			if s.Kind == ClassScope && sym.Flags&(DefBound|DefGlobal) != 0 {
				sym.Flags |= DefFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue // a global
		}
		sym := newSymbol(s, name)
		sym.Binding = Free
	}
}
