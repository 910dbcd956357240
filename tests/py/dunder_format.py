# __format__ on user classes: format(), f-strings, str.format and the
# default object.__format__.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        if spec.startswith("w"):
            return f"${self.cents / 100:.2f}".rjust(int(spec[1:]))
        return format(self.cents / 100, spec)

    def __str__(self):
        return "Money(str)"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(12345)
print(format(m), format(m, "cents"), format(m, "w12"), format(m, ",.1f"))
print(f"{m}|{m:cents}|{m:w10}|{m:>10.3f}|{m!s}|{m!r}")
print("{}|{:cents}|{:w9}|{!r:>15}".format(m, m, m, m))
print("{0}|{0:cents}|{1:w9}".format(m, Money(7)))
print("{m:cents} and {m}".format(m=m))
print("{0[0]:cents} {1.cents:05d}".format([m], m))
width, spec = 14, "cents"
print(f"{m:{spec}}|{Money(5):w{width}}|")
print(f"{format(m, 'cents')!r}")
print(str(m), repr(m), "%s" % m)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __format__(self, spec):
        if spec.endswith("p"):
            inner = spec[:-1]
            return f"<{self.x:{inner}}, {self.y:{inner}}>"
        return f"({self.x:{spec}}, {self.y:{spec}})"


p = Point(1.5, -2.25)
print(f"{p}", f"{p:.3f}", f"{p:+08.2fp}", format(p, "e"))
print("{:.1f}".format(p), "{0:>6}".format(Point(1, 2)))


class Plain:
    def __str__(self):
        return "plain-str"


print(format(Plain()), f"{Plain()}", "{}".format(Plain()), format(Plain(), ""))
for spec in [">10", "s", "d"]:
    try:
        format(Plain(), spec)
    except TypeError as e:
        print("TypeError:", e)
try:
    f"{Plain():>5}"
except TypeError as e:
    print("TypeError:", e)
try:
    "{:x}".format(object())
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __format__(self, spec):
        raise ValueError(f"bad spec {spec!r}")


try:
    f"{Raises():zz}"
except ValueError as e:
    print("ValueError:", e)


# Subclasses of builtins keep the builtin __format__ unless overridden.
class MyInt(int):
    pass


class Hex(int):
    def __format__(self, spec):
        if spec == "":
            return hex(self)
        return super().__format__(spec)


class Tagged(str):
    def __format__(self, spec):
        return "[" + super().__format__(spec) + "]"


print(f"{MyInt(255):x} {MyInt(7):03d} {MyInt(5)}")
print(f"{Hex(255)} {Hex(255):b} {Hex(10):>5}")
print(f"{Tagged('ab'):^6}", format(Tagged("q")), "{:>4}".format(Tagged("z")))


# __format__ is looked up on the type, not the instance.
class Inst:
    def __format__(self, spec):
        return "type-level"


i = Inst()
i.__format__ = lambda spec: "instance-level"
print(format(i), f"{i}")

# format() arguments must be strings.
try:
    format(m, 5)
except TypeError as e:
    print("TypeError:", e)
print(type(format(m)).__name__, object.__format__(Plain(), ""))
try:
    object.__format__(Plain(), "x")
except TypeError as e:
    print("TypeError:", e)
