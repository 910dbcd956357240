"""py_go_library, the main-package rule behind py_go_binary/py_go_test, and py_go_interop."""

load(
    "@io_bazel_rules_go//go:def.bzl",
    "GoArchive",
    "GoLibrary",
    "GoSource",
    "go_context",
)
load(":modules.bzl", "check_unique", "go_package_name", "import_roots", "is_identifier", "module_name", "repo_relative_path")
load(":providers.bzl", "PyGoInfo")

_GO_TOOLCHAIN = "@io_bazel_rules_go//go:toolchain"

# The tools that run in actions are built in the host configuration on Bazel
# 4 (like Gazelle), so the Go stdlib is built for one extra configuration
# only, not two (see tools/bazel/README.md). Bazel 7 removed cfg = "host";
# config.exec (Bazel 5.4+) tells the versions apart.
_TOOL_CFG = "exec" if hasattr(config, "exec") else "host"

# Attributes shared by the rules that run pygoc.
_TOOL_ATTRS = {
    "_pygoc": attr.label(
        default = "//rules:pygoc",
        executable = True,
        cfg = _TOOL_CFG,
        doc = "The compiler (label_flag //rules:pygoc).",
    ),
    "_builder": attr.label(
        default = "//rules/private/builder",
        executable = True,
        cfg = _TOOL_CFG,
    ),
    "_pygo_runtime": attr.label(default = "//rules:runtime", providers = [GoLibrary]),
    "_go_context_data": attr.label(default = "@io_bazel_rules_go//:go_context_data"),
}

def _label_str(label):
    s = str(label)
    return s[1:] if s.startswith("@//") else s

def _default_importpath(ctx):
    repo = ctx.label.workspace_name or ctx.workspace_name
    parts = ["pygo.bazel", repo]
    if ctx.label.package:
        parts.append(ctx.label.package)
    parts.append(ctx.label.name)
    return "/".join(parts)

def _py_infos(deps):
    return [d[PyGoInfo] for d in deps if PyGoInfo in d]

def _go_archive_providers(go, ctx, srcs, deps, importpath):
    library = go.new_library(go, srcs = srcs, importpath = importpath)
    source = go.library_to_source(go, struct(deps = deps, data = getattr(ctx.attr, "data", [])), library, False)
    archive = go.archive(go, source)
    return library, source, archive

def _py_go_library_impl(ctx):
    go = go_context(ctx)
    label = _label_str(ctx.label)
    pkg = ctx.attr.go_package or go_package_name(ctx.label.name)
    importpath = ctx.attr.importpath or _default_importpath(ctx)
    roots = import_roots(ctx)
    dep_infos = _py_infos(ctx.attr.deps)

    # Module names (analysis time: valid identifier paths, no duplicates).
    srcs_modules = {}
    modules = []
    for f in ctx.files.srcs:
        mod = module_name(ctx, f, roots)
        if mod in modules:
            fail("{}: two sources are module \"{}\"".format(label, mod))
        modules.append(mod)
        srcs_modules[f.short_path] = mod
    own = ["{}\t{}".format(m, label) for m in modules]
    transitive = depset(own, transitive = [i.transitive for i in dep_infos])
    check_unique(label, transitive.to_list())

    # One transpile action per module; it also lists the module's imports.
    go_srcs = []
    check_args = []
    imports_files = []
    for f in ctx.files.srcs:
        mod = srcs_modules[f.short_path]
        # ".py.go": never a _test.go or _GOOS/_GOARCH name to Go's build constraints.
        out = ctx.actions.declare_file("_pygo/{}/{}.py.go".format(ctx.label.name, mod))
        imports = ctx.actions.declare_file("_pygo/{}/{}.imports".format(ctx.label.name, mod))
        args = ctx.actions.args()
        args.add("transpile")
        args.add("-pygoc", ctx.executable._pygoc)
        args.add("-module", mod)
        args.add("-package", pkg)
        args.add("-o", out)
        args.add("-imports", imports)
        args.add("-file", repo_relative_path(f))
        args.add(f)
        ctx.actions.run(
            executable = ctx.executable._builder,
            tools = [ctx.executable._pygoc],
            arguments = [args],
            inputs = [f],
            outputs = [out, imports],
            mnemonic = "PyGoTranspile",
            progress_message = "Transpiling {} ({})".format(f.short_path, mod),
        )
        go_srcs.append(out)
        imports_files.append(imports)
        check_args.append("{}={}".format(f.short_path, imports.path))

    # The import check, whose output (deps.go) is a source of the package.
    provided = ctx.actions.declare_file("_pygo/{}/provided.txt".format(ctx.label.name))
    direct = own + ["{}\t{}".format(m, _label_str(d.label)) for d in ctx.attr.deps if PyGoInfo in d for m in d[PyGoInfo].modules]
    ctx.actions.write(provided, "\n".join(direct) + "\n")
    closure = ctx.actions.declare_file("_pygo/{}/closure.txt".format(ctx.label.name))
    ctx.actions.write(closure, "\n".join(transitive.to_list()) + "\n")
    deps_go = ctx.actions.declare_file("_pygo/{}/deps.go".format(ctx.label.name))
    args = ctx.actions.args()
    args.add("check")
    args.add("-label", label)
    args.add("-package", pkg)
    args.add("-o", deps_go)
    args.add("-provided", provided)
    args.add("-closure", closure)
    args.add("-stdlib", ctx.file._pygo_stdlib_modules)
    args.add_all([d[GoLibrary].importpath for d in ctx.attr.deps], before_each = "-import")
    args.add_all(check_args)
    ctx.actions.run(
        executable = ctx.executable._builder,
        arguments = [args],
        inputs = imports_files + [provided, closure, ctx.file._pygo_stdlib_modules],
        outputs = [deps_go],
        mnemonic = "PyGoCheckImports",
        progress_message = "Checking the imports of {}".format(label),
    )

    library, source, archive = _go_archive_providers(
        go,
        ctx,
        go_srcs + [deps_go],
        ctx.attr.deps + [ctx.attr._pygo_runtime],
        importpath,
    )
    return [
        library,
        source,
        archive,
        PyGoInfo(
            modules = modules,
            srcs_modules = srcs_modules,
            transitive = transitive,
            importpath = importpath,
        ),
        DefaultInfo(
            files = depset([archive.data.file]),
            runfiles = source.runfiles,
        ),
        OutputGroupInfo(
            go_generated_srcs = depset(go_srcs + [deps_go]),
            compilation_outputs = [archive.data.file],
        ),
    ]

_LIBRARY_ATTRS = dict(_TOOL_ATTRS)
_LIBRARY_ATTRS.update({
    "srcs": attr.label_list(
        allow_files = [".py"],
        doc = "Python sources; each is one module (a/b/__init__.py is package a.b).",
    ),
    "deps": attr.label_list(
        providers = [[PyGoInfo], [GoLibrary]],
        doc = "py_go_library / py_go_interop targets whose modules the srcs import, and Go libraries to link.",
    ),
    "imports": attr.string_list(
        doc = "Python roots relative to this package (like rules_python's imports). Default: the " +
              "repository root, so app/util.py is module app.util. [\".\"] makes it module util.",
    ),
    "data": attr.label_list(allow_files = True, doc = "Files needed at run time."),
    "importpath": attr.string(doc = "Go import path of the generated package (for Go code that imports it)."),
    "go_package": attr.string(doc = "Go package name (default: from the target name)."),
    "_pygo_stdlib_modules": attr.label(default = "//rules:stdlib_modules", allow_single_file = True),
})

py_go_library = rule(
    implementation = _py_go_library_impl,
    attrs = _LIBRARY_ATTRS,
    toolchains = [_GO_TOOLCHAIN],
    doc = "Python modules compiled to one Go package (one pygoc action per module).",
)

def _py_go_main_impl(ctx):
    go = go_context(ctx)
    label = _label_str(ctx.label)
    infos = _py_infos(ctx.attr.deps)
    check_unique(label, depset(transitive = [i.transitive for i in infos]).to_list())
    main = ctx.file.main
    entry = ctx.attr.module
    if not entry:
        for i in infos:
            entry = i.srcs_modules.get(main.short_path)
            if entry:
                break
    if not entry:
        fail("{}: main {} is not a source of any py_go_library in deps".format(label, main.short_path))
    out = ctx.actions.declare_file("_pygo/{}/main.go".format(ctx.label.name))
    stdlib = ctx.attr._pygo_stdlib[GoLibrary].importpath
    args = ctx.actions.args()
    args.add("main")
    args.add("-module", entry)
    args.add("-o", out)
    args.add_all(sorted([stdlib] + [d[GoLibrary].importpath for d in ctx.attr.deps]), before_each = "-import")
    ctx.actions.run(
        executable = ctx.executable._pygoc,
        arguments = [args],
        outputs = [out],
        mnemonic = "PyGoMain",
        progress_message = "Generating the main package of {}".format(label),
    )
    library, source, archive = _go_archive_providers(
        go,
        ctx,
        [out],
        ctx.attr.deps + [ctx.attr._pygo_stdlib, ctx.attr._pygo_runtime],
        _default_importpath(ctx),
    )
    return [library, source, archive, DefaultInfo(files = depset([out]))]

_MAIN_ATTRS = dict(_TOOL_ATTRS)
_MAIN_ATTRS.update({
    "main": attr.label(allow_single_file = [".py"], mandatory = True),
    "module": attr.string(doc = "Entry module (default: main's module name)."),
    "deps": attr.label_list(providers = [[PyGoInfo], [GoLibrary]]),
    "data": attr.label_list(allow_files = True),
    "_pygo_stdlib": attr.label(default = "//rules:stdlib", providers = [GoLibrary]),
})

py_go_main = rule(
    implementation = _py_go_main_impl,
    attrs = _MAIN_ATTRS,
    toolchains = [_GO_TOOLCHAIN],
    doc = "Internal: the Go main package of a py_go_binary / py_go_test (pygoc main).",
)

def _py_go_interop_impl(ctx):
    lib = ctx.attr.library
    for m in ctx.attr.modules:
        for part in m.split("."):
            if not is_identifier(part):
                fail("{}: \"{}\" is not a valid dotted module name".format(ctx.label, m))
    label = _label_str(ctx.label)
    return [
        lib[GoLibrary],
        lib[GoSource],
        lib[GoArchive],
        lib[DefaultInfo],
        PyGoInfo(
            modules = ctx.attr.modules,
            srcs_modules = {},
            transitive = depset(["{}\t{}".format(m, label) for m in ctx.attr.modules]),
            importpath = lib[GoLibrary].importpath,
        ),
    ]

py_go_interop = rule(
    implementation = _py_go_interop_impl,
    attrs = {
        "library": attr.label(
            mandatory = True,
            providers = [GoLibrary, GoSource, GoArchive],
            doc = "A go_library whose init() calls py.RegisterModule for each of modules.",
        ),
        "modules": attr.string_list(
            mandatory = True,
            doc = "Python module names the Go library registers.",
        ),
    },
    doc = "Declares the Python modules a Go library provides, so py_go_library can import them.",
)
