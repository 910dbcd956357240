def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g()
print(next(it))
it.close()
print("closed")
def h():
    try:
        yield 1
    except ValueError as e:
        print("got", e)
        yield "recovered"
x = h()
next(x)
print(x.throw(ValueError("thrown")))
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
print([next(c) for _ in range(3)])
