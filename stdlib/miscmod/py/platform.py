"""Identify the underlying platform (Pygo's platform: the basics).

The system facts come from uname(2) through the Go helper _pygo_platform.
Pygo runs Python 3.11 programs with CPython's semantics, so the Python
implementation and version reported are CPython's.
"""

import sys
import collections
import _pygo_platform as _p

__version__ = '1.0.8'

_uname_cache = None


class uname_result(collections.namedtuple("uname_result_base", "system node release version machine")):
    """A uname_result that's largely compatible with a simple namedtuple
    except that 'processor' is resolved late."""
    __module__ = 'platform'
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return ''

    def __iter__(self):
        for x in tuple.__iter__(self):
            yield x
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple(tuple.__iter__(self)))


def uname():
    """Fairly portable uname interface: (system, node, release, version, machine)."""
    global _uname_cache
    if _uname_cache is None:
        _uname_cache = uname_result(*_p.uname())
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    return uname().processor


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the running binary."""
    if _p.goarch in ('amd64', 'arm64', 'ppc64le', 'ppc64', 's390x', 'mips64', 'mips64le', 'riscv64', 'loong64'):
        return ('64bit', 'ELF')
    return ('32bit', 'ELF')


def python_implementation():
    return 'CPython'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_branch():
    return ''


def python_revision():
    return ''


def python_build():
    return ('pygo', '')


def python_compiler():
    return 'Pygo (%s)' % _p.goversion


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """A statically linked Go binary uses no C library: ('', '') unless given."""
    return (lib, version)


def platform(aliased=0, terse=0):
    """A single string identifying the underlying platform."""
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    return '%s-%s-%s' % (u.system, u.release, u.machine)


def freedesktop_os_release():
    """The os-release file's fields, as a dict."""
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                text = f.read()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            key, _, value = line.partition('=')
            if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                value = value[1:-1]
            info[key] = value
        return info
    raise OSError("Unable to read files /etc/os-release, /usr/lib/os-release")
