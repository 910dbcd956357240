class P:
    def __init__(self):
        self._v = 1
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v
    def _del(self):
        print("deleting")
        del self._v
    v = property(_get, _set, _del, "the v")
p = P()
p.v = 3
print(p.v, P.v.__doc__)
del p.v
print(hasattr(p, "_v"))
class Cached:
    @property
    def value(self):
        print("computing")
        return 99
c = Cached()
print(c.value, c.value)
