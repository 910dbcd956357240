class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def move(self, dx, dy=0):
        self.x += dx
        self.y += dy
        return self

p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims)
p.move(1).move(1, 1)
print(p.x, p.y)
p.z = 10
print(p.z, hasattr(p, "z"), hasattr(p, "w"))
print(type(p).__name__, Point.__name__, Point.__qualname__)
m = p.norm2
print(m())
print(getattr(p, "x"), getattr(p, "nope", "default"))
setattr(p, "x", 100)
print(p.x)
class Empty:
    pass
e = Empty()
print(isinstance(e, Empty), isinstance(e, object))
try:
    e.missing
except AttributeError as err:
    print(err)
