# Micro-benchmark: float arithmetic on locals.


def loop(n):
    x = 0.5
    y = 1.5
    s = 0.0
    for i in range(n):
        x = x * 1.000001 + 0.25
        y = y / 1.000002 - 0.125
        s += x * y - i * 0.5
    return "%.6e" % s


print(loop(2000000))
