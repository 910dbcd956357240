"""WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod and
finalize for Pygo's weakref (Pygo's own implementation, compiled to Go by
pygoc; see gen.go)."""

import threading
from weakref import ref, _atexit
from collections.abc import MutableMapping, MutableSet


def getweakrefs(object):
    return []


class WeakMethod(ref):
    pass


class WeakValueDictionary(MutableMapping):
    """Mapping class that references values weakly."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._lock = threading.RLock()
        self.update(other, **kw)

    def _remover(self, key):
        def remove(wr):
            with self._lock:
                if self.data.get(key) is wr:
                    del self.data[key]
        return remove

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        with self._lock:
            del self.data[key]

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        with self._lock:
            self.data[key] = ref(value, self._remover(key))

    def __iter__(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def copy(self):
        new = WeakValueDictionary()
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                new[key] = o
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        for k, wr in list(self.data.items()):
            v = wr()
            if v is not None:
                yield k, v

    def keys(self):
        for k, wr in list(self.data.items()):
            if wr() is not None:
                yield k

    def values(self):
        for wr in list(self.data.values()):
            obj = wr()
            if obj is not None:
                yield obj

    def valuerefs(self):
        return list(self.data.values())

    def pop(self, key, *args):
        with self._lock:
            try:
                o = self.data.pop(key)()
            except KeyError:
                o = None
            if o is None:
                if args:
                    return args[0]
                raise KeyError(key)
            return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self[key] = default
            return default
        return o


class WeakKeyDictionary(MutableMapping):
    """Mapping class that references keys weakly."""

    def __init__(self, dict=None):
        self.data = {}
        self._lock = threading.RLock()
        if dict is not None:
            self.update(dict)

    def _remove(self, k):
        with self._lock:
            try:
                del self.data[k]
            except KeyError:
                pass

    def __delitem__(self, key):
        with self._lock:
            del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        with self._lock:
            self.data[ref(key, self._remove)] = value

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __iter__(self):
        for wr in list(self.data):
            obj = wr()
            if obj is not None:
                yield obj

    def items(self):
        for wr, value in list(self.data.items()):
            key = wr()
            if key is not None:
                yield key, value

    def keys(self):
        return iter(self)

    def values(self):
        for wr, value in list(self.data.items()):
            if wr() is not None:
                yield value

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    def pop(self, key, *args):
        with self._lock:
            return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        with self._lock:
            return self.data.setdefault(ref(key, self._remove), default)


class WeakSet(MutableSet):
    def __init__(self, data=None):
        self.data = set()
        self._lock = threading.RLock()
        if data is not None:
            self.update(data)

    def _remove(self, item):
        with self._lock:
            self.data.discard(item)

    def __iter__(self):
        for itemref in list(self.data):
            item = itemref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def add(self, item):
        with self._lock:
            self.data.add(ref(item, self._remove))

    def discard(self, item):
        with self._lock:
            self.data.discard(ref(item))

    def remove(self, item):
        with self._lock:
            self.data.remove(ref(item))

    def update(self, other):
        for element in other:
            self.add(element)

    def __repr__(self):
        return repr(self.data)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)


class finalize:
    """Class for finalization of weakrefable objects."""

    _registry = {}
    _shutdown = False
    _index_iter = 0
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            _atexit(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        finalize._index_iter += 1
        info.index = finalize._index_iter
        self._registry[self] = info

    def __call__(self, _=None):
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        return self in self._registry

    @property
    def atexit(self):
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        pending = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        pending.sort(key=lambda item: item[1].index)
        for f, i in reversed(pending):
            if f in cls._registry:
                f()
        cls._shutdown = True
