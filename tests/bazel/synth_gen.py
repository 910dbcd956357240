#!/usr/bin/env python3
"""Generates a synthetic Pygo workspace of N Python modules for build timing.

    tests/bazel/synth_gen.py OUT_DIR [--modules 200] [--per-package 9]
    tests/bazel/synth_gen.py WS/sub/dir --package-prefix sub/dir   (inside workspace WS)

Modules are grouped in packages of --per-package modules plus __init__.py
(one py_go_library each); every package imports the two before it, and
app/main.py imports the last two, so the graph is deep and wide like a real
repository's. A standalone workspace uses this Pygo checkout as
local_repository(name = "pygo").
"""

import argparse
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

WORKSPACE = '''workspace(name = "synth")

local_repository(
    name = "pygo",
    path = "{root}",
)

load("@pygo//tools/bazel:repositories.bzl", "pygo_dependencies")

pygo_dependencies()

load("@pygo//tools/bazel:toolchains.bzl", "pygo_register_toolchains")

pygo_register_toolchains()
'''


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def module_source(pkg, m, deps):
    name = f"mod{m:02d}"
    lines = [f'"""Synthetic module {pkg}.{name}."""', ""]
    lines += [f"from {d} import {name} as {d}_{name}" for d in deps]
    lines += ["", "", "def value(n):", "    total = 0",
              "    for i in range(n):", f"        total += i * {m + 1}"]
    lines += [f"    total += {d}_{name}.value(n // 2)" for d in deps]
    lines += ["    return total", "", "",
              "class Counter:", "    def __init__(self):", "        self.n = 0", "",
              "    def add(self, k):", "        self.n += k", "        return self.n", ""]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--modules", type=int, default=200)
    ap.add_argument("--per-package", type=int, default=9, help="modules per package besides __init__")
    ap.add_argument("--package-prefix", default="",
                    help="generate inside an existing workspace, under this Bazel package path")
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    pre = a.package_prefix.strip("/")
    lab = "//" + pre + "/" if pre else "//"
    # Inside another workspace the modules are rooted at OUT, not at its root.
    imports_attr = '    imports = [".."],\n' if pre else ""
    npkg = max(1, a.modules // (a.per_package + 1))

    if not pre:
        write(os.path.join(out, "WORKSPACE"), WORKSPACE.format(root=ROOT))
        with open(os.path.join(ROOT, "examples", "monorepo", ".bazelrc")) as f:
            write(os.path.join(out, ".bazelrc"), f.read())
        write(os.path.join(out, ".bazelversion"), "4\n")
        write(os.path.join(out, "BUILD.bazel"), "")

    for p in range(npkg):
        pkg = f"pkg{p:03d}"
        deps = [f"pkg{q:03d}" for q in (p - 1, p - 2) if q >= 0]
        srcs = ["__init__.py"] + [f"mod{m:02d}.py" for m in range(a.per_package)]
        write(os.path.join(out, pkg, "__init__.py"), f'"""Synthetic package {pkg}."""\n')
        for m in range(a.per_package):
            write(os.path.join(out, pkg, f"mod{m:02d}.py"), module_source(pkg, m, deps))
        write(os.path.join(out, pkg, "BUILD.bazel"),
              'load("@pygo//rules:defs.bzl", "py_go_library")\n\npy_go_library(\n'
              f'    name = "{pkg}",\n'
              "    srcs = [" + ", ".join(f'"{s}"' for s in srcs) + "],\n" + imports_attr +
              '    visibility = ["//visibility:public"],\n'
              "    deps = [" + ", ".join(f'"{lab}{d}"' for d in deps) + "],\n)\n")
    last = [f"pkg{q:03d}" for q in (npkg - 1, npkg - 2) if q >= 0]
    main_py = [f"from {d} import mod00 as {d}" for d in last]
    main_py.append("print(" + " + ".join(f"{d}.value(10)" for d in last) + ")")
    write(os.path.join(out, "app", "main.py"), "\n".join(main_py) + "\n")
    write(os.path.join(out, "app", "BUILD.bazel"),
          'load("@pygo//rules:defs.bzl", "py_go_binary")\n\npy_go_binary(\n    name = "main",\n'
          '    srcs = ["main.py"],\n' + imports_attr +
          "    deps = [" + ", ".join(f'"{lab}{d}"' for d in last) + "],\n)\n")
    print(f"{out}: {npkg} packages, {npkg * (a.per_package + 1) + 1} modules")


if __name__ == "__main__":
    main()
