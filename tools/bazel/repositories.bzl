"""WORKSPACE macros that declare everything Pygo's Bazel build needs, offline.

Use from a WORKSPACE (this repository's own, or a user's that has Pygo as
`local_repository(name = "pygo", ...)`):

    load("@pygo//tools/bazel:repositories.bzl", "pygo_dependencies")
    pygo_dependencies()
    load("@pygo//tools/bazel:toolchains.bzl", "pygo_register_toolchains")
    pygo_register_toolchains()

Versions (see tools/bazel/README.md for why each one and each patch):
Bazel 4.2.3 (Debian), rules_go v0.34.0, Gazelle v0.27.0, Go SDK 1.26.8.
"""

load(
    ":go_module.bzl",
    "coverage_tools_stub",
    "go_module_archive",
    "go_toolchain_sdk",
    "patched_local_copy",
)

# Pins: SHA-256 of the module proxy's zips (go.sum's h1: in the comment).
RULES_GO_VERSION = "v0.34.0"
RULES_GO_SHA256 = "c485387052fd81576e104fe12687963f340cc06350936561b9ee4b2ef87ea4e0"  # h1:cmObMtgIOaEU944SqXtJ9DnlS8IPGGa7pdRnsrpQzXM=

GAZELLE_VERSION = "v0.27.0"
GAZELLE_SHA256 = "2eb0f31565e3bfb03d2b03dc518317fe4b905b83eabc82fc45e8d141acb813b6"  # h1:+/ZhUxlDy4XnyMIGeKkbRZoIGssy1eO51GijwIvvuwE=

GO_VERSION = "1.26.8"
GO_SDK_SHA256 = "30c2b1bf7dcc88d3eb0a1364e47ddd9128edb3110a30e8a0ef61cd5856b31de7"  # h1:ZOmGe1OnfREDMIdb1Qi4G9JSuDPBLGExZMQ4nis1RXM=

def _maybe(rule, name, **kwargs):
    if name not in native.existing_rules():
        rule(name = name, **kwargs)

def pygo_dependencies():
    """Declares rules_go, Gazelle, the Go SDK and Bazel 4's offline stand-ins."""

    # Repositories Bazel 4.2.3's built-in WORKSPACE suffix would download
    # (unreachable here): Debian's packages instead.
    _maybe(
        patched_local_copy,
        name = "rules_cc",
        path = "/usr/share/bazel/rules/cc",  # Debian bazel-rules-cc 0.0.4
        apt_package = "bazel-rules-cc",
        patches = [Label("//tools/bazel/patches:rules_cc-debian-0.0.4-bazel4.patch")],
    )
    _maybe(
        native.local_repository,
        name = "rules_java",
        path = "/usr/share/bazel/rules/java",  # Debian bazel-rules-java
    )
    _maybe(
        native.local_repository,
        name = "rules_proto",
        path = "/usr/share/bazel/rules/proto",  # Debian bazel-rules-proto
    )
    _maybe(
        native.local_repository,
        name = "bazel_skylib",
        path = "/usr/share/bazel/tools/skylib",  # Debian bazel-skylib 1.0.3
    )
    _maybe(coverage_tools_stub, name = "remote_coverage_tools")

    # rules_go and Gazelle from the Go module proxy, pinned and patched.
    _maybe(
        go_module_archive,
        name = "io_bazel_rules_go",
        module = "github.com/bazelbuild/rules_go",
        version = RULES_GO_VERSION,
        sha256 = RULES_GO_SHA256,
        patches = [Label("//tools/bazel/patches:rules_go-v0.34.0-bazel4-offline.patch")],
    )
    _maybe(
        go_module_archive,
        name = "bazel_gazelle",
        module = "github.com/bazelbuild/bazel-gazelle",
        version = GAZELLE_VERSION,
        sha256 = GAZELLE_SHA256,
        patches = [Label("//tools/bazel/patches:bazel-gazelle-v0.27.0-bazel4.patch")],
        go_mod_vendor = True,
    )

    # The Go SDK from golang.org/toolchain's module zip.
    _maybe(
        go_toolchain_sdk,
        name = "go_sdk",
        go_version = GO_VERSION,
        sha256 = GO_SDK_SHA256,
    )
