import copy
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) is not None)
class P:
    def __init__(self, x, y):
        print("init called")
        self.x = x; self.y = y
    def __repr__(self): return f"P({self.x!r}, {self.y!r})"
p = P(1, [2])
q = copy.copy(p); r = copy.deepcopy(p)
p.y.append(3)
print(p, q, r, q.y is p.y, r.y is p.y, type(r).__name__)
class C:
    def __copy__(self): return "shallow!"
    def __deepcopy__(self, memo): return ("deep!", type(memo).__name__)
print(copy.copy(C()), copy.deepcopy(C()))
l = [1]; l.append(l)
m = copy.deepcopy(l)
print(m[1] is m, m[1] is l)
shared = [0]
d = copy.deepcopy({"a": shared, "b": shared})
print(d["a"] is d["b"], d["a"] is shared)
s = {1, 2}; print(copy.copy(s) == s, copy.copy(s) is s, copy.deepcopy(frozenset([1])))
print(copy.copy(42), copy.deepcopy("str"), copy.copy(None), copy.deepcopy(3.5))
class S:
    __slots__ = ("a", "b")
s1 = S(); s1.a = [1]
s2 = copy.deepcopy(s1)
print(s2.a, s2.a is s1.a, hasattr(s2, "b"))
class St:
    def __init__(self): self.v = 1
    def __getstate__(self): return {"v": self.v * 10}
    def __setstate__(self, st): self.v = st["v"] + 1
print(copy.copy(St()).v, copy.deepcopy(St()).v)
class L(list): pass
ll = L([1, [2]]); ll.tag = "t"
l2 = copy.deepcopy(ll)
print(type(l2).__name__, l2, l2.tag, l2[1] is ll[1])
print(issubclass(copy.Error, Exception))
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo)
