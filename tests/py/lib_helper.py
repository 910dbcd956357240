"""A helper module for the import tests."""
VALUE = 42
print("lib_helper imported")
def double(x):
    return x * 2
class Thing:
    def __repr__(self):
        return "Thing()"
_private = "hidden"
