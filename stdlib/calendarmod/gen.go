// Package calendarmod provides Python's calendar module for Pygo, written
// in Python (py/calendar.py, Pygo's own implementation) and compiled to
// Go by pygoc; the generated file is checked in. Regenerate with go
// generate after changing calendar.py or the code generator.
//
// isleap, leapdays, weekday, monthrange, monthcalendar, month/prmonth,
// calendar/prcal, timegm, the day and month names (English, as CPython's
// C locale), Calendar and TextCalendar. HTMLCalendar and the locale
// calendars are not provided.
package calendarmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module calendar -package calendarmod -o calendar_gen.go py/calendar.py
