# Micro-benchmark: instance attribute loads and stores, and method calls.


class C:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3

    def m(self, x):
        return self.a + x


def loop(n):
    o = C()
    t = 0
    for i in range(n):
        o.a = o.b + o.c
        o.b = o.a - o.c
        t += o.a + o.b + o.c + o.m(i)
    return t


print(loop(1000000))
