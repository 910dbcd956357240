import sys
print(__name__, type(sys.modules[__name__]).__name__)
x = 5
print(sys.modules["__main__"].x)
