// Package tempfilemod provides Python's tempfile and shutil modules for
// Pygo.
//
// tempfile is written in Python (py/tempfile.py, compiled to Go by pygoc;
// tempfile_gen.go is checked in) over the Go helper module _pygo_tempfile
// (support.go): exclusive creation of files and directories with random
// names, and the choice of the temporary directory ($TMPDIR, $TEMP, $TMP,
// /tmp, ...). Regenerate after changing py/tempfile.py:
//
//	go generate ./stdlib/tempfilemod
//
// shutil is Go-native (shutil.go): copyfileobj, copyfile, copymode,
// copystat, copy, copy2, copytree (symlinks, ignore, copy_function,
// dirs_exist_ok), rmtree, move, which, disk_usage, get_terminal_size
// ($COLUMNS/$LINES or the fallback; the terminal is not queried) and
// ignore_patterns, with CPython's exception classes and messages.
//
// Missing: the archive functions (make_archive, unpack_archive), chown,
// rmtree's onerror callback (accepted, not called), follow_symlinks=False;
// tempfile's bytes arguments; TemporaryFile's name is the (already
// unlinked) path rather than a file descriptor, and SpooledTemporaryFile
// writes to disk at once.
package tempfilemod

//go:generate go run ../../compiler/cmd/pygoc transpile -module tempfile -package tempfilemod -o tempfile_gen.go py/tempfile.py
