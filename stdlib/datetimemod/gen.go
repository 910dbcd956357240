// Package datetimemod provides Python's datetime module for Pygo, written
// in Python (py/datetime.py, Pygo's own implementation) and compiled to
// Go by pygoc; the generated file is checked in. Regenerate with go
// generate after changing datetime.py or the code generator.
//
// date, time, datetime, timedelta, tzinfo and timezone with CPython 3.11's
// arithmetic, comparisons, repr/str, isoformat/fromisoformat, strftime
// (every directive is formatted here, in the C locale) and strptime
// (the common directives). Local time comes from the time module.
package datetimemod

//go:generate go run ../../compiler/cmd/pygoc transpile -module datetime -package datetimemod -o datetime_gen.go py/datetime.py
