from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p))
print(p == (1, 2), isinstance(p, tuple), Point._fields)
x, y = p
print(x + y)
print(p._asdict(), p._replace(x=10), Point._make([5, 6]))
P3 = namedtuple('P3', 'a b c', defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3), P3._field_defaults)
print(P3(c=3, a=1, b=2))
try:
    Point(1)
except TypeError as e:
    print('TypeError:', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError')
try:
    namedtuple('Bad', ['def'])
except ValueError as e:
    print('ValueError:', e)
try:
    namedtuple('Bad', ['a', 'a'])
except ValueError as e:
    print('ValueError:', e)
try:
    namedtuple('Bad', ['_a'])
except ValueError as e:
    print('ValueError:', e)
R = namedtuple('R', ['abc', 'def', 'abc', '_x'], rename=True)
print(R._fields)
try:
    p._replace(z=1)
except ValueError as e:
    print('ValueError:', e)
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def norm2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(3, 4)
print(v, v.norm2(), hash(v) == hash((3, 4)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point.__doc__, Point.x.__doc__)
d = {Point(0, 0): 'origin'}
print(d[Point(0, 0)])
print(type(p).__name__, p[:1], p + (3,))
