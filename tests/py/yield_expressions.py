def g():
    x = yield
    print("got", x)
    y = (yield x * 2) + 1
    print("y", y)
    yield [(yield), (yield)]
it = g()
next(it)
print(it.send(5))
print(it.send(10))
print(it.send("a"))
print(it.send("b"))
