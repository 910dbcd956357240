# functools: partial, reduce, lru_cache/cache, wraps, total_ordering,
# cached_property, singledispatch, cmp_to_key.
import functools
from functools import partial, reduce


def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)


# partial
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
print(square(7), square(7, mod=5), square.func is power, square.args, square.keywords)
p = partial(power, 2)
print(p(10), p(10, mod=1000), repr(partial(max, 1, 2, key=abs)))
print(repr(partial(power, 3, mod=7)).split(' at ')[0].replace('<function ', ''))
nested = partial(partial(power, 2), 5)
print(nested(), nested.func is power, nested.args, nested.keywords)
kw = partial(partial(power, mod=10), exp=3)
print(kw(4), kw.keywords)
print(partial(int, base=2)('1011'), partial(sorted, key=len)(['ccc', 'a', 'bb']))
err(partial)
err(partial, 5)
print(isinstance(p, partial), type(p).__name__, callable(p))
p.attr = 'x'
print(p.attr)

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a + b, [], 'init'), reduce(lambda a, b: a, [42]))
print(reduce(lambda acc, x: acc + [x * 2], 'ab', []))
err(reduce, lambda a, b: a + b, [])
err(reduce, lambda a, b: a + b, 5)
err(reduce, 1, [1, 2])
err(reduce)

# lru_cache
calls = []


@functools.lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n


print(slow(1), slow(2), slow(1), slow(3), slow(2))
print(calls, slow.cache_info())
print(slow.cache_info().hits, slow.cache_info().maxsize, type(slow.cache_info()).__name__)
slow.cache_clear()
print(slow.cache_info(), slow.__name__, slow.__wrapped__(4))
print(slow.cache_parameters())


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    calls.append(('t', x))
    return x


calls.clear()
typed(1)
typed(1.0)
typed(1)
print(calls, typed.cache_info(), typed.cache_parameters())


@functools.lru_cache(maxsize=None)
def untyped(x, y=0):
    calls.append(('u', x, y))
    return x


calls.clear()
untyped(1)
untyped(1.0)
untyped(1, y=2)
untyped(1, y=2)
print(calls, untyped.cache_info())


@functools.lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())
err(untyped, [1])
err(functools.lru_cache, 'x')


@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(20), fact.cache_info(), fact.cache_parameters())

# wraps / update_wrapper


def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k) + 1
    return inner


@deco
def documented(x):
    """Return x."""
    return x


print(documented(1), documented.__name__, documented.__doc__, documented.__wrapped__(1))
print(documented.__qualname__, documented.__module__)


def target():
    """target doc"""


target.extra = {'a': 1}


def wrapper():
    pass


wrapper.extra = {'b': 2}
r = functools.update_wrapper(wrapper, target)
print(r is wrapper, wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is target)


def w2():
    pass


functools.update_wrapper(w2, target, assigned=('__doc__',), updated=())
print(w2.__name__, w2.__doc__, hasattr(w2, 'extra'))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# total_ordering


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= a)
print(sorted([Version(2), Version(1, 5), Version(1)]), max(a, b))


@functools.total_ordering
class Num:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        if not isinstance(other, Num):
            return NotImplemented
        return self.v > other.v


print(Num(1) < Num(2), Num(1) >= Num(2), Num(3) <= Num(3))
err(lambda: Num(1) < 5)
try:
    @functools.total_ordering
    class Bad:
        pass
except ValueError as e:
    print('ValueError:', e)

# cached_property


class Data:
    def __init__(self, xs):
        self.xs = xs
        self.computed = 0

    @functools.cached_property
    def total(self):
        """The sum."""
        self.computed += 1
        return sum(self.xs)


d = Data([1, 2, 3])
print(d.total, d.total, d.computed, 'total' in d.__dict__)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total, d.computed)
print(type(Data.total).__name__, Data.total.__doc__, Data.total.attrname)


class Slotted:
    __slots__ = ('x',)

    @functools.cached_property
    def val(self):
        return 1


err(lambda: Slotted().val)

# singledispatch


@functools.singledispatch
def describe(obj):
    return 'object ' + type(obj).__name__


@describe.register
def _(obj: int):
    return 'int %d' % obj


@describe.register(list)
def _(obj):
    return 'list of %d' % len(obj)


@describe.register(float)
@describe.register(complex)
def _num(obj):
    return 'number ' + repr(obj)


def describe_str(obj):
    return 'str ' + obj


describe.register(str, describe_str)


class Base:
    pass


class Derived(Base):
    pass


@describe.register
def _(obj: Base):
    return 'Base-ish ' + type(obj).__name__


print(describe(3), describe(True), describe([1, 2]), describe(1.5), describe(2j))
print(describe('hi'), describe(Derived()), describe(None), describe({}))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(Derived).__name__)
print(sorted(t.__name__ for t in describe.registry))
err(describe)

# cmp_to_key


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=functools.cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
K = functools.cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4), min([5, 3, 8], key=K))
err(lambda: hash(K(1)))
