class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def describe():
        return "temperature"
    @classmethod
    def make(cls, v):
        return cls(v)

t = Temp(100)
print(t.c, t.f)
t.c = 0
print(t.c, t.f)
try:
    t.c = -300
except ValueError as e:
    print(e)
print(Temp.describe(), t.describe(), Temp.make(5).c, type(Temp.make(1)).__name__)
try:
    t.f = 1
except AttributeError as e:
    print("AttributeError")
