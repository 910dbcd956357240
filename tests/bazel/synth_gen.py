#!/usr/bin/env python3
"""Generates a synthetic Pygo workspace of N Python modules for build timing.

    tests/bazel/synth_gen.py OUT_DIR [--modules 200] [--per-package 9]

Modules are grouped in packages of --per-package modules plus __init__ (one py_go_library
each); every package imports the two before it, and app/main.py imports the
last ones, so the graph is deep and wide like a real repository's. The
workspace uses this Pygo checkout as local_repository(name = "pygo").
"""

import argparse
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--modules", type=int, default=200)
    ap.add_argument("--per-package", type=int, default=9, help="modules per package besides __init__")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    npkg = max(1, a.modules // (a.per_package + 1))

    write(os.path.join(out, "WORKSPACE"), f'''workspace(name = "synth")

local_repository(
    name = "pygo",
    path = "{ROOT}",
)

load("@pygo//tools/bazel:repositories.bzl", "pygo_dependencies")

pygo_dependencies()

load("@pygo//tools/bazel:toolchains.bzl", "pygo_register_toolchains")

pygo_register_toolchains()
''')
    with open(os.path.join(ROOT, "examples", "monorepo", ".bazelrc")) as f:
        write(os.path.join(out, ".bazelrc"), f.read())
    write(os.path.join(out, ".bazelversion"), "4\n")
    write(os.path.join(out, "BUILD.bazel"), "")

    for p in range(npkg):
        pkg = f"pkg{p:03d}"
        deps = [f"pkg{q:03d}" for q in (p - 1, p - 2) if q >= 0]
        srcs = ["__init__.py"]
        write(os.path.join(out, pkg, "__init__.py"), f'"""Synthetic package {pkg}."""\n')
        for m in range(a.per_package):
            name = f"mod{m:02d}"
            srcs.append(name + ".py")
            lines = [f'"""Synthetic module {pkg}.{name}."""', ""]
            for d in deps:
                lines.append(f"from {d} import mod{m:02d} as {d}_{name}")
            lines += ["", "", f"def value(n):", "    total = 0",
                      "    for i in range(n):", f"        total += i * {m + 1}"]
            for d in deps:
                lines.append(f"    total += {d}_{name}.value(n // 2)")
            lines += ["    return total", "",
                      "", "class Counter:", "    def __init__(self):", "        self.n = 0", "",
                      "    def add(self, k):", "        self.n += k", "        return self.n", ""]
            write(os.path.join(out, pkg, name + ".py"), "\n".join(lines))
        dep_labels = "".join(f'        "//{d}",\n' for d in deps)
        write(os.path.join(out, pkg, "BUILD.bazel"), f'''load("@pygo//rules:defs.bzl", "py_go_library")

py_go_library(
    name = "{pkg}",
    srcs = [{", ".join(repr(s).replace("'", '"') for s in srcs)}],
    visibility = ["//visibility:public"],
    deps = [
{dep_labels}    ],
)
''')
    last = [f"pkg{q:03d}" for q in (npkg - 1, npkg - 2) if q >= 0]
    main_py = [f"from {d} import mod00 as {d}" for d in last]
    main_py.append("print(" + " + ".join(f"{d}.value(10)" for d in last) + ")")
    write(os.path.join(out, "app", "main.py"), "\n".join(main_py) + "\n")
    write(os.path.join(out, "app", "BUILD.bazel"), f'''load("@pygo//rules:defs.bzl", "py_go_binary")

py_go_binary(
    name = "main",
    srcs = ["main.py"],
    deps = [{", ".join(f'"//{d}"' for d in last)}],
)
''')
    print(f"{out}: {npkg} packages, {npkg * (a.per_package + 1) + 1} modules")


if __name__ == "__main__":
    main()
