// Package typingmod provides Python's typing module for Pygo, written in
// Python (py/typing.py) and compiled to Go by pygoc; the generated file
// is checked in. Regenerate with go generate after changing typing.py or
// the code generator.
//
// Everything a program uses at run time works as in CPython: Any,
// Optional, Union, List/Dict/... aliases and their subscriptions (with
// CPython's repr), Callable, TypeVar, Generic, Protocol and
// runtime_checkable, NamedTuple and TypedDict (class and functional
// syntax), Literal, Final, ClassVar, Annotated, NewType, cast, overload,
// final, get_origin, get_args and TYPE_CHECKING = False. get_type_hints
// returns the annotations without evaluating string (forward)
// references, since Pygo has no eval.
package typingmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module typing -package typingmod -o typing_gen.go py/typing.py
