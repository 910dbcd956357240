"""Pygo's Bazel rules: Python 3.11 compiled to Go, built by rules_go.

    load("@pygo//rules:defs.bzl", "py_go_binary", "py_go_library", "py_go_test")

- py_go_library: Python modules -> one Go package. One `pygoc transpile`
  action per module; rules_go compiles the package with //runtime.
- py_go_binary: a py_go_library of its srcs + a main package (`pygoc main`)
  linked with //stdlib by rules_go's go_binary.
- py_go_test: a py_go_binary run as a test: an uncaught exception (a failing
  assert, unittest's SystemExit(1)) fails it, traceback in the test log.
- py_go_interop: declares the Python modules a go_library registers.
- PyGoInfo: the provider carrying module names (see rules/README.md).

This is the only public file; the implementation is in rules/private/.
"""

load("@io_bazel_rules_go//go:def.bzl", "go_binary")
load("//rules/private:library.bzl", _py_go_interop = "py_go_interop", _py_go_library = "py_go_library", _py_go_main = "py_go_main")
load("//rules/private:providers.bzl", _PyGoInfo = "PyGoInfo")

PyGoInfo = _PyGoInfo
py_go_library = _py_go_library
py_go_interop = _py_go_interop

def _pick_main(name, srcs, main):
    if main:
        return main
    if len(srcs) == 1:
        return srcs[0]
    for s in srcs:
        if s == name + ".py" or s.endswith(":" + name + ".py"):
            return s
    fail("{}: set main = the .py to run (srcs has {} files and none is {}.py)".format(name, len(srcs), name))

def py_go_binary(
        name,
        srcs = [],
        main = None,
        deps = [],
        imports = [],
        data = [],
        visibility = None,
        testonly = False,
        tags = [],
        **kwargs):
    """A static binary that runs a Python module as __main__.

    Args:
      name: target name; also the binary's name.
      srcs: .py files of this binary (compiled as a py_go_library `<name>_pylib`).
      main: the .py run as __main__ (default: the only src, or <name>.py). It
        may also be a source of a library in deps (then srcs may be empty).
      deps: py_go_library / py_go_interop / go_library targets.
      imports: Python roots for srcs, relative to this package (see py_go_library).
      data: files available at run time (runfiles).
      visibility: as usual.
      testonly: as usual.
      tags: as usual.
      **kwargs: passed to rules_go's go_binary: args, x_defs (reproducible
        unless --stamp with {STABLE_...} values), pure, static, gc_linkopts...
    """
    main = _pick_main(name, srcs, main)
    main_deps = deps
    if srcs:
        _py_go_library(
            name = name + "_pylib",
            srcs = srcs,
            deps = deps,
            imports = imports,
            data = data,
            testonly = testonly,
            tags = tags,
            visibility = ["//visibility:private"],
        )
        main_deps = [":" + name + "_pylib"]
    _py_go_main(
        name = name + "_pymain",
        main = main,
        deps = main_deps,
        testonly = testonly,
        tags = tags,
        visibility = ["//visibility:private"],
    )
    go_binary(
        name = name,
        embed = [":" + name + "_pymain"],
        data = data,
        visibility = visibility,
        testonly = testonly,
        tags = tags,
        **kwargs
    )

def py_go_test(
        name,
        srcs = [],
        main = None,
        deps = [],
        imports = [],
        data = [],
        args = [],
        env = {},
        visibility = None,
        tags = [],
        size = "small",
        timeout = None,
        flaky = None,
        shard_count = None,
        **kwargs):
    """A Python test program (asserts or unittest) compiled to Go.

    The test passes when the program exits 0. A failing assert or an uncaught
    exception prints the traceback (kept in the test log) and exits 1;
    unittest.main() exits 1 when a test fails.

    Args:
      name: target name.
      srcs: .py files; main defaults to the only one or <name>.py.
      main: the .py run as __main__.
      deps: as for py_go_binary.
      imports: Python roots for srcs.
      data: runtime files.
      args: command-line arguments (sys.argv[1:]).
      env: environment variables for the test.
      visibility: as usual.
      tags: as usual.
      size: as for any test.
      timeout: as for any test.
      flaky: as for any test.
      shard_count: as for any test.
      **kwargs: passed to the underlying go_binary (x_defs, gc_linkopts...).
    """
    binary = name + "_bin"
    py_go_binary(
        name = binary,
        srcs = srcs,
        main = _pick_main(name, srcs, main),
        deps = deps,
        imports = imports,
        data = data,
        testonly = True,
        tags = tags,
        visibility = ["//visibility:private"],
        **kwargs
    )

    # Bazel 4 has no rules_shell; sh_test is native there.
    # buildifier: disable=native-sh-test
    native.sh_test(
        name = name,
        srcs = [Label("//rules/private:test_runner.sh")],
        args = ["$(rootpath :{})".format(binary)] + args,
        data = [":" + binary] + data,
        env = env,
        visibility = visibility,
        tags = tags,
        size = size,
        timeout = timeout,
        flaky = flaky,
        shard_count = shard_count,
    )
