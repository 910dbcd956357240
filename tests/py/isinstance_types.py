class A: pass
class B(A): pass
b = B()
print(type(b) is B, type(b) is A, isinstance(b, A), issubclass(B, A))
print(type(type(b)).__name__, type(int).__name__)
print(isinstance(None, type(None)), type(3.0).__name__, type(True).__name__)
print(int.__name__, str.__name__, isinstance("s", str))
