// Package fractionsmod provides Python's fractions module for Pygo: the
// Fraction class (exact arithmetic with ints, floats and complex numbers,
// construction from int/float/Decimal/str/Rational, limit_denominator,
// CPython's repr/str and a hash equal to that of equal ints and floats),
// written in Python (py/fractions.py) and compiled to Go by pygoc;
// fractions_gen.go is checked in. Regenerate after changing the source:
//
//	go generate ./stdlib/fractionsmod
//
// The string syntax is parsed by hand (CPython uses a regular expression)
// with the same accepted forms: optional sign, digits with underscores,
// "/denominator", or a decimal fraction and exponent, surrounded by
// whitespace.
package fractionsmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module fractions -package fractionsmod -o fractions_gen.go py/fractions.py
