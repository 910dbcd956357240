# Micro-benchmark: list indexing, append, pop, len, iteration and slicing.


def loop(n):
    xs = list(range(100))
    t = 0
    for i in range(n):
        j = i % 100
        xs[j] = xs[j] + 1
        xs.append(i)
        t += xs.pop() + len(xs)
        if j == 0:
            t += sum(xs[10:20])
    for x in xs:
        t += x
    return t


print(loop(1000000))
