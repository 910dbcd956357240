# Method-call-heavy OOP: small methods calling each other, inheritance,
# overriding, super(), properties and staticmethods.


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self

    def add(self, k):
        self.n += k
        return self

    def get(self):
        return self.n


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def describe(self, counter):
        counter.inc()
        return self.area() + self.perimeter()

    def perimeter(self):
        return 0


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    def perimeter(self):
        return 4 * self.w


class Circle(Shape):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self._r = r

    @property
    def r(self):
        return self._r

    @staticmethod
    def pi():
        return 3

    def area(self):
        return self.pi() * self.r * self.r

    def perimeter(self):
        return 2 * self.pi() * self.r


def work(rounds):
    shapes = []
    for i in range(30):
        if i % 3 == 0:
            shapes.append(Rect(i, i + 1))
        elif i % 3 == 1:
            shapes.append(Square(i))
        else:
            shapes.append(Circle(i))
    c = Counter()
    total = 0
    for _ in range(rounds):
        for s in shapes:
            total += s.describe(c)
            c.add(2).inc()
    return total, c.get()


print(work(60000))
