// Package py is Pygo's run-time: the Python 3.11 object model in Go, used by
// the Go code that the compiler generates and by Go-native standard modules.
//
// # Values
//
// Every Python value is an Object: a Go value whose Type method returns its
// Python type. Immutable built-in values are plain Go values with no header,
// so they cost no more than Go needs to hold them:
//
//	int        Int (int64 value type) or *BigInt (only outside int64's range)
//	bool       Bool (True, False)
//	float      Float (float64 value type)
//	complex    Complex
//	str        *Str (UTF-8 text, cached hash, O(1) indexing for ASCII)
//	bytes      *Bytes
//	tuple      *Tuple
//	NoneType   None (a *NoneType), NotImplemented, Ellipsis
//
// Mutable containers synchronise themselves (see "No GIL" below):
//
//	list *List, dict *Dict, set *Set, frozenset *FrozenSet, bytearray *ByteArray
//
// Instances of classes defined in Python are *Instance values: a type pointer,
// an instance dict, and — for subclasses of built-in types such as int, str,
// list or dict — the built-in value they extend (Instance.Base). Exceptions
// are *BaseException for built-in and user-defined exception classes alike,
// so that one Go type is both a Python object and a Go error.
//
// # Types and slots
//
// A *Type carries a Slots table: Go functions for each protocol (repr, hash,
// compare, binary operators, call, iteration, attribute access, ...). Built-in
// types fill slots with Go functions; a class statement fills the slots from
// the special methods it defines (__add__, __eq__, __iter__, ...) and inherits
// the rest along its MRO, so `int` and a class defining __add__ dispatch the
// same way. Operations (Add, GetAttr, Call, ...) are package functions that
// check the common exact built-in types first and then use the slots.
//
// # Calls
//
// Every call takes the calling Python thread, *Thread, first. Functions have
// fixed-arity entry points (Fast0..Fast3) that take arguments as Go
// parameters, so calling a function with a few positional arguments
// allocates nothing; Call binds arbitrary positional and keyword arguments
// against a Signature and then uses the general entry point.
//
// # Errors
//
// A Python exception is a Go error of type *BaseException, returned, never
// panicked. Go panics are for broken invariants only; a panic crossing a
// Python call boundary is turned into a Python exception (SystemError or
// the matching exception) by the frame that recovers it.
// Tracebacks come from the Go call stack captured when an exception is
// raised: generated code carries //line directives naming Python files and
// lines, and each module registers the line spans of its functions so that
// frames can be named as CPython names them.
//
// # No GIL
//
// Python threads are goroutines and run in parallel. Immutable values need
// no locking. list, dict, set, bytearray and instance dicts hold a mutex
// for each operation, so operations that are atomic in CPython (list.append,
// d[k] = v, dict.setdefault, ...) stay atomic, and no Go data race is
// possible through the Python API.
//
// # Attributes, descriptors and special methods
//
// Attribute lookup follows CPython: GetAttr calls the type's GetAttr slot,
// which for ordinary objects is GenericGetAttr (data descriptors on the
// type, then the instance dict, then other class attributes; see attr.go).
// Built-in types expose methods as descriptors in their Type.Dict
// (DefMethod, DefGetter, ... in descr.go), and every slot a built-in type
// implements is also visible as its special method (int.__add__, a
// SlotWrapper). Classes are created by MakeClass/TypeNew (class.go): C3
// MRO, __slots__, __set_name__, __init_subclass__, metaclasses. Each slot
// of a class is either inherited from the built-in type in its MRO that
// implements it (unwrapping Instance.Base) or a dispatcher that calls the
// Python special method found on type(self) (slots.go); assigning a special
// method to a class later recomputes the slots of it and its subclasses.
//
// Lookups are cached: Type.Lookup memoises MRO searches per type version
// (Type.Modified bumps the version of a class and its subclasses), and
// generated code keeps an AttrCache per attribute site and a GlobalCache
// per global-name site, both validated by versions and published through
// atomic pointers.
//
// # Generators, imports, program start
//
// Generators and coroutines run their bodies as Go coroutines (iter.Pull,
// generator.go); send/throw/close follow CPython, including GeneratorExit
// and StopIteration-to-RuntimeError. Modules run once on first import
// (import.go), with CPython's circular-import behaviour; Main runs the
// entry module as __main__ (main.go).
package py
