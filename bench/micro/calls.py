# Micro-benchmark: calls of module-level functions with 0-3 positional
# arguments, a default and a keyword argument.


def f0():
    return 1


def f1(a):
    return a


def f2(a, b):
    return b


def f3(a, b, c=3):
    return c


def loop(n):
    t = 0
    for i in range(n):
        t += f0() + f1(i) + f2(i, 1) + f3(i, 2) + f3(1, 2, c=i)
    return t


print(loop(400000))
