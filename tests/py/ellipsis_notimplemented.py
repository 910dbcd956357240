# Ellipsis and NotImplemented: reprs, identity, placeholders and the binary
# operator protocol (reflected operands and the final TypeError).

print(...)
print(Ellipsis, repr(...), str(...))
print(... is Ellipsis, ... == Ellipsis, type(...).__name__, type(...) is type(Ellipsis))
print(bool(...), hash(...) == hash(Ellipsis))
print(type(...)() is ...)
print([..., 1], (...,), {"k": ...})
x = ...
print(x is ..., x is not None)


def todo():
    ...


class Protocol:
    def method(self):
        ...

    attr: int = ...


print(todo(), Protocol().method(), Protocol.attr)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(type(NotImplemented)() is NotImplemented)

try:
    ... + 1
except TypeError as e:
    print("TypeError:", e)
try:
    type(...)(1)
except TypeError as e:
    print("TypeError:", e)

# Ellipsis in subscripts reaches __getitem__.
class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[...], g[..., 0], g[1:2, ...])


# NotImplemented from a binary dunder lets the other operand try.
class Meters:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Meters({self.v})"

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, (int, float)):
            return Meters(other + self.v)
        return NotImplemented

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Meters(self.v * other)
        return NotImplemented

    __rmul__ = __mul__

    def __eq__(self, other):
        if isinstance(other, Meters):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Meters):
            return self.v < other.v
        return NotImplemented


class Feet:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        if isinstance(other, Meters):
            return Meters(other.v + self.v * 0.3048)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Meters):
            return abs(other.v - self.v * 0.3048) < 1e-9
        return NotImplemented


print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1), 2.5 + Meters(1))
print(Meters(2) * 3, 3 * Meters(2))
print(Meters(1) + Feet(10))
print(sum([Meters(1), Meters(2)], Meters(0)), sum([Meters(1), Meters(2)]))
print(Meters(3) == Meters(3), Meters(3) == 3, Meters(3) != Meters(4), Meters(0.3048) == Feet(1), Feet(1) == Meters(0.3048))
print(Meters(1) < Meters(2), Meters(3) > Meters(2))
print(Meters(1).__add__("x"), Meters(1).__eq__(3))

for expr in [
    lambda: Meters(1) + "x",
    lambda: "x" + Meters(1),
    lambda: Meters(1) * Meters(2),
    lambda: Meters(1) - Meters(2),
    lambda: Meters(1) < 3,
    lambda: 3 < Meters(1),
    lambda: Meters(1) <= Meters(2),
    lambda: Feet(1) + Feet(2),
    lambda: [1] + Meters(1),
    lambda: Meters(1) @ Meters(1),
    lambda: -Meters(1),
    lambda: Meters(1) ** 2,
    lambda: divmod(Meters(1), 2),
    lambda: Meters(1) & 1,
]:
    try:
        print(expr())
    except TypeError as e:
        print("TypeError:", e)


# In-place operators fall back to the binary ones, then fail.
class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        if isinstance(other, list):
            self.items.extend(other)
            return self
        return NotImplemented

    def __add__(self, other):
        if isinstance(other, int):
            a = Acc()
            a.items = self.items + [other]
            return a
        return NotImplemented


a = Acc()
a += [1, 2]
print(a.items)
a += 3
print(a.items)
try:
    a += "s"
except TypeError as e:
    print("TypeError:", e)
b = Meters(1)
b += 4
print(b)
try:
    b -= 1
except TypeError as e:
    print("TypeError:", e)


# A subclass's reflected method runs first when it overrides it.
class Base:
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


print(Base() + Derived(), Derived() + Base(), Base() + Base())


class Refuses:
    def __eq__(self, other):
        return NotImplemented


r = Refuses()
print(r == r, r != r, r == Refuses(), r != 1)
