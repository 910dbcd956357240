def a():
    x = 0
    def b():
        def c():
            nonlocal x
            x += 1
            return x
        return c
    f = b()
    f(); f()
    return x
print(a())
def make():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def reset():
        nonlocal items
        items = []
    return add, reset, lambda: items
add, reset, get = make()
add(1); add(2)
print(get())
reset()
add(3)
print(get())
def loop_cells():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    x = 10
    g = lambda: x
    x = 20
    return [f() for f in fns], g()
print(loop_cells())
