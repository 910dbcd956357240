// Package decimalmod provides Python's decimal module for Pygo.
//
// The arithmetic is github.com/cockroachdb/apd/v3, a Go implementation of
// the General Decimal Arithmetic specification — the specification
// CPython's decimal (libmpdec) implements — with arbitrary precision, all
// eight rounding modes and the same conditions (Inexact, Rounded,
// DivisionByZero, ...); a well-kept library (used by CockroachDB, tested
// against the specification's test suite) rather than our own
// reimplementation of numerically delicate code such as exp, ln and power.
// The Go helper module _pygo_decimal (support.go) exposes apd's
// operations on (sign, digits, exponent) triples.
//
// The decimal module itself is written in Python (py/decimal.py) and
// compiled to Go by pygoc; decimal_gen.go is checked in. It holds
// Decimal, Context (precision, rounding, Emin/Emax, flags and traps, with
// CPython's repr), getcontext/setcontext/localcontext (the context is
// per thread), the signal classes with CPython's hierarchy and messages
// ("[<class 'decimal.DivisionByZero'>]"), string conversion (CPython's
// to-sci-string), exact conversion from float, hashing equal to int and
// float hashing, and __format__ for the f/e/g/% types. Regenerate with
//
//	go generate ./stdlib/decimalmod
//
// apd does the arithmetic of add, subtract, multiply, divide, divide-int,
// remainder, power, sqrt, exp, ln and log10; quantize and to_integral
// (whose rounding of values below one unit apd gets wrong) are done here
// on big.Int coefficients; exp, ln, log10 and non-integral powers are
// computed with 12 extra digits and rounded once (half-even for exp, ln and
// log10, as libmpdec), which makes them agree with CPython's correctly
// rounded results; exact quotients and square roots take the
// specification's ideal exponent.
//
// Limits: exponents beyond apd's range (±100000) overflow to Infinity or
// underflow to zero, where CPython's Emax/Emin (±999999) would still hold
// them.
//
// Missing: the logical operations (logical_and ...),
// next_toward, number_class, scaleb, shift, rotate,
// compare_total; the clamp attribute is kept but not applied; comparisons
// with Fraction support == only.
package decimalmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module decimal -package decimalmod -o decimal_gen.go py/decimal.py
