import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f'{self.name} is {self.value}'

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'])
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color.RED.describe(), Color.default())
print(Color.__members__, type(Color.RED), Color, isinstance(Color.RED, Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash('RED'))
print({Color.RED: 'r'}[Color.CRIMSON], Color.RED in Color, f'{Color.GREEN}', format(Color.BLUE, '>12') + '|')
try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PINK']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print('TypeError:', e)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])

class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num.TWO * 3, Num.ONE == 1, Num.ONE < Num.TWO, sorted([Num.TWO, Num.ONE]), f'{Num.TWO}', int(Num.TWO))
print(isinstance(Num.ONE, int), Num(2), [n.name for n in Num])

class S(StrEnum):
    X = auto()
    Y = 'why'
print(S.X, repr(S.X), S.Y.upper(), S.X == 'x', f'[{S.Y}]')

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), bool(Perm(0)), repr(Perm(0)), ~Perm.R, Perm(7))

class P2(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print(P2.A | P2.B, repr(P2.A | P2.C), P2.C.value, P2.A | 2, int(P2.B), P2.A & P2.B, repr(P2(0)))

try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal.CAT))
Shape = Enum('Shape', [('SQUARE', 4), ('TRI', 3)])
print(Shape.TRI, Shape(4))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2))

class WithMissing(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls.__members__.get(value.upper())
        return None
print(WithMissing('A'), WithMissing('a'))
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green!')
