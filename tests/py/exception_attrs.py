try:
    {}["k"]
except KeyError as e:
    print(e.args, repr(e), str(e))
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e)
e = ValueError("x", 1)
print(e.args, str(e))
try:
    raise ValueError
except ValueError as err:
    print(repr(err), err.args)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
x = E("msg", 2)
print(x.args, x.b, str(x))
print(isinstance(ZeroDivisionError(), ArithmeticError), issubclass(KeyError, LookupError))
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)
