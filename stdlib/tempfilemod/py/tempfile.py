"""Temporary files and directories (Pygo's tempfile).

The file-system primitives (exclusive creation, random names, the choice
of the temporary directory) come from the Go helper _pygo_tempfile; files
are opened with the built-in open().
"""

import _pygo_tempfile as _t
import shutil as _shutil

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
    "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None


def gettempdir():
    """Returns the default directory for temporary files, as a str."""
    global tempdir
    if tempdir is None:
        tempdir = _t.gettempdir()
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    if isinstance(dir, bytes) or isinstance(prefix, bytes) or isinstance(suffix, bytes):
        raise TypeError("bytes arguments are not supported by Pygo's tempfile")
    return prefix, suffix, dir


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a temporary file securely; returns (fd, absolute path)."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    return _t.mkstemp(dir, prefix, suffix)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a temporary directory securely; returns its path."""
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    return _t.mkdtemp(dir, prefix, suffix)


def mktemp(suffix="", prefix=template, dir=None):
    """A path that did not exist when it was chosen (unsafe, deprecated)."""
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        name = _t.random_name()
        if dir.endswith('/'):
            file = dir + prefix + name + suffix
        else:
            file = dir + '/' + prefix + name + suffix
        if not _t.exists(file):
            return file
    raise FileExistsError("No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object that deletes its file when closed (if delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        if not self._closed:
            self._closed = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        _t.unlink(self.name)
                    except FileNotFoundError:
                        pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper object name=%r>" % (self.name,)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name, deleted when closed."""
    fd, name = mkstemp(suffix, prefix, dir)
    _t.close(fd)
    try:
        file = open(name, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)
    except BaseException:
        _t.unlink(name)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """An anonymous temporary file (its directory entry is removed at once)."""
    fd, name = mkstemp(suffix, prefix, dir)
    _t.close(fd)
    try:
        file = open(name, mode, buffering=buffering, newline=newline,
                    encoding=encoding, errors=errors)
    finally:
        _t.unlink(name)
    return file


def SpooledTemporaryFile(max_size=0, mode='w+b', buffering=-1, encoding=None,
                         newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file (Pygo writes it to disk at once)."""
    return TemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)


class TemporaryDirectory:
    """A temporary directory, removed (recursively) by cleanup() or at the
    end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if not self._done:
            self._done = True
            if _t.exists(self.name):
                _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
