def f():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
def g():
    try:
        raise ValueError("a")
    except ValueError as e:
        raise TypeError("b") from e
try:
    g()
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
