# `from module import *` with and without __all__.

from lib_star_all import *

print(exported_func(5), CONSTANT, ExportedClass())
print(_private_but_listed)
for name in ["NOT_LISTED", "helper_not_listed", "_private", "__all__"]:
    print(name, name in globals())

from lib_star_noall import *

print(PUBLIC, public_func(), Widget.kind, math.sqrt(16))
print(bump(), bump(), counter)
for name in ["_hidden", "_private_func", "_sys", "__dunder", "math", "Widget"]:
    print(name, name in globals())
try:
    _hidden
except NameError as e:
    print("NameError:", e)

# The star-imported names are ordinary globals: they can be rebound.
PUBLIC = "rebound"
print(PUBLIC)
import lib_star_noall
print(lib_star_noall.PUBLIC, lib_star_noall.counter is counter)

# A package whose __all__ names a submodule imports it.
from pkg_star import *

print(pkg_value, sub.greet("world"), sub.__name__)
print("other" in globals(), "_pkg_private" in globals())

# Names are looked up through functions too.
def use_star_names():
    return exported_func(1), Widget.__name__, sub.greet("f")

print(use_star_names())

sorted_names = sorted(n for n in globals() if not n.startswith("__"))
print(sorted_names)

# A bad __all__ entry fails the import statement.
try:
    from lib_star_badall import *
except AttributeError as e:
    print("AttributeError:", e)
print("present" in globals())

try:
    from lib_star_nonstr import *
except TypeError as e:
    print("TypeError:", e)
