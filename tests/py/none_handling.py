def maybe(x):
    if x:
        return x
r = maybe(0)
print(r, r is None, r == None, type(r).__name__)
print(None if r is None else r, [None] * 2, {None: 1}[None])
try:
    f = None
    f()
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
