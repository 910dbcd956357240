def counter(start=0):
    n = start

    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc


def squares(xs):
    return [x * x for x in xs if x > 0]


def gen(n):
    for i in range(n):
        yield i * 2


c = counter()
print(c(), c(5), squares([-1, 2, 3]), list(gen(3)), (lambda a, b=2: a * b)(4))
