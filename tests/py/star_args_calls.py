def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, sorted(kw.items())
args = [1, 2]
kw = {"c": 3, "z": 9}
print(f(*args))
print(f(*args, **kw))
print(f(0, *[1, 2, 3], 4))
print(f(*(1,), *[2], d=5, **{"e": 6}))
print(max(*[3, 7, 1]))
def g(**kw):
    return kw
try:
    g(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
print("{}-{}".format(*"ab"))
