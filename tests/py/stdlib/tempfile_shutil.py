# tempfile and shutil: temporary files/directories, copying and removing trees.
import os
import shutil
import tempfile

base = tempfile.gettempdir()
print(os.path.isabs(base), tempfile.gettempprefix())
fd, path = tempfile.mkstemp(suffix=".txt", prefix="pygo_")
print(isinstance(fd, int), os.path.basename(path).startswith("pygo_"), path.endswith(".txt"), os.path.exists(path))
os.close(fd)
os.remove(path)

with tempfile.TemporaryDirectory(prefix="pygo_test_") as d:
    print(os.path.isdir(d), os.path.basename(d).startswith("pygo_test_"))
    with open(os.path.join(d, "a.txt"), "w") as f:
        f.write("hello\n")
    os.makedirs(os.path.join(d, "sub", "deeper"))
    with open(os.path.join(d, "sub", "b.log"), "w") as f:
        f.write("log line\n")
    with open(os.path.join(d, "sub", "deeper", "c.txt"), "w") as f:
        f.write("deep\n")
    dst = shutil.copy(os.path.join(d, "a.txt"), os.path.join(d, "sub"))
    print(os.path.relpath(dst, d))
    print(shutil.copyfile(os.path.join(d, "a.txt"), os.path.join(d, "copy.txt")) == os.path.join(d, "copy.txt"))
    shutil.copy2(os.path.join(d, "a.txt"), os.path.join(d, "copy2.txt"))
    with open(os.path.join(d, "copy2.txt")) as f:
        print(repr(f.read()))
    tree = shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "tree"), ignore=shutil.ignore_patterns("*.log"))
    for root, dirs, files in sorted(os.walk(tree)):
        print(os.path.relpath(root, d), sorted(dirs), sorted(files))
    try:
        shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "tree"))
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    shutil.copytree(os.path.join(d, "sub"), os.path.join(d, "tree"), dirs_exist_ok=True)
    print(sorted(os.listdir(os.path.join(d, "tree"))))
    moved = shutil.move(os.path.join(d, "copy.txt"), os.path.join(d, "tree"))
    print(os.path.relpath(moved, d), os.path.exists(os.path.join(d, "copy.txt")))
    moved = shutil.move(os.path.join(d, "copy2.txt"), os.path.join(d, "renamed.txt"))
    print(os.path.relpath(moved, d))
    try:
        shutil.copyfile(os.path.join(d, "a.txt"), os.path.join(d, "a.txt"))
    except shutil.SameFileError as e:
        print("SameFileError", isinstance(e, shutil.Error), isinstance(e, OSError))
    try:
        shutil.copyfile(os.path.join(d, "missing"), os.path.join(d, "x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno, e.strerror)
    shutil.rmtree(os.path.join(d, "tree"))
    print(sorted(os.listdir(d)))
    try:
        shutil.rmtree(os.path.join(d, "nope"))
    except FileNotFoundError as e:
        print("rmtree missing:", e.strerror)
    shutil.rmtree(os.path.join(d, "nope"), ignore_errors=True)
    with tempfile.NamedTemporaryFile(mode="w+", dir=d, suffix=".tmp", delete=True) as nt:
        nt.write("named")
        nt.flush()
        name = nt.name
        print(os.path.dirname(name) == d, name.endswith(".tmp"), os.path.exists(name))
        nt.seek(0)
        print(nt.read())
    print(os.path.exists(name))
    t = tempfile.TemporaryFile()
    t.write(b"bytes data")
    t.seek(0)
    print(t.read())
    t.close()
    sub = tempfile.mkdtemp(dir=d)
    print(os.path.dirname(sub) == d, os.path.isdir(sub))
    td = tempfile.TemporaryDirectory(dir=d)
    print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
    td.cleanup()
    print(os.path.exists(td.name))
print(os.path.exists(d))
print(shutil.which("sh") is not None, shutil.which("definitely-not-a-command-xyz"))
u = shutil.disk_usage("/")
print(type(u).__name__, u.total >= u.used, u.free > 0)
print(shutil.get_terminal_size((91, 33)))
