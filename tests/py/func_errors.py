def f(a, b):
    return a + b
def g(a, *, k):
    return a
def h(x, /):
    return x
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=2),
    lambda: f(1, 2, a=3),
    lambda: g(1),
    lambda: g(1, 2),
    lambda: h(x=1),
    lambda: f(),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
