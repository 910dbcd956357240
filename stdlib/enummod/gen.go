// Package enummod provides Python's enum module for Pygo, written in
// Python (py/enum.py, Pygo's own implementation) and compiled to Go by
// pygoc; the generated file is checked in. Regenerate with go generate
// after changing enum.py or the code generator.
//
// Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto, unique, member,
// nonmember, the functional API (Enum('Color', 'RED GREEN')) and
// _missing_/_generate_next_value_ behave as in CPython 3.11. Limits: the
// class body is a plain dict (a metaclass __prepare__ cannot intercept
// assignments in Pygo), so reusing a member name in the body is not an
// error and _ignore_ only filters names afterwards; Flag's STRICT
// boundary reports invalid values as "X is not a valid Perm" without
// CPython's bit diagram.
package enummod

//go:generate go run ../../compiler/cmd/pygoc transpile -module enum -package enummod -o enum_gen.go py/enum.py
