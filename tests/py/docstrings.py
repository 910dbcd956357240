"""Module docstring."""
def f():
    """Function docstring."""
    return 1
class C:
    """Class docstring."""
    def m(self):
        "method doc"
print(__doc__)
print(f.__doc__, C.__doc__, C.m.__doc__)
def nodoc():
    pass
print(nodoc.__doc__)
