def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x):
    return x
print(g.__annotations__)
class C:
    def m(self, v: int) -> None:
        pass
print(C.m.__annotations__)
