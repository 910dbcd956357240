# glob: patterns, recursive '**', hidden files, root_dir, escape.
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    for rel in ["a.txt", "b.txt", "c.py", ".hidden.txt", "sub/d.txt", "sub/e.py",
                "sub/deep/f.txt", "other/g.txt", "odd[1].txt"]:
        p = os.path.join(d, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(rel)
    os.chdir(d)
    for pat in ["*.txt", "*", "?.py", "*/*.txt", "sub/*", "**/*.txt", "[ab].txt", "nomatch*",
                "sub", "sub/", "*/", "missing", ".*", "odd[[]1].txt"]:
        print(pat, sorted(glob.glob(pat)))
    print(sorted(glob.glob("**/*.txt", recursive=True)))
    print(sorted(glob.glob("**", recursive=True)))
    print(sorted(glob.glob("sub/**/", recursive=True)))
    print(sorted(glob.glob("*.txt", include_hidden=True)))
    print(sorted(glob.glob("*.txt", root_dir="sub")))
    print(sorted(glob.iglob(os.path.join(d, "*.py"))) == [os.path.join(d, "c.py")])
    print(sorted(glob.glob(glob.escape("odd[1].txt"))))
    print(glob.escape("a*b?c[d]"), glob.has_magic("x*"), glob.has_magic("plain"))
    os.chdir("/")
