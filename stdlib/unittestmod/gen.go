// Package unittestmod provides Python's unittest module for Pygo.
//
// The framework itself (TestCase with its assertions and CPython's failure
// messages, TestSuite with class and module fixtures, TestLoader,
// TextTestResult/TextTestRunner with CPython's output format, and main())
// is written in Python in py/unittest.py and compiled to Go by pygoc; the
// generated unittest_gen.go is checked in. Regenerate after changing
// py/unittest.py or the code generator:
//
//	go generate ./stdlib/unittestmod
//
// The few things Python code cannot do on Pygo come from the Go helper
// module _pygo_unittest (support.go): formatting a failure's traceback with
// unittest's own frames removed, a monotonic clock, and regular-expression
// search (through the re module when it is linked in).
//
// unittest is a package; unittest.mock (py/mock.py, mock_gen.go) provides
// Mock, MagicMock, NonCallableMock, PropertyMock, call, ANY, sentinel,
// DEFAULT, seal, mock_open and patch (with patch.object, patch.dict,
// patch.multiple, start/stop), with CPython's assertion messages.
//
// Missing: test discovery (TestLoader.discover), IsolatedAsyncioTestCase,
// the -c/-b options (accepted, without effect) and --locals; in mock,
// AsyncMock, create_autospec/autospec and signature checking.
package unittestmod

//go:generate go run ../../compiler/cmd/pygoc transpile -module unittest -pkg -package unittestmod -o unittest_gen.go py/unittest.py
//go:generate go run ../../compiler/cmd/pygoc transpile -module unittest.mock -package unittestmod -o mock_gen.go py/mock.py
