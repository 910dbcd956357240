import collections.abc as cabc
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Callable, Hashable, Sized, Container
from collections import deque, OrderedDict

print(isinstance([], Iterable), isinstance(3, Iterable), isinstance(iter([]), Iterator), isinstance([], Iterator))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance([], Sequence), isinstance((), Sequence))
print(isinstance("s", Sequence), isinstance(len, Callable), isinstance(3, Callable), isinstance(3, Hashable), isinstance([], Hashable))
print(isinstance(deque(), cabc.MutableSequence), isinstance(OrderedDict(), MutableMapping), isinstance(set(), cabc.Set))
print(issubclass(list, Sized), issubclass(int, Container), issubclass(dict, Iterable))

class Gen:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
print(isinstance(Gen(), Iterator), issubclass(Gen, Iterable))

class M(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

m = M(a=1, b=2)
print(m.get('a'), m.get('z', 0), 'b' in m, list(m.keys()), list(m.items()), list(m.values()))
print(m == {'a': 1, 'b': 2}, len(m))

class S(Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return self.n
s = S(4)
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))

class MM(MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MM()
mm.update({'x': 1}, y=2)
mm.setdefault('z', 3)
print(sorted(mm.items()), mm.pop('x'), len(mm))

class Bad(Sequence):
    pass
try:
    Bad()
except TypeError as e:
    print('TypeError:', e)

class Reg:
    pass
Sized.register(Reg)
print(isinstance(Reg(), Sized), issubclass(Reg, Sized))
