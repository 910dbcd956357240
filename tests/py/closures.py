def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c = counter()
print(c(), c(), c())

def make_adders():
    fs = []
    for i in range(3):
        fs.append(lambda x: x + i)
    return fs
print([f(10) for f in make_adders()])

def make_adders2():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders2()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())

def late():
    def get():
        return v
    v = 5
    return get()
print(late())

def shared():
    val = []
    def add(x):
        val.append(x)
    def get():
        return val
    return add, get
a, g = shared()
a(1); a(2)
print(g())
