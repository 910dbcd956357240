# Micro-benchmark: loads of module globals and builtins inside a function.
K = 3
L = [1, 2, 3]


def loop(n):
    t = 0
    for i in range(n):
        t += K + len(L) + K * K + abs(-K)
    return t


print(loop(1000000))
