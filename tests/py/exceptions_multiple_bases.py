# Exception classes with several built-in exception bases: accepted where
# CPython finds no instance lay-out conflict, rejected where it does.
class A(ArithmeticError, TypeError):
    pass
print(A.__mro__)
try:
    raise A("x")
except TypeError as e:
    print("caught", repr(e))
class K(KeyError, AttributeError): pass
print(K.__mro__)
try:
    class Bad(OSError, SyntaxError): pass
except TypeError as e:
    print("TypeError", e)
class V(UnicodeError, LookupError): pass
print(V.__mro__, issubclass(V, LookupError))
try:
    class Bad2(StopIteration, AttributeError): pass
except TypeError as e:
    print("TypeError", e)
