def f(*args):
    return args
def g(**kw):
    return sorted(kw)
def h(a, *args, b=0, **kw):
    return a, args, b, sorted(kw.items())
print(f(), f(1), f(*[1, 2], 3), g(), g(x=1, y=2), h(1, 2, 3, b=4, z=5))
print(f(*range(3)), g(**{"a": 1}), h(*[9], **{"b": 8}))
