package collectionsmod

// The parts of collections written in Python (collections.abc and the
// ChainMap/UserDict/UserList/UserString classes) are compiled to Go by
// pygoc; the generated files are checked in. Regenerate after changing
// py/*.py or the code generator:
//
//go:generate go run ../../compiler/cmd/pygoc transpile -module collections.abc -package collectionsmod -o abc_gen.go py/collections_abc.py
//go:generate go run ../../compiler/cmd/pygoc transpile -module _pygo_collections -package collectionsmod -o extra_gen.go py/collections_extra.py
