import lib_helper
print(lib_helper.VALUE, lib_helper.double(4))
from lib_helper import double, Thing as T
print(double(5), T())
import lib_helper as lh
print(lh is lib_helper, lh.__name__)
import sys
print("lib_helper" in sys.modules)
from lib_helper import *
print(VALUE)
try:
    _private
except NameError:
    print("private not star-imported")
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from lib_helper import nothing_here
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
