def gen(n):
    for i in range(n):
        yield i
    return "done"

print(list(gen(4)))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

e = echo()
print(next(e))
print(e.send("a"))
print(e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)

def inner():
    yield 1
    yield 2
    return 3

def outer():
    r = yield from inner()
    yield r

print(list(outer()))

def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

out = []
for v in fibs():
    if v > 50:
        break
    out.append(v)
print(out)
