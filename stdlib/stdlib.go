// Package stdlib links Python's standard modules into a Pygo binary.
//
// Every binary blank-imports this package (pygoc main adds it, the pygo CLI
// and the Bazel rules too). Each standard module registers itself with the
// runtime's module registry (py.RegisterModule) from an init function in
// this package or in a package it imports; MODULES lists the module names
// provided, one per line, for the build tools.
//
// The modules that the runtime itself registers (builtins, sys) need
// nothing here.
package stdlib

import (
	_ "github.com/pygo-dev/pygo/stdlib/abcmod"         // abc
	_ "github.com/pygo-dev/pygo/stdlib/argparsemod"    // argparse
	_ "github.com/pygo-dev/pygo/stdlib/arraymod"       // array
	_ "github.com/pygo-dev/pygo/stdlib/asynciomod"     // asyncio
	_ "github.com/pygo-dev/pygo/stdlib/calendarmod"    // calendar
	_ "github.com/pygo-dev/pygo/stdlib/collectionsmod" // collections, collections.abc
	_ "github.com/pygo-dev/pygo/stdlib/contextlibmod"  // contextlib
	_ "github.com/pygo-dev/pygo/stdlib/copymod"        // copy
	_ "github.com/pygo-dev/pygo/stdlib/dataclassesmod" // dataclasses
	_ "github.com/pygo-dev/pygo/stdlib/datetimemod"    // datetime
	_ "github.com/pygo-dev/pygo/stdlib/decimalmod"     // decimal
	_ "github.com/pygo-dev/pygo/stdlib/enummod"        // enum
	_ "github.com/pygo-dev/pygo/stdlib/fnmatchmod"     // fnmatch, glob
	_ "github.com/pygo-dev/pygo/stdlib/fractionsmod"   // fractions
	_ "github.com/pygo-dev/pygo/stdlib/functoolsmod"   // functools
	_ "github.com/pygo-dev/pygo/stdlib/futuresmod"     // concurrent, concurrent.futures
	_ "github.com/pygo-dev/pygo/stdlib/getoptmod"      // getopt
	_ "github.com/pygo-dev/pygo/stdlib/hashmods"       // base64, binascii, hashlib, hmac, secrets, uuid
	_ "github.com/pygo-dev/pygo/stdlib/heapqmod"       // bisect, heapq
	_ "github.com/pygo-dev/pygo/stdlib/iomod"          // io, _io, builtins.open
	_ "github.com/pygo-dev/pygo/stdlib/itertoolsmod"   // itertools
	_ "github.com/pygo-dev/pygo/stdlib/jsonmod"        // json, json.decoder, json.encoder
	_ "github.com/pygo-dev/pygo/stdlib/loggingmod"     // logging
	_ "github.com/pygo-dev/pygo/stdlib/mathmod"        // math, cmath
	_ "github.com/pygo-dev/pygo/stdlib/miscmod"        // difflib, pprint, numbers, keyword, reprlib, platform
	_ "github.com/pygo-dev/pygo/stdlib/operatormod"    // operator, _operator
	_ "github.com/pygo-dev/pygo/stdlib/osmod"          // os, os.path (posixpath), errno
	_ "github.com/pygo-dev/pygo/stdlib/queuemod"       // queue, _queue
	_ "github.com/pygo-dev/pygo/stdlib/randommod"      // random
	_ "github.com/pygo-dev/pygo/stdlib/remod"          // re
	_ "github.com/pygo-dev/pygo/stdlib/shlexmod"       // shlex
	_ "github.com/pygo-dev/pygo/stdlib/signalmod"      // signal
	_ "github.com/pygo-dev/pygo/stdlib/statisticsmod"  // statistics
	_ "github.com/pygo-dev/pygo/stdlib/stringmod"      // string
	_ "github.com/pygo-dev/pygo/stdlib/structmod"      // struct, _struct
	_ "github.com/pygo-dev/pygo/stdlib/tempfilemod"    // tempfile, shutil
	_ "github.com/pygo-dev/pygo/stdlib/textwrapmod"    // textwrap
	_ "github.com/pygo-dev/pygo/stdlib/threadingmod"   // threading, _thread
	_ "github.com/pygo-dev/pygo/stdlib/timemod"        // time
	_ "github.com/pygo-dev/pygo/stdlib/tracebackmod"   // traceback
	_ "github.com/pygo-dev/pygo/stdlib/typesmod"       // types
	_ "github.com/pygo-dev/pygo/stdlib/typingmod"      // typing
	_ "github.com/pygo-dev/pygo/stdlib/unittestmod"    // unittest, unittest.mock
	_ "github.com/pygo-dev/pygo/stdlib/warningsmod"    // warnings
	_ "github.com/pygo-dev/pygo/stdlib/weakrefmod"     // weakref, _weakref, gc
	_ "github.com/pygo-dev/pygo/stdlib/wsgimod"        // wsgiref, wsgiref.simple_server, pygo.wsgi
)
