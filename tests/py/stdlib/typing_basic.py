from typing import (Any, Optional, Union, List, Dict, Tuple, Set, Callable, TypeVar, Generic, Protocol,
                    NamedTuple, TypedDict, cast, overload, TYPE_CHECKING, Literal, ClassVar, Final, Iterable,
                    Sequence, Mapping, get_origin, get_args, runtime_checkable, NewType, Annotated, Type)
import typing

print(TYPE_CHECKING, Any, Optional[int], Union[int, str], Union[int, None, str], Union[int], List[int], Dict[str, List[int]])
print(Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int], Literal['a', 1], ClassVar[int], Set[str])
print(Optional[List[int]], Union[int, Union[str, float]], Iterable[int], typing.Deque[int], Type[int], Annotated[int, 'meta'])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]))
print(cast(int, 'x'), isinstance([], List), isinstance({}, Mapping), List[int] == List[int], Union[int, str] == Union[str, int])
T = TypeVar('T')
K = TypeVar('K', bound=str)
print(T, TypeVar('U', covariant=True), K.__bound__, T.__name__)

class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack.__parameters__, type(s).__name__, Stack[int])

class Point(NamedTuple):
    x: int
    y: int = 0
    def dist(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p, p.dist(), Point(1), Point._fields, Point.__annotations__, isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1))

class Movie(TypedDict):
    name: str
    year: int
m = Movie(name='Blade Runner', year=1982)
print(m, type(m).__name__, Movie.__required_keys__ == {'name', 'year'})

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closable), isinstance(3, Closable))
try:
    Closable()
except TypeError as e:
    print('TypeError:', e)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f('a'))
UserId = NewType('UserId', int)
print(UserId(5), UserId)
def g(a: int, b: str = 'x') -> Optional[int]:
    return None
print(typing.get_type_hints(g))
try:
    isinstance(1, List[int])
except TypeError as e:
    print('TypeError:', e)
try:
    Any()
except TypeError as e:
    print('TypeError:', e)
print(int | None, Optional[int] == Union[int, None])
