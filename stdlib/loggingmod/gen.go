// Package loggingmod provides Python's logging module for Pygo, written
// in Python (py/logging.py, Pygo's own implementation) and compiled to
// Go by pygoc; the generated file is checked in. Regenerate with go
// generate after changing logging.py or the code generator.
//
// Loggers with the dotted-name hierarchy, levels, propagate, filters,
// Handler/StreamHandler/FileHandler/NullHandler, Formatter with %-, {-
// and $-style formats, asctime/datefmt and exception text, LogRecord
// with the caller's file, line and function (taken from the Go call
// stack by _pygo_logging_support), basicConfig, LoggerAdapter, disable
// and shutdown. Handlers lock with threading.RLock, so logging is
// thread-safe. logging.handlers and logging.config are not provided.
package loggingmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module logging -package loggingmod -o logging_gen.go py/logging.py
