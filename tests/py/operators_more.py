class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __iadd__(self, o):
        self.c += o.c
        return self
    def __neg__(self):
        return Money(-self.c)
    def __abs__(self):
        return Money(abs(self.c))
    def __repr__(self):
        return f"Money({self.c})"
    def __lt__(self, o):
        return self.c < o.c
    def __le__(self, o):
        return self.c <= o.c
a = Money(5)
b = Money(7)
print(a + b, sum([a, b]), -a, abs(Money(-3)))
m = a
m += b
print(m, a, m is a)
print(a < b, a <= b, b > a, max([a, b, Money(1)]))
try:
    a + 1
except TypeError as e:
    print(e)
print(5 @ 1 if False else "matmul skipped")
class M:
    def __matmul__(self, o):
        return "matmul"
print(M() @ M())
