import os, os.path, errno
print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.path is os.path, os.path.sep)
j = os.path.join
print(j("a", "b", "c"), j("/a", "/b"), j("a/", "b"), j("", "x"), j("a", ""))
for p in ["/usr/lib/x.tar.gz", "a/b/", "noext", ".bashrc", "a/.hidden.txt", "//x//y", "", "/", "a..b", "../x/./y/.."]:
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.normpath(p), os.path.isabs(p))
print(os.path.normpath("/../a//b/./c/.."), os.path.normpath("a/../../b"), os.path.normpath("//a"), os.path.normpath("///a"))
print(os.path.commonprefix(["interspecies", "interstellar", "interstate"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib", "/usr/local/lib"]), os.path.commonpath(["a/b", "a/c"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.relpath("/a", "/a"), os.path.relpath("/x/y", "/"))
os.environ["PYGO_TEST_HOME"] = "/home/t"
print(os.path.expandvars("$PYGO_NOPE/x"), os.path.expanduser("x~"))
base = "/tmp/pygo_os_test_dir"
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files: os.remove(os.path.join(root, f))
        for d in dirs: os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.makedirs(base + "/sub/deeper")
os.makedirs(base + "/sub", exist_ok=True)
def write(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, data)
    os.close(fd)
write(base + "/f.txt", b"hello")
write(base + "/sub/g.txt", b"x" * 10)
fd = os.open(base + "/f.txt", os.O_RDONLY); print(os.read(fd, 3), os.read(fd, 10), os.read(fd, 5)); os.close(fd)
print(sorted(os.listdir(base)), os.path.isdir(base + "/sub"), os.path.isfile(base + "/f.txt"), os.path.exists(base + "/nope"))
print(os.path.getsize(base + "/f.txt"), os.stat(base + "/sub/g.txt").st_size, os.path.islink(base))
print(sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(base)))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root.replace(base, "B"), dirs, sorted(files))
os.rename(base + "/f.txt", base + "/h.txt")
os.replace(base + "/h.txt", base + "/i.txt")
print(sorted(os.listdir(base)))
for bad in [lambda: os.remove(base + "/missing"), lambda: os.mkdir(base), lambda: os.rmdir(base), lambda: os.listdir(base + "/i.txt"), lambda: os.stat(123.5)]:
    try:
        bad()
    except (OSError, TypeError) as e:
        print(type(e).__name__, getattr(e, "errno", None), str(e).replace(base, "B"))
os.remove(base + "/i.txt"); os.remove(base + "/sub/g.txt")
os.removedirs(base + "/sub/deeper")
print(os.path.exists(base + "/sub"), os.path.exists(base))
cwd = os.getcwd(); os.chdir("/tmp"); print(os.getcwd()); os.chdir(cwd)
print(os.getenv("PYGO_TEST_HOME"), os.getenv("PYGO_NOPE"), os.getenv("PYGO_NOPE", "dflt"), os.environ.get("PYGO_TEST_HOME"))
print(type(os.getpid()).__name__, os.cpu_count() > 0, len(os.urandom(8)), os.fspath("p"), os.strerror(2))
print(errno.ENOENT, errno.EEXIST, errno.errorcode[2], os.error is OSError)
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.realpath("/tmp/../tmp"))
