x = 10
def f():
    x = 1
    return [x for _ in range(2)], [lambda: x for _ in range(1)][0]()
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print({n: [m for m in range(n)] for n in range(3)})
pairs = [(a, b) for a in range(3) for b in range(a, 3) if (a + b) % 2 == 0]
print(pairs)
print([i for i in range(3)], "i" in dir())
