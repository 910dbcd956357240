def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
def g(x, y=10):
    return x + y
print(g(1), g(1, 2), g(y=3, x=4))
def h(a, b, /, c, *, d):
    return a, b, c, d
print(h(1, 2, 3, d=4), h(1, 2, c=3, d=4))
def k(*args, **kwargs):
    return args, kwargs
print(k(), k(1, 2, x=3))
def mutable(x, acc=[]):
    acc.append(x)
    return acc
print(mutable(1), mutable(2))
def three(a, b=1, c=2):
    return a * 100 + b * 10 + c
print(three(5), three(5, 6), three(5, 6, 7))
