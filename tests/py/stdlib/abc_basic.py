from abc import ABC, ABCMeta, abstractmethod
import abc

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

print(Square(3).describe(), Square(2).perimeter(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print('TypeError:', e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print('TypeError:', e)
print(sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Base and any('quack' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented

class Duck:
    def quack(self):
        pass
print(isinstance(Duck(), Base), issubclass(Duck, Base), issubclass(int, Base))

class Registered:
    pass
Base.register(Registered)
print(isinstance(Registered(), Base), issubclass(Registered, Base), type(Base).__name__)
class Named(Base):
    @property
    def name(self):
        return 'n'
print(Named().name)
try:
    Base()
except TypeError as e:
    print('TypeError:', e)
print(isinstance(abc.get_cache_token(), int), type(ABC), ABC.__abstractmethods__)
