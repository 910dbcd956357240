def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def total(n):
    s = 0
    for i in range(n):
        s += fib(i)
    return s


print(total(20))
