"""Second WORKSPACE stage: rules_go's and Gazelle's own dependency macros.

Loaded after pygo_dependencies() has declared @io_bazel_rules_go and
@bazel_gazelle (a .bzl file can only load from repositories declared earlier).
"""

load("@bazel_gazelle//:deps.bzl", "gazelle_dependencies", "go_repository")
load("@io_bazel_rules_go//go:deps.bzl", "go_register_toolchains", "go_rules_dependencies")

def pygo_go_repositories():
    """Go modules fetched by go_repository (pinned by go.sum's h1: sums).

    go_rules_dependencies() would declare these as http_archive from a code
    host that is unreachable; declared first, these win.
    """
    # Runtime dependencies of the standard library (go.mod): re and decimal.
    if "com_github_dlclark_regexp2" not in native.existing_rules():
        go_repository(
            name = "com_github_dlclark_regexp2",
            importpath = "github.com/dlclark/regexp2",
            sum = "h1:0j4c5qQmnC6XOWNjP3PIXURXN2gWx76rd3KvgdPkCz8=",
            version = "v1.12.0",
        )
    if "com_github_cockroachdb_apd_v3" not in native.existing_rules():
        go_repository(
            name = "com_github_cockroachdb_apd_v3",
            importpath = "github.com/cockroachdb/apd/v3",
            sum = "h1:4Zx+I3R35bFXMnltzmjP79i2cravE4jTRL6ps9Aux80=",
            version = "v3.2.3",
        )
    if "org_golang_x_sys" not in native.existing_rules():
        go_repository(
            name = "org_golang_x_sys",
            importpath = "golang.org/x/sys",
            sum = "h1:PuvuRMeLWqsf/ZdT1UUZz0syhioyv1mzuFZsXs4fvhw=",
            version = "v0.0.0-20220913175220-63ea55921009",
        )
    if "org_golang_x_tools" not in native.existing_rules():
        go_repository(
            name = "org_golang_x_tools",
            importpath = "golang.org/x/tools",
            sum = "h1:VveCTK38A2rkS8ZqFY25HIDFscX5X9OoEhJd3quQmXU=",
            version = "v0.1.12",
            # Offline, Gazelle cannot look up which module provides an
            # unknown import and drops the dependency: say it here.
            build_directives = [
                "gazelle:resolve go golang.org/x/sys/execabs @org_golang_x_sys//execabs",
            ],
        )

# buildifier: disable=unnamed-macro
def pygo_register_toolchains():
    """Registers the Go toolchain and declares rules_go's and Gazelle's deps."""
    pygo_go_repositories()
    go_rules_dependencies()
    native.register_toolchains("@go_sdk//:all")
    go_register_toolchains()
    gazelle_dependencies()
