counter = [0]
def nxt():
    counter[0] += 1
    return counter[0]
def f(a=nxt(), b=nxt()):
    return a, b
print(f(), f(), counter)
N = 5
def g(x=N * 2):
    return x
N = 100
print(g())
def h(*, key=lambda v: -v):
    return sorted([1, 3, 2], key=key)
print(h(), h(key=None))
print(f.__defaults__, g.__defaults__)
def kwd(a, *, b=1, c):
    return a, b, c
print(kwd.__kwdefaults__, kwd(0, c=2))
