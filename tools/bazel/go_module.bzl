"""Repository rules that fetch pinned Go modules from the Go module proxy.

Everything Pygo's Bazel build needs beyond Debian's `bazel-bootstrap` packages
is a Go module: rules_go, Gazelle and the Go SDK itself
(`golang.org/toolchain@v0.0.1-goX.Y.Z.linux-amd64`). These rules download a
module's zip with `ctx.download_and_extract`, checked against a pinned
SHA-256, so Bazel's repository cache (`--repository_cache`, on by default)
keeps them and `bazel sync` / `bazel fetch` re-create them without network.
Module zips published by the proxy are byte-for-byte reproducible, so the
SHA-256 of `MODULE@VERSION.zip` is a stable pin (alongside go.sum's `h1:`).

The proxy's address is not written into the workspace: it is taken from
`$GOPROXY` (as `--repo_env=GOPROXY=...` or the environment) or, failing that,
from `go env GOPROXY` of the `go` on PATH. Once a zip is in the repository
cache no address is needed at all.
"""

def _escape(s):
    """Escapes a module path or version for a proxy URL (uppercase -> !lower)."""
    out = []
    for c in s.elems():
        if c.isupper():
            out.append("!" + c.lower())
        else:
            out.append(c)
    return "".join(out)

def _proxies(ctx):
    value = ctx.os.environ.get("GOPROXY", "")
    if not value:
        go = ctx.which("go")
        if go:
            res = ctx.execute([go, "env", "GOPROXY"])
            if res.return_code == 0:
                value = res.stdout.strip()
    urls = []
    for entry in value.replace("|", ",").split(","):
        entry = entry.strip().rstrip("/")
        if entry and entry not in ("direct", "off"):
            urls.append(entry)
    return urls

def module_zip_urls(ctx, module, version):
    """Returns the proxy URLs of MODULE@VERSION's zip (may be empty).

    Args:
      ctx: repository_ctx.
      module: module path.
      version: module version.
    Returns:
      list of URLs.
    """
    return [
        "{}/{}/@v/{}.zip".format(p, _escape(module), _escape(version))
        for p in _proxies(ctx)
    ]

def fetch_module(ctx, module, version, sha256):
    """Downloads MODULE@VERSION's zip and extracts it at the repository root.

    Args:
      ctx: repository_ctx.
      module: module path.
      version: module version.
      sha256: the zip's SHA-256.
    """
    urls = module_zip_urls(ctx, module, version)
    if not urls:
        # The repository cache can still satisfy a download by checksum alone.
        urls = ["https://go-module-proxy.invalid/{}/@v/{}.zip".format(_escape(module), _escape(version))]
    ctx.report_progress("Fetching Go module {}@{}".format(module, version))
    ctx.download_and_extract(
        url = urls,
        sha256 = sha256,
        stripPrefix = "{}@{}".format(module, version),
        canonical_id = "{}@{}".format(module, version),
    )

def apply_patches(ctx, patches, strip):
    """Applies patch files with the system `patch`.

    Args:
      ctx: repository_ctx.
      patches: labels of patch files.
      strip: like patch -p.
    """

    # The system `patch` (Debian package "patch"): Bazel 4's built-in
    # ctx.patch misreads some unified diffs ("Incorrect Chunk").
    if not patches:
        return
    tool = ctx.which("patch")
    if not tool:
        fail("`patch` not found: run tools/bazel/setup.sh (apt package patch)")
    for p in patches:
        run(ctx, [tool, "-p{}".format(strip), "--no-backup-if-mismatch", "-i", str(ctx.path(p))], "applying " + str(p))

def run(ctx, argv, what, environment = {}, working_directory = ""):
    """Runs a command in a repository rule; fails with its output on error.

    Args:
      ctx: repository_ctx.
      argv: the command.
      what: a description for the error message.
      environment: extra environment variables.
      working_directory: where to run it.
    Returns:
      the exec_result.
    """
    res = ctx.execute(argv, environment = environment, working_directory = working_directory, quiet = True)
    if res.return_code != 0:
        fail("{} failed ({}):\n{}{}".format(what, res.return_code, res.stdout, res.stderr))
    return res

def _go_module_archive_impl(ctx):
    fetch_module(ctx, ctx.attr.module, ctx.attr.version, ctx.attr.sha256)
    apply_patches(ctx, ctx.attr.patches, ctx.attr.patch_strip)
    if ctx.attr.go_mod_vendor:
        # Module zips omit vendor/; some rule sets (Gazelle's
        # go_repository_tools) build from it. go.sum pins every module.
        goroot = ctx.path(Label("@go_sdk//:ROOT")).dirname
        env = {
            "GOROOT": str(goroot),
            "GOFLAGS": "-mod=mod",
            "GOTOOLCHAIN": "local",
            "GOWORK": "off",
        }
        proxy = ctx.os.environ.get("GOPROXY")
        if proxy:
            env["GOPROXY"] = proxy
        run(ctx, [str(goroot) + "/bin/go", "mod", "vendor"], "go mod vendor in " + ctx.attr.module, env)
    if ctx.attr.build_file_content:
        ctx.file("BUILD.bazel", ctx.attr.build_file_content)

go_module_archive = repository_rule(
    implementation = _go_module_archive_impl,
    doc = "A Go module from the module proxy, pinned by version and zip SHA-256, optionally patched.",
    attrs = {
        "module": attr.string(mandatory = True, doc = "Module path, e.g. github.com/bazelbuild/rules_go."),
        "version": attr.string(mandatory = True, doc = "Module version, e.g. v0.34.0."),
        "sha256": attr.string(mandatory = True, doc = "SHA-256 of the proxy's MODULE@VERSION.zip."),
        "patches": attr.label_list(doc = "Patch files applied after extraction."),
        "patch_strip": attr.int(default = 1, doc = "Like patch -p."),
        "go_mod_vendor": attr.bool(doc = "Run `go mod vendor` (with @go_sdk) after patching."),
        "build_file_content": attr.string(doc = "If set, written as the root BUILD.bazel."),
    },
)

def _go_toolchain_sdk_impl(ctx):
    version = ctx.attr.go_version
    platform = ctx.attr.goos + "_" + ctx.attr.goarch
    fetch_module(
        ctx,
        "golang.org/toolchain",
        "v0.0.1-go{}.{}-{}".format(version, ctx.attr.goos, ctx.attr.goarch),
        ctx.attr.sha256,
    )

    # Module zips carry no file modes and rename nested go.mod files.
    run(ctx, ["sh", "-c", "chmod +x bin/* pkg/tool/*/* && " +
                          "find . -name _go.mod -execdir mv _go.mod go.mod ';'"], "preparing the Go SDK")

    # Go 1.25+ ships no pkg/tool/*/pack; rules_go v0.34's builder runs it.
    pack = "pkg/tool/{}/pack".format(platform)
    if not ctx.path(pack).exists:
        root = str(ctx.path("."))
        run(ctx, [root + "/bin/go", "build", "-trimpath", "-o", root + "/" + pack, "cmd/pack"], "building cmd/pack", {
            "GOROOT": root,
            "GOCACHE": root + "/.gocache",
            "GOTOOLCHAIN": "local",
            "GOFLAGS": "",
            "CGO_ENABLED": "0",
        }, working_directory = root + "/src")
        run(ctx, ["rm", "-rf", root + "/.gocache"], "cleaning up")

    # Same BUILD file as rules_go's own SDK rules.
    ctx.file("ROOT")
    ctx.template(
        "BUILD.bazel",
        Label("@io_bazel_rules_go//go/private:BUILD.sdk.bazel"),
        executable = False,
        substitutions = {
            "{goos}": ctx.attr.goos,
            "{goarch}": ctx.attr.goarch,
            "{exe}": "",
            "{rules_go_repo_name}": "io_bazel_rules_go",
        },
    )

go_toolchain_sdk = repository_rule(
    implementation = _go_toolchain_sdk_impl,
    doc = "A Go SDK from the golang.org/toolchain module, laid out as rules_go's go_sdk repository.",
    attrs = {
        "go_version": attr.string(mandatory = True, doc = "e.g. 1.26.8"),
        "sha256": attr.string(mandatory = True, doc = "SHA-256 of the toolchain module zip."),
        "goos": attr.string(default = "linux"),
        "goarch": attr.string(default = "amd64"),
    },
)

def _patched_local_copy_impl(ctx):
    src = ctx.attr.path
    if not ctx.path(src).exists:
        fail("{} does not exist: run tools/bazel/setup.sh (installs {})".format(src, ctx.attr.apt_package))
    run(ctx, ["cp", "-R", src + "/.", "."], "copying " + src)
    run(ctx, ["chmod", "-R", "u+w", "."], "chmod")
    apply_patches(ctx, ctx.attr.patches, ctx.attr.patch_strip)

patched_local_copy = repository_rule(
    implementation = _patched_local_copy_impl,
    doc = "A copy of a directory installed by a Debian package, with patches applied.",
    attrs = {
        "path": attr.string(mandatory = True),
        "apt_package": attr.string(doc = "The Debian package that installs path (for the error message)."),
        "patches": attr.label_list(),
        "patch_strip": attr.int(default = 1),
    },
)

_COVERAGE_STUB_BUILD = """\
# Offline stub for @remote_coverage_tools, which Bazel 4's test rules depend on
# implicitly (normally downloaded). `bazel coverage` produces no report.
sh_binary(name = "coverage_report_generator", srcs = ["noop.sh"], visibility = ["//visibility:public"])
sh_binary(name = "lcov_merger", srcs = ["noop.sh"], visibility = ["//visibility:public"])
"""

def _coverage_tools_stub_impl(ctx):
    ctx.file("WORKSPACE", 'workspace(name = "{}")\n'.format(ctx.name))
    ctx.file("noop.sh", "#!/bin/sh\n# offline stub: no coverage tools\nexit 0\n", executable = True)
    ctx.file("BUILD.bazel", _COVERAGE_STUB_BUILD)

coverage_tools_stub = repository_rule(
    implementation = _coverage_tools_stub_impl,
    doc = "Stands in for @remote_coverage_tools, which cannot be downloaded offline.",
)
