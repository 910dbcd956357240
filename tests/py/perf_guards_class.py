# Creating instances: the fast path for plain classes (object.__new__ and a
# Python __init__) and every case that must take type.__call__'s generic
# path instead, including classes changed after they were first called.
import abc


class Plain:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b


class NoInit:
    pass


class WithNew:
    def __new__(cls, *args):
        print("WithNew.__new__", args)
        return super().__new__(cls)

    def __init__(self, x):
        self.x = x


class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)


class ViaMeta(metaclass=Meta):
    def __init__(self, x):
        self.x = x


class BadInit:
    def __init__(self, x):
        return x


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass

    def __init__(self, x):
        self.x = x


class MyList(list):
    def __init__(self, x):
        super().__init__([x, x])


class Slotted:
    __slots__ = ("p", "q")

    def __init__(self, p, q):
        self.p = p
        self.q = q


class ReturnsOther:
    def __new__(cls, x):
        return x * 2

    def __init__(self, x):
        print("never runs")


p = Plain(1)
print(p.a, p.b, Plain(1, 3).b, Plain(b=5, a=4).a)
print(type(NoInit()).__name__)
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
print(WithNew(7).x, ViaMeta(8).x)
try:
    BadInit(3)
except TypeError as e:
    print("TypeError:", e)
print(BadInit.__name__, BadInit(None).__class__.__name__)
try:
    Abstract(1)
except TypeError as e:
    print("TypeError:", e)
print(MyList(4), Slotted(1, 2).q, ReturnsOther(21))
try:
    Plain()
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)

# Patch the class after the fast path has been used.
for round in range(3):
    o = Plain(round)
    print(round, getattr(o, "a", None), o.b, getattr(o, "extra", None))
    if round == 0:
        def new_init(self, a, b=20):
            self.a = a * 100
            self.b = b
            self.extra = "patched"
        Plain.__init__ = new_init
    if round == 1:
        del Plain.__init__
        try:
            Plain(5)
        except TypeError as e:
            print("TypeError:", e)
        Plain.__init__ = lambda self, a: setattr(self, "b", -a)
Plain.__new__ = lambda cls, *a: "from __new__"
print(Plain(9))


def make():
    return Counted()


class Counted:
    n = 0

    def __init__(self):
        Counted.n += 1


for _ in range(5):
    make()
print("counted", Counted.n)
