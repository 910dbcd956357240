"""Module names from file paths, and checks on them (all at analysis time)."""

_KEYWORDS = [
    "False",
    "None",
    "True",
    "and",
    "as",
    "assert",
    "async",
    "await",
    "break",
    "class",
    "continue",
    "def",
    "del",
    "elif",
    "else",
    "except",
    "finally",
    "for",
    "from",
    "global",
    "if",
    "import",
    "in",
    "is",
    "lambda",
    "nonlocal",
    "not",
    "or",
    "pass",
    "raise",
    "return",
    "try",
    "while",
    "with",
    "yield",
]

_IDENT_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
_IDENT_CHARS = _IDENT_START + "0123456789"

def is_identifier(s):
    """Reports whether s is a Python identifier (ASCII) and not a keyword.

    Args:
      s: a string.
    Returns:
      True for an identifier.
    """
    if not s or s[0] not in _IDENT_START or s in _KEYWORDS:
        return False
    for c in s.elems():
        if c not in _IDENT_CHARS:
            return False
    return True

def repo_relative_path(f):
    """The path of a File relative to its repository's root.

    Args:
      f: a File.
    Returns:
      e.g. "app/server.py", also for files of external repositories.
    """
    p = f.short_path
    if p.startswith("../"):
        p = p.split("/", 2)[2]
    return p

def _normpath(p):
    parts = []
    for part in p.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return "/".join(parts)

def import_roots(ctx):
    """Directories (repo-relative) that module names are relative to.

    Args:
      ctx: the rule context (attr imports).
    Returns:
      list of repo-relative directories, "" for the repository root.
    """
    pkg = ctx.label.package
    if not ctx.attr.imports:
        return [""]
    return [_normpath(pkg + "/" + i) for i in ctx.attr.imports]

def module_name(ctx, f, roots):
    """The dotted module name of a .py File, or fail() with the fix.

    Args:
      ctx: the rule context, for messages.
      f: the .py File.
      roots: import roots from import_roots().
    Returns:
      the dotted module name ("a.b" for a/b/__init__.py).
    """
    path = repo_relative_path(f)
    best = None
    for r in roots:
        if r == "" or path.startswith(r + "/"):
            if best == None or len(r) > len(best):
                best = r
    if best == None:
        fail("{}: {} is not under any of the import roots {} (attribute imports); ".format(ctx.label, path, roots) +
             "list a directory above it in imports")
    rel = path[len(best) + 1:] if best else path
    if not rel.endswith(".py"):
        fail("{}: {} is not a .py file".format(ctx.label, path))
    parts = rel[:-len(".py")].split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
        if not parts:
            fail("{}: {} is an __init__.py directly at an import root; it names no module".format(ctx.label, path))
    for p in parts:
        if not is_identifier(p):
            fail(("{label}: {path} would be Python module \"{mod}\", which is not a valid dotted module name: " +
                  "\"{part}\" is not an identifier. Rename the file or directory, or set imports " +
                  "(the Python roots, relative to the package) so that the module path starts below it.").format(
                label = ctx.label,
                path = path,
                mod = ".".join(parts),
                part = p,
            ))
    return ".".join(parts)

def check_unique(label, entries):
    """Fails if one module is provided by two targets.

    Args:
      label: the target being analysed, for the message.
      entries: iterable of 'module<TAB>label' strings.
    Returns:
      dict module -> providing label.
    """
    seen = {}
    for e in entries:
        mod, _, lab = e.partition("\t")
        prev = seen.get(mod)
        if prev != None and prev != lab:
            fail(("{}: Python module \"{}\" is provided by both {} and {}; a module must belong to " +
                  "exactly one py_go_library (remove the .py from one srcs, or depend on only one)").format(
                label,
                mod,
                prev,
                lab,
            ))
        seen[mod] = lab
    return seen

def go_package_name(name):
    """A Go package name derived from a target name.

    Args:
      name: a target name.
    Returns:
      a valid Go package name.
    """
    out = []
    for c in name.elems():
        out.append(c if c in _IDENT_CHARS else "_")
    s = "".join(out)
    if not s or s[0] in "0123456789":
        s = "p" + s
    if s in ("main", "init", "go", "func", "type", "package", "import", "var", "const", "range", "map", "chan", "select", "switch", "case", "default", "interface", "struct", "return", "defer", "if", "else", "for", "break", "continue", "goto", "fallthrough"):
        s = s + "_"
    return s
