x: int = 5
y: str
print(__annotations__)
class C:
    a: int
    b: list = []
print(C.__annotations__, C.b)
def f(n: int) -> int:
    z: float = 1.0
    return n
print(f(3), x)
