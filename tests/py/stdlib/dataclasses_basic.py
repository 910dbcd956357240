from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY
from typing import ClassVar, List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), p == Point(1, 2), p != Point(2, 1), p.x, p.y)
print(Point.__init__.__qualname__, Point.__doc__, Point.__match_args__)
try:
    Point()
except TypeError as e:
    print('TypeError:', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)
print(Point(y=3, x=4), Point.__hash__)

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    tag: ClassVar[str] = 'inv'

a = Inventory('a')
b = Inventory('b')
a.items.append('x')
print(a, b, a.count, Inventory.tag, [f.name for f in fields(a)])
print(asdict(a), astuple(a), replace(a, name='c'))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0

v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 >= v2, sorted([v2, v1, Version(0)]), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
print({v1: 'a'}[Version(1, 2)])

@dataclass
class Child(Point):
    z: int = 5
    def norm(self):
        return self.x + self.y + self.z
c = Child(1, 2)
print(c, c.norm(), is_dataclass(c), is_dataclass(Child), is_dataclass(3))

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale
print(WithPost(3), WithPost(3, 10))

try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print('ValueError:', e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError:', e)

@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(K(1, c=5), K.__match_args__)
try:
    K(1, 2)
except TypeError as e:
    print('TypeError:', e)

@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return 'Custom!'
print(Custom(1))

@dataclass
class Nested:
    p: Point
    ps: list
print(asdict(Nested(Point(1, 2), [Point(3, 4)])))
f = fields(Point)[1]
print(f.name, f.type, f.default)
@dataclass(unsafe_hash=True)
class H:
    a: int
print(hash(H(1)) == hash((1,)))
