import math, random, itertools, functools
print(math.sqrt(2), math.floor(3.7), math.factorial(20))
random.seed(42)
print(random.random(), random.randint(1, 100))
print(list(itertools.permutations('abc', 2)))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
p = functools.partial(max, 3, key=abs)
print(p, p(-5))
print(functools.reduce(lambda a, b: a*b, range(1, 10)))
print(sorted([3,1,2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __eq__(s, o): return s.v == o.v
print(V(1) >= V(2), V(2) >= V(1), V(1) <= V(1))
class C:
    @functools.cached_property
    def x(self):
        print("computing")
        return 42
c = C()
print(c.x, c.x)
@functools.singledispatch
def f(a): return "obj"
@f.register(int)
def _(a): return "int"
@f.register(str)
def _(a): return "str"
print(f(1), f("a"), f(1.5), f(True))
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def hello():
    "doc"
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
