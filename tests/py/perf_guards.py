# The slow paths behind Pygo's fast paths still work when the assumptions
# they rely on break: globals rebound or deleted, builtins shadowed, classes
# patched, call sites that see many types, ints overflowing into big ints,
# mixed int/float arithmetic and comparisons at the edges.

# Module-level loop: the loop variable is a global stored every iteration.
total = 0
for i in range(5):
    total += len(str(i)) + i
print("loop", total)

# A builtin shadowed by a global in the middle of a loop, then deleted.
out = []
for i in range(4):
    out.append(len("abc"))
    if i == 1:
        def len(x):
            return 100
    if i == 2:
        del len
print("shadow", out)


def use_global():
    return G * 2


G = 1
r1 = use_global()
G = "x"
r2 = use_global()
del G
try:
    use_global()
except NameError as e:
    print("deleted global:", e)
print("rebound", r1, r2)


def get_helper():
    return helper(3)


def helper(x):
    return x + 1


a = get_helper()


def helper(x):
    return x * 10


print("redefined function", a, get_helper())


# Attribute and method caches: a site that sees several classes, then a
# class patched after the site has been used, then an instance attribute
# shadowing a method.
class A:
    kind = "A"

    def who(self):
        return "A.who"


class B(A):
    kind = "B"

    def who(self):
        return "B.who"


class C(A):
    pass


class D:
    kind = "D"

    def who(self):
        return "D.who"


class E(D):
    pass


objs = [A(), B(), C(), D(), E(), A(), B()]


def describe(o):
    return o.kind + ":" + o.who()


print([describe(o) for o in objs])
A.who = lambda self: "patched A"
D.kind = "D2"
print([describe(o) for o in objs])
objs[0].who = lambda: "instance attr"
objs[0].kind = "own"
print(describe(objs[0]), describe(objs[5]))
del A.who
try:
    describe(objs[5])
except AttributeError as e:
    print("AttributeError:", e)

# Int arithmetic crossing the int64 boundary and back.
x = 2 ** 62
vals = [x + x, x * 4, -x - x - x, (x + x) - x - x, 9223372036854775807 + 1,
        -9223372036854775808 - 1, -9223372036854775808 // -1, 3 << 62, 1 << 63, -1 >> 100,
        (1 << 64) >> 1, 9223372036854775807 * -1 - 1]
print(vals, [type(v).__name__ for v in vals])
acc = 1
for i in range(30):
    acc = acc * 7 + i
print("acc", acc, acc % 1000003, acc // 12345)
y = 5
y += 9223372036854775807
y -= 9223372036854775807
print("aug", y, type(y).__name__)

# Mixed int/float arithmetic and comparisons, including ints too big for
# an exact float.
big = 2 ** 53 + 1
print(big == float(big), big > float(2 ** 53), float(2 ** 53) < big, 2 ** 53 == 2.0 ** 53)
print(9007199254740993 < 9007199254740992.0, -9007199254740993 < -9007199254740992.0)
print(1 / 3, 7 // 2.0, -7 % 3.0, 7.5 // -2, 2 ** 0.5, 2.0 ** -1, (-8.0) ** (1 / 3))
print(3 / 2, -7 // 2, -7 % 2, 10 / 4, (2 ** 60) / 3, (2 ** 70) / 3)
print(1 < 1.5, 2.5 >= 2, float("nan") == float("nan"), float("nan") != 1, 0.0 == -0.0)
for expr in ("1 / 0", "1.0 / 0", "1 // 0", "1.0 // 0.0", "5 % 0", "5.0 % 0", "0.0 ** -1", "1 << -1"):
    try:
        r = {"1 / 0": lambda: 1 / 0, "1.0 / 0": lambda: 1.0 / 0, "1 // 0": lambda: 1 // 0,
             "1.0 // 0.0": lambda: 1.0 // 0.0, "5 % 0": lambda: 5 % 0, "5.0 % 0": lambda: 5.0 % 0,
             "0.0 ** -1": lambda: 0.0 ** -1, "1 << -1": lambda: 1 << -1}[expr]()
        print(expr, "=", r)
    except (ZeroDivisionError, ValueError) as e:
        print(expr, "->", type(e).__name__, e)


class MyInt(int):
    def __add__(self, other):
        return "MyInt.__add__"

    def __radd__(self, other):
        return "MyInt.__radd__"

    def __lt__(self, other):
        return "MyInt.__lt__"


print(MyInt(1) + 2, 2 + MyInt(1), 1.5 + MyInt(1), MyInt(1) < 5, True + True, True * 2.5)


# Instance attributes that shadow methods, however they got into __dict__.
class M:
    def f(self):
        return "method"


class S(str):
    pass


ms = [M() for _ in range(6)]
ms[1].f = lambda: "setattr"
ms[2].__dict__.update({"f": lambda: "update"})
ms[3].__dict__[S("f")] = lambda: "str subclass key"
ms[4].__dict__ = {"f": lambda: "new __dict__"}
import copy
ms[5] = copy.copy(ms[1])
for i in range(20):
    setattr(ms[0], "a%d" % i, i)
print([m.f() for m in ms])
del ms[1].f
print(ms[1].f(), ms[5].f())


# Built-in methods called re-entrantly: an __eq__ or __hash__ that runs
# while list.index / dict.get / set.add is comparing calls methods itself.
log = []


class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(("eq", self.v))
        other_list = [1, 2, 3]
        other_list.append(self.v)
        log.append(other_list.index(self.v))
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        log.append(("hash", self.v))
        {}.get("x", 0)
        return hash(self.v) & 1


keys = [Key(i) for i in range(4)]
print(keys.index(Key(2)), keys.count(Key(3)))
d = {}
for k in keys:
    d[k] = k.v * 10
print(d.get(Key(1)), d.get(Key(9), "missing"))
s = set()
for k in keys:
    s.add(k)
s.add(Key(0))
print(len(s), len(log), log[:6])
words = "a b c".split(" ")
words.insert(1, "x")
print(words, "-".join(words), "abc".replace("b", "B"), "abc".startswith("ab"), "k=%s" % "v")


# Built-in functions called re-entrantly from the methods they call.
class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        log.append(max(len([1] * self.v), abs(-other.v), min(3, 4)))
        return self.v < other.v

    def __gt__(self, other):
        return other < self

    def __repr__(self):
        return "Num(%d)" % self.v


log.clear()
print(min(Num(3), Num(1)), max(Num(2), Num(5)), log)
print(sorted([Num(4), Num(2), Num(3)]))
print(len("abc"), abs(-3), ord("a"), chr(98), isinstance(1, int), divmod(7, 2), pow(2, 10), round(2.5), hex(255))
print(getattr(log, "nope", "default"), hasattr(log, "append"), next(iter([9])), sum([1, 2], 3), any([0, 1]))
